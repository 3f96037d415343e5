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
  const counts = new Map<string, number>();
  for (const r of doc.removed) counts.set(r.rule, (counts.get(r.rule) ?? 0) + 1);
  return [...counts].map(([rule, n]) => (n > 1 ? `${rule}×${n}` : rule)).join(', ');
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

/** A one-line progress bar, redrawn in place with \r. */
export function progressLine(done: number, total: number, columns = 80): string {
  const counter = ` ${done}/${total}`;
  const barWidth = Math.max(10, Math.min(40, columns - counter.length - 4));
  const filled = total === 0 ? barWidth : Math.round((done / total) * barWidth);
  return `\r[${'#'.repeat(filled)}${'-'.repeat(barWidth - filled)}]${counter}`;
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
