// HTML → page text without a tree, for pages too large to hold as one (STREAMED_PAGE_CHARS).
//
// Reading a 47 MB page as a tree takes about 160 MB more memory; this reads the page twice with
// htmlparser2's Parser callbacks instead (the tokenizer and implied-end-tag rules the tree path's
// htmlparser2 parse uses), keeping only what is open and a few numbers per element that needs them:
// - pass one (measurePage) counts what the tree path looks ahead or back for: the body's text and
//   each hidden element's and form's (Skips), the tables that cannot be data tables, the site home
//   links that open a byline, and the body's first elements (the one-cell fragment test);
// - pass two (writePage) writes the lines and records the blocks with the tree path's LineWriter
//   and BlockRecorder, by the same element tables. A table that may be a data table is built as a
//   small tree while it is read and written by the tree path's own walk.
// What differs from the tree path (htmlToPageText) is listed in the README (HTML, a page of 4 Mi
// characters or more): no parse5 reading of malformed markup and no repairs, and a site home
// link's look-ahead that reads what hidden elements hold (it skips dropped elements only).
import type { AnyNode, Element } from 'domhandler';
import { MAX_BACK_HOME_LINK_RAW_CHARS, SITE_HOME_LINK_TEXT } from '../../rules/zh/boilerplate.js';
import type { PageText } from '../types.js';
import { ARTICLE_PARTS, ARTICLE_SECTIONS, BLOCK_ELEMENTS, DROPPED_ELEMENTS, FORM_BODY_SHARE, HIDDEN_BODY_SHARE, LIST_ITEM_PREFIX, MAX_DATA_CELL_CHARS } from './html-elements.js';
import { capNesting } from './html-parse.js';
import { htmlParserLibs } from './html-parser.js';
import {
  BlockRecorder,
  BOLD_ELEMENTS,
  collapseSpace,
  isBackHomeText,
  DATE_LOOKAHEAD,
  DATE_START,
  fragmentReason,
  HEADING_BREAK,
  headingText,
  isArticleHeader,
  desktopOnly,
  hiddenBy,
  isHomeHref,
  LAYOUT_ELEMENTS,
  LineWriter,
  ONE_CELL_CHAIN,
  oneCellBy,
  readMetadata,
  walk,
  type ElementChildren,
  type PageH1,
  type PageMarkup,
} from './html-to-text.js';
import { boldHeadings } from './bold-headings.js';

type Attribs = Record<string, string>;
/** The Parser callbacks both passes take. */
interface Events {
  onopentag(name: string, attribs: Attribs): void;
  onclosetag(name: string): void;
  ontext(data: string): void;
  oncomment(): void;
  onprocessinginstruction(): void;
}

/** Runs the Parser over the page, as the tree path's htmlparser2 parse does (its default options). */
function parse(html: string, events: Events): void {
  new (htmlParserLibs().Parser)(events).end(html);
}

/** Anything but JavaScript whitespace (what `.trim()` keeps). */
const VISIBLE = /\S/;
/** A look-ahead keeps this much text: enough for DATE_START after any run of spaces a page writes. */
const LOOKAHEAD_CAP = 4096;
/** A table cell's text is read this far for its length: past MAX_DATA_CELL_CHARS even once spaces are folded. */
const CELL_TEXT_CAP = 8 * MAX_DATA_CELL_CHARS;
const SECTION_PARTS: ReadonlySet<string> = new Set(['thead', 'tbody', 'tfoot']);
const CELLS: ReadonlySet<string> = new Set(['td', 'th']);

/** Characters other than HTML whitespace (as Skips counts them). */
function nonSpace(data: string): number {
  let n = 0;
  for (let i = 0; i < data.length; i++) {
    const c = data.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) n++;
  }
  return n;
}

// ---------------------------------------------------------------------------------------------
// Pass one.

