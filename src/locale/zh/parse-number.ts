// parseChineseNumber(text): the plain number the words spell, or throws NotANumberError saying why.
// parseChineseQuantity(text): a number with the qualifier its words give (一千多万, 三四十, 约五百).
//
// Reads Chinese numerals (三千零五, 两千六, 二〇三五, 一百十一, 四万万, 五兆), financial and
// traditional forms (壹萬貳仟), money in words (壹拾壹元壹角壹分), Arabic digits with Chinese
// magnitudes (2.17万亿, 1万600, 20千, 3.1千万) or letters (1.2M), scientific notation (2e5),
// decimals (五点一, .5), fractions and proportions (三分之一, 3/5, 三又三分之一, 百分之五点一, 5%, 三成),
// 半, measure words that multiply (一打), spaces inside (7 万5 千) and a leading 负 or -. All
// character knowledge lives in ./numerals.ts, the project's one numeral vocabulary.
//
// Values are computed exactly, as decimal digit strings (never float multiplication: 2.3 * 1e8 is
// 229999999.99999997), and turned into a number once, at the end, by Number(): the result is the
// double nearest to the value the text spells, so beyond Number.MAX_SAFE_INTEGER it is rounded like
// any JSON number; a value beyond Number.MAX_VALUE is rejected. Every step is linear in the text.
import { FULLWIDTH_OFFSET } from '../../rules/zh/normalise.js';
import {
  APPROXIMATE_PAIRS,
  CHINESE_NUMERAL_CHARS,
  DECIMAL_POINT,
  DIGIT_MIN_PLACE_POWER,
  DIGIT_VALUES,
  FRACTION_MARKER,
  FULLWIDTH_NUMERIC_CHARS,
  HALF,
  LETTER_MAGNITUDES,
  LOOSE_FRACTION_MARKERS,
  MAGNITUDE_CHARS,
  MIXED_NUMBER_MARKER,
  MONEY_CLOSERS,
  MONEY_UNIT_POWERS,
  MULTIPLYING_MEASURE_WORDS,
  NEGATIVE_SIGNS,
  NOT_A_NUMBER_WORDS,
  NUMERAL_VARIANT_FOLDS,
  POSITIONAL_DIGITS,
  PROPORTION_PREFIXES,
  PROPORTION_SIGNS,
  RATE_SHORTHANDS,
  TENS_COMPOUNDS,
  TENTHS_MARKER,
  UNIT_POWERS,
  ZERO_DIGITS,
  type Magnitude,
} from './numerals.js';
import { alternation } from '../../lib/pattern.js';
import { ownCopy } from '../../lib/own-copy.js';
import { INFIX_QUALIFIERS, PREFIX_QUALIFIERS, RANGE_CONNECTORS, SUFFIX_QUALIFIERS } from '../../rules/zh/qualifiers.js';

export { CHINESE_NUMERAL_CHARS };

/** How much of a rejected text the message quotes (the full text stays on `.text`). */
const QUOTED_TEXT_MAX = 40;

export class NotANumberError extends Error {
  /** Stable, for diagnostics. */
  readonly code = 'numeral/not-a-number';
  constructor(
    readonly text: string,
    readonly reason: string,
  ) {
    const quoted = text.length > QUOTED_TEXT_MAX ? `${quote(text)} (${text.length} chars)` : text;
    super(`"${quoted}" is not a number: ${reason}`);
    this.name = 'NotANumberError';
  }
}

/**
 * Thrown inside the parser; parseChineseNumber attaches the text. Not an Error: capturing a stack
 * trace for every refused numeral would cost more than parsing it, and it never escapes this module.
 */
class Rejection {
  constructor(readonly message: string) {}
}

function reject(reason: string): never {
  throw new Rejection(reason);
}

/** Plain Arabic digits with an optional decimal part: most numerals, and Number() reads them exactly as the full parser would. */
const PLAIN_DECIMAL = /^\d{1,300}(?:\.\d{1,300})?$/;

/**
 * Plain Arabic digits and one magnitude character (`99.9亿`, `3万`): a third of the numerals of
 * running text. Their value is the decimal `digits × 10^power`, which Number() reads exactly as the
 * full parser's last step (toNumber) does; the digit counts keep it far from any limit.
 */
const PLAIN_DECIMAL_MAGNITUDE = new RegExp(`^(\\d{1,15}(?:\\.\\d{1,15})?)([${Object.keys(MAGNITUDE_CHARS).join('')}])$`);
/** Each magnitude character's power (MAGNITUDE_CHARS), as a Map: looked up by a fresh match of the text. */
const MAGNITUDE_POWER: ReadonlyMap<string, number> = new Map(Object.entries(MAGNITUDE_CHARS).map(([char, m]) => [char, m.power]));

/** The value, or the reason the text is no number. */
function parseOrReason(text: string): number | Rejection {
  if (PLAIN_DECIMAL.test(text)) return Number(text);
  const magnified = PLAIN_DECIMAL_MAGNITUDE.exec(text);
  if (magnified) return Number(`${magnified[1]}e${MAGNITUDE_POWER.get(magnified[2]!)!}`);
  if (text.length > REMEMBERED_MAX_CHARS) return parseFully(text);
  let result = REMEMBERED.get(text);
  if (result === undefined) {
    result = parseFully(text);
    if (REMEMBERED.size >= REMEMBERED_MAX) REMEMBERED.clear();
    // the key is a copy: a slice of a document's text would keep the whole text alive with it
    REMEMBERED.set(ownCopy(text), result);
  }
  return result;
}

