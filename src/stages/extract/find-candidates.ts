// Find: every numeral in the cleaned text that stands with a unit (or forms a decimal range),
// with the words around it that a resolver and the refiners need — qualifier words, change verbs,
// basis words — each as a span. Nothing is parsed here beyond locating pieces.
//
// Linear time: one global scan finds numerals (each alternative is a plain character run, so a
// 1 MB line of digits is one match), and everything else is read with sticky or end-anchored
// regexes over short, bounded windows around each numeral.
import { alternation, escapeRegExp } from '../../lib/pattern.js';
import { charAt, charSet, codeAt, type CharSet } from '../../lib/char-set.js';
import { wordMap } from '../../lib/word-map.js';
import {
  ALTERNATIVE_UNIT_CLOSE,
  ALTERNATIVE_UNIT_OPEN,
  BRACKETED_UNIT_CLOSE,
  BRACKETED_UNIT_OPEN,
  COMPOUND_COUNT_UNITS,
  COUNT_UNITS,
  CURRENCY_SYMBOLS,
  INDEX_COPULAS,
  INDEX_LABEL_ENDS,
  INDEX_BASE_NOTE,
  INDEX_BASE_NOTE_MAX,
  INDEX_POINT_UNITS,
  INDEX_QUOTE_VERBS,
  LABEL_UNIT_INTROS,
  MARKET_INDEX_ENDS,
  MEASUREMENT_UNIT_FORMS,
  SIGNED_UNIT_DIMENSIONS,
  SIGNED_UNIT_NORMALS,
  QUOTE_VERBS,
  PERSON_NOUN_UNITS,
  HALF_RATE,
  HALF_RATE_PERCENT,
  HALF_RATE_FOLLOWERS,
  SHARED_UNIT_DIMENSIONS,
  UNIT_APPOSITIONS,
  UNIT_BLOCKERS,
  MAGNITUDE_ONLY_UNITS,
  ELECTRICITY_WORD,
  ELECTRICITY_REACH,
  UNIT_DIMENSIONS,
  NUMBER_UNIT_SPACE,
  UNITS,
  UNITS_AFTER_SPACE,
  SPLIT_COMPOUND_HEAD,
} from '../../rules/zh/units.js';
import {
  APPROXIMATE_PAIR_VALUES as APPROXIMATE_PAIRS,
  CHINESE_DECIMAL_POINT,
  NUMERAL_RUN_CHARS as CHINESE_NUMERAL_CHARS,
  FRACTION_MARK,
  MAGNITUDES,
  MAX_NUMERAL_LENGTH,
  MINUS_SIGNS,
  PROPORTION_UNITS as PROPORTION_PREFIXES,
  SIGN_MAY_FOLLOW,
} from '../../locale/zh/numerals.js';
import { rateShorthand } from '../../locale/zh/parse-number.js';
import { ORDINAL_PREFIXES } from '../../rules/zh/nonmetrics.js';
import { CLAUSE_DELIMITERS, NUMBER_LIST_JOINERS } from '../../rules/zh/labels.js';
import { UNIT_HEADER_SET } from '../../rules/zh/tables.js';
import { SENTENCE_PUNCTUATION } from '../../rules/zh/line-shapes.js';
import { changeBasis } from './change-headers.js';
import { headerUnitFor } from './cell-header-unit.js';
import {
  DISTANT_QUALIFIERS,
  CAP_QUALIFIERS,
  CAP_VERBS,
  DISTANT_QUALIFIER_GAP,
  SHARE_OF,
  SHARE_QUALIFIER_GAP,
  SUPERLATIVE_MARK,
  INFIX_QUALIFIERS,
  INFIXES_AFTER_SPACE,
  NOT_SUFFIX_WORDS,
  RANGE_SUFFIXES,
  PREFIX_QUALIFIERS,
  PREFIX_QUALIFIER_BLOCKERS,
  LEVEL_COMPARISON_PREFIXES,
  NAMED_LEVEL_MARK,
  RANGE_CONNECTORS,
  SUFFIX_QUALIFIERS,
} from '../../rules/zh/qualifiers.js';
import { SENTENCE_DELIMITERS } from '../../rules/zh/periods.js';
import {
  BASIS_WORDS,
  CHANGE_ADVERBS,
  CHANGE_DEGREE_ADVERBS,
  CHANGE_ATTACH_SEPARATORS,
  CHANGE_NOTE_BRACKETS,
  CHANGE_NOTE_MAX,
  CHANGE_NOTE_STOP,
  CHANGE_OBJECT_GAP,
  CHANGE_OBJECT_STOP,
  CHANGE_PARTICLES,
  CHANGE_REACH_WORDS,
  CHANGE_VERBS,
  CHANGE_UNITS,
  CONTRACTED_CHANGES,
  COMPARISON_YEAR,
  COMPARISON_POINTS,
  COMPARISON_EVENT,
  BASIS_FIGURES,
  NOUN_CHANGE_LINK,
  OBJECT_CHANGE_VERBS,
  LEVY_NOUNS,
  RATE_MOVE_VERBS,
  CHANGE_VERB_NOUNS,
  PACE_CHANGE_VERBS,
  RESPECTIVELY,
  TARGET_LINKS,
} from '../../rules/zh/changes.js';

/** A piece of text with its UTF-16 span. */
export interface Piece {
  text: string;
  start: number;
  end: number;
}

interface CandidateBase {
  /** `[start, end)` of the mention as `raw` will show it (qualifier words included) */
  start: number;
  end: number;
  /** start of the whole expression (change verb, basis word, target link, distant qualifier) */
  leadStart: number;
  /** the numeral as the parser reads it, magnitude included (`2.17万亿`) */
  numeral: Piece;
  /** written in Chinese numerals (`两`, `三十`) rather than digits */
  chinese: boolean;
  /** the unit or measure word, without an alternative in parentheses (`艘` of `艘(架)`) */
  unit: Piece | null;
  prefix: Piece | null;
  infix: Piece | null;
  suffix: Piece | null;
  /** a qualifying adverb a few words before (`至少接受1次`), outside `raw` */
  distant: Piece | null;
  /** a change verb + 至/到 before the number (`提升至60%`): a target, maybe the end of a from–to pair */
  targetLink: Piece | null;
  /**
   * a proportion in words (`百分之五点一` → 5.1 %, `三分之一` → 33.3… %): its unit, and the factor from
   * the parsed numeral to the value in that unit (100 for a fraction); kept on a change too
   * (`增长百分之十二点五`)
   */
  proportion: { unit: string; scale: number } | null;
  /** a magnitude after 余/多 (`一千八百余万票`, `300多万元`): it scales the numeral */
  infixMagnitude: Piece | null;
}

/** A number with a unit: `3018次`, `2.17万亿元`, `约320公斤`, `95%以上`. */
export interface QuantityCandidate extends CandidateBase {
  kind: 'quantity';
}
/** Two numbers joined by a range connector: `2-3个`, `3至5个`, `0.95到1.05`. */
export interface RangeCandidate extends CandidateBase {
  kind: 'range';
  upper: Piece;
}
/** Neighbouring Chinese digits: `一两个` (1 to 2). */
export interface ApproximatePairCandidate extends CandidateBase {
  kind: 'approxPair';
  pair: readonly [number, number];
}
/** A proportion in words: `百分之五点一` (5.1 %), `三分之一` (33.3… %); `proportion` is set. */
export interface ProportionCandidate extends CandidateBase {
  kind: 'proportion';
}
/**
 * A number right after a change verb: `增长13.5%`, `同比下降5.1%`, `增加编制100名`; or before the
 * verb as a noun (`保持百分之十左右的增长`), where `verb` lies after `end`.
 */
export interface ChangeCandidate extends CandidateBase {
  kind: 'change';
  verb: Piece;
  basis: Piece | null;
  respectively: boolean;
  /** the upper bound of a change stated as a range (`增长1-3%`, `下降2至3个百分点`) */
  upper?: Piece;
}

export type Candidate = QuantityCandidate | RangeCandidate | ApproximatePairCandidate | ProportionCandidate | ChangeCandidate;

