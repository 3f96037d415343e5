// What Chinese numerals are made of: the one numeral vocabulary of the project. The parser
// (./parse-number.ts), the heading-marker reader (./marker-numerals.ts) and the metric finder
// (src/stages/extract/find-candidates.ts) all read these tables; the finder's character sets and
// magnitude words at the end of this file are derived from them, never written again.
// Adding a character or a word is a new row here, not a new branch there.

/**
 * Variant characters folded to one alphabet before parsing (Recognizers-Text's lesson: fold
 * early, once): financial forms (大写), traditional forms, and look-alikes scrapers leave behind.
 */
export const NUMERAL_VARIANT_FOLDS: Readonly<Record<string, string>> = {
  壹: '一',
  贰: '二',
  貳: '二',
  弍: '二',
  叁: '三',
  叄: '三',
  參: '三',
  肆: '四',
  伍: '五',
  陆: '六',
  陸: '六',
  柒: '七',
  捌: '八',
  玖: '九',
  拾: '十',
  佰: '百',
  仟: '千',
  萬: '万',
  億: '亿',
  兩: '两',
  倆: '两',
  俩: '两',
  幾: '几',
  個: '个',
  對: '对',
  雙: '双',
  點: '点',
  負: '负',
  // ○ (U+25CB WHITE CIRCLE) often stands for 〇 in scraped years: 二○一九
  '○': '〇',
  // U+2212 MINUS SIGN
  '−': '-',
  // fullwidth forms the fullwidth fold below does not cover
  '／': '/',
  '＋': '+',
  '％': '%',
};

/**
 * The traditional forms among NUMERAL_VARIANT_FOLDS' keys (the rest are financial forms and
 * look-alikes): the metric reading's view folds these with the other traditional forms
 * (src/rules/zh/script-forms.ts); never a financial form, nor 參 and 陸, words in traditional prose
 * (`參與` is to take part, `大陸` the mainland), not the numbers 三 and 六.
 */
export const TRADITIONAL_NUMERAL_CHARS = '萬億兩倆幾個對雙點負';

/** Fullwidth digits and separators, folded to ASCII by FULLWIDTH_OFFSET (src/rules/zh/normalise.ts). */
export const FULLWIDTH_NUMERIC_CHARS = '０１２３４５６７８９，．－';

/** Digit characters and their values. */
export const DIGIT_VALUES: Readonly<Record<string, number>> = {
  〇: 0,
  零: 0,
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
};

/**
 * Digits that only count hundreds and up (两百, 两千, 两万, 一万两 = 12000) or stand alone (两个):
 * tens and units are written 二 (二十, 十二), and 十两 is ten taels, not 12.
 */
export const DIGIT_MIN_PLACE_POWER: Readonly<Record<string, number>> = { 两: 2 };

/** Zero digits: in a structured numeral they mark a gap (一千零五 = 1005). */
export const ZERO_DIGITS = '〇零';


/**
 * Digits that can be read one by one, positionally, as years are (二〇三五 = 2035, 一二三 = 123).
 * 两 is not among them: it is only ever a count (两千), never a written digit.
 */
export const POSITIONAL_DIGITS = '〇零一二三四五六七八九';

/**
 * Two neighbouring digits spoken as an approximate range, "n or m" (三四个 = three or four):
 * rejected rather than read positionally as 34. The extractor reads them as a range.
 */
export const APPROXIMATE_PAIRS: readonly string[] = ['一两', '一二', '两三', '二三', '三四', '四五', '五六', '六七', '七八', '八九', '三五'];

/** Each approximate pair as its two values (`一两` → [1, 2]). */
export const APPROXIMATE_PAIR_VALUES: Readonly<Record<string, readonly [number, number]>> = Object.fromEntries(
  APPROXIMATE_PAIRS.map((pair) => [pair, [DIGIT_VALUES[pair[0]!]!, DIGIT_VALUES[pair[1]!]!] as const]),
);

