// processDocument: the ordered composition of the stages, nothing else.
// read → decode → page text (HTML, Markdown) → normalise → find the article → metadata (with the
// line rules: clean) → segment → extract → finalise (validate).
import { createHash } from 'node:crypto';
import type { Document } from './schema/records.js';
import { decode } from './stages/decode.js';
import { toPageText } from './stages/page-text/page-text.js';
import { normalise } from './stages/normalise.js';
import { stripBoilerplate } from './stages/clean/strip-boilerplate.js';
import { findArticle } from './stages/article/find-article.js';
import { segment } from './stages/segment/segment.js';
import { extractMetrics } from './stages/extract/extract-metrics.js';
import { finalise } from './stages/finalise.js';
import type { SourceFile } from './stages/types.js';

export interface PipelineOptions {
  /** --encoding NAME */
  encoding?: string;
}

export function processDocument(source: SourceFile, options: PipelineOptions = {}): Document {
  const decoded = decode(source.bytes, { format: source.format, ...(options.encoding ? { encoding: options.encoding } : {}) });
  // Markup is read before normalising, so that folding fullwidth forms never makes markup out of text.
  const page = toPageText(decoded.text, source.format);
  const article = findArticle({ ...page, text: normalise(page.text) });
  const cleaned = stripBoilerplate(article);
  // the blocks cut around the article stood before the cleaned text's first line and after its last
  const removed = [
    ...article.before.map((c) => ({ rule: c.rule, text: c.text, at: 0 })),
    ...cleaned.removed,
    ...article.after.map((c) => ({ rule: c.rule, text: c.text, at: cleaned.text.length })),
  ];
  const outline = segment(cleaned.text, cleaned.headings);
  const metrics = extractMetrics({ docId: source.id, text: cleaned.text, outline, metadata: cleaned.metadata });
  return finalise({
    id: source.id,
    path: source.path,
    format: source.format,
    encoding: decoded.encoding,
    bytes: source.bytes.byteLength,
    sha256: createHash('sha256').update(source.bytes).digest('hex'),
    title: cleaned.title,
    metadata: cleaned.metadata,
    text: cleaned.text,
    removed,
    warnings: [...decoded.warnings, ...cleaned.warnings],
    sections: outline.sections,
    toc: outline.toc,
    columns: outline.columns,
    metrics,
  });
}
