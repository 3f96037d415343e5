// Plain records passed between stages (besides the output records in src/schema/records.ts).
// Spans in these records are UTF-16 offsets until src/stages/finalise.ts converts them.
import type { Column, Encoding, InputFormat, Metadata, Metric, RemovedBlock, Section, Table, Toc, Warning } from '../schema/records.js';

/** What the reader hands to the pipeline: bytes and where they came from. No fs handles. */
export interface SourceFile {
  /** relative, /-separated path (or `stdin`) */
  path: string;
  id: string;
  bytes: Uint8Array;
  /** detected from the extension, or sniffed when there is none */
  format: InputFormat;
  /** the charset the transport declared (a WARC response's HTTP Content-Type) */
  charset?: string;
  /** where the document was fetched from (a WARC record's target URI): metadata.url */
  url?: string;
  /** the site-template group: the name of the folder the file stands in (see stages/article/templates.ts) */
  group?: string;
}

export interface DecodeOptions {
  /** --encoding NAME: overrides detection */
  encoding?: string;
  format: InputFormat;
  /** the charset the transport declared (HTTP Content-Type): ranks after a BOM, before <meta> */
  httpCharset?: string;
}

export interface Decoded {
  text: string;
  encoding: Encoding;
  warnings: Warning[];
}

/**
 * A heading the markup marks (Markdown `##`, a setext underline): where it stands and how deep.
 * Numbered headings are found in the text itself; these let a document without numbers have sections.
 */
export interface HeadingHint {
  /** index of its line: in the page text (PageText), or in the article's text (ArticleLines) */
  line: number;
  /** its depth in the markup (`#` 1, `##` 2 …, a bold lead-in BOLD_HEADING_DEPTH); levels are ranked per document by segment */
  depth: number;
  /**
   * A bold lead-in's words, opening its line (indentation aside): the heading is these words and the
   * rest of the line is its body. Absent: the whole line is the heading.
   */
  lead?: string;
}

/**
 * One block element of an HTML page as page text read it: the lines it covers and what they hold.
 * Page text lists them in document order (a parent before its children); the article stage scores
 * them. Plain numbers, so a test can build them by hand.
 */
export interface PageBlock {
  /** element name, lower-case */
  tag: string;
  /** its class and id attributes as written, space-separated */
  attrs: string;
  /** index of the enclosing block in `blocks` (-1: none) */
  parent: number;
  /** block nesting depth (0: the outermost) */
  depth: number;
  /** the lines it covers in the page text: [from, to) */
  from: number;
  to: number;
  /** characters other than whitespace in its text */
  chars: number;
  /** of those, the characters inside links */
  linkChars: number;
  /** sentence punctuation marks in its text (SENTENCE_PUNCTUATION) */
  punctuation: number;
}

/** A page reduced to lines of text, with what its markup or front matter states. */
export interface PageText {
  text: string;
  /** metadata stated by markup (<meta>, <title>) or YAML front matter */
  metadata: Metadata;
  /** title candidates from <title>/<h1>, best first */
  titleHints: string[];
  /** headings the markup marks, in page order (optional: plain text has none) */
  headings?: readonly HeadingHint[];
  /** HTML only: the page's block elements (see PageBlock) */
  blocks?: readonly PageBlock[];
  /** HTML only: why the markup is no whole page (no <html>, a server template, a body of one table cell), or null */
  fragment?: string | null;
}

/**
 * The article found in a page (stage article): the page text cut to the article's lines, and the
 * lines cut, as removed blocks that metadata can still read. `text`'s lines are the page text's
 * lines [from, to), so heading hints and offsets map by subtraction.
 */
export interface Article extends PageText {
  /** `text`'s lines (`text.split('\n')`) when the stage had them split already; not to be changed */
  lines?: readonly string[];
  /** blocks cut above the article (they stood before its first line) */
  before: ArticleCut[];
  /** blocks cut below it */
  after: ArticleCut[];
  /** how the article was chosen: the best block's score, the runner-up's, or why the whole page was kept */
  decision: ArticleDecision;
}

export interface ArticleCut {
  rule: string;
  text: string;
}

export interface ArticleDecision {
  /** 'block': the article is a block and its siblings; 'page': the whole page text was kept */
  kept: 'block' | 'page';
  reason: string;
  best: number;
  runnerUp: number;
  /** the kept lines of the page text: [from, to) (to -1: to the end) */
  from: number;
  to: number;
}

/**
 * One thing a page states about the document (a field line, a breadcrumb, a <meta> tag, a scraper's
 * header), before the metadata stage weighs it against the others.
 */
export interface Statement {
  /** a metadata key (KNOWN_METADATA_KEYS, or a key of its own) */
  key: string;
  /** null: stated as absent */
  value: string | null;
  /** how much it is believed when two statements disagree: lower wins (PRIORITY in article/classify-lines.ts) */
  priority: number;
}

/**
 * The article as the line rules leave it (stage article, text side): chrome out and listed in
 * `removed`, and what the page states, for the metadata stage. Plain data: a test builds it by hand.
 */
export interface ArticleLines {
  text: string;
  /** `text`'s lines (`text.split('\n')`), as the stage kept them; not to be changed */
  lines: readonly string[];
  title: string | null;
  /** index of the title's line among `text`'s lines (-1: the title is not a line of the text) */
  titleLine: number;
  /** what the markup, the removed lines and the scraper's header state, in page order */
  statements: Statement[];
  removed: RemovedBlock[];
  warnings: Warning[];
  /** the markup's headings that stand in the cleaned text, the title's own line excluded */
  headings: HeadingHint[];
}

/** A table standing in the running text, outside any 专栏 box (its cells are metrics; it is no output record). */
export interface DataTable {
  /** UTF-16 offsets of its first row's start and its last row's end */
  span: [number, number];
  table: Table;
}

export interface Outline {
  sections: Section[];
  toc: Toc | null;
  columns: Column[];
  tables: DataTable[];
}

export interface ExtractContext {
  docId: string;
  text: string;
  outline: Outline;
  metadata: Metadata;
}

export type MetricList = Metric[];

export { DocumentError } from '../errors.js';
