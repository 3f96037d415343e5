// The library a user would reach for, run as its own process: Mozilla Readability over linkedom
// on every HTML page of a corpus folder (text files are skipped: Readability needs a DOM). Each
// page is decoded as the CLI decodes it (dist/stages/decode.js), parsed by linkedom, and its
// article found by Readability (charThreshold 50, as ../shared/tools/anchor-readability.mjs).
// The process's CPU time is what the bench compares with the CLI's on the same pages.
// Usage: node dist-bench/readability.js CORPUS_DIR → one JSON line (ReadabilityResult).
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { Readability } from '@mozilla/readability';
import { decode } from '../dist/stages/decode.js';
import { corpusFiles, formatOf } from './corpus-files.js';

export interface ReadabilityResult {
  /** HTML pages read, and their bytes */
  docs: number;
  bytes: number;
  /** pages where Readability found an article, and the characters of those articles */
  found: number;
  chars: number;
  /** pages where Readability threw */
  crashed: number;
}

function main(dir: string): ReadabilityResult {
  const result: ReadabilityResult = { docs: 0, bytes: 0, found: 0, chars: 0, crashed: 0 };
  for (const f of corpusFiles(dir)) {
    const data = readFileSync(f.file);
    const format = formatOf(f, data);
    if (format !== 'html') continue;
    const { document } = parseHTML(decode(data, { format }).text);
    try {
      // linkedom's document is a DOM Document for Readability's purposes
      const article = new Readability(document as unknown as ConstructorParameters<typeof Readability>[0], { charThreshold: 50 }).parse();
      if (article?.textContent) {
        result.found++;
        result.chars += article.textContent.length;
      }
    } catch {
      result.crashed++;
    }
    result.docs++;
    result.bytes += data.byteLength;
  }
  return result;
}

const dir = process.argv[2];
if (!dir) {
  process.stderr.write('usage: node dist-bench/readability.js CORPUS_DIR\n');
  process.exitCode = 2;
} else process.stdout.write(`${JSON.stringify(main(dir))}\n`);
