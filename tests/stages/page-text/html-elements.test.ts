// PAGE_TEXT_ATTRIBUTES: the tree page text reads keeps only these attributes, so every attribute
// the page-text modules read must be among them (a read of another one would find it missing).
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { PAGE_TEXT_ATTRIBUTES } from '../../../src/stages/page-text/html-elements.js';

const SOURCE = path.resolve(import.meta.dirname, '../../../src/stages/page-text');
/** An attribute read by name: `attribs['class']`, `el.attribs["href"]`. */
const ATTRIBUTE_READ = /attribs\[\s*['"]([^'"]+)['"]\s*\]/g;

describe('PAGE_TEXT_ATTRIBUTES', () => {
  it('names the attributes the page-text modules read, all of them and no others', () => {
    const read = new Set<string>();
    for (const file of readdirSync(SOURCE).filter((f) => f.endsWith('.ts'))) {
      for (const m of readFileSync(path.join(SOURCE, file), 'utf8').matchAll(ATTRIBUTE_READ)) read.add(m[1]!);
    }
    expect([...read].sort()).toEqual([...PAGE_TEXT_ATTRIBUTES].sort());
  });
});
