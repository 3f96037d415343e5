// processDocument: the ordered composition of the stages, nothing else.
// read → decode → page text → normalise → clean → segment → extract → finalise (validate).
import { createHash } from 'node:crypto';
import type { Document } from './schema/records.js';
import { decode } from './stages/decode.js';
import { toPageText } from './stages/clean/page-text.js';
import { normalise } from './stages/normalise.js';
import { stripBoilerplate } from './stages/clean/strip-boilerplate.js';
import { segment } from './stages/segment/segment.js';
import { extractMetrics } from './stages/extract/extract-metrics.js';
import { finalise } from './stages/finalise.js';
import type { SourceFile } from './stages/types.js';

export interface PipelineOptions {
  /** --encoding NAME */
  encoding?: string;
}

export function processDocument(source: SourceFile, options: PipelineOptions = {}): Document {
  const decoded = decode(source.bytes, { format: source.format, ...(options.encoding ? { encoding: options.encoding } : {}), ...(source.charset ? { httpCharset: source.charset } : {}) });
  // Markup is read before normalising, so that folding fullwidth forms never makes markup out of text.
  const page = toPageText(decoded.text, source.format);
  const cleaned = stripBoilerplate({ ...page, text: normalise(page.text) });
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
    // a crawled page's address (a WARC record's target URI) is metadata the transport states
    metadata: source.url ? { ...cleaned.metadata, url: source.url } : cleaned.metadata,
    text: cleaned.text,
    removed: cleaned.removed,
    warnings: [...decoded.warnings, ...cleaned.warnings],
    sections: outline.sections,
    toc: outline.toc,
    columns: outline.columns,
    metrics,
  });
}
