#!/usr/bin/env node
// `npm run quality`: customs-extract beside Mozilla Readability on the real documents in
// ../shared/real/ (outside `npm test`: the repo holds no copy of them), written to QUALITY.md.
//
//   node tests/quality/quality-report.mjs [SHARED_DIR]      (default: ../shared from the repo root)
//
// 1. runs the built CLI (dist/, `npm run quality` builds first) on SHARED/real/docs;
// 2. runs SHARED/tools/anchor-readability.mjs on the same documents;
// 3. scores both with SHARED/tools/score-real.mjs against SHARED/real/gold, in total and per
//    document (one gold file at a time);
// 4. for each HTML page, the share of Readability's lines (10 characters or more, not gold chrome)
//    found in our text;
// 5. SHARED/tools/score-numerals.mjs on this project (its summary line).
// Prints a message and exits 0 when SHARED/real is absent. Writes no timestamps: same inputs, same file.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, copyFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const SHARED = path.resolve(process.argv[2] ?? path.join(ROOT, '..', 'shared'));
const DOCS = path.join(SHARED, 'real', 'docs');
const GOLD = path.join(SHARED, 'real', 'gold');
const TOOLS = path.join(SHARED, 'tools');

if (!existsSync(DOCS) || !existsSync(GOLD) || !existsSync(path.join(TOOLS, 'score-real.mjs'))) {
  console.log(`quality: ${path.relative(ROOT, path.join(SHARED, 'real'))} is absent: nothing to measure (QUALITY.md left as it is)`);
  process.exit(0);
}

function run(args, options = {}) {
  const r = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024, ...options });
  if (r.status !== 0) {
    console.error(`quality: node ${args.join(' ')} failed (${r.status}):\n${r.stderr}`);
    process.exit(1);
  }
  return r.stdout;
}

const work = mkdtempSync(path.join(tmpdir(), 'customs-extract-quality-'));
try {
  const ours = path.join(work, 'ours');
  const anchor = path.join(work, 'readability');
  run([path.join(ROOT, 'bin', 'customs-extract'), DOCS, '-o', ours, '-q']);
  run([path.join(TOOLS, 'anchor-readability.mjs'), DOCS, anchor]);

  // ---------- scores ----------
  const KEYS = [
    ['title', 'title'],
    ['boilerplate', 'chrome removed'],
    ['kept', 'body kept'],
    ['meta', 'metadata'],
    ['headings', 'headings'],
    ['metric recall', 'metrics'],
  ];
  const summary = (out) => {
    const line = out.split('\n').find((l) => l.startsWith('real: ')) ?? '';
    const s = {};
    for (const [key] of KEYS) {
      const m = new RegExp(`${key} (\\d+)/(\\d+)`).exec(line);
      s[key] = m ? [Number(m[1]), Number(m[2])] : [0, 0];
    }
    return s;
  };
  const score = (dataset, gold) => summary(run([path.join(TOOLS, 'score-real.mjs'), dataset, gold]));
  const goldFiles = readdirSync(GOLD).filter((f) => f.endsWith('.json')).sort();
  const perDoc = [];
  for (const f of goldFiles) {
    const one = path.join(work, 'gold', f.replace(/\.json$/, ''));
    mkdirSync(one, { recursive: true });
    copyFileSync(path.join(GOLD, f), path.join(one, f));
    perDoc.push({ doc: f.replace(/\.json$/, ''), ours: score(ours, one), anchor: score(anchor, one) });
  }
  const total = { ours: score(ours, GOLD), anchor: score(anchor, GOLD) };

  // ---------- Readability's lines we keep (HTML pages) ----------
  // folded and squeezed as score-real.mjs compares text
  const fold = (s) =>
    String(s ?? '')
      .replace(/\r\n?/g, '\n')
      .replace(/[\uFF01-\uFF5E]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))
      .replace(/[\u3000\u00a0]/g, ' ');
  const squeeze = (s) => fold(s).replace(/[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/g, '');
  const byId = (dir) => new Map(JSON.parse(readFileSync(path.join(dir, 'documents.json'), 'utf8')).map((d) => [d.id.replace(/\.(html?|jsp)$/i, '').replace(/\.jsp$/i, ''), d]));
  const oursById = byId(ours);
  const anchorById = byId(anchor);
  const htmlDocs = readdirSync(DOCS).filter((f) => /\.html?$/i.test(f)).sort();
  const lineShare = [];
  for (const f of htmlDocs) {
    const id = f.replace(/\.html?$/i, '').replace(/\.jsp$/i, '');
    const goldPath = path.join(GOLD, `${id}.json`);
    const without = existsSync(goldPath) ? (JSON.parse(readFileSync(goldPath, 'utf8')).without ?? []).map(squeeze).filter(Boolean) : [];
    // table cells: ours are written `a | b |`, Readability's run together; the bars are not compared
    // our title counts as ours: Readability's text opens with the page's title, which we give as `title`
    const doc = oursById.get(id);
    const mine = squeeze(`${doc?.title ?? ''}\n${doc?.text ?? ''}`).replace(/\|/g, '');
    const lines = squeezeLines(anchorById.get(id)?.text ?? '', squeeze)
      .map((l) => l.replace(/\|/g, '')).filter((l) => l.length >= 10 && !without.some((w) => l.includes(w) || w.includes(l)));
    const missing = lines.filter((l) => !mine.includes(l));
    lineShare.push({ doc: id, kept: lines.length - missing.length, of: lines.length, missing });
  }

  // ---------- numerals ----------
  const numerals = spawnSync(process.execPath, [path.join(TOOLS, 'score-numerals.mjs'), ROOT], { cwd: ROOT, encoding: 'utf8' });
  const numeralLines = (numerals.stdout || numerals.stderr || '').trim().split('\n');

  writeFileSync(path.join(ROOT, 'QUALITY.md'), report(KEYS, perDoc, total, lineShare, numeralLines, htmlDocs));
  console.log(`quality: QUALITY.md written (${perDoc.length} documents)`);
  const t = total.ours;
  console.log(`ours:        ${KEYS.map(([k, label]) => `${label} ${t[k][0]}/${t[k][1]}`).join(', ')}`);
  const a = total.anchor;
  console.log(`Readability: ${KEYS.map(([k, label]) => `${label} ${a[k][0]}/${a[k][1]}`).join(', ')}`);
  const kept = lineShare.reduce((s, x) => s + x.kept, 0);
  const of = lineShare.reduce((s, x) => s + x.of, 0);
  console.log(`Readability's body lines kept (HTML pages): ${kept}/${of}`);
  console.log(numeralLines[numeralLines.length - 1] ?? '');
} finally {
  rmSync(work, { recursive: true, force: true });
}