const CN = CHINESE_NUMERAL_CHARS;
const POINT = CHINESE_DECIMAL_POINT;
const ARABIC = String.raw`\d+(?:,\d{3})*(?:\.\d+)?`;
const CHINESE = `[${CN}]+(?:${POINT}[${CN}]+)?`;
const PROPORTION = `${alternation(Object.keys(PROPORTION_PREFIXES))}[${CN}${POINT}]+`;
const FRACTION = `[${CN}]+${FRACTION_MARK}[${CN}${POINT}]+`;
const NUMERAL_SOURCE = `${PROPORTION}|${FRACTION}|${ARABIC}|${CHINESE}`;
const DIGITS_RE = /\d+/y;
/** APPROXIMATE_PAIRS as a Map (wordMap): asked for every Chinese numeral with a unit. */
const APPROXIMATE_PAIR = wordMap(APPROXIMATE_PAIRS);
/** A fraction is written as a percentage. */
const FRACTION_SCALE = 100;

const MAGNITUDE_LIST = [...MAGNITUDES].sort((a, b) => b.length - a.length);
/** longest first, as alternation() orders them in NUMERAL_SOURCE */
const PROPORTION_PREFIX_LIST = Object.keys(PROPORTION_PREFIXES).sort((a, b) => b.length - a.length);
const MAGNITUDE_FIRST = charSet(new Set(MAGNITUDES.map((m) => m[0]!)));
const RANGE_RE = new RegExp(`${alternation(RANGE_CONNECTORS)}(${ARABIC}|${CHINESE})`, 'y');
const INFIX_RE = new RegExp(alternation(Object.keys(INFIX_QUALIFIERS)), 'y');
const UNIT_RE = new RegExp(alternation(UNITS), 'y');
/** What follows 多/余/来 inside a compound opened by SPLIT_COMPOUND_HEAD (`两个多月` → 月 of 个月). */
const SPLIT_COMPOUND_REST_RE = new RegExp(
  alternation(UNITS.filter((u) => u.length > SPLIT_COMPOUND_HEAD.length && u.startsWith(SPLIT_COMPOUND_HEAD)).map((u) => u.slice(SPLIT_COMPOUND_HEAD.length))),
  'y',
);
const PERSON_NOUN_RE = new RegExp(alternation(PERSON_NOUN_UNITS), 'y');
/**
 * A unit of UNITS_AFTER_SPACE after one space, maybe with its magnitude (`28.1 %`, `10618.52 万元`):
 * the match includes the space; group 1 is the magnitude.
 */
const SPACED_UNIT_RE = new RegExp(`${NUMBER_UNIT_SPACE}(${alternation(MAGNITUDES)})?${alternation(UNITS_AFTER_SPACE)}`, 'y');
const UNITS_AFTER_SPACE_SET: ReadonlySet<string> = new Set(UNITS_AFTER_SPACE);
const SPACE_CODE = NUMBER_UNIT_SPACE.charCodeAt(0);
/** A unit of UNITS_AFTER_SPACE in brackets right after the number, maybe with its magnitude: `569800.00(元)`, `36.8(万元)`. */
const BRACKETED_UNIT_RE = new RegExp(`\\${BRACKETED_UNIT_OPEN}(${alternation(MAGNITUDES)})?(${alternation(UNITS_AFTER_SPACE)})\\${BRACKETED_UNIT_CLOSE}`, 'y');
const BRACKET_CODE = BRACKETED_UNIT_OPEN.charCodeAt(0);
const BLOCKER_RE = new RegExp(alternation(UNIT_BLOCKERS), 'y');
const MAGNITUDE_ONLY: ReadonlySet<string> = new Set(MAGNITUDE_ONLY_UNITS);
/**
 * The characters a run of magnitudes ends with (`万`, `亿`: the last of `千万`, `万亿`): a MAGNITUDE_ONLY_UNITS unit stands
 * only after one (`一百度` may be a temperature).
 */
const MAGNITUDE_LAST = charSet(new Set(MAGNITUDES.filter((m) => m.length > 1).map((m) => m[m.length - 1]!)));
const SUFFIX_RE = new RegExp(`(?!${alternation(NOT_SUFFIX_WORDS)})${alternation(Object.keys(SUFFIX_QUALIFIERS))}`, 'y');
const RANGE_SUFFIX_RE = new RegExp(alternation(RANGE_SUFFIXES), 'y');
const APPOSITION_RE = new RegExp(alternation(UNIT_APPOSITIONS), 'y');
const ALT_UNIT_RE = new RegExp(`\\${ALTERNATIVE_UNIT_OPEN}${alternation(UNITS)}\\${ALTERNATIVE_UNIT_CLOSE}`, 'y');
const PREFIX_RE = new RegExp(`${alternation(Object.keys(PREFIX_QUALIFIERS))}$`);
const VERBS = alternation([...Object.keys(CHANGE_VERBS), ...Object.keys(CONTRACTED_CHANGES)]);
const TARGET_RE = new RegExp(`${VERBS}${alternation(TARGET_LINKS)}$`);
/** A bracketed note after the basis (`比去年同期(下同)增长`): CHANGE_NOTE_BRACKETS, as a quantity's note before its change. */
const BASIS_NOTE = CHANGE_NOTE_BRACKETS.map(([open, close]) => `${escapeRegExp(open)}[^${escapeRegExp(close + CHANGE_NOTE_STOP)}]{1,${CHANGE_NOTE_MAX}}${escapeRegExp(close)}`).join('|');
// 分别 stands before the basis or after it (`分别比上年增长`, `同比分别增长`)
const CHANGE_RE = new RegExp(`(${alternation(RESPECTIVELY)})?(?:(${alternation([...Object.keys(BASIS_WORDS), ...COMPARISON_POINTS])}|${COMPARISON_YEAR}|${COMPARISON_EVENT})(${alternation(BASIS_FIGURES)})?(${BASIS_NOTE})?)?(${alternation(RESPECTIVELY)})?((?:${alternation([...CHANGE_ADVERBS, ...CHANGE_DEGREE_ADVERBS])}){1,2})?(${VERBS})${alternation(CHANGE_PARTICLES)}?(${alternation(CHANGE_REACH_WORDS)})?$`);
const OBJECT_CHANGE_RE = new RegExp(`(${alternation(OBJECT_CHANGE_VERBS)})([\\u4e00-\\u9fff]{1,${CHANGE_OBJECT_GAP}})$`);
const NOUN_CHANGE_RE = new RegExp(alternation(Object.keys(CHANGE_VERBS)), 'y');
const CJK = /[\u4e00-\u9fff]/;
/** A cap right before the number (`最高补助`, `最高可达`): CAP_QUALIFIERS before CAP_VERBS; group 1 the cap word. */
const CAP_RE = new RegExp(`(${alternation(Object.keys(CAP_QUALIFIERS))})${alternation(CAP_VERBS)}$`);
const CAP_WINDOW = Math.max(...Object.keys(CAP_QUALIFIERS).map((w) => w.length)) + Math.max(...CAP_VERBS.map((w) => w.length));
/** A cap word after a verb of granting, right before the number (`给予最高50万元奖励`, `可获最高30万元`). */
const CAP_AFTER_VERB_RE = new RegExp(`${alternation(CAP_VERBS)}(${alternation(Object.keys(CAP_QUALIFIERS))})$`);
const DISTANT_RE = new RegExp(`(${alternation(Object.keys(DISTANT_QUALIFIERS))})(?!${SUPERLATIVE_MARK})[\\u4e00-\\u9fff]{1,${DISTANT_QUALIFIER_GAP}}$`);
/** A distant qualifier over a share of a named whole: words, then 的 right before the numeral (SHARE_QUALIFIER_GAP). */
const SHARE_DISTANT_RE = new RegExp(`(${alternation(Object.keys(DISTANT_QUALIFIERS))})(?!${SUPERLATIVE_MARK})[\\u4e00-\\u9fff]{1,${SHARE_QUALIFIER_GAP}}${SHARE_OF}$`);
/**
 * The characters each end-anchored reader's match can end with: a window ending in anything else
 * cannot match, and an end-anchored regex would otherwise try every start position to learn that.
 */
const lastChars = (...tables: (readonly string[])[]): CharSet => charSet(new Set(tables.flat().map((w) => w[w.length - 1]!)));
const PREFIX_LAST = lastChars(Object.keys(PREFIX_QUALIFIERS));
const TARGET_LAST = lastChars(TARGET_LINKS);
const CHANGE_LAST = lastChars(Object.keys(CHANGE_VERBS), Object.keys(CONTRACTED_CHANGES), CHANGE_PARTICLES, CHANGE_REACH_WORDS);
const DISTANT_WORD_MAX = Math.max(...Object.keys(DISTANT_QUALIFIERS).map((w) => w.length));
/**
 * Characters a tail can start with (range connector, 余/多, unit): a numeral followed by anything
 * else has no tail, which spares the tail readers for most numerals in running text (`一是`, `统一`).
 */
