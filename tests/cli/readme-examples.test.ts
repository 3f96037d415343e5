// The worked examples of the README's CLI section, run as written (CLI = the built bin).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import { describe, expect, it } from 'vitest';
import { SEEDS, runShell, tempDir } from '../helpers.js';

const hasJq = spawnSync('jq', ['--version']).status === 0;

describe('README worked examples', () => {
  it('CI: write, fail on warnings, validate', () => {
    const cwd = tempDir();
    const r = runShell(`CLI ${SEEDS} -o dataset --quiet --fail-on warning && CLI validate dataset`, { cwd });
    expect(r.status, r.stderr).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^dataset: valid dataset: 5 documents, \d+ sections, \d+ 专栏, \d+ metrics\n$/);
  });

  it.skipIf(!hasJq)('jq: titles as TSV, and percentages among the metrics', () => {
    const titles = runShell(`CLI ${SEEDS} | jq -r '.[] | [.id, .title] | @tsv'`);
    expect(titles.status).toBe(0);
    expect(titles.stdout.trimEnd().split('\n')).toHaveLength(5);
    const pct = runShell(`CLI ${SEEDS} --ndjson --table metrics | jq -s 'map(select(.unit == "%")) | length'`);
    expect(pct.status).toBe(0);
    const docs = JSON.parse(runShell(`CLI ${SEEDS}`).stdout) as Array<{ metrics: Array<{ unit: string | null }> }>;
    expect(Number(pct.stdout)).toBe(docs.flatMap((d) => d.metrics).filter((m) => m.unit === '%').length);
  });

  it('DuckDB: metrics per document from the CSV tables, and documents.json as JSON', async () => {
    const cwd = tempDir();
    expect(runShell(`CLI ${SEEDS} -o dataset`, { cwd }).status).toBe(0);
    const docs = JSON.parse(readFileSync(path.join(cwd, 'dataset', 'documents.json'), 'utf8')) as Array<{ id: string; metrics: unknown[] }>;
    const instance = await DuckDBInstance.create(':memory:');
    const db = await instance.connect();
    try {
      const sql = `SELECT d.id, count(m.id) AS metrics
FROM read_csv('${path.join(cwd, 'dataset')}/documents.csv') d
LEFT JOIN read_csv('${path.join(cwd, 'dataset')}/metrics.csv') m ON m.doc = d.id
GROUP BY d.id ORDER BY d.id`;
      const rows = (await db.runAndReadAll(sql)).getRowsJson();
      expect(rows.map((r) => [r[0], Number(r[1])])).toEqual(docs.map((d) => [d.id, d.metrics.length]).sort());
      const titles = (await db.runAndReadAll(`SELECT id, title FROM read_json('${path.join(cwd, 'dataset')}/documents.json') ORDER BY id`)).getRowsJson();
      expect(titles).toHaveLength(5);
    } finally {
      db.closeSync();
      instance.closeSync();
    }
  });
});
