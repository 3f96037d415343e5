// What changed between two datasets. Metrics are matched by identity — document, section,
// raw mention and which occurrence of that mention it is within the section — never by
// offsets, so a cleaning change that shifts the text does not show as every metric changed.
import type { Document, Metric, Section } from '../schema/records.js';

export interface DatasetSide {
  documents: readonly Document[];
  /** From the datapackage.json; null when the dataset does not record it. */
  rulesHash: string | null;
  toolVersion: string | null;
}

/** Identity of a metric across two datasets. */
export interface MetricKey {
  doc: string;
  section: string | null;
  raw: string;
  /** 0 for the first mention of `raw` in this document and section (in text order), 1 for the next… */
  occurrence: number;
}

/** The metric fields compared; span and id are left out on purpose (they move with the text). */
export const COMPARED_METRIC_FIELDS = ['value', 'valueMax', 'unit', 'qualifier', 'kind', 'label', 'change', 'direction', 'basis', 'from', 'period', 'column'] as const;
export type ComparedMetricField = (typeof COMPARED_METRIC_FIELDS)[number];

export interface FieldChange {
  field: string;
  old: unknown;
  new: unknown;
}

export interface MetricChange extends MetricKey {
  changes: FieldChange[];
}

export interface MetricEntry extends MetricKey {
  value: number;
  unit: string | null;
  label: string | null;
}

export interface SectionDiff {
  doc: string;
  id: string;
  kind: 'added' | 'removed' | 'retitled';
  /** Title in the old dataset (null when added). */
  oldTitle: string | null;
  /** Title in the new dataset (null when removed). */
  newTitle: string | null;
}

/** Document-level fields compared besides sections and metrics. */
export const COMPARED_DOCUMENT_FIELDS = ['title', 'text', 'removed', 'warnings', 'columns', 'toc', 'metadata', 'encoding', 'sha256'] as const;

export interface DocumentChange {
  doc: string;
  fields: string[];
}

export interface DatasetDiff {
  rules: { old: string | null; new: string | null; same: boolean | null };
  toolVersion: { old: string | null; new: string | null };
  counts: { old: Counts; new: Counts };
  documents: { added: string[]; removed: string[]; changed: DocumentChange[] };
  sections: SectionDiff[];
  metrics: { added: MetricEntry[]; removed: MetricEntry[]; changed: MetricChange[] };
  /** True when the data is the same; a different rules hash alone does not make datasets differ. */
  equal: boolean;
}

export interface Counts {
  documents: number;
  sections: number;
  metrics: number;
}

/** Keys that hold offsets into the text: they move whenever the text before them changes. */
const OFFSET_KEYS = new Set(['span', 'at']);

/**
 * JSON with object keys sorted, so two records compare equal whatever order their keys came
 * in; offsets are left out so that moved text is not reported as changed 专栏 or removed blocks.
 */
function canonical(value: unknown): string {
  return JSON.stringify(value, (key, v: unknown) => {
    if (OFFSET_KEYS.has(key)) return undefined;
    return v && typeof v === 'object' && !Array.isArray(v) ? Object.fromEntries(Object.entries(v).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) : v;
  });
}

const keyString = (k: MetricKey): string => JSON.stringify([k.doc, k.section, k.raw, k.occurrence]);

/** Each metric of a document with its identity, in text order. */
export function metricKeys(doc: Document): Array<{ key: MetricKey; metric: Metric }> {
  const inTextOrder = doc.metrics
    .map((metric, index) => ({ metric, index }))
    .sort((a, b) => a.metric.span[0] - b.metric.span[0] || a.metric.span[1] - b.metric.span[1] || a.index - b.index);
  const seen = new Map<string, number>();
  return inTextOrder.map(({ metric }) => {
    const group = JSON.stringify([metric.section, metric.raw]);
    const occurrence = seen.get(group) ?? 0;
    seen.set(group, occurrence + 1);
    return { key: { doc: doc.id, section: metric.section, raw: metric.raw, occurrence }, metric };
  });
}

const entry = (key: MetricKey, m: Metric): MetricEntry => ({ ...key, value: m.value, unit: m.unit, label: m.label });