const TAIL_FIRST = charSet(new Set([...RANGE_CONNECTORS, ...Object.keys(INFIX_QUALIFIERS), ...UNITS].map((w) => w[0]!)));
/** The numeral NUMERAL_SOURCE reads at a place, as a sticky regex: the definition scanNumeral is tested against. */
export const NUMERAL_AT = new RegExp(NUMERAL_SOURCE, 'y');
const DIGIT_SET = charSet('0123456789');
const CN_SET = charSet(CN);
const CN_OR_POINT = charSet(CN + POINT);
/** Characters a numeral can start with: the scan for them is a table loop, not a regex search. */
const NUMERAL_START = charSet([...'0123456789', ...CN, ...Object.keys(PROPORTION_PREFIXES).map((p) => p[0]!)]);
const COMMA = ','.charCodeAt(0);
const DOT = '.'.charCodeAt(0);

/** A numeral as NUMERAL_SOURCE reads it: where it ends, and whether it is a proportion or a fraction. */
export interface ScannedNumeral {
  end: number;
  proportionPrefix: string | null;
  fraction: boolean;
}

/**
 * What NUMERAL_AT matches at `s` (a NUMERAL_START character), read by hand: the alternatives in
 * NUMERAL_SOURCE's order (proportion, fraction, Arabic, Chinese). It runs for every numeral of
 * every document, and character tables beat the regex engine here; a property test holds the two
 * to the same answers.
 */
export function scanNumeral(text: string, s: number): ScannedNumeral {
  for (const prefix of PROPORTION_PREFIX_LIST) {
    if (!text.startsWith(prefix, s)) continue;
    const end = CN_OR_POINT.runEnd(text, s + prefix.length);
    if (end > s + prefix.length) return { end, proportionPrefix: prefix, fraction: false };
  }
  if (DIGIT_SET.has(text.charCodeAt(s))) {
    let end = DIGIT_SET.runEnd(text, s);
    // groups of exactly three digits after a comma (`1,234`)
    // every read is held inside the text: a read past its end deoptimises this function (V8's "out of bounds")
    while (end + 3 < text.length && text.charCodeAt(end) === COMMA && DIGIT_SET.has(text.charCodeAt(end + 1)) && DIGIT_SET.has(text.charCodeAt(end + 2)) && DIGIT_SET.has(text.charCodeAt(end + 3))) end += 4;
    if (end + 1 < text.length && text.charCodeAt(end) === DOT && DIGIT_SET.has(text.charCodeAt(end + 1))) end = DIGIT_SET.runEnd(text, end + 1);
    return { end, proportionPrefix: null, fraction: false };
  }
  const run = CN_SET.runEnd(text, s);
  if (text.startsWith(FRACTION_MARK, run)) {
    const end = CN_OR_POINT.runEnd(text, run + FRACTION_MARK.length);
    if (end > run + FRACTION_MARK.length) return { end, proportionPrefix: null, fraction: true };
  }
  if (text.startsWith(POINT, run)) {
    const end = CN_SET.runEnd(text, run + POINT.length);
    if (end > run + POINT.length) return { end, proportionPrefix: null, fraction: false };
  }
  return { end: run, proportionPrefix: null, fraction: false };
}
const LETTER_UNIT = /^[A-Za-z]/;
const LETTER = /[A-Za-z]/;
const DIGIT = /\d/;

/** How far left of a numeral the qualifier and change readers look. */
const LEFT_WINDOW = 24;

function piece(text: string, start: number, end: number): Piece {
  return { text: text.slice(start, end), start, end };
}

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

interface Tail {
  upper: Piece | null;
  infix: Piece | null;
  /** a magnitude between 余/多 and the unit (`一千八百余万票`) */
  infixMagnitude: Piece | null;
  unit: Piece | null;
  suffix: Piece | null;
  end: number;
}

const NO_TAIL = (at: number): Tail => ({ upper: null, infix: null, infixMagnitude: null, unit: null, suffix: null, end: at });

/** Reads what follows a numeral ending at `at`: range upper bound, 余/多, unit, 以上/左右. */
function readTail(text: string, at: number, arabic: boolean): Tail {
  if (!TAIL_FIRST.has(codeAt(text, at))) return NO_TAIL(at);
  let p = at;
  let upper: Piece | null = null;
  const range = stickyAt(RANGE_RE, text, p);
  if (range) {
    const numStart = p + range[0].length - range[1]!.length;
    let numEnd = p + range[0].length;
    if (arabic && DIGIT.test(range[1]![0]!)) numEnd += magnitudeAt(text, numEnd).length;
    upper = piece(text, numStart, numEnd);
    p = numEnd;
  }
  let infix: Piece | null = null;
  let infixMagnitude: Piece | null = null;
  const inf = stickyAt(INFIX_RE, text, p);
  if (inf) {
    infix = piece(text, p, p + inf[0].length);
    p = infix.end;
    // 余/多 may stand before the magnitude (`一千八百余万票` = 1800万 and more), not only after it
    const mag = upper ? '' : magnitudeAt(text, p);
    if (mag) {
      infixMagnitude = piece(text, p, p + mag.length);
      p = infixMagnitude.end;
    }
  }
  let unit: Piece | null = null;
  const u = unitAt(text, p, infix !== null);
  const split = u === SPLIT_COMPOUND_HEAD && infix === null ? splitCompoundAt(text, p + u.length) : null;
  if (split !== null) {
    // `两个多月`: 多 stands inside the unit 个月 (SPLIT_COMPOUND_HEAD); the unit is the compound
    infix = split.infix;
    unit = { text: SPLIT_COMPOUND_HEAD + split.rest, start: p, end: split.end };
    p = unit.end;
  } else if (u !== null) {
    unit = piece(text, p, p + u.length);
    p = unit.end;
    const alt = stickyAt(ALT_UNIT_RE, text, p);
    if (alt) p += alt[0].length;
    const apposition = stickyAt(APPOSITION_RE, text, p);
    if (apposition) p += apposition[0].length;
  } else if (infix && !unit) {
    // 余/多 without a unit after it is not an infix qualifier (`3多` is not a quantity)
    p = infix.start;
    infix = null;
    infixMagnitude = null;
  }
  let suffix: Piece | null = null;
  const suf = stickyAt(SUFFIX_RE, text, p);
  if (suf && (unit || upper)) {
    suffix = piece(text, p, p + suf[0].length);
    p = suffix.end;
  } else if (unit || upper) {
    // a range's closing word (`8%至10%之间`); after a unit alone it closes a range joined later (join-bounds)
    const closing = stickyAt(RANGE_SUFFIX_RE, text, p);
    if (closing) {
      suffix = piece(text, p, p + closing[0].length);
      p = suffix.end;
    }
  }
  return { upper, infix, infixMagnitude, unit, suffix, end: p };
}

/** 多/余/来 at `at` and the rest of a SPLIT_COMPOUND_HEAD compound unit after it (`多月`, `多百分点`), or null. */
function splitCompoundAt(text: string, at: number): { infix: Piece; rest: string; end: number } | null {
  const inf = stickyAt(INFIX_RE, text, at);
  if (!inf) return null;
  const rest = stickyAt(SPLIT_COMPOUND_REST_RE, text, at + inf[0].length);
  if (!rest || stickyAt(BLOCKER_RE, text, at + inf[0].length)) return null;
  return { infix: piece(text, at, at + inf[0].length), rest: rest[0], end: at + inf[0].length + rest[0].length };
}

/**
 * The unit written at `at`, or null: the longest of UNITS not blocked by a longer word (`1单元`) and
 * not the start of a letter word; after 余/多 a person noun may be the unit (`20多万华商`).
 */
function unitAt(text: string, at: number, approximate: boolean): string | null {
  const u = stickyAt(UNIT_RE, text, at);
  const whole = u && u[0].length > 1 ? withinWord(text, at, u[0]) : u?.[0] ?? null;
  const unit =
    whole && !stickyAt(BLOCKER_RE, text, at) && !(LETTER_UNIT.test(whole) && LETTER.test(charAt(text, at + whole.length))) && (!MAGNITUDE_ONLY.has(whole) || magnitudeOnlyUnit(text, at, whole))
      ? whole
      : null;
  const person = approximate ? stickyAt(PERSON_NOUN_RE, text, at) : null;
  return person && person[0].length > (unit?.length ?? 0) ? person[0] : unit;
}

