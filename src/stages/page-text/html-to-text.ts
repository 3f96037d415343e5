// HTML → lines of text. Widgets and page furniture are dropped, block elements end lines, data
// tables become ` | `-separated rows like the text dumps', and <title>/<h1>/<meta> feed the metadata.
//
// The page is parsed as the HTML spec builds it (html-parse.ts); its tree is then read in place:
// one survey (made while parsing) for the metadata, one walk for the text. Dropped elements and
// small forms are skipped as they come rather than removed first.
import type { AnyNode, Element } from 'domhandler';
import { charSet } from '../../lib/char-set.js';
import { CMS_ACCOUNT_NAMES, CONTACT_ADDRESS, DATE_KEYS, GENERIC_CRUMBS, HAN_CHAR, META_PLACEHOLDERS, PAGE_TYPE_NOUNS, PAGE_TYPE_PAGE_WORD, PAGE_TYPE_TITLE_MAX_CHARS, SITE_UTC_OFFSET_MINUTES, META_TAGS, META_TRAILING_SEPARATORS, PERSON_NAME_KEYS, SITE_NAME_ENDINGS, SITE_OR_ORG_ENDINGS } from '../../rules/zh/metadata.js';
import { alternation } from '../../lib/pattern.js';
import { BACK_HOME_LINK_TEXT, MAX_BACK_HOME_LINK_CHARS, MAX_BACK_HOME_LINK_RAW_CHARS, PAGE_TITLE_SPLIT, SITE_HOME_HREF, SITE_HOME_LINK_TEXT, SITE_TITLE_FORBIDDEN, SITE_TITLE_MAX_CHARS, TITLE_ENDINGS } from '../../rules/zh/boilerplate.js';
import type { Metadata } from '../../schema/records.js';
import type { PageBlock, PageText } from '../types.js';
import { addMeasure } from '../measure-text.js';
import { isTitleShaped, splitPageTitle, withoutGluedTranslation } from '../article/find-title.js';
import { ARTICLE_HEADER_WORDS } from '../../rules/article.js';
import { attributeWords } from '../article/score-blocks.js';
import { ARTICLE_PARTS, ARTICLE_SECTIONS, BLOCK_ELEMENTS, DESKTOP_ONLY_CLASSES, DROPPED_ELEMENTS, FORM_BODY_SHARE, HIDDEN_BODY_SHARE, HIDING_CLASSES, HIDING_STYLE, LIST_ITEM_PREFIX, MAX_DATA_CELL_CHARS, PAGE_TEXT_ATTRIBUTES, PHONE_ONLY_CLASSES, SHOWING_CLASS } from './html-elements.js';
import { dataOf, isElement, isParent, parseHtml, SERVER_TEMPLATE, type Survey } from './html-parse.js';
import { boldHeadings, type BoldLead } from './bold-headings.js';
import { wordMap } from '../../lib/word-map.js';
import { MARKER_BEFORE_BOLD } from '../../rules/zh/headings.js';

/** The <meta> names as a Map: a page's name is looked up, and an object would answer `constructor` with its own. */
const META_TAG = wordMap(META_TAGS);

/** HTML's inter-element whitespace (not no-break or ideographic spaces, which are text). */
const HTML_SPACE = /[ \t\n\r\f]+/g;
const HTML_SPACE_CHARS = charSet(' \t\n\r\f');
/** Text that HTML_SPACE → ' ' changes. Most text nodes come back as they are, and the test is cheaper than the replace. */
const COLLAPSIBLE = /[\t\n\r\f]| [ \t\n\r\f]/;

/** Each run of HTML whitespace as one space. */
export const collapseSpace = (text: string): string => (COLLAPSIBLE.test(text) ? text.replace(HTML_SPACE, ' ') : text);

/** Without leading and trailing spaces and tabs: reads the ends only (a regex's `[ \t]+$` tries every position of the line). */
function trimSpaceTab(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && isSpaceTab(text.charCodeAt(from))) from++;
  while (to > from && isSpaceTab(text.charCodeAt(to - 1))) to--;
  return from === 0 && to === text.length ? text : text.slice(from, to);
}
const isSpaceTab = (c: number): boolean => c === 32 || c === 9;

// ---------------------------------------------------------------------------------------------
// Reading the tree. What is skipped: DROPPED_ELEMENTS with everything inside (the article's own
// <header> aside: isDropped); hidden elements (the
// `hidden` attribute, a HIDING_STYLE) holding less than HIDDEN_BODY_SHARE of the body's text; a
// <form> holding less than FORM_BODY_SHARE of it.

