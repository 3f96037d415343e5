// HTML → lines of text, through cheerio. Widgets and page furniture are dropped, block elements end
// lines, data tables become ` | `-separated rows like the text dumps', and <title>/<h1>/<meta> feed
// the metadata.
//
// Parsing: cheerio's htmlparser2 build (cheerio/slim) is about four times faster than its default
// parse5, but it builds a different tree from malformed markup (stray tags, text inside tables,
// content after </body>…). The tree is therefore checked for every construct where the two differ
// (divergesFromSpec) and such a page is parsed again with parse5, so every page reads as a browser's
// tree builder (the HTML spec) would build it, fragments and malformed markup included.
//
// The tree is then read in place: one survey for the metadata, one walk for the text. Dropped
// elements and small forms are skipped as they come rather than removed first.
import { createRequire } from 'node:module';
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import { META_TAGS } from '../../rules/zh/metadata.js';
import type { Metadata } from '../../schema/records.js';
import type { PageText } from '../types.js';
import { splitPageTitle } from './find-title.js';
import {
  BLOCK_ELEMENTS,
  DROPPED_ELEMENTS,
  FOREIGN_BREAKOUT,
  FORM_BODY_SHARE,
  FORMATTING_ELEMENTS,
  HEAD_CONTENT,
  HEADINGS,
  LIST_ITEM_PREFIX,
  MAX_DATA_CELL_CHARS,
  MAX_NESTING,
  SCOPE_BOUNDARIES,
  SPEC_ONLY_ELEMENTS,
  SPECIAL_ELEMENTS,
  TABLE_CHILDREN,
  TABLE_CLOSERS,
  TABLE_PARENTS,
  TABLE_PARTS,
  VOID_ELEMENTS,
} from './html-elements.js';

type SlimModule = typeof import('cheerio/slim');
type CheerioModule = typeof import('cheerio');
type CheerioAPI = ReturnType<SlimModule['load']>;

const requireHere = createRequire(import.meta.url);
let fast: { $: CheerioAPI; isHtml: (s: string) => boolean } | undefined;
let spec: CheerioModule | undefined;

/**
 * Parses with htmlparser2. cheerio is loaded on the first HTML document only: text runs never pay
 * its start-up cost. One loaded instance parses every page through `$(markup)`: `load()` per page
 * costs a third more. End indices let divergesFromSpec see which tag closed each element.
 */
function parseFast(html: string): Document {
  fast ??= {
    $: (requireHere('cheerio/slim') as SlimModule).load('', { xml: { xmlMode: false, withEndIndices: true } }),
    isHtml: (requireHere('cheerio/utils') as typeof import('cheerio/utils')).isHtml,
  };
  // `$(markup)` needs a tag to take the string as markup; a page without one is parsed on its own
  const node = fast.isHtml(html) ? fast.$(html).get(0) : undefined;
  const doc = node?.parent ?? fast.$.load(html, { xml: { xmlMode: false, withEndIndices: true } }).root().get(0);
  return doc as Document;
}

/** Parses with parse5, the spec's tree builder; full cheerio is loaded only when a page needs it. */
function parseSpec(html: string): Document {
  spec ??= requireHere('cheerio') as CheerioModule;
  return spec.load(html).root().get(0) as Document;
}

/** HTML's inter-element whitespace (not no-break or ideographic spaces, which are text). */
const HTML_SPACE = /[ \t\n\r\f]+/g;
const ONLY_HTML_SPACE = /^[ \t\n\r\f]*$/;

const isElement = (node: AnyNode): node is Element => node.type === 'tag' || node.type === 'script' || node.type === 'style';
const isParent = (node: AnyNode): node is ParentNode & Element => isElement(node) || node.type === 'root';
const dataOf = (node: AnyNode): string => (node as unknown as { data: string }).data;
const nameOf = (node: AnyNode | null): string => (node && isElement(node) ? node.name : '');

// ---------------------------------------------------------------------------------------------
// Survey: metadata sources, the body, and whether htmlparser2's tree can be trusted.

interface Survey {
  metas: Element[];
  h1s: Element[];
  title: Element | undefined;
  body: Element | undefined;
  hasForm: boolean;
  diverges: boolean;
}