const UNIT_SET: ReadonlySet<string> = new Set(UNITS);

/**
 * A unit of several characters at `at`, or the longest shorter one (or null) when a word of UNIT_BLOCKERS
 * opens inside it: `50万人户籍人口` is 50万 人 before 户籍, while `3人户` is a household of 3.
 */
function withinWord(text: string, at: number, unit: string): string | null {
  for (let k = 1; k < unit.length; k++) {
    if (!stickyAt(BLOCKER_RE, text, at + k)) continue;
    for (let j = k; j > 0; j--) if (UNIT_SET.has(unit.slice(0, j))) return unit.slice(0, j);
    return null;
  }
  return unit;
}

/** A MAGNITUDE_ONLY_UNITS unit at `at`: after a magnitude, and `度电` or electricity named just before (`发电量3.5亿度`). */
function magnitudeOnlyUnit(text: string, at: number, unit: string): boolean {
  if (!MAGNITUDE_LAST.has(text.charCodeAt(at - 1))) return false;
  if (unit.includes(ELECTRICITY_WORD)) return true;
  // in the number's own sentence (`全社会用电量:3.5亿度`)
  for (let i = at - 1, stop = Math.max(0, at - ELECTRICITY_REACH); i >= stop; i--) {
    const c = text[i]!;
    if (c === ELECTRICITY_WORD) return true;
    if (SENTENCE_DELIMITERS.includes(c)) return false;
  }
  return false;
}

/** The longest magnitude written at `at`, or ''. */
function magnitudeAt(text: string, at: number): string {
  for (const m of MAGNITUDE_LIST) if (text.startsWith(m, at)) return m;
  return '';
}

/** Magnitudes that could follow an Arabic numeral at `at`, longest first, then none. */
function magnitudeOptions(text: string, at: number): string[] {
  const out: string[] = [];
  for (const m of MAGNITUDE_LIST) if (text.startsWith(m, at)) out.push(m);
  out.push('');
  return out;
}

function isDecimal(s: string): boolean {
  return s.includes('.') || s.includes(POINT);
}

interface Left {
  leadStart: number;
  prefix: Piece | null;
  distant: Piece | null;
  targetLink: Piece | null;
  /** `reached`: a word of reaching stood between the verb and the number (CHANGE_REACH_WORDS) */
  change: { verb: Piece; basis: Piece | null; respectively: boolean; reached: boolean } | null;
}

const PACE_VERB_SET: ReadonlySet<string> = new Set(Object.keys(PACE_CHANGE_VERBS));
const COUNT_UNIT_SET: ReadonlySet<string> = new Set<string>([...COUNT_UNITS, ...COMPOUND_COUNT_UNITS]);
/** A count of things with its noun after it (`2条在建海缆`, `2家企业`): the object of the verb before it. */
const countsObject = (text: string, tail: Tail): boolean => tail.unit !== null && COUNT_UNIT_SET.has(tail.unit.text) && CJK.test(charAt(text, tail.unit.end));
/** A levy named right after the rate (`10%关税`, `25%的反倾销税`: LEVY_NOUNS), 的 between them or not. */
const LEVY_AFTER = new RegExp(`(?:${NOUN_CHANGE_LINK})?(?:${alternation(LEVY_NOUNS)})`, 'y');
const leviesRate = (text: string, end: number): boolean => stickyAt(LEVY_AFTER, text, end) !== null;

/**
 * Whether the prefix qualifier `p` at `start` opens inside a word of its own (PREFIX_QUALIFIER_BLOCKERS): a blocker
 * whose last characters are the prefix's first ones stands there (`公约有`: 公约; `达不到`: 达不到).
 */
function prefixInWord(text: string, start: number, p: string): boolean {
  for (const b of PREFIX_QUALIFIER_BLOCKERS) {
    for (let o = 1; o < b.length && o <= p.length; o++) {
      if (b.endsWith(p.slice(0, o)) && text.startsWith(b, start + o - b.length)) return true;
    }
  }
  return false;
}

/** Reads the words before a numeral starting at `at`. */
function readLeft(text: string, at: number): Left {
  const from = Math.max(0, at - LEFT_WINDOW);
  const window = text.slice(from, at);
  let leadStart = at;
  let prefix: Piece | null = null;
  const pm = at > 0 && PREFIX_LAST.has(text.charCodeAt(at - 1)) ? PREFIX_RE.exec(window) : null;
  if (pm && !prefixInWord(text, at - pm[0].length, pm[0])) {
    prefix = piece(text, at - pm[0].length, at);
    leadStart = prefix.start;
  }
  const before = text.slice(from, leadStart);
  let targetLink: Piece | null = null;
  let change: Left['change'] = null;
  const beforeLast = leadStart > from ? text.charCodeAt(leadStart - 1) : -1;
  const tm = leadStart > from && TARGET_LAST.has(beforeLast) ? TARGET_RE.exec(before) : null;
  if (tm) {
    targetLink = piece(text, leadStart - tm[0].length, leadStart);
    leadStart = targetLink.start;
  } else {
    const cm = leadStart > from && CHANGE_LAST.has(beforeLast) ? CHANGE_RE.exec(before) : null;
    if (cm) {
      const exprStart = leadStart - cm[0].length;
      const respFirst = cm[1];
      const basisText = cm[2];
      const figure = cm[3];
      const note = cm[4];
      const resp = cm[5];
      const adverb = cm[6];
      const verbText = cm[7]!;
      const basisStart = exprStart + (respFirst?.length ?? 0);
      const verbStart = basisStart + (basisText?.length ?? 0) + (figure?.length ?? 0) + (note?.length ?? 0) + (resp?.length ?? 0) + (adverb?.length ?? 0);
      change = {
        verb: piece(text, verbStart, verbStart + verbText.length),
        basis: basisText ? piece(text, basisStart, basisStart + basisText.length) : null,
        respectively: Boolean(respFirst ?? resp),
        reached: cm[8] !== undefined,
      };
      leadStart = exprStart;
    } else if (!prefix) {
      const om = OBJECT_CHANGE_RE.exec(before);
      const verbStart = om ? leadStart - om[0].length : -1;
      if (om && ![...om[2]!].some((ch) => CHANGE_OBJECT_STOP.includes(ch)) && !CHANGE_VERB_NOUNS.some((n) => text.startsWith(n, verbStart))) {
        change = { verb: piece(text, verbStart, verbStart + om[1]!.length), basis: null, respectively: false, reached: false };
        // the object (`编制`) is what changes: it stays in the label's clause
      }
    }
  }
  let distant: Piece | null = null;
  if (!prefix && !change) {
    const dm =
      DISTANT_RE.exec(text.slice(Math.max(0, leadStart - DISTANT_QUALIFIER_GAP - DISTANT_WORD_MAX), leadStart)) ??
      // the longer reach only where 的 stands right before the number (checked first: one character)
      (text.startsWith(SHARE_OF, leadStart - 1) ? SHARE_DISTANT_RE.exec(text.slice(Math.max(0, leadStart - SHARE_QUALIFIER_GAP - 1 - DISTANT_WORD_MAX), leadStart)) : null);
    if (dm) {
      const s = leadStart - dm[0].length;
      distant = piece(text, s, s + dm[1]!.length);
    } else {
      const capWindow = text.slice(Math.max(0, leadStart - CAP_WINDOW), leadStart);
      const cap = CAP_RE.exec(capWindow);
      if (cap) {
        const s = leadStart - cap[0].length;
        distant = piece(text, s, s + cap[1]!.length);
      } else {
        // …or after the verb, right before the number (`给予最高50万元奖励`)
        const after = CAP_AFTER_VERB_RE.exec(capWindow);
        if (after) distant = piece(text, leadStart - after[1]!.length, leadStart);
      }
    }
  }
  return { leadStart, prefix, distant, targetLink, change };
}

/**
 * A change named after its number (`保持百分之十左右的增长`, `实现5%的下降`): 的 + a change verb
 * used as a noun, after a number in a change unit, the noun ending the phrase (`的增长点` and
 * `的增长目标` name something else). The verb, or null.
 */