/** The digits 一…九 as written in markers and short counts (no 〇/零, no 两): for character classes. */
export const COUNTING_DIGIT_CHARS: string = Object.keys(DIGIT_VALUES)
  .filter((c) => !ZERO_DIGITS.includes(c) && DIGIT_MIN_PLACE_POWER[c] === undefined)
  .join('');

/** Units within a four-digit section, by power of ten. */
export const UNIT_POWERS: Readonly<Record<string, number>> = { 十: 1, 百: 2, 千: 3 };

/** One character that stands for a digit and 十 together. */
export const TENS_COMPOUNDS: Readonly<Record<string, number>> = { 廿: 20, 卅: 30, 卌: 40 };

export interface Magnitude {
  readonly word: string;
  readonly power: number;
  /** A coefficient spelled in Chinese stays below 10^this (九千九百九十九万 fits before 亿, not before 万). */
  readonly coefficientPowerLimit: number;
}

/**
 * The magnitude characters. Written together they multiply, smaller first (万亿 = 10^12, 亿亿 =
 * 10^16, 万亿亿 = 10^20): a run's power is the sum of its characters' powers, and its coefficient
 * stays below the first character's limit. A larger character before a smaller one (亿万) is no
 * compound, and only a `repeats` character may follow itself (万万 is refused: write 亿).
 */
export const MAGNITUDE_CHARS: Readonly<Record<string, Omit<Magnitude, 'word'> & { repeats: boolean; inRunningText: boolean }>> = {
  万: { power: 4, coefficientPowerLimit: 4, repeats: true, inRunningText: true },
  亿: { power: 8, coefficientPowerLimit: 8, repeats: true, inRunningText: true },
  // 兆 is 10^12 in a bare numeral (五兆六十二亿, as Recognizers-Text reads it); in running text it is
  // the SI prefix mega (50兆瓦, 兆帕, 兆赫), so the metric finder never takes it for a magnitude.
  兆: { power: 12, coefficientPowerLimit: 4, repeats: false, inRunningText: false },
};

/** Decimal point in words: 五点一 = 5.1. */
export const DECIMAL_POINT = '点';

/**
 * In running text a minus right before digits is their sign only after a word or a colon
 * (`自然增长率-4.21‰`, `增速为-3.4%`, `增长:-2.1%`, `由–46.7%升至–4.7%`): after a digit or a Latin
 * letter it joins a range, a date or a code (`1-3月`, `1%–1.5%`, `2024-01-05`, `0592-5551234`,
 * `COVID-19`), and at a line's start it is a list mark. The hyphen-minus, the minus sign (U+2212)
 * and the en dash that word processors set for it (Hong Kong and Taiwan pages print a negative rate
 * so); never the em dash, which sets off a clause (`两项——3个`). Only a signed unit takes it
 * (SIGNED_UNIT_DIMENSIONS): before a count the dash sets off a clause (`进展–12个项目`).
 */
export const MINUS_SIGNS: readonly string[] = ['-', '\u2212', '\u2013'];

/** Signs that make a numeral negative; only one, and only in front: 负 and the minus signs. */
export const NEGATIVE_SIGNS: readonly string[] = ['负', ...MINUS_SIGNS];

export const SIGN_MAY_FOLLOW = /[\u4e00-\u9fff:：]/;

/** `X分之Y` is Y / X: 三分之一 = 1/3. */
export const FRACTION_MARKER = '分之';

/** Proportions whose denominator is a magnitude word that does not stand alone (万分之三). */
export const PROPORTION_PREFIXES: Readonly<Record<string, number>> = { 百分之: 2, 千分之: 3, 万分之: 4 };

/** The unit a metric writes a proportion in (`百分之五` → 5 %); a proportion without one is no metric. */
export const PROPORTION_UNITS: Readonly<Record<string, string>> = { 百分之: '%', 千分之: '‰' };

/**
 * Signs after a number that scale it as a proportion does (5% = 0.05), as the parser reads them
 * (the metric finder keeps them as units).
 */
export const PROPORTION_SIGNS: Readonly<Record<string, number>> = { '%': 2, '‰': 3 };

