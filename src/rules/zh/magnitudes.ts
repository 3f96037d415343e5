// Chinese magnitudes that may follow Arabic digits inside one numeral (`2.17万亿`, `3.9万`,
// `8160.5万`). The numeral parser applies them; the extractor only needs to know where a numeral
// ends. Longest first; when no unit follows a magnitude, a shorter reading is tried (`0.5百分点`
// is 0.5 + `百分点`, not 50 + `分点`).
export const MAGNITUDES = ['万亿', '亿亿', '千亿', '百亿', '十亿', '千万', '百万', '十万', '亿', '万', '千', '百', '萬', '億'] as const;

/** Characters of Chinese numerals (digits, 两, units 十百千, magnitudes, financial forms, 廿 卅). */
export const CHINESE_NUMERAL_CHARS = '〇零一二两兩三四五六七八九十百千万萬亿億壹贰貳叁參肆伍陆陸柒捌玖拾佰仟廿卅';

/** The decimal point of a Chinese numeral (`五点一`). */
export const CHINESE_DECIMAL_POINT = '点';

/** A fraction in words (`三分之一`): written in the percent unit (33.33… %). */
export const FRACTION_MARK = '分之';

/** Proportion prefixes: `百分之五点一` is 5.1 %, `千分之三` is 3 ‰. */
export const PROPORTION_PREFIXES: Readonly<Record<string, string>> = { 百分之: '%', 千分之: '‰' };

/**
 * Approximate pairs of adjacent digits (`一两个`, `三五年`): a range from the first to the second.
 * Listed rather than computed, because only neighbouring digits form one.
 */
export const APPROXIMATE_PAIRS: Readonly<Record<string, readonly [number, number]>> = {
  一两: [1, 2],
  两三: [2, 3],
  三四: [3, 4],
  三五: [3, 5],
  四五: [4, 5],
  五六: [5, 6],
  六七: [6, 7],
  七八: [7, 8],
  八九: [8, 9],
};

/** Longest plausible numeral: a longer run of digits is a code or noise, not a quantity. */
export const MAX_NUMERAL_LENGTH = 24;
