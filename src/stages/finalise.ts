// The last pure stage: UTF-16 spans → code-point spans, then every record validated.
import { Document, type Span } from '../schema/records.js';
import { codePointOffsets, hasAstral } from '../lib/span.js';
import { DocumentError } from './types.js';

/** Converts every span and offset of a document assembled with UTF-16 offsets to code points. */
export function toCodePointSpans(doc: Document): Document {
  // without astral characters the two counts agree: nothing to convert
  if (!hasAstral(doc.text)) return doc;
  const at = codePointOffsets(doc.text);
  const span = (s: Span): Span => [at(s[0]), at(s[1])];
  return {
    ...doc,
    removed: doc.removed.map((r) => ({ ...r, at: at(r.at) })),
    sections: doc.sections.map((s) => ({ ...s, span: span(s.span) })),
    toc: doc.toc && { span: span(doc.toc.span), entries: doc.toc.entries.map((e) => ({ ...e, span: span(e.span) })) },
    columns: doc.columns.map((c) => ({ ...c, span: span(c.span), items: c.items.map((i) => ({ ...i, span: span(i.span) })) })),
    metrics: doc.metrics.map((m) => ({ ...m, span: span(m.span) })),
  };
}

/** Validates a document against the schema; a failure names the field. */
export function validateDocument(doc: unknown): Document {
  const result = Document.safeParse(doc);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || '(document)';
  throw new DocumentError('validate/invalid-record', `invalid record at ${field}: ${issue.message}`);
}

// `path` is not read (a failure is reported against the document by the caller); it stays
// because src/pipeline.ts passes it.
export function finalise(doc: Document): Document {
  return validateDocument(toCodePointSpans(doc));
}