/** Reads the end tag whose name ends at or before `at`: its lower-case name, or null for a start tag. */
function tagAt(html: string, at: number): { end: boolean; name: string } {
  const lt = html.lastIndexOf('<', at);
  const end = html.charCodeAt(lt + 1) === 47; // '/'
  let i = lt + (end ? 2 : 1);
  const from = i;
  for (let c = html.charCodeAt(i); i < html.length && c !== 62 && c !== 47 && c !== 32 && c !== 9 && c !== 10 && c !== 12 && c !== 13; c = html.charCodeAt(++i));
  return { end, name: html.slice(from, i).toLowerCase() };
}

/**
 * True when an element that htmlparser2 closed at end tag `closer` would stay open (or move) in
 * parse5: the spec ignores end tags that do not reach their element, and reparents nodes around
 * misnested formatting elements.
 */
function closeDiverges(name: string, closer: string): boolean {
  if (FORMATTING_ELEMENTS.has(closer) || closer === 'form') return true;
  if (name === 'a') return true; // reopened by parse5 after the closer: links next to each other read apart
  if (TABLE_PARTS.has(name)) return !TABLE_CLOSERS.has(closer);
  if (name === 'ul' || name === 'ol') return closer === 'li' || closer === 'dd' || closer === 'dt';
  if (name === 'button') return closer === 'p';
  if (SCOPE_BOUNDARIES.has(name)) return true;
  if (closer === 'body' || closer === 'html') return false; // content after </body> is checked on its own
  return !SPECIAL_ELEMENTS.has(closer) && SPECIAL_ELEMENTS.has(name);
}

function elementDiverges(el: Element, html: string, inside: Counts): boolean {
  const name = el.name;
  const parent = el.parent;
  const parentName = nameOf(parent);
  if (SPEC_ONLY_ELEMENTS.has(name)) return true;
  if ((name === 'a' && inside.a > 0) || (name === 'form' && inside.form > 0)) return true;
  if (inside.svg > 0 && FOREIGN_BREAKOUT.has(name)) return true;
  if (inside.rawText > 0 && (el.type !== 'tag' || name === 'title' || name === 'textarea' || name === 'xmp')) return true;
  if (HEADINGS.has(name) && HEADINGS.has(parentName)) return true;
  if (inside.select > 0 && !SELECT_CONTENT.has(name)) return true; // parse5 ignores other tags inside a <select>
  if (name === 'html' && parent?.type !== 'root') return true;
  if ((name === 'head' || name === 'body') && parent?.type !== 'root' && parentName !== 'html') return true;
  const parents = TABLE_PARENTS[name];
  if (parents && !parents.has(parentName)) return true;
  const allowed = TABLE_CHILDREN[parentName];
  if (allowed && !allowed.has(name) && !DROPPED.has(name)) return true;
  if (parentName === 'head' && !HEAD_CONTENT.has(name)) return true;
  if (el.type === 'script' && /<!--[\s\S]*<script/i.test(el.children.map(dataOf).join(''))) return true; // script data "double escaped" in parse5
  // how the element was closed
  const endIndex = el.endIndex;
  if (endIndex === null) return true;
  if (endIndex >= html.length) return HEADINGS.has(name); // closed by the end of the page, as in parse5, unless a stray </hN> closed it there
  const closer = tagAt(html, endIndex);
  if (closer.end && closer.name === name) {
    if (HEADINGS.has(name)) inside.closedHeadings++;
    else if (name === 'body' || name === 'html') inside.closedPage++;
    return false; // closed by its own end tag
  }
  if (RAW_TEXT_IN_SPEC.has(name) || name === 'select') return true; // parse5 reads on to their own end tag
  if (!closer.end) return false; // closed by a start tag: an optional end tag, as in parse5
  return closeDiverges(name, closer.name);
}

interface Counts {
  a: number;
  form: number;
  svg: number;
  rawText: number;
  select: number;
  closedHeadings: number;
  closedPage: number;
}
const DROPPED: ReadonlySet<string> = new Set(DROPPED_ELEMENTS);
/** Elements parse5 reads as raw text: markup htmlparser2 finds inside them may have ended them early. */
const RAW_TEXT_IN_SPEC: ReadonlySet<string> = new Set(['noscript', 'iframe']);
/** What parse5 keeps inside a <select>. */
const SELECT_CONTENT: ReadonlySet<string> = new Set(['option', 'optgroup', 'hr', 'script', 'template']);

/**
 * Markup the two tokenizers read differently: `</>`, a comment closed by `--!>`, an end tag with a
 * slash after its name or a quote inside, and a tag cut off by the end of the page.
 */