/**
 * Rates written as a bare 万 or 千 then digits, the brokers' shorthand: 万三 = 万分之三 = 0.0003
 * (佣金万三), 千四五 = 千分之四十五 = 0.045, as chinese2digits reads them. Where the peers disagree we
 * choose: the shorthand is read only where the text has no other reading here. 万 + digits had
 * none (a magnitude with no number before it is refused, as 亿五 still is), so 万三 is 0.0003, not
 * Duckling's 19000 (萬九); 千 + one digit keeps its spoken-elision reading, 千三 = 1300 as
 * Duckling and Recognizers-Text read it, so the shorthand needs two digits after 千 (千四五).
 * The digits are read one by one (四五 = 45).
 */
export const RATE_SHORTHANDS: Readonly<Record<string, { readonly power: number; readonly minDigits: number }>> = {
  万: { power: 4, minDigits: 1 },
  千: { power: 3, minDigits: 2 },
};

/** Mixed numbers: `三又三分之一` = 3 + 1/3. */
export const MIXED_NUMBER_MARKER = '又';

/**
 * Fraction markers besides 分之, read only in a bare numeral with a numeral on both sides: the
 * Cantonese 十份十一 (11/10) and 十分一 (1/10).
 */
export const LOOSE_FRACTION_MARKERS: readonly string[] = ['份', '分'];

/** Money in words: 壹拾壹元壹角壹分 = 11.11. Each unit and its power of ten (元 = 0). */
export const MONEY_UNIT_POWERS: Readonly<Record<string, number>> = { 元: 0, 圆: 0, 角: -1, 分: -2 };

/** Words that close an amount in words and add nothing (叁仟元整). */
export const MONEY_CLOSERS: readonly string[] = ['整', '正'];

/**
 * Measure words that multiply the number before them, read by the parser only (一打 = 12,
 * 五对 = 10, 两个 = 2); the metric finder keeps them as units.
 */
export const MULTIPLYING_MEASURE_WORDS: Readonly<Record<string, number>> = { 个: 1, 对: 2, 双: 2, 打: 12 };

/** Letter suffixes for thousands, millions and billions (100K, 1.2M, .0012G): parser only. */
export const LETTER_MAGNITUDES: Readonly<Record<string, number>> = { k: 3, K: 3, M: 6, G: 9 };

/** Half: 半 = 0.5, 一半 = 0.5, 半百 = 50, 三个半 = 3.5. */
export const HALF = '半';


/** `X成` is X tenths: 三成 = 0.3, 三成五 = 0.35. */
export const TENTHS_MARKER = '成';

/**
 * Words in which a numeral character is not a number. Each holds a character that is not a
 * numeral, so it is rejected anyway; the entry makes the reason say what the word is.
 */
export const NOT_A_NUMBER_WORDS: readonly { readonly word: string; readonly reason: string }[] = [
  { word: '大陆', reason: '陆 in 大陆 (mainland) is not the financial 6' },
  { word: '陆续', reason: '陆 in 陆续 (one after another) is not the financial 6' },
  { word: '陆地', reason: '陆 in 陆地 (land) is not the financial 6' },
  { word: '陆路', reason: '陆 in 陆路 (by land) is not the financial 6' },
  { word: '登陆', reason: '陆 in 登陆 (landing) is not the financial 6' },
  { word: '两岸', reason: '两 in 两岸 (both sides of the Strait) names a pair, not a count' },
  { word: '半岛', reason: '半 in 半岛 (peninsula) is not a half' },
  { word: '半半', reason: '半半 is not a number' },
];

/**
 * Every character that can occur inside a Chinese numeral (digits, 两, units, magnitudes,
 * financial and traditional forms, 点), as one string for a regular-expression character class.
 * Signs, 分之 and 成 are not included: they are words around a numeral, found by their own rules.
 */
export const CHINESE_NUMERAL_CHARS: string = [
  ...Object.keys(DIGIT_VALUES),
  ...Object.keys(UNIT_POWERS),
  ...Object.keys(TENS_COMPOUNDS),
  ...Object.keys(MAGNITUDE_CHARS),
  DECIMAL_POINT,
  ...Object.entries(NUMERAL_VARIANT_FOLDS)
    .filter(([, to]) => to !== '-' && !NEGATIVE_SIGNS.includes(to))
    .map(([from]) => from),
].join('');

