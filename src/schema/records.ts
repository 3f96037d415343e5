// The single definition of every record customs-extract emits. Types are z.infer'd from here;
// schemas/*.schema.json are generated from these (see src/tools/write-schemas.ts).
import * as z from 'zod';
import { BASES, DIRECTIONS, ENCODING_HOWS, INPUT_FORMATS, KNOWN_METADATA_KEYS, METRIC_KINDS, QUALIFIERS, type KnownMetadataKey } from './vocabulary.js';

export { KNOWN_METADATA_KEYS, type KnownMetadataKey } from './vocabulary.js';

/** `[start, end)` in the document's cleaned `text`, counted in Unicode code points. */
export const Span = z
  .tuple([z.number().int().nonnegative(), z.number().int().nonnegative()])
  .describe('[start, end) offsets in the cleaned text, in Unicode code points');
export type Span = z.infer<typeof Span>;

export const EncodingHow = z.enum(ENCODING_HOWS);
export type EncodingHow = z.infer<typeof EncodingHow>;

export const Encoding = z.object({
  name: z.string().describe('the encoding the bytes were decoded with (utf-8, gb18030, …)'),
  how: EncodingHow.describe('how it was chosen'),
});
export type Encoding = z.infer<typeof Encoding>;

export const InputFormat = z.enum(INPUT_FORMATS);
export type InputFormat = z.infer<typeof InputFormat>;


const MetaValue = z.string().nullable();
export const Metadata = z
  .object(Object.fromEntries(KNOWN_METADATA_KEYS.map((k) => [k, MetaValue.optional()])) as Record<KnownMetadataKey, z.ZodOptional<typeof MetaValue>>)
  .catchall(MetaValue);
export type Metadata = z.infer<typeof Metadata>;

export const RemovedBlock = z.object({
  rule: z.string().describe('id of the boilerplate rule that removed the block'),
  text: z.string().describe('the removed text, as it stood (normalised)'),
  at: z.number().int().nonnegative().describe('offset in `text` (code points) where the block stood'),
});
export type RemovedBlock = z.infer<typeof RemovedBlock>;

export const Severity = z.enum(['warning', 'error']);
export const Warning = z.object({
  code: z.string().describe('stable code, e.g. decode/replacement-chars'),
  severity: Severity,
  message: z.string(),
});
export type Warning = z.infer<typeof Warning>;

export const Section = z.object({
  id: z.string().describe('stable path such as s3.2: `s`, then the ordinals from the top (a letter first, so no reader takes s1.10 for a number)'),
  level: z.number().int().positive(),
  marker: z.string().nullable().describe('the heading marker as written (一、, (一), 1., 第一章), null for topic-sentence sections'),
  number: z.number().int().nullable(),
  title: z.string(),
  parent: z.string().nullable().describe('id of the parent section, null at the top'),
  path: z.array(z.string()).describe('titles of the sections above this one, outermost first'),
  text: z.string().describe("the section's own body (not its subsections', not its 专栏 boxes')"),
  span: Span.describe('from the heading to the end of the section including subsections'),
});
export type Section = z.infer<typeof Section>;

export const TocEntry = z.object({
  level: z.number().int().positive(),
  marker: z.string().nullable(),
  number: z.number().int().nullable(),
  title: z.string(),
  section: z.string().nullable().describe('id of the section this entry names'),
  span: Span,
});
export type TocEntry = z.infer<typeof TocEntry>;

export const Toc = z.object({ entries: z.array(TocEntry), span: Span });
export type Toc = z.infer<typeof Toc>;

export const Table = z.object({
  header: z.array(z.string()),
  rows: z.array(z.array(z.string())),
});
export type Table = z.infer<typeof Table>;

export const ColumnItem = z.object({
  marker: z.string(),
  number: z.number().int().nullable(),
  title: z.string(),
  text: z.string(),
  span: Span,
});
export type ColumnItem = z.infer<typeof ColumnItem>;