interface MeasureFrame {
  name: string;
  ordinal: number;
  dropped: boolean;
  /** hidden or a form: the tree path may skip it (Skips) */
  judged: boolean;
  hidden: boolean;
  /** hidden by a class of what the page shows on phones only, and by nothing else (hiddenBy) */
  phoneOnly: boolean;
  /** shown on desktops only (desktopOnly), outside dropped elements */
  desktopOnly: boolean;
  /** non-space characters under it, dropped and hidden elements inside aside (Skips' UNSHOWN) */
  shown: number;
  /** some text under it outside dropped elements inside it; some such text in a child already read */
  text: boolean;
  childText: boolean;
  /** its element children other than dropped ones: how many, the first's name; any layout element under it */
  elements: number;
  firstName: string;
  layout: boolean;
  /** its level in the one-cell chain under the body (0: the body) and under the document, or -1 */
  bodyLevel: number;
  docLevel: number;
  /** a table: rows of two cells or more seen; a cell: its text so far, and whether a possibly skipped element is in it */
  wideRows: number;
  cellText: string;
  cellUnsure: boolean;
  /** a table row: its cells */
  cells: number;
  /** a site home link candidate: its text (null: no candidate) */
  homeText: string | null;
  /** a link's text, while it may be a back-home link (BACK_HOME_LINK_TEXT); null: none read */
  linkText: string | null;
}

/** What pass one finds (see the file's head). */
interface Measures {
  /** the ordinal of the first <body> (the root the text is read from), or -1: the whole page is */
  body: number;
  /** ordinals (the order of start tags) of the hidden elements and forms the tree path skips */
  gone: Set<number>;
  /** ordinals of the <header>s and <footer>s that are the article's own (ARTICLE_PARTS, isArticleHeader): read, not dropped */
  articleHeaders: Set<number>;
  /** ordinals of the tables that may be data tables (the rest are layout whatever is skipped) */
  dataTables: Set<number>;
  /** ordinals of the site home links that open a byline */
  homeLinks: Set<number>;
  /** whether the body (the page, without one) is one table cell */
  oneCell: boolean;
}

/** A site home link read: the text after it, until DATE_LOOKAHEAD characters are in at a sibling's end. */
interface HomeLookahead {
  ordinal: number;
  /** the stack's length with the link's parent on top */
  parentAt: number;
  after: string;
}

