// Change verbs and basis words. A change verb right before a number makes it a change
// (`增长13.5%`, `压缩90%`); a change verb followed by 至/到 makes a target instead
// (`提升至60%`, `降低到1%以下`).
import type { Basis, Direction } from '../../schema/records.js';
import { QUOTE_VERBS } from './units.js';
import { CALENDAR_YEAR } from './years.js';
import { alternationOrder } from '../../lib/pattern.js';

/**
 * Change verbs of a pace or a set level: a rate speeding up or picking up again (`增速加快1.2个百分点`,
 * `回升0.8个百分点`), slowing or a decline narrowing (`降幅收窄2.1个百分点`, `逆差收窄120亿元`), a price or
 * rate set higher or lower (`上调0.25个百分点`, `下浮5%`). Before a count of things they take the
 * count as their object (`加快2条海缆建设`, `下调2家企业信用等级`: a count, no change); a count that
 * ends its clause (`就业人数回升3万人。`) is still a change.
 */
export const PACE_CHANGE_VERBS: Readonly<Record<string, Direction>> = {
  加快: 'up',
  提速: 'up',
  回升: 'up',
  上调: 'up',
  上浮: 'up',
  放缓: 'down',
  收窄: 'down',
  减小: 'down',
  下调: 'down',
  下浮: 'down',
  // a decline's rate deepening or narrowing, as price and trade releases write it (`进口降幅加深2.1个百分点`,
  // `降幅缩窄0.6个百分点`; `fixtures/extract/rate-verbs`)
  加深: 'up',
  缩窄: 'down',
};

export const CHANGE_VERBS: Readonly<Record<string, Direction>> = {
  增长: 'up',
  增加: 'up',
  提升: 'up',
  提高: 'up',
  上升: 'up',
  上涨: 'up',
  增多: 'up',
  扩大: 'up',
  攀升: 'up',
  延长: 'up',
  扩充: 'up',
  下降: 'down',
  负增长: 'down',
  减少: 'down',
  降低: 'down',
  压缩: 'down',
  缩短: 'down',
  缩减: 'down',
  // a gap or a ratio narrowing (`比值为2.19,比上年缩小0.04`)
  缩小: 'down',
  减轻: 'down',
  回落: 'down',
  下滑: 'down',
  下跌: 'down',
  // a market round-up's one-character verbs, and its close (`道指跌0.6%报38763.45点`, `收益率涨3个基点`,
  // `某指数收跌0.5%`)
  涨: 'up',
  跌: 'down',
  收涨: 'up',
  收跌: 'down',
  // a yield or a rate moving, as finance reports write it (`收益率下行5个基点`, `利率上行10个基点`)
  上行: 'up',
  下行: 'down',
  // a harvest's or an output's change, as agriculture sections write it (`粮食总产量78.9万吨,比上年增产1.2%`)
  增产: 'up',
  减产: 'down',
  // a revenue's or a spending's change, as budget reports write it (`税收收入12.7亿元,减收2658万元,同比下降2.1%`,
  // `支出53.1亿元,比上年增支3.1亿元,增长6.3%`)
  增收: 'up',
  减收: 'down',
  增支: 'up',
  减支: 'down',
  // against the normal, as climate sections write it (`平均气温偏高0.7℃`, `降水量偏少1.2成`)
  偏高: 'up',
  偏多: 'up',
  偏低: 'down',
  偏少: 'down',
  ...PACE_CHANGE_VERBS,
};

/**
 * Verbs whose object may stand between them and the number (`增加编制100名`): the change is in
 * the object. At most CHANGE_OBJECT_GAP characters, none of them a target or linking word.
 */
export const OBJECT_CHANGE_VERBS = ['增加', '减少'] as const;
/**
 * Nouns that open with such a verb: no verb there (`工业增加值142145万元` states the value added, a
 * quantity, not an increase of 值).
 */
export const CHANGE_VERB_NOUNS = ['增加值'] as const;
export const CHANGE_OBJECT_GAP = 4;
/** Characters that may not occur in such an object (they make a target or a new clause). */
export const CHANGE_OBJECT_STOP = '至到为达的了和及与、,;。:';

/**
 * A change verb used as a noun after its number: `保持百分之十左右的增长`, `实现5%的下降` (a number
 * in a CHANGE_UNITS unit, 的, the verb ending the phrase).
 */
export const NOUN_CHANGE_LINK = '的';

/**
 * Contracted changes, as statistics bulletins write them: the basis and the verb in one word
 * (`比增12.5%` = 比上年同期增长 12.5 %). Read as change verbs that carry their own basis.
 */
