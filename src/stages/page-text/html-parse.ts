// HTML → a tree, as the HTML spec builds it, fast.
//
// htmlparser2 (the parser under cheerio/slim) is about four times faster than parse5, but
// it builds a different tree from malformed markup (stray tags, text inside tables, content after
// </body>…). The tree is therefore checked for every construct where the two differ (survey) and
// such a page is parsed again with parse5, so every page reads as a browser's tree builder would
// build it, fragments and malformed markup included.
//
// Before either parser sees the page, one scan over its markup (scanMarkup) measures how deep its
// tags nest (capNesting flattens the rare page nested deep enough to make the parsers quadratic) and
// collects what the divergence checks need from the source text: end-tag counts and tokenizer quirks.
import { createRequire } from 'node:module';
import type { AnyNode, Document, Element, ParentNode } from 'domhandler';
import { charSet } from '../../lib/char-set.js';
import { htmlParserLibs } from './html-parser.js';
import {
  DROPPED_ELEMENTS,
  FOREIGN_BREAKOUT,
  FORMATTING_ELEMENTS,
  HEAD_CONTENT,
  HEADINGS,
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

type Parse5 = typeof import('parse5');
type TreeAdapter = typeof import('parse5-htmlparser2-tree-adapter');

const requireHere = createRequire(import.meta.url);
let spec: { parse: Parse5['parse']; options: { treeAdapter: TreeAdapter['adapter']; scriptingEnabled: true } } | undefined;
/** What cheerio/slim's `load` hands htmlparser2 (its `xml: { xmlMode: false, … }` option, flattened): end indices let the survey see which tag closed each element. */
const FAST_OPTIONS = { xmlMode: false, withEndIndices: true } as const;

/**
 * Parses as htmlparser2's `parseDocument` does (a DomHandler fed by a Parser), the call cheerio/slim
 * makes for `$(markup)` and `load()`, with the options it gives (the same tree). cheerio's own
 * modules (its API, selectors and serializer: loading cheerio/slim costs 45-55 ms of CPU per
 * thread) are not loaded for a tree the stage walks itself, nor htmlparser2's main module
 * (html-parser.ts).
 */
function parseFast(html: string, attributes: ReadonlySet<string> | undefined): Document {
  const libs = htmlParserLibs();
  const { Tokenizer, dom } = libs;
  const Parser = attributes ? libs.keeping(attributes) : libs.Parser;
  const handler = new dom.DomHandler(undefined, FAST_OPTIONS);
  new Parser(handler, { ...FAST_OPTIONS, Tokenizer }).end(html);
  return handler.root;
}

/**
 * Parses with parse5, the spec's tree builder, into domhandler's tree, as cheerio's `load` does
 * (its parse5 adapter, scripting enabled), loaded only when a page needs it. parse5 and the tree
 * adapter are loaded on their own, not through cheerio's main module: that also loads its URL and
 * stream loaders (undici), about 120 ms of CPU per thread for nothing the page needs.
 */
function parseSpec(html: string): Document {
  spec ??= {
    parse: (requireHere('parse5') as Parse5).parse,
    options: { treeAdapter: (requireHere('parse5-htmlparser2-tree-adapter') as TreeAdapter).adapter, scriptingEnabled: true },
  };
  return spec.parse(html, spec.options) as unknown as Document;
}

const ONLY_HTML_SPACE = /^[ \t\n\r\f]*$/;

// (a node's `type` read once: each kind of node is a class of its own, so the read is a polymorphic one)
export const isElement = (node: AnyNode): node is Element => {
  const type = node.type;
  return type === 'tag' || type === 'script' || type === 'style';
};
export const isParent = (node: AnyNode): node is ParentNode & Element => {
  const type = node.type;
  return type === 'tag' || type === 'script' || type === 'style' || type === 'root';
};
export const dataOf = (node: AnyNode): string => (node as unknown as { data: string }).data;
const nameOf = (node: AnyNode | null): string => (node && isElement(node) ? node.name : '');

// ---------------------------------------------------------------------------------------------
// The scan of the markup. It hops from `<` to `<` with indexOf, a native search: on two-byte
// (Chinese) pages about four times faster than a charCodeAt loop (CharSet.indexIn included), and
// faster still than a regex, so a page costs little beyond its tags.

/** What one scan of a page's markup finds. */
export interface MarkupScan {
  /** a start tag opens deeper than MAX_NESTING */
  tooDeep: boolean;
  /** `</h1`…`</h6` followed by whitespace, `/` or `>`, anywhere in the source */
  headingEndTags: number;
  /** `</body` or `</html` followed by whitespace, `/` or `>`, anywhere in the source */
  pageEndTags: number;
  /** markup the two tokenizers read differently: `</>`, a comment closed by `--!>`, an end tag with a slash after its name or a quote inside */
  tokenizerQuirk: boolean;
  /** `</form` or `</FORM` anywhere in the source (a page without one has no form to keep open: keepOpenAfterForm) */
  formEndTag: boolean;
  /** server-side template markup anywhere in the source (SERVER_TEMPLATE) */
  serverTemplate: boolean;
}

/**
 * Server-side template markup (JSP, ASP, PHP, JSTL tags): the file is a template, not the page it
 * renders. The definition; scanMarkup reads the same at each `<` it visits (serverTemplateAt).
 */
export const SERVER_TEMPLATE = /<%|<\?php|<(?:jsp|c|s|fmt):[a-z]/i;
/** The tag prefixes of SERVER_TEMPLATE read before a `:` and a letter (`<jsp:include`, `<c:if`). */
const TEMPLATE_PREFIXES: readonly string[] = ['jsp', 'c', 's', 'fmt'];
const PERCENT = 37; // %
const QUESTION = 63; // ?
const COLON = 58; // :

const LT = 60; // <
const GT = 62; // >
const SLASH = 47; // /
/** JavaScript's `\s`: the end-tag counts take what a `[\s/>]` class would after a name (any stray one sends the page to parse5). */
const JS_SPACE = charSet('\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff');
const TAG_NAME = charSet('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_:-');
/** Past its first letter, a tag name reads at most this many characters for the nesting count (the rest is left as attributes). */
const MAX_NAME_TAIL = 30;
const isLetter = (c: number): boolean => (c | 0x20) >= 97 && (c | 0x20) <= 122;
const endsName = (c: number): boolean => c === GT || c === SLASH || JS_SPACE.has(c);

/** True when `html` at `at` holds `word` (lower case) in any case. */
function wordAt(html: string, at: number, word: string): boolean {
  for (let k = 0; k < word.length; k++) if ((html.charCodeAt(at + k) | 0x20) !== word.charCodeAt(k)) return false;
  return true;
}

/** An end tag the tokenizers read differently: after `</` and a letter, a `/` or `<` ends the name, or a quote comes before the next `<` or `>`. */
function quirkyEndTag(html: string, from: number): boolean {
  let inName = true;
  for (let i = from; i < html.length; i++) {
    const c = html.charCodeAt(i);
    if (c === GT) return false;
    if (c === LT) return inName;
    if (c === 34 || c === 39) return true; // " '
    if (inName && c === SLASH) return true;
    if (inName && JS_SPACE.has(c)) inName = false;
  }
  return false;
}

/** Whether SERVER_TEMPLATE matches at `lt` (a `<`). */
function serverTemplateAt(html: string, lt: number): boolean {
  const c = html.charCodeAt(lt + 1);
  if (c === PERCENT) return true;
  if (c === QUESTION) return wordAt(html, lt + 2, 'php');
  for (const prefix of TEMPLATE_PREFIXES) {
    const colon = lt + 1 + prefix.length;
    if (wordAt(html, lt + 1, prefix) && html.charCodeAt(colon) === COLON && isLetter(html.charCodeAt(colon + 1))) return true;
  }
  return false;
}

/** Notes what the end tag at `lt` (a `</`) tells the divergence checks. */
function noteEndTag(html: string, lt: number, scan: MarkupScan): void {
  const c = html.charCodeAt(lt + 2);
  if (c === GT) scan.tokenizerQuirk = true;
  if (!isLetter(c)) return;
  if (!scan.formEndTag && (html.startsWith('form', lt + 2) || html.startsWith('FORM', lt + 2))) scan.formEndTag = true;
  const digit = html.charCodeAt(lt + 3);
  if ((c | 0x20) === 104 && digit >= 49 && digit <= 54 && endsName(html.charCodeAt(lt + 4))) scan.headingEndTags++;
  if ((wordAt(html, lt + 2, 'body') || wordAt(html, lt + 2, 'html')) && endsName(html.charCodeAt(lt + 6))) scan.pageEndTags++;
  if (!scan.tokenizerQuirk && quirkyEndTag(html, lt + 3)) scan.tokenizerQuirk = true;
}

/**
 * The tag at `lt` as the nesting count reads it: `<`, an optional `/`, a letter, then anything up to
 * the first `>`. Gives the index after its `>`; NOT_A_TAG when `lt` starts none; NO_MORE_TAGS when
 * no `>` follows (then no later `<` starts a tag either).
 */
function tagEnd(html: string, lt: number): number {
  const first = html.charCodeAt(lt + 1) === SLASH ? lt + 2 : lt + 1;
  if (!isLetter(html.charCodeAt(first))) return NOT_A_TAG;
  const gt = html.indexOf('>', first);
  return gt < 0 ? NO_MORE_TAGS : gt + 1;
}
const NOT_A_TAG = 0;
const NO_MORE_TAGS = -1;

/** +1 for a tag that opens an element, -1 for an end tag, 0 for a void element's tag or a self-closing one. */
function nestingStep(html: string, lt: number, end: number): number {
  if (html.charCodeAt(end - 2) === SLASH) return 0;
  const closing = html.charCodeAt(lt + 1) === SLASH;
  const from = closing ? lt + 2 : lt + 1;
  let to = from + 1;
  while (to <= from + MAX_NAME_TAIL && TAG_NAME.has(html.charCodeAt(to))) to++;
  if (VOID_CODES.has(nameCode(html, from, to))) return 0;
  return closing ? -1 : 1;
}

/**
 * A short name of ASCII letters, any case, as a number (five bits a letter), else -1: every tag is
 * checked against VOID_ELEMENTS without taking its name out of the page.
 */
function nameCode(text: string, from: number, to: number): number {
  if (to - from > 6) return -1;
  let code = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i) | 0x20;
    if (c < 97 || c > 122) return -1;
    code = code * 32 + c - 96;
  }
  return code;
}
const VOID_CODES: ReadonlySet<number> = new Set(
  [...VOID_ELEMENTS].map((name) => {
    const code = nameCode(name, 0, name.length);
    if (code < 0) throw new Error(`VOID_ELEMENTS: ${name} needs a longer code`);
    return code;
  }),
);

