// Resolve: one candidate → value, unit, qualifier (and for a change, direction and basis).
// Every numeral goes through parseChineseNumber; the resolver never parses digits itself.
// A numeral the parser refuses is no metric (null).
import type { Qualifier } from '../../schema/records.js';
import { CHANGE_VERBS, BASIS_WORDS, CONTRACTED_CHANGES } from '../../rules/zh/changes.js';
import { CAP_QUALIFIERS, DISTANT_QUALIFIERS, INFIX_QUALIFIERS, PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS } from '../../rules/zh/qualifiers.js';
import { CURRENCY_SYMBOLS } from '../../rules/zh/units.js';
import { MAGNITUDES, isBareMagnitude } from '../../locale/zh/numerals.js';
import { tryParseChineseNumber } from '../../locale/zh/parse-number.js';
import type { Candidate } from './find-candidates.js';
import { newDraft, type Draft } from './draft.js';
import { wordMap } from '../../lib/word-map.js';

/** The tables as Maps (wordMap): units and words are looked up by fresh slices of the text. */
const PREFIX_QUALIFIER = wordMap(PREFIX_QUALIFIERS);
const INFIX_QUALIFIER = wordMap(INFIX_QUALIFIERS);
const SUFFIX_QUALIFIER = wordMap(SUFFIX_QUALIFIERS);
const DISTANT_QUALIFIER = wordMap({ ...DISTANT_QUALIFIERS, ...CAP_QUALIFIERS });
const CAP_WORD: ReadonlySet<string> = new Set(Object.keys(CAP_QUALIFIERS));
const CURRENCY_WORD = wordMap(CURRENCY_SYMBOLS);
const CHANGE_DIRECTION = wordMap(CHANGE_VERBS);
const CONTRACTED_CHANGE = wordMap(CONTRACTED_CHANGES);
const BASIS_OF = wordMap(BASIS_WORDS);

/** Significant digits kept when a unit rescales a value (`三成` → 30): drops binary noise. */
const RESCALE_PRECISION = 15;

function rescale(value: number, factor: number): number {
  return Number((value * factor).toPrecision(RESCALE_PRECISION));
}

function tryParse(text: string): number | null {
  const v = tryParseChineseNumber(text);
  return v !== null && Number.isFinite(v) ? v : null;
}

/** The magnitude a numeral ends with (`3万` → `万`), so a range's lower bound can share it (`2-3万个`). */
const MAGNITUDES_LONGEST_FIRST = [...MAGNITUDES].sort((a, b) => b.length - a.length);

function trailingMagnitude(numeral: string): string {
  for (const m of MAGNITUDES_LONGEST_FIRST) if (numeral.endsWith(m) && /\d/.test(numeral[numeral.length - m.length - 1] ?? '')) return m;
  return '';
}

/**
 * The count a bare magnitude after a prefix qualifier stands for: one of it (`近万家` 10000 家 approx, `逾亿元`,
 * `超万人`, `不足万人`), as `近千家` is 1000 家 by the parser's own `千`; the parser refuses a bare 万 (it needs a
 * number before it). A bound of a group's name is none (drop-non-metrics.ts, boundInGroupName).
 * `fixtures/extract/bare-magnitude-bounds`
 */
const IMPLIED_COUNT = '一';

function qualifierOf(c: Candidate): Qualifier {
  if (c.kind === 'range' || c.kind === 'approxPair' || (c.kind === 'change' && c.upper)) return 'range';
  if (c.prefix) return PREFIX_QUALIFIER.get(c.prefix.text) ?? 'exact';
  if (c.infix) return INFIX_QUALIFIER.get(c.infix.text) ?? 'exact';
  if (c.suffix) return SUFFIX_QUALIFIER.get(c.suffix.text) ?? 'exact';
  if (c.distant) return DISTANT_QUALIFIER.get(c.distant.text) ?? 'exact';
  return 'exact';
}

export function resolveMetric(c: Candidate): Draft | null {
  // a unit is recorded as written (spec/metrics.md: cm, m², μg/m3; its normal form is unitNormal, see
  // toMetrics); a currency symbol before the number ($, ￥) is recorded as the money word it stands for
  let unit = c.proportion ? c.proportion.unit : c.unit ? (CURRENCY_WORD.get(c.unit.text) ?? c.unit.text) : null;
  let value: number | null;
  let valueMax: number | null = null;
  if (c.kind === 'approxPair') {
    [value, valueMax] = c.pair;
  } else if (c.kind === 'range' || (c.kind === 'change' && c.upper)) {
    const upper = c.upper!;
    const shared = trailingMagnitude(upper.text);
    const lowerText = shared && !trailingMagnitude(c.numeral.text) && /\d$/.test(c.numeral.text) ? c.numeral.text + shared : c.numeral.text;
    value = tryParse(lowerText);
    valueMax = tryParse(upper.text);
    if (valueMax === null || value === null || valueMax <= value) return null;
  } else {
    // a magnitude after 余/多 scales the numeral before it (`一千八百余万` = 一千八百万)
    value = tryParse(c.infixMagnitude ? c.numeral.text + c.infixMagnitude.text : c.numeral.text);
    if (value === null && c.prefix && !c.infixMagnitude && isBareMagnitude(c.numeral.text)) value = tryParse(IMPLIED_COUNT + c.numeral.text);
    if (value !== null && c.proportion && c.proportion.scale !== 1) value = rescale(value, c.proportion.scale);
  }
  if (value === null) return null;
  const draft = newDraft({
    start: c.start,
    end: c.end,
    // a distant adverb leaves the label (`至少接受1次`); a cap stays in it, with its verb (`每年最高补助50万元`)
    leadStart: c.distant && !CAP_WORD.has(c.distant.text) ? Math.min(c.leadStart, c.distant.start) : c.leadStart,
    value,
    unit,
    qualifier: qualifierOf(c),
    valueMax,
    targetLink: c.targetLink !== null,
    // a verb after the number (`百分之十左右的增长`) belongs to the expression
    extentEnd: c.kind === 'change' ? Math.max(c.end, c.verb.end) : c.end,
  });
  if (c.kind === 'change') {
    draft.kind = 'change';
    const contracted = CONTRACTED_CHANGE.get(c.verb.text);
    draft.direction = CHANGE_DIRECTION.get(c.verb.text) ?? contracted?.direction ?? null;
    draft.basis = c.basis ? (BASIS_OF.get(c.basis.text) ?? null) : (contracted?.basis ?? null);
    draft.respectively = c.respectively;
    if (draft.direction === null) return null;
    // a negative growth rate is a fall (`牧业产值…增长-3.2%` is down 3.2 %, as a table's `-3.2` under 增长 is); after a
    // verb of falling the sign only repeats it (`偏低-1.2℃`): direction and value as for `下降3.2%`, raw as written
    if (draft.value < 0 && draft.valueMax === null) {
      draft.value = -draft.value;
      draft.direction = 'down';
    }
  }
  return draft;
}