function measurePage(html: string): Measures {
  const stack: MeasureFrame[] = [];
  const frame = (name: string, ordinal: number): MeasureFrame => ({
    name, ordinal, dropped: false, judged: false, hidden: false, phoneOnly: false, desktopOnly: false, shown: 0, text: false, childText: false, elements: 0, firstName: '', layout: false,
    bodyLevel: -1, docLevel: -1, wideRows: 0, cellText: '', cellUnsure: false, cells: 0, homeText: null, linkText: null,
  });
  const doc = frame('', -1);
  doc.docLevel = 0;
  stack.push(doc);
  const counts = new Map<number, { chars: number; hidden: boolean; phoneOnly: boolean }>();
  /** text under the elements shown on desktops only (desktopOnly) outside dropped ones: a phone's copy goes only where it is not 0 */
  let desktopChars = 0;
  const notData = new Set<number>();
  const tables: number[] = [];
  const homeLinks = new Set<number>();
  const backHome = new Set<number>();
  const articleHeaders = new Set<number>();
  const bodyChain: Array<ElementChildren<number> & { layout: boolean }> = [];
  const docChain: Array<ElementChildren<number> & { layout: boolean }> = [];
  let ordinal = 0;
  let bodyOrdinal = -1;
  let bodyOpen = false;
  let bodyClosed = false;
  let bodyChars = 0;
  let docChars = 0;
  let dropDepth = 0;
  let bodyDropDepth = 0;
  /** the site home links read whose look-ahead is open (one inside another's next sibling too) */
  let lookaheads: HomeLookahead[] = [];
  /** open cells and home link candidates: the frames addText writes to */
  let capturing = 0;
  const top = (): MeasureFrame => stack[stack.length - 1]!;

  /**
   * A sibling of a looked-after link ended (`parentAt` the stack's length then), or its parent did
   * (`parentAt` the stack's length + 1): decides the link once enough text is in, as isSiteHomeLink's loop.
   */
  const siblingEnded = (parentAt: number, parentClosing: boolean): void => {
    if (lookaheads.length === 0) return;
    lookaheads = lookaheads.filter((l) => {
      if (l.parentAt !== parentAt || (!parentClosing && l.after.length < DATE_LOOKAHEAD)) return true;
      if (DATE_START.test(l.after.trim())) homeLinks.add(l.ordinal);
      return false;
    });
  };
  /** Text under a looked-after link's next siblings: kept unless a dropped element below the sibling holds it. */
  const droppedBelowSibling = (l: HomeLookahead): boolean => {
    for (let i = l.parentAt + 1; i < stack.length; i++) if (stack[i]!.dropped) return true;
    return false;
  };
  const addAfter = (text: string): void => {
    for (const l of lookaheads) if (l.after.length < LOOKAHEAD_CAP && !droppedBelowSibling(l)) l.after += text;
  };
  /** Text (or a block's or <br>'s space) for the open home links' and cells' texts. */
  const addText = (text: string): void => {
    addAfter(text);
    if (capturing === 0) return;
    for (let i = stack.length - 1; i > 0; i--) {
      const f = stack[i]!;
      if (f.homeText !== null) f.homeText += text;
      if (f.linkText !== null && f.linkText.length <= MAX_BACK_HOME_LINK_RAW_CHARS) f.linkText += text;
      if (CELLS.has(f.name) && f.cellText.length < CELL_TEXT_CAP) f.cellText += text;
      if (f.dropped) break;
    }
  };

  parse(html, {
    onopentag(name, attribs) {
      const parent = top();
      siblingEnded(stack.length, false);
      const f = frame(name, ordinal++);
      f.dropped = DROPPED_ELEMENTS.has(name);
      if (ARTICLE_PARTS.has(name) && isArticleHeader(attribs, stack.some((open) => ARTICLE_SECTIONS.has(open.name)))) {
        f.dropped = false;
        articleHeaders.add(f.ordinal);
      }
      const hider = f.dropped ? null : hiddenBy(attribs);
      f.hidden = hider !== null;
      f.phoneOnly = hider === 'phone';
      f.desktopOnly = !f.dropped && dropDepth === 0 && desktopOnly(attribs);
      f.judged = f.hidden || (!f.dropped && name === 'form');
      if (!f.dropped) {
        if (parent.elements === 0) {
          parent.firstName = name;
          if (parent.bodyLevel >= 0 && parent.bodyLevel < ONE_CELL_CHAIN.length) f.bodyLevel = parent.bodyLevel + 1;
          if (parent.docLevel >= 0 && parent.docLevel < ONE_CELL_CHAIN.length) f.docLevel = parent.docLevel + 1;
        }
        parent.elements++;
      }
      if (name === 'body' && bodyOrdinal < 0) {
        bodyOrdinal = f.ordinal;
        bodyOpen = true;
        bodyDropDepth = dropDepth;
        f.bodyLevel = 0;
      }
      if (f.dropped) dropDepth++;
      if (f.judged) for (let i = stack.length - 1; i > 0; i--) if (CELLS.has(stack[i]!.name)) stack[i]!.cellUnsure = true;
      if (name === 'table') {
        tables.push(f.ordinal);
        // a table inside another, nothing that may be skipped between: the outer one is layout
        if (!f.judged)
          for (let i = stack.length - 1; i > 0 && !stack[i]!.dropped && !stack[i]!.judged; i--) if (stack[i]!.name === 'table') notData.add(stack[i]!.ordinal);
      }
      if (name === 'a' && isHomeHref(attribs) && !parent.childText) f.homeText = '';
      if (name === 'a' && !f.dropped && !f.hidden) f.linkText = '';
      stack.push(f);
      if (f.homeText !== null || f.linkText !== null || CELLS.has(name)) capturing++;
      if (BLOCK_ELEMENTS.has(name) || name === 'br') addText(' ');
    },
    onclosetag(name) {
      const f = stack.pop()!;
      const parent = top();
      if (f.homeText !== null || f.linkText !== null || CELLS.has(name)) capturing--;
      if (f.linkText !== null && isBackHomeText(f.linkText)) backHome.add(f.ordinal);
      if (BLOCK_ELEMENTS.has(name)) addText(' ');
      siblingEnded(stack.length + 1, true);
      if (f.dropped) dropDepth--;
      else if (f.judged) counts.set(f.ordinal, { chars: f.shown, hidden: f.hidden, phoneOnly: f.phoneOnly });
      if (f.desktopOnly) desktopChars += f.shown;
      if (!f.dropped && !f.hidden) parent.shown += f.shown;
      parent.layout ||= f.layout || LAYOUT_ELEMENTS.has(name);
      parent.childText ||= f.text;
      if (!f.dropped) parent.text ||= f.text;
      if (f.bodyLevel >= 0) bodyChain[f.bodyLevel] = { elements: f.elements, first: f.bodyLevel + 1, firstName: f.firstName, layout: f.layout };
      if (f.docLevel > 0) docChain[f.docLevel] = { elements: f.elements, first: f.docLevel + 1, firstName: f.firstName, layout: f.layout };
      if (f.ordinal === bodyOrdinal) {
        bodyOpen = false;
        bodyClosed = true;
      }
      noteTablePart(f, parent, stack, notData);
      siblingEnded(stack.length, false);
      if (f.homeText !== null && SITE_HOME_LINK_TEXT.test(collapseSpace(f.homeText).trim())) lookaheads.push({ ordinal: f.ordinal, parentAt: stack.length, after: '' });
    },
    ontext(data) {
      const n = nonSpace(data);
      top().shown += n;
      if (dropDepth === 0) docChars += n;
      if (bodyOpen && !bodyClosed && dropDepth === bodyDropDepth) bodyChars += n;
      const visible = VISIBLE.test(data);
      if (visible) {
        const f = top();
        f.text = true;
        f.childText = true;
      }
      addText(data);
    },
    oncomment() {
      siblingEnded(stack.length, false);
    },
    onprocessinginstruction() {
      siblingEnded(stack.length, false);
    },
  });
  docChain[0] = { elements: doc.elements, first: 1, firstName: doc.firstName, layout: doc.layout };
  const hasBody = bodyOrdinal >= 0;
  const rootChars = hasBody ? bodyChars : docChars;
  const gone = new Set<number>();
  for (const [at, { chars, hidden, phoneOnly }] of counts) if (chars < rootChars * (hidden ? HIDDEN_BODY_SHARE : FORM_BODY_SHARE) && (!phoneOnly || desktopChars > 0)) gone.add(at);
  for (const at of backHome) gone.add(at);
  const chain = hasBody ? bodyChain : docChain;
  const oneCell = oneCellBy(0, (level) => chain[level] ?? NO_CHILDREN, (level) => chain[level]?.layout ?? false);
  return { body: bodyOrdinal, gone, articleHeaders, dataTables: new Set(tables.filter((t) => !notData.has(t))), homeLinks, oneCell };
}
const NO_CHILDREN: ElementChildren<number> = { elements: 0, first: null, firstName: '' };