export const CONTRACTED_CHANGES: Readonly<Record<string, { direction: Direction; basis: Basis }>> = {
  比增: { direction: 'up', basis: 'yoy' },
  比降: { direction: 'down', basis: 'yoy' },
  比减: { direction: 'down', basis: 'yoy' },
  同增: { direction: 'up', basis: 'yoy' },
  同降: { direction: 'down', basis: 'yoy' },
  同减: { direction: 'down', basis: 'yoy' },
};

/**
 * Levies a rate is charged as: a rate right before one (`增收10%关税`, `加征25%的反倾销税`) is the levy's rate, its
 * verb the levying, not a change of something by that much.
 */
export const LEVY_NOUNS = ['关税', '附加税', '特别关税', '反倾销税', '反补贴税', '税款', '滞纳金'] as const;

/** Particles that may follow the verb (`增长了5%`). */
export const CHANGE_PARTICLES = ['了'] as const;

/**
 * Words of reaching between a change verb and the change's size (`同比增长达15.6%`, `比增达2倍以上`):
 * the number is still the change when it is in a change unit (CHANGE_UNITS); before an amount
 * (`增长达到100亿元`) the verb names a level reached, and the number is a quantity.
 */
export const CHANGE_REACH_WORDS = ['达到', '达'] as const;

/** Basis words before the verb. */
export const BASIS_WORDS: Readonly<Record<string, Basis>> = {
  同比: 'yoy',
  比上年: 'yoy',
  较上年: 'yoy',
  比上年同期: 'yoy',
  较上年同期: 'yoy',
  比去年: 'yoy',
  较去年: 'yoy',
  比去年同期: 'yoy',
  较去年同期: 'yoy',
  与上年相比: 'yoy',
  环比: 'pop',
  比上月: 'pop',
  较上月: 'pop',
  比上季度: 'pop',
  较上季度: 'pop',
};

/** The words a comparison opens with (`比上年`, `较2017年`, `与调整前相比`). */
export const COMPARISON_MARKERS = ['比', '较', '与'] as const;
const COMPARED = `(?:${COMPARISON_MARKERS.join('|')})`;

/** A named year compared with (`比2017年压缩63.2%`, `较2020年同期增长`): a basis the change states, not yoy. */
export const COMPARISON_YEAR = `${COMPARED}${CALENDAR_YEAR}年(?:同期)?(?:相比)?`;

/**
 * A point in time compared with (`比上年末增加1.2万人`, `比年初增加654.3亿元`): the change is stated, its
 * basis none of BASES (a stock against the end of last year, or year to date).
 */
export const COMPARISON_POINTS = ['比上年末', '较上年末', '比上年底', '较上年底', '比年初', '较年初', '比上月末', '较上月末'] as const;

/**
 * The figure of the compared period named after the basis (`比上年预算数增加56.78万元`, `较2023年决算数下降3.2%`,
 * as budget and final-accounts reports write them): part of the comparison, the basis unchanged.
 */
export const BASIS_FIGURES = ['预计执行数', '预算数', '决算数', '执行数', '实际数', '预算', '决算'] as const;

/** A state before or after an event compared with (`较调整前减少120个`, `比改革前缩短一半`): basis none of BASES. */
export const COMPARISON_EVENT = String.raw`${COMPARED}[\u4e00-\u9fff]{1,4}?(?:前|后)(?:相比)?`;

/** `分别` distributes a list of changes over the quantities before it (`分别增长12.5%、7%`). */
export const RESPECTIVELY = ['分别'] as const;

/** Adverbs right before the verb that say how the change is measured (`同比名义增长6.1%`, `实际增长4.2%`): part of the change. */
export const CHANGE_ADVERBS = ['名义', '实际'] as const;

/**
 * Adverbs of degree or pace right before the verb (`同比大幅增长20%`, `股价大涨5%`, `小幅回落0.3个百分点`): part of
 * the change, not of the label; with a measuring adverb they may stand in either order (`名义大幅增长`).
 */
export const CHANGE_DEGREE_ADVERBS = [
  '大幅', '小幅', '明显', '显著', '稳步', '较快', '快速', '迅速', '平稳', '持续', '继续', '进一步', '逐步', '略有', '有所',
  '大', '微', '略',
] as const;

/**
 * Of those, the ones that may also close a clause as its predicate (`增长较快`, `运行平稳12个月`): a label ending
 * with one keeps it. The others, of two characters or more, only ever lean on a verb after them, so a label ending
 * with one lost its verb to the number's lead (`比重进一步提高到65.3%`) and drops them too.
 */