/**
 * Readability's lines, each cut after its sentence ends (。!?;): its textContent often runs a whole
 * article into one line, title and info line included, which no cleaned text holds as one string.
 */
function squeezeLines(text, squeeze) {
  return text
    .split('\n')
    .flatMap((line) => squeeze(line).split(/(?<=[。!?;！？；])/))
    .filter(Boolean);
}

function report(KEYS, perDoc, total, lineShare, numeralLines, htmlDocs) {
  const frac = ([n, d]) => (d === 0 ? '–' : `${n}/${d}`);
  const pct = ([n, d]) => (d === 0 ? '' : ` (${((100 * n) / d).toFixed(1)}%)`);
  const isHtml = new Set(htmlDocs.map((f) => f.replace(/\.html?$/i, '').replace(/\.jsp$/i, '')));
  const sum = (rows, who, key) => rows.reduce(([n, d], r) => [n + r[who][key][0], d + r[who][key][1]], [0, 0]);
  const out = [];
  out.push('# Quality on real documents');
  out.push('');
  out.push('Written by `npm run quality` (tests/quality/quality-report.mjs): customs-extract beside Mozilla Readability 0.6');
  out.push('(over linkedom, `../shared/tools/anchor-readability.mjs`) on every document in `../shared/real/docs`, both scored by');
  out.push('`../shared/tools/score-real.mjs` against `../shared/real/gold`. Readability reads HTML only: on text dumps and Markdown');
  out.push('its "output" is the file as it is, and it states no metadata, headings or metrics. Nothing here runs in `npm test`.');
  out.push('');
  out.push('## In total');
  out.push('');
  out.push(`| | ${KEYS.map(([, l]) => l).join(' | ')} |`);
  out.push(`| --- | ${KEYS.map(() => '---:').join(' | ')} |`);
  const groups = [
    ['all documents', perDoc],
    ['HTML pages', perDoc.filter((r) => isHtml.has(r.doc))],
    ['text dumps and Markdown', perDoc.filter((r) => !isHtml.has(r.doc))],
  ];
  for (const [name, rows] of groups) {
    out.push(`| customs-extract, ${name} | ${KEYS.map(([k]) => frac(sum(rows, 'ours', k)) + pct(sum(rows, 'ours', k))).join(' | ')} |`);
    out.push(`| Readability, ${name} | ${KEYS.map(([k]) => frac(sum(rows, 'anchor', k)) + pct(sum(rows, 'anchor', k))).join(' | ')} |`);
  }
  out.push('');
  out.push(`Whole-corpus check (score-real.mjs on all gold at once): customs-extract ${KEYS.map(([k, l]) => `${l} ${frac(total.ours[k])}`).join(', ')}.`);
  out.push('');
  out.push('## Per document');
  out.push('');
  out.push('Each cell: customs-extract / Readability.');
  out.push('');
  out.push(`| document | ${KEYS.map(([, l]) => l).join(' | ')} |`);
  out.push(`| --- | ${KEYS.map(() => '---').join(' | ')} |`);
  for (const r of perDoc) {
    out.push(`| ${r.doc} | ${KEYS.map(([k]) => `${frac(r.ours[k])} / ${frac(r.anchor[k])}`).join(' | ')} |`);
  }
  out.push('');
  out.push("## Readability's text that we keep (HTML pages)");
  out.push('');
  out.push("Of Readability's lines of 10 characters or more (whitespace aside, each line cut after its sentence ends: Readability's");
  out.push('textContent often runs a whole article into one line) that hold no gold chrome (`without`), how many stand in our text');
  out.push('(table cells compared without the ` | ` between ours; our `title` counts as ours, since Readability\'s text opens with the title).');
  out.push('');
  out.push('| page | kept | missing (first 3) |');
  out.push('| --- | ---: | --- |');
  for (const r of lineShare) {
    const miss = r.missing.slice(0, 3).map((l) => `\`${l.slice(0, 40).replace(/\|/g, '\\|')}${l.length > 40 ? '…' : ''}\``).join(', ');
    out.push(`| ${r.doc} | ${r.kept}/${r.of} | ${miss} |`);
  }
  const kept = lineShare.reduce((s, x) => s + x.kept, 0);
  const of = lineShare.reduce((s, x) => s + x.of, 0);
  out.push(`| **all HTML pages** | **${kept}/${of}${of ? ` (${((100 * kept) / of).toFixed(1)}%)` : ''}** | |`);
  out.push('');
  out.push('## Chinese numerals');
  out.push('');
  out.push('`node ../shared/tools/score-numerals.mjs .` (the peers\' numeral suites, beside @microsoft/recognizers-text-number):');
  out.push('');
  out.push('```');
  for (const l of numeralLines) out.push(l);
  out.push('```');
  out.push('');
  return out.join('\n');
}
