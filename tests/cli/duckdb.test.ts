// A real client: a written dataset loads into DuckDB with the types datapackage.json declares,
// and every metric joins its document, and its section and 专栏 where it has one.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openDataset } from '../../src/io/write-outputs.js';
import { FIXTURES, SEEDS, runBin, sampleDocument, tempDir } from '../helpers.js';

interface Pkg {
  resources: Array<{ name: string; path: string; schema?: { fields: Array<{ name: string; type: string }> } }>;
}
const SQL_TYPE: Record<string, string> = { string: 'VARCHAR', integer: 'BIGINT', number: 'DOUBLE', boolean: 'BOOLEAN', date: 'DATE' };
const sqlString = (s: string): string => `'${s.replaceAll("'", "''")}'`;

async function loadDataset(db: DuckDBConnection, dir: string, schema: string): Promise<Pkg> {
  const pkg = JSON.parse(readFileSync(path.join(dir, 'datapackage.json'), 'utf8')) as Pkg;
  await db.run(`CREATE SCHEMA ${schema}`);
  for (const r of pkg.resources) {
    if (!r.schema) continue;
    const columns = `{${r.schema.fields.map((f) => `${sqlString(f.name)}: ${sqlString(SQL_TYPE[f.type]!)}`).join(', ')}}`;
    // the declared types, no detection: a cell that does not parse as its type fails the load
    await db.run(
      `CREATE TABLE ${schema}.${r.name} AS SELECT * FROM read_csv(${sqlString(path.join(dir, r.path))}, header = true, auto_detect = false, delim = ',', quote = '"', escape = '"', columns = ${columns})`,
    );
  }
  return pkg;
}

async function one(db: DuckDBConnection, sql: string): Promise<unknown> {
  const reader = await db.runAndReadAll(sql);
  return reader.getRowsJson()[0]?.[0];
}

async function columnTypes(db: DuckDBConnection, schema: string, table: string): Promise<Array<[string, string]>> {
  const reader = await db.runAndReadAll(`SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = '${schema}' AND table_name = '${table}' ORDER BY ordinal_position`);
  return reader.getRowsJson().map((row) => [String(row[0]), String(row[1])]);
}

const ORPHANS = {
  documents: (s: string) => `SELECT count(*) FROM ${s}.metrics m ANTI JOIN ${s}.documents d ON m.doc = d.id`,
  sections: (s: string) => `SELECT count(*) FROM ${s}.metrics m WHERE m.section IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${s}.sections x WHERE x.doc = m.doc AND x.id = m.section)`,
  columns: (s: string) => `SELECT count(*) FROM ${s}.metrics m WHERE m.column IS NOT NULL AND NOT EXISTS (SELECT 1 FROM ${s}.columns x WHERE x.doc = m.doc AND x.id = m.column)`,
};