export const PREDICATE_DEGREE_ADVERBS: readonly string[] = ['明显', '显著', '较快', '快速', '迅速', '平稳'];

/** After a change verb these make a target (`提升至60%`), not a change. */
export const TARGET_LINKS = ['至', '到'] as const;

/**
 * Between a change and the level a market quote closes at (`道指跌0.6%报38763.45点`,
 * `收益率涨3个基点报3.948%`): the change belongs to that level, as one reaching it through 至 does.
 * Derived from QUOTE_VERBS (units.ts), the one table of quote verbs.
 */
export const QUOTE_LINKS: readonly string[] = QUOTE_VERBS.filter((v) => v.link).map((v) => v.verb);

/** Before the earlier value of a from–to pair (`由35%提升至60%`). */
export const FROM_MARKERS = ['由', '从'] as const;

/**
 * How many characters of words may stand between a from marker and the earlier value
 * (`由原来的近20小时`, `由平均48小时`, `由每批次5%`): a modifier of the value, not a clause.
 */
export const FROM_VALUE_GAP = 5;
/**
 * A longer modifier of the earlier value, a time or a state it held ending in 的 (`由“十三五”开局之年的18.9%攀升至50%`,
 * `由改革启动前一年的45天缩短至20天`): at most FROM_MODIFIER_MAX characters of words and quote marks
 * (FROM_MODIFIER_MARKS); a clause (a comma, a number) is never one.
 */
export const FROM_MODIFIER_MAX = 12;
export const FROM_MODIFIER_END = '的';
export const FROM_MODIFIER_MARKS = '“”‘’"';

/**
 * The year an earlier or a later value of a from–to pair is dated by, right after the from marker or the
 * link (`由2019年的1200家增至2023年的3500家`, `从2012年底的56%提高到`): part of the pair, not words between.
 */
export const FROM_TO_YEAR = `(${CALENDAR_YEAR})年(?:底|末|初)?的?`;

/** Words in which 由/从 is no from marker (`自由贸易区12个`, `从事外贸的企业3家`). */
export const FROM_MARKER_WORDS = [
  '自由', '理由', '经由', '缘由', '事由', '由于', '由此', '从事', '从业', '从而', '从中', '从严', '从快', '从重',
  '从宽', '从未', '从来', '从不', '服从', '听从', '遵从', '随从',
] as const;

/**
 * After the earlier value of a from–to pair, a verb of at most FROM_TO_VERB_MAX characters and one
 * of these leads to the later value when the verb is no change verb (`由每批次5%调整为2%—3%`,
 * `由3项变为1项`); a change verb + 至/到 always does (TARGET_LINKS).
 */
export const FROM_TO_LINKS = ['为', '至', '到'] as const;
export const FROM_TO_VERB_MAX = 3;

/**
 * Connectors that make a change a range when the same unit follows (`降低10%~15%`, `增长2%—3%`).
 * Not 至/到: after a change they reach a level (`提升1.3个百分点至53.5%`).
 */
export const CHANGE_RANGE_CONNECTORS = ['-', '—', '–', '~', '～'] as const;

/** Units a change is written in; a bare number in a change list inherits the change. */
export const CHANGE_UNITS: ReadonlySet<string> = new Set(['%', '‰', '倍', '个百分点', '百分点', '个基点', '基点', '成']);

/**
 * Change verbs of a rate's or a yield's move (CHANGE_VERBS: `收益率下行5个基点`): a change only in a CHANGE_UNITS unit;
 * before an amount they name a flow of goods to or from the countryside (`工业品下行8.2亿元`, `农产品上行`), no change.
 */
export const RATE_MOVE_VERBS: ReadonlySet<string> = new Set(['上行', '下行']);

/**
 * Nouns that name again the share just stated, opening its change in points (`占全市外贸总值的65.3%,比重提升3.5个百分点`,
 * `占比67.9%,占比提高1.2个百分点`): the change is the share's, as a bare `,提升3.5个百分点` would be. Only a `%` share and a
 * change in SHARE_POINT_UNITS. `fixtures/extract/share-restated`
 */
export const SHARE_NOUNS = ['比重', '占比', '所占比重'] as const;
export const SHARE_POINT_UNITS: ReadonlySet<string> = new Set(['个百分点', '百分点']);
export const SHARE_UNIT = '%';

/** What may stand between a quantity and the change that attaches to it (`,比上年下降5.1%`). */
export const CHANGE_ATTACH_SEPARATORS = ', ,、;' as const;