function diffSections(doc: string, older: Section[], newer: Section[], out: SectionDiff[]): void {
  const byId = new Map(older.map((s) => [s.id, s]));
  const newIds = new Set(newer.map((s) => s.id));
  for (const s of older) if (!newIds.has(s.id)) out.push({ doc, id: s.id, kind: 'removed', oldTitle: s.title, newTitle: null });
  for (const s of newer) {
    const before = byId.get(s.id);
    if (!before) out.push({ doc, id: s.id, kind: 'added', oldTitle: null, newTitle: s.title });
    else if (before.title !== s.title) out.push({ doc, id: s.id, kind: 'retitled', oldTitle: before.title, newTitle: s.title });
  }
}

function diffMetrics(older: Document, newer: Document, out: DatasetDiff['metrics']): void {
  const before = new Map(metricKeys(older).map(({ key, metric }) => [keyString(key), { key, metric }]));
  const after = metricKeys(newer);
  const matched = new Set<string>();
  for (const { key, metric } of after) {
    const k = keyString(key);
    const old = before.get(k);
    if (!old) {
      out.added.push(entry(key, metric));
      continue;
    }
    matched.add(k);
    const changes: FieldChange[] = [];
    for (const field of COMPARED_METRIC_FIELDS) {
      if (canonical(old.metric[field]) !== canonical(metric[field])) changes.push({ field, old: old.metric[field], new: metric[field] });
    }
    if (changes.length) out.changed.push({ ...key, changes });
  }
  for (const [k, { key, metric }] of before) if (!matched.has(k)) out.removed.push(entry(key, metric));
}

/** A section id written before ids carried their letter: `3.2` (now `s3.2`). */
const BARE_SECTION_ID = /^\d+(?:\.\d+)*$/;
const lettered = (id: string | null): string | null => (id !== null && BARE_SECTION_ID.test(id) ? `s${id}` : id);

/**
 * A document from a dataset written before section ids carried their letter, with its ids in
 * today's form (`3.2` → `s3.2`), so that comparing it with a newer dataset does not show every
 * section as removed and added. A document already in today's form comes back as it is.
 */
export function withLetteredSectionIds(doc: Document): Document {
  if (!doc.sections.some((s) => BARE_SECTION_ID.test(s.id))) return doc;
  return {
    ...doc,
    sections: doc.sections.map((s) => ({ ...s, id: lettered(s.id)!, parent: lettered(s.parent) })),
    toc: doc.toc && { ...doc.toc, entries: doc.toc.entries.map((e) => ({ ...e, section: lettered(e.section) })) },
    columns: doc.columns.map((c) => ({ ...c, section: lettered(c.section) })),
    metrics: doc.metrics.map((m) => ({ ...m, section: lettered(m.section) })),
  };
}

/** Where a dataset came from, as its datapackage.json says (nulls where it does not). */
export type Provenance = Omit<DatasetSide, 'documents'>;

/**
 * A diff built one pair of documents at a time, in id order: `add(old, new)` with the document
 * of each side that has this id (null when only one side has it), then `finish()`. It holds no
 * document after `add` returns, only the differences found and the counts.
 */
export class DiffBuilder {
  private readonly diff: DatasetDiff;

  constructor(older: Provenance, newer: Provenance) {
    this.diff = {
      rules: { old: older.rulesHash, new: newer.rulesHash, same: older.rulesHash && newer.rulesHash ? older.rulesHash === newer.rulesHash : null },
      toolVersion: { old: older.toolVersion, new: newer.toolVersion },
      counts: { old: { documents: 0, sections: 0, metrics: 0 }, new: { documents: 0, sections: 0, metrics: 0 } },
      documents: { added: [], removed: [], changed: [] },
      sections: [],
      metrics: { added: [], removed: [], changed: [] },
      equal: true,
    };
  }

