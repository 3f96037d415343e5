// The records' closed vocabularies as plain lists: records.ts makes its zod enums of them, and the
// CSV tables declare them, so that writing a dataset does not load zod (95 modules, some 75 ms of
// CPU per thread at start-up) for the lists alone.

export const ENCODING_HOWS = ['bom', 'http', 'declared', 'utf8-valid', 'utf8-replaced', 'gb18030', 'option'] as const;

export const INPUT_FORMATS = ['text', 'html', 'markdown'] as const;

/** Metadata the page or document states. A key absent = not stated; null = stated as absent (`来源:未知`, `--`). */
export const KNOWN_METADATA_KEYS = [
  'title',
  'site',
  'pageDate',
  'source',
  'author',
  'editor',
  'contributor',
  'contributorOrg',
  'issuer',
  'docNumber',
  'publishDate',
  'effectiveDate',
  'expiryDate',
  'writtenDate',
  'indexNumber',
  'projectNumber',
  'url',
  'category',
  'period',
  'description',
  'keywords',
] as const;
export type KnownMetadataKey = (typeof KNOWN_METADATA_KEYS)[number];

export const QUALIFIERS = ['exact', 'approx', 'atLeast', 'atMost', 'range'] as const;
export const DIRECTIONS = ['up', 'down'] as const;
export const BASES = ['yoy', 'pop'] as const;
export const METRIC_KINDS = ['quantity', 'change'] as const;