/**
 * How many characters of words may stand between a quantity and a compared change in the same unit
 * (`共有125家企业通过高级认证,比上年增加18家`): the count's noun and verb, then a comma; the change names its basis.
 */
export const SAME_UNIT_CHANGE_GAP = 12;
/** What closes those words: a comma. */
export const SAME_UNIT_CHANGE_COMMAS = ',,';

/**
 * A bracketed note may stand between a quantity and its change (`12036万美元(验资口径),同比增长27.3%`,
 * `560亿元(含税),增长5%`): the change still belongs to the quantity. At most CHANGE_NOTE_MAX
 * characters inside, none of CHANGE_NOTE_STOP (a number or a clause inside is no note).
 */
export const CHANGE_NOTE_BRACKETS: readonly (readonly [string, string])[] = [
  ['(', ')'],
  ['（', '）'],
  ['[', ']'],
  ['【', '】'],
];
export const CHANGE_NOTE_MAX = 12;
export const CHANGE_NOTE_STOP = '0123456789。;!?\n';

/**
 * Rate frames that may open an attached change after its separator (`达到1.21万亿元,年均增长5.3%`):
 * the change is the quantity's rate over the period. With no quantity before, the change stands
 * alone (`总值年均增长5%左右`).
 */
export const CHANGE_RATE_FRAMES = ['年均', '平均每年', '每年平均', '年平均'] as const;

/**
 * A share of the plan or the budget between an amount and its change, as budget and plan reports write an execution
 * rate (`收入完成129.54亿元,为预算的86.5%,下降8.5%`, `税收119.7亿元,完成年度预算的95.7%,增长5.2%`): a change in one of
 * PLAN_SHARE_CHANGE_UNITS after the share is the amount's; the rate itself moves in 个百分点 (`完成年初预算的58.4%,
 * 快于序时进度8.4个百分点` and `为预算的98.3%,提高2个百分点` stay the share's). The share opens with one of
 * PLAN_SHARE_VERBS, at most one of PLAN_SHARE_FRAMES, one of PLAN_SHARE_BASES, then 的 (PLAN_SHARE_LEAD).
 */
export const PLAN_SHARE_VERBS = ['完成', '达到', '为', '达', '占'] as const;
export const PLAN_SHARE_FRAMES = ['年初', '年度', '全年', '调整后', '调整', '本级'] as const;
export const PLAN_SHARE_BASES = ['预算数', '预算', '计划数', '计划', '目标', '任务'] as const;
export const PLAN_SHARE_LEAD = new RegExp(
  `^(?:${alternationOrder(PLAN_SHARE_VERBS).join('|')})(?:${alternationOrder(PLAN_SHARE_FRAMES).join('|')})?(?:${alternationOrder(PLAN_SHARE_BASES).join('|')})的?$`,
);
/**
 * A share of a total that the amount before it is part of, the share's subject elided (`出口机电产品523.4亿元,
 * 占出口总值的61.1%,增长12.5%`): 占/为 opening the words between (after the separators), 的 closing them, at most
 * SHARE_LEAD_MAX characters. A share with a subject of its own (`其中民营企业进出口占全市的58.3%`) is none.
 */
export const SHARE_LEAD = /^(?:占|为)[^,,;;。、]{0,16}的$/;
export const PLAN_SHARE_CHANGE_UNITS: ReadonlySet<string> = new Set(['%']);

/**
 * How a change was computed, written as a clause between a quantity and its change
 * (`生产总值3456.78亿元,按可比价格计算,增长5.6%`), or right before the change's basis on a like-for-like
 * basis (`教育支出5.2亿元,同口径比上年增长2.6%`): the change still belongs to the quantity.
 */
export const CHANGE_METHOD_CLAUSES = [
  '按可比价格计算', '按可比价计算', '按不变价格计算', '按不变价计算', '按可比口径计算', '按同口径计算', '扣除价格因素', '扣除价格因素后',
  '扣除价格因素影响', '扣除价格因素影响后',
  // the basis named before the verb, as budget reports write it (`补助113.1亿元,可比口径增长1.7%`,
  // `收入安排34.2亿元,按可比口径增长27.4%`, `教育支出5.2亿元,同口径比上年增长2.6%`)
  '按可比口径', '可比口径', '同口径',
  // the currency a trade figure's change is counted in (`出口1234万美元,以人民币计价,增长15%`, `(按人民币计增长15%)`;
  // `fixtures/extract/change-method-labels`)
  '按人民币计', '按美元计', '以人民币计', '以美元计', '按人民币计价', '按美元计价', '以人民币计价', '以美元计价',
] as const;