/**
 * The full parser's answers by text (a value, or the Rejection, which is never changed): running
 * text repeats its numerals in words (`两`, `十五点一`, `一万二千零五十亿`), and the full parser
 * costs some 10 µs a call where a lookup costs nanoseconds. Short texts only, and at most
 * REMEMBERED_MAX of them: emptied when full. Keys are copies (ownCopy), never views into a
 * document's text, so the cache holds no document past its run.
 */
const REMEMBERED = new Map<string, number | Rejection>();
const REMEMBERED_MAX = 4096;
const REMEMBERED_MAX_CHARS = 32;

function parseFully(text: string): number | Rejection {
  try {
    return parseSigned(prepare(text));
  } catch (error) {
    if (error instanceof Rejection) return error;
    throw error;
  }
}

export function parseChineseNumber(text: string): number {
  const result = parseOrReason(text);
  if (result instanceof Rejection) throw new NotANumberError(text, result.message);
  return result;
}

/** parseChineseNumber for callers that only need to know whether the text is a number: null instead of a throw. */
export function tryParseChineseNumber(text: string): number | null {
  const result = parseOrReason(text);
  return result instanceof Rejection ? null : result;
}

/** The qualifiers of the metric contract (spec/metrics.md) a quantity in words can carry. */
export type QuantityQualifier = 'exact' | 'approx' | 'atLeast' | 'atMost' | 'range';

export interface ChineseQuantity {
  value: number;
  qualifier: QuantityQualifier;
  /** the upper end of a range (三四十 → 30 to 40) */
  valueMax?: number;
}

// the qualifier words are the metric finder's own (src/rules/zh/qualifiers.ts)
const QUANTITY_PREFIX_LIST = Object.keys(PREFIX_QUALIFIERS).sort((a, b) => b.length - a.length);
const QUANTITY_SUFFIX_LIST = Object.keys(SUFFIX_QUALIFIERS).sort((a, b) => b.length - a.length);
const QUANTITY_INFIX = new RegExp(`[${Object.keys(INFIX_QUALIFIERS).join('')}]`, 'u');
const APPROXIMATE_PAIR_RE = new RegExp(APPROXIMATE_PAIRS.join('|'), 'u');
/** Words joining the two ends of a range in a quantity (三到五, 2至3万, 20~30). */
const RANGE_CONNECTOR = new RegExp(alternation(RANGE_CONNECTORS));
const TRAILING_MAGNITUDE_WORD = /[万亿]+$/u;

/**
 * A quantity in words: the number with the qualifier its words give. 一千多万 → {10000000,
 * 'atLeast'}, 二十几万 → {200000, 'atLeast'}, 三四十 → {30, 'range', valueMax: 40}, 约五百 → {500,
 * 'approx'}, 五百以上 → {500, 'atLeast'}; a plain number is 'exact'. Throws NotANumberError as
 * parseChineseNumber does.
 */
export function parseChineseQuantity(text: string): ChineseQuantity {
  try {
    return readQuantity(prepare(text));
  } catch (error) {
    if (error instanceof Rejection) throw new NotANumberError(text, error.message);
    throw error;
  }
}

function readQuantity(whole: string): ChineseQuantity {
  let text = whole;
  let qualifier: QuantityQualifier = 'exact';
  const prefix = QUANTITY_PREFIX_LIST.find((p) => text.startsWith(p) && text.length > p.length);
  if (prefix) {
    qualifier = PREFIX_QUALIFIERS[prefix]!;
    text = text.slice(prefix.length);
  }
  const suffix = QUANTITY_SUFFIX_LIST.find((p) => text.endsWith(p) && text.length > p.length);
  if (suffix) {
    const q = SUFFIX_QUALIFIERS[suffix]!;
    if (qualifier !== 'exact' && qualifier !== q) reject(`${prefix} and ${suffix} qualify it in two ways`);
    qualifier = q;
    text = text.slice(0, -suffix.length);
  }
  const infix = QUANTITY_INFIX.exec(text);
  if (infix) {
    // 一千多万 = 1000万 and more: the words before the infix, scaled by the magnitude after it
    let before = text.slice(0, infix.index);
    const after = text.slice(infix.index + 1);
    if (before === '') reject(`${infix[0]} needs a number before it`);
    // 一百零几万: the 零 stood before the unknown digit
    if (ZERO_DIGITS.includes(before[before.length - 1]!) && before.length > 1) before = before.slice(0, -1);
    if (after !== '' && !/^[十百千万亿]+$/u.test(after)) reject(`${infix[0]} may only be followed by a magnitude (十多万)`);
    const value = parseSigned(before + after);
    return { value, qualifier: qualifier === 'exact' ? INFIX_QUALIFIERS[infix[0]]! : qualifier };
  }
  const connector = RANGE_CONNECTOR.exec(text);
  if (connector && connector.index > 0) {
    // 三到五, 2至3万: a magnitude written only after the upper end scales the lower end too
    if (qualifier !== 'exact') reject(`a range (${connector[0]}) takes no other qualifier`);
    let lowText = text.slice(0, connector.index);
    const highText = text.slice(connector.index + connector[0].length);
    const magnitude = TRAILING_MAGNITUDE_WORD.exec(highText)?.[0] ?? '';
    if (magnitude && !TRAILING_MAGNITUDE_WORD.test(lowText)) lowText += magnitude;
    const value = parseSigned(lowText);
    const valueMax = parseSigned(highText);
    if (!(valueMax > value)) reject('the upper end of a range is not above its lower end');
    return { value, qualifier: 'range', valueMax };
  }
  const pair = APPROXIMATE_PAIR_RE.exec(text);
  if (pair) {
    // 三四十 = 30 to 40; 十七八 = 17 to 18: each digit of the pair in its place
    const at = pair.index;
    const low = parseSigned(text.slice(0, at) + pair[0][0] + text.slice(at + 2));
    const high = parseSigned(text.slice(0, at) + pair[0][1] + text.slice(at + 2));
    if (qualifier !== 'exact') reject(`a range (${pair[0]}) takes no other qualifier`);
    return { value: low, qualifier: 'range', valueMax: high };
  }
  return { value: parseSigned(text), qualifier };
}