/**
 * Whether a <header> (or <footer>: ARTICLE_PARTS) is the article's own, holding its title and meta
 * line: inside an <article> or <main> (`inArticle`, ARTICLE_SECTIONS), or named for the article
 * (ARTICLE_HEADER_WORDS: `<header class="article-header">`, `<footer class="entry-footer">`). Any
 * other is the page's, dropped with its menus or its copyright.
 */
export function isArticleHeader(attribs: Readonly<Record<string, string>>, inArticle: boolean): boolean {
  if (inArticle) return true;
  const names = `${attribs['class'] ?? ''} ${attribs['id'] ?? ''}`;
  return names.length > 1 && attributeWords(names).some((w) => ARTICLE_HEADER_WORDS.has(w));
}

/** Skipped with everything inside: one of DROPPED_ELEMENTS, but for the article's own <header> or <footer> (ARTICLE_PARTS, isArticleHeader). */
export function isDropped(el: Element): boolean {
  if (!DROPPED_ELEMENTS.has(el.name)) return false;
  return !ARTICLE_PARTS.has(el.name) || !isArticleHeader(el.attribs, insideArticle(el));
}
function insideArticle(el: Element): boolean {
  for (let up = el.parent; up; up = up.parent) if (isElement(up) && ARTICLE_SECTIONS.has(up.name)) return true;
  return false;
}

/**
 * What hides an element: `page`, its `hidden` attribute, an inline style or a framework class (HIDING_CLASSES);
 * `phone`, a class of what the page shows on phones only and nothing else (PHONE_ONLY_CLASSES: skipped only where
 * a desktop copy holds text); null, nothing (a SHOWING_CLASS shows it again).
 */
export function hiddenBy(attribs: Readonly<Record<string, string>> | undefined): 'page' | 'phone' | null {
  if (attribs === undefined) return null;
  if (attribs['hidden'] !== undefined) return 'page';
  const style = attribs['style'];
  if (style !== undefined && HIDING_STYLE.test(style)) return 'page';
  const cls = attribs['class'];
  if (cls === undefined || SHOWING_CLASS.test(cls)) return null;
  return HIDING_CLASS.test(cls) ? 'page' : PHONE_ONLY_CLASS.test(cls) ? 'phone' : null;
}
/** An element the page never shows (hiddenBy), on a desktop or on a phone. */
export const isHidden = (el: Pick<Element, 'attribs'>): boolean => hiddenBy(el.attribs) !== null;
/** Whether an element is what a page shows on desktops only (DESKTOP_ONLY_CLASSES). */
export function desktopOnly(attribs: Readonly<Record<string, string>> | undefined): boolean {
  const cls = attribs?.['class'];
  return cls !== undefined && DESKTOP_ONLY_CLASS.test(cls);
}
/** One of the classes as a whole token of a class attribute (HTML whitespace around it). */
const classToken = (classes: Iterable<string>): RegExp => new RegExp(`(?:^|[ \\t\\n\\f\\r])(?:${[...classes].map((c) => c.replace(/[-]/g, '\\$&')).join('|')})(?=$|[ \\t\\n\\f\\r])`);
const HIDING_CLASS = classToken(HIDING_CLASSES);
const PHONE_ONLY_CLASS = classToken(PHONE_ONLY_CLASSES);
const DESKTOP_ONLY_CLASS = classToken(DESKTOP_ONLY_CLASSES);

/**
 * What the walk skips. A hidden element or a form is judged once, on the text it holds against the
 * body's (counted the first time one is met): a hidden list item goes, a wrapper hiding the whole
 * page until its scripts run (`<div id="app" style="display:none">`) is read.
 */
class Skips {
  private readonly judged = new Map<Element, boolean>();
  private bodyChars = -1;
  constructor(private readonly root: AnyNode) {}
  has(el: Element): boolean {
    if (isDropped(el)) return true;
    const hidden = isHidden(el);
    if (!hidden && el.name !== 'form') return el.name === 'a' && isBackHomeLink(el);
    let gone = this.judged.get(el);
    if (gone === undefined) {
      if (this.bodyChars < 0) this.bodyChars = nonSpaceChars(this.root, DROPPED_ONLY);
      gone = nonSpaceChars(el, UNSHOWN) < this.bodyChars * (hidden ? HIDDEN_BODY_SHARE : FORM_BODY_SHARE);
      // a phone's copy goes only where the desktop's holds text (PHONE_ONLY_CLASSES)
      if (gone && hiddenBy(el.attribs) === 'phone') gone = this.desktopCopy();
      this.judged.set(el, gone);
    }
    return gone;
  }
  private desktopText: boolean | null = null;
  /** Whether an element the page shows on desktops only (desktopOnly), outside dropped ones, holds text. */
  private desktopCopy(): boolean {
    if (this.desktopText === null) {
      this.desktopText = false;
      const stack: AnyNode[] = [this.root];
      while (stack.length > 0 && !this.desktopText) {
        const item = stack.pop()!;
        if (!isParent(item) || (isElement(item) && isDropped(item))) continue;
        if (isElement(item) && desktopOnly(item.attribs) && nonSpaceChars(item, UNSHOWN) > 0) this.desktopText = true;
        for (const child of item.children) stack.push(child);
      }
    }
    return this.desktopText;
  }
}
/**
 * A portal's link back to its home page (BACK_HOME_LINK_TEXT, its whole text): skipped wherever it
 * stands. Its text is gathered only up to a bound, so a link wrapping a whole block (a card) is not
 * read twice.
 */
