// How a DatasetDiff is printed: a short summary table for a terminal, the full diff as JSON
// for programs, or as Markdown for a pull-request comment. Pure: diff in, string out.
import type { DatasetDiff, FieldChange, MetricKey } from './diff-datasets.js';

export const DIFF_FORMATS = ['table', 'json', 'md'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

const show = (v: unknown): string => (v === null || v === undefined ? '∅' : typeof v === 'string' ? v : JSON.stringify(v));
// A rules hash is long; its first characters are enough to tell two apart at a glance.
const short = (hash: string): string => (hash.length > 24 ? `${hash.slice(0, 19)}…` : hash);

function rulesLine(diff: DatasetDiff): string {
  const { old, new: now, same } = diff.rules;
  if (same === true) return `rules: same (${short(old ?? '')})`;
  if (same === false) return `rules: different (old ${short(old ?? '')}, new ${short(now ?? '')})`;
  const missing = [old === null ? 'old' : null, now === null ? 'new' : null].filter(Boolean).join(' and ');
  return `rules: unknown (no rules hash in the ${missing} dataset's datapackage.json)`;
}

function table(rows: string[][]): string {
  const widths = rows[0]!.map((_, c) => Math.max(...rows.map((r) => [...(r[c] ?? '')].length)));
  return rows.map((r) => r.map((cell, c) => (c === 0 ? cell.padEnd(widths[c]!) : cell.padStart(widths[c]!))).join('  ').trimEnd()).join('\n');
}

function summaryRows(diff: DatasetDiff): string[][] {
  const { old, new: now } = diff.counts;
  const kinds = (k: 'added' | 'removed' | 'retitled'): number => diff.sections.filter((s) => s.kind === k).length;
  return [
    ['', 'old', 'new', 'added', 'removed', 'changed'],
    ['documents', `${old.documents}`, `${now.documents}`, `${diff.documents.added.length}`, `${diff.documents.removed.length}`, `${diff.documents.changed.length}`],
    ['sections', `${old.sections}`, `${now.sections}`, `${kinds('added')}`, `${kinds('removed')}`, `${kinds('retitled')}`],
    ['metrics', `${old.metrics}`, `${now.metrics}`, `${diff.metrics.added.length}`, `${diff.metrics.removed.length}`, `${diff.metrics.changed.length}`],
  ];
}

/** Which metric fields changed, and in how many metrics each: "label 37, period 19". */
function changedFieldsLine(diff: DatasetDiff): string | null {
  const counts = new Map<string, number>();
  for (const c of diff.metrics.changed) for (const { field } of c.changes) counts.set(field, (counts.get(field) ?? 0) + 1);
  if (counts.size === 0) return null;
  return `metric fields changed: ${[...counts].map(([field, n]) => `${field} ${n}`).join(', ')}`;
}

/** The short summary: counts per kind of record, which metric fields changed, the rules line and the verdict. */
export function formatDiffSummary(diff: DatasetDiff): string {
  const fields = changedFieldsLine(diff);
  return `${table(summaryRows(diff))}\n${fields ? `${fields}\n` : ''}${rulesLine(diff)}\n${diff.equal ? 'datasets are equal' : 'datasets differ'}\n`;
}

/** The full diff as JSON (stable key order: the order DatasetDiff declares). */
export function formatDiffJson(diff: DatasetDiff): string {
  return `${JSON.stringify(diff, null, 2)}\n`;
}

/** Escapes a Markdown table cell: pipes and newlines would break the row, `<` would become markup. */
function cell(v: unknown): string {
  return show(v).replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;').replace(/`/g, '\\`');
}

const where = (k: MetricKey): string => `${cell(k.doc)} | ${cell(k.section)} | ${cell(k.raw)} | ${k.occurrence}`;
const changeText = (c: FieldChange): string => `${c.field}: ${cell(c.old)} → ${cell(c.new)}`;

/** The full diff as Markdown, for a pull-request comment. */
export function formatDiffMarkdown(diff: DatasetDiff): string {
  const out: string[] = ['## customs-extract diff', ''];
  const rows = summaryRows(diff);
  out.push(`| ${rows[0]!.map((h) => h || 'records').join(' | ')} |`, `| ${rows[0]!.map(() => '---').join(' | ')} |`);
  for (const r of rows.slice(1)) out.push(`| ${r.join(' | ')} |`);
  const fields = changedFieldsLine(diff);
  if (fields) out.push('', cell(fields));
  out.push('', `${cell(rulesLine(diff))}; tool ${cell(diff.toolVersion.old)} → ${cell(diff.toolVersion.new)}`, '', diff.equal ? '**The datasets are equal.**' : '**The datasets differ.**');
  const d = diff.documents;
  if (d.added.length || d.removed.length || d.changed.length) {
    out.push('', '### Documents', '', '| document | change |', '| --- | --- |');
    for (const id of d.added) out.push(`| ${cell(id)} | added |`);
    for (const id of d.removed) out.push(`| ${cell(id)} | removed |`);
    for (const c of d.changed) out.push(`| ${cell(c.doc)} | changed: ${c.fields.join(', ')} |`);
  }
  if (diff.sections.length) {
    out.push('', '### Sections', '', '| document | section | change | old title | new title |', '| --- | --- | --- | --- | --- |');
    for (const s of diff.sections) out.push(`| ${cell(s.doc)} | ${cell(s.id)} | ${s.kind} | ${cell(s.oldTitle)} | ${cell(s.newTitle)} |`);
  }
  const m = diff.metrics;
  if (m.added.length || m.removed.length || m.changed.length) {
    out.push('', '### Metrics', '', '| document | section | raw | occurrence | change |', '| --- | --- | --- | --- | --- |');
    for (const e of m.added) out.push(`| ${where(e)} | added: ${cell(e.value)} ${cell(e.unit)} (${cell(e.label)}) |`);
    for (const e of m.removed) out.push(`| ${where(e)} | removed: ${cell(e.value)} ${cell(e.unit)} (${cell(e.label)}) |`);
    for (const c of m.changed) out.push(`| ${where(c)} | ${c.changes.map(changeText).join('; ')} |`);
  }
  return `${out.join('\n')}\n`;
}

export function formatDiff(diff: DatasetDiff, format: DiffFormat): string {
  if (format === 'json') return formatDiffJson(diff);
  if (format === 'md') return formatDiffMarkdown(diff);
  return formatDiffSummary(diff);
}