const FOLDABLE = new RegExp(`[${FULLWIDTH_NUMERIC_CHARS}${Object.keys(NUMERAL_VARIANT_FOLDS).join('')}]`, 'gu');

function foldVariants(text: string): string {
  return text.replace(FOLDABLE, (char) =>
    FULLWIDTH_NUMERIC_CHARS.includes(char) ? String.fromCodePoint(char.codePointAt(0)! - FULLWIDTH_OFFSET) : NUMERAL_VARIANT_FOLDS[char]!,
  );
}

/** `1 3/5`: a whole number, a space, and a fraction in digits. */
const MIXED_ARABIC = /^([-+]?)(\d+)\s+(\d+\/\d+)$/;
const SPACES = /\s+/gu;
const SPACE_BETWEEN_DIGITS = /\d\s+\.?\d/;

/**
 * Folds variants and removes the spaces scraped text leaves inside a numeral (7 万5 千4 百, 三千 八百
 * 九十六 万), keeping `1 3/5` a mixed number; a space between two Arabic numbers is refused.
 */
function prepare(text: string): string {
  const folded = foldVariants(text).trim();
  if (!/\s/.test(folded)) return folded;
  const mixed = MIXED_ARABIC.exec(folded);
  if (mixed) return `${mixed[1]}${mixed[2]}${MIXED_NUMBER_MARKER}${mixed[3]}`;
  if (SPACE_BETWEEN_DIGITS.test(folded)) reject('two Arabic numbers stand apart, not one number');
  return folded.replace(SPACES, '');
}

/** A run of digits that can be read one by one. */
const POSITIONAL_RUN = new RegExp(`^[${POSITIONAL_DIGITS}]+$`, 'u');
const POSITIONAL_DIGIT = new RegExp(`[${POSITIONAL_DIGITS}]`, 'gu');

/** 二〇三五 → "2035" */
function positionalDigits(text: string): string {
  return text.replace(POSITIONAL_DIGIT, (char) => String(DIGIT_VALUES[char]));
}

function quote(text: string): string {
  return text.length > QUOTED_TEXT_MAX ? `${text.slice(0, QUOTED_TEXT_MAX)}…` : text;
}

/** 2e5, 12.32e+14, -127.32e13, .5e1 */
const SCIENTIFIC = /^([-+]?)(\d+(?:\.\d*)?|\.\d+)[eE]([-+]?\d{1,4})$/;
/** 2^5, -2.5^-1: a power; the sign in front applies after it, signs of the exponent multiply. */
const POWER = /^([-+]?)(\d+(?:\.\d+)?)\^([-+]*)(\d{1,4})$/;

function parseSigned(text: string): number {
  if (text === '') reject('it is empty');
  for (const { word, reason } of NOT_A_NUMBER_WORDS) if (text.includes(word)) reject(reason);
  const scientific = SCIENTIFIC.exec(text);
  if (scientific) {
    const value = toNumber(shift(arabicExact(scientific[2]!), Number(scientific[3])));
    return scientific[1] === '-' && value !== 0 ? -value : value;
  }
  const power = POWER.exec(text);
  if (power) {
    const negativeExponent = [...power[3]!].filter((c) => c === '-').length % 2 === 1;
    const value = Number(power[2]) ** (negativeExponent ? -Number(power[4]) : Number(power[4]));
    if (!Number.isFinite(value)) reject('it is beyond the largest JavaScript number (Number.MAX_VALUE)');
    return power[1] === '-' && value !== 0 ? -value : value;
  }
  const sign = NEGATIVE_SIGNS.find((s) => text.startsWith(s));
  if (sign === undefined) return parseUnsigned(text);
  const body = text.slice(sign.length);
  if (body === '') reject(`${sign} has no number after it`);
  if (NEGATIVE_SIGNS.some((s) => body.startsWith(s))) reject('it has more than one sign');
  const value = parseUnsigned(body);
  return value === 0 ? 0 : -value;
}

/** A numeral that may carry its own sign inside a fraction or proportion (百分之负六十五点二八). */
function parseSignedExact(text: string, where: string): Exact & { negative: boolean } {
  const sign = NEGATIVE_SIGNS.find((s) => text.startsWith(s));
  const body = sign ? text.slice(sign.length) : text;
  return { ...parseExact(body, where), negative: sign !== undefined };
}

function signed(value: number, negative: boolean): number {
  return negative && value !== 0 ? -value : value;
}

