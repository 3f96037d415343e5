// processDocument: the ordered composition of the stages, nothing else.
// read → decode → page text (HTML, Markdown) → normalise → rejoin split lines (text dumps) → find the
// article (chrome out, removed kept) → metadata → segment → extract → finalise (validate).
import { hash } from 'node:crypto';
import type { Document, Metric, RemovedBlock, TemplateFile } from './schema/records.js';
import { codePointOffsets, hasAstral } from './lib/span.js';
import type { TemplateEvidence } from './stages/article/templates.js';
import { decode } from './stages/decode.js';
import { toPageText } from './stages/page-text/page-text.js';
import { normalise } from './stages/normalise.js';
import { rejoinLines } from './stages/rejoin-lines.js';
import { findArticle } from './stages/article/find-article.js';
import { stripLines } from './stages/article/strip-lines.js';
import { findPublishedTitle } from './stages/metadata/find-published-title.js';
import { findMetadata } from './stages/metadata/find-metadata.js';
import { segment } from './stages/segment/segment.js';
import { extractMetrics, extractMetricsInParts } from './stages/extract/extract-metrics.js';
import { finalise, finaliseMetrics } from './stages/finalise.js';
import type { Article, ArticleLines, Decoded, ExtractContext, PageText, SourceFile } from './stages/types.js';

export interface PipelineOptions {
  /** --encoding NAME */
  encoding?: string;
  /** --templates FILE: the site templates, read once per run */
  templates?: TemplateFile;
}

/** The template lines of the document's group, when the run has templates. */
function templateOf(source: SourceFile, options: PipelineOptions): ReadonlySet<string> | null {
  const lines = options.templates?.groups[source.group ?? '']?.lines;
  return lines !== undefined && lines.length > 0 ? new Set(lines) : null;
}

/**
 * What the template learner needs of one document (`customs-extract templates`): its page lines as
 * the article stage reads them, its title, its group and hash.
 */
export function templateEvidence(source: SourceFile, options: PipelineOptions = {}): TemplateEvidence {
  const decoded = decode(source.bytes, { format: source.format, ...(options.encoding ? { encoding: options.encoding } : {}) });
  const page = rejoinLines(normalisedPage(toPageText(decoded.text, source.format)));
  const cleaned = stripLines(page);
  return { group: source.group ?? '', sha256: sha256Hex(source.bytes), lines: page.text.split('\n'), title: cleaned.title };
}

/** The page text normalised, and the bold lead-ins its heading hints name with it (they must open their lines as the text reads). */
const normalisedPage = (page: PageText): PageText => ({
  ...page,
  text: normalise(page.text),
  ...(page.headings?.some((h) => h.lead !== undefined) ? { headings: page.headings.map((h) => (h.lead === undefined ? h : { ...h, lead: normalise(h.lead).trim() })) } : {}),
});

/**
 * What the stages before extraction make of a document: the record with no metrics yet (`metrics`
 * is there, empty, for the caller to replace), and what extraction reads. The record holds the
 * field so that `{ ...fields, metrics }` replaces a field of the copy: V8 (Node 20) adds a field
 * to a spread copy in its runtime, about 2 µs a record, and replaces one in some 40 ns.
 */
interface Prepared {
  fields: Document;
  extract: ExtractContext;
}
const NO_METRICS: readonly Metric[] = [];

/** What the record states of its source file: all but its bytes, which are not held past decoding. */
type SourceFields = Pick<Document, 'id' | 'path' | 'format' | 'bytes' | 'sha256'> & { url?: string };

function sourceFields(source: SourceFile): SourceFields {
  const { id, path, format, url } = source;
  return { id, path, format, bytes: source.bytes.byteLength, sha256: sha256Hex(source.bytes), ...(url ? { url } : {}) };
}

/**
 * The input's SHA-256 in hex, by the one-shot `crypto.hash` (Node ≥ 20.12): a `Hash` object per
 * document cost more than hashing a small file (10 MB corpus, 2,524 files: first pass 17–21 → 9–14 CPU ms).
 */
const sha256Hex = (bytes: Uint8Array): string => hash('sha256', bytes, 'hex');

/** A released source's bytes (processDocumentInParts). */
const RELEASED = new Uint8Array(0);

/**
 * The source's text; with `release`, its bytes are then dropped from it (`source.bytes` emptied).
 * Its own small function, so that no frame that lives on holds the bytes: a caller's variable is
 * kept by V8 for as long as its frame runs, read again or not (heap snapshots of issue 14's run).
 */
function decodeSource(source: SourceFile, options: PipelineOptions, release: boolean): Decoded {
  const decoded = decode(source.bytes, { format: source.format, ...(options.encoding ? { encoding: options.encoding } : {}), ...(source.charset ? { httpCharset: source.charset } : {}) });
  if (release) source.bytes = RELEASED;
  return decoded;
}

// Each step below is a function of its own so that what it reads is let go when it returns: a large
// document's input bytes, decoded text (a page's markup) and page text are each about as large as
// its text (issue 14's peak memory), and a caller's local would hold them to the end of
// prepareDocument.

