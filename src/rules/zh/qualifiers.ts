// Qualifier words: where they stand relative to the numeral, and what they mean
// (spec/metrics.md: approx 约 左右 近 上下; atLeast 余 多 以上 超过 逾 不少于 不低于 > ≥;
// atMost 以内 以下 不超过 不高于 < ≤; a target verb alone is exact).
import type { Qualifier } from '../../schema/records.js';

/**
 * Comparisons a negation turns round (`不应少于40学时` is at least 40, never `少于` at most), and what they bound when
 * negated: the lower words give a floor, the higher a cap.
 */
const NEGATED_COMPARISONS: Readonly<Record<string, Qualifier>> = {
  少于: 'atLeast',
  低于: 'atLeast',
  小于: 'atLeast',
  多于: 'atMost',
  高于: 'atMost',
  大于: 'atMost',
  超过: 'atMost',
};
/**
 * Negations, with or without a modal, that may stand before those comparisons (`不应`, `不宜`, `原则上不`…`均不`), and
 * 未 of a state not yet passed (`未超过3个月`, `未低于60分`).
 */
const NEGATIONS = ['不', '不得', '不应', '不应当', '不宜', '不能', '不可', '不会', '不准', '均不', '应不', '并不', '未'] as const;
/** Every negation before every comparison (`不宜超过`, `均不低于`), as qualifier words. */
function negatedComparisons(): Record<string, Qualifier> {
  const out: Record<string, Qualifier> = {};
  for (const n of NEGATIONS) for (const [c, q] of Object.entries(NEGATED_COMPARISONS)) out[n + c] = q;
  return out;
}

/** Words right before the numeral (`约320公斤`, `不少于3个月`, `>90`). */
export const PREFIX_QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  ...negatedComparisons(),
  约: 'approx',
  约为: 'approx',
  // 约 before a verb of reaching or converting: `约达5%`, `约高达8%`, `(约合280亿美元)`
  约达: 'approx',
  约高达: 'approx',
  约合: 'approx',
  大约: 'approx',
  // 约 before 有 (`约有200人`, `大约有3成`)
  约有: 'approx',
  大约有: 'approx',
  大概: 'approx',
  近: 'approx',
  将近: 'approx',
  接近: 'approx',
  超过: 'atLeast',
  超: 'atLeast',
  逾: 'atLeast',
  // a threshold not yet passed or reached is a cap, as statutes write an age or a term (`执行期满未逾5年`,
  // `未满18周岁`, `不满一年`): never the 逾 of `逾5年` (at least), never the exact count of `满6个月`.
  // Right before the number only: 满 opens other words (`不满意`, `未满足`). fixtures/extract/negated-thresholds
  未逾: 'atMost',
  不逾: 'atMost',
  未满: 'atMost',
  不满: 'atMost',
  // `突破50%`, `突破1000万`: passed the mark
  突破: 'atLeast',
  不少于: 'atLeast',
  不得少于: 'atLeast',
  不得低于: 'atLeast',
  不低于: 'atLeast',
  不下于: 'atLeast',
  // a negated comparison is the opposite bound: `不小于6.5m` is at least, never `小于` (at most)
  不小于: 'atLeast',
  不得小于: 'atLeast',
  不应小于: 'atLeast',
  至少: 'atLeast',
  最少: 'atLeast',
  多于: 'atLeast',
  大于: 'atLeast',
  高于或等于: 'atLeast',
  // a bound stated as above or below a level, right before the number (`增速均高于5%`, `涨幅低于3%`); a
  // comparison's target between them keeps the number exact (`高于全省平均水平1.1个百分点`)
  高于: 'atLeast',
  大于或等于: 'atLeast',
  大于等于: 'atLeast',
  '>': 'atLeast',
  '≥': 'atLeast',
  '>=': 'atLeast',
  不超过: 'atMost',
  // the short form of 不超过 (`给予不超15%的优惠`): never the 超 of `超15%` (at least)
  不超: 'atMost',
  不得超过: 'atMost',
  不得高于: 'atMost',
  不得多于: 'atMost',
  最长: 'atMost',
  不高于: 'atMost',
  不大于: 'atMost',
  不得大于: 'atMost',
  不应大于: 'atMost',
  不多于: 'atMost',
  不足: 'atMost',
  少于: 'atMost',
  // short of the number (`不到5%`, `不到1000元`); after a verb it is the verb's (PREFIX_QUALIFIER_BLOCKERS)
  不到: 'atMost',
  小于: 'atMost',
  低于: 'atMost',
  最多: 'atMost',
  至多: 'atMost',
  低于或等于: 'atMost',
  小于或等于: 'atMost',
  小于等于: 'atMost',
  '<': 'atMost',
  '≤': 'atMost',
  '<=': 'atMost',
};

/**
 * Comparisons with a level (`增速均高于5%` atLeast, `涨幅低于3%` atMost) that name a reference level instead when the
 * level's name follows the number after NAMED_LEVEL_MARK (`PMI为50.3%,高于50%的临界点`, `低于3%左右的预期目标`): no
 * bound then (a suffix qualifier, 左右, still counts).
 */
export const LEVEL_COMPARISON_PREFIXES: ReadonlySet<string> = new Set(['高于', '低于']);
export const NAMED_LEVEL_MARK = '的';

/**
 * Words that end with the start of a prefix qualifier but are words of their own (`国际海关公约有20个`: 公约, not
 * 约有; `预约有3000余人次`; `达不到90%`: a verb's complement): no qualifier there. 合约 is left out: `折合约577亩`
 * is 折合 + 约.
 */