/** `3/5`, `16/5` */
const ARABIC_FRACTION = /^(\d+(?:\.\d+)?)\/(\d+(?:\.\d+)?)$/;
const LETTER_MAGNITUDE_LIST = Object.keys(LETTER_MAGNITUDES);
const PROPORTION_SIGN_ENTRIES = Object.entries(PROPORTION_SIGNS);
const PROPORTION_PREFIX_ENTRIES = Object.entries(PROPORTION_PREFIXES);
const MEASURE_WORD_LIST = Object.keys(MULTIPLYING_MEASURE_WORDS);
const MONEY_MARK = new RegExp(`[${Object.keys(MONEY_UNIT_POWERS).filter((u) => MONEY_UNIT_POWERS[u]! >= -1).join('')}]|[${POSITIONAL_DIGITS}十百千]分$`, 'u');
const RATE_SHORTHAND = new RegExp(`^([${Object.keys(RATE_SHORTHANDS).join('')}])([${POSITIONAL_DIGITS}]+)$`, 'u');

/** The rate a bare 万/千 then digits spells (万三 = 0.0003), or null where the text reads otherwise (千三 = 1300). */
export function rateShorthand(text: string): number | null {
  const rate = RATE_SHORTHAND.exec(text);
  if (!rate) return null;
  const { power, minDigits } = RATE_SHORTHANDS[rate[1]!]!;
  if (rate[2]!.length < minDigits) return null;
  return toNumber({ digits: positionalDigits(rate[2]!), exponent: -power });
}

function parseUnsigned(text: string): number {
  const quantity = QUANTITY_INFIX.exec(text);
  if (quantity) reject(`${quantity[0]} makes it a quantity, not one number (parseChineseQuantity reads it)`);
  const mixedAt = text.indexOf(MIXED_NUMBER_MARKER);
  if (mixedAt >= 0) return parseMixed(text.slice(0, mixedAt), text.slice(mixedAt + MIXED_NUMBER_MARKER.length));
  for (const [sign, power] of PROPORTION_SIGN_ENTRIES) {
    if (text.endsWith(sign) && text.length > sign.length) return toNumber(shift(parseExact(text.slice(0, -sign.length), `before ${sign}`), -power));
  }
  const arabicFraction = ARABIC_FRACTION.exec(text);
  if (arabicFraction) return divide(arabicExact(arabicFraction[1]!), arabicExact(arabicFraction[2]!));
  for (const [prefix, power] of PROPORTION_PREFIX_ENTRIES) {
    if (text.startsWith(prefix)) {
      const value = parseSignedExact(text.slice(prefix.length), `after ${prefix}`);
      return signed(toNumber(shift(value, -power)), value.negative);
    }
  }
  const fractionAt = text.indexOf(FRACTION_MARKER);
  if (fractionAt >= 0) return parseFraction(text.slice(0, fractionAt), text.slice(fractionAt + FRACTION_MARKER.length));
  const tenthsAt = text.indexOf(TENTHS_MARKER);
  if (tenthsAt >= 0) return parseTenths(text.slice(0, tenthsAt), text.slice(tenthsAt + TENTHS_MARKER.length));
  if (MONEY_MARK.test(text)) return parseMoney(text);
  for (const marker of LOOSE_FRACTION_MARKERS) {
    const at = text.indexOf(marker);
    if (at > 0 && at < text.length - marker.length) return parseFraction(text.slice(0, at), text.slice(at + marker.length));
  }
  const last = text[text.length - 1]!;
  if (text.length > 1 && MEASURE_WORD_LIST.includes(last)) return parseUnsigned(text.slice(0, -1)) * MULTIPLYING_MEASURE_WORDS[last]!;
  if (text.length > 1 && LETTER_MAGNITUDE_LIST.includes(last)) {
    const body = text.slice(0, -1);
    if (!/^(?:\d[\d,]*(?:\.\d+)?|\.\d+)$/.test(body)) reject(`${last} follows Arabic digits only (1.2M)`);
    return toNumber(shift(parseExact(body, `before ${last}`), LETTER_MAGNITUDES[last]!));
  }
  if (text.includes(HALF)) return parseHalf(text);
  const rate = rateShorthand(text);
  if (rate !== null) return rate;
  return toNumber(parseExact(text, ''));
}

/** `三又三分之一` = 3 + 1/3; `3又一千分之23`. */
function parseMixed(wholeText: string, fractionText: string): number {
  const whole = toNumber(parseExact(wholeText, `before ${MIXED_NUMBER_MARKER}`));
  if (fractionText === '') reject(`${MIXED_NUMBER_MARKER} has no fraction after it`);
  if (!fractionText.includes(FRACTION_MARKER) && !ARABIC_FRACTION.test(fractionText) && !LOOSE_FRACTION_MARKERS.some((m) => fractionText.includes(m))) {
    reject(`after ${MIXED_NUMBER_MARKER} comes a fraction (三又三分之一)`);
  }
  const fraction = parseUnsigned(fractionText);
  if (fraction < 0) reject(`the fraction after ${MIXED_NUMBER_MARKER} is negative`);
  return whole + fraction;
}

