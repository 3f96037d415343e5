// The end-of-run summary table and the progress line, as plain strings (the CLI decides where
// and whether they are shown).
import type { Document, Warning } from '../schema/records.js';
import { codePointLength as codePoints } from '../lib/span.js';

export interface RunTotals {
  documents: number;
  sections: number;
  columns: number;
  metrics: number;
  warnings: number;
  charactersKept: number;
  charactersRemoved: number;
  skipped: number;
  failed: number;
  milliseconds: number;
}

export function emptyTotals(): RunTotals {
  return { documents: 0, sections: 0, columns: 0, metrics: 0, warnings: 0, charactersKept: 0, charactersRemoved: 0, skipped: 0, failed: 0, milliseconds: 0 };
}


/**
 * What the CLI needs of a document besides its serialised records: counts for the summary, the
 * --verbose line, the warnings to print and --fail-on. Small, so a worker thread can send it
 * instead of the whole document.
 */
export interface DocumentSummary {
  path: string;
  sections: number;
  columns: number;
  metrics: number;
  removedBlocks: number;
  charactersKept: number;
  charactersRemoved: number;
  /** the rules that removed blocks, as the --verbose line shows them */
  rules: string;
  warnings: Warning[];
}

/** The rules that removed blocks, each with how many times (×2) when more than once, in first-use order. */
function rulesUsed(doc: Document): string {
  if (doc.removed.length === 0) return '';
  const counts = new Map<string, number>();
  for (const r of doc.removed) counts.set(r.rule, (counts.get(r.rule) ?? 0) + 1);
  let out = '';
  for (const [rule, n] of counts) out += `${out ? ', ' : ''}${n > 1 ? `${rule}×${n}` : rule}`;
  return out;
}

export function summariseDocument(doc: Document): DocumentSummary {
  return {
    path: doc.path,
    sections: doc.sections.length,
    columns: doc.columns.length,
    metrics: doc.metrics.length,
    removedBlocks: doc.removed.length,
    charactersKept: codePoints(doc.text),
    charactersRemoved: doc.removed.reduce((n, r) => n + codePoints(r.text), 0),
    rules: rulesUsed(doc),
    warnings: doc.warnings,
  };
}

export function addDocument(totals: RunTotals, doc: DocumentSummary): void {
  totals.documents++;
  totals.sections += doc.sections;
  totals.columns += doc.columns;
  totals.metrics += doc.metrics;
  totals.warnings += doc.warnings.length;
  totals.charactersKept += doc.charactersKept;
  totals.charactersRemoved += doc.charactersRemoved;
}

/** One line a file for --verbose: what was removed and found. */
export function documentLine(doc: DocumentSummary): string {
  const plural = (n: number, one: string, many = `${one}s`): string => `${n} ${n === 1 ? one : many}`;
  return [
    `${doc.path}:`,
    `${plural(doc.removedBlocks, 'block')} removed (${doc.charactersRemoved} characters${doc.removedBlocks ? `: ${doc.rules}` : ''}),`,
    `${plural(doc.sections, 'section')},`,
    `${doc.columns} 专栏,`,
    `${plural(doc.metrics, 'metric')},`,
    plural(doc.warnings.length, 'warning'),
  ].join(' ');
}

export function summaryTable(t: RunTotals, destination: string | null): string {
  const rows: Array<[string, string]> = [
    ['documents', String(t.documents)],
    ['sections', String(t.sections)],
    ['专栏', String(t.columns)],
    ['metrics', String(t.metrics)],
    ['warnings', String(t.warnings)],
    ['characters kept', String(t.charactersKept)],
    ['characters removed', String(t.charactersRemoved)],
    ['skipped (not documents)', String(t.skipped)],
    ['failed', String(t.failed)],
    ['time', `${(t.milliseconds / 1000).toFixed(2)} s`],
  ];
  if (destination) rows.push(['written to', destination]);
  // 专栏 is two columns wide in a terminal
  const width = (s: string): number => [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);
  const labelWidth = Math.max(...rows.map(([label]) => width(label)));
  return rows.map(([label, value]) => `  ${label}${' '.repeat(labelWidth - width(label))}  ${value}`).join('\n') + '\n';
}