export const PREFIX_QUALIFIER_BLOCKERS = [
  '公约', '预约', '签约', '节约', '条约', '制约', '契约', '履约', '违约', '特约', '邀约', '如约', '相约', '缔约',
  '想不到', '达不到', '做不到', '办不到', '看不到', '找不到', '用不到', '料不到', '等不到', '赶不到', '顾不到',
] as const;

/**
 * Words between the numeral and its unit (`7万余次`, `40多起`, `二十几个`, `十来家`); the numeral
 * parser reads the same words inside a quantity (parseChineseQuantity: 一千多万).
 */
export const INFIX_QUALIFIERS: Readonly<Record<string, Qualifier>> = { 余: 'atLeast', 多: 'atLeast', 几: 'atLeast', 来: 'approx' };

/**
 * Of those, the ones a page may set apart from the digits by a space (`150 余项`, `30 多个`): a count
 * then, as without the space (a measure word alone after a space is a flattened table's next cell).
 */
export const INFIXES_AFTER_SPACE: ReadonlySet<string> = new Set(['余', '多']);

/**
 * Words that open with a suffix qualifier but are words of their own after the unit (`窃得1TB内部资料`,
 * `3项内容`, `5家内资企业`, `3人不到岗`): no qualifier there.
 */
export const NOT_SUFFIX_WORDS = [
  '内部', '内容', '内外', '内地', '内陆', '内河', '内资', '内需', '内贸', '内销', '内设', '内蒙古', '内存', '内核', '内网', '内科',
  // 不到 + a place or a due date is a verb (`3人不到岗`, `2项不到位`)
  '不到位', '不到岗', '不到场', '不到会', '不到期', '不到校',
] as const;

/**
 * Words after a range's upper bound that close it (`保持在8%至10%之间`, `价格在3000元到5000元之间`): part of the
 * mention, no qualifier of their own (a range's stays `range`); before, they went to the label (`增长率之间`).
 * `fixtures/extract/range-between`
 */
export const RANGE_SUFFIXES = ['之间'] as const;
/**
 * Words joining a range's two ends when a RANGE_SUFFIXES word closes it (`介于100亿元与200亿元之间`, `在3%和5%之间`):
 * without the closing word they join two items of a list (`出口100亿元和进口200亿元`).
 */
export const BETWEEN_JOINERS = ['与', '和', '及'] as const;

/** Words after the unit (`25%以上`, `0.4%以内`, `50名左右`). */
export const SUFFIX_QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  // past 或/及 or a parenthesis (`60%或以上`, `5人(含本数)以下`, `3年及以上`)
  或以上: 'atLeast',
  及以上: 'atLeast',
  或以下: 'atMost',
  及以下: 'atMost',
  '(含本数)以上': 'atLeast',
  '(含本数)以下': 'atMost',
  '(含)以上': 'atLeast',
  '(含)以下': 'atMost',
  // the bound's own figure counted in before 以内/内 too (`补发时长在24个月(含)内`, `5个工作日(含本数)以内`)
  '(含本数)以内': 'atMost',
  '(含)以内': 'atMost',
  '(含)内': 'atMost',
  以上: 'atLeast',
  以下: 'atMost',
  以内: 'atMost',
  之内: 'atMost',
  内: 'atMost',
  左右: 'approx',
  上下: 'approx',
  // `上线10分钟不到`, `5%不到`: short of the number
  不到: 'atMost',
};

/**
 * Adverbs that qualify a number a few words later (`至少接受1次`): the qualifier holds, the
 * words in between stay out of `raw`.
 */
export const DISTANT_QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  // a negated comparison over a few words (`不得低于货物价值的10%`)
  ...negatedComparisons(),
  至少: 'atLeast',
  最少: 'atLeast',
  最多: 'atMost',
  至多: 'atMost',
  不得超过: 'atMost',
  不超过: 'atMost',
  不少于: 'atLeast',
  不得少于: 'atLeast',
  // `约占全国的三分之一`; a bare distant 约 would misread `约束性指标3个`
  约占: 'approx',
};

/**
 * A cap or a floor stated before a verb of granting or reaching, right before the number (`每年最高补助50万元`,
 * `最高奖励20万元`, `补助最高可达30万元`, `最低给予5000元`): a distant qualifier, like DISTANT_QUALIFIERS. Only
 * before one of CAP_VERBS: `最高气温35℃`, `最低工资标准为2030元` and an observed extreme (`日均客流量最高为12.5万人次`,
 * `最低为零下12℃`) name a value, which is exact.
 */
export const CAP_QUALIFIERS: Readonly<Record<string, Qualifier>> = {
  最高: 'atMost',
  最低: 'atLeast',
};
export const CAP_VERBS = [
  '可达', '可获得', '可获', '可享受', '可给予', '可补助', '可奖励',
  '补助', '补贴', '奖励', '奖补', '资助', '支持', '给予', '扶持', '贴息', '减免', '补偿', '奖', '补',
] as const;

/**
 * A distant qualifier with this right after it modifies a noun as a superlative (`出口最多的东盟占…的35.2%`,
 * `销量最多的品牌销售120万辆`): no bound on the number.
 */
export const SUPERLATIVE_MARK = '的';

/** How many characters may stand between a distant qualifier and its numeral. */
export const DISTANT_QUALIFIER_GAP = 6;
/**
 * …and before a share of a named whole (`不超过所在统筹地区大病保险原封顶线的20%`): words only, the
 * last of them 的 right before the numeral, at most this many (fixtures/extract/share-of-whole-bound).
 */
export const SHARE_QUALIFIER_GAP = 20;
export const SHARE_OF = '的';

/** Range connectors between two numerals (`2-3个`, `3至5个`, `0.95到1.05`). */
export const RANGE_CONNECTORS = ['-', '—', '–', '~', '～', '至', '到'] as const;
