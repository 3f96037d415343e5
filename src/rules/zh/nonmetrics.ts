// What is not a metric although a numeral stands in it (spec/metrics.md "Not a metric", and the
// real-page cases of issue 5). Each rule is a table; src/stages/extract/refiners/drop-non-metrics.ts
// applies them.
import { MAGNITUDE_CHARS, UNIT_POWERS } from '../../locale/zh/numerals.js';

/** A numeral right after these is an ordinal or a rank (`第11个`, `第六十条`, `前10名`). */
export const ORDINAL_PREFIXES = ['第'] as const;
/** `前N名`/`前N位` is a rank, not a count. */
export const RANK_PREFIX = '前';
export const RANK_UNITS: ReadonlySet<string> = new Set(['名', '位']);
/**
 * Verbs of standing in a ranking: a number in RANK_UNITS after one, maybe with the ranking's scope
 * between (RANK_SCOPES), is a place, written without 第 (`增幅居全省13位`, `位居全国5位`, `排名全市3名`).
 * The one-character verbs need the scope (`居民13名`, `聚居13名群众` count people).
 */
export const RANK_VERBS = ['位居', '位列', '名列', '排名', '排在', '居', '列'] as const;
export const RANK_VERBS_NEEDING_SCOPE: ReadonlySet<string> = new Set(['居', '列']);
export const RANK_SCOPES = ['全国', '全省', '全市', '全区', '全州', '全县', '全盟', '省内', '市内', '区内', '同类城市'] as const;

/** Words that introduce codes and numbers (`代码:1234`, `电话0592-5551234`, `HS编码8471`); a number with a count unit right after them counts codes (`商品编码4856个`; `代码:1234个` stays a code). */
export const CODE_WORDS = [
  '代码', '编码', '编号', '电话', '热线', '传真', '邮编', '税号', '文号', '账号', '号码', '商品编码',
  '信用代码', '序号', '批号', '型号', '版本',
] as const;
/** Characters allowed between a code word and its number. */
export const CODE_WORD_JOINERS = ':: 为是';
/** How far back from a numeral a code word may stand. */
export const CODE_WORD_WINDOW = 6;

/**
 * Quote and title marks: a number inside a short quoted name or a book title is part of the name
 * (`“十四五”`, `“12·4”`, `“六项纪律”`, `《国际卫生条例(2005)》`, `“国门利剑2024”`).
 */
export const NAME_QUOTES: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['《', '》'],
  ['「', '」'],
  ['『', '』'],
  ['‘', '’'],
  ['"', '"'],
];
/** Longest quoted name: a longer quotation is a quoted sentence whose numbers may measure. */
export const MAX_QUOTED_NAME = 30;
/**
 * A quotation holding a clause or sentence mark is a quoted sentence, not a name, however short
 * (`“两国股份累计约8%,远大于其他国家”`): its numbers may measure. Book titles (《》) are names
 * whatever they hold. (Text is normalised: fullwidth , ; : ! ? are ASCII.)
 */
export const QUOTED_SENTENCE_MARKS = /[,;:。!?]/;
export const TITLE_MARKS: ReadonlySet<string> = new Set(['《']);

/** Brackets that make a number a marker or a document number (`[7]`, `〔2019〕`, `【3】`). */
export const MARKER_BRACKETS: readonly (readonly [string, string])[] = [
  ['[', ']'],
  ['〔', '〕'],
  ['【', '】'],
  ['(', ')'],
];

/** A Chinese 一 alone before a measure word is an indefinite article (`一项`, `一批`, `一支`). */
export const INDEFINITE_NUMERALS: ReadonlySet<string> = new Set(['一', '壹']);

/** A lone 零 is a word part (`零部件`, `零件`, `零售`, `零的突破`), never a count of nothing. */
export const LEXICAL_NUMERALS: ReadonlySet<string> = new Set(['零', '〇']);

/**
 * Words that make the number after them the base a rate is counted per, not a quantity: `每千人…床位数5.6张`,
 * `普及率达98.7部/百人`, `每百元营业收入中的成本为86.27元`, `每10万人口发病率`. The base (`千人`, `百人`,
 * `百元`, `10万人`) is no metric; the rate's own number (`5.6张`, `98.7部`) stays.
 */
export const RATE_BASE_PREFIXES: readonly { prefix: string; chineseOnly: boolean }[] = [
  { prefix: '每', chineseOnly: false },
  // after / only a base in Chinese numerals (`部/百人`, `公里/百平方公里`): `8123.5延米/612座` pairs a length with a count
  { prefix: '/', chineseOnly: true },
];

/** Words before a time unit that make a time frame, not a measure (`连续3个月`, `时隔2天`). */
export const TIME_FRAME_PREFIXES = ['连续', '时隔', '今后', '未来', '每', '近', '历经', '前', '头'] as const;
/**
 * Words ending in a time-frame prefix that make a lead time instead, a quantity a rule or a notice sets (`提前6个月提醒`,
 * `提前3个工作日申请`, `提前2小时到场`): not the frame of `前10个月` (fixtures/extract/lead-times).
 */