  /** The documents of one id: the old dataset's and the new one's (at least one of them). */
  add(older: Document | null, newer: Document | null): void {
    const diff = this.diff;
    for (const [doc, counts] of [[older, diff.counts.old], [newer, diff.counts.new]] as const) {
      if (!doc) continue;
      counts.documents++;
      counts.sections += doc.sections.length;
      counts.metrics += doc.metrics.length;
    }
    const a = older && withLetteredSectionIds(older);
    const b = newer && withLetteredSectionIds(newer);
    // an added document's sections and metrics are added ones, a removed document's removed ones
    if (!a) {
      diff.documents.added.push(b!.id);
      diffSections(b!.id, [], b!.sections, diff.sections);
      diffMetrics({ ...b!, metrics: [] }, b!, diff.metrics);
      return;
    }
    const id = a.id;
    if (!b) {
      diff.documents.removed.push(id);
      diffSections(id, a.sections, [], diff.sections);
      diffMetrics(a, { ...a, metrics: [] }, diff.metrics);
      return;
    }
    const fields = COMPARED_DOCUMENT_FIELDS.filter((f) => canonical(a[f]) !== canonical(b[f]));
    if (fields.length) diff.documents.changed.push({ doc: id, fields });
    diffSections(id, a.sections, b.sections, diff.sections);
    diffMetrics(a, b, diff.metrics);
  }

  finish(): DatasetDiff {
    const diff = this.diff;
    diff.equal =
      diff.documents.added.length + diff.documents.removed.length + diff.documents.changed.length + diff.sections.length + diff.metrics.added.length + diff.metrics.removed.length + diff.metrics.changed.length ===
      0;
    return diff;
  }
}

/** Compares two datasets; the result lists every difference, in document-id order. */
export function diffDatasets(older: DatasetSide, newer: DatasetSide): DatasetDiff {
  const oldDocs = new Map(older.documents.map((d) => [d.id, d]));
  const newDocs = new Map(newer.documents.map((d) => [d.id, d]));
  const ids = [...new Set([...oldDocs.keys(), ...newDocs.keys()])].sort();
  const builder = new DiffBuilder(older, newer);
  for (const id of ids) builder.add(oldDocs.get(id) ?? null, newDocs.get(id) ?? null);
  return builder.finish();
}

/** A side of a streamed diff whose documents are not in id order (or repeat an id). */
export class NotInIdOrderError extends Error {
  readonly code = 'diff/not-in-id-order';
}

/**
 * Compares two datasets whose documents come in id order (as every dataset the tool writes
 * lists them), one document of each side at a time: a merge-join, so memory holds one document
 * of each side plus the differences found. Throws NotInIdOrderError when a side is not in
 * strictly increasing id order; the caller may then compare them with `diffDatasets`.
 */
export async function diffDocumentStreams(older: Provenance & { documents: AsyncIterable<Document> }, newer: Provenance & { documents: AsyncIterable<Document> }): Promise<DatasetDiff> {
  const builder = new DiffBuilder(older, newer);
  const sides = [older, newer].map((side, k) => ({ name: k === 0 ? 'old' : 'new', it: side.documents[Symbol.asyncIterator](), next: null as Document | null, last: null as string | null }));
  const advance = async (s: (typeof sides)[number]): Promise<void> => {
    const step = await s.it.next();
    s.next = step.done ? null : step.value;
    if (s.next) {
      if (s.last !== null && !(s.next.id > s.last)) throw new NotInIdOrderError(`the ${s.name} dataset's documents are not in id order ("${s.next.id}" after "${s.last}")`);
      s.last = s.next.id;
    }
  };
  const [a, b] = sides as [(typeof sides)[number], (typeof sides)[number]];
  try {
    await advance(a);
    await advance(b);
    while (a.next || b.next) {
      const ida = a.next?.id;
      const idb = b.next?.id;
      if (ida !== undefined && (idb === undefined || ida < idb)) {
        builder.add(a.next, null);
        await advance(a);
      } else if (idb !== undefined && (ida === undefined || idb < ida)) {
        builder.add(null, b.next);
        await advance(b);
      } else {
        builder.add(a.next, b.next);
        await advance(a);
        await advance(b);
      }
    }
  } finally {
    await Promise.all(sides.map((s) => s.it.return?.()));
  }
  return builder.finish();
}
