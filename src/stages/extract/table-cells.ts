// Metrics from 专栏 tables: every numeric cell is a metric, labelled by its row's indicator cell
// (list marker and unit parentheses removed), with the unit from those parentheses (`(个)`,
// `(%)`, `(亿元)` → 元 and the magnitude applied), the qualifier from the cell (`>90`, `≥60`), and
// the period from the column header (`2025年` → `2025`; `年均` as written). `—` and words
// (`预期性`) are not metrics. Each cell's span is located in the text within the column's span.
import type { Column } from '../../schema/records.js';
import { PREFIX_QUALIFIERS, SUFFIX_QUALIFIERS } from '../../rules/zh/qualifiers.js';
import { MAGNITUDES } from '../../rules/zh/magnitudes.js';
import { LIST_MARKER } from '../../rules/zh/labels.js';
import { alternation } from '../../lib/pattern.js';
import { parseChineseNumber } from './parse-chinese-number.js';
import { newDraft, type Draft } from './draft.js';
import { findCandidates } from './find-candidates.js';
import { resolveMetric } from './resolve-metric.js';

const CELL_BAR = '|';
const INDICATOR_COLUMN = 0;
const PREFIX = new RegExp(`^${alternation(Object.keys(PREFIX_QUALIFIERS))}`);
const SUFFIX = new RegExp(`${alternation(Object.keys(SUFFIX_QUALIFIERS))}$`);
const CELL_NUMBER = /^(\d+(?:,\d{3})*(?:\.\d+)?)(%|‰)?$/;
/** `(个)`, `(%)`, `(亿元)` at the end of an indicator. */
const UNIT_PARENS = /\(([^()]{1,6})\)$/;
const HEADER_YEAR = /((?:19|20)\d{2})(?:\s*[—–\-~至到]\s*((?:19|20)\d{2}))?\s*年?/;
const MAGNITUDE_FIRST = new RegExp(`^(${alternation(MAGNITUDES)})(.+)$`);

interface CellValue {
  value: number;
  qualifier: Draft['qualifier'];
  unit: string | null;
}

/** A cell's number, qualifier and own unit; null for `—`, words and empty cells. */
export function readCell(cell: string, magnitude: string): CellValue | null {
  let s = cell.trim();
  let qualifier: Draft['qualifier'] = 'exact';
  const p = PREFIX.exec(s);
  if (p) {
    qualifier = PREFIX_QUALIFIERS[p[0]]!;
    s = s.slice(p[0].length).trim();
  }
  const q = SUFFIX.exec(s);
  if (q) {
    qualifier = SUFFIX_QUALIFIERS[q[0]]!;
    s = s.slice(0, -q[0].length).trim();
  }
  const m = CELL_NUMBER.exec(s);
  if (!m) return readWrittenCell(cell.trim());
  try {
    return { value: parseChineseNumber(m[1]! + magnitude), qualifier, unit: m[2] ?? null };
  } catch {
    return null;
  }
}

/** A cell that writes its own unit (`2.5万亿元`, `约35个`): read as running text would be. */
function readWrittenCell(cell: string): CellValue | null {
  const found = findCandidates(cell);
  if (found.length !== 1) return null;
  const d = resolveMetric(found[0]!);
  if (!d || d.start !== 0 || d.end !== cell.length || d.kind !== 'quantity') return null;
  return { value: d.value, qualifier: d.qualifier, unit: d.unit };
}

/** Header cells that hold each row's unit (`单位`, `计量单位`). */
const UNIT_HEADERS = new Set(['单位', '计量单位']);

/** The indicator's label and unit: `1.“一带一路”海关国际合作机制(个)` → label, `个`. */
export function readIndicator(cell: string): { label: string; unit: string | null; magnitude: string } {
  let label = cell.trim().replace(LIST_MARKER, '');
  let unit: string | null = null;
  let magnitude = '';
  const u = UNIT_PARENS.exec(label);
  if (u) {
    label = label.slice(0, u.index).trim();
    unit = u[1]!.trim();
    const mm = MAGNITUDE_FIRST.exec(unit);
    if (mm) {
      magnitude = mm[1]!;
      unit = mm[2]!;
    }
  }
  return { label, unit, magnitude };
}

