import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { PAGE_SCRIPT } from '../../src/review/page-script.js';
import { PAGE_STYLES } from '../../src/review/page-styles.js';
import { contentSecurityPolicy, embedJson, renderReview } from '../../src/review/render-review.js';
import { loadSmallDocuments } from './dataset-fixtures.js';

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

  it('embeds the dataset records, unchanged, in one JSON block', () => {
    const match = /<script type="application\/json" id="dataset">([^<]*)<\/script>/.exec(html);
    expect(match).not.toBeNull();
    expect(JSON.parse(match![1]!)).toEqual({ documents: docs, provenance });
  });

  it('has exactly two script elements, whatever the documents hold', () => {
    // the injection fixture holds "<script>" and "</script>" in text, title, labels…
    expect(html.match(/<script/gi)).toHaveLength(2);
    expect(html.match(/<\/script/gi)).toHaveLength(2);
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
