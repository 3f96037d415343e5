// Markdown dumps (scrapers, law archives): YAML front matter or a reader-style scraper header
// (`Title:` … `Markdown Content:`) → metadata, `#` and setext headings → plain lines (noted as
// heading hints), HTML comments, images and thematic breaks dropped (markup, as <img> and <hr> are
// in HTML), inline marks (**bold**, [text](url)) reduced to their text.
// Front matter is read as simple `key: value` lines (and `- item` lists); no YAML library. A feed
// archiver may write blank lines above it: they are allowed when every line of the block is a field.
// A body that is an HTML fragment (a post that stores the article's markup) is read as HTML.
import { isHtmlFragment } from './html-fragment.js';
import { FRONT_MATTER_KEYS, MAX_READER_HEADER_LINES, READER_CONTENT_LINE, READER_HEADER_KEYS } from '../../rules/zh/metadata.js';
import { NOT_TITLE_ENDING, TITLE_MAX_CHARS } from '../../rules/zh/line-shapes.js';
import type { Metadata } from '../../schema/records.js';
import type { HeadingHint, PageText } from '../types.js';
import { splitPageTitle } from '../article/find-title.js';
import { fieldValue } from '../article/parse-fields.js';
import { boldHeadings, type BoldLead } from './bold-headings.js';
import { htmlToPageText } from './html-to-text.js';
import { wordMap } from '../../lib/word-map.js';

/** The front matter keys as a Map: a document's key is looked up, and an object would answer `constructor` with its own. */
const FRONT_MATTER_KEY = wordMap(FRONT_MATTER_KEYS);