/** 半 = 0.5, 一半 = 0.5, 半百 = 50, 三个半 = 3.5; 两千半 is refused (半 ends only a count of things). */
function parseHalf(text: string): number {
  if (text === HALF || text === `一${HALF}`) return 0.5;
  if (text.startsWith(HALF)) {
    const rest = text.slice(HALF.length);
    if (!/^[十百千万亿]$/u.test(rest)) reject(`${HALF} is followed by one place or magnitude only (半百)`);
    return toNumber(parseExact(`一${rest}`, '')) / 2;
  }
  const counted = `个${HALF}`;
  if (text.endsWith(counted) && text.length > counted.length) return toNumber(parseExact(text.slice(0, -counted.length), `before ${counted}`)) + 0.5;
  reject(`${HALF} stands alone, first (半百) or after 个 (三个半)`);
}

const MONEY_UNIT = new RegExp(`[${Object.keys(MONEY_UNIT_POWERS).join('')}]`, 'gu');

/** Money in words: 壹拾壹元壹角壹分 = 11.11, 叁仟壹佰万零伍拾肆元整, 壹元零壹分 = 1.01, 壹角. */
function parseMoney(whole: string): number {
  let text = whole;
  const closer = MONEY_CLOSERS.find((c) => text.endsWith(c));
  if (closer) text = text.slice(0, -closer.length);
  let total: Exact = { digits: '0', exponent: 0 };
  let at = 0;
  let lastPower = Infinity;
  for (const match of text.matchAll(MONEY_UNIT)) {
    const unit = match[0];
    const power = MONEY_UNIT_POWERS[unit]!;
    let amount = text.slice(at, match.index);
    // 壹元零壹分: 零 marks the missing 角
    if (lastPower !== Infinity && ZERO_DIGITS.includes(amount[0] ?? '') && amount.length > 1) amount = amount.slice(1);
    if (amount === '') reject(`${unit} needs an amount before it`);
    if (power >= lastPower) reject(`${unit} cannot follow a smaller or equal money unit`);
    const value = parseExact(amount, `before ${unit}`);
    if (power < 0 && !(isInteger(value) && isBelowPowerOfTen(value, 1))) reject(`${unit} counts one digit`);
    total = add(total, shift(value, power));
    lastPower = power;
    at = match.index + unit.length;
  }
  if (at !== text.length) reject(`${quote(text.slice(at))} follows the last money unit`);
  return toNumber(total);
}

/** An Arabic number with an optional leading point (.5) as an exact decimal. */
function arabicExact(text: string): Exact {
  const [integer = '', fraction = ''] = text.split('.');
  return { digits: (integer || '0') + fraction, exponent: -fraction.length };
}

function divide(numerator: Exact, denominator: Exact): number {
  if (isZero(denominator)) reject('the denominator is zero');
  // A power of ten divides exactly by shifting (百分之五点一 is 0.051, not 5.1 / 100).
  const power = powerOfTen(denominator);
  if (power !== null) return toNumber(shift(numerator, -power));
  const quotient = toNumber(numerator) / toNumber(denominator);
  // a denominator too small for a double (零点…零一, hundreds of places) reads as 0
  if (!Number.isFinite(quotient)) reject('the fraction is beyond the largest JavaScript number (Number.MAX_VALUE)');
  return quotient;
}

/** `denominator分之numerator`; the numerator may carry its own 负 (三分之负一). */
function parseFraction(denominatorText: string, numeratorText: string): number {
  const denominator = parseExact(denominatorText, `before ${FRACTION_MARKER}`);
  const numerator = parseSignedExact(numeratorText, `after ${FRACTION_MARKER}`);
  if (isZero(denominator)) reject(`the denominator before ${FRACTION_MARKER} is zero`);
  return signed(divide(numerator, denominator), numerator.negative);
}

/** `X成` or `X成Y`: X tenths and Y hundredths. */
function parseTenths(tenthsText: string, hundredthsText: string): number {
  const tenths = shift(parseExact(tenthsText, `before ${TENTHS_MARKER}`), -1);
  if (hundredthsText === '') return toNumber(tenths);
  const hundredths = DIGIT_VALUES[hundredthsText];
  if (hundredths === undefined || !POSITIONAL_RUN.test(hundredthsText)) reject(`after ${TENTHS_MARKER} only one digit may follow (三成五)`);
  return toNumber(add(tenths, shift(exactOfInteger(hundredths), -2)));
}

// ---------------------------------------------------------------------------------------------
// Exact decimals: value = digits × 10^exponent, digits an ASCII digit string without sign.

interface Exact {
  readonly digits: string;
  readonly exponent: number;
}

function exactOfInteger(value: number): Exact {
  return { digits: String(value), exponent: 0 };
}

function shift(value: Exact, power: number): Exact {
  return { digits: value.digits, exponent: value.exponent + power };
}

function significantDigits(value: Exact): string {
  const at = value.digits.search(/[1-9]/);
  return at < 0 ? '' : value.digits.slice(at);
}

function isZero(value: Exact): boolean {
  return significantDigits(value) === '';
}

function isInteger(value: Exact): boolean {
  if (value.exponent >= 0) return true;
  return /^0*$/.test(value.digits.slice(value.exponent));
}

/** Whether value < 10^power. */
function isBelowPowerOfTen(value: Exact, power: number): boolean {
  const digits = significantDigits(value);
  return digits === '' || digits.length + value.exponent <= power;
}

/** The power p when value is exactly 10^p, else null. */
function powerOfTen(value: Exact): number | null {
  const digits = significantDigits(value);
  if (!/^10*$/.test(digits)) return null;
  return digits.length - 1 + value.exponent;
}

