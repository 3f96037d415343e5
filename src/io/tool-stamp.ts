// What made a dataset: the package version and a hash of the compiled rule tables
// (every file under rules/, in sorted order, path and bytes), so two datasets say
// whether the same rules made them.
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ToolStamp } from '../format/datapackage.js';

const HERE = path.dirname(fileURLToPath(import.meta.url));
/** dist/io → the package root; src/io too when run from source. */
const PACKAGE_ROOT = path.resolve(HERE, '..', '..');
const RULES_DIR = path.resolve(HERE, '..', 'rules');

async function listFiles(dir: string, rel = ''): Promise<string[]> {
  const entries = await fs.readdir(path.join(dir, rel), { withFileTypes: true });
  const out: string[] = [];
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const child = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, child)));
    // only the rule code itself: .d.ts and maps change with compiler options, not rules
    else if (/\.(?:js|ts)$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(child);
  }
  return out;
}

export async function rulesHash(dir = RULES_DIR): Promise<string> {
  const hash = createHash('sha256');
  for (const rel of await listFiles(dir)) {
    hash.update(`${rel}\0`);
    hash.update(await fs.readFile(path.join(dir, rel)));
    hash.update('\0');
  }
  return hash.digest('hex');
}

export async function toolVersion(): Promise<string> {
  const pkg = JSON.parse(await fs.readFile(path.join(PACKAGE_ROOT, 'package.json'), 'utf8')) as { version?: string };
  return pkg.version ?? '0.0.0';
}

export async function toolStamp(): Promise<ToolStamp> {
  return { name: 'customs-extract', version: await toolVersion(), rulesHash: `sha256:${await rulesHash()}` };
}