export const LEAD_TIME_WORDS = ['提前'] as const;

/**
 * A streak of change is a count (`连续3年增长`, `连续7年保持增长`, `连续五年提高`: years of growth, unit
 * 年), while other streaks stay time frames (`连续5年居全国首位`, `连续5个月位居首位`): after
 * STREAK_PREFIX, a time unit is a quantity when a change verb (changes.ts) follows within
 * STREAK_CHANGE_GAP characters of words.
 */
export const STREAK_PREFIX = '连续';
export const STREAK_CHANGE_GAP = 3;

/**
 * Words that make a Chinese numeral vague (`数十个`, `几百家`): no value to report; only before a round number
 * (ROUND_NUMERAL: `数十`, `几百`, `数十万`), as a number with digits in it is counted (`参会人数一百二十人`,
 * `项目总数十二个`: 数 closes 人数, 总数).
 */
export const VAGUE_PREFIXES = ['数', '几', '若干'] as const;
/**
 * …and before a round Chinese number (`上百家`, `成千`, `有成百家企业`): hundreds, thousands, no value. `closing`: words
 * the prefix closes, which make the number a count (`完成百余项改革` → 100 项, `建成百个站点`), unless the idiom goes
 * on (`成百上千`: ROUND_VAGUE_IDIOM). Verbs of completion only: `形成百亿元企业` names a class of firms.
 */
export const ROUND_VAGUE_PREFIXES: readonly { prefix: string; closing: readonly string[] }[] = [
  { prefix: '上', closing: [] },
  { prefix: '成', closing: ['完成', '建成', '达成', '落成'] },
];
/** A round number going on as a vague idiom (`百上千`, `千上万`, `百成千`), read from the number's first character. */
export const ROUND_VAGUE_IDIOM = /^[十百千万](?:上|成)[百千万]/;
const ROUND_CHARS = `${Object.keys(UNIT_POWERS).join('')}${Object.keys(MAGNITUDE_CHARS).filter((c) => MAGNITUDE_CHARS[c]!.inRunningText).join('')}`;
export const ROUND_NUMERAL_START = new RegExp(`^[${ROUND_CHARS}]`);
/** A round number and nothing more (`十`, `百`, `十万`): powers and magnitudes, no digit. */
export const ROUND_NUMERAL = new RegExp(`^[${ROUND_CHARS}]+$`);

/**
 * Fixed phrases and names whose numeral is part of the name, written without quotes as often as
 * with them (`八项规定`, `正反两方面`).
 */
export const FIXED_PHRASES = [
  '正反两方面', '八项规定', '三个代表', '四个意识', '四个自信', '四个全面', '两个维护', '两个确立',
  '五位一体', '三位一体', '四位一体', '三会一课', '两学一做', '三严三实', '四风', '一岗双责', '一对一',
  '一盘棋', '一以贯之', '一揽子', '一站式', '一把手', '两步走', '五险一金', '一带一路', '两个一百年',
  '两个大局', '一国两制', '一手抓', '两手抓', '三大攻坚战', '四个最严', '一次性', '一系列', '三次产业',
  // a growth's size class (`保持两位数的增长`), and the pair of markets and resources trade policy names
  '两位数', '三位数', '两个市场', '两种资源',
  // idioms holding a numeral before a measure word (`一成不变`: unchanging, not 10%)
  '一成不变', '三番五次', '三令五申', '一五一十', '千方百计', '一次次',
  // the four budgets a budget report balances (一般公共、政府性基金、国有资本经营、社会保险基金: `统筹四本预算`)
  '四本预算',
  // the statistics' product group of ten non-ferrous metals (copper, aluminium, lead, zinc…), reported as one
  // output (`十种有色金属95.6万吨`, `十种有色金属产量增长3.9%`): a name, not a count of kinds
  '十种有色金属',
  // place names holding a financial digit before a measure word: Shanghai's finance district, whose name
  // titles market columns (`陆家嘴财经早餐`, `陆家嘴论坛`), and Yichang's 伍家岗区; a lone financial digit
  // elsewhere still counts (`共计肆个`)
  '陆家嘴', '伍家岗',
  // the national scheme of the two disability allowances (困难残疾人生活补贴 and 重度残疾人护理补贴), named so in every
  // rule and notice on it (`残疾人两项补贴标准`, `两项补贴资金`): a name, not a count (fixtures/extract/program-name-numerals)
  '两项补贴',
] as const;

/**
 * A duration that names a service radius (`15分钟社区生活圈`, `10分钟体育健身圈`, `1小时经济圈`): the
 * name of a planning concept, no metric. After the unit, at most RADIUS_NOUN_MAX characters of a
 * noun, none of them RADIUS_NOUN_STOP (`30分钟可达商圈` states a travel time), then the ending.
 */