function add(a: Exact, b: Exact): Exact {
  const exponent = Math.min(a.exponent, b.exponent);
  const left = a.digits + '0'.repeat(a.exponent - exponent);
  const right = b.digits + '0'.repeat(b.exponent - exponent);
  const width = Math.max(left.length, right.length);
  const x = left.padStart(width, '0');
  const y = right.padStart(width, '0');
  const sum: string[] = new Array<string>(width);
  let carry = 0;
  for (let i = width - 1; i >= 0; i--) {
    const digit = x.charCodeAt(i) + y.charCodeAt(i) - 2 * 48 + carry;
    carry = digit >= 10 ? 1 : 0;
    sum[i] = String(digit - 10 * carry);
  }
  return { digits: (carry ? '1' : '') + sum.join(''), exponent };
}

function toNumber(value: Exact): number {
  const digits = significantDigits(value);
  if (digits === '') return 0;
  const number = Number(`${digits}e${value.exponent}`);
  if (!Number.isFinite(number)) reject('it is beyond the largest JavaScript number (Number.MAX_VALUE)');
  return number;
}

// ---------------------------------------------------------------------------------------------
// Tokens

type Token =
  | { readonly kind: 'arabic'; readonly text: string; readonly value: Exact }
  | { readonly kind: 'digit'; readonly char: string; readonly value: number }
  | { readonly kind: 'unit'; readonly char: string; readonly power: number }
  | { readonly kind: 'tens'; readonly char: string; readonly value: number }
  | { readonly kind: 'magnitude'; readonly magnitude: Magnitude };

const ARABIC_RUN = /[0-9.,]+/y;
/** Plain digits, or digits grouped by commas in threes (1,234.5); an optional decimal part; or only one (.5). */
const ARABIC_NUMBER = /^(\d+|\d{1,3}(?:,\d{3})+|(?=\.))(?:\.(\d+))?$/;
/** One Arabic digit: before a place unit it stands for a Chinese digit (3千5 keeps its reading). */
const SINGLE_DIGIT = /^[1-9]$/;
const ARABIC_INTEGER_PART = 1;
const ARABIC_FRACTION_PART = 2;

function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  let at = 0;
  while (at < text.length) {
    ARABIC_RUN.lastIndex = at;
    const run = ARABIC_RUN.exec(text);
    if (run) {
      const token = arabicToken(run[0]);
      at += run[0].length;
      // 20千 = 20000, 3.1千万 = 31000000, 300十万: Arabic digits before place units scale by them
      // (one digit 1-9 stays a digit of the section: 3千5 is refused as ambiguous)
      // one place unit only (a magnitude may follow: 300十万); 20千百 is no numeral
      const power = SINGLE_DIGIT.test(token.text) ? undefined : UNIT_POWERS[text[at] ?? ''];
      if (power === undefined) {
        tokens.push(token);
        continue;
      }
      tokens.push({ kind: 'arabic', text: token.text + text[at]!, value: shift(token.value, power) });
      at++;
      continue;
    }
    const magnitude = magnitudeRunAt(text, at);
    if (magnitude) {
      tokens.push({ kind: 'magnitude', magnitude });
      at += magnitude.word.length;
      continue;
    }
    const char = String.fromCodePoint(text.codePointAt(at)!);
    at += char.length;
    const digit = DIGIT_VALUES[char];
    const unit = UNIT_POWERS[char];
    const tens = TENS_COMPOUNDS[char];
    if (digit !== undefined) tokens.push({ kind: 'digit', char, value: digit });
    else if (unit !== undefined) tokens.push({ kind: 'unit', char, power: unit });
    else if (tens !== undefined) tokens.push({ kind: 'tens', char, value: tens });
    else if (char === DECIMAL_POINT) reject(`${DECIMAL_POINT} must have digits on both sides, and appear once`);
    else reject(`${char} is not part of a numeral`);
  }
  return tokens;
}

/** The run of magnitude characters at `at` as one magnitude (万亿亿 = 10^20), or null. */
function magnitudeRunAt(text: string, at: number): Magnitude | null {
  let power = 0;
  let limit = 0;
  let previous = 0;
  let end = at;
  for (; end < text.length; end++) {
    const m = MAGNITUDE_CHARS[text[end]!];
    if (!m || m.power < previous || (m.power === previous && !m.repeats)) break;
    if (end === at) limit = m.coefficientPowerLimit;
    power += m.power;
    previous = m.power;
  }
  return end === at ? null : { word: text.slice(at, end), power, coefficientPowerLimit: limit };
}

/** Longer runs of magnitude characters are no magnitude (亿亿亿亿 is 10^32): the search stays linear. */
const MAX_MAGNITUDE_RUN = 4;

/** The run of magnitude characters ending `text`, when something stands before it (三点五万亿). */
function trailingMagnitude(text: string): Magnitude | null {
  let start = text.length;
  while (start > 1 && text.length - start < MAX_MAGNITUDE_RUN && MAGNITUDE_CHARS[text[start - 1]!]) start--;
  // the longest run that reads as one magnitude (亿万 ends in the run 万 alone)
  for (; start < text.length; start++) {
    const run = magnitudeRunAt(text, start);
    if (run && start + run.word.length === text.length) return run;
  }
  return null;
}