const TOKENIZER_DIVERGENCES = /<\/>|--!>|<\/[A-Za-z][^\s/>]*[/<]|<\/[A-Za-z][^<>]*["']/;
/** parse5 closes any open heading at any heading's end tag; htmlparser2 ignores one without its own element. */
const HEADING_END_TAG = /<\/h[1-6][\s/>]/gi;
/** A </body> or </html> before the body starts one in parse5. */
const PAGE_END_TAG = /<\/(?:body|html)[\s/>]/gi;
function cutOffTag(html: string): boolean {
  const lt = html.lastIndexOf('<');
  return lt >= 0 && html.indexOf('>', lt) < 0 && /[A-Za-z!/?]/.test(html.charAt(lt + 1));
}

/** One pass over the whole tree, in document order (as cheerio's `$('meta')` would list them). */
function survey(doc: Document, html: string | null): Survey {
  const s: Survey = { metas: [], h1s: [], title: undefined, body: undefined, hasForm: false, diverges: false };
  if (html !== null && (TOKENIZER_DIVERGENCES.test(html) || cutOffTag(html))) s.diverges = true;
  const inside: Counts = { a: 0, form: 0, svg: 0, rawText: 0, select: 0, closedHeadings: 0, closedPage: 0 };
  let headings = 0;
  let head: Element | undefined;
  let strayBeforeBody = false;
  let strayTopText = false;
  let titleOutsideHead = false;
  let contentSeen = false;
  let inHead = 0;
  const count = (el: Element, by: number): void => {
    if (el.name === 'a') inside.a += by;
    else if (el.name === 'form') inside.form += by;
    else if (el.name === 'svg') inside.svg += by;
    else if (el.name === 'head') inHead += by;
    else if (el.name === 'select') inside.select += by;
    if (RAW_TEXT_IN_SPEC.has(el.name)) inside.rawText += by;
  };
  let node: AnyNode | null = doc.children[0] ?? null;
  while (node) {
    const topLevel = node.parent === doc || nameOf(node.parent) === 'html';
    if (isElement(node)) {
      const name = node.name;
      if (name === 'meta') s.metas.push(node);
      else if (name === 'h1') s.h1s.push(node);
      if (HEADINGS.has(name)) headings++;
      else if (name === 'title') {
        s.title ??= node;
        if (inHead === 0) titleOutsideHead = true;
      } else if (name === 'body' && s.body === undefined) s.body = node;
      else if (name === 'head') {
        if (head) s.diverges = true; // a second <head>
        head = node;
      } else if (name === 'form') s.hasForm = true;
      if (html !== null && !s.diverges) {
        if (name === 'body' && s.body !== node) s.diverges = true; // a second <body>
        if (topLevel && name !== 'head' && name !== 'body' && name !== 'html') {
          if (s.body ? !DROPPED.has(name) : !HEAD_CONTENT.has(name)) strayBeforeBody = true;
          if (!HEAD_CONTENT.has(name)) contentSeen = true;
        }
        // after content, parse5 has started the body: a <head> or <title> then goes into it
        if (contentSeen && (name === 'head' || (name === 'title' && topLevel))) s.diverges = true;
        if (elementDiverges(node, html, inside)) s.diverges = true;
      }
    } else if (html !== null && node.type === 'text') {
      const parentName = nameOf(node.parent);
      if ((topLevel || parentName === 'head' || TABLE_CHILDREN[parentName]) && !ONLY_HTML_SPACE.test(dataOf(node))) {
        if (topLevel) strayTopText = contentSeen = true;
        else s.diverges = true;
      }
    } else if (html !== null && node.type === 'comment' && inside.rawText > 0) s.diverges = true;
    if (isParent(node) && node.children.length > 0) {
      // (a parsed <template>'s content hangs under it as a document of its own)
      if (isElement(node)) count(node, 1);
      node = node.children[0]!;
      continue;
    }
    // next in document order: a sibling, else the next sibling of the nearest ancestor that has one
    while (node && !node.next) {
      node = node.parent as AnyNode | null;
      if (!node || node === doc) node = null;
      else if (isElement(node)) count(node, -1);
    }
    node = node ? node.next : null;
  }
  // parse5 moves what sits outside <head>/<body> into the body (htmlparser2 leaves it where it is,
  // out of the walk), and a page without <body> keeps a leading <title> in its head
  if (html !== null && (s.body ? strayBeforeBody || strayTopText : titleOutsideHead)) s.diverges = true;
  // every heading end tag in the source closed its own element (a stray one closes another in parse5)
  if (html !== null && !s.diverges && headings > 0 && (html.match(HEADING_END_TAG)?.length ?? 0) !== inside.closedHeadings) s.diverges = true;
  if (html !== null && !s.diverges && (html.match(PAGE_END_TAG)?.length ?? 0) !== inside.closedPage) s.diverges = true;
  return s;
}

// ---------------------------------------------------------------------------------------------
// Reading the tree. What is skipped: DROPPED_ELEMENTS with everything inside, and a <form> holding
// less than FORM_BODY_SHARE of the body's text.

class Skips {
  private readonly forms = new Map<Element, boolean>();
  constructor(private readonly bodyChars: number) {}
  has(el: Element): boolean {
    if (DROPPED.has(el.name)) return true;
    if (el.name !== 'form') return false;
    let gone = this.forms.get(el);
    if (gone === undefined) {
      gone = nonSpaceChars(el, DROPPED_ONLY) < this.bodyChars * FORM_BODY_SHARE;
      this.forms.set(el, gone);
    }
    return gone;
  }
}
/** While the forms are judged, only the dropped elements are skipped (forms are judged on all they hold). */
const DROPPED_ONLY = { has: (el: Element): boolean => DROPPED.has(el.name) };
/** Before anything is skipped: the metadata reads the page as it is. */
const NOTHING = { has: (): boolean => false };
type Skip = { has(el: Element): boolean };

const isSpace = (c: number): boolean => c === 32 || c === 9 || c === 10 || c === 13 || c === 12;

/** Characters other than HTML whitespace under a node. */
function nonSpaceChars(node: AnyNode, skip: Skip): number {
  let n = 0;
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.type === 'text') {
      const data = dataOf(item);
      for (let i = 0; i < data.length; i++) if (!isSpace(data.charCodeAt(i))) n++;
      continue;
    }
    if (!isParent(item) || (isElement(item) && item !== node && skip.has(item))) continue;
    for (const child of item.children) stack.push(child);
  }
  return n;
}