function isBackHomeLink(el: Element): boolean {
  // (as html-stream.ts reads it: a block or <br> counts as a space, a dropped element holds nothing)
  let raw = '';
  const stack: Array<AnyNode | string> = [...el.children].reverse();
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (typeof item === 'string') raw += item;
    else if (item.type === 'text') raw += dataOf(item);
    else if (isElement(item)) {
      if (isDropped(item)) continue;
      const spaced = BLOCK_ELEMENTS.has(item.name) || item.name === 'br';
      if (spaced) raw += ' ';
      if (BLOCK_ELEMENTS.has(item.name)) stack.push(' ');
      for (let i = item.children.length - 1; i >= 0; i--) stack.push(item.children[i]!);
    }
    if (raw.length > MAX_BACK_HOME_LINK_RAW_CHARS) return false;
  }
  return isBackHomeText(raw);
}

/** A link's raw text (layout white space in) is a portal's back-home link (BACK_HOME_LINK_TEXT); both HTML paths read it so. */
export function isBackHomeText(raw: string): boolean {
  if (raw.length > MAX_BACK_HOME_LINK_RAW_CHARS) return false;
  const text = collapseSpace(raw).trim();
  return text.length <= MAX_BACK_HOME_LINK_CHARS && BACK_HOME_LINK_TEXT.test(text);
}
/** While the body is measured, only the dropped elements are skipped. */
const DROPPED_ONLY = { has: isDropped };
/** While a hidden element or a form is measured, what it holds hidden is skipped too. */
const UNSHOWN = { has: (el: Element): boolean => isDropped(el) || isHidden(el) };
/** Before anything is skipped: the metadata reads the page as it is. */
export const NOTHING = { has: (): boolean => false };
export type Skip = { has(el: Element): boolean };

/** Characters other than HTML whitespace under a node (only those inside links with `inLinks`). */
function nonSpaceChars(node: AnyNode, skip: Skip, inLinks = false): number {
  let n = 0;
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (inLinks && isElement(item) && item.name === 'a') {
      n += nonSpaceChars(item, skip);
      continue;
    }
    if (item.type === 'text') {
      if (inLinks) continue;
      const data = dataOf(item);
      for (let i = 0; i < data.length; i++) if (!HTML_SPACE_CHARS.has(data.charCodeAt(i))) n++;
      continue;
    }
    if (!isParent(item) || (isElement(item) && item !== node && skip.has(item))) continue;
    for (const child of item.children) stack.push(child);
  }
  return n;
}

// Every traversal below keeps its own stack: pages nest tens of thousands deep, past the call stack.

