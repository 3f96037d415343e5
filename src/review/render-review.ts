// The review page of a dataset as one self-contained HTML string: styles and script inline, no
// network. Documents are embedded compressed (raw deflate, base64), each on its own, in data
// blocks of a few hundred; the page decompresses (DecompressionStream) only the index at open
// and a document when it is opened, so a 100,000-document page opens in seconds. Pure: records
// in (all at once, or one at a time through ReviewBuilder), the page's text out.
import { createHash } from 'node:crypto';
import { deflateRawSync } from 'node:zlib';
import type { Document } from '../schema/records.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLES } from './page-styles.js';

export interface ReviewInput {
  documents: readonly Document[];
  /** What the dataset's datapackage.json says made it; nulls when it does not say. */
  provenance: { rulesHash: string | null; toolVersion: string | null };
}

/**
 * JSON that is safe inside a <script> element: `<` (and `>`, `&`) become \u escapes, so text
 * holding `</script>` or `<!--` cannot end the element; JSON.parse reads the escapes back.
 * U+2028/2029 are escaped too, for any reader that treats the block as JavaScript.
 */
export function embedJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

const cspHash = (source: string): string => `'sha256-${createHash('sha256').update(source, 'utf8').digest('base64')}'`;

/**
 * The Content-Security-Policy: no network at all (default-src 'none'), and only the page's own
 * script may run (pinned by its hash), as a second wall behind escaping: even if a document's
 * text did reach the page as markup, its script would not run.
 */
export function contentSecurityPolicy(script: string): string {
  return `default-src 'none'; script-src ${cspHash(script)}; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'`;
}

/** Documents per data block: the page reads one block's text to open one of its documents. */
export const DOCUMENTS_PER_BLOCK = 256;
/** Bars of the "metrics per document" chart. */
const TOP_DOCUMENTS = 25;

/** Raw deflate, then base64: text with no `<`, `>`, `&` or quote, safe in any element. */
export const compress = (text: string): string => deflateRawSync(Buffer.from(text, 'utf8'), { level: 6 }).toString('base64');

const meta = (d: Document, ...keys: string[]): string | null => {
  for (const k of keys) {
    const v = (d.metadata as Record<string, string | null | undefined>)[k];
    if (typeof v === 'string' && v !== '') return v;
  }
  return null;
};

/** One document's row of the corpus table (no text, sections or metrics). */
type IndexRow = ReturnType<ReviewBuilder['row']>;

/**
 * The page built one document at a time: `add` compresses the document into its block and keeps
 * only its row of the corpus table and its counts for the charts; `finish` returns the page's
 * pieces. Memory holds the compressed page and the rows, never the documents.
 */
export class ReviewBuilder {
  private readonly blocks: string[] = [];
  private block: string[] = [];
  private offset = 0;
  private readonly rows: IndexRow[] = [];
  private readonly units = new Map<string, number>();
  private readonly unitCounts: number[] = [];
  private readonly kindCounts: Record<string, number> = {};
  private readonly totals = { sections: 0, columns: 0, metrics: 0, warnings: 0 };
  private readonly perDocument: Array<{ doc: number; label: string; value: number }> = [];

  add(d: Document): void {
    // each document compressed on its own; blocks of DOCUMENTS_PER_BLOCK, each its pieces joined
    const piece = compress(JSON.stringify(d));
    const at: [number, number, number] = [this.blocks.length, this.offset, piece.length];
    this.block.push(piece);
    this.offset += piece.length;
    if (this.block.length === DOCUMENTS_PER_BLOCK) {
      this.blocks.push(this.block.join(''));
      this.block = [];
      this.offset = 0;
    }
    this.perDocument.push({ doc: this.rows.length, label: d.title || d.id, value: d.metrics.length });
    this.rows.push(this.row(d, at));
  }

  private unitIndex(u: string): number {
    let i = this.units.get(u);
    if (i === undefined) this.units.set(u, (i = this.units.size));
    return i;
  }