// Every traversal below keeps its own stack: pages nest tens of thousands deep, past the call stack.

/** All the text under a node, block boundaries read as spaces (a table cell, a heading, a form). */
function textUnder(node: AnyNode, skip: Skip): string {
  let text = '';
  const stack: Array<AnyNode | string> = [node];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') {
      text += item;
      continue;
    }
    if (item.type === 'text') {
      text += dataOf(item);
      continue;
    }
    if (!isParent(item)) continue;
    if (isElement(item)) {
      if (item !== node && skip.has(item)) continue;
      if (item.name === 'br') {
        text += ' ';
        continue;
      }
    }
    const block = isElement(item) && BLOCK_ELEMENTS.has(item.name);
    if (block) stack.push(' ');
    for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!);
    if (block) text += ' ';
  }
  return text;
}
const oneLine = (node: AnyNode, skip: Skip): string => textUnder(node, skip).replace(HTML_SPACE, ' ').trim();

class LineWriter {
  readonly lines: string[] = [];
  private current = '';
  write(text: string): void {
    this.current += text;
  }
  /** Ends the current line; an empty one is not written (blocks never stack blank lines). */
  end(): void {
    if (this.current.length === 0) return;
    const line = this.current.replace(/^[ \t]+|[ \t]+$/g, '');
    if (line.length > 0) this.lines.push(line);
    this.current = '';
  }
}

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

function hasDescendant(node: Element, name: string, skip: Skip): boolean {
  const stack: Element[] = [node];
  while (stack.length > 0) {
    for (const child of stack.pop()!.children) {
      if (!isElement(child) || skip.has(child)) continue;
      if (child.name === name) return true;
      stack.push(child);
    }
  }
  return false;
}

/** A data table holds short cells and no nested table; anything else is page layout. Gives its rows' cell texts. */
function dataTableCells(table: Element, skip: Skip): Array<Array<{ cell: Element; text: string }>> | null {
  if (hasDescendant(table, 'table', skip)) return null;
  const rows = rowsOf(table).map((r) => cellsOf(r));
  if (rows.length === 0 || !rows.some((cells) => cells.length >= 2)) return null;
  const texts = [];
  for (const cells of rows) {
    const row = [];
    for (const cell of cells) {
      const text = oneLine(cell, skip);
      if (text.length > MAX_DATA_CELL_CHARS) return null;
      row.push({ cell, text });
    }
    texts.push(row);
  }
  return texts;
}