function nounChangeAfter(text: string, at: number, unit: string | null): Piece | null {
  if (unit === null || !CHANGE_UNITS.has(unit) || !text.startsWith(NOUN_CHANGE_LINK, at)) return null;
  const m = stickyAt(NOUN_CHANGE_RE, text, at + NOUN_CHANGE_LINK.length);
  if (!m || CJK.test(charAt(text, at + NOUN_CHANGE_LINK.length + m[0].length))) return null;
  return piece(text, at + NOUN_CHANGE_LINK.length, at + NOUN_CHANGE_LINK.length + m[0].length);
}

function build(
  text: string,
  numeral: Piece,
  chinese: boolean,
  tail: Tail,
  rawStart: number,
  extra: { kind: 'quantity' } | { kind: 'approxPair'; pair: readonly [number, number] } | { kind: 'proportion' },
  proportion: CandidateBase['proportion'] = null,
): Candidate {
  const left = readLeft(text, rawStart);
  // a level compared with and named after the number (`高于50%的临界点`): a reference level, no bound
  if (left.prefix && LEVEL_COMPARISON_PREFIXES.has(left.prefix.text) && text.startsWith(NAMED_LEVEL_MARK, tail.end)) {
    left.prefix = null;
    left.leadStart = rawStart;
  }
  // a verb of pace before a count of things takes it as its object (`加快2条海缆建设`): no change, the verb stays in the label
  if (
    left.change &&
    ((PACE_VERB_SET.has(left.change.verb.text) && countsObject(text, tail)) ||
      // a level reached, not a change, unless the number is in a change unit (`增长达到100亿元`)
      ((left.change.reached || RATE_MOVE_VERBS.has(left.change.verb.text)) && !CHANGE_UNITS.has(tail.unit?.text ?? proportion?.unit ?? '')) ||
      // a levy's rate (`增收10%关税`): the verb levies it
      ((tail.unit?.text ?? proportion?.unit) === '%' && leviesRate(text, tail.end)))
  ) {
    left.change = null;
    left.leadStart = left.prefix ? left.prefix.start : rawStart;
  }
  let kind: Candidate['kind'] = extra.kind;
  let verb: Piece | undefined;
  let basis: Piece | null | undefined;
  let respectively: boolean | undefined;
  let upper: Piece | undefined;
  if (left.change && extra.kind !== 'approxPair') {
    kind = 'change';
    ({ verb, basis, respectively } = left.change);
    // a bare lower bound joined to the upper (`增长1-3%`): the change is a range
    if (tail.upper && extra.kind === 'quantity') upper = tail.upper;
  } else {
    const noun = extra.kind !== 'approxPair' && !tail.upper && !left.targetLink ? nounChangeAfter(text, tail.end, tail.unit?.text ?? proportion?.unit ?? null) : null;
    if (noun) [kind, verb, basis, respectively] = ['change', noun, null, false];
    else if (tail.upper && extra.kind === 'quantity') [kind, upper] = ['range', tail.upper];
  }
  // One object shape for every kind (the fields another kind has are undefined): the rules and
  // the resolver read candidates of all five kinds, and five shapes made their reads megamorphic.
  return {
    kind,
    start: left.prefix ? left.prefix.start : rawStart,
    end: tail.end,
    leadStart: left.leadStart,
    numeral,
    chinese,
    unit: tail.unit,
    prefix: left.prefix,
    infix: tail.infix,
    suffix: tail.suffix,
    distant: left.distant,
    targetLink: left.targetLink,
    proportion,
    infixMagnitude: tail.infixMagnitude,
    upper,
    pair: extra.kind === 'approxPair' ? extra.pair : undefined,
    verb,
    basis,
    respectively,
  } as Candidate;
}

/** Characters a field label with its unit can end with, right before the number (`面积(㎡):12`, `金额(万元) 560`). */
const LABEL_UNIT_LAST = charSet(':：)） \t');
/** How far before a number a field label's `(unit):` may end (spaces between). */
const LABEL_UNIT_WINDOW = 24;
/**
 * A field label's bracketed unit (`(万元)`, `(单位:元)`): group 1 the magnitude, group 2 the unit.
 * attach-labels cuts the same brackets from the label.
 */
export const FIELD_LABEL_UNIT_SOURCE = `[(（](?:${alternation(LABEL_UNIT_INTROS)})?(${alternation(MAGNITUDES)})?(${alternation(UNITS)})[)）]`;
const LABEL_UNIT_RE = new RegExp(`${FIELD_LABEL_UNIT_SOURCE}[:：]?[ \t]*$`);

/**
 * A number whose unit stands only in the field label before it, as statistics pages and dumps
 * write them (`建筑面积(㎡):4500`, `合同金额(万元):560`): the unit (and its magnitude, which scales
 * the number) come from the label; `raw` is the number alone.
 */
function labelUnitCandidate(text: string, s: number, end: number): Candidate | null {
  if (s === 0 || !LABEL_UNIT_LAST.has(text.charCodeAt(s - 1))) return null;
  const from = Math.max(0, s - LABEL_UNIT_WINDOW);
  const m = LABEL_UNIT_RE.exec(text.slice(from, s));
  if (!m) return null;
  // the unit ends at the closing bracket, the first one in the match
  const unitEnd = from + m.index + m[0].search(/[)）]/);
  const unitStart = unitEnd - m[2]!.length;
  const magnitude = m[1] ? piece(text, unitStart - m[1].length, unitStart) : null;
  const unit = piece(text, unitStart, unitEnd);
  const tail: Tail = { upper: null, infix: null, infixMagnitude: magnitude, unit, suffix: null, end };
  return build(text, piece(text, s, end), false, tail, s, { kind: 'quantity' });
}

const SHARED_JOINER_FIRST = charSet(NUMBER_LIST_JOINERS.map((j) => j[0]!).join(''));
const SHARED_JOINER_RE = new RegExp(alternation(NUMBER_LIST_JOINERS), 'y');
const SHARED_JOINER_BEFORE_RE = new RegExp(`(?:${alternation(NUMBER_LIST_JOINERS)})$`);
const SHARED_UNIT_SET: ReadonlySet<string> = new Set(SHARED_UNIT_DIMENSIONS.flatMap((d) => UNIT_DIMENSIONS[d] ?? []));
const ORDINAL_LAST = charSet(ORDINAL_PREFIXES.map((p) => p[p.length - 1]!).join(''));
/** Characters that make digits part of a code or a longer number when they stand right before them. */
const CODE_GLUE = /[A-Za-z0-9.\-/:]/;
/** The joiner a list marker is written with (`1、`), and what a clause that such a marker opens follows. */
const LIST_MARKER_JOINER = '、';
const CLAUSE_OPENING_AFTER = charSet(`${CLAUSE_DELIMITERS} \t`);
/** A letter word and one space before digits (`GB 2763和18406项`): a code's number. */
const CODE_WORD_BEFORE = /[A-Za-z] $/;
const codeWordBefore = (text: string, at: number): boolean => CODE_WORD_BEFORE.test(text.slice(Math.max(0, at - 2), at));

/** Where the Arabic numeral starting at `s` ends. */
function arabicEnd(text: string, s: number): number {
  return scanNumeral(text, s).end;
}

/** How many numbers such a list may hold. */
const SHARED_UNIT_MAX_ITEMS = 8;

/** Where the Arabic numeral ending at `end` starts (digits, `,` groups, one decimal point), or `end`. */
function arabicStartBefore(text: string, end: number): number {
  let a = end;
  while (a > 0 && (DIGIT_SET.has(text.charCodeAt(a - 1)) || ((text.charCodeAt(a - 1) === DOT || text.charCodeAt(a - 1) === COMMA) && a - 1 > 0 && DIGIT_SET.has(text.charCodeAt(a - 2))))) a--;
  return a;
}

/**
 * A bare Arabic number in a list whose last number carries the unit (`755和771元/吨`, `12、15和18家`;
 * NUMBER_LIST_JOINERS): the quantity of the number in the last one's magnitude and unit, `raw` the
 * number alone. Null unless every item is a bare Arabic number, the last has a unit of SHARED_UNIT_DIMENSIONS
 * and no range, and the list does not follow an ordinal prefix or a code.
 */