  private row(d: Document, at: [number, number, number]) {
    const docUnits = new Set<number>();
    const docKinds = new Set<string>();
    for (const m of d.metrics) {
      const u = this.unitIndex(m.unit ?? '(no unit)');
      this.unitCounts[u] = (this.unitCounts[u] ?? 0) + 1;
      this.kindCounts[m.kind] = (this.kindCounts[m.kind] ?? 0) + 1;
      docUnits.add(u);
      docKinds.add(m.kind);
    }
    this.totals.sections += d.sections.length;
    this.totals.columns += d.columns.length;
    this.totals.metrics += d.metrics.length;
    this.totals.warnings += d.warnings.length;
    return {
      id: d.id,
      path: d.path,
      title: d.title,
      date: meta(d, 'publishDate', 'pageDate'),
      source: meta(d, 'source', 'issuer', 'site'),
      docNumber: meta(d, 'docNumber'),
      category: meta(d, 'category'),
      encoding: `${d.encoding.name} (${d.encoding.how})`,
      sections: d.sections.length,
      columns: d.columns.length,
      metrics: d.metrics.length,
      warnings: d.warnings.length,
      warningText: d.warnings.map((w) => `${w.code}: ${w.message}`).join('\n'),
      removed: d.removed.length,
      units: [...docUnits].sort((a, b) => a - b),
      kinds: [...docKinds].sort(),
      at,
    };
  }

  /**
   * What the corpus view needs of every document (one row each), where its compressed record is,
   * and the corpus statistics the charts show.
   */
  index(provenance: ReviewInput['provenance']): unknown {
    const rows = this.rows;
    const perDocument = [...this.perDocument].sort((a, b) => b.value - a.value || a.label.localeCompare(b.label) || a.doc - b.doc).slice(0, TOP_DOCUMENTS);
    // column by column: a 100,000-row index parses several times faster without its keys repeated
    const keys = Object.keys(rows[0] ?? {}) as Array<keyof IndexRow>;
    const columns = Object.fromEntries(keys.map((k) => [k, rows.map((r) => r[k])]));
    return {
      provenance,
      totals: this.totals,
      count: rows.length,
      columns,
      units: [...this.units.keys()],
      charts: {
        perDocument,
        documentCount: rows.length,
        byUnit: [...this.units.keys()].map((u, i) => ({ label: u, value: this.unitCounts[i] ?? 0 })),
        byKind: Object.keys(this.kindCounts)
          .sort()
          .map((k) => ({ label: k, value: this.kindCounts[k]! })),
      },
    };
  }

  /** The page as pieces, one per line (joined with newlines, they are the page). */
  finish(provenance: ReviewInput['provenance']): string[] {
    if (this.block.length) {
      this.blocks.push(this.block.join(''));
      this.block = [];
    }
    const index = compress(JSON.stringify(this.index(provenance)));
    return [
      '<!doctype html>',
      '<html lang="zh-CN">',
      '<head>',
      '<meta charset="utf-8">',
      `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(PAGE_SCRIPT)}">`,
      '<meta name="viewport" content="width=device-width, initial-scale=1">',
      '<meta name="generator" content="customs-extract review">',
      `<title>customs-extract review · ${this.rows.length} documents</title>`,
      `<style>${PAGE_STYLES}</style>`,
      '</head>',
      '<body>',
      '<header class="bar"><h1 id="heading">customs-extract review</h1>',
      '<input id="search" type="search" placeholder="search documents and metrics" aria-label="search documents and metrics" autocomplete="off"></header>',
      '<main id="main"><noscript>The review page needs JavaScript to show the dataset.</noscript><p id="loading">loading…</p></main>',
      '<div id="tip" role="tooltip" class="hidden"></div>',
      // the index and the script first: the corpus view is up while the documents' blocks are
      // still being parsed (the script waits for them only to open a document)
      `<script type="application/octet-stream" id="index">${index}</script>`,
      `<script>${PAGE_SCRIPT}</script>`,
      ...this.blocks.map((b, k) => `<script type="application/octet-stream" id="docs-${k}">${b}</script>`),
      '</body>',
      '</html>',
      '',
    ];
  }
}

export function renderReview(input: ReviewInput): string {
  const builder = new ReviewBuilder();
  for (const d of input.documents) builder.add(d);
  return builder.finish(input.provenance).join('\n');
}
