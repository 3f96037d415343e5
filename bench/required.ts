// The required work alone, run as its own process: what any implementation of this tool must
// spend with the libraries and outputs it is asked for, and nothing of its own rules. It times
// the floor's work (read, decode, one normalisation pass), cheerio's parse of every HTML page,
// the validation of every output document (as finalise does it: compiled from the JSON Schema), and the encoding of every output record to UTF-8
// bytes (documents.json and each table's CSV, with this tool's CSV writer, which is faster than
// csv-stringify's). No cleaning, segmenting or extraction: the ratio of this to the floor is the
// ceiling of the end-to-end ratio on this machine.
// Usage: node dist-bench/required.js CORPUS_DIR DOCUMENTS… → one JSON line (RequiredResult).
// DOCUMENTS… is a run's documents.json, or its NDJSON parts in order (past --split-size): one
// record a line either way; reading and parsing them is not timed.
import { createReadStream, readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { load } from 'cheerio/slim';
import { decode } from '../dist/stages/decode.js';
import { normalise } from '../dist/stages/normalise.js';
import { validateDocument } from '../dist/stages/finalise.js';
import { csvRows } from '../dist/format/to-csv.js';
import { TABLES } from '../dist/format/tables.js';
import { corpusFiles, formatOf } from './corpus-files.js';

export interface RequiredResult {
  /** corpus documents and bytes read */
  docs: number;
  bytes: number;
  /** output documents validated and encoded */
  records: number;
  /** the timed total, and its parts */
  ms: number;
  parts: { floor: number; htmlParse: number; validate: number; encode: number };
}

const elapsed = (since: number): number => performance.now() - since;

async function main(dir: string, documentFiles: string[]): Promise<RequiredResult> {
  const parts = { floor: 0, htmlParse: 0, validate: 0, encode: 0 };
  let docs = 0;
  let bytes = 0;
  // summed so that no result is unused and optimised away
  let sink = 0;
  for (const f of corpusFiles(dir)) {
    let t = performance.now();
    const data = readFileSync(f.file);
    const format = formatOf(f, data);
    const text = decode(data, { format }).text;
    sink += normalise(text).length;
    parts.floor += elapsed(t);
    if (format === 'html') {
      t = performance.now();
      // as the clean stage loads a page: cheerio's htmlparser2 build
      sink += load(text).root().children().length;
      parts.htmlParse += elapsed(t);
    }
    bytes += data.byteLength;
    docs++;
  }
  let records = 0;
  for (const documentsFile of documentFiles)
  for await (const line of createInterface({ input: createReadStream(documentsFile, 'utf8'), crlfDelay: Infinity })) {
    // documents.json: `[`, then one record a line, each but the last ending in `,`, then `]`; a part: one record a line
    const json = line.endsWith(',') ? line.slice(0, -1) : line;
    if (!json.startsWith('{')) continue;
    const record: unknown = JSON.parse(json);
    let t = performance.now();
    // the product's validation: the compiled validator, zod for what it rejects
    const doc = validateDocument(record);
    parts.validate += elapsed(t);
    t = performance.now();
    sink += Buffer.from(JSON.stringify(doc)).byteLength;
    for (const table of TABLES) sink += Buffer.from(csvRows(table, doc)).byteLength;
    parts.encode += elapsed(t);
    records++;
  }
  if (sink < 0) throw new Error('unreachable');
  const ms = parts.floor + parts.htmlParse + parts.validate + parts.encode;
  return { docs, bytes, records, ms, parts };
}

const [dir, ...documentFiles] = process.argv.slice(2);
if (!dir || documentFiles.length === 0) {
  process.stderr.write('usage: node dist-bench/required.js CORPUS_DIR DOCUMENTS…\n');
  process.exitCode = 2;
} else {
  const result = await main(dir, documentFiles);
  process.stdout.write(`${JSON.stringify(result)}\n`);
}
