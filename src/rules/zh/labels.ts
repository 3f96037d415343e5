// Label trimming: a label is the clause before the number (and, for `命名181个国门卫士青年突击队`,
// the noun phrase after its unit), without list markers, leading connectives and the linking
// verbs that stand between a name and its value (`覆盖率达到`, `涉案率每年控制在`).

import { COUNTING_DIGIT_CHARS, ZERO_DIGITS } from '../../locale/zh/numerals.js';
import { AS_OF_WORDS, SUB_YEAR_FRAME } from './periods.js';
import { BULLET_CHARS } from './line-shapes.js';

/** 一…九 and 十, from the numeral table: what list markers and time frames count with. */
const TO_TEN = `${COUNTING_DIGIT_CHARS}十`;

/** Characters that end a clause when scanning back from a number. */
export const CLAUSE_DELIMITERS = ',,;;。::!!??\n|';

/** Characters that end the noun phrase after a unit. */
export const TAIL_DELIMITERS = ',,;;。::!!??\n|(';

/** Paired marks skipped whole when scanning back (a comma inside them does not end the clause). */
export const LABEL_PAIRS: readonly (readonly [string, string])[] = [
  ['(', ')'],
  ['“', '”'],
  ['《', '》'],
];

/** List markers at the start of a clause: `一、`, `(三)`, `2.`, `一是`, `第十二条`. */
export const LIST_MARKER = new RegExp(
  `^(?:第[${TO_TEN}百${ZERO_DIGITS}\\d]{1,6}[条章节款项](?!规定)|[${TO_TEN}]{1,3}[、.]|\\([${TO_TEN}\\d]{1,3}\\)|\\d{1,3}[.、](?!\\d)|[${TO_TEN}]是|——)\\s*`,
);

/**
 * Bullets inside a label, with the spaces around them, are dropped (`全市 ●一般公共预算收入完成` →
 * `全市一般公共预算收入完成`, `●市财政投入` → `市财政投入`): a list's item mark, no word. The marks of
 * BULLET_CHARS that also stand inside names, numbers and dates (`·`, `・`, `*`, `○`) stay.
 */
export const LABEL_BULLETS = [...BULLET_CHARS].filter((c) => !'·・*○'.includes(c)).join('');

/** Connectives trimmed from the start of a label. */
export const LEADING_CONNECTIVES = [
  '其中', '同时', '并且', '并', '另外', '此外', '还', '以及', '及', '和', '且', '又', '也', '共',
  // the items a budget report adds up to a total (`加上上级补助收入102.5亿元`)
  '加上',
] as const;

/**
 * Verbs that set a goal or a forecast before what is measured (`确保进口整体通关时间再压缩30%`,
 * `力争年内线路总数达到30条以上`): trimmed from the start of a label like a connective.
 */
export const LEADING_GOAL_VERBS = ['确保', '力争', '争取', '预计'] as const;

/** Prepositions that are no label on their own (`对46家企业…` → the label is what follows). */
export const BARE_PREPOSITIONS = ['对', '在', '向', '为', '将', '把', '给', '从', '由', '以', '经'] as const;

/** Prepositions trimmed from the start of a label (`对巡视反馈的7个方面` → `巡视反馈的方面`)… */
export const LEADING_PREPOSITIONS = ['对于', '对'] as const;
/** …unless they begin a word (`对照`, `对外`). */
export const PREPOSITION_WORDS = ['对照', '对外', '对接', '对象', '对比', '对标', '对话', '对口', '对称', '对等', '对策', '对应', '对手', '对方', '对齐', '对冲'] as const;

/**
 * Conjunctions between two numbers of one clause: the words before belong to the first number
 * (its noun), the words after to the second (`6项改革任务和涉及海关工作的114项重要改革举措`).
 * Tried in this order, most reliable first: `及`, `与` and `共` often stand inside words.
 */
export const LIST_CONJUNCTIONS = ['、', '以及', '和', '及', '与', '共'] as const;

/**
 * What stands between the numbers of one list (`12.5%、7%`, `755和771元/吨`, `十届四次、五次全会`): the
 * list's items share what the list's words say of them (a change, a unit, an ordinal).
 */