describe('a dataset in DuckDB', () => {
  let instance: DuckDBInstance;
  let db: DuckDBConnection;
  const realDir = path.join(tempDir(), 'ds');
  const sampleDir = path.join(tempDir(), 'ds');

  beforeAll(async () => {
    const r = runBin([SEEDS, path.join(FIXTURES, 'cli', 'corpus'), '-o', realDir]);
    expect(r.status, r.stderr).toBe(0);
    const writer = await openDataset(sampleDir, { tool: { name: 'customs-extract', version: '0', rulesHash: `sha256:${'0'.repeat(64)}` } });
    await writer.add(sampleDocument('a/one'));
    await writer.add(sampleDocument('b/two'));
    await writer.commit();
    instance = await DuckDBInstance.create(':memory:');
    db = await instance.connect();
  });
  afterAll(() => {
    db?.closeSync();
    instance?.closeSync();
  });

  it('the CLI dataset of the seeds loads with every declared type, and its metrics join', async () => {
    const pkg = await loadDataset(db, realDir, 'real');
    const docs = JSON.parse(readFileSync(path.join(realDir, 'documents.json'), 'utf8')) as Array<{ sections: unknown[]; metrics: unknown[] }>;
    for (const r of pkg.resources.filter((r) => r.schema)) {
      expect(await columnTypes(db, 'real', r.name)).toEqual(r.schema!.fields.map((f) => [f.name, SQL_TYPE[f.type]]));
    }
    expect(Number(await one(db, 'SELECT count(*) FROM real.documents'))).toBe(docs.length);
    expect(Number(await one(db, 'SELECT count(*) FROM real.sections'))).toBe(docs.reduce((n, d) => n + d.sections.length, 0));
    expect(Number(await one(db, 'SELECT count(*) FROM real.metrics'))).toBe(docs.reduce((n, d) => n + d.metrics.length, 0));
    for (const sql of Object.values(ORPHANS)) expect(Number(await one(db, sql('real')))).toBe(0);
    // documents.json reads as JSON too, one row a document
    expect(Number(await one(db, `SELECT count(*) FROM read_json(${sqlString(path.join(realDir, 'documents.json'))})`))).toBe(docs.length);
  });

  it('metrics in a section, in a 专栏 and in neither all join; numbers keep their values', async () => {
    await loadDataset(db, sampleDir, 'sample');
    expect(Number(await one(db, 'SELECT count(*) FROM sample.metrics'))).toBe(6);
    for (const sql of Object.values(ORPHANS)) expect(Number(await one(db, sql('sample')))).toBe(0);
    // the joins are real: a metric's section and 专栏 come back through them
    const joined = await db.runAndReadAll(
      `SELECT m.id, s.title, c.title FROM sample.metrics m LEFT JOIN sample.sections s ON s.doc = m.doc AND s.id = m.section LEFT JOIN sample.columns c ON c.doc = m.doc AND c.id = m.column WHERE m.doc = 'a/one' ORDER BY m.id`,
    );
    expect(joined.getRowsJson()).toEqual([
      ['a/one#1', '总体情况', null],
      ['a/one#2', '总体情况', '通关'],
      ['a/one#3', null, null],
    ]);
    expect(await one(db, `SELECT value FROM sample.metrics WHERE id = 'a/one#1'`)).toBe(43850000000000);
    expect(await one(db, `SELECT value_max FROM sample.metrics WHERE id = 'a/one#3'`)).toBe(1e21);
    expect(await one(db, `SELECT value FROM sample.metrics WHERE id = 'a/one#3'`)).toBe(0.000001);
    expect(await one(db, `SELECT is_table FROM sample.columns WHERE doc = 'a/one'`)).toBe(true);
  });

  it('read_csv with default options reads section ids as text (s1.10 stays s1.10) and date columns as dates', async () => {
    const dir = path.join(tempDir(), 'ds');
    const doc = sampleDocument('c/typed');
    // ten subsections: the tenth's id, s1.10, is the one a number-sniffing reader would turn into 1.1
    const first = doc.sections[0]!;
    const subsections = Array.from({ length: 10 }, (_, i) => ({ ...first, id: `s1.${i + 1}`, level: 2, parent: 's1', path: [first.title!] }));
    doc.sections = [first, ...subsections, doc.sections[1]!];
    doc.metrics[0]!.section = 's1.10';
    doc.metadata = { ...doc.metadata, publishDate: '2024-01-05', pageDate: '2024-01-06 08:48', effectiveDate: '二〇二四年' };
    const writer = await openDataset(dir, { tool: { name: 'customs-extract', version: '0', rulesHash: `sha256:${'0'.repeat(64)}` } });
    await writer.add(doc);
    await writer.commit();
    const csv = (name: string): string => sqlString(path.join(dir, `${name}.csv`));
    const sections = await db.runAndReadAll(`SELECT typeof(id), id, parent FROM read_csv(${csv('sections')}) ORDER BY span_start, level, id`);
    expect(sections.getRowsJson().map((r) => r[0])).toEqual(Array(12).fill('VARCHAR'));
    expect(sections.getRowsJson().map((r) => r[1])).toContain('s1.10');
    expect(await one(db, `SELECT section FROM read_csv(${csv('metrics')}) WHERE id = 'c/typed#1'`)).toBe('s1.10');
    const dates = await db.runAndReadAll(`SELECT typeof(publishDate), CAST(publishDate AS VARCHAR), typeof(pageDate), CAST(pageDate AS VARCHAR), effectiveDate, metadata_extra FROM read_csv(${csv('documents')})`);
    const [row] = dates.getRowsJson();
    expect(row!.slice(0, 5)).toEqual(['DATE', '2024-01-05', 'DATE', '2024-01-06', null]);
    // what the date columns cannot hold (a time of day, a value that is no date) is kept in metadata_extra
    expect(JSON.parse(String(row![5]))).toMatchObject({ pageDate: '2024-01-06 08:48', effectiveDate: '二〇二四年' });
  });

  it('a dangling key is caught by the same join (the check can fail)', async () => {
    await db.run(`UPDATE sample.metrics SET section = 's9' WHERE id = 'b/two#1'`);
    expect(Number(await one(db, ORPHANS.sections('sample')))).toBe(1);
  });
});
