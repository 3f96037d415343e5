// `-o DIR --parquet`: one Parquet file per table beside the CSVs, written by DuckDB from the CSVs
// of the finished (not yet swapped in) dataset folder. DuckDB is an optional dependency, loaded
// only here and only when asked for.
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { PARQUET_SESSION, parquetCopySql, parquetFileName, type ParquetOptions } from '../format/parquet.js';
import { TABLES } from '../format/tables.js';
import { registerOutput } from './dataset-dir.js';

// the files --parquet adds to a dataset folder, declared to the folder's manifest
for (const table of TABLES) registerOutput(parquetFileName(table), 'a table as Parquet (--parquet)');

export class ParquetUnavailableError extends Error {
  readonly code = 'output/parquet-unavailable';
}

/** Writes DIR/<table>.parquet for every table from DIR/<table>.csv; returns the file names written. */
export async function writeParquetTables(dir: string, options: ParquetOptions): Promise<string[]> {
  let duckdb: typeof import('@duckdb/node-api');
  try {
    duckdb = await import('@duckdb/node-api');
  } catch {
    throw new ParquetUnavailableError('--parquet needs the package @duckdb/node-api (an optional dependency), which is not installed here');
  }
  // DuckDB spills to a folder of its own past its memory limit; it is made and removed here
  const spill = await fs.mkdtemp(path.join(dir, '.parquet-spill-'));
  const instance = await duckdb.DuckDBInstance.create(':memory:', { ...PARQUET_SESSION, temp_directory: spill });
  const db = await instance.connect();
  const written: string[] = [];
  try {
    for (const table of TABLES) {
      const name = parquetFileName(table);
      await db.run(parquetCopySql(table, path.join(dir, `${table.name}.csv`), path.join(dir, name), options));
      written.push(name);
    }
  } finally {
    db.closeSync();
    instance.closeSync();
    await fs.rm(spill, { recursive: true, force: true });
  }
  return written;
}