/** All the text under a node, block boundaries read as spaces (a table cell, a heading, a form); a <br> as `br`. */
function textUnder(node: AnyNode, skip: Skip, br = ' '): string {
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
        text += br;
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
export const oneLine = (node: AnyNode, skip: Skip): string => collapseSpace(textUnder(node, skip)).trim();

/** What a <br> is read as in a heading until its pieces are joined (headingText): a private-use character, never a page's. */
export const HEADING_BREAK = '\uE000';
/** A Latin letter or a digit of ASCII: a <br> between two of them stands for a space. */
const ASCII_WORD = /[A-Za-z0-9]/;

/**
 * A heading's text on one line, read with its <br>s as HEADING_BREAK: the pieces they split it into run on
 * as its words do, without a space (`关于开展<br>2031年度…的通知` → `关于开展2031年度…的通知`), unless both sides
 * are Latin letters or digits (`COVID<br>19`). Only a <br> joins so: a space written in the heading stays.
 */
export function headingText(raw: string): string {
  const pieces = raw.split(HEADING_BREAK).map((p) => collapseSpace(p).trim()).filter((p) => p !== '');
  let line = pieces[0] ?? '';
  for (let i = 1; i < pieces.length; i++) {
    const next = pieces[i]!;
    line += ASCII_WORD.test(line[line.length - 1]!) && ASCII_WORD.test(next[0]!) ? ` ${next}` : next;
  }
  return line;
}

/** An <h1>'s text on one line (headingText). */
const headingLine = (node: AnyNode): string => headingText(textUnder(node, NOTHING, HEADING_BREAK));

/**
 * The page's block elements as they are written (PageBlock): each opens at the line the writer is
 * on, counts the characters written while it is the innermost open block, and hands its counts to
 * its parent when it closes.
 */
export class BlockRecorder {
  readonly list: PageBlock[] = [];
  private readonly open: number[] = [];
  /** how many <a> the writer is inside */
  links = 0;
  start(el: Pick<Element, 'name' | 'attribs'>, line: number): void {
    const parent = this.open.length > 0 ? this.open[this.open.length - 1]! : -1;
    const attrs = `${el.attribs['class'] ?? ''} ${el.attribs['id'] ?? ''}`.trim();
    this.open.push(this.list.length);
    this.list.push({ tag: el.name, attrs, parent, depth: this.open.length - 1, from: line, to: line, chars: 0, linkChars: 0, punctuation: 0 });
  }
  end(line: number): void {
    const block = this.list[this.open.pop()!]!;
    block.to = line;
    if (block.parent < 0) return;
    const parent = this.list[block.parent]!;
    parent.chars += block.chars;
    parent.linkChars += block.linkChars;
    parent.punctuation += block.punctuation;
  }
  count(text: string): void {
    if (this.open.length === 0) return;
    const block = this.list[this.open[this.open.length - 1]!]!;
    const chars = addMeasure(block, text);
    if (this.links > 0) block.linkChars += chars;
  }
}

/** Indentation only: what a line holds before its first words (ideographic and no-break spaces too). */
const INDENT_ONLY = /^[\s\u3000\u00a0]*$/;

export class LineWriter {
  readonly lines: string[] = [];
  private current = '';
  /** bold runs that opened a line (see bold-headings.ts) */
  readonly leads: BoldLead[] = [];
  /** the bold run open now: where it began (line count, offset in the current line), or null */
  private bold: { line: number; from: number } | null = null;
  /** a bold run that opened the current line and has closed: its text */
  private lead: string | null = null;
  constructor(readonly blocks: BlockRecorder) {}
  write(text: string): void {
    this.current += text;
    this.blocks.count(text);
  }
  /**
   * A bold element starts: noted when it opens the line (only indentation before it, or a list marker: the lead then
   * holds the marker, MARKER_BEFORE_BOLD) and no bold run is open.
   */
  startBold(): boolean {
    if (this.bold !== null || (this.lead !== null && !INDENT_ONLY.test(this.lead))) return false;
    const indentOnly = INDENT_ONLY.test(this.current);
    if (!indentOnly && !MARKER_BEFORE_BOLD.test(this.current)) return false;
    this.bold = { line: this.lines.length, from: indentOnly ? this.current.length : 0 };
    return true;
  }
  /** The bold element noted by startBold ends: its text is the line's lead when no line ended inside it. */
  endBold(): void {
    if (this.bold !== null && this.bold.line === this.lines.length) this.lead = this.current.slice(this.bold.from);
    this.bold = null;
  }
  /** Ends the current line; an empty one is not written (blocks never stack blank lines). */
  end(): void {
    const lead = this.lead;
    this.lead = null;
    if (this.current.length === 0) return;
    const line = trimSpaceTab(this.current);
    if (line.length > 0) {
      if (lead !== null && this.bold === null) this.leads.push({ line: this.lines.length, lead });
      this.lines.push(line);
    }
    this.current = '';
    this.bold = null;
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
  out.blocks.start(table, out.lines.length);
  const linkChars = out.blocks.links > 0 ? -1 : nonSpaceChars(table, skip, true);
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
  // (inside a link every character was counted as a link's already)
  if (linkChars > 0) out.blocks.list[out.blocks.list.length - 1]!.linkChars += linkChars;
  out.blocks.end(out.lines.length);
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
const LEAVE_LINK = 'link';
const LEAVE_BOLD = 'bold';
/** Ends the line after an element (a site's home link opening a byline). */
const LEAVE_LINE = 'line';

/**
 * A byline's opening link: to the site's home page, naming the site (SITE_HOME_HREF,
 * SITE_HOME_LINK_TEXT), first in its element, with a date right after it. A home link inside a
 * sentence (`详见<a href="/">某县政府网站</a>通知公告栏目`) or a menu is none.
 */
function isSiteHomeLink(el: Element, skip: Skip): boolean {
  if (!isHomeHref(el.attribs) || !SITE_HOME_LINK_TEXT.test(oneLine(el, skip))) return false;
  for (let prev = el.prev; prev; prev = prev.prev) if (textOf(prev, skip).trim() !== '') return false;
  let after = '';
  for (let next = el.next; next && after.length < DATE_LOOKAHEAD; next = next.next) after += textOf(next, skip);
  return DATE_START.test(after.trim());
}
export const DATE_LOOKAHEAD = 12;
export const DATE_START = /^\d{4}\s*[-/.年]\s*\d{1,2}/;
const textOf = (node: AnyNode, skip: Skip): string => (node.type === 'text' ? dataOf(node) : isParent(node) ? textUnder(node, skip) : '');
/** Elements that write bold text: a bold run opening a line may be a sub-heading (bold-headings.ts). */
export const BOLD_ELEMENTS: ReadonlySet<string> = new Set(['b', 'strong']);

/** Writes the text under `root` (`preDepth`: how many <pre> stand around it). */
export function walk(root: AnyNode, out: LineWriter, skip: Skip, preDepth = 0): void {
  const stack: Array<AnyNode | typeof LEAVE_BLOCK | typeof LEAVE_PRE | typeof LEAVE_LINK | typeof LEAVE_BOLD | typeof LEAVE_LINE> = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node === LEAVE_PRE) {
      preDepth--;
      continue;
    }
    if (node === LEAVE_LINK) {
      out.blocks.links--;
      continue;
    }
    if (node === LEAVE_BOLD) {
      out.endBold();
      continue;
    }
    if (node === LEAVE_LINE) {
      out.end();
      continue;
    }
    if (node === LEAVE_BLOCK) {
      out.end();
      out.blocks.end(out.lines.length);
      continue;
    }
    if (node.type === 'text') {
      const data = dataOf(node);
      if (preDepth === 0) out.write(collapseSpace(data));
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
      out.blocks.start(node as Element, out.lines.length);
      stack.push(LEAVE_BLOCK);
    }
    if (name === 'pre') {
      preDepth++;
      stack.push(LEAVE_PRE);
    }
    if (name === 'li') out.write(LIST_ITEM_PREFIX);
    // links set side by side (`<a>首页</a><a>机构概况</a>`) read as separate words, as a browser shows them
    if (name === 'a' && previousIsLink(node, skip)) out.write(' ');
    if (name === 'a') {
      if (isSiteHomeLink(node as Element, skip)) stack.push(LEAVE_LINE);
      out.blocks.links++;
      stack.push(LEAVE_LINK);
    }
    if (BOLD_ELEMENTS.has(name) && out.startBold()) stack.push(LEAVE_BOLD);
    for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]!);
  }
}