function writeTable(table: Element, rows: Array<Array<{ cell: Element; text: string }>>, out: LineWriter, skip: Skip): void {
  out.end();
  for (const child of table.children) {
    if (!isElement(child) || child.name !== 'caption') continue;
    out.write(oneLine(child, skip));
    out.end();
  }
  for (const row of rows) {
    const cells: string[] = [];
    for (const { cell, text } of row) {
      cells.push(text);
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

/** True when the element's previous sibling, whitespace and skipped elements aside, is a link. */
function previousIsLink(el: Element, skip: Skip): boolean {
  for (let prev = el.prev; prev; prev = prev.prev) {
    if (prev.type === 'text' && dataOf(prev).trim() === '') continue;
    if (isElement(prev) && skip.has(prev)) continue;
    return isElement(prev) && prev.name === 'a';
  }
  return false;
}

const LEAVE_BLOCK = 'block';
const LEAVE_PRE = 'pre';

function walk(root: AnyNode, out: LineWriter, skip: Skip): void {
  let preDepth = 0;
  const stack: Array<AnyNode | typeof LEAVE_BLOCK | typeof LEAVE_PRE> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === LEAVE_PRE) {
      preDepth--;
      continue;
    }
    if (node === LEAVE_BLOCK) {
      out.end();
      continue;
    }
    if (node.type === 'text') {
      const data = dataOf(node);
      if (preDepth === 0) out.write(data.replace(HTML_SPACE, ' '));
      else
        // parse5 reads CR and CRLF as LF before building the tree; htmlparser2 leaves them
        data.split(/\r\n?|\n/).forEach((part, i) => {
          if (i > 0) out.end();
          out.write(part);
        });
      continue;
    }
    if (!isParent(node)) continue; // comments, directives, CDATA
    const name = isElement(node) ? node.name : '';
    if (isElement(node) && node !== root && skip.has(node)) continue;
    if (name === 'br') {
      out.end();
      continue;
    }
    if (name === 'table') {
      const rows = dataTableCells(node, skip);
      if (rows) {
        writeTable(node, rows, out, skip);
        continue;
      }
    }
    const block = BLOCK_ELEMENTS.has(name);
    if (block) {
      out.end();
      stack.push(LEAVE_BLOCK);
    }
    if (name === 'pre') {
      preDepth++;
      stack.push(LEAVE_PRE);
    }
    if (name === 'li') out.write(LIST_ITEM_PREFIX);
    // links set side by side (`<a>首页</a><a>机构概况</a>`) read as separate words, as a browser shows them
    if (name === 'a' && previousIsLink(node, skip)) out.write(' ');
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

function readMetadata(page: Survey): { metadata: Metadata; titleHints: string[] } {
  const metadata: Metadata = {};
  for (const el of page.metas) {
    const name = (el.attribs['name'] ?? el.attribs['property'] ?? '').trim().toLowerCase();
    const key = META_TAGS[name];
    const content = (el.attribs['content'] ?? '').replace(HTML_SPACE, ' ').trim();
    if (key && content && metadata[key] === undefined) metadata[key] = content;
  }
  const hints: string[] = [];
  if (typeof metadata.title === 'string') hints.push(metadata.title);
  for (const el of page.h1s) {
    const h1 = oneLine(el, NOTHING);
    if (h1.length === 0) continue;
    hints.push(h1);
    break;
  }
  const pageTitle = page.title ? oneLine(page.title, NOTHING) : '';
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

/** Which parser read the page: htmlparser2, or parse5 for markup where the two differ (for tests and profiling). */
export function parseHtml(html: string): { doc: Document; page: Survey; parser: 'htmlparser2' | 'parse5' } {
  const capped = capNesting(html);
  const doc = parseFast(capped);
  const page = survey(doc, capped);
  if (!page.diverges) return { doc, page, parser: 'htmlparser2' };
  const specDoc = parseSpec(capped);
  return { doc: specDoc, page: survey(specDoc, null), parser: 'parse5' };
}

export function htmlToPageText(html: string): PageText {
  const { doc, page } = parseHtml(html);
  const { metadata, titleHints } = readMetadata(page);
  const root: AnyNode = page.body ?? doc;
  const skip = page.hasForm ? new Skips(nonSpaceChars(root, DROPPED_ONLY)) : DROPPED_ONLY;
  const out = new LineWriter();
  walk(root, out, skip);
  out.end();
  return { text: out.lines.join('\n'), metadata, titleHints };
}