export const Column = z.object({
  id: z.string().describe('专栏 id, e.g. c1'),
  number: z.number().int().nullable(),
  title: z.string(),
  section: z.string().nullable().describe('id of the section the box sits in'),
  items: z.array(ColumnItem),
  table: Table.nullable(),
  span: Span,
});
export type Column = z.infer<typeof Column>;

export const Qualifier = z.enum(QUALIFIERS);
export type Qualifier = z.infer<typeof Qualifier>;
export const Direction = z.enum(DIRECTIONS);
export type Direction = z.infer<typeof Direction>;
export const Basis = z.enum(BASES);
export type Basis = z.infer<typeof Basis>;

export const Change = z.object({
  direction: Direction,
  value: z.number(),
  unit: z.string().nullable(),
  basis: Basis.nullable(),
  raw: z.string().describe('the change as written (比上年下降5.1%)'),
});
export type Change = z.infer<typeof Change>;

export const MetricKind = z.enum(METRIC_KINDS);
export const Metric = z.object({
  id: z.string().describe('doc id + ordinal, e.g. 004_x#12'),
  doc: z.string(),
  raw: z.string().describe('the exact mention, qualifier words included'),
  value: z.number(),
  unit: z.string().nullable().describe('unit or measure word as written, magnitude removed (cm, m², 公斤)'),
  unitNormal: z.string().nullable().describe('the unit in one normal form for aggregating (cm → 厘米, m² → 平方米, °C → ℃); else the unit'),
  qualifier: Qualifier,
  valueMax: z.number().nullable().describe('upper bound of a range'),
  kind: MetricKind,
  change: Change.nullable().describe('the change the text attaches to this quantity'),
  direction: Direction.nullable().describe('on a standalone change record'),
  basis: Basis.nullable().describe('on a standalone change record: yoy (同比/比上年) or pop (环比)'),
  from: z.number().nullable().describe('the earlier value (由35%提升至60%)'),
  label: z.string().nullable().describe('what is measured'),
  section: z.string().nullable(),
  column: z.string().nullable(),
  period: z.string().nullable(),
  span: Span,
});
export type Metric = z.infer<typeof Metric>;

export const Document = z.object({
  id: z.string().describe('path without its extension'),
  path: z.string().describe('relative to the folder argument, /-separated'),
  format: InputFormat,
  encoding: Encoding,
  bytes: z.number().int().nonnegative(),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
  title: z.string().nullable(),
  metadata: Metadata,
  text: z.string().describe('the cleaned text; every span points into it'),
  removed: z.array(RemovedBlock),
  warnings: z.array(Warning),
  sections: z.array(Section),
  toc: Toc.nullable(),
  columns: z.array(Column),
  metrics: z.array(Metric),
});
export type Document = z.infer<typeof Document>;

/** All record schemas by the name `customs-extract schema NAME` takes. */
export const RECORD_SCHEMAS = {
  document: Document,
  section: Section,
  column: Column,
  metric: Metric,
  toc: Toc,
  removed: RemovedBlock,
  warning: Warning,
} as const;
export type RecordName = keyof typeof RECORD_SCHEMAS;

/**
 * A site-template file (`customs-extract templates … -o FILE`): per group of documents (the folder
 * they stand in), the lines that stand near the top or bottom of most of its documents.
 */
export const TemplateFile = z.object({
  version: z.literal(1),
  edgeLines: z.number().int().positive().describe('lines counted at each end of a document (blank lines aside)'),
  minShare: z.number().positive().max(1).describe('share of a group’s documents a line must stand in'),
  minDocuments: z.number().int().positive().describe('documents (distinct sha256) a group needs before it has a template'),
  groups: z
    .record(z.string(), z.object({ documents: z.number().int().nonnegative(), lines: z.array(z.string()) }))
    .describe('group (folder name) -> its documents counted and its template lines, sorted'),
});
export type TemplateFile = z.infer<typeof TemplateFile>;