/**
 * What the metadata reads of a page's markup: each <meta>'s attributes, in page order; the text of
 * its first <title> (oneLine, nothing skipped), or null without a <title>; each <h1>'s text, and
 * whether it is the site's brand (PageH1).
 */
export interface PageMarkup {
  metas: ReadonlyArray<Readonly<Record<string, string>>>;
  title: string | null;
  h1s: readonly PageH1[];
}
/**
 * An <h1>: its text (oneLine, nothing skipped), and `brand`: all of its text is a link to the
 * site's root (SITE_HOME_HREF: `<h1><a class="logo" href="/">某某财经_股市行情</a></h1>`, or the
 * link around the <h1>), the site's logo rather than the article's title.
 */
export interface PageH1 {
  text: string;
  brand: boolean;
}

const markupOf = (page: Survey): PageMarkup => ({
  metas: page.metas.map((el) => el.attribs),
  title: page.title ? oneLine(page.title, NOTHING) : null,
  h1s: page.h1s.map((el) => ({ text: headingLine(el), brand: linksHomeOnly(el) })),
});

/** Whether a node's text (some, HTML whitespace aside) all stands in links to the site's root (SITE_HOME_HREF). */
function linksHomeOnly(node: AnyNode): boolean {
  let some = false;
  const stack: AnyNode[] = [node];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.type === 'text') {
      if (nonSpaceChars(item, NOTHING) === 0) continue;
      if (!linksHome(item)) return false;
      some = true;
    } else if (isParent(item)) for (const child of item.children) stack.push(child);
  }
  return some;
}
/** Whether the nearest link around a node leads to the site's root. */
function linksHome(node: AnyNode): boolean {
  for (let up = node.parent; up; up = up.parent) if (isElement(up) && up.name === 'a') return isHomeHref(up.attribs);
  return false;
}
export const isHomeHref = (attribs: Readonly<Record<string, string>>): boolean => SITE_HOME_HREF.test((attribs['href'] ?? '').trim());