/** One pass over the page's markup (see MarkupScan). */
export function scanMarkup(html: string): MarkupScan {
  const scan: MarkupScan = { tooDeep: false, headingEndTags: 0, pageEndTags: 0, tokenizerQuirk: html.includes('--!>'), formEndTag: false, serverTemplate: false };
  let depth = 0;
  // tags are not looked for inside the previous one (between its `<` and `>`); -1: no more tags
  let tagsFrom = 0;
  for (let lt = html.indexOf('<'); lt >= 0; lt = html.indexOf('<', lt + 1)) {
    if (html.charCodeAt(lt + 1) === SLASH) noteEndTag(html, lt, scan);
    else if (!scan.serverTemplate && serverTemplateAt(html, lt)) scan.serverTemplate = true;
    if (lt < tagsFrom || tagsFrom < 0) continue;
    const end = tagEnd(html, lt);
    if (end === NOT_A_TAG) continue;
    tagsFrom = end;
    if (end === NO_MORE_TAGS) continue;
    const step = nestingStep(html, lt, end);
    if (step > 0 && ++depth > MAX_NESTING) scan.tooDeep = true;
    else if (step < 0) depth = Math.max(0, depth - 1);
  }
  return scan;
}

/**
 * Drops tags nested deeper than MAX_NESTING (closing ones included): HTML parsers walk their stack
 * of open elements per tag, so a page nested 100 000 deep costs them quadratic time. No real page
 * nests that deep; its text is kept, only the extra boundaries go. Linear; a page that does not
 * nest too deep comes back as it is.
 */
