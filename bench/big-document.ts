// One large document (issue 14: peak memory whatever the input): the seeds' text repeated into
// one text dump of TEXT_MB, and the same text as one HTML page (a heading line an <h2>, every
// other line a styled <p>, inside an article between a menu and a footer), about a third larger. Each
// repetition opens with a chapter heading of its own, so the document holds many sections, and
// the seeds' figures give it many metrics.
// Usage: node dist-bench/big-document.js DIR [TEXT_MB] → DIR/big.txt, DIR/big.html; prints a JSON BigDocuments.
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BYTES_PER_MB } from './corpus.js';

export interface BigDocuments {
  text: { file: string; bytes: number };
  html: { file: string; bytes: number };
}

export const BIG_TEXT_MB = 37;

/** The seeds' texts, in name order. */
function seedTexts(seedsDir: string): string[] {
  return readdirSync(seedsDir)
    .filter((n) => n.endsWith('.txt'))
    .sort()
    .map((n) => readFileSync(path.join(seedsDir, n), 'utf8').trim());
}

/** A line with a digit in it: the document is made of the seeds' lines that state figures, so that it holds many metrics. */
const statesFigures = (line: string): boolean => /[0-9０-９]/.test(line);

/** Chapters of the seeds' text, each under a heading of its own, until `bytes` of UTF-8 is reached. */
function chapters(seedsDir: string, bytes: number): string[][] {
  const texts = seedTexts(seedsDir);
  const out: string[][] = [];
  let total = 0;
  for (let i = 0; total < bytes; i++) {
    const lines = [`第${i + 1}章 汇编之${i + 1}`, ...texts[i % texts.length]!.split('\n').filter(statesFigures)];
    total += Buffer.byteLength(lines.join('\n'), 'utf8') + 1;
    out.push(lines);
  }
  return out;
}

const escapeHtml = (s: string): string => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A heading line of a seed (一、 (一) 第N章) goes in an <h2>: the page's own outline, as a site would mark it. */
const HEADING_LINE = /^(第\d+章|[一二三四五六七八九十]+、)/;

/** A paragraph as a word processor's export writes it: the styling is most of the markup. */
const PARAGRAPH_OPEN = '<p class="MsoNormal" style="text-indent:2em;line-height:150%"><span style="font-family:仿宋_GB2312;font-size:16pt">';
const PARAGRAPH_CLOSE = '</span></p>';

/** The same chapters as the text dump, one HTML page: a heading line an <h2>, every other line a styled <p>. */
function pageOf(book: string[][]): string {
  const lines = ['<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>海关法治建设情况汇编</title></head><body>', '<div class="nav"><a href="/">首页</a> &gt; <a href="/zwgk/">政务公开</a></div>', '<div class="article"><h1>海关法治建设情况汇编</h1>'];
  for (const chapter of book) for (const line of chapter) lines.push(HEADING_LINE.test(line) ? `<h2>${escapeHtml(line)}</h2>` : `${PARAGRAPH_OPEN}${escapeHtml(line)}${PARAGRAPH_CLOSE}`);
  lines.push('</div><div class="footer">主办单位：海关总署 版权所有</div></body></html>\n');
  return lines.join('\n');
}

export function writeBigDocuments(dir: string, seedsDir: string, textMb = BIG_TEXT_MB): BigDocuments {
  mkdirSync(dir, { recursive: true });
  const book = chapters(seedsDir, textMb * BYTES_PER_MB);
  const text = `${book.map((c) => c.join('\n')).join('\n')}\n`;
  const html = pageOf(book);
  const textFile = path.join(dir, 'big.txt');
  const htmlFile = path.join(dir, 'big.html');
  writeFileSync(textFile, text);
  writeFileSync(htmlFile, html);
  return { text: { file: textFile, bytes: Buffer.byteLength(text) }, html: { file: htmlFile, bytes: Buffer.byteLength(html) } };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const [dir, textMb] = process.argv.slice(2);
  if (!dir) {
    process.stderr.write('usage: node dist-bench/big-document.js DIR [TEXT_MB]\n');
    process.exitCode = 2;
  } else {
    const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
    process.stdout.write(`${JSON.stringify(writeBigDocuments(dir, path.join(root, 'seeds'), textMb ? Number(textMb) : undefined))}\n`);
  }
}
