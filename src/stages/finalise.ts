// The last pure stage: UTF-16 spans → code-point spans, then every record validated.
import type { Document, Metadata, Metric, Span } from '../schema/records.js';
import { KNOWN_METADATA_KEYS } from '../schema/vocabulary.js';
import { documentSchema } from '../schema/document-schema.js';
import { codePointOffsets, hasAstral } from '../lib/span.js';
import { validate as compiledDocument } from '../schema/document-validator.generated.js';
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

const KNOWN_RANK: ReadonlyMap<string, number> = new Map(KNOWN_METADATA_KEYS.map((key, i) => [key, i]));

/**
 * Metadata with its keys in the order zod's parse gives them (and so documents.json): the known
 * keys in KNOWN_METADATA_KEYS order, then any other key in the order it came. The same object
 * when already in that order.
 */
export function metadataInSchemaOrder(metadata: Metadata): Metadata {
  const keys = Object.keys(metadata);
  // in order: the known keys come first, each after the one before it in KNOWN_METADATA_KEYS (a
  // document has a few keys of the twenty-odd known ones: its keys are read, not the list)
  let last = -1;
  let ordered = true;
  for (let i = 0; i < keys.length && ordered; i++) {
    const rank = KNOWN_RANK.get(keys[i]!);
    if (rank === undefined) last = KNOWN_METADATA_KEYS.length;
    else if (rank < last) ordered = false;
    else last = rank;
  }
  if (ordered) return metadata;
  const out: Metadata = {};
  for (const known of KNOWN_METADATA_KEYS) if (Object.hasOwn(metadata, known)) out[known] = metadata[known];
  for (const key of keys) if (!Object.hasOwn(out, key)) out[key] = metadata[key]!;
  return out;
}

/**
 * Validates a document against the schema; a failure names the field. The compiled validator
 * (ajv's standalone code for the zod-derived JSON Schema, src/tools/validator-source.ts) passes a valid document as it is, but for its
 * metadata's key order, which is made zod's; whatever it rejects is judged by zod, the
 * definition, whose verdict, result and message stand (document-schema.ts loads it then).
 */
export function validateDocument(doc: unknown): Document {
  if (compiledDocument(doc) === true) {
    const valid = doc as Document;
    const metadata = metadataInSchemaOrder(valid.metadata);
    return metadata === valid.metadata ? valid : { ...valid, metadata };
  }
  // zod, loaded only now: a run whose documents are all valid never loads it
  const result = documentSchema().safeParse(doc);
  if (result.success) return result.data;
  const issue = result.error.issues[0]!;
  const field = issue.path.join('.') || '(document)';
  throw new DocumentError('validate/invalid-record', `invalid record at ${field}: ${issue.message}`);
}

/**
 * A part of a document's metrics (pipeline.ts, processDocumentInParts), finalised as finalise()
 * would within the whole document: spans to code points (`at`: codePointOffsets of the document's
 * text, null when it has no astral character), each record validated against the schema, beside
 * the document's `head` (the record validated without its metrics).
 */
export function finaliseMetrics(metrics: Metric[], head: Document, at: ((utf16: number) => number) | null): Metric[] {
  const converted = at ? metrics.map((m) => ({ ...m, span: [at(m.span[0]), at(m.span[1])] as Span })) : metrics;
  return validateDocument({ ...head, text: '', removed: [], warnings: [], sections: [], toc: null, columns: [], metrics: converted }).metrics;
}

// `path` is not read (a failure is reported against the document by the caller); it stays
// because src/pipeline.ts passes it.
export function finalise(doc: Document): Document {
  return validateDocument(toCodePointSpans(doc));
}
