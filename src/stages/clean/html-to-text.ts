// HTML → lines of text, through cheerio (parse5: fragments and malformed markup parse too).
// Widgets and page furniture are dropped, block elements end lines, data tables become
// ` | `-separated rows like the text dumps', and <title>/<h1>/<meta> feed the metadata.
import { createRequire } from 'node:module';
import type { AnyNode, Element } from 'domhandler';
import { META_TAGS } from '../../rules/zh/metadata.js';
import type { Metadata } from '../../schema/records.js';
import type { PageText } from '../types.js';
import { splitPageTitle } from './find-title.js';
import { BLOCK_ELEMENTS, DROPPED_ELEMENTS, FORM_BODY_SHARE, LIST_ITEM_PREFIX, MAX_DATA_CELL_CHARS, MAX_NESTING, VOID_ELEMENTS } from './html-elements.js';

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
const dataOf = (node: AnyNode): string => (node as unknown as { data: string }).data;

// Every traversal below keeps its own stack: pages nest tens of thousands deep, past the call stack.

/** All the text under a node, block boundaries read as spaces (a table cell, a heading, a form). */
function textUnder(node: AnyNode): string {
  const parts: string[] = [];
  const stack: Array<AnyNode | string> = [node];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      parts.push(item);
      continue;
    }
    if (item.type === 'text') parts.push(dataOf(item));
    if (!isElement(item) && item.type !== 'root') continue;
    const el = item as Element;
    if (isElement(item) && el.name === 'br') {
      parts.push(' ');
      continue;
    }
    const block = isElement(item) && BLOCK_ELEMENTS.has(el.name);
    if (block) stack.push(' ');
    for (let i = el.children.length - 1; i >= 0; i--) stack.push(el.children[i]!);
    if (block) parts.push(' ');
  }
  return parts.join('');
}
const oneLine = (node: AnyNode): string => textUnder(node).replace(HTML_SPACE, ' ').trim();

function rowsOf(table: Element): Element[] {
  const rows: Element[] = [];
  const stack: Element[] = [table];
  while (stack.length > 0) {
    const node = stack.pop()!;
    for (let i = node.children.length - 1; i >= 0; i--) {
      const child = node.children[i]!;
      if (!isElement(child)) continue;
      if (child.name === 'tr') rows.push(child);
      else if (child.name === 'thead' || child.name === 'tbody' || child.name === 'tfoot') stack.push(child);
    }
  }
  return rows.reverse();
}
const cellsOf = (row: Element): Element[] => row.children.filter((c): c is Element => isElement(c) && (c.name === 'td' || c.name === 'th'));

function hasDescendant(node: Element, name: string): boolean {
  const stack: Element[] = [node];
  while (stack.length > 0) {
    for (const child of stack.pop()!.children) {
      if (!isElement(child)) continue;
      if (child.name === name) return true;
      stack.push(child);
    }
  }
  return false;
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
  for (const child of table.children) {
    if (!isElement(child) || child.name !== 'caption') continue;
    out.write(oneLine(child));
    out.end();
  }
  for (const row of rowsOf(table)) {
    const cells: string[] = [];
    for (const cell of cellsOf(row)) {
      cells.push(oneLine(cell));
      const span = Number.parseInt(cell.attribs['colspan'] ?? '1', 10);
      for (let k = 1; k < Math.min(Number.isFinite(span) ? span : 1, MAX_COLSPAN); k++) cells.push('');
    }
    if (cells.every((c) => c === '')) continue;
    out.write(`${cells.join(' | ')} |`);
    out.end();
  }
}
/** A colspan beyond this is a layout trick, not columns. */
const MAX_COLSPAN = 50;

/** True when the element's previous sibling, whitespace aside, is a link. */
function previousIsLink(el: Element): boolean {
  for (let prev = el.prev; prev; prev = prev.prev) {
    if (prev.type === 'text' && dataOf(prev).trim() === '') continue;
    return isElement(prev) && prev.name === 'a';
  }
  return false;
}

type Step = { node: AnyNode } | { leave: 'block' } | { leave: 'pre' };

function walk(root: AnyNode, out: LineWriter): void {
  let preDepth = 0;
  const stack: Step[] = [{ node: root }];
  while (stack.length > 0) {
    const step = stack.pop()!;
    if ('leave' in step) {
      if (step.leave === 'pre') preDepth--;
      else out.end();
      continue;
    }
    const node = step.node;
    if (node.type === 'text') {
      const data = dataOf(node);
      if (preDepth === 0) out.write(data.replace(HTML_SPACE, ' '));
      else
        data.split(/\r?\n/).forEach((part, i) => {
          if (i > 0) out.end();
          out.write(part);
        });
      continue;
    }
    if (!isElement(node) && node.type !== 'root') continue; // comments, directives, CDATA
    const el = node as Element;
    const name = isElement(node) ? el.name : '';
    if (name === 'br') {
      out.end();
      continue;
    }
    if (name === 'table' && isDataTable(el)) {
      writeTable(el, out);
      continue;
    }
    const block = BLOCK_ELEMENTS.has(name);
    if (block) {
      out.end();
      stack.push({ leave: 'block' });
    }
    if (name === 'pre') {
      preDepth++;
      stack.push({ leave: 'pre' });
    }
    if (name === 'li') out.write(LIST_ITEM_PREFIX);
    // links set side by side (`<a>首页</a><a>机构概况</a>`) read as separate words, as a browser shows them
    if (name === 'a' && previousIsLink(el)) out.write(' ');
    for (let i = el.children.length - 1; i >= 0; i--) stack.push({ node: el.children[i]! });
  }
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
  const titleElement = $('title').get(0);
  const pageTitle = titleElement ? oneLine(titleElement) : '';
  if (pageTitle) {
    const { title, site } = splitPageTitle(pageTitle);
    hints.push(title);
    if (site && metadata.site === undefined) metadata.site = site;
  }
  return { metadata, titleHints: [...new Set(hints)] };
}

const TAG = /<(\/?)([a-zA-Z][\w:-]{0,30})[^>]*>/g;

/**
 * Drops tags nested deeper than MAX_NESTING (closing ones included), in one linear scan: HTML
 * parsers walk their stack of open elements per tag, so a page nested 100 000 deep costs them
 * quadratic time. No real page nests that deep; its text is kept, only the extra boundaries go.
 */
export function capNesting(html: string): string {
  let depth = 0;
  let capped = false;
  const out = html.replace(TAG, (tag, slash: string, name: string) => {
    const lower = name.toLowerCase();
    if (VOID_ELEMENTS.has(lower) || tag.endsWith('/>')) return tag;
    if (slash) {
      const over = depth > MAX_NESTING;
      depth = Math.max(0, depth - 1);
      return over ? '' : tag;
    }
    depth++;
    if (depth <= MAX_NESTING) return tag;
    capped = true;
    return '';
  });
  return capped ? out : html;
}

export function htmlToPageText(html: string): PageText {
  const $ = loadCheerio().load(capNesting(html));
  const { metadata, titleHints } = readMetadata($);
  $(DROPPED_ELEMENTS.join(',')).remove();
  const root = $('body').get(0) ?? $.root().get(0);
  const bodyChars = root ? textUnder(root).replace(HTML_SPACE, '').length : 0;
  $('form').each((_, form) => {
    if (textUnder(form).replace(HTML_SPACE, '').length < bodyChars * FORM_BODY_SHARE) $(form).remove();
  });
  const out = new LineWriter();
  if (root) walk(root, out);
  out.end();
  return { text: out.lines.join('\n'), metadata, titleHints };
}