/**
 * A table part closed: a cell's text past MAX_DATA_CELL_CHARS (nothing in it that may be skipped)
 * makes its table layout; a row counts its cells; a table without a row of two cells is layout.
 */
function noteTablePart(f: MeasureFrame, parent: MeasureFrame, stack: readonly MeasureFrame[], notData: Set<number>): void {
  const table = tableOfRow(parent, stack);
  if (CELLS.has(f.name) && parent.name === 'tr') {
    parent.cells++;
    if (table !== null && !f.cellUnsure && collapseSpace(f.cellText).trim().length > MAX_DATA_CELL_CHARS) notData.add(table.ordinal);
  } else if (f.name === 'tr') {
    const owner = parent.name === 'table' ? parent : SECTION_PARTS.has(parent.name) && stack[stack.length - 2]?.name === 'table' ? stack[stack.length - 2]! : null;
    if (owner !== null && f.cells >= 2) owner.wideRows++;
  } else if (f.name === 'table' && f.wideRows === 0) notData.add(f.ordinal);
}

/** The table whose row `row` is (a <tr> the table holds, or its thead/tbody/tfoot does), with `row` on top of `stack`. */
function tableOfRow(row: MeasureFrame, stack: readonly MeasureFrame[]): MeasureFrame | null {
  if (row.name !== 'tr') return null;
  const up = stack[stack.length - 2];
  if (up?.name === 'table') return up;
  const upper = stack[stack.length - 3];
  return up !== undefined && SECTION_PARTS.has(up.name) && upper?.name === 'table' ? upper : null;
}

// ---------------------------------------------------------------------------------------------
// Pass two.

interface WriteFrame {
  /** a skipped element (dropped, or judged gone): nothing in it is written */
  skips: boolean;
  /** what its end undoes, as the tree path's walk does (LEAVE_BOLD, LEAVE_LINK, LEAVE_LINE, LEAVE_PRE, LEAVE_BLOCK) */
  bold: boolean;
  link: boolean;
  homeLine: boolean;
  pre: boolean;
  block: boolean;
  /** its last child that previousIsLink would stop at is an <a> */
  lastIsLink: boolean;
  /** the body the text is read from */
  root: boolean;
  /** the text of the <title> or <h1> it is (PageMarkup), and where it goes */
  capture: Capture | null;
}