export const RADIUS_UNITS: ReadonlySet<string> = new Set(['分钟', '小时']);
export const RADIUS_NOUN_ENDING = '圈';
export const RADIUS_NOUN_MAX = 4;
export const RADIUS_NOUN_STOP = '可到达至内的';

/**
 * A round-the-clock service named by its hours (`各类公园二十四小时开放比例`, `实行24小时通关`, `7×24小时值守`): the
 * duration right before one of these words is the service's name, no metric (`24小时内办结` is a limit and stays).
 */
export const ROUND_THE_CLOCK_UNITS: ReadonlySet<string> = new Set(['小时']);
/** The whole day, the only duration such a name gives (`提供3000小时服务`, `2小时响应` state hours). */
export const ROUND_THE_CLOCK_HOURS = 24;
export const ROUND_THE_CLOCK_WORDS = ['开放', '服务', '值守', '值班', '营业', '在线', '通关', '不间断', '不打烊', '响应', '热线', '监控'] as const;

/**
 * A table's or a figure's number in `如表1所示`, `见图2所示`: 所 is no measure word there but the first half of
 * 所示 (`as shown`), so `1所` counts no institutions. The unit, the character after it, and the words one of which
 * stands right before the number (`新增5所示范性幼儿园` counts schools).
 */
export const SHOWN_IN = { unit: '所', after: '示', before: ['表', '图'] } as const;

/**
 * Signs of a formula right before a number (`〔…〕×100%≥30%`, `÷12`): a factor of the formula, no metric. The
 * bound the formula is compared with (`≥30%`) is a metric; `*` is left out (a footnote's star, Markdown's bold).
 */
export const FORMULA_OPERATORS = '×÷';

/** A numeral touching ASCII letters is part of a code or a name (`H2018`, `HB2004`, `B2B`, `5G`). */
export const CODE_LETTER = /[A-Za-z]/;

/**
 * Bare ratios (`2.1:40.5:57.4`), clock times (`08:48`) and formulas (`7×24小时`, `5+2`): a numeral
 * beside one of these and a digit.
 */
export const RATIO_SEPARATORS = ':∶×*+/' as const;

/**
 * A clause number glued to its clause (`3.1本次资格预审…`, `2.1本项目采用公开招标`): a dotted
 * number opening its line, then a measure word that runs on into a word. A count is never a
 * decimal without a magnitude, so `3.1本` is no metric; `3.5万元` and `1.2亿元` keep theirs.
 */
export const CLAUSE_NUMBER = /^\d{1,2}(?:\.\d{1,3}){1,3}$/;

/**
 * What follows a software version (or a range of versions) written with no unit: `7.3至7.8 SP1版`,
 * `2.0版本`, `3.1 版`: an optional Latin tag with its number (`SP1`, `R2`), then 版 or 版本.
 */
export const VERSION_AFTER = /^\s?(?:[A-Za-z]{1,4}\d{0,3}\s?)?版/;
/** How many characters after the number VERSION_AFTER may need. */
export const VERSION_WINDOW = 10;

/** A numeral written with a leading zero is a code (`0302`, `0574`): amounts never are. */
export const LEADING_ZERO = /^0\d/;

/**
 * A tariff (HS) code: a four-digit heading and a two- or four-digit subheading (`7204.1000`,
 * `0302.11`). Read as a code only where no unit follows (a unitless range `0302.1100至0302.9900`);
 * `1234.56元` is an amount.
 */
export const TARIFF_CODE = /^\d{4}\.(?:\d{2}|\d{4})(?:\.\d{2})?$/;

/**
 * Session ordinals: `十届四次全会`, `人大二次会议`, `政协三次会议` name the fourth plenum or the
 * second session, not four or two of anything. A numeral + one of SESSION_ORDINAL_UNITS is an
 * ordinal when a SESSION_NOUNS word follows it and either a term (`届`) or a body (SESSION_BODIES)
 * stands right before it. A count keeps its metric (`召开会议4次`, `召开三次会议`: nothing before).
 * Ordinals may be listed before one session word (`十届四次、五次全会`): each item, joined by one of
 * NUMBER_LIST_JOINERS (rules/zh/labels.ts), is an ordinal.
 */
export const SESSION_ORDINAL_UNITS: ReadonlySet<string> = new Set(['次']);
export const SESSION_NOUNS = ['会议', '全会', '大会', '全体会议'] as const;
export const SESSION_TERM = '届';
export const SESSION_BODIES = [
  '人大', '人代会', '政协', '党代会', '常委会', '代表大会', '委员会', '全委会', '职代会', '团代会', '妇代会',
] as const;

/** What joins a count's threshold to the group it names (`从业人员超万人的企业`: no amount; `超万家企业` counts). */
export const GROUP_NAME_MARK = '的';
/** How far after a count's threshold the group's own count may stand (`超万人园区4个`): the group's name and its number. */
export const GROUP_COUNT_REACH = 8;