export function readMetadata(page: PageMarkup, lines: readonly string[] = []): { metadata: Metadata; titleHints: string[] } {
  const metadata: Metadata = {};
  for (const attribs of page.metas) {
    const name = (attribs['name'] ?? attribs['property'] ?? '').trim().toLowerCase();
    const key = META_TAG.get(name);
    if (!key) continue; // (a page's description and keywords are long)
    let content = collapseSpace(attribs['content'] ?? '').trim().replace(META_TRAILING_SEPARATORS, '');
    // a person's field holding an e-mail address: the address is a contact; no name left, no value
    if (PERSON_NAME_KEYS.has(key) && content.includes('@')) {
      content = content.replace(CONTACT_ADDRESS, ' ').trim();
      if (!HAN_CHAR.test(content)) continue;
    }
    // the CMS account that published the page (`系统管理员`, `admin`) is no person's name
    if (PERSON_NAME_KEYS.has(key) && CMS_ACCOUNT_NAMES.has(content.toLowerCase())) continue;
    if (content && !META_PLACEHOLDERS.has(content.toLowerCase()) && metadata[key] === undefined) metadata[key] = DATE_KEYS.has(key) ? inSiteZone(content) : content;
  }
  const hints: string[] = [];
  // (a translation glued to a title is cut only where the page shows the title's Chinese part on a line of its own)
  const shown = (line: string): boolean => lines.some((l) => l.trim() === line);
  if (typeof metadata.title === 'string') hints.push(withoutGluedTranslation(metadata.title, shown));
  const pageTitle = page.title !== null ? withoutMarkup(page.title) : '';
  const split = pageTitle ? splitPageTitle(pageTitle) : NO_PAGE_TITLE;
  const metaSite = typeof metadata.site === 'string' ? metadata.site : null;
  // a <title> naming only the site is the site (the article's title is then found in its heading blocks)
  const siteOnly = pageTitle.length > 0 && namesSiteOnly(pageTitle, split.site, metaSite);
  // a <title> of a column and the site (`新闻动态--某某学会官网`) names no article either
  const columnSite = siteOnly ? null : siteOfColumnTitle(pageTitle, split);
  const named = siteOnly ? { title: '', site: pageTitle.trim() } : columnSite !== null ? { title: '', site: columnSite } : withoutGluedSite(split, metaSite);
  // a <title> naming the page's type (`资讯详情页`) names no article: its heading blocks are looked at instead
  const title = namesPageType(named.title) ? '' : named.title;
  const site = named.site;
  const siteName = site ?? metaSite;
  const h1 = articleH1(page.h1s, title, siteName);
  if (h1 !== null) hints.push(h1);
  if (title) hints.push(withoutGluedTranslation(title, shown));
  if (site && metadata.site === undefined) metadata.site = site;
  return { metadata, titleHints: [...new Set(hints)] };
}
const NO_PAGE_TITLE = { title: '', site: null };

/** An ISO instant with a zone (`2024-12-11T17:30:00Z`, `…+00:00`). */
const ZONED_INSTANT = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2}))?(?:\.\d+)?(Z|[+-]\d{2}:?\d{2})$/;
const two = (n: number): string => String(n).padStart(2, '0');

/** An instant written in another zone, restated in the pages' own (SITE_UTC_OFFSET_MINUTES); any other value as it is. */
export function inSiteZone(value: string): string {
  const m = ZONED_INSTANT.exec(value);
  if (m === null) return value;
  const zone = m[7]!;
  const offset = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(-2)));
  if (offset === SITE_UTC_OFFSET_MINUTES) return value;
  const utc = Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!, +(m[6] ?? 0)) - offset * 60_000;
  if (Number.isNaN(utc)) return value;
  const t = new Date(utc + SITE_UTC_OFFSET_MINUTES * 60_000);
  const hours = Math.floor(SITE_UTC_OFFSET_MINUTES / 60);
  return `${t.getUTCFullYear()}-${two(t.getUTCMonth() + 1)}-${two(t.getUTCDate())}T${two(t.getUTCHours())}:${two(t.getUTCMinutes())}:${two(t.getUTCSeconds())}+${two(hours)}:${two(SITE_UTC_OFFSET_MINUTES % 60)}`;
}

/** A <title>'s last unspaced dash and the name after it (`…增长4.9%-新华网`): PAGE_TITLE_SPLIT splits only spaced dashes. */
const GLUED_SITE_TAIL = /^(.*[^\s\-–—])(?:-{1,2}|[–—])([^\s\-_|–—。,;:!?]{2,20})$/;
/** The title before a glued site's name is at least this long when no meta tag names the site (`中国-东盟经贸合作网` is one name). */
const GLUED_SITE_TITLE_MIN_CHARS = 8;
/** A site's own name (`新华网`, `某某市人民政府`, `某某门户`): SITE_NAME_ENDINGS, not an organisation's (`东盟博览会` may end a title). */
const SITE_NAME_ONLY_END = new RegExp(`${alternation(SITE_NAME_ENDINGS)}$`);

