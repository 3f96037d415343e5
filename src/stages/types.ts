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
  /** index of its line: in the page text (PageText), or in the cleaned text (Cleaned) */
  line: number;
  /** its depth in the markup (`#` 1, `##` 2 …); levels are ranked per document by segment */
  depth: number;
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
}

export interface Cleaned {
  text: string;
  title: string | null;
  metadata: Metadata;
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

/** A failure that costs one file its output, with a stable code (`decode/not-text`). */
export class DocumentError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'DocumentError';
  }
}
