// The lines of every fixture (fixtures/, recursively) as the article stage reads them: decoded,
// page text, normalised; each distinct line once. Real lines for the tests that hold a cheap test
// before a rule to the rule itself.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { FORMAT_BY_EXTENSION } from '../../../src/rules/formats.js';
import { decode } from '../../../src/stages/decode.js';
import { normalise } from '../../../src/stages/normalise.js';
import { toPageText } from '../../../src/stages/page-text/page-text.js';
import { FIXTURES } from '../../helpers.js';

function files(dir: string, out: string[] = []): string[] {
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) files(p, out);
    else if (FORMAT_BY_EXTENSION[path.extname(p).toLowerCase()] !== undefined) out.push(p);
  }
  return out.sort();
}

let lines: string[] | null = null;

export function fixtureLines(): readonly string[] {
  if (lines !== null) return lines;
  const seen = new Set<string>();
  for (const p of files(FIXTURES)) {
    const format = FORMAT_BY_EXTENSION[path.extname(p).toLowerCase()]!;
    let text: string;
    try {
      text = decode(new Uint8Array(readFileSync(p)), { format }).text;
    } catch {
      continue; // a fixture of a decoding error
    }
    for (const line of normalise(toPageText(text, format).text).split('\n')) seen.add(line);
  }
  lines = [...seen];
  return lines;
}