/**
 * A <title> whose unspaced dash parts the article's title from the site's name (`前11个月…增长4.9%-新华网`): the
 * name is a site's (SITE_NAME_ENDINGS, short, no document word) or the one the meta tags name; `2021-2025年规划`,
 * `中国-东盟博览会` keep their dash.
 */
function withoutGluedSite(split: { title: string; site: string | null }, metaSite: string | null): { title: string; site: string | null } {
  if (split.site !== null) return split;
  const m = GLUED_SITE_TAIL.exec(split.title);
  if (m === null) return split;
  const name = m[2]!;
  const title = m[1]!.trim();
  // named by the meta tags, or a site's name after a whole title (`加快建设中国-东盟电力互联网` is a title of its own)
  const isSite = (metaSite !== null && sameText(name, metaSite)) || (namesNoDocument(name) && SITE_NAME_ONLY_END.test(name) && title.length >= GLUED_SITE_TITLE_MIN_CHARS);
  return isSite && isTitleShaped(title) ? { title, site: name } : split;
}

/** A name ending as a site's or an organisation's does (`…人民政府`, `…网`, `某某海关`, `…局`). */
const SITE_NAME_END = new RegExp(`${alternation(SITE_OR_ORG_ENDINGS)}$`);

/** Whether a <title> names only the page's site (SITE_TITLE_MAX_CHARS, SITE_TITLE_FORBIDDEN, TITLE_ENDINGS): never one a separator splits. */
function namesSiteOnly(pageTitle: string, splitSite: string | null, metaSite: string | null): boolean {
  if (splitSite !== null || PAGE_TITLE_SPLIT.test(pageTitle)) return false;
  if (metaSite !== null && sameText(pageTitle, metaSite)) return true;
  return namesSite(pageTitle);
}

/** A site's name alone: namesNoDocument, and ending as a site or an organisation does (SITE_NAME_END). */
const namesSite = (part: string): boolean => namesNoDocument(part) && SITE_NAME_END.test(part.replace(/\s+/g, ''));

/** Short (SITE_TITLE_MAX_CHARS) and without digits, dashes or the words or ending of a document's title (SITE_TITLE_FORBIDDEN, TITLE_ENDINGS). */
function namesNoDocument(part: string): boolean {
  const s = part.replace(/\s+/g, '');
  return s.length <= SITE_TITLE_MAX_CHARS && !SITE_TITLE_FORBIDDEN.test(s) && !TITLE_ENDINGS.test(s);
}

/**
 * The site a split <title> names when it names only a column and the site (`新闻动态--某某学会官网`):
 * its longest part is its last and ends as a site does, and no part reads as a document's title
 * (namesNoDocument); else null.
 */
function siteOfColumnTitle(pageTitle: string, split: { title: string; site: string | null }): string | null {
  if (split.site !== null || split.title === pageTitle.trim()) return null;
  const parts = pageTitle.split(PAGE_TITLE_SPLIT).filter((p) => p.trim().length > 0);
  return parts.every(namesNoDocument) && namesSite(split.title) ? split.title : null;
}

/** Whether a <title> (or its article part) names the page's type, not its article (PAGE_TYPE_NOUNS, GENERIC_CRUMBS: `资讯详情页`). */
export function namesPageType(part: string): boolean {
  const s = part.replace(/\s+/g, '').replace(PAGE_TYPE_PAGE_WORD, '');
  if (s.length === 0 || s.length > PAGE_TYPE_TITLE_MAX_CHARS) return false;
  if (GENERIC_CRUMBS.has(s)) return true;
  for (const noun of PAGE_TYPE_NOUNS) if (s.startsWith(noun) && GENERIC_CRUMBS.has(s.slice(noun.length))) return true;
  return false;
}

/** An element written out as text, content and all (`<font color='red'>[正在报名]</font>`), or a stray tag. */
const MARKUP_TEXT = /<([a-z][a-z0-9]*)\b[^<>]*>[^<>]*<\/\1\s*>|<\/?[a-z][a-z0-9]*\b[^<>]*>/gi;

/**
 * The <title> as a reader sees it: a <title> holds text only, so markup a CMS wrote into it
 * (a status badge `<font …>[文件获取中]</font>`) stands there as text; it is no part of the title.
 */
function withoutMarkup(title: string): string {
  return collapseSpace(title.replace(MARKUP_TEXT, '')).trim();
}