export function capNesting(html: string): string {
  return scanMarkup(html).tooDeep ? flatten(html) : html;
}

function flatten(html: string): string {
  const kept: string[] = [];
  let depth = 0;
  let from = 0;
  for (let lt = html.indexOf('<'); lt >= 0; ) {
    const end = tagEnd(html, lt);
    if (end === NO_MORE_TAGS) break;
    if (end === NOT_A_TAG) {
      lt = html.indexOf('<', lt + 1);
      continue;
    }
    const step = nestingStep(html, lt, end);
    let over = false;
    if (step > 0) over = ++depth > MAX_NESTING;
    else if (step < 0) {
      over = depth > MAX_NESTING;
      depth = Math.max(0, depth - 1);
    }
    if (over) {
      kept.push(html.slice(from, lt));
      from = end;
    }
    lt = html.indexOf('<', end);
  }
  kept.push(html.slice(from));
  return kept.join('');
}

// ---------------------------------------------------------------------------------------------
// Survey: metadata sources, the body, and whether htmlparser2's tree can be trusted.

export interface Survey {
  metas: Element[];
  h1s: Element[];
  title: Element | undefined;
  body: Element | undefined;
  diverges: boolean;
  /** headings moved out of a heading (liftHeading) */
  lifted: number;
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
 * True when the tag whose name ends at or before `at` is `name`'s end tag. The same answer as
 * tagAt's, without taking the name out (most elements close with their own end tag).
 */
function closedByOwnEndTag(html: string, at: number, name: string): boolean {
  const lt = html.lastIndexOf('<', at);
  if (html.charCodeAt(lt + 1) !== SLASH) return false;
  const from = lt + 2;
  for (let k = 0; k < name.length; k++) {
    const c = html.charCodeAt(from + k);
    if ((c >= 65 && c <= 90 ? c + 32 : c) === name.charCodeAt(k)) continue;
    if (c < 0x80) return false;
    const closer = tagAt(html, at); // beyond ASCII, as toLowerCase reads it
    return closer.end && closer.name === name;
  }
  const next = html.charCodeAt(from + name.length);
  return Number.isNaN(next) || next === GT || next === SLASH || next === 32 || next === 9 || next === 10 || next === 12 || next === 13;
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

function elementDiverges(el: Element, parentName: string, html: string, inside: Counts, mended: Mended): boolean {
  const name = el.name;
  const parent = el.parent;
  if (SPEC_ONLY_ELEMENTS.has(name)) return true;
  if ((name === 'a' && inside.a > 0) || (name === 'form' && inside.form > 0)) return true;
  if (inside.svg > 0 && FOREIGN_BREAKOUT.has(name)) return true;
  if (inside.rawText > 0 && (el.type !== 'tag' || name === 'title' || name === 'textarea' || name === 'xmp')) return true;
  if (inside.select > 0 && !SELECT_CONTENT.has(name)) return true; // parse5 ignores other tags inside a <select>
  if (name === 'html' && parent?.type !== 'root') return true;
  if ((name === 'head' || name === 'body') && parent?.type !== 'root' && parentName !== 'html') return true;
  const parents = TABLE_PARENTS.get(name);
  if (parents && !parents.has(parentName)) return true;
  const allowed = TABLE_CHILDREN.get(parentName);
  if (allowed && !allowed.has(name) && !DROPPED_ELEMENTS.has(name)) return true;
  if (parentName === 'head' && !HEAD_CONTENT.has(name)) return true;
  if (el.type === 'script' && /<!--[\s\S]*<script/i.test(el.children.map(dataOf).join(''))) return true; // script data "double escaped" in parse5
  // how the element was closed (a repair that moved it into parse5's shape has judged that)
  if (mended.reclosed.has(el)) return false;
  const endIndex = el.endIndex;
  if (endIndex === null) return true;
  if (endIndex >= html.length) return HEADINGS.has(name); // closed by the end of the page, as in parse5, unless a stray </hN> closed it there
  if (closedByOwnEndTag(html, endIndex, name)) {
    if (HEADINGS.has(name)) inside.closedHeadings++;
    else if (name === 'body' || name === 'html') inside.closedPage++;
    return false;
  }
  if (RAW_TEXT_IN_SPEC.has(name) || name === 'select') return true; // parse5 reads on to their own end tag
  const closer = tagAt(html, endIndex);
  // closed by a start tag: an optional end tag, as in parse5, but for htmlparser2's form tags (an
  // <input>, <select> or <textarea> closes an open <button> or <datalist> there, not in parse5)
  if (!closer.end) return name === 'datalist' || (name === 'button' && closer.name !== 'button');
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
/** What the repairs (below) vouch for: elements whose closing they moved into parse5's shape, and page end tags (`</body>`, `</html>`) they accounted for. */
interface Mended {
  reclosed: Set<Element>;
  pageEndTags: number;
}
const NOTHING_MENDED: Mended = { reclosed: new Set(), pageEndTags: 0 };

/** Elements parse5 reads as raw text: markup htmlparser2 finds inside them may have ended them early. */
const RAW_TEXT_IN_SPEC: ReadonlySet<string> = new Set(['noscript', 'iframe']);
/** What parse5 keeps inside a <select>. */
const SELECT_CONTENT: ReadonlySet<string> = new Set(['option', 'optgroup', 'hr', 'script', 'template']);

function cutOffTag(html: string): boolean {
  const lt = html.lastIndexOf('<');
  return lt >= 0 && html.indexOf('>', lt) < 0 && /[A-Za-z!/?]/.test(html.charAt(lt + 1));
}

/** One pass over the whole tree, in document order (as cheerio's `$('meta')` would list them). */
function survey(doc: Document, html: string | null, scan: MarkupScan | null, mended: Mended = NOTHING_MENDED): Survey {
  const s: Survey = { metas: [], h1s: [], title: undefined, body: undefined, diverges: false, lifted: 0 };
  if (scan?.tokenizerQuirk || (html !== null && cutOffTag(html))) s.diverges = true;
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
    if (html !== null && isElement(node) && HEADINGS.has(node.name) && HEADINGS.has(nameOf(node.parent))) {
      if (closedByOuterEndTag(node.parent as Element, html)) {
        liftHeading(node);
        s.lifted++;
      }
      else s.diverges = true;
    }
    const parentName = nameOf(node.parent);
    const topLevel = node.parent === doc || parentName === 'html';
    const element = isElement(node);
    if (element) {
      const el = node as Element;
      const name = el.name;
      if (name === 'meta') s.metas.push(el);
      else if (name === 'h1') s.h1s.push(el);
      if (HEADINGS.has(name)) headings++;
      else if (name === 'title') {
        s.title ??= el;
        if (inHead === 0) titleOutsideHead = true;
      } else if (name === 'body' && s.body === undefined) s.body = el;
      else if (name === 'head') {
        if (head) s.diverges = true; // a second <head>
        head = el;
      }
      if (html !== null && !s.diverges) {
        if (name === 'body' && s.body !== el) s.diverges = true; // a second <body>
        if (topLevel && name !== 'head' && name !== 'body' && name !== 'html') {
          if (s.body ? !DROPPED_ELEMENTS.has(name) : !HEAD_CONTENT.has(name)) strayBeforeBody = true;
          if (!HEAD_CONTENT.has(name)) contentSeen = true;
        }
        // after content, parse5 has started the body: a <head> or <title> then goes into it
        if (contentSeen && (name === 'head' || (name === 'title' && topLevel))) s.diverges = true;
        if (elementDiverges(el, parentName, html, inside, mended)) s.diverges = true;
      }
    } else if (html !== null && node.type === 'text') {
      if ((topLevel || parentName === 'head' || TABLE_CHILDREN.has(parentName)) && !ONLY_HTML_SPACE.test(dataOf(node))) {
        if (topLevel) strayTopText = contentSeen = true;
        else s.diverges = true;
      }
    } else if (html !== null && node.type === 'comment' && inside.rawText > 0) s.diverges = true;
    if ((element || node.type === 'root') && (node as ParentNode).children.length > 0) {
      // (a parsed <template>'s content hangs under it as a document of its own)
      if (element) count(node as Element, 1);
      node = (node as ParentNode).children[0]!;
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
  if (scan && !s.diverges && headings > 0 && scan.headingEndTags !== inside.closedHeadings) s.diverges = true;
  if (scan && !s.diverges && scan.pageEndTags !== inside.closedPage + mended.pageEndTags) s.diverges = true;
  return s;
}

// ---------------------------------------------------------------------------------------------
// Repairs: constructs the two parsers build differently, where htmlparser2's tree is moved into
// parse5's shape in place instead of parsing the page again (each repair is held to parse5's tree
// by tests/stages/page-text/html-parse.test.ts).

/**
 * Void elements that end <head> in parse5 (they are no head content): the spec closes the head
 * there, and the element and everything after it go into the body. Saved pages carry them (a
 * browser extension's `<input type="hidden">` before `</head>`). `col` is not here: parse5 drops it.
 */
const BODY_VOIDS: ReadonlySet<string> = new Set(['area', 'br', 'embed', 'hr', 'img', 'input', 'param', 'source', 'track', 'wbr']);
/** Head content parse5 reads the same in the body (by the head's rules, inserted where it is): what may follow such a void element. */
const SAME_IN_BODY: ReadonlySet<string> = new Set(['base', 'basefont', 'bgsound', 'link', 'meta', 'script', 'style', 'title']);

/**
 * `<head>…<input>…</head> <body>`: parse5 opens the body at the void element, ignores `</head>`,
 * reads what followed into the body and gives the `<body>` tag's attributes to that body. When
 * everything after the void element in the head reads the same in the body, and only spaces and
 * comments stand between `</head>` and `<body>`, htmlparser2's tree is moved into that shape:
 * those nodes open the body, adjacent text joined as parse5 appends it. Gives false when the page
 * has no such head, or a head this cannot repair (the survey then judges the tree as it is).
 */
function moveEarlyBody(doc: Document, html: string): boolean {
  const top = doc.children.find((c): c is Element => isElement(c) && c.name === 'html') ?? doc;
  const at = top.children.findIndex((c) => isElement(c) && c.name === 'head');
  if (at < 0) return false;
  const head = top.children[at] as Element;
  const from = head.children.findIndex((c) => isElement(c) && !HEAD_CONTENT.has(c.name));
  if (from < 0 || !BODY_VOIDS.has((head.children[from] as Element).name)) return false;
  for (let i = from + 1; i < head.children.length; i++) {
    const c = head.children[i]!;
    if (c.type === 'text' ? !ONLY_HTML_SPACE.test(dataOf(c)) : c.type !== 'comment' && !(isElement(c) && (BODY_VOIDS.has(c.name) || SAME_IN_BODY.has(c.name)))) return false;
  }
  if (head.endIndex === null || head.endIndex >= html.length || !closedByOwnEndTag(html, head.endIndex, 'head')) return false;
  let b = at + 1;
  for (; b < top.children.length; b++) {
    const c = top.children[b]!;
    if (isElement(c) && c.name === 'body') break;
    if (c.type === 'comment' || (c.type === 'text' && ONLY_HTML_SPACE.test(dataOf(c)))) continue;
    return false;
  }
  const body = top.children[b];
  if (!body || !isElement(body)) return false;
  const moved = [...head.children.splice(from), ...top.children.splice(at + 1, b - at - 1)];
  const last = head.children[head.children.length - 1];
  if (last) last.next = null;
  head.next = body;
  body.prev = head;
  const kept = body.children;
  body.children = [];
  appendMerged(body, [...moved, ...kept]);
  return true;
}

/**
 * True when htmlparser2 closed `heading` at the end tag of an element around it (`</div>`), which
 * closes the same elements in parse5 whether the heading is still open or not. A heading end tag
 * would not: parse5 ignores it, or closes another heading, once the heading is closed early.
 */
function closedByOuterEndTag(heading: Element, html: string): boolean {
  const at = heading.endIndex;
  if (at === null || at >= html.length) return false;
  const closer = tagAt(html, at);
  return closer.end && closer.name !== heading.name && !HEADINGS.has(closer.name);
}

/**
 * `<h2>…<h2>…`: a heading opened while another is the current node. parse5 closes the open one
 * first, so the new heading and what followed it inside the old one are the old one's next
 * siblings; htmlparser2 nests them. Moves them out, in document order (the survey calls this as
 * it reaches each heading, so a chain of them unnests one by one), when the outer heading was
 * closed by an end tag around it (closedByOuterEndTag); otherwise the page goes to parse5.
 */
function liftHeading(heading: Element): void {
  const outer = heading.parent as Element;
  const parent = outer.parent as ParentNode;
  const from = outer.children.indexOf(heading);
  const moved = outer.children.splice(from);
  const before = outer.children[outer.children.length - 1];
  if (before) before.next = null;
  const at = parent.children.indexOf(outer) + 1;
  parent.children.splice(at, 0, ...moved);
  for (const node of moved) node.parent = parent;
  heading.prev = outer;
  outer.next = heading;
  const last = moved[moved.length - 1]!;
  const next = parent.children[at + moved.length] ?? null;
  if (last.type === 'text' && next?.type === 'text') {
    // text after the outer heading's end tag continues the moved text, as parse5 appends it
    (last as unknown as { data: string }).data += dataOf(next);
    parent.children.splice(at + moved.length, 1);
    last.next = next.next;
  } else last.next = next;
  if (last.next) last.next.prev = last;
}

/** Moves `nodes` to the end of `parent`'s children, a text joined to the text before it, as parse5 appends it. */
function appendMerged(parent: Element, nodes: readonly AnyNode[]): void {
  const children = parent.children;
  for (const node of nodes) {
    const prev = children[children.length - 1];
    if (prev && prev.type === 'text' && node.type === 'text') {
      (prev as unknown as { data: string }).data += dataOf(node);
      continue;
    }
    node.parent = parent;
    node.prev = prev ?? null;
    node.next = null;
    if (prev) prev.next = node;
    children.push(node);
  }
}

/** Takes `nodes` (consecutive siblings, the last ones of their parent) out of their parent. */
function detachTail(nodes: readonly AnyNode[]): void {
  if (nodes.length === 0) return;
  const parent = nodes[0]!.parent as ParentNode;
  parent.children.splice(parent.children.indexOf(nodes[0]!), nodes.length);
  const last = parent.children[parent.children.length - 1];
  if (last) last.next = null;
}

const isSpaceOrComment = (node: AnyNode): boolean => node.type === 'comment' || (node.type === 'text' && ONLY_HTML_SPACE.test(dataOf(node)));

/** Elements htmlparser2 may close at `</form>` that parse5 keeps open there (no scope boundary, no formatting element, no raw text). */
const OPEN_AFTER_FORM: ReadonlySet<string> = new Set(['button', 'span', 'label', 'div']);
/** End tags that close, in parse5, every element above theirs up to it (the spec's block end tags, its default scope). */
const BLOCK_END_TAGS: ReadonlySet<string> = new Set(['address', 'article', 'aside', 'blockquote', 'center', 'div', 'fieldset', 'figure', 'footer', 'header', 'main', 'nav', 'section']);

/**
 * `<div><form>…<button/></form> </div>`: the `/>` does not close a `<button>`, and parse5's `</form>`
 * takes only the form off the stack, so the button stays open and what follows the form (white
 * space) goes into it until the enclosing block's end tag closes both; htmlparser2 closes the
 * button at `</form>`. When only white space and comments follow the form up to its parent's own
 * end tag, a block end tag (not the button's name), they are moved into the button and its
 * closing is vouched for; any other page is judged by the survey as it is.
 */
function keepOpenAfterForm(doc: Document, html: string, scan: MarkupScan, mended: Mended): void {
  if (!scan.formEndTag) return;
  const forms: Element[] = [];
  const stack: AnyNode[] = [...doc.children];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (!isParent(node)) continue;
    if (node.name === 'form') forms.push(node);
    for (const child of node.children) stack.push(child);
  }
  for (const form of forms) {
    const open = form.children[form.children.length - 1];
    const parent = form.parent;
    if (!open || !isElement(open) || !OPEN_AFTER_FORM.has(open.name) || open.endIndex === null || open.endIndex !== form.endIndex) continue;
    if (form.endIndex >= html.length || !closedByOwnEndTag(html, form.endIndex, 'form')) continue;
    const inner = open.children[open.children.length - 1];
    if (inner && isElement(inner) && inner.endIndex === form.endIndex) continue; // more than the one element left open
    if (!parent || !isElement(parent) || !BLOCK_END_TAGS.has(parent.name) || parent.name === open.name) continue;
    if (parent.endIndex === null || parent.endIndex >= html.length || !closedByOwnEndTag(html, parent.endIndex, parent.name)) continue;
    const after = parent.children.slice(parent.children.indexOf(form) + 1);
    if (!after.every(isSpaceOrComment)) continue;
    detachTail(after);
    appendMerged(open, after);
    mended.reclosed.add(open);
  }
}

const PAGE_END_TAG = /<\/(?:body|html)[\s/>]/gi;

/** Page end tags (as scanMarkup counts them) starting in [from, to). */
function pageEndTagsIn(html: string, from: number, to: number): number {
  let n = 0;
  PAGE_END_TAG.lastIndex = from;
  for (let m = PAGE_END_TAG.exec(html); m && m.index < to; m = PAGE_END_TAG.exec(html)) n++;
  return n;
}

/**
 * `<html><body>…</html><div>…</div></body></html>`: a page whose template closes it early. parse5
 * ignores that `</html>` (after body, then back in the body at the next content), so what follows
 * goes on into the body; htmlparser2 closes the page there and leaves the rest at the top level.
 * When only <html> and <body> were open at that end tag, and every later page end tag comes after
 * the last content (only white space after it), the top-level nodes after <html> are moved to the
 * end of the body, as parse5 reads them: comments before the first content stay at the top level
 * (parse5 gives them to the document), and the later page end tags are vouched for. Whether it
 * moved them.
 */
function moveLateContent(doc: Document, html: string, scan: MarkupScan, mended: Mended): boolean {
  if (scan.pageEndTags === 0) return false;
  const at = doc.children.findIndex((c) => isElement(c) && c.name === 'html');
  if (at < 0 || at === doc.children.length - 1) return false;
  const top = doc.children[at] as Element;
  const body = top.children[top.children.length - 1];
  if (!body || !isElement(body) || body.name !== 'body' || top.endIndex === null || body.endIndex !== top.endIndex) return false;
  if (top.endIndex >= html.length || !closedByOwnEndTag(html, top.endIndex, 'html')) return false;
  const inner = body.children[body.children.length - 1];
  if (inner && isElement(inner) && inner.endIndex === top.endIndex) return false; // more than <html> and <body> open
  const late = doc.children.slice(at + 1);
  const first = late.findIndex((n) => !isSpaceOrComment(n));
  if (first < 0) return false;
  let last = late.length - 1;
  while (isSpaceOrComment(late[last]!)) last--;
  const tail = late.slice(last + 1);
  if (tail.some((n) => n.type === 'comment')) return false;
  const lastEnd = late[last]!.endIndex;
  if (lastEnd === null || pageEndTagsIn(html, top.endIndex + 1, lastEnd + 1) > 0) return false;
  const comments: AnyNode[] = late.slice(0, first).filter((n) => n.type === 'comment');
  detachTail(late);
  for (const c of comments) {
    const prev = doc.children[doc.children.length - 1]!;
    c.prev = prev;
    c.next = null;
    prev.next = c;
    doc.children.push(c);
  }
  appendMerged(body, late.filter((n) => !comments.includes(n)));
  mended.pageEndTags += pageEndTagsIn(html, lastEnd + 1, html.length);
  return true;
}

export interface ParseOptions {
  /**
   * The attributes (lower case) a reader of the tree reads: htmlparser2's tree keeps only these
   * (PAGE_TEXT_ATTRIBUTES for page text), passing over the others as it reads them. Without it,
   * every attribute. (A page parsed again with parse5 keeps every attribute.)
   */
  attributes?: ReadonlySet<string>;
}

/**
 * Which parser read the page: htmlparser2, or parse5 for markup where the two differ (the parser is
 * named for tests and profiling), and whether htmlparser2's tree was repaired in place (the
 * streaming pass, html-stream.ts, reads the page as the tree before these repairs), and whether
 * the source holds server-side template markup (SERVER_TEMPLATE, read by the markup scan).
 */
export function parseHtml(
  source: string,
  options: ParseOptions = {},
): { doc: Document; page: Survey; parser: 'htmlparser2' | 'parse5'; repaired: boolean; serverTemplate: boolean } {
  let html = source;
  let scan = scanMarkup(html);
  const serverTemplate = scan.serverTemplate;
  if (scan.tooDeep) {
    html = flatten(html);
    scan = scanMarkup(html);
  }
  const doc = parseFast(html, options.attributes);
  const moved = moveEarlyBody(doc, html);
  const mended: Mended = { reclosed: new Set(), pageEndTags: 0 };
  keepOpenAfterForm(doc, html, scan, mended);
  const movedLate = moveLateContent(doc, html, scan, mended);
  const page = survey(doc, html, scan, mended);
  if (!page.diverges) return { doc, page, parser: 'htmlparser2', repaired: moved || movedLate || mended.reclosed.size > 0 || page.lifted > 0, serverTemplate };
  const specDoc = parseSpec(html);
  return { doc: specDoc, page: survey(specDoc, null, null), parser: 'parse5', repaired: false, serverTemplate };
}
