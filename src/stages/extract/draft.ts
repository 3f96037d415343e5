// The record refiners pass along: a metric under construction, with the offsets the refiners need
// (where the whole expression starts, where the label's clause may end). Spans are UTF-16 offsets
// into the cleaned text; src/stages/finalise.ts converts them to code points at the end.
import type { Basis, Change, Direction, Metric, Qualifier } from '../../schema/records.js';
import { MEASUREMENT_UNIT_FORMS } from '../../rules/zh/units.js';
import { wordMap } from '../../lib/word-map.js';
import { mapPacked } from '../../lib/packed.js';

export interface Draft {
  kind: Metric['kind'];
  /** `[start, end)` of `raw` */
  start: number;
  end: number;
  /** start of the whole expression: change verb and basis, target link, from marker, distant qualifier */
  leadStart: number;
  /** end of the whole expression: `end`, or the end of the change attached after it */
  extentEnd: number;
  value: number;
  unit: string | null;
  qualifier: Qualifier;
  valueMax: number | null;
  change: Change | null;
  direction: Direction | null;
  basis: Basis | null;
  from: number | null;
  label: string | null;
  section: string | null;
  column: string | null;
  period: string | null;
  /** a change list introduced by 分别 */
  respectively: boolean;
  /** a target reached by a change verb + 至/到 (`提升至60%`): the from–to pair's second half */
  targetLink: boolean;
  /** where the record comes from: running text or a 专栏 table cell (label, period and column given) */
  source: 'text' | 'table';
  /** the earlier value's own draft, on the later value of a from–to pair (`由35%提升至60%`): a record of its own at the end */
  earlier: Draft | null;
}

/**
 * A draft with every field present, always in the same order: one object shape for all drafts
 * keeps the refiners' copies (`{ ...d, period }`) on V8's fast path.
 */
export function newDraft(fields: Pick<Draft, 'start' | 'end' | 'value' | 'unit'> & Partial<Draft>): Draft {
  return {
    kind: fields.kind ?? 'quantity',
    start: fields.start,
    end: fields.end,
    leadStart: fields.leadStart ?? fields.start,
    extentEnd: fields.extentEnd ?? fields.end,
    value: fields.value,
    unit: fields.unit,
    qualifier: fields.qualifier ?? 'exact',
    valueMax: fields.valueMax ?? null,
    change: fields.change ?? null,
    direction: fields.direction ?? null,
    basis: fields.basis ?? null,
    from: fields.from ?? null,
    label: fields.label ?? null,
    section: fields.section ?? null,
    column: fields.column ?? null,
    period: fields.period ?? null,
    respectively: fields.respectively ?? false,
    targetLink: fields.targetLink ?? false,
    source: fields.source ?? 'text',
    earlier: fields.earlier ?? null,
  };
}

/**
 * A copy of a draft, field by field in newDraft's order: a fresh object of the one draft shape
 * whatever shape V8 has made of `d`, where a spread (`{ ...d }`) of a draft whose map has been
 * deprecated or generalised takes the runtime's slow path (the refiners copy every draft).
 */
export function copyDraft(d: Draft): Draft {
  // every field read from a draft (not newDraft's `??` over a partial object, whose reads see each
  // maker's object shape): the same literal order as newDraft, so the copy has newDraft's map
  return {
    kind: d.kind,
    start: d.start,
    end: d.end,
    leadStart: d.leadStart,
    extentEnd: d.extentEnd,
    value: d.value,
    unit: d.unit,
    qualifier: d.qualifier,
    valueMax: d.valueMax,
    change: d.change,
    direction: d.direction,
    basis: d.basis,
    from: d.from,
    label: d.label,
    section: d.section,
    column: d.column,
    period: d.period,
    respectively: d.respectively,
    targetLink: d.targetLink,
    source: d.source,
    earlier: d.earlier,
  };
}

/** MEASUREMENT_UNIT_FORMS as a Map (wordMap): every record's unit is looked up. */
const UNIT_FORM = wordMap(MEASUREMENT_UNIT_FORMS);

/** A unit in its one normal form (`cm` → 厘米, `m²` → 平方米, `°C` → ℃), for aggregating; any other unit as it is. */
export function normalUnit(unit: string | null): string | null {
  return unit === null ? null : (UNIT_FORM.get(unit) ?? unit);
}

/**
 * Drafts in text order, numbered after the `before` records of the document that precede them: the output
 * records. Drafts read in a folded `view` of `text` (extract/reading-view.ts) give their raw, unit and label
 * as `text` writes them; the normal unit is the folded one.
 */
export function toMetrics(docId: string, text: string, drafts: readonly Draft[], before = 0, view = text): Metric[] {
  return mapPacked(drafts, (d, i) => ({
    id: `${docId}#${before + i + 1}`,
    doc: docId,
    raw: text.slice(d.start, d.end),
    value: d.value,
    unit: view === text ? d.unit : writtenForm(d.unit, text, view, d.start, d.end),
    unitNormal: normalUnit(d.unit),
    qualifier: d.qualifier,
    valueMax: d.valueMax,
    kind: d.kind,
    change: view === text ? d.change : writtenChange(d.change, text, view, d.end),
    direction: d.direction,
    basis: d.basis,
    from: d.from,
    label: view === text ? d.label : writtenForm(d.label, text, view, d.leadStart - LABEL_REACH, d.extentEnd + LABEL_REACH),
    section: d.section,
    column: d.column,
    period: d.period,
    span: [d.start, d.end],
  }));
}

/** How far from its expression a label is looked for in the view, to be given as the text writes it. */
const LABEL_REACH = 400;

/** An attached change as `text` writes it: its raw found in `view` after the quantity (`from`), its unit the same piece of that raw. */
function writtenChange(change: Draft['change'], text: string, view: string, from: number): Draft['change'] {
  if (change === null) return null;
  const at = view.indexOf(change.raw, from);
  if (at < 0 || at - from > LABEL_REACH) return change;
  const raw = text.slice(at, at + change.raw.length);
  const unitAt = change.unit === null ? -1 : change.raw.lastIndexOf(change.unit);
  return { ...change, raw, unit: unitAt < 0 ? change.unit : raw.slice(unitAt, unitAt + change.unit!.length) };
}

/** `s` as `text` writes it where `view` holds it within `[from, to)`; `s` itself if it is not found there. */
function writtenForm(s: string | null, text: string, view: string, from: number, to: number): string | null {
  if (s === null || s.length === 0) return s;
  const at = view.indexOf(s, Math.max(0, from));
  return at >= 0 && at + s.length <= Math.min(to, view.length) ? text.slice(at, at + s.length) : s;
}