/** Line ends as normalise() reads them (CRLF, lone CR, LF): heading hints count lines the same way. */
const LINE_BREAK = /\r\n?|\n/;
const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
/** Front matter below blank lines (a feed archiver's `\n---\n…`): taken only when every line of it is a field. */
const FRONT_MATTER_AFTER_BLANKS = /^(?:\uFEFF)?(?:[ \t]*\r?\n)+---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const KEY_VALUE = /^([^:#\s][^:]{0,60}?)\s*:\s*(.*)$/;
const LIST_ITEM = /^\s+-\s+(.*)$|^-\s+(.*)$/;
const COMMENT = /<!--[\s\S]*?-->/g;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const EMPTY_HEADING = /^ {0,3}#{1,6}[ \t]*$/;
/** A table's header rule (`|---|---|`). */
const TABLE_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$/;
/** A thematic break (`* * *`, `---`, `___`): markup, like <hr>, not text. */
const THEMATIC_BREAK = /^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/;
/** Setext underlines: `===` makes the line above a level-1 heading, `---` a level-2 one. */
const SETEXT_1 = /^ {0,3}=+[ \t]*$/;
const SETEXT_2 = /^ {0,3}-{2,}[ \t]*$/;
/** Lines a setext underline cannot turn into a heading: list items, quotes, table rows, code. */
const NOT_SETEXT_CONTENT = /^\s*(?:[-*+]\s|\d{1,9}[.)]\s|>|\||```|~~~)|\|\s*$/;
/** A reader header's field: `URL Source: http://…` (English keys, as the scrapers write them). */
const READER_FIELD = /^([A-Za-z][A-Za-z ]{0,30}?)\s*:[ \t]*(.*)$/;
const QUOTED = /^(["'])(.*)\1$/;
/** A bold run opening a line (`**一是强化监管。**全年检查…`, `__…__`): a sub-heading's candidate (bold-headings.ts). */
const BOLD_LEAD = /^\s*(\*\*|__)(?=\S)(.+?)(?<=\S)\1/;

function unquote(value: string): string {
  const m = QUOTED.exec(value.trim());
  return m ? m[2]! : value.trim();
}

function readFrontMatter(block: string): Metadata {
  const metadata: Metadata = {};
  let listKey: string | null = null;
  const lists = new Map<string, string[]>();
  for (const line of block.split(LINE_BREAK)) {
    const item = LIST_ITEM.exec(line);
    if (item && listKey) {
      lists.get(listKey)!.push(unquote((item[1] ?? item[2])!));
      continue;
    }
    const kv = KEY_VALUE.exec(line);
    if (!kv) continue;
    const name = kv[1]!.trim();
    const key = FRONT_MATTER_KEY.get(name.toLowerCase()) ?? name;
    const raw = unquote(kv[2]!);
    if (raw === '') {
      listKey = key;
      lists.set(key, []);
      metadata[key] = null;
      continue;
    }
    listKey = null;
    const inline = /^\[(.*)\]$/.exec(raw);
    const value = inline ? inline[1]!.split(',').map(unquote).filter(Boolean).join(', ') : raw;
    metadata[key] = value === '~' || value === 'null' ? null : fieldValue(value, key);
  }
  for (const [key, items] of lists) if (items.length > 0) metadata[key] = items.join(', ');
  return metadata;
}

/**
 * A reader-style scraper's header (`Title:`, `URL Source:`, `Published Time:` … `Markdown Content:`)
 * opening the file: what it states, and the line where the page's own text starts. Null when the
 * file does not open with one (the closing `Markdown Content:` line is required).
 */
function readReaderHeader(lines: readonly string[]): { metadata: Metadata; titleHints: string[]; bodyStart: number } | null {
  const metadata: Metadata = {};
  const titleHints: string[] = [];
  let fields = 0;
  for (let i = 0; i < lines.length && i < MAX_READER_HEADER_LINES; i++) {
    const line = lines[i]!.replace(/^\uFEFF/, '').trim();
    if (line.length === 0) continue;
    if (READER_CONTENT_LINE.test(line)) return fields > 0 ? { metadata, titleHints, bodyStart: i + 1 } : null;
    const m = READER_FIELD.exec(line);
    if (m === null) return null;
    fields++;
    const key = READER_HEADER_KEYS[m[1]!.toLowerCase()];
    const value = m[2]!.trim();
    if (key === undefined || key === null || value.length === 0) continue;
    if (key === 'title') {
      // the page's <title>: its site suffix split off as the HTML reader does
      const { title, site } = splitPageTitle(value);
      titleHints.push(title);
      if (site !== null && metadata.site === undefined) metadata.site = site;
    } else metadata[key] = fieldValue(value, key);
  }
  return null;
}

/** Whether `line` may be a setext heading's text, given the underline below it. */
function isSetextContent(line: string, underline: string): boolean {
  const s = line.trim();
  if (s.length === 0 || NOT_SETEXT_CONTENT.test(line) || HEADING.test(line) || EMPTY_HEADING.test(line) || THEMATIC_BREAK.test(line)) return false;
  if (SETEXT_1.test(underline)) return true;
  // `---` under a line is also a separator some authors type under a paragraph: only a
  // title-shaped line above makes it a heading
  return SETEXT_2.test(underline) && s.length <= TITLE_MAX_CHARS && !NOT_TITLE_ENDING.test(s);
}

/**
 * An HTML tag written into Markdown (`<span>`, `</a>`, `<br/>`): markup, its words kept (CommonMark's
 * raw HTML); one inside a code span (`` `<table>` ``) is text. The code span is matched first and kept.
 */
const INLINE_TAG_OR_CODE = /(`+)[^`\n]*?\1|<\/?[A-Za-z][A-Za-z0-9-]*(?:\s[^<>\n]*)?\/?>/g;

/**
 * A link's or an image's destination in parentheses, which may hold balanced parentheses of its own
 * (CommonMark): a reader dump's `[打印](javascript:void(0);)` ends at the second `)`, not the first,
 * else `;)` is left in the text (fixtures/page-text/markdown-link-parentheses.md).
 */
const DESTINATION = String.raw`\((?:[^()\n]|\([^()\n]*\))*\)`;
const IMAGE = new RegExp(String.raw`!\[[^\]\n]*\]` + DESTINATION, 'g');
const LINK = new RegExp(String.raw`\[([^\]\n]*)\]` + DESTINATION, 'g');
/**
 * A list item that held only an image or an empty link (`*   ![icon](…)`, `*   _![icon](…)_`, `*   [](…)`: a reader
 * dump's icon row):
 * its marker alone is no line of the page, as an empty <li> is none in HTML. A bold marker alone
 * (`**1.**`) held no image and opens its item on the next line. One class of spaces and underscores:
 * two quantifiers over spaces in a row are quadratic in a long run of them.
 */
const EMPTY_LIST_ITEM = /^\s*(?:[-*+]|\d{1,9}[.)])[\s_]*$/;
const IMAGE_OPENER = '![';
/** A link with no words (`[](url)`), an icon row's item as well. */
const EMPTY_LINK = '[](';

function inlineText(line: string): string {
  return line
    // images: their alt text is not the page's text (HTML drops <img> alike)
    .replace(IMAGE, '')
    .replace(LINK, '$1')
    .replace(/\*\*|__/g, '')
    .replace(INLINE_TAG_OR_CODE, (m, code: string | undefined) => (code === undefined ? '' : m));
}

/** The file's front matter: at its first line, or below blank lines when every line of the block is a field. */
function frontMatter(source: string): RegExpExecArray | null {
  const top = FRONT_MATTER.exec(source);
  if (top) return top;
  const lower = FRONT_MATTER_AFTER_BLANKS.exec(source);
  if (!lower) return null;
  const fieldsOnly = lower[1]!.split(LINE_BREAK).every((line) => line.trim() === '' || KEY_VALUE.test(line) || LIST_ITEM.test(line));
  return fieldsOnly ? lower : null;
}

/** An HTML body under front matter: read as HTML; the front matter's fields and title come first. */
function htmlBodyPageText(body: string, metadata: Metadata, titleHints: string[]): PageText {
  const page = htmlToPageText(body);
  return { ...page, metadata: { ...page.metadata, ...metadata }, titleHints: [...titleHints, ...page.titleHints] };
}

export function markdownToPageText(source: string): PageText {
  let body = source;
  let metadata: Metadata = {};
  let titleHints: string[] = [];
  const fm = frontMatter(source);
  if (fm) {
    metadata = readFrontMatter(fm[1]!);
    body = source.slice(fm[0].length);
    if (typeof metadata.title === 'string') titleHints = [metadata.title];
  }
  const uncommented = body.replace(COMMENT, '');
  if (isHtmlFragment(uncommented)) return htmlBodyPageText(body, metadata, titleHints);
  let input = uncommented.split(LINE_BREAK);
  if (!fm) {
    const reader = readReaderHeader(input);
    if (reader !== null) {
      ({ metadata, titleHints } = reader);
      input = input.slice(reader.bodyStart);
    }
  }
  const lines: string[] = [];
  const headings: HeadingHint[] = [];
  const leads: BoldLead[] = [];
  for (let k = 0; k < input.length; k++) {
    const line = input[k]!;
    if (EMPTY_HEADING.test(line) || TABLE_RULE.test(line)) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      headings.push({ line: lines.length, depth: line.trimStart().match(/^#+/)![0].length });
      lines.push(inlineText(heading[1]!));
      continue;
    }
    const next = input[k + 1];
    if (next !== undefined && (SETEXT_1.test(next) || SETEXT_2.test(next)) && isSetextContent(line, next)) {
      headings.push({ line: lines.length, depth: SETEXT_1.test(next) ? 1 : 2 });
      lines.push(inlineText(line.trim()));
      k++;
      continue;
    }
    if (THEMATIC_BREAK.test(line)) continue;
    // a Markdown table row `| a | b |` takes the text dumps' shape `a | b |`
    const text = inlineText(line.replace(/^\s*\|\s*/, (m) => (line.trimEnd().endsWith('|') ? '' : m)));
    // a line that was only markup (an image, an empty link) is no line of the page, nor is a list
    // item that was (its marker and the emphasis around an icon left)
    if ((text.trim().length === 0 || ((line.includes(IMAGE_OPENER) || line.includes(EMPTY_LINK)) && EMPTY_LIST_ITEM.test(text))) && line.trim().length > 0) continue;
    const bold = BOLD_LEAD.exec(line);
    if (bold !== null) leads.push({ line: lines.length, lead: inlineText(bold[2]!) });
    lines.push(text);
  }
  const bold = boldHeadings(leads, lines);
  const all = bold.length === 0 ? headings : [...headings, ...bold].sort((a, b) => a.line - b.line);
  return { text: lines.join('\n'), metadata, titleHints, headings: all };
}
