// Test helpers shared by the review and diff tests: the hand-written fixture dataset, and
// writing edited copies of it to temporary folders.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { inflateRawSync } from 'node:zlib';
import type { Document } from '../../src/schema/records.js';
import { FIXTURES, tempDir } from '../helpers.js';

export const SMALL_DATASET = path.join(FIXTURES, 'review', 'small');

export function loadSmallDocuments(): Document[] {
  return JSON.parse(readFileSync(path.join(SMALL_DATASET, 'documents.json'), 'utf8')) as Document[];
}

/** Writes `documents` (and a datapackage.json when given) as a dataset folder; returns the folder. */
export function writeDataset(documents: Document[], datapackage?: unknown, dir = tempDir('ce-dataset-')): string {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'documents.json'), JSON.stringify(documents));
  if (datapackage !== undefined) writeFileSync(path.join(dir, 'datapackage.json'), JSON.stringify(datapackage));
  return dir;
}

export const clone = <T>(v: T): T => structuredClone(v);

/** Puts `prefix` before a document's text and moves every offset by its length in code points. */
export function shiftText(doc: Document, prefix: string): Document {
  const by = Array.from(prefix).length;
  const move = (s: [number, number]): [number, number] => [s[0] + by, s[1] + by];
  return {
    ...doc,
    text: prefix + doc.text,
    removed: doc.removed.map((r) => ({ ...r, at: r.at + by })),
    sections: doc.sections.map((s) => ({ ...s, span: move(s.span) })),
    columns: doc.columns.map((c) => ({ ...c, span: move(c.span), items: c.items.map((i) => ({ ...i, span: move(i.span) })) })),
    toc: doc.toc && { span: move(doc.toc.span), entries: doc.toc.entries.map((e) => ({ ...e, span: move(e.span) })) },
    metrics: doc.metrics.map((m) => ({ ...m, span: move(m.span) })),
  };
}

/** The compressed data blocks of a review page, by element id (`index`, `docs-0`, …). */
export function reviewBlocks(page: string): Map<string, string> {
  return new Map([...page.matchAll(/<script type="application\/octet-stream" id="([\w-]+)">([^<]*)<\/script>/g)].map((m) => [m[1]!, m[2]!]));
}

const inflate = (base64: string): unknown => JSON.parse(inflateRawSync(Buffer.from(base64, 'base64')).toString('utf8'));

export type ReviewIndex = { count: number; columns: { id: string[]; at: Array<[number, number, number]> } } & Record<string, unknown>;

/** Every record a review page embeds, read back as the page does: the index says where each one is. */
export function reviewEmbedded(page: string): { index: ReviewIndex; documents: Document[] } {
  const blocks = reviewBlocks(page);
  const index = inflate(blocks.get('index')!) as ReviewIndex;
  return { index, documents: index.columns.at.map((at) => inflate(blocks.get(`docs-${at[0]}`)!.substr(at[1], at[2])) as Document) };
}