/** A header cell as a period: `2025年` → `2025`, `2021—2025年` → `2021-2025`, else as written. */
export function headerPeriod(header: string): string | null {
  const h = header.trim();
  if (!h) return null;
  const m = HEADER_YEAR.exec(h);
  if (m) return m[2] ? `${m[1]}-${m[2]}` : m[1]!;
  return h;
}

/** Cells of one text line with their offsets, as splitCells reads them. */
function lineCells(text: string, lineStart: number, lineEnd: number): { text: string; start: number; end: number }[] {
  const cells: { text: string; start: number; end: number }[] = [];
  let segStart = lineStart;
  for (let i = lineStart; i <= lineEnd; i++) {
    if (i === lineEnd || text[i] === CELL_BAR) {
      const seg = text.slice(segStart, i);
      const lead = seg.length - seg.trimStart().length;
      const trimmed = seg.trim();
      cells.push({ text: trimmed, start: segStart + lead, end: segStart + lead + trimmed.length });
      segStart = i + 1;
    }
  }
  const line = text.slice(lineStart, lineEnd).trim();
  if (line.startsWith(CELL_BAR)) cells.shift();
  if (line.endsWith(CELL_BAR) && cells.length > 0) cells.pop();
  return cells;
}

export interface TableCells {
  drafts: Draft[];
  /** text ranges of the table lines: running-text candidates there are superseded */
  covered: [number, number][];
}

/** The line holding `first` between `from` and `to`, as `[lineStart, lineEnd)`. */
function rowLine(text: string, from: number, to: number, first: string): [number, number] | null {
  const at = text.indexOf(first, from);
  if (at < 0 || at >= to) return null;
  const lineStart = text.lastIndexOf('\n', at) + 1;
  let lineEnd = text.indexOf('\n', at);
  if (lineEnd < 0 || lineEnd > to) lineEnd = to;
  return [lineStart, lineEnd];
}

export function tableCells(text: string, columns: readonly Column[]): TableCells {
  const drafts: Draft[] = [];
  const covered: [number, number][] = [];
  for (const column of columns) {
    const table = column.table;
    if (!table) continue;
    let cursor = column.span[0];
    const periods = table.header.map(headerPeriod);
    const unitColumn = table.header.findIndex((h) => UNIT_HEADERS.has(h.trim()));
    const headerLine = rowLine(text, cursor, column.span[1], table.header.find((h) => h.trim() !== '') ?? '');
    if (headerLine) {
      covered.push(headerLine);
      cursor = headerLine[1];
    }
    for (const row of table.rows) {
      const first = row[INDICATOR_COLUMN] ?? '';
      if (!first.trim()) continue;
      const line = rowLine(text, cursor, column.span[1], first.trim());
      if (!line) continue;
      covered.push(line);
      cursor = line[1];
      const indicator = readIndicator(first);
      if (unitColumn > 0 && row[unitColumn]?.trim()) Object.assign(indicator, readIndicator(`(${row[unitColumn]!.trim()})`), { label: indicator.label });
      const located = lineCells(text, line[0], line[1]);
      for (let i = 0; i < row.length; i++) {
        if (i === INDICATOR_COLUMN || i === unitColumn) continue;
        const cell = row[i]!;
        const read = readCell(cell, indicator.magnitude);
        if (!read) continue;
        const loc = located[i] && located[i]!.text === cell.trim() ? located[i]! : null;
        if (!loc) continue;
        drafts.push(
          newDraft({
            start: loc.start,
            end: loc.end,
            value: read.value,
            unit: read.unit ?? indicator.unit,
            qualifier: read.qualifier,
            label: indicator.label || null,
            period: periods[i] ?? null,
            column: column.id,
            source: 'table',
          }),
        );
      }
    }
  }
  return { drafts, covered };
}

/** Adds the table cells and drops running-text drafts on table lines. */
export function mergeTableCells(drafts: readonly Draft[], text: string, columns: readonly Column[]): Draft[] {
  const { drafts: cells, covered } = tableCells(text, columns);
  const kept = drafts.filter((d) => !covered.some(([s, e]) => d.start >= s && d.start < e));
  return [...kept, ...cells].sort((a, b) => a.start - b.start);
}
