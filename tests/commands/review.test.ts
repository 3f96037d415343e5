// The `review` subcommand and `-o DIR --review`, as a user runs them.
import { cpSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runBin, SEEDS, tempDir } from '../helpers.js';
import { loadSmallDocuments, reviewEmbedded, SMALL_DATASET } from '../review/dataset-fixtures.js';
import { renderReview } from '../../src/review/render-review.js';

describe('customs-extract review', () => {
  it('writes DIR/review.html holding the dataset, exit 0', () => {
    const dir = path.join(tempDir(), 'dataset');
    cpSync(SMALL_DATASET, dir, { recursive: true });
    const r = runBin(['review', dir]);
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe(`customs-extract review: wrote ${path.join(dir, 'review.html')}\n`);
    const html = readFileSync(path.join(dir, 'review.html'), 'utf8');
    expect(html.startsWith('<!doctype html>')).toBe(true);
    expect(reviewEmbedded(html).documents).toEqual(loadSmallDocuments());
    expect(runBin(['review', '--quiet', dir]).stderr).toBe('');
  });

  it('an unreadable dataset: exit 2, one line naming the file, no page', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'documents.json'), '[{"id": 1}]');
    const r = runBin(['review', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`${path.join(dir, 'documents.json')}: document 0: id:`);
    expect(existsSync(path.join(dir, 'review.html'))).toBe(false);
    expect(runBin(['review']).status).toBe(2);
  });

  it('reads the writer\'s layout a document at a time: the same page as from all documents at once; a repeated id refused', () => {
    const docs = loadSmallDocuments();
    const expected = renderReview({ documents: docs, provenance: { rulesHash: null, toolVersion: null } });
    const lines = (d: typeof docs): string => `[\n${d.map((x) => JSON.stringify(x)).join(',\n')}\n]\n`;
    for (const text of [lines(docs), JSON.stringify(docs, null, 1)]) {
      const dir = tempDir();
      writeFileSync(path.join(dir, 'documents.json'), text);
      const r = runBin(['review', '-q', dir]);
      expect(r.status, r.stderr).toBe(0);
      expect(readFileSync(path.join(dir, 'review.html'), 'utf8')).toBe(expected);
    }
    const dir = tempDir();
    writeFileSync(path.join(dir, 'documents.json'), lines([docs[0]!, docs[1]!, docs[0]!]));
    const r = runBin(['review', dir]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe(`customs-extract review: ${path.join(dir, 'documents.json')}: document 2: duplicate id "${docs[0]!.id}" (document 0 has it too)\n`);
    expect(existsSync(path.join(dir, 'review.html'))).toBe(false);
  });

  it('-o DIR --review writes the dataset and its review page in one run', () => {
    const out = path.join(tempDir(), 'out');
    const r = runBin([SEEDS, '-o', out, '--review', '--quiet']);
    expect(r.status, r.stderr).toBe(0);
    const html = readFileSync(path.join(out, 'review.html'), 'utf8');
    const docs = JSON.parse(readFileSync(path.join(out, 'documents.json'), 'utf8')) as unknown[];
    expect(reviewEmbedded(html).documents).toEqual(docs);
  });
});
