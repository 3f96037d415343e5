// Test-only: writes numbers in Chinese, in several styles, so property tests can parse them back.
// Written independently of the parser (no shared tables) so a shared mistake cannot hide.

const PLAIN_DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const FINANCIAL_DIGITS = ['零', '壹', '贰', '叁', '肆', '伍', '陆', '柒', '捌', '玖'];
const POSITIONAL_ZERO = '〇';

export interface ChineseStyle {
  /** 财务大写: 壹贰叁…拾佰仟. */
  readonly financial?: boolean;
  /** 萬 億 兩 instead of 万 亿 两. */
  readonly traditional?: boolean;
  /** 两 for a 2 before 百 千 万 亿 (两千, 两万). */
  readonly liang?: boolean;
  /** 十五 instead of 一十五 at the very start. */
  readonly omitLeadingOne?: boolean;
  /** Spoken elision of a last digit one place below the unit before it: 三万五 for 35000. */
  readonly elide?: boolean;
}

const SECTION_UNITS = ['', '十', '百', '千'] as const;
const FINANCIAL_UNITS = ['', '拾', '佰', '仟'] as const;

interface Part {
  text: string;
  /** The place value of the last non-zero digit written, for elision. */
  lastPower: number;
  /** The power of the unit word just before that digit's unit, when it sits one place above. */
  elidable: boolean;
}

/** A non-negative integer in Chinese words with 零 gaps: 一千零五, 九千零七万一千九百九十二亿… */
export function formatChineseInteger(n: bigint, style: ChineseStyle = {}): string {
  if (n < 0n) return (style.traditional ? '負' : '负') + formatChineseInteger(-n, style);
  if (n === 0n) return '零';
  let text = formatBelow(n, 24, style);
  if (style.omitLeadingOne && !style.financial) text = text.replace(/^一十/, '十');
  if (style.elide) text = elide(text, style);
  return text;
}

const MAGNITUDE_STEPS: readonly { power: number; plain: string; traditional: string }[] = [
  { power: 16, plain: '亿亿', traditional: '億億' },
  { power: 8, plain: '亿', traditional: '億' },
  { power: 4, plain: '万', traditional: '萬' },
];

function formatBelow(n: bigint, limitPower: number, style: ChineseStyle): string {
  for (const step of MAGNITUDE_STEPS) {
    if (step.power >= limitPower) continue;
    const base = 10n ** BigInt(step.power);
    if (n < base) continue;
    const coefficient = n / base;
    const remainder = n % base;
    let text = formatBelow(coefficient, step.power, style) + (style.traditional ? step.traditional : step.plain);
    if (remainder > 0n) text += (remainder < base / 10n ? '零' : '') + formatBelow(remainder, step.power, style);
    return text;
  }
  return formatSection(Number(n), style);
}

/** 1..9999 */
function formatSection(n: number, style: ChineseStyle): string {
  const digits = style.financial ? FINANCIAL_DIGITS : PLAIN_DIGITS;
  const units = style.financial ? FINANCIAL_UNITS : SECTION_UNITS;
  let text = '';
  let gap = false;
  for (let power = 3; power >= 0; power--) {
    const digit = Math.floor(n / 10 ** power) % 10;
    if (digit === 0) {
      if (text !== '') gap = true;
      continue;
    }
    if (gap) text += '零';
    gap = false;
    const word = digit === 2 && power >= 2 && style.liang && !style.financial ? (style.traditional ? '兩' : '两') : digits[digit]!;
    text += word + units[power]!;
  }
  return text;
}

/** 三万五千 → 三万五, 两千六百 → 两千六: drop the last unit when its digit sits right below the unit before it. */
function elide(text: string, style: ChineseStyle): string {
  const units = style.financial ? '拾佰仟' : '十百千';
  const magnitudes = style.traditional ? '萬億' : '万亿';
  const digits = (style.financial ? FINANCIAL_DIGITS : PLAIN_DIGITS).slice(1).join('') + '两兩';
  // X(百|千|万|亿)D(十|百|千) at the end, with D's unit one place below the unit before it
  const below: Record<string, string> = style.financial
    ? { 佰: '拾', 仟: '佰', 萬: '仟', 万: '仟' }
    : { 百: '十', 千: '百', 万: '千', 萬: '千' };
  const match = new RegExp(`([${units}${magnitudes}])([${digits}])([${units}])$`).exec(text);
  if (!match || below[match[1]!] !== match[3]) return text;
  return text.slice(0, -1);
}

/** Digit by digit, as years are written: 2035 → 二〇三五. */
export function formatPositional(n: bigint): string {
  return [...n.toString()].map((d) => (d === '0' ? POSITIONAL_ZERO : PLAIN_DIGITS[Number(d)]!)).join('');
}

/** Moves the decimal point of a non-negative integer's digits `power` places left: (39000, 4) → "3.9". */
export function shiftDecimalLeft(digits: string, power: number): string {
  const padded = digits.padStart(power + 1, '0');
  const integer = padded.slice(0, padded.length - power);
  const fraction = padded.slice(padded.length - power).replace(/0+$/, '');
  return fraction ? `${integer}.${fraction}` : integer;
}

/** 1234567.5 → 1,234,567.5 */
export function groupThousands(integerDigits: string): string {
  return integerDigits.replace(/\B(?=(\d{3})+$)/g, ',');
}

/** ASCII digits, comma and point to their fullwidth forms. */
export function toFullwidth(text: string): string {
  return text.replace(/[0-9,.]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Fraction digits after 点: "051" → 〇五一. */
export function formatFractionDigits(digits: string): string {
  return formatPositional(BigInt('1' + digits)).slice(1);
}
