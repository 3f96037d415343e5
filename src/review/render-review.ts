// The review page of a dataset as one self-contained HTML string: styles and script inline,
// the dataset embedded as JSON, no network. Pure: records in, string out.
import { createHash } from 'node:crypto';
import type { Document } from '../schema/records.js';
import { PAGE_SCRIPT } from './page-script.js';
import { PAGE_STYLES } from './page-styles.js';

export interface ReviewInput {
  documents: Document[];
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

export function renderReview(input: ReviewInput): string {
  const data = embedJson({ documents: input.documents, provenance: input.provenance });
  return [
    '<!doctype html>',
    '<html lang="zh-CN">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${contentSecurityPolicy(PAGE_SCRIPT)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="customs-extract review">',
    `<title>customs-extract review · ${input.documents.length} documents</title>`,
    `<style>${PAGE_STYLES}</style>`,
    '</head>',
    '<body>',
    '<header class="bar"><h1 id="heading">customs-extract review</h1>',
    '<input id="search" type="search" placeholder="search documents and metrics" aria-label="search documents and metrics" autocomplete="off"></header>',
    '<main id="main"><noscript>The review page needs JavaScript to show the dataset.</noscript></main>',
    '<div id="tip" role="tooltip" class="hidden"></div>',
    `<script type="application/json" id="dataset">${data}</script>`,
    `<script>${PAGE_SCRIPT}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