export const NUMBER_LIST_JOINERS = ['、', '和', '及'] as const;

/**
 * Linking verbs: when the words between two numbers end with one, the second number measures a
 * phrase that holds the first (`每年不少于12天的比例达100%`), so its label is the whole clause.
 */
export const LINKING_VERBS = ['达到了', '达到', '达', '为', '是', '保持在', '控制在', '稳定在', '维持在'] as const;

/** Words of a total: a label of one of them alone names the total (`合计:35亿元` → 合计), as a table's total row does. */
export const TOTAL_WORDS = ['合计', '总计', '共计'] as const;

/** Linking words trimmed from the end of a label (longest first, repeatedly). */
/** A rule's hedges and modals before its bound: trailing words (below). */
export const LABEL_HEDGES = ['原则上', '一般', '通常', '应当', '必须'] as const;
/** Of those, the ones that are a rating's grade as well: a label that is one alone is what is measured (`优秀35家,良好120家,一般8家`). */
export const GRADE_HEDGES = ['一般'] as const;

export const TRAILING_WORDS = [
  '达到了', '达到', '达', '为', '是', '保持在', '控制在', '稳定在', '维持在', '提高到', '提高至', '提升到',
  '提升至', '降低到', '降低至', '下降到', '下降至', '增加到', '增加至', '减少到', '减少至', '压缩到', '压缩至',
  // a count grown to (`高新技术企业发展至158户`, `会员单位发展到120家`)
  '发展至', '发展到',
  '在', '共计', '合计', '总计', '共', '计', '分别为', '分别达到', '分别', '有', '均', '已', '累计', '达到了',
  '每年', '年均', '全年累计', '由', '从', '实现', '保持', '维持', '稳定',
  // adverbs before the verb of a change or a target (`通关时间再压缩30%`, `外贸进出口将保持…`), or before a
  // linking verb (`仔猪出售价格也达到600元/头`: was `仔猪出售价格也`; `fixtures/extract/per-head-units`)
  '再', '将', '也',
  // reaching as high as (`进口高达9%`), or able to reach (`补助最高可达30万元`)
  '高达', '可达',
  // a rule's hedges and modals before its bound (`补贴标准原则上不超过3000元`, `申报期限一般不超过30日`, `比例应当不低于`)
  ...LABEL_HEDGES,
  // a span or an age reached (`再次申请需间隔满1年`, `申请人年满18周岁`)
  '年满', '满',
  // a range's opening (`出口额介于100亿元与200亿元之间`)
  '介于',
] as const;

/**
 * Words that end with a TRAILING_WORDS entry but are words of their own: the entry is not cut
 * from them (`现在平均1天左右` keeps `平均`, not `平`; `现在` keeps its `在`).
 */
export const TRAILING_WORD_KEEPERS = [
  '平均', '人均', '日均', '户均', '月均', '现在', '存在', '所在', '实在', '拥有', '所有', '没有', '具有', '统计',
  '预计', '设计', '会计', '作为', '行为', '认为', '到达', '抵达', '发达', '自由', '理由', '服从', '而已',
  '即将', '必将', '终将', '一再',
  // nouns a label may end with (`全年开展内部审计12次` → `全年开展内部审计`, was `…内部审`;
  // `fixtures/extract/label-noun-keepers`)
  '审计', '估计', '生计', '送达', '公共', '国有',
  '圆满', '饱满', '美满', '丰满', '充满', '不满',
  // 累计 alone is a trailing word itself: never cut to 累 (`累计完成` → `累计` → nothing); nor a total's word
  // (`合计:35亿元` read 合)
  '累计', ...TOTAL_WORDS,
  // nor 年满 to 年 (`年满60周岁以上的老年人`: the label is the words after, not 年)
  '年满',
] as const;