export interface ProgressDetail {
  bytesDone: number;
  bytesTotal: number;
  elapsedMs: number;
  /** the file last finished */
  current: string;
}

/** 75 s → `1:15`, 3725 s → `1:02:05` */
export function clock(ms: number): string {
  const total = Math.max(0, Math.round(ms / 1000));
  const [h, m, sec] = [Math.floor(total / 3600), Math.floor((total % 3600) / 60), total % 60];
  const two = (n: number): string => String(n).padStart(2, '0');
  return h ? `${h}:${two(m)}:${two(sec)}` : `${m}:${two(sec)}`;
}

const MB = 1024 * 1024;
const FILE_ROOM = 24;

/**
 * A one-line progress bar, redrawn in place with \r: with `detail`, the rate (documents/s,
 * MB/s), the time elapsed, the time left (by bytes when the sizes are known) and the file last
 * finished, all within `columns`.
 */
export function progressLine(done: number, total: number, columns = 80, detail?: ProgressDetail): string {
  const counter = ` ${done}/${total}`;
  let stats = '';
  if (detail) {
    const seconds = detail.elapsedMs / 1000;
    const rate = seconds > 0 ? done / seconds : 0;
    const mbRate = seconds > 0 ? detail.bytesDone / MB / seconds : 0;
    const fraction = detail.bytesTotal > 0 ? detail.bytesDone / detail.bytesTotal : total > 0 ? done / total : 1;
    const eta = fraction > 0 && fraction < 1 ? clock((detail.elapsedMs / fraction) * (1 - fraction)) : fraction >= 1 ? '0:00' : '?';
    stats = ` ${rate.toFixed(1)} docs/s ${mbRate.toFixed(1)} MB/s ${clock(detail.elapsedMs)} ETA ${eta}`;
  }
  // with detail, the bar leaves room for the file's name (FILE_ROOM columns) when it can
  const barWidth = Math.max(10, Math.min(detail ? 30 : 40, columns - counter.length - stats.length - 4 - (detail ? FILE_ROOM : 0)));
  const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
  let line = `[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${counter}${stats}`;
  if (line.length > columns - 1) line = line.slice(0, columns - 1);
  const room = columns - 1 - line.length - 1;
  if (detail?.current && room >= 8) {
    const cps = [...escapeControls(detail.current)];
    line += ` ${cps.length <= room ? cps.join('') : `…${cps.slice(cps.length - room + 1).join('')}`}`;
  }
  // with detail the line's length varies: spaces cover what a longer line before it left
  return `\r${detail ? line.padEnd(columns - 1) : line}`;
}

/** The end of a run in one line, for stderr that is not a terminal (CI logs). */
export function summaryLine(t: RunTotals, destination: string | null): string {
  const parts = [
    `${t.documents} documents (${t.sections} sections, ${t.columns} 专栏, ${t.metrics} metrics, ${t.warnings} warnings)`,
    `${t.skipped} skipped, ${t.failed} failed`,
    `${(t.milliseconds / 1000).toFixed(2)} s`,
  ];
  if (destination) parts.push(`written to ${destination}`);
  return `customs-extract summary: ${escapeControls(parts.join('; '))}\n`;
}

/**
 * A message line with its control characters escaped (`\n` → `\\n`, others `\\xNN` or
 * `\\uNNNN`): a file name holding a newline or an escape sequence cannot split a line, forge
 * another message or drive the terminal.
 */
export function escapeControls(line: string): string {
  // eslint-disable-next-line no-control-regex
  return line.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/g, (c) => {
    const named: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };
    if (named[c]) return named[c];
    const code = c.charCodeAt(0);
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}
