// The benchmark corpus: many documents built from the paragraphs of seeds/ and fixtures/,
// deterministic for a seed. Digits are perturbed so that every document states different
// figures (a tool that caches by text would not be measured fairly on copies), and documents
// alternate between plain text and a government-style HTML page, UTF-8 and GB18030.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { decode } from '../dist/stages/decode.js';
import { FORMAT_BY_EXTENSION } from '../dist/rules/formats.js';
import type { InputFormat } from '../dist/schema/records.js';

export const BYTES_PER_MB = 1_000_000;

/** Small, fast, seedable PRNG (mulberry32): the corpus must not depend on Math.random. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export type CorpusEncoding = 'utf-8' | 'gb18030';
export type CorpusFormat = 'text' | 'html';

export interface CorpusOptions {
  /** folder to write into (created if missing) */
  dir: string;
  /** upper bound on the total size of the files written, in bytes */
  sizeBytes: number;
  seed: number;
  seedsDir: string;
  /** optional: document files found under it add their paragraphs to the pool */
  fixturesDir?: string;
  /** documents per sub-folder, so no folder holds tens of thousands of files */
  perFolder?: number;
  /**
   * optional: a folder of real documents (../shared/real/docs): its HTML and text files are
   * copied, byte for byte, into real-html/ and real-text/ until they make `realShare` of the size
   */
  realDir?: string;
  /** the share of sizeBytes given to copies of the real documents (default REAL_SHARE) */
  realShare?: number;
}

/** The share of the corpus made of copies of real documents, when a folder of them is given. */
export const REAL_SHARE = 0.25;
/** Where the copies of real pages go: a folder of its own, so that a run can be given them alone. */
export const REAL_HTML_FOLDER = 'real-html';
export const REAL_TEXT_FOLDER = 'real-text';

export interface CorpusFile {
  /** relative to the corpus folder, /-separated */
  path: string;
  bytes: number;
  format: CorpusFormat;
  encoding: CorpusEncoding;
  /** a copy of a real document, or a document made from the seeds' and fixtures' paragraphs */
  origin: 'real' | 'generated';
}

export interface Corpus {
  dir: string;
  files: CorpusFile[];
  totalBytes: number;
  /** how many source documents (seeds + usable fixtures) the paragraphs came from */
  sources: number;
  /** how many real documents were copied (0 without realDir) */
  realSources: number;
}

interface SourceDoc {
  name: string;
  paragraphs: string[];
}

/** Fixture folders whose files are deliberately not text (or not documents). */
const SKIPPED_FIXTURE_FOLDERS = new Set(['decode']);
/** A fixture with less text than this is an edge case, not content worth repeating. */
const MIN_FIXTURE_CHARS = 200;
/** A fixture without Chinese text (a folder's README, say) is not a document to repeat. */
const HAN = /[\u4e00-\u9fff]/;
/** A document keeps at least this many paragraphs of its source (unless the source has fewer). */
const MIN_PARAGRAPHS = 6;
const DEFAULT_PER_FOLDER = 500;

function listFiles(dir: string, skipFolders: Set<string> = new Set()): string[] {
  const out: string[] = [];
  let names: string[];
  try {
    names = readdirSync(dir).sort();
  } catch {
    return out;
  }
  for (const name of names) {
    const full = path.join(dir, name);
    const stat = statSync(full);
    if (stat.isDirectory()) {
      if (!skipFolders.has(name)) out.push(...listFiles(full, skipFolders));
    } else out.push(full);
  }
  return out;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: ' ' };

/** Crude markup-to-lines, good enough to harvest paragraphs of a fixture page. */
function htmlToLines(html: string): string[] {
  return html
    .replace(/<(script|style)\b[\s\S]*?<\/\1\s*>/gi, '')
    .replace(/<\/?(p|div|h[1-6]|li|tr|br|td|th|section|article)\b[^>]*>/gi, '\n')
    .replace(/<[^>]*>/g, '')
    .replace(/&(amp|lt|gt|quot|apos|nbsp);/g, (_m, name: string) => ENTITIES[name] ?? '')
    .split('\n');
}

function readSource(file: string): SourceDoc | null {
  const format: InputFormat | undefined = FORMAT_BY_EXTENSION[path.extname(file).toLowerCase()];
  if (!format) return null;
  let text: string;
  try {
    text = decode(readFileSync(file), { format }).text;
  } catch {
    return null;
  }
  if (text.includes('\uFFFD')) return null;
  const lines = format === 'html' ? htmlToLines(text) : text.split(/\r?\n/);
  const paragraphs = lines.map((l) => l.trim()).filter((l) => l.length > 0);
  if (paragraphs.length === 0) return null;
  return { name: path.basename(file), paragraphs };
}