/**
 * What a quantity is counted per, closing the words before it (`补贴标准为每亩500元`, `补助提高到每人每月800元`,
 * `幅度每平方米在200元左右`): 每, a count of at most three numerals, then a unit word alone (units.ts). It is no
 * part of what is measured nor a linking verb's object: the label keeps it in brackets after what is measured
 * (`补贴标准(每亩)`), as the gold of a real price report writes `(每平方米)`; a label that is only it keeps it as
 * it is (`每人500元` → `每人`). Before, the linking verb stayed in front of it (`补贴标准为每亩`).
 */
export const PER_UNIT_OPENER = '每';
/** An average per unit stays one phrase (`总价款…,平均每亩154.93万元` → `平均每亩`, not `平均(每亩)`). */
export const PER_UNIT_AVERAGE = '平均';
export const PER_UNIT_COUNT = `[\\d${TO_TEN}百千万]{0,3}`;

/** A particle that may close the composed label (`占我外贸总值的`), trimmed last. */
export const FINAL_PARTICLE = /的$/;
/**
 * The particle that ties a number to the noun after it (`年满60周岁的从业人员`, `60周岁以上的老年人`): the noun
 * is what is measured, so the particle opening the words after the number is trimmed (was `的从业人员`).
 */
export const TAIL_PARTICLE = '的';
/**
 * Function words that name nothing measured: a label that is one of them alone is none (`不足一个月但超过十五天的`:
 * the first number's words are `但`, the second's `的`).
 */
export const FUNCTION_WORD_LABELS: readonly string[] = ['的', '但', '而', '或', '且', '并', '及', '与', '和'];

/** Time frames that open a label: the period, not what is measured (`今年前10个月我国进出口`, `一季度全市…`). */
export const LEADING_TIME_FRAME = new RegExp(
  `^(?:${AS_OF_WORDS.join('|')})?(?:今年|去年|上年|本年)?(?:近[\\d${TO_TEN}]{1,2}年(?:来)?|[\\d${TO_TEN}]{1,2}年来|${SUB_YEAR_FRAME.source})(?![、和及与])`,
);

/**
 * A comparison that closes a change's label (`增速较前三季度`): the basis, not the thing. The 比 of 同比/环比 before a
 * noun names the rate measured (`同比涨幅回落0.4个百分点` → `同比涨幅`, not `同`; `fixtures/extract/rate-verbs`).
 */
export const TRAILING_COMPARISON = /(?:较|(?<![同环])比)(?![重例率])[^,,;;。、]{1,6}$/;

/** A clause that opens with these has its subject elided: the previous label (`占我外贸总值的14.8%`). */
export const ELIDED_SUBJECT_OPENERS = ['占'] as const;

/** A clause that opens with these continues the previous label (`其中毛燕29.03吨`). */
export const INHERITING_OPENERS = ['其中'] as const;

/**
 * A short clause after `、` that follows a quantity names a facet of the previous label
 * (`签发原产地证书26.16万份、金额1107.9亿元` → `签发原产地证书金额`).
 */
export const FACET_MAX_CHARS = 4;


/**
 * Verbs that take a list of objects (`查获枪支53支、零部件3351件`, `监管船舶2.1万艘次、飞机1.86万架次`):
 * the list's next item, measured in the same dimension, is the verb + its own noun (`查获零部件`,
 * `监管飞机`). Without one of these in the previous item, the item's noun alone. Words that are
 * nouns as often as verbs (出口, 进口, 检疫: `检疫性有害生物`) are not listed.
 */
export const LIST_VERBS = [
  '查获', '截获', '缴获', '查扣', '扣留', '检出', '查发', '监管', '验放', '办结', '办理', '受理', '审核', '签发',
  '立案', '侦办', '征收', '培养', '引进', '培训', '举办', '开展', '建成', '新建', '新增', '退运', '销毁', '抽检',
  '处置', '命名', '评选',
] as const;

/** An item that opens with its own verb shares none (`查扣货物415批次、涉及商品286万件`). */
export const ITEM_OWN_VERBS = ['涉及', '包括', '包含', '含'] as const;

/** Labels longer than this are cut from the left (the words nearest the number are kept). */
export const MAX_LABEL_CHARS = 80;

/** How far back from a number the clause scan goes. */
export const CLAUSE_WINDOW = 160;
