// The `diff` subcommand as a user runs it: the built CLI in a child process.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SEEDS, runBin, tempDir } from '../helpers.js';
import { SMALL_DATASET, clone, loadSmallDocuments, shiftText, writeDataset } from '../review/dataset-fixtures.js';

describe('customs-extract diff', () => {
  it('a dataset against itself: equal, exit 0', () => {
    const r = runBin(['diff', SMALL_DATASET, SMALL_DATASET]);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('rules: same (sha256:fixture-rules-1)');
    expect(r.stdout).toContain('datasets are equal');
    const json = runBin(['diff', SMALL_DATASET, SMALL_DATASET, '--format', 'json']);
    expect(json.status).toBe(0);
    const diff = JSON.parse(json.stdout);
    expect(diff).toMatchObject({ equal: true, documents: { added: [], removed: [], changed: [] }, sections: [], metrics: { added: [], removed: [], changed: [] } });
  });

  it('two datasets that differ in known ways: exit 1 and exactly those differences', () => {
    const docs = loadSmallDocuments();
    const edited = clone(docs);
    edited[0]!.metrics[6]!.unit = '家';
    edited.pop();
    const newer = writeDataset(edited, { rulesHash: 'sha256:fixture-rules-2' });
    const r = runBin(['diff', SMALL_DATASET, newer, '--format', 'json']);
    expect(r.status).toBe(1);
    const diff = JSON.parse(r.stdout);
    expect(diff.rules).toEqual({ old: 'sha256:fixture-rules-1', new: 'sha256:fixture-rules-2', same: false });
    expect(diff.documents).toEqual({ added: [], removed: ['003_empty'], changed: [] });
    expect(diff.sections).toEqual([]);
    expect(diff.metrics).toEqual({ added: [], removed: [], changed: [{ doc: '001_rich', section: 's2', raw: '10至15个', occurrence: 0, changes: [{ field: 'unit', old: '个', new: '家' }] }] });
    const md = runBin(['diff', SMALL_DATASET, newer, '--format', 'md']);
    expect(md.status).toBe(1);
    expect(md.stdout).toContain('| 001_rich | s2 | 10至15个 | 0 | unit: 个 → 家 |');
    expect(md.stdout).toContain('| 003_empty | removed |');
  });

  it('a shifted text: no metric change in the printed diff', () => {
    const shifted = writeDataset(loadSmallDocuments().map((d) => shiftText(d, '前言\n')));
    const r = runBin(['diff', SMALL_DATASET, shifted, '--format', 'json']);
    expect(r.status).toBe(1); // the text itself did change
    const diff = JSON.parse(r.stdout);
    expect(diff.metrics).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.sections).toEqual([]);
  });

  it('reads the writer\'s layout (one document a line) a document at a time, and a dataset not in id order or pretty-printed the same', () => {
    const docs = loadSmallDocuments();
    const edited = clone(docs);
    edited[0]!.metrics[6]!.unit = '家';
    edited.pop();
    const lines = (d: typeof docs): string => `[\n${d.map((x) => JSON.stringify(x)).join(',\n')}\n]\n`;
    const expected = JSON.parse(runBin(['diff', SMALL_DATASET, writeDataset(edited), '--format', 'json']).stdout);
    const variants = [lines(edited), lines([...edited].reverse()), JSON.stringify(edited, null, 1)];
    for (const text of variants) {
      const dir = tempDir();
      writeFileSync(path.join(dir, 'documents.json'), text);
      const r = runBin(['diff', SMALL_DATASET, dir, '--format', 'json']);
      expect(r.stderr).toBe('');
      expect(r.status).toBe(1);
      expect({ ...JSON.parse(r.stdout), rules: null }).toEqual({ ...expected, rules: null });
    }
    const cut = tempDir();
    writeFileSync(path.join(cut, 'documents.json'), lines(edited).slice(0, -3));
    const r = runBin(['diff', SMALL_DATASET, cut]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/^customs-extract diff: .*documents\.json: not valid JSON \(unexpected end of the file\)\n$/);
  });

  it('an unreadable dataset: exit 2 and one line naming the file', () => {
    const broken = tempDir();
    writeFileSync(path.join(broken, 'documents.json'), '{not json');
    const r = runBin(['diff', SMALL_DATASET, broken]);
    expect(r.status).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr.trimEnd().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain(`customs-extract diff: ${path.join(broken, 'documents.json')}: not valid JSON`);
    const missing = runBin(['diff', path.join(broken, 'nope'), SMALL_DATASET]);
    expect(missing.status).toBe(2);
    expect(missing.stderr).toContain('no such folder');
  });

  it('a usage error: exit 2', () => {
    expect(runBin(['diff', SMALL_DATASET]).status).toBe(2);
    expect(runBin(['diff', SMALL_DATASET, SMALL_DATASET, '--format', 'xml']).status).toBe(2);
  });
});

describe('customs-extract diff on the seeds dataset', () => {
  it('reports exactly the edits a rule change made to a real dataset', () => {
    const before = path.join(tempDir(), 'before');
    const made = runBin([SEEDS, '-o', before, '--quiet']);
    expect(made.status, made.stderr).toBe(0);
    const docs = JSON.parse(readFileSync(path.join(before, 'documents.json'), 'utf8'));
    // Stand-ins for what a rule change does: one metric re-read, one dropped, one section retitled,
    // and every offset of one document moved by a cleaning change.
    const after = clone(docs) as typeof docs;
    const withMetrics = after.findIndex((d: { metrics: unknown[] }) => d.metrics.length >= 2);
    expect(withMetrics).toBeGreaterThanOrEqual(0);
    const target = after[withMetrics];
    const reread = target.metrics[0];
    const dropped = target.metrics[target.metrics.length - 1];
    reread.unit = `${reread.unit ?? ''}(新)`;
    target.metrics.pop();
    const retitled = target.sections[0];
    if (retitled) retitled.title = `${retitled.title}(修订)`;
    after[withMetrics] = shiftText(target, '前言\n');
    const r = runBin(['diff', before, writeDataset(after, JSON.parse(readFileSync(path.join(before, 'datapackage.json'), 'utf8'))), '--format', 'json']);
    expect(r.status).toBe(1);
    const diff = JSON.parse(r.stdout);
    expect(diff.rules.same).toBe(true);
    expect(diff.documents).toEqual({ added: [], removed: [], changed: [{ doc: target.id, fields: ['text'] }] });
    expect(diff.sections).toEqual(retitled ? [{ doc: target.id, id: retitled.id, kind: 'retitled', oldTitle: docs[withMetrics].sections[0].title, newTitle: retitled.title }] : []);
    expect(diff.metrics.added).toEqual([]);
    expect(diff.metrics.removed.map((m: { raw: string }) => m.raw)).toEqual([dropped.raw]);
    expect(diff.metrics.changed).toHaveLength(1);
    expect(diff.metrics.changed[0]).toMatchObject({ doc: target.id, raw: reread.raw, section: reread.section, changes: [{ field: 'unit', old: docs[withMetrics].metrics[0].unit, new: reread.unit }] });
  });
});