/** A <title>'s or an <h1>'s text as it is read; an <h1>'s (h1At ≥ 0) non-space characters, and those inside links to the site's root (PageH1's brand). */
interface Capture {
  text: string;
  h1At: number;
  chars: number;
  homeChars: number;
}

/** Skipped with everything inside, as the tree path's isDropped: DROPPED_ELEMENTS but the article's own <header>s and <footer>s. */
const dropped = (name: string, at: number, m: Measures): boolean => DROPPED_ELEMENTS.has(name) && !m.articleHeaders.has(at);

/** A table that may be a data table, built as a tree while it is read: written by walk when it ends. */
interface TableTree {
  root: Element;
  open: Element[];
  ordinals: Map<Element, number>;
}

/** The tree path's walk over a built table, its elements skipped as the page's are (Skips). */
function writeTableTree(t: TableTree, out: LineWriter, m: Measures, preDepth: number): void {
  walk(t.root, out, { has: (el: Element) => dropped(el.name, t.ordinals.get(el) ?? -1, m) || m.gone.has(t.ordinals.get(el) ?? -1) }, preDepth);
}

function append(parent: Element, node: AnyNode): void {
  const prev = parent.children[parent.children.length - 1];
  node.parent = parent;
  if (prev) {
    prev.next = node;
    node.prev = prev;
  }
  parent.children.push(node as Element);
}

