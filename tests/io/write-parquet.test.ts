// `-o DIR --parquet`: every table read back through DuckDB with its default options has the
// declared types (dates as dates, ids as text, the change as a struct) and as many rows as
// documents.json says; the bytes do not depend on --jobs; --excel's guards do not reach Parquet.
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PARQUET_TYPE, sqlString } from '../../src/format/parquet.js';
import { TABLES } from '../../src/format/tables.js';
import type { Document } from '../../src/schema/records.js';
import { FIXTURES, SEEDS, messages, runBin, tempDir } from '../helpers.js';

const CHANGE_TYPE = 'STRUCT(direction VARCHAR, "value" DOUBLE, unit VARCHAR, basis VARCHAR)';

/** What DESCRIBE should say for each table: the declared fields, the metrics' change_value/change_unit as one struct. */
function expectedColumns(table: (typeof TABLES)[number]): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const f of table.fields) {
    if (table.name === 'metrics' && f.name === 'change_unit') continue;
    if (table.name === 'metrics' && f.name === 'change_value') out.push(['change', CHANGE_TYPE]);
    else out.push([f.name, PARQUET_TYPE[f.type]]);
  }
  return out;
}

describe('-o DIR --parquet', () => {
  let instance: DuckDBInstance;
  let db: DuckDBConnection;
  const corpus = tempDir();
  const one = path.join(tempDir(), 'ds');
  const two = path.join(tempDir(), 'ds');
  const excel = path.join(tempDir(), 'ds');
  const rows = async (sql: string): Promise<unknown[][]> => (await db.runAndReadAll(sql)).getRowsJson() as unknown[][];
  const parquet = (dir: string, table: string): string => `read_parquet(${sqlString(path.join(dir, `${table}.parquet`))})`;

  beforeAll(async () => {
    for (const name of ['001_9d526fd28d09da4d.txt', '003_25ac070fe18819ef.txt']) copyFileSync(path.join(SEEDS, name), path.join(corpus, name));
    copyFileSync(path.join(FIXTURES, 'holdout', 'a_gacc_announcement.html'), path.join(corpus, 'a_gacc_announcement.html'));
    // a name --excel guards in the CSV (it starts with +), and dates with and without a time of day
    writeFileSync(path.join(corpus, '+plus.txt'), '海关总署公告\n发布时间:2024年3月5日 09:30\n一、总体情况\n进出口总值5.2亿元,比上年增长5%。\n');
    for (const [dir, extra] of [
      [one, ['--jobs', '1']],
      [two, ['--jobs', '2']],
      [excel, ['--jobs', '1', '--excel']],
    ] as const) {
      const r = runBin([corpus, '-o', dir, '--parquet', '-q', ...extra]);
      expect(r.status, r.stderr).toBe(0);
    }
    instance = await DuckDBInstance.create(':memory:');
    db = await instance.connect();
  });
  afterAll(() => {
    db?.closeSync();
    instance?.closeSync();
  });

  it('every table reads back with default options, typed as declared, with one row a record', async () => {
    const docs = JSON.parse(readFileSync(path.join(one, 'documents.json'), 'utf8')) as Document[];
    const count: Record<string, number> = {
      documents: docs.length,
      sections: docs.reduce((n, d) => n + d.sections.length, 0),
      columns: docs.reduce((n, d) => n + d.columns.length, 0),
      metrics: docs.reduce((n, d) => n + d.metrics.length, 0),
    };
    for (const table of TABLES) {
      const described = (await rows(`DESCRIBE SELECT * FROM ${parquet(one, table.name)}`)).map((r) => [r[0], r[1]]);
      expect(described, table.name).toEqual(expectedColumns(table));
      expect(Number((await rows(`SELECT count(*) FROM ${parquet(one, table.name)}`))[0]![0]), table.name).toBe(count[table.name]);
      expect(count[table.name]).toBeGreaterThan(0);
    }
  });

  it('values come through: section ids as text, dates as dates, each attached change as its struct', async () => {
    const docs = JSON.parse(readFileSync(path.join(one, 'documents.json'), 'utf8')) as Document[];
    const sectionIds = (await rows(`SELECT doc, id FROM ${parquet(one, 'sections')} ORDER BY doc, span_start, level`)).map((r) => `${r[0]} ${r[1]}`);
    expect(sectionIds.sort()).toEqual(docs.flatMap((d) => d.sections.map((s) => `${d.id} ${s.id}`)).sort());
    const plus = docs.find((d) => d.id === '+plus')!;
    expect(plus.metadata.pageDate).toBe('2024-03-05 09:30');
    expect(await rows(`SELECT typeof(pageDate), CAST(pageDate AS VARCHAR) FROM ${parquet(one, 'documents')} WHERE id = '+plus'`)).toEqual([['DATE', '2024-03-05']]);
    const changes = new Map((await rows(`SELECT id, to_json(change)::VARCHAR FROM ${parquet(one, 'metrics')}`)).map((r) => [r[0], r[1] === null ? null : JSON.parse(String(r[1]))]));
    const attached = docs.flatMap((d) => d.metrics).filter((m) => m.change);
    expect(attached.length).toBeGreaterThan(0);
    for (const m of docs.flatMap((d) => d.metrics)) {
      expect(changes.get(m.id), m.id).toEqual(m.change ? { direction: m.change.direction, value: m.change.value, unit: m.change.unit, basis: m.change.basis } : null);
    }
  });

  it('the same bytes whatever --jobs is, and --excel changes the CSV but not the Parquet', () => {
    for (const table of TABLES) {
      const file = `${table.name}.parquet`;
      expect(readFileSync(path.join(two, file)).equals(readFileSync(path.join(one, file))), file).toBe(true);
      expect(readFileSync(path.join(excel, file)).equals(readFileSync(path.join(one, file))), file).toBe(true);
    }
    // the guard is there in the CSV, so the equality above is not vacuous
    expect(readFileSync(path.join(excel, 'documents.csv'), 'utf8')).toContain("'+plus");
  });

  it('without -o it is a usage error, said in one line', () => {
    const r = runBin([path.join(corpus, '+plus.txt'), '--parquet', '--format', 'ndjson']);
    expect(r.status).toBe(2);
    expect(messages(r.stderr)).toEqual(['customs-extract: --parquet: needs a dataset folder (-o DIR)']);
  });
});