function sharedUnitCandidate(text: string, s: number, end: number, currency: Piece | null): Candidate | null {
  if (currency) return null;
  // a number may carry its own magnitude (`5.2万和2.1万元`): then only the unit is shared
  const own = magnitudeAt(text, end);
  const itemEnd = end + own.length;
  if (!SHARED_JOINER_FIRST.has(codeAt(text, itemEnd))) return null;
  // the list's first number: back over the items before this one
  let head = s;
  for (let k = 0; k < SHARED_UNIT_MAX_ITEMS; k++) {
    const j = SHARED_JOINER_BEFORE_RE.exec(text.slice(Math.max(0, head - 2), head));
    if (!j || !DIGIT_SET.has(codeAt(text, head - j[0].length - 1))) break;
    head = arabicStartBefore(text, head - j[0].length);
  }
  if (head > 0 && (ORDINAL_LAST.has(text.charCodeAt(head - 1)) || CODE_GLUE.test(text[head - 1]!) || codeWordBefore(text, head))) return null;
  // `1、20个项目开工`: a number and 、 opening a clause is the item's marker, no item of a list
  if (text.startsWith(LIST_MARKER_JOINER, arabicEnd(text, head)) && (head === 0 || CLAUSE_OPENING_AFTER.has(text.charCodeAt(head - 1)))) return null;
  // the list's last number, and its magnitude and unit
  let p = itemEnd;
  for (let k = 0; k < SHARED_UNIT_MAX_ITEMS; k++) {
    const j = stickyAt(SHARED_JOINER_RE, text, p);
    if (!j || !DIGIT_SET.has(codeAt(text, p + j[0].length))) return null;
    const next = scanNumeral(text, p + j[0].length).end;
    const nextEnd = next + magnitudeAt(text, next).length;
    if (SHARED_JOINER_FIRST.has(codeAt(text, nextEnd)) && DIGIT_SET.has(codeAt(text, nextEnd + 1))) {
      p = nextEnd;
      continue;
    }
    for (const mag of magnitudeOptions(text, next)) {
      const tail = readTail(text, next + mag.length, true);
      if (tail.unit === null) continue;
      if (tail.upper !== null || tail.infix !== null || !SHARED_UNIT_SET.has(tail.unit.text)) return null;
      const magnitude = mag && !own ? piece(text, next, next + mag.length) : null;
      return build(text, piece(text, s, itemEnd), false, { upper: null, infix: null, infixMagnitude: magnitude, unit: tail.unit, suffix: null, end: itemEnd }, s, { kind: 'quantity' });
    }
    return null;
  }
  return null;
}

/** A unit alone on its line, maybe with its magnitude (`万平方米`, `个`, `%`): a table's unit cell. */
const CELL_UNIT_RE = new RegExp(`^[ \\t]*(${alternation(MAGNITUDES)})?(${alternation(UNITS)})[ \\t]*$`);
/** What may stand on a value cell's line beside its number: spaces and the signs of a bound (`≥2000`). */
const CELL_LEAD = charSet(' \t≥≤><');
/** A line between a unit cell and its value: empty, a dash, another value, or a short word (`预期性`). */
const CELL_FILLER = /^[ \t]*(?:|[-—–]{1,2}|[≥≤><]?\d[\d,.]*%?|[\u4e00-\u9fff]{1,4})[ \t]*$/;

/**
 * A number alone on its line in a table written one cell a line (`万平方米` / `预期性` / `240` /
 * `300`, as Markdown and text dumps flatten a table with a unit column): the unit cell stands at most
 * CELL_UNIT_REACH lines above, with only CELL_FILLER lines between; `raw` is the number alone.
 */
function cellUnitCandidate(text: string, s: number, end: number): Candidate | null {
  let a = s;
  while (a > 0 && CELL_LEAD.has(text.charCodeAt(a - 1))) a--;
  let b = end;
  while (b < text.length && (text.charCodeAt(b) === 32 || text.charCodeAt(b) === 9)) b++;
  if (a === 0 || text.charCodeAt(a - 1) !== NEWLINE || (b < text.length && text.charCodeAt(b) !== NEWLINE)) return null;
  for (let k = 0, lineEnd = a - 1; k < CELL_UNIT_REACH && lineEnd > 0; k++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd);
    const m = CELL_UNIT_RE.exec(line);
    if (m) {
      if (inChangeColumn(text, lineStart, k)) return null;
      const unitEnd = lineStart + line.trimEnd().length;
      const unit = piece(text, unitEnd - m[2]!.length, unitEnd);
      const magnitude = m[1] ? piece(text, unit.start - m[1].length, unit.start) : null;
      const tail: Tail = { upper: null, infix: null, infixMagnitude: magnitude, unit, suffix: null, end };
      return build(text, piece(text, s, end), false, tail, s, { kind: 'quantity' });
    }
    if (!CELL_FILLER.test(line)) return null;
    lineEnd = lineStart - 1;
  }
  return null;
}
const CELL_UNIT_REACH = 3;

/**
 * A number alone on its line in a table written one cell a line whose header states each value
 * column's unit in brackets (`金额(万元)` / `节约率(%)`, cell-header-unit.ts): that column's unit
 * and magnitude; `raw` is the number alone.
 */
function headerUnitCandidate(text: string, s: number, end: number): Candidate | null {
  if (s === 0 || text.charCodeAt(s - 1) !== NEWLINE) return null;
  const found = headerUnitFor(text, s);
  if (!found) return null;
  const unit = piece(text, found.unitStart, found.unitEnd);
  const magnitude = found.magnitudeStart === null ? null : piece(text, found.magnitudeStart, found.unitStart);
  const tail: Tail = { upper: null, infix: null, infixMagnitude: magnitude, unit, suffix: null, end };
  return build(text, piece(text, s, end), false, tail, s, { kind: 'quantity' });
}
const NEWLINE = 10;

/** How far above a row's unit cell the table's `单位` header cell is looked for. */
const CELL_HEADER_REACH = 40;
/** A header's unit written after its words (`增长%`, `增速(%)`): no part of its words. */
const HEADER_RATE_UNIT = /\s*[((]?[%‰][))]?$/;

/**
 * Whether the value `after` lines below the unit cell opening at `unitLine` stands in a change
 * column: the table's header, one cell a line, has its `单位` cell above, and the header cell as
 * far below that as the value is below the unit cell names changes (`增长%`, changeBasis).
 */
function inChangeColumn(text: string, unitLine: number, after: number): boolean {
  let lineEnd = unitLine - 1;
  for (let k = 0; k < CELL_HEADER_REACH && lineEnd > 0; k++) {
    const lineStart = text.lastIndexOf('\n', lineEnd - 1) + 1;
    const line = text.slice(lineStart, lineEnd).trim();
    if (SENTENCE_PUNCTUATION.test(line)) return false;
    if (UNIT_HEADER_SET.has(line)) {
      let at = lineEnd + 1;
      for (let n = 0; n < after && at < text.length; n++) at = text.indexOf('\n', at) + 1 || text.length;
      const headerEnd = text.indexOf('\n', at);
      const header = text.slice(at, headerEnd < 0 ? text.length : headerEnd).trim().replace(HEADER_RATE_UNIT, '');
      return changeBasis(header) !== undefined;
    }
    lineEnd = lineStart - 1;
  }
  return false;
}

/**
 * Digits, one space, a unit that pages set apart (`28.1 %`, `3.5 吨`; UNITS_AFTER_SPACE), or 余/多
 * and a unit or measure word (`150 余项`; INFIXES_AFTER_SPACE): the same quantity as without the
 * space, `raw` and the span keeping the space as written. Else nothing.
 */
function spacedUnitCandidate(text: string, s: number, end: number, rawStart: number): Candidate | null {
  const spaced = stickyAt(SPACED_UNIT_RE, text, end);
  if (spaced) {
    // a magnitude after the space (`10618.52 万元`) scales the number as one after 余/多 does
    const magStart = end + NUMBER_UNIT_SPACE.length;
    const magnitude = spaced[1] ? piece(text, magStart, magStart + spaced[1].length) : null;
    const unitStart = magnitude ? magnitude.end : magStart;
    const tail = readTail(text, unitStart, true);
    if (tail.unit && tail.upper === null && tail.infix === null && tail.unit.start === unitStart && UNITS_AFTER_SPACE_SET.has(tail.unit.text)) {
      return build(text, piece(text, s, end), false, { ...tail, infixMagnitude: magnitude }, rawStart, { kind: 'quantity' });
    }
  }
  // `150 余项`, `30 多个`: 余/多 after the space (INFIXES_AFTER_SPACE) and the unit right after it
  const afterSpace = end + NUMBER_UNIT_SPACE.length;
  if (INFIXES_AFTER_SPACE.has(text.charAt(afterSpace))) {
    const tail = readTail(text, afterSpace, true);
    if (tail.infix !== null && tail.upper === null && tail.unit !== null && tail.unit.start === (tail.infixMagnitude ?? tail.infix).end) {
      return build(text, piece(text, s, end), false, tail, rawStart, { kind: 'quantity' });
    }
  }
  return null;
}

