// The floor, run as its own process: read every file of the corpus, decode it, one
// normalisation pass, nothing more. What no extraction tool can beat on this machine.
// Usage: node dist-bench/floor.js CORPUS_DIR → one JSON line { docs, bytes, chars } on stdout.
import { readFileSync } from 'node:fs';
import { decode } from '../dist/stages/decode.js';
import { normalise } from '../dist/stages/normalise.js';
import { corpusFiles, formatOf } from './corpus-files.js';

function main(dir: string): void {
  let docs = 0;
  let bytes = 0;
  // Summed so that the normalised text is used and the work cannot be optimised away.
  let chars = 0;
  for (const f of corpusFiles(dir)) {
    const data = readFileSync(f.file);
    chars += normalise(decode(data, { format: formatOf(f, data) }).text).length;
    bytes += data.byteLength;
    docs++;
  }
  process.stdout.write(`${JSON.stringify({ docs, bytes, chars })}\n`);
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node dist-bench/floor.js CORPUS_DIR\n');
  process.exitCode = 2;
} else main(dir);