export function loadSources(seedsDir: string, fixturesDir?: string): SourceDoc[] {
  const sources: SourceDoc[] = [];
  for (const file of listFiles(seedsDir)) {
    const doc = readSource(file);
    if (doc) sources.push(doc);
  }
  if (fixturesDir) {
    for (const file of listFiles(fixturesDir, SKIPPED_FIXTURE_FOLDERS)) {
      const doc = readSource(file);
      if (doc && doc.paragraphs.join('').length >= MIN_FIXTURE_CHARS && doc.paragraphs.some((p) => HAN.test(p))) sources.push(doc);
    }
  }
  if (sources.length === 0) throw new Error(`no usable documents in ${seedsDir}`);
  return sources;
}

const NUMBER = /\d+(?:\.\d+)?/g;
const ASCII_WORD_CHAR = /[A-Za-z_\-/]/;
/** A four-digit year before 年 (2024年) stays: years are not metrics and keep the text plausible. */
const YEAR = /^(19|20)\d\d$/;

/** Replaces the digits of every figure with seeded random digits, keeping its shape. */
export function perturbDigits(text: string, random: () => number): string {
  return text.replace(NUMBER, (match, offset: number) => {
    const before = offset > 0 ? text[offset - 1]! : '';
    const after = text[offset + match.length] ?? '';
    if (ASCII_WORD_CHAR.test(before) || ASCII_WORD_CHAR.test(after)) return match; // G20, RCEP-15, URLs
    if (YEAR.test(match) && (after === '年' || after === '-')) return match;
    let out = '';
    for (let i = 0; i < match.length; i++) {
      const c = match[i]!;
      if (c === '.') out += c;
      // a leading zero would change how the figure reads (0.5 stays below one; 05 is not a number)
      else if (i === 0) out += c === '0' ? '0' : String(1 + Math.floor(random() * 9));
      else out += String(Math.floor(random() * 10));
    }
    return out;
  });
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

const HEADING_LINE = /^(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章节部分])/;
const SECTIONS = ['政务公开', '统计数据', '海关法规', '新闻发布', '工作动态', '通知公告'];
const NAV = ['首页', '机构概况', '新闻发布', '政务公开', '互动交流', '在线服务', '专题专栏'];

