// HTML → lines of text, through cheerio (parse5: fragments and malformed markup parse too).
// Widgets and page furniture are dropped, block elements end lines, data tables become
// ` | `-separated rows like the text dumps', and <title>/<h1>/<meta> feed the metadata.
import { createRequire } from 'node:module';
import type { AnyNode, Element } from 'domhandler';
import { META_TAGS } from '../../rules/zh/metadata.js';
import type { Metadata } from '../../schema/records.js';
import type { PageText } from '../types.js';
import { splitPageTitle } from './find-title.js';
import { BLOCK_ELEMENTS, DROPPED_ELEMENTS, FORM_BODY_SHARE, LIST_ITEM_PREFIX, MAX_DATA_CELL_CHARS } from './html-elements.js';

type CheerioModule = typeof import('cheerio');
type CheerioAPI = ReturnType<CheerioModule['load']>;

let cheerio: CheerioModule | undefined;
/** cheerio is loaded on the first HTML document only: text runs never pay its start-up cost. */
function loadCheerio(): CheerioModule {
  cheerio ??= createRequire(import.meta.url)('cheerio') as CheerioModule;
  return cheerio;
}

/** HTML's inter-element whitespace (not no-break or ideographic spaces, which are text). */
const HTML_SPACE = /[ \t\n\r\f]+/g;

class LineWriter {
  readonly lines: string[] = [];
  private current = '';
  write(text: string): void {
    this.current += text;
  }
  /** Ends the current line; an empty one is not written (blocks never stack blank lines). */
  end(): void {
    const line = this.current.replace(/^[ \t]+|[ \t]+$/g, '');
    if (line.length > 0) this.lines.push(line);
    this.current = '';
  }
}

const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';

/** All the text under a node on one line (a table cell, a heading). */
function inlineText(node: AnyNode): string {
  if (node.type === 'text') return (node as unknown as { data: string }).data;
  if (!isElement(node)) return '';
  if (node.name === 'br') return ' ';
  const inner = node.children.map(inlineText).join('');
  return BLOCK_ELEMENTS.has(node.name) ? ` ${inner} ` : inner;
}
const oneLine = (node: AnyNode): string => inlineText(node).replace(HTML_SPACE, ' ').trim();

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const visit = (node: Element): void => {
    for (const child of node.children) {
      if (!isElement(child)) continue;
      if (child.name === 'tr') rows.push(child);
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') visit(child);
    }
  };
  visit(table);
  return rows;
}
const cellsOf = (row: Element): Element[] => row.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));

function hasDescendant(node: Element, name: string): boolean {
  return node.children.some((c) => isElement(c) && (c.name === name || hasDescendant(c, name)));
}

/** A data table holds short cells and no nested table; anything else is page layout. */
function isDataTable(table: Element): boolean {
  if (hasDescendant(table, 'table')) return false;
  const rows = rowsOf(table);
  if (rows.length === 0 || !rows.some((r) => cellsOf(r).length >= 2)) return false;
  return rows.every((r) => cellsOf(r).every((c) => oneLine(c).length <= MAX_DATA_CELL_CHARS));
}

function writeTable(table: Element, out: LineWriter): void {
  out.end();
  for (const child of table.children) if (isElement(child) && child.name === 'caption') {
    out.write(oneLine(child));
    out.end();
  }
  for (const row of rowsOf(table)) {
    const cells: string[] = [];
    for (const cell of cellsOf(row)) {
      cells.push(oneLine(cell));
      const span = Number.parseInt(cell.attribs['colspan'] ?? '1', 10);
      for (let k = 1; k < Math.min(Number.isFinite(span) ? span : 1, 50); k++) cells.push('');
    }
    if (cells.every((c) => c === '')) continue;
    out.write(`${cells.join(' | ')} |`);
    out.end();
  }
}

function walk(node: AnyNode, out: LineWriter, pre: boolean): void {
  if (node.type === 'text') {
    const data = (node as unknown as { data: string }).data;
    if (!pre) {
      out.write(data.replace(HTML_SPACE, ' '));
      return;
    }
    const parts = data.split(/\r?\n/);
    parts.forEach((part, i) => {
      if (i > 0) out.end();
      out.write(part);
    });
    return;
  }
  if (!isElement(node)) return; // comments, directives, CDATA
  const name = node.name;
  if (name === 'br') return out.end();
  if (name === 'table' && isDataTable(node)) return writeTable(node, out);
  const block = BLOCK_ELEMENTS.has(name);
  if (block) out.end();
  if (name === 'li') out.write(LIST_ITEM_PREFIX);
  for (const child of node.children) walk(child, out, pre || name === 'pre');
  if (block) out.end();
}

function readMetadata($: CheerioAPI): { metadata: Metadata; titleHints: string[] } {
  const metadata: Metadata = {};
  $('meta').each((_, el) => {
    const name = ($(el).attr('name') ?? $(el).attr('property') ?? '').trim().toLowerCase();
    const key = META_TAGS[name];
    const content = ($(el).attr('content') ?? '').replace(HTML_SPACE, ' ').trim();
    if (key && content && metadata[key] === undefined) metadata[key] = content;
  });
  const hints: string[] = [];
  if (typeof metadata.title === 'string') hints.push(metadata.title);
  const h1 = $('h1')
    .toArray()
    .map((el) => oneLine(el))
    .find((t) => t.length > 0);
  if (h1) hints.push(h1);
  const pageTitle = $('title').first().text().replace(HTML_SPACE, ' ').trim();
  if (pageTitle) {
    const { title, site } = splitPageTitle(pageTitle);
    hints.push(title);
    if (site && metadata.site === undefined) metadata.site = site;
  }
  return { metadata, titleHints: [...new Set(hints)] };
}

export function htmlToPageText(html: string): PageText {
  const $ = loadCheerio().load(html);
  const { metadata, titleHints } = readMetadata($);
  $(DROPPED_ELEMENTS.join(',')).remove();
  const bodyChars = $('body').text().replace(HTML_SPACE, '').length;
  $('form').each((_, form) => {
    if ($(form).text().replace(HTML_SPACE, '').length < bodyChars * FORM_BODY_SHARE) $(form).remove();
  });
  const out = new LineWriter();
  const root = $('body').get(0) ?? $.root().get(0);
  if (root) walk(root, out, false);
  out.end();
  return { text: out.lines.join('\n'), metadata, titleHints };
}
