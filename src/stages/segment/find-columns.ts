// 专栏 boxes: a box opens at `专栏N 标题` and runs to the end of its block — in text dumps and
// HTML tables the lines holding `|` cells; otherwise the item lines that follow it ((一), (二)…).
// A box is a table when its rows have cells, else a list of items written inline or one a line.
import type { ColumnItem, Table } from '../../schema/records.js';
import { COLUMN_START, COLUMN_WORDS, TITLE_TAIL } from '../../rules/zh/columns.js';
import { MARKER_KINDS, type MarkerKind } from '../../rules/zh/headings.js';
import { readMarkerNumber } from '../../locale/zh/marker-numerals.js';
import { markerAt, titleOf } from './detect-heading.js';
import { isBlank, lineText, startsWithAny, type Line } from './lines.js';
import { isTableLine, parseTable } from './parse-table.js';
import { isSpaceAt, trimEndChars, trimEndOffset, WHITESPACE } from './trim.js';
import { mapPacked } from '../../lib/packed.js';

export interface ColumnBlock {
  number: number | null;
  title: string;
  items: ColumnItem[];
  table: Table | null;
  start: number;
  end: number;
  /** indices of the lines the box holds */
  firstLine: number;
  lastLine: number;
}

/** Item markers: any non-legal heading form ((一), 1., ①…). */
const ITEM_KINDS: readonly MarkerKind[] = MARKER_KINDS.filter((k) => !k.clauseStart);
/** Each item kind alone, as markerAt takes it (one list per kind, made once). */
const ONE_KIND = new Map(ITEM_KINDS.map((k) => [k.id, [k] as const]));
/** What may stand before an inline item marker: the box's start, a space, a sentence end, a cell bar. */
const ITEM_BOUNDARY_BEFORE = /[\s。;；!！?？|]/;
/** Each item kind's marker, searched for: the box is read from one marker of its kind to the next. */
const NEXT_MARKER = new Map(ITEM_KINDS.map((k) => [k.id, new RegExp(k.pattern, 'g')]));


/** The box's lines after its first: the `|` block, or else the numbered item lines. */
function blockEnd(text: string, lines: readonly Line[], first: number): number {
  const hasBar = (i: number): boolean => isTableLine(lineText(text, lines[i]!));
  let last = first;
  let i = first + 1;
  while (i < lines.length) {
    if (isBlank(lines[i]!)) {
      i++;
      continue;
    }
    if (!hasBar(i) || COLUMN_START.test(lineText(text, lines[i]!))) break;
    last = i++;
  }
  if (last > first) return last;
  // No cells below the title: the following lines that number 1, 2, 3… in one marker kind.
  i = first + 1;
  let kind: string | null = null;
  let expected = 1;
  for (; i < lines.length; i++) {
    if (isBlank(lines[i]!)) continue;
    const m = markerAt(text, lines[i]!.content, ITEM_KINDS);
    if (!m || m.number !== expected || (kind !== null && m.kind !== kind)) break;
    kind = m.kind;
    expected++;
    last = i;
  }
  return last;
}

/** Items written inline or one a line, numbered 1, 2, 3… in the kind of the first one. */
export function findItems(text: string, from: number, to: number): ColumnItem[] {
  let at = from;
  while (at < to && /[\s|]/.test(text[at]!)) at++;
  const first = markerAt(text, at, ITEM_KINDS);
  if (!first || first.number !== 1) return [];
  const kind = ONE_KIND.get(first.kind)!;
  const next = NEXT_MARKER.get(first.kind)!;
  const starts = [first];
  // Only where a marker of the kind stands can an item start: the search skips to the next one
  // (each search ends at the next marker of the kind, so the box's searches stay linear).
  for (let i = first.end; i < to; ) {
    next.lastIndex = i;
    const found = next.exec(text);
    if (!found || found.index >= to) break;
    const m = ITEM_BOUNDARY_BEFORE.test(text[found.index - 1]!) ? markerAt(text, found.index, kind) : null;
    if (m && m.number === starts.length + 1) {
      starts.push(m);
      i = m.end;
    } else i = found.index + 1;
  }
  return mapPacked(starts, (m, k) => {
    const end = trimEndOffset(text, m.end, k + 1 < starts.length ? starts[k + 1]!.start : to, `${WHITESPACE}|`);
    let titleStart = m.end;
    while (titleStart < end && isSpaceAt(text, titleStart)) titleStart++;
    const { title, bodyStart } = titleOf(text, titleStart, end);
    return { marker: m.marker, number: m.number, title, text: text.slice(bodyStart, end).trim(), span: [m.start, end] };
  });
}

export function findColumns(text: string, lines: readonly Line[]): ColumnBlock[] {
  const boxes: ColumnBlock[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    // a box opens with one of its words: other lines are passed without cutting out their text
    if (!startsWithAny(text, line.content, COLUMN_WORDS)) continue;
    const m = COLUMN_START.exec(lineText(text, line));
    const title = trimEndChars(m?.groups?.title ?? '', TITLE_TAIL).trim();
    if (!m || title === '') continue;
    const last = blockEnd(text, lines, i);
    const bodyLines = lines.slice(i + 1, last + 1);
    const rows = mapPacked([line, ...bodyLines], (l) => lineText(text, l));
    const table = rows.every((r) => r.trim() === '' || isTableLine(r)) ? parseTable(rows) : null;
    const end = trimEndOffset(text, line.start, lines[last]!.end, WHITESPACE);
    const bodyStart = bodyLines[0]?.content ?? end;
    boxes.push({
      number: readMarkerNumber(m.groups!.num ?? m.groups!.cnNum ?? ''),
      title,
      items: table ? [] : findItems(text, bodyStart, end),
      table,
      start: line.content,
      end,
      firstLine: i,
      lastLine: last,
    });
    i = last;
  }
  return boxes;
}
