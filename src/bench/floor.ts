// The floor, run as its own process: read every file of the corpus, decode it, one
// normalisation pass, nothing more. What no extraction tool can beat on this machine.
// Usage: node dist/bench/floor.js CORPUS_DIR → one JSON line { docs, bytes, chars } on stdout.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { decode } from '../stages/decode.js';
import { normalise } from '../stages/normalise.js';
import { FORMAT_BY_EXTENSION, sniffFormat } from '../rules/formats.js';

function* walk(dir: string): Generator<string> {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) yield* walk(full);
    else yield full;
  }
}

function main(dir: string): void {
  let docs = 0;
  let bytes = 0;
  // Summed so that the normalised text is used and the work cannot be optimised away.
  let chars = 0;
  for (const file of walk(dir)) {
    const ext = path.extname(file).toLowerCase();
    const known = FORMAT_BY_EXTENSION[ext];
    if (ext && !known) continue;
    const data = readFileSync(file);
    const format = known ?? sniffFormat(data);
    chars += normalise(decode(data, { format }).text).length;
    bytes += data.byteLength;
    docs++;
  }
  process.stdout.write(`${JSON.stringify({ docs, bytes, chars })}\n`);
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node dist/bench/floor.js CORPUS_DIR\n');
  process.exitCode = 2;
} else main(dir);
