import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PAGE_SCRIPT } from '../../src/review/page-script.js';
import { PAGE_STYLES } from '../../src/review/page-styles.js';
import { contentSecurityPolicy, DOCUMENTS_PER_BLOCK, embedJson, renderReview } from '../../src/review/render-review.js';
import type { Document } from '../../src/schema/records.js';
import { loadSmallDocuments, reviewBlocks, reviewEmbedded } from './dataset-fixtures.js';

const provenance = { rulesHash: 'sha256:x', toolVersion: '1.0.0' };

describe('embedJson', () => {
  it('leaves no < > & in the output and reads back to the same value', () => {
    const value = { t: '</script><script>alert(1)</script> <!-- a & b --> \u2028\u2029 𠮷' };
    const out = embedJson(value);
    expect(out).not.toMatch(/[<>&\u2028\u2029]/);
    expect(JSON.parse(out)).toEqual(value);
  });
});

describe('renderReview', () => {
  const docs = loadSmallDocuments();
  const html = renderReview({ documents: docs, provenance });

  const blocks = reviewBlocks;
  const embedded = reviewEmbedded;

  it('embeds every record, unchanged, compressed, and an index of them', () => {
    const { index, documents } = embedded(html);
    expect(documents).toEqual(docs);
    expect(index.count).toBe(docs.length);
    expect(index.columns.id).toEqual(docs.map((d) => d.id));
    expect(index.provenance).toEqual(provenance);
  });

  it('splits many documents into blocks, each document found again', () => {
    const many: Document[] = Array.from({ length: DOCUMENTS_PER_BLOCK * 2 + 3 }, (_, n) => ({ ...docs[n % docs.length]!, id: `doc/${n}` }));
    const page = renderReview({ documents: many, provenance });
    expect([...blocks(page).keys()].filter((k) => k.startsWith('docs-'))).toEqual(['docs-0', 'docs-1', 'docs-2']);
    expect(embedded(page).documents).toEqual(many);
  });

  it('has exactly one script that runs, and data blocks of base64 alone, whatever the documents hold', () => {
    // the injection fixture holds "<script>" and "</script>" in text, title, labels…
    expect(html.match(/<script>/gi)).toHaveLength(1);
    const opening = html.match(/<script[^>]*>/gi)!;
    expect(opening.filter((t) => t !== '<script>').every((t) => /^<script type="application\/octet-stream" id="[\w-]+">$/.test(t))).toBe(true);
    expect(html.match(/<\/script/gi)).toHaveLength(opening.length);
    for (const [, text] of blocks(html)) expect(text).toMatch(/^[A-Za-z0-9+/=]*$/);
    expect(html).not.toContain('injection</i>');
  });

  it('pins the page script by hash and allows no network', () => {
    const hash = createHash('sha256').update(PAGE_SCRIPT).digest('base64');
    expect(contentSecurityPolicy(PAGE_SCRIPT)).toContain(`script-src 'sha256-${hash}'`);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; script-src 'sha256-${hash}'`);
    expect(html).toContain(`<script>${PAGE_SCRIPT}</script>`);
    expect(html).not.toMatch(/\s(src|href)="?https?:/i);
  });

  it('is deterministic', () => {
    expect(renderReview({ documents: docs, provenance })).toBe(html);
  });
});

describe('page script and styles', () => {
  it('the script parses as JavaScript', () => {
    expect(() => new Function(PAGE_SCRIPT)).not.toThrow();
  });
  it('neither can end its own element early', () => {
    expect(PAGE_SCRIPT).not.toMatch(/<\/script/i);
    expect(PAGE_STYLES).not.toMatch(/<\/style/i);
  });
  it('the script never turns strings into markup', () => {
    expect(PAGE_SCRIPT).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function|DOMParser|createContextualFragment/);
  });
});
