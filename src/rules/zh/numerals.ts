// What Chinese numerals are made of: the declarative tables src/stages/extract/parse-chinese-number.ts
// reads. Adding a character or a word is a new row here, not a new branch there.

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
  點: '点',
  負: '负',
  // ○ (U+25CB WHITE CIRCLE) often stands for 〇 in scraped years: 二○一九
  '○': '〇',
  // U+2212 MINUS SIGN
  '−': '-',
};

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
export const MAGNITUDE_CHARS: Readonly<Record<string, Omit<Magnitude, 'word'> & { repeats: boolean }>> = {
  万: { power: 4, coefficientPowerLimit: 4, repeats: false },
  亿: { power: 8, coefficientPowerLimit: 8, repeats: true },
};

/** Decimal point in words: 五点一 = 5.1. */
export const DECIMAL_POINT = '点';

/** Signs that make a numeral negative; only one, and only in front. */
export const NEGATIVE_SIGNS: readonly string[] = ['负', '-'];

/** `X分之Y` is Y / X: 三分之一 = 1/3. */
export const FRACTION_MARKER = '分之';

/** Proportions whose denominator is a magnitude word that does not stand alone (万分之三). */
export const PROPORTION_PREFIXES: Readonly<Record<string, number>> = { 百分之: 2, 千分之: 3, 万分之: 4 };

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