/**
 * Digits, then a unit in brackets (`569800.00(元)`, `36.8(万元)`; BRACKETED_UNIT_OPEN): the quantity
 * of the number in that unit, `raw` and the span keeping the brackets as written. Null when the
 * brackets hold anything else (`第3(二)项`).
 */
function bracketedUnitCandidate(text: string, s: number, end: number, rawStart: number): Candidate | null {
  const bracketed = stickyAt(BRACKETED_UNIT_RE, text, end);
  if (!bracketed) return null;
  const magStart = end + BRACKETED_UNIT_OPEN.length;
  const magnitude = bracketed[1] ? piece(text, magStart, magStart + bracketed[1].length) : null;
  const unitStart = magnitude ? magnitude.end : magStart;
  const unit = piece(text, unitStart, unitStart + bracketed[2]!.length);
  const tail: Tail = { upper: null, infix: null, infixMagnitude: magnitude, unit, suffix: null, end: end + bracketed[0].length };
  return build(text, piece(text, s, end), false, tail, rawStart, { kind: 'quantity' });
}

const CURRENCY_LIST = Object.keys(CURRENCY_SYMBOLS).sort((a, b) => b.length - a.length);
const MONEY_UNIT_SET: ReadonlySet<string> = new Set(UNIT_DIMENSIONS.money);
/** What may not stand right before a currency symbol: a letter or digit makes it part of a code. */
const CURRENCY_GLUE = /[A-Za-z0-9$]/;

/** The last characters of the currency symbols: before any other, no symbol ends (most numerals). */
const CURRENCY_LAST = lastChars(CURRENCY_LIST);

/** The currency symbol right before `at` (one space between allowed: `US$ 2.5亿`), or null. */
function currencyBefore(text: string, at: number): Piece | null {
  const end = codeAt(text, at - 1) === SPACE_CODE ? at - 1 : at;
  if (!CURRENCY_LAST.has(codeAt(text, end - 1))) return null;
  const symbol = CURRENCY_LIST.find((c) => text.startsWith(c, end - c.length));
  if (symbol === undefined || CURRENCY_GLUE.test(charAt(text, end - symbol.length - 1))) return null;
  return piece(text, end - symbol.length, end);
}

/**
 * An amount after a currency symbol and with no unit after it (`$1,530`, `US$2.5亿`, `€45`): the
 * symbol is the unit (CURRENCY_SYMBOLS gives the money word); a magnitude after the digits scales them.
 */
function currencyCandidate(text: string, s: number, end: number, currency: Piece): Candidate {
  const mag = magnitudeAt(text, end);
  const numeral = piece(text, s, end + mag.length);
  const suf = stickyAt(SUFFIX_RE, text, numeral.end);
  const suffix = suf ? piece(text, numeral.end, numeral.end + suf[0].length) : null;
  const tail: Tail = { upper: null, infix: null, infixMagnitude: null, unit: currency, suffix, end: suffix ? suffix.end : numeral.end };
  return build(text, numeral, false, tail, currency.start, { kind: 'quantity' });
}

/** An index label and its copula before the number, a qualifier either side of the copula (`指数约为`, `指数达近`). */
const INDEX_QUALIFIER = `(?:${alternation(Object.keys(PREFIX_QUALIFIERS))})?`;
const INDEX_VALUE_RE = new RegExp(`(?:${alternation(INDEX_LABEL_ENDS)})(?:${INDEX_BASE_NOTE.source})?${INDEX_QUALIFIER}(?:${alternation(INDEX_COPULAS)})${INDEX_QUALIFIER}$`);
const INDEX_UNIT_RE = new RegExp(alternation(INDEX_POINT_UNITS), 'y');
const longest = (words: readonly string[]): number => Math.max(...words.map((w) => w.length));
const INDEX_WINDOW = longest(INDEX_LABEL_ENDS) + INDEX_BASE_NOTE_MAX + longest(INDEX_COPULAS) + 2 * longest(Object.keys(PREFIX_QUALIFIERS));
const ATTACH_SEPARATORS = charSet(CHANGE_ATTACH_SEPARATORS);
/** What an index value's copula (or a qualifier after it) ends with: other numerals skip the reader. */
const INDEX_LEAD_LAST = lastChars(INDEX_COPULAS, Object.keys(PREFIX_QUALIFIERS), INDEX_QUOTE_VERBS);
/**
 * A closing quote's verb right before the number (`收报`, `收于`); a verb that quotes only after a
 * market index or a change (报: QUOTE_VERBS) with that index's name or the change's unit before it.
 */
const QUOTE_LEADS = [...MARKET_INDEX_ENDS, ...[...CHANGE_UNITS, ...INDEX_POINT_UNITS].map((u) => `[0-9]${escapeRegExp(u)}`)];
const QUOTE_LED = QUOTE_VERBS.filter((v) => !v.alone).map((v) => v.verb);
const INDEX_QUOTE_RE = new RegExp(`(?:${alternation(QUOTE_VERBS.filter((v) => v.alone).map((v) => v.verb))}|(?:${QUOTE_LEADS.join('|')})(?:${alternation(QUOTE_LED)}))$`);
const INDEX_QUOTE_WINDOW = longest(INDEX_QUOTE_VERBS) + longest([...MARKET_INDEX_ENDS, ...CHANGE_UNITS, ...INDEX_POINT_UNITS]) + 1;

/** Where the last index value (or its change) ended, for the change that may follow it. */
interface IndexState {
  end: number;
}

/**
 * A number with no unit after it: a field label's unit (`面积(㎡):4500`), a currency symbol before
 * it (`$1,530`), or an index value (`综合指数为78.23`); else null.
 */
function unitlessCandidate(text: string, s: number, end: number, currency: Piece | null, index: IndexState): Candidate | null {
  const labelled =
    labelUnitCandidate(text, s, end) ?? cellUnitCandidate(text, s, end) ?? headerUnitCandidate(text, s, end) ?? sharedUnitCandidate(text, s, end, currency);
  if (labelled) return labelled;
  if (currency) return currencyCandidate(text, s, end, currency);
  const indexed = indexCandidate(text, s, end, index.end);
  if (indexed) index.end = indexed.end;
  return indexed;
}

/** Digits with at most an index's point unit after them (`102.5`, `1.2点`), and what follows. */
function indexTail(text: string, end: number): Tail {
  const u = stickyAt(INDEX_UNIT_RE, text, end);
  const unit = u ? piece(text, end, end + u[0].length) : null;
  const at = unit ? unit.end : end;
  const suf = stickyAt(SUFFIX_RE, text, at);
  const suffix = suf ? piece(text, at, at + suf[0].length) : null;
  return { upper: null, infix: null, infixMagnitude: null, unit, suffix, end: suffix ? suffix.end : at };
}

/**
 * A unitless index value (`综合指数为78.23`, `景气指数达102.5`): only after an index label and a
 * copula (INDEX_LABEL_ENDS, INDEX_COPULAS) or a closing quote's verb with its points (INDEX_QUOTE_VERBS),
 * or, as a change, right after such a value and its
 * separators (`,较上年提高0.33`, `,比上月回落1.2点`); `afterIndex` is where the last one ended.
 */
function indexCandidate(text: string, s: number, end: number, afterIndex: number): Candidate | null {
  if (afterIndex < 0 && !INDEX_LEAD_LAST.has(codeAt(text, s - 1))) return null;
  if (INDEX_VALUE_RE.test(text.slice(Math.max(0, s - INDEX_WINDOW), s))) {
    return build(text, piece(text, s, end), false, indexTail(text, end), s, { kind: 'quantity' });
  }
  // a level quoted at the close (`收报2929.09点`): only with its points, the verb alone names no index
  if (INDEX_QUOTE_RE.test(text.slice(Math.max(0, s - INDEX_QUOTE_WINDOW), s))) {
    const tail = indexTail(text, end);
    if (tail.unit !== null) return build(text, piece(text, s, end), false, tail, s, { kind: 'quantity' });
  }
  const left = readLeft(text, s);
  if (left.change === null || afterIndex < 0 || left.leadStart < afterIndex || ATTACH_SEPARATORS.runEnd(text, afterIndex) < left.leadStart) return null;
  return build(text, piece(text, s, end), false, indexTail(text, end), s, { kind: 'quantity' });
}