/** Equal as a reader sees them: spaces dropped. */
const sameText = (a: string, b: string): boolean => a.replace(/\s+/g, '') === b.replace(/\s+/g, '');

/**
 * The <h1> that names the article: one that agrees with the <title> (its site suffix split off)
 * first, else the first that neither merely names the site nor is its brand (PageH1). Many
 * templates set the site's name in an <h1> of their header (`<h1 class="site-name">…厅</h1>`, or
 * its logo link holding a string of keywords) and the article's title in an <h2>: that <h1> is no
 * title, and the <title> then leads.
 */
function articleH1(h1s: readonly PageH1[], pageTitle: string, site: string | null): string | null {
  let first: string | null = null;
  for (const { text, brand } of h1s) {
    if (text.length === 0 || (site !== null && sameText(text, site))) continue;
    if (pageTitle.length > 0 && sameText(text, pageTitle)) return text;
    if (!brand) first ??= text;
  }
  return first;
}

const HTML_ELEMENT = /<html[\s>]/i;

/**
 * Why the markup is no whole page, or null: without an <html> tag (a fragment or a saved part), a
 * server template (SERVER_TEMPLATE; `serverTemplate`, when the markup scan has read it already),
 * or a body that is one table cell (content cut out of a layout).
 */
export function fragmentReason(html: string, oneCellBody: () => boolean, serverTemplate?: boolean): string | null {
  if (!HTML_ELEMENT.test(html)) return 'no <html>';
  if (serverTemplate ?? SERVER_TEMPLATE.test(html)) return 'server template';
  if (oneCellBody()) return 'one table cell';
  return null;
}

/** The element children of a node, whitespace and comments aside. */
const elementChildren = (node: AnyNode): Element[] =>
  isParent(node) ? node.children.filter((c): c is Element => isElement(c) && !isDropped(c)) : [];

/** Elements that give a table cell a layout of its own: a cell holding one is a page's frame, not a cut-out fragment. */
export const LAYOUT_ELEMENTS: ReadonlySet<string> = new Set(['table', 'div', 'ul', 'ol', 'dl', 'section', 'article', 'main', 'iframe', 'frameset']);

/**
 * A body whose content is one table of one cell (tbody/tr/td each alone in its parent) holding
 * text only (paragraphs, no layout of its own): content cut out of a page's layout. A page framed
 * by one big layout cell (old government sites) is no fragment.
 */
function oneCell(root: AnyNode): boolean {
  return oneCellBy(root, (node) => {
    const children = elementChildren(node);
    return { elements: children.length, first: children[0] ?? null, firstName: children[0]?.name ?? '' };
  }, (cell) => hasLayout(cell as Element));
}

/** A node's element children as oneCellBy reads them: how many (dropped elements aside), and the first. */
export interface ElementChildren<N> {
  elements: number;
  first: N | null;
  firstName: string;
}

/** The one-cell test (oneCell) over any record of the page: the tree, or what a streaming pass kept of it. */
export function oneCellBy<N>(root: N, children: (node: N) => ElementChildren<N>, cellHasLayout: (cell: N) => boolean): boolean {
  let node = root;
  for (const names of ONE_CELL_CHAIN) {
    const c = children(node);
    if (c.elements !== 1 || c.first === null || !names.includes(c.firstName)) return false;
    node = c.first;
    if (c.firstName === 'td') return !cellHasLayout(node);
  }
  return false;
}
/** The body's element children, level by level, down to the one cell: the names each level may have. */
export const ONE_CELL_CHAIN: ReadonlyArray<readonly string[]> = [['table'], ['tbody', 'tr'], ['tr', 'td'], ['td']];

function hasLayout(cell: Element): boolean {
  const stack: Element[] = [cell];
  while (stack.length > 0) {
    for (const child of stack.pop()!.children) {
      if (!isElement(child)) continue;
      if (LAYOUT_ELEMENTS.has(child.name)) return true;
      stack.push(child);
    }
  }
  return false;
}

export function htmlToPageText(html: string): PageText {
  const { doc, page, serverTemplate } = parseHtml(html, { attributes: PAGE_TEXT_ATTRIBUTES });
  const root: AnyNode = page.body ?? doc;
  const skip = new Skips(root);
  const out = new LineWriter(new BlockRecorder());
  walk(root, out, skip);
  out.end();
  const { metadata, titleHints } = readMetadata(markupOf(page), out.lines);
  const headings = boldHeadings(out.leads, out.lines);
  return { text: out.lines.join('\n'), metadata, titleHints, ...(headings.length > 0 ? { headings } : {}), blocks: out.blocks.list, fragment: fragmentReason(html, () => oneCell(root), serverTemplate) };
}