/** The document decoded and read as page text. */
function readPage(source: SourceFile, options: PipelineOptions, release: boolean): { page: PageText; decoded: Omit<Decoded, 'text'> } {
  const { text, ...decoded } = decodeSource(source, options, release);
  // Markup is read before normalising, so that folding fullwidth forms never makes markup out of text.
  return { page: toPageText(text, source.format), decoded };
}

/** The document's page text, and its article found. */
function findDocumentArticle(source: SourceFile, options: PipelineOptions, release: boolean): { blocks: Article; decoded: Omit<Decoded, 'text'> } {
  const { page, decoded } = readPage(source, options, release);
  // An HTML page's article is found by its blocks first; the line rules then take the chrome the
  // blocks left (widgets inside, info lines) and read what the cut blocks state.
  return { blocks: findArticle(rejoinLines(normalisedPage(page))), decoded };
}

/**
 * The page's article, cleaned by the line rules, with the blocks cut around it and what decoding
 * said. Once it returns, the input's bytes and the page's text are no longer held: a large
 * document's segmenting and extraction run without them (issue 14). A removed block's text is its
 * own copy (find-article, strip-lines: ownCopy), not a view into the page's text.
 */
function readArticle(source: SourceFile, options: PipelineOptions, release: boolean): { decoded: Omit<Decoded, 'text'>; article: ArticleLines; removed: RemovedBlock[] } {
  const { blocks, decoded } = findDocumentArticle(source, options, release);
  const article = stripLines(blocks, templateOf(source, options));
  return { decoded, article, removed: removedBlocks(blocks, article) };
}

/**
 * The document's removed blocks: the blocks cut around the article stood before the cleaned
 * text's first line and after its last. Pushed onto an empty array, not spread into a literal:
 * once V8 optimised readArticle, its spread literal gave a holey array where the interpreter's
 * was packed, and every reader of `removed` (the validator, the tables, the summary) met the new
 * array map late and was deoptimised and compiled again (10 MB corpus: 1,747 of 2,782 holey; the
 * validator's root deoptimised at `removed.length` twice, four times over 30 MB).
 */
function removedBlocks(blocks: Article, article: ArticleLines): RemovedBlock[] {
  const removed: RemovedBlock[] = [];
  for (const c of blocks.before) removed.push({ rule: c.rule, text: c.text, at: 0 });
  for (const r of article.removed) removed.push(r);
  for (const c of blocks.after) removed.push({ rule: c.rule, text: c.text, at: article.text.length });
  return removed;
}

function prepareDocument(source: SourceFile, options: PipelineOptions, release = false): Prepared {
  const about = sourceFields(source);
  const { decoded, article, removed } = readArticle(source, options, release);
  // the metadata beside the article, not a spread copy of it with the field added (see Prepared)
  const metadata = findMetadata(article);
  const outline = segment(article.text, article.headings);
  return {
    fields: {
      id: about.id,
      path: about.path,
      format: about.format,
      encoding: decoded.encoding,
      bytes: about.bytes,
      sha256: about.sha256,
      // a text without a title of its own may give whole a document it names (find-published-title)
      title: article.title ?? findPublishedTitle(article.text),
      // a crawled page's address (a WARC record's target URI) is metadata the transport states
      metadata: about.url ? { ...metadata, url: about.url } : metadata,
      text: article.text,
      removed,
      warnings: [...decoded.warnings, ...article.warnings],
      sections: outline.sections,
      toc: outline.toc,
      columns: outline.columns,
      metrics: NO_METRICS as Metric[],
    },
    extract: { docId: about.id, text: article.text, outline, metadata },
  };
}

export function processDocument(source: SourceFile, options: PipelineOptions = {}): Document {
  const { fields, extract } = prepareDocument(source, options);
  return finalise({ ...fields, metrics: extractMetrics(extract) });
}

/**
 * A large document in parts: `head` is the finalised record without its metrics (metrics: []),
 * and `metrics` makes them window by window (extractMetricsInParts), each part finalised as it
 * is made, so that they never all sit in memory. `{ ...head, metrics: all parts in order }` is
 * processDocument's record.
 */
export interface DocumentInParts {
  head: Document;
  metrics: Iterable<Metric[]>;
}

/**
 * processDocument for a large document, in parts (DocumentInParts). It takes the source: once
 * decoded and hashed, `source.bytes` is emptied, so that the input is not held while the document
 * is cleaned, segmented and its metrics made (37 MB of a 37 MB text dump, issue 14).
 */
export function processDocumentInParts(source: SourceFile, options: PipelineOptions, partChars: number): DocumentInParts {
  const { fields, extract } = prepareDocument(source, options, true);
  const head = finalise({ ...fields, metrics: [] });
  return { head, metrics: finalisedParts(extractMetricsInParts(extract, partChars), head, extract.text) };
}

function* finalisedParts(parts: Iterable<Metric[]>, head: Document, text: string): Generator<Metric[]> {
  const at = hasAstral(text) ? codePointOffsets(text) : null;
  for (const part of parts) yield finaliseMetrics(part, head, at);
}