function writePage(html: string, m: Measures): { out: LineWriter; markup: PageMarkup } {
  const dom = htmlParserLibs().dom;
  const out = new LineWriter(new BlockRecorder());
  const metas: Attribs[] = [];
  const h1s: PageH1[] = [];
  let title: string | null = null;
  const frame = (): WriteFrame => ({ skips: false, bold: false, link: false, homeLine: false, pre: false, block: false, lastIsLink: false, root: false, capture: null });
  const stack: WriteFrame[] = [frame()];
  const captures: Capture[] = [];
  /** the open links: whether each leads to the site's root (isHomeHref) */
  const links: boolean[] = [];
  let ordinal = 0;
  let inRoot = m.body < 0;
  let skipDepth = 0;
  let skippedAroundRoot = 0;
  let preDepth = 0;
  let pending = '';
  let table: TableTree | null = null;
  const top = (): WriteFrame => stack[stack.length - 1]!;
  const writing = (): boolean => inRoot && skipDepth === 0;
  const capture = (text: string): void => {
    for (const c of captures) c.text += text;
  };
  /** Text read inside the open <h1>s: counted for PageH1's brand, as linksHomeOnly counts it. */
  const countInH1s = (data: string): void => {
    const n = nonSpace(data);
    if (n === 0) return;
    const home = links.length > 0 && links[links.length - 1]!;
    for (const c of captures) {
      c.chars += n;
      if (home) c.homeChars += n;
    }
  };

  /** Text read since the last other event is one text node, as the tree holds it. */
  const flushText = (): void => {
    if (pending.length === 0) return;
    const data = pending;
    pending = '';
    if (table !== null) append(table.open[table.open.length - 1]!, new dom.Text(data));
    else if (writing()) {
      if (VISIBLE.test(data)) top().lastIsLink = false;
      if (preDepth === 0) out.write(collapseSpace(data));
      else
        data.split(/\r\n?|\n/).forEach((part, i) => {
          if (i > 0) out.end();
          out.write(part);
        });
    }
  };

  /** An element starts: what walk does on reaching it. */
  const enter = (name: string, attribs: Attribs, at: number, f: WriteFrame): void => {
    if (at === m.body) {
      inRoot = true;
      f.root = true;
      // the body is read wherever it stands: the skipped elements around it count again after it
      skippedAroundRoot = skipDepth;
      skipDepth = 0;
    } else if (!writing()) return;
    else if (dropped(name, at, m) || m.gone.has(at)) {
      f.skips = true;
      skipDepth++;
      return;
    }
    if (name === 'br') {
      out.end();
      return;
    }
    if (name === 'table' && m.dataTables.has(at)) {
      const root = new dom.Element(name, attribs);
      table = { root, open: [root], ordinals: new Map([[root, at]]) };
      return;
    }
    if (BLOCK_ELEMENTS.has(name)) {
      out.end();
      out.blocks.start({ name, attribs }, out.lines.length);
      f.block = true;
    }
    if (name === 'pre') {
      preDepth++;
      f.pre = true;
    }
    if (name === 'li') out.write(LIST_ITEM_PREFIX);
    if (name === 'a') {
      if (top().lastIsLink) out.write(' ');
      f.homeLine = m.homeLinks.has(at);
      out.blocks.links++;
      f.link = true;
    }
    if (BOLD_ELEMENTS.has(name) && out.startBold()) f.bold = true;
  };

  /** An element ends: what walk's LEAVE_ markers do. */
  const leave = (name: string, f: WriteFrame): void => {
    if (f.bold) out.endBold();
    if (f.link) out.blocks.links--;
    if (f.homeLine) out.end();
    if (f.pre) preDepth--;
    if (f.block) {
      out.end();
      out.blocks.end(out.lines.length);
    }
    if (f.root) {
      inRoot = false;
      skipDepth = skippedAroundRoot;
      return;
    }
    if (f.skips) skipDepth--;
    else if (writing()) top().lastIsLink = name === 'a';
  };

  parse(html, {
    onopentag(name, attribs) {
      flushText();
      const at = ordinal++;
      if (name === 'meta') metas.push(attribs);
      // (a <br> in an <h1> joins its pieces as headingText reads them; a <title> holds no element)
      if (name === 'br') capture(HEADING_BREAK);
      else if (BLOCK_ELEMENTS.has(name)) capture(' ');
      if (table !== null) {
        const el = new dom.Element(name, attribs);
        append(table.open[table.open.length - 1]!, el);
        table.open.push(el);
        table.ordinals.set(el, at);
      }
      const f = frame();
      if (name === 'a') links.push(isHomeHref(attribs));
      if (name === 'h1' || (name === 'title' && title === null)) {
        if (name === 'title') title = '';
        f.capture = { text: '', h1At: name === 'h1' ? h1s.push({ text: '', brand: false }) - 1 : -1, chars: 0, homeChars: 0 };
        captures.push(f.capture);
      }
      if (table === null) enter(name, attribs, at, f);
      stack.push(f);
    },
    onclosetag(name) {
      flushText();
      if (BLOCK_ELEMENTS.has(name)) capture(' ');
      const f = stack.pop()!;
      if (name === 'a') links.pop();
      if (f.capture !== null) {
        const c = f.capture;
        captures.splice(captures.indexOf(c), 1);
        if (c.h1At >= 0) h1s[c.h1At] = { text: headingText(c.text), brand: c.chars > 0 && c.homeChars === c.chars };
        else title = collapseSpace(c.text).trim();
      }
      if (table === null) return leave(name, f);
      table.open.pop();
      if (table.open.length > 0) return;
      writeTableTree(table, out, m, preDepth);
      table = null;
      top().lastIsLink = false;
    },
    ontext(data) {
      pending += data;
      if (captures.length > 0) {
        capture(data);
        countInH1s(data);
      }
    },
    oncomment() {
      flushText();
      if (table !== null) append(table.open[table.open.length - 1]!, new dom.Comment(''));
      else if (writing()) top().lastIsLink = false;
    },
    onprocessinginstruction() {
      flushText();
      if (table !== null) append(table.open[table.open.length - 1]!, new dom.ProcessingInstruction('', ''));
      else if (writing()) top().lastIsLink = false;
    },
  });
  flushText();
  return { out, markup: { metas, title, h1s } };
}

/** The page text of an HTML page, read in two streaming passes (see the file's head): htmlToPageText's record, without a tree. */
export function streamHtmlToPageText(source: string): PageText {
  const html = capNesting(source);
  const measures = measurePage(html);
  const { out, markup } = writePage(html, measures);
  out.end();
  const { metadata, titleHints } = readMetadata(markup, out.lines);
  const headings = boldHeadings(out.leads, out.lines);
  return { text: out.lines.join('\n'), metadata, titleHints, ...(headings.length > 0 ? { headings } : {}), blocks: out.blocks.list, fragment: fragmentReason(source, () => measures.oneCell) };
}