// ---------------------------------------------------------------------------------------------
// What the metric finder reads in running text, derived from the tables above.

/** Magnitude characters the finder reads (兆 is the SI prefix there). */
const RUNNING_MAGNITUDE_CHARS = Object.keys(MAGNITUDE_CHARS).filter((c) => MAGNITUDE_CHARS[c]!.inRunningText);

/** Variant characters that fold to a character of the finder's alphabet. */
const variantsOf = (chars: readonly string[]): string[] =>
  Object.entries(NUMERAL_VARIANT_FOLDS)
    .filter(([, to]) => chars.includes(to))
    .map(([from]) => from);

/**
 * The magnitude characters of running text with their variant forms (万 萬, 亿 億): a numeral made of them alone
 * (`万`, `亿`, `万亿`) has no number before it, which the parser refuses; after a prefix qualifier the finder reads
 * it as one of it (`近万家`, `逾亿元`).
 */
export const BARE_MAGNITUDE_CHARS: ReadonlySet<string> = new Set([...RUNNING_MAGNITUDE_CHARS, ...variantsOf(RUNNING_MAGNITUDE_CHARS)]);

/** Whether `numeral` is magnitude characters alone (BARE_MAGNITUDE_CHARS). */
export function isBareMagnitude(numeral: string): boolean {
  if (numeral.length === 0) return false;
  for (const ch of numeral) if (!BARE_MAGNITUDE_CHARS.has(ch)) return false;
  return true;
}

/**
 * Characters of a Chinese numeral run in running text (digits, 两, units, 廿 卅 卌, 万 亿 and their
 * financial and traditional forms); 点 is read apart, and 兆 not at all.
 */
export const NUMERAL_RUN_CHARS: string = (() => {
  const base = [...Object.keys(DIGIT_VALUES), ...Object.keys(UNIT_POWERS), ...Object.keys(TENS_COMPOUNDS), ...RUNNING_MAGNITUDE_CHARS];
  return [...new Set([...base, ...variantsOf(base)])].join('');
})();

/** The decimal point of a Chinese numeral, with its traditional form (`五点一`, `五點一`). */
export const CHINESE_DECIMAL_POINT = DECIMAL_POINT;

/** A fraction in words (`三分之一`): the finder writes it in the percent unit. */
export const FRACTION_MARK = FRACTION_MARKER;

/**
 * Magnitude words that may follow Arabic digits inside one numeral (`2.17万亿`, `3.9万`, `20千`),
 * longest first: a place unit or none, then a run of magnitude characters (万, 亿, 万亿, 亿亿), or a
 * place unit alone; each with its variant forms. When no unit follows a magnitude, the finder tries
 * a shorter reading (`0.5百分点` is 0.5 + `百分点`, not 50 + `分点`).
 */
export const MAGNITUDES: readonly string[] = (() => {
  const runs = ['万', '亿', '万亿', '亿亿', '万万', '万亿亿', '万万亿'];
  const words = new Set<string>();
  for (const run of runs) {
    for (const unit of ['', ...Object.keys(UNIT_POWERS)]) words.add(unit + run);
  }
  for (const unit of Object.keys(UNIT_POWERS)) if (UNIT_POWERS[unit]! >= 2) words.add(unit);
  for (const word of [...words]) {
    const folded = [...word].map((c) => variantsOf([c])[0]).filter(Boolean);
    if (word.length === 1 && folded.length === 1) words.add(folded[0]!);
  }
  // ties by code unit: localeCompare's first call builds ICU's collator, about 5 ms of every
  // process's start-up, for the same order here (these are all CJK ideographs, which the root
  // collation orders by code point)
  return [...words].sort((a, b) => b.length - a.length || byCodeUnits(a, b));
})();

function byCodeUnits(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Longest plausible numeral in running text: a longer run of digits is a code or noise, not a quantity. */
export const MAX_NUMERAL_LENGTH = 24;