function arabicToken(text: string): Extract<Token, { kind: 'arabic' }> {
  const match = ARABIC_NUMBER.exec(text);
  if (!match) reject(`"${quote(text)}" is not a well-formed Arabic number (digits, commas every three digits, one point)`);
  const integerPart = match[ARABIC_INTEGER_PART]!.replaceAll(',', '') || '0';
  const fractionPart = match[ARABIC_FRACTION_PART] ?? '';
  return { kind: 'arabic', text, value: { digits: integerPart + fractionPart, exponent: -fractionPart.length } };
}

function describe(token: Token): string {
  return token.kind === 'magnitude' ? token.magnitude.word : token.kind === 'arabic' ? quote(token.text) : token.char;
}

// ---------------------------------------------------------------------------------------------
// Numerals

/** A numeral without sign, fraction or 成: an integer, maybe with 点 and a decimal part. `where` names its place for messages. */
function parseExact(text: string, where: string): Exact {
  const place = where ? ` ${where}` : '';
  if (text === '') reject(`there is no number${place}`);
  const pointAt = text.indexOf(DECIMAL_POINT);
  if (pointAt < 0) return parseInteger(text, false);
  const integerText = text.slice(0, pointAt);
  const afterPoint = text.slice(pointAt + DECIMAL_POINT.length);
  // 三点五万: the decimal part may end in a magnitude that scales the whole decimal.
  const magnitude = trailingMagnitude(afterPoint);
  const fractionText = magnitude ? afterPoint.slice(0, -magnitude.word.length) : afterPoint;
  // after 点 come Chinese digits (五点一), or Arabic ones after a Chinese integer (一百点123)
  const arabicFraction = integerText !== '' && /^\d+$/.test(fractionText);
  if (!POSITIONAL_RUN.test(fractionText) && !arabicFraction) {
    reject(`after ${DECIMAL_POINT} come digits 〇-九, maybe followed by one magnitude (三点五万)`);
  }
  // 点五 = 0.5, as .5 is
  const integerTokens = integerText === '' ? [] : tokenize(integerText);
  if (integerTokens.some((t) => t.kind === 'arabic')) reject(`${DECIMAL_POINT} follows Chinese digits, not Arabic ones (write 3.5 or 三点五)`);
  if (magnitude && integerTokens.some((t) => t.kind === 'magnitude')) reject(`a decimal with ${magnitude.word} cannot hold a magnitude before ${DECIMAL_POINT}`);
  const fractionDigits = arabicFraction ? fractionText : positionalDigits(fractionText);
  const fraction: Exact = { digits: fractionDigits, exponent: -fractionDigits.length };
  // 一二点零: digits before 点 are read one by one, never as a spoken range
  const value = add(integerText === '' ? exactOfInteger(0) : parseInteger(integerText, true), fraction);
  return magnitude ? shift(value, magnitude.power) : value;
}

/** An integer: digit by digit (二〇三五 = 2035, as years are written), or with units and magnitudes. */
function parseInteger(text: string, beforePoint: boolean): Exact {
  if (!beforePoint && APPROXIMATE_PAIRS.includes(text)) reject(`${text} is an approximate range ("${[...text].join('" or "')}"), not one number`);
  if (POSITIONAL_RUN.test(text)) return { digits: positionalDigits(text), exponent: 0 };
  return parseMagnitudes(tokenize(text), true);
}

/**
 * Splits at the first occurrence of the largest magnitude: coefficient × magnitude + remainder.
 * The remainder may hold only smaller magnitudes, so recursion is at most one level per magnitude
 * and each level reads its tokens once.
 */
function parseMagnitudes(tokens: readonly Token[], atStart: boolean): Exact {
  let at = -1;
  let magnitude: Magnitude | null = null;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === 'magnitude' && (magnitude === null || token.magnitude.power > magnitude.power)) {
      magnitude = token.magnitude;
      at = i;
    }
  }
  if (magnitude === null) return parseSection(tokens, atStart);
  const { word, power, coefficientPowerLimit } = magnitude;
  const coefficientTokens = tokens.slice(0, at);
  const remainderTokens = tokens.slice(at + 1);
  if (coefficientTokens.length === 0) reject(`${word} needs a number before it`);
  const repeated = remainderTokens.find((t) => t.kind === 'magnitude' && t.magnitude.power >= power);
  if (repeated) reject(`${describe(repeated)} cannot follow ${word}: magnitudes go from large to small`);

  const only = coefficientTokens.length === 1 ? coefficientTokens[0] : undefined;
  // An Arabic coefficient may be any size (15000万元 is written); a Chinese one stays within its magnitude.
  const coefficient = only?.kind === 'arabic' ? only.value : parseMagnitudes(coefficientTokens, atStart);
  if (only?.kind !== 'arabic' && !isBelowPowerOfTen(coefficient, coefficientPowerLimit)) reject(`the number before ${word} is too large for it`);
  const scaled = shift(coefficient, power);
  if (remainderTokens.length === 0) return scaled;

  if (!isInteger(coefficient)) reject(`a decimal before ${word} takes nothing after it`);
  const zeroGap = remainderTokens[0]!.kind === 'digit' && ZERO_DIGITS.includes(describe(remainderTokens[0]!));
  const rest = zeroGap ? remainderTokens.slice(1) : remainderTokens;
  if (rest.length === 0) reject(`it ends in 零`);
  const lone = rest.length === 1 ? rest[0]! : undefined;
  if (!zeroGap && lone?.kind === 'digit') {
    // Spoken elision: 三万五 is 35000, the digit counting the next place down.
    checkPlace(lone.char, power - 1);
    return add(scaled, shift(exactOfInteger(lone.value), power - 1));
  }
  if (!zeroGap && lone?.kind === 'arabic' && /^[1-9]$/.test(lone.text)) {
    reject(`${word}${lone.text} is ambiguous (${lone.text} thousand-place or units?); write it in full`);
  }
  const remainder = parseMagnitudes(rest, false);
  if (!isInteger(remainder)) reject(`a decimal cannot follow ${word}`);
  if (!isBelowPowerOfTen(remainder, power)) reject(`what follows ${word} is not smaller than ${word}`);
  return add(scaled, remainder);
}