/** Units a minus sign may belong to (SIGNED_UNIT_DIMENSIONS, SIGNED_UNIT_NORMALS). */
const SIGNED_UNIT_SET: ReadonlySet<string> = new Set([
  ...SIGNED_UNIT_DIMENSIONS.flatMap((d) => UNIT_DIMENSIONS[d] ?? []),
  ...Object.keys(MEASUREMENT_UNIT_FORMS).filter((u) => (SIGNED_UNIT_NORMALS as readonly string[]).includes(MEASUREMENT_UNIT_FORMS[u]!)),
]);

/** 1 when a minus sign of its own stands right before the digits at `s` (MINUS_SIGNS after SIGN_MAY_FOLLOW) and the unit takes a sign, else 0. */
function minusBefore(text: string, s: number, unit: string): number {
  return s >= 2 && MINUS_SIGNS.includes(text[s - 1]!) && SIGN_MAY_FOLLOW.test(text[s - 2]!) && SIGNED_UNIT_SET.has(unit) ? 1 : 0;
}

/**
 * Every numeral with a unit (or a decimal range) in `text`, in text order; with `from` and `to`,
 * those whose numeral starts in `[from, to)` (read to their end, past `to` if need be). Pure.
 */
export function findCandidates(text: string, from = 0, to = text.length): Candidate[] {
  const out: Candidate[] = [];
  const index: IndexState = { end: -1 };
  for (let s = NUMERAL_START.indexIn(text, from, to), end = s; s >= 0; s = NUMERAL_START.indexIn(text, end, to)) {
    const scanned = scanNumeral(text, s);
    end = scanned.end;
    if (end - s > MAX_NUMERAL_LENGTH) continue;
    const { proportionPrefix, fraction } = scanned;
    if (proportionPrefix !== null || fraction) {
      out.push(proportionCandidate(text, s, end, proportionPrefix));
      continue;
    }
    const arabic = DIGIT_SET.has(text.charCodeAt(s));
    if (!arabic && isHalfRate(text, s, end)) {
      out.push(halfRateCandidate(text, s));
      end = s + HALF_RATE.length;
      continue;
    }
    // a Chinese run right after digits is their magnitude (`3.9万`), read with them
    if (!arabic && s > 0 && DIGIT_SET.has(text.charCodeAt(s - 1))) continue;
    // the rate shorthand (万三 = 0.0003, 千四五) is the bare parser's: in text it is no quantity
    if (!arabic && rateShorthand(text.slice(s, end)) !== null) continue;
    // a unit that starts with a place character (千克, 千瓦, 百分点) takes it from a Chinese run:
    // 二千瓦 is 2 千瓦, 五百分点 is 5 百分点
    if (!arabic && end - s > 1 && MAGNITUDE_FIRST.has(text.charCodeAt(end - 1)) && stickyAt(UNIT_RE, text, end - 1)) end -= 1;
    // one push for every kind of candidate: a call first made on a rare path (a spaced unit, a
    // bracketed one) deoptimised this loop, with all it inlines, each time a new path was taken
    const found = numeralCandidate(text, s, end, arabic, index);
    if (found !== null) out.push(found);
  }
  return out;
}

/** Whether the Chinese numeral run `[s, end)` is the 一 of `一半` standing as a rate (HALF_RATE). */
function isHalfRate(text: string, s: number, end: number): boolean {
  if (end - s !== 1 || !text.startsWith(HALF_RATE, s)) return false;
  const after = charAt(text, s + HALF_RATE.length);
  return !CJK.test(after) || HALF_RATE_FOLLOWERS.includes(after);
}

/** `一半` as 50 % (`压缩一半`, `一半以上`): a proportion whose numeral 一 is scaled to the percent. */
function halfRateCandidate(text: string, s: number): Candidate {
  const end = s + HALF_RATE.length;
  const suf = stickyAt(SUFFIX_RE, text, end);
  const suffix = suf ? piece(text, end, end + suf[0].length) : null;
  const tail: Tail = { upper: null, infix: null, infixMagnitude: null, unit: null, suffix, end: suffix ? suffix.end : end };
  return build(text, piece(text, s, s + 1), true, tail, s, { kind: 'proportion' }, { unit: '%', scale: HALF_RATE_PERCENT });
}

/** A proportion in words or a fraction (`百分之五点一`, `三分之一`) whose numeral ends at `end`. */
function proportionCandidate(text: string, s: number, end: number, proportionPrefix: string | null): Candidate {
  const digits = piece(text, s + (proportionPrefix?.length ?? 0), end);
  const suf = stickyAt(SUFFIX_RE, text, end);
  const suffix = suf ? piece(text, end, end + suf[0].length) : null;
  const tail: Tail = { upper: null, infix: null, infixMagnitude: null, unit: null, suffix, end: suffix ? suffix.end : end };
  return build(text, digits, true, tail, s, { kind: 'proportion' }, {
    unit: proportionPrefix !== null ? PROPORTION_PREFIXES[proportionPrefix]! : '%',
    scale: proportionPrefix !== null ? 1 : FRACTION_SCALE,
  });
}

/**
 * The candidate of the numeral `[s, end)` (digits when `arabic`, else a Chinese run), read with
 * what follows it (a spaced or bracketed unit, a magnitude, a range, 余/多, a unit) or, with no
 * unit, as a field label's, a currency's or an index value; null when it is none.
 */
function numeralCandidate(text: string, s: number, end: number, arabic: boolean, index: IndexState): Candidate | null {
  // nothing that can follow (magnitude, range, 余/多, unit): no candidate, and no allocation
  const next = codeAt(text, end);
  const currency = arabic ? currencyBefore(text, s) : null;
  const rawStart = currency ? currency.start : s;
  if (arabic && next === SPACE_CODE) return spacedUnitCandidate(text, s, end, rawStart) ?? unitlessCandidate(text, s, end, currency, index);
  if (arabic && next === BRACKET_CODE) {
    const bracketed = bracketedUnitCandidate(text, s, end, rawStart);
    if (bracketed) return bracketed;
  }
  if (!TAIL_FIRST.has(next) && !(arabic && MAGNITUDE_FIRST.has(next))) return arabic ? unitlessCandidate(text, s, end, currency, index) : null;
  const written = text.slice(s, end);
  // digits right before a unit that starts with a place character (1千克) take it as the unit
  const options = arabic ? (stickyAt(UNIT_RE, text, end) ? [''] : magnitudeOptions(text, end)) : [''];
  let chosen: { mag: string; tail: Tail } | null = null;
  for (const option of options) {
    // digits after a magnitude continue the numeral (`1万600`, `3万4000`)
    const more = option ? stickyAt(DIGITS_RE, text, end + option.length) : null;
    const mag = option + (more ? more[0] : '');
    const tail = readTail(text, end + mag.length, arabic);
    if (tail.unit) {
      chosen = { mag, tail };
      break;
    }
    if (mag === '' && tail.upper && isDecimal(written) && isDecimal(tail.upper.text)) chosen = { mag, tail };
  }
  // after a currency symbol only a money unit is the amount's (`￥560元`; `€45起` is from €45)
  if (currency && chosen?.tail.unit && !MONEY_UNIT_SET.has(chosen.tail.unit.text)) chosen = null;
  if (!chosen) return arabic ? unitlessCandidate(text, s, end, currency, index) : null;
  // `增长率-4.21‰`: a minus sign after a word is the number's own (its raw and value take it)
  const sign = arabic && !currency && !chosen.tail.upper && chosen.tail.unit ? minusBefore(text, s, chosen.tail.unit.text) : 0;
  const numeral = piece(text, s - sign, end + chosen.mag.length);
  const pair = arabic ? undefined : APPROXIMATE_PAIR.get(written);
  return build(text, numeral, !arabic, chosen.tail, rawStart - sign, pair ? { kind: 'approxPair', pair } : { kind: 'quantity' });
}