function pageDate(random: () => number): string {
  const y = 2015 + Math.floor(random() * 10);
  const m = 1 + Math.floor(random() * 12);
  const d = 1 + Math.floor(random() * 28);
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** A scraped text dump: sometimes with the site's chrome lines around the body. */
function renderText(title: string, body: string[], date: string, section: string, withChrome: boolean): string {
  const lines = withChrome ? [`首页 > ${section}`, title, `发布时间:${date} 来源:海关总署`, '', ...body, '', '【打印本页】【关闭窗口】'] : [title, '', ...body];
  return `${lines.join('\n')}\n`;
}

/** A government-style page: nav, breadcrumb, article with <meta> facts, footer. */
function renderHtml(title: string, body: string[], date: string, section: string, encoding: CorpusEncoding): string {
  const charset = encoding === 'utf-8' ? '<meta charset="utf-8">' : '<meta http-equiv="Content-Type" content="text/html; charset=gb2312">';
  const t = escapeHtml(title);
  const paragraphs = body.map((p) => (HEADING_LINE.test(p) ? `<h3>${escapeHtml(p)}</h3>` : `<p style="text-indent:2em;">${escapeHtml(p)}</p>`));
  return [
    '<!DOCTYPE html>',
    '<html lang="zh-CN">',
    '<head>',
    charset,
    `<title>${t}_海关总署</title>`,
    `<meta name="ArticleTitle" content="${t.replace(/"/g, '&quot;')}">`,
    `<meta name="PubDate" content="${date} 10:00">`,
    '<meta name="ContentSource" content="海关总署">',
    `<meta name="ColumnName" content="${section}">`,
    '<link rel="stylesheet" href="/static/css/main.css">',
    '<script src="/static/js/jquery.min.js"></script>',
    '</head>',
    '<body>',
    '<div class="header"><div class="logo"><img src="/static/images/logo.png" alt="中华人民共和国海关总署"></div>',
    `<ul class="nav">${NAV.map((n, i) => `<li><a href="/col${i}/">${n}</a></li>`).join('')}</ul></div>`,
    `<div class="breadcrumb">当前位置:<a href="/">首页</a> &gt; <a href="/${section}/">${section}</a></div>`,
    '<div class="article">',
    `<h1>${t}</h1>`,
    `<div class="info"><span>发布时间:${date}</span><span>来源:海关总署</span><span>【字体:大 中 小】</span></div>`,
    '<div class="TRS_Editor">',
    ...paragraphs,
    '</div>',
    '<div class="share">【打印本页】【关闭窗口】</div>',
    '</div>',
    '<div class="footer"><p>主办单位:中华人民共和国海关总署 版权所有</p><p>地址:北京市东城区建国门内大街6号 邮编:100730</p><p>京ICP备17015317号</p></div>',
    '</body>',
    '</html>',
    '',
  ].join('\n');
}

function encodeText(text: string, encoding: CorpusEncoding): Buffer {
  return encoding === 'utf-8' ? Buffer.from(text, 'utf8') : iconv.encode(text, 'gb18030');
}

/** Writes the corpus; the total size never exceeds `sizeBytes` and falls short of it by at most one small document. */
export function generateCorpus(options: CorpusOptions): Corpus {
  const random = seededRandom(options.seed);
  const sources = loadSources(options.seedsDir, options.fixturesDir);
  const perFolder = options.perFolder ?? DEFAULT_PER_FOLDER;
  mkdirSync(options.dir, { recursive: true });
  const files: CorpusFile[] = [];
  let totalBytes = 0;
  const real = options.realDir ? realDocuments(options.realDir) : [];
  if (real.length > 0) {
    const budget = Math.floor(options.sizeBytes * (options.realShare ?? REAL_SHARE));
    // round after round of every real document, each round a folder, until the next would overrun
    for (let n = 0; ; n++) {
      const doc = real[n % real.length]!;
      if (totalBytes + doc.bytes.length > budget) break;
      const rel = `${doc.format === 'html' ? REAL_HTML_FOLDER : REAL_TEXT_FOLDER}/copy-${String(Math.floor(n / real.length)).padStart(4, '0')}/${doc.name}`;
      mkdirSync(path.join(options.dir, path.dirname(rel)), { recursive: true });
      writeFileSync(path.join(options.dir, rel), doc.bytes);
      files.push({ path: rel, bytes: doc.bytes.length, format: doc.format, encoding: doc.encoding, origin: 'real' });
      totalBytes += doc.bytes.length;
    }
  }
  for (let n = 0; ; n++) {
    const source = sources[Math.floor(random() * sources.length)]!;
    const count = source.paragraphs.length;
    const length = count <= MIN_PARAGRAPHS ? count : MIN_PARAGRAPHS + Math.floor(random() * (count - MIN_PARAGRAPHS + 1));
    const start = Math.floor(random() * (count - length + 1));
    const title = perturbDigits(source.paragraphs[0]!, random).slice(0, 60);
    let body = source.paragraphs.slice(start, start + length).map((p) => perturbDigits(p, random));
    const format: CorpusFormat = random() < 0.5 ? 'text' : 'html';
    const encoding: CorpusEncoding = random() < 0.5 ? 'utf-8' : 'gb18030';
    const date = pageDate(random);
    const section = SECTIONS[Math.floor(random() * SECTIONS.length)]!;
    const withChrome = random() < 0.5;
    const render = (paragraphs: string[]): Buffer =>
      encodeText(format === 'html' ? renderHtml(title, paragraphs, date, section, encoding) : renderText(title, paragraphs, date, section, withChrome), encoding);
    let bytes = render(body);
    // The last document is cut short to fit; when not even one paragraph fits, the corpus is full.
    while (totalBytes + bytes.length > options.sizeBytes && body.length > 1) {
      body = body.slice(0, Math.max(1, Math.floor(body.length / 2)));
      bytes = render(body);
    }
    if (totalBytes + bytes.length > options.sizeBytes) break;
    const folder = `batch-${String(Math.floor(n / perFolder)).padStart(4, '0')}`;
    const rel = `${folder}/doc-${String(n).padStart(6, '0')}.${format === 'html' ? 'html' : 'txt'}`;
    if (n % perFolder === 0) mkdirSync(path.join(options.dir, folder), { recursive: true });
    writeFileSync(path.join(options.dir, rel), bytes);
    files.push({ path: rel, bytes: bytes.length, format, encoding, origin: 'generated' });
    totalBytes += bytes.length;
  }
  return { dir: options.dir, files, totalBytes, sources: sources.length, realSources: real.length };
}

interface RealDocument {
  name: string;
  bytes: Buffer;
  format: CorpusFormat;
  encoding: CorpusEncoding;
}

/**
 * The HTML and plain-text documents of a folder of real documents (not Markdown: the issue asks
 * for pages and text dumps), in name order, with the encoding the decoder finds; [] when the
 * folder is missing.
 */
export function realDocuments(dir: string): RealDocument[] {
  const out: RealDocument[] = [];
  for (const file of listFiles(dir)) {
    const format = FORMAT_BY_EXTENSION[path.extname(file).toLowerCase()];
    if (format !== 'html' && format !== 'text') continue;
    const bytes = readFileSync(file);
    let name: string;
    try {
      name = decode(bytes, { format }).encoding.name;
    } catch {
      continue;
    }
    out.push({ name: path.basename(file), bytes, format, encoding: /gb/i.test(name) ? 'gb18030' : 'utf-8' });
  }
  return out;
}