/** Rejects a digit standing at a place it never counts (两 in 两十, 十两). */
function checkPlace(char: string, placePower: number): void {
  const minPower = DIGIT_MIN_PLACE_POWER[char];
  if (minPower !== undefined && placePower < minPower) reject(`${char} does not count ${placePower === 0 ? 'units' : 'tens'}; write ${digitCharOf(DIGIT_VALUES[char]!)}`);
}

/** The plain digit character for a value (二 for 2). */
function digitCharOf(value: number): string {
  return [...POSITIONAL_DIGITS].find((c) => DIGIT_VALUES[c] === value && !ZERO_DIGITS.includes(c)) ?? String(value);
}

/** A section without magnitudes: 三千零五, 两千六, 十五, 廿一, 3千, or one Arabic number. */
function parseSection(tokens: readonly Token[], atStart: boolean): Exact {
  const first = tokens[0];
  if (first === undefined) reject('there is no number');
  if (tokens.length === 1 && first.kind === 'arabic') return first.value;
  let value = 0;
  let lastPower = Infinity;
  let lastUnit = '';
  /** whether the last place unit had its own digit (一百 yes, 百 no): 一百十一 reads, 百十一 does not */
  let lastUnitCounted = false;
  let pending: { readonly char: string; readonly value: number } | null = null;
  let zeroGap = false;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    const next = tokens[i + 1];
    switch (token.kind) {
      case 'digit':
        if (pending) reject(`${pending.char}${token.char}: two digits in a row (an approximate range?) are not one number`);
        if (token.value === 0) {
          if (i === 0) reject(`${token.char} cannot begin a numeral that has units`);
          if (zeroGap) reject(`${token.char} is repeated`);
          zeroGap = true;
        } else pending = token;
        break;
      case 'arabic': {
        if (pending) reject(`${pending.char}${token.text}: two numbers in a row`);
        if (next?.kind === 'unit') {
          // 3千: an Arabic digit may stand for a Chinese one before a unit.
          if (!/^[1-9]$/.test(token.text)) reject(`only one Arabic digit may stand before ${next.char}`);
          pending = { char: token.text, value: Number(token.text) };
          break;
        }
        if (next !== undefined) reject(`${token.text} cannot be followed by ${describe(next)}`);
        if (!isInteger(token.value)) reject(`a decimal cannot follow ${lastUnit}`);
        if (!zeroGap && /^[1-9]$/.test(token.text) && lastPower >= 2) reject(`${lastUnit}${token.text} is ambiguous; write it in full`);
        if (!isBelowPowerOfTen(token.value, lastPower)) reject(`${token.text} is not smaller than the ${lastUnit} before it`);
        value += toNumber(token.value);
        zeroGap = false;
        break;
      }
      case 'unit': {
        if (token.power >= lastPower) reject(`${token.char} cannot follow ${lastUnit}: units go from large to small`);
        // 十 may stand without its 一 at the start of any section (十五, 一万十五), after 零 (一千零十)
        // and after a counted 百 (一百十一); other units only at the very start (百万)
        const bareTen = token.power === 1 && (i === 0 || zeroGap || (lastPower === 2 && lastUnitCounted));
        if (pending === null && !(i === 0 && atStart) && !bareTen) reject(`${token.char} needs a digit before it`);
        lastUnitCounted = pending !== null;
        if (pending) checkPlace(pending.char, token.power);
        value += (pending?.value ?? 1) * 10 ** token.power;
        lastPower = token.power;
        lastUnit = token.char;
        pending = null;
        zeroGap = false;
        break;
      }
      case 'tens':
        if (pending) reject(`${token.char} already holds its digit; ${pending.char} cannot stand before it`);
        if (lastPower <= 1) reject(`${token.char} cannot follow ${lastUnit}`);
        value += token.value;
        lastPower = 1;
        lastUnit = token.char;
        zeroGap = false;
        break;
      case 'magnitude':
        // parseMagnitudes removes every magnitude before a section is read
        throw new Error('parseSection: unexpected magnitude');
    }
  }
  if (pending) {
    // 两千六 = 2600: a digit right after a unit counts the next place down; after 零 it is units.
    const placePower = lastPower === Infinity || zeroGap ? 0 : lastPower - 1;
    // a lone digit that is the whole numeral (两) or a coefficient (两万) is a count, whatever its place
    if (!(tokens.length === 1 && atStart)) checkPlace(pending.char, placePower);
    value += pending.value * 10 ** placePower;
  } else if (zeroGap) reject('it ends in 零');
  return exactOfInteger(value);
}
