// A document's outline as an indented tree for the terminal: sections by nesting, each 专栏
// box under the section it sits in, and a line for the table of contents.
import type { Column, Document } from '../schema/records.js';

export interface OutlineOptions {
  /** show each section's id (`s3.2`) before its marker */
  ids?: boolean;
}

export type OutlineInput = Pick<Document, 'id' | 'title' | 'sections' | 'toc' | 'columns'>;

const INDENT = '  ';

function boxLine(c: Column, depth: number): string {
  const what = c.table ? `table ${c.table.header.length}×${c.table.rows.length}` : `${c.items.length} item${c.items.length === 1 ? '' : 's'}`;
  return `${INDENT.repeat(depth)}[专栏${c.number ?? ''}] ${c.title} (${what})`;
}

/** Renders the outline; ends with a newline. */
export function toOutline(doc: OutlineInput, options: OutlineOptions = {}): string {
  const out: string[] = [doc.title ? `${doc.id}: ${doc.title}` : doc.id];
  if (doc.toc) out.push(`${INDENT}(table of contents: ${doc.toc.entries.length} entries)`);
  const boxesBySection = new Map<string | null, Column[]>();
  for (const c of doc.columns) boxesBySection.set(c.section, [...(boxesBySection.get(c.section) ?? []), c]);
  for (const c of boxesBySection.get(null) ?? []) out.push(boxLine(c, 1));
  if (doc.sections.length === 0) out.push(`${INDENT}(no sections)`);
  for (const s of doc.sections) {
    const depth = s.path.length + 1;
    const id = options.ids ? `${s.id} ` : '';
    // 第一章 总则, but 一、总则 and (一)目的: a marker ending in a letter is set apart by a space
    const marker = s.marker === null ? '· ' : /\p{L}$/u.test(s.marker) ? `${s.marker} ` : s.marker;
    out.push(`${INDENT.repeat(depth)}${id}${marker}${s.title}`);
    for (const c of boxesBySection.get(s.id) ?? []) out.push(boxLine(c, depth + 1));
  }
  return `${out.join('\n')}\n`;
}
