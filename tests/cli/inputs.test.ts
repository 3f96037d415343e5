// Input: arguments, the recursive sorted walk, extensions, sniffing, skipped files, stdin.
import { mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FIXTURES, SEEDS, messages, runBin, tempDir } from '../helpers.js';

const CORPUS = path.join(FIXTURES, 'cli', 'corpus');
type Doc = { id: string; path: string; format: string; title: string | null; metadata: Record<string, unknown>; text: string };
const parseNdjson = (s: string): Doc[] => s.trim().split('\n').filter(Boolean).map((l) => JSON.parse(l) as Doc);

describe('input', () => {
  it('walks folders recursively in sorted order, reads each kind by its extension, sniffs files without one and skips the rest', () => {
    const r = runBin([CORPUS, '--format', 'ndjson']);
    expect(r.status).toBe(0);
    const docs = parseNdjson(r.stdout);
    expect(docs.map((d) => [d.path, d.id, d.format])).toEqual([
      ['a/report.txt', 'a/report', 'text'],
      ['a/zz.md', 'a/zz', 'markdown'],
      ['b/notice.html', 'b/notice', 'html'],
      ['page', 'page', 'html'],
      ['plain', 'plain', 'text'],
      ['saved.aspx', 'saved', 'html'],
    ]);
    // the skipped image is listed, and is not an error; --quiet leaves it out
    expect(messages(r.stderr)).toEqual(['customs-extract: image.jpg: skipped (not a document type)']);
    expect(runBin([CORPUS, '--quiet']).stderr).toBe('');
    expect(docs.find((d) => d.id === 'page')!.text).toContain('无扩展名的网页');
    expect(docs.find((d) => d.id === 'page')!.text).not.toContain('<p>');
  });

  it('skips hidden files and folders inside a folder (as ripgrep does), but reads a hidden file named as an argument', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, '.git'));
    writeFileSync(path.join(dir, '.git', 'HEAD'), 'ref: refs/heads/main');
    writeFileSync(path.join(dir, '.notes.txt'), '隐藏');
    writeFileSync(path.join(dir, 'visible.txt'), '可见');
    expect((JSON.parse(runBin([dir]).stdout) as Doc[]).map((d) => d.path)).toEqual(['visible.txt']);
    expect((JSON.parse(runBin([path.join(dir, '.notes.txt')]).stdout) as Doc[]).map((d) => d.path)).toEqual(['.notes.txt']);
  });

  it('reads every listed extension as its format; a small corpus stays in one thread whatever --jobs says', () => {
    const dir = tempDir();
    const expected: Record<string, string> = { txt: 'text', text: 'text', TXT: 'text', md: 'markdown', markdown: 'markdown', html: 'html', htm: 'html', shtml: 'html', xhtml: 'html', asp: 'html', aspx: 'html', jsp: 'html', php: 'html' };
    for (const ext of Object.keys(expected)) writeFileSync(path.join(dir, `doc-${ext}.${ext}`), '<p>海关公告正文。</p>\n');
    writeFileSync(path.join(dir, 'doc.pdf'), '%PDF-1.4');
    const r = runBin([dir, '--ndjson', '--jobs', '2', '--verbose']);
    expect(r.status).toBe(0);
    const got = Object.fromEntries(parseNdjson(r.stdout).map((d) => [d.path.replace(/^doc-[^.]+\./, ''), d.format]));
    expect(got).toEqual(expected);
    expect(messages(r.stderr)).toContain('customs-extract: doc.pdf: skipped (not a document type)');
    expect(r.stderr).not.toMatch(/worker threads/);
  });

  it('a few files of several MB are big enough for worker threads', () => {
    const dir = tempDir();
    const seed = readFileSync(path.join(SEEDS, '000_25454836a7aa128b.txt'), 'utf8');
    for (const name of ['a.txt', 'b.txt']) writeFileSync(path.join(dir, name), `${seed}\n`.repeat(160)); // 2 × 2.2 MB
    const r = runBin([dir, '--ndjson', '--jobs', '2', '--verbose']);
    expect(r.status).toBe(0);
    expect(messages(r.stderr)).toContain('customs-extract: processing 2 files in 2 threads');
    expect(parseNdjson(r.stdout).map((d) => d.id)).toEqual(['a', 'b']);
  });

  it('gives a file argument its own name as path, and documents come out in id order, whatever the argument order', () => {
    const r = runBin([path.join(CORPUS, 'saved.aspx'), path.join(CORPUS, 'a'), '--ndjson']);
    expect(r.status).toBe(0);
    expect(parseNdjson(r.stdout).map((d) => d.path)).toEqual(['report.txt', 'saved.aspx', 'zz.md']);
    const swapped = runBin([path.join(CORPUS, 'a'), path.join(CORPUS, 'saved.aspx'), '--ndjson']);
    expect(swapped.stdout).toBe(r.stdout);
  });

  it('reads one document from - (stdin), named stdin unless --stdin-name', () => {
    const text = readFileSync(path.join(CORPUS, 'b', 'notice.html'));
    const plain = runBin(['-', '--ndjson'], { input: text });
    expect(plain.status).toBe(0);
    const [asText] = parseNdjson(plain.stdout);
    expect([asText!.id, asText!.path]).toEqual(['stdin', 'stdin']);
    // without an extension stdin is sniffed: this is markup
    expect(asText!.format).toBe('html');
    const named = runBin(['-', '--stdin-name', 'notices/n10.html', '--ndjson'], { input: text });
    const [doc] = parseNdjson(named.stdout);
    expect([doc!.id, doc!.path, doc!.format]).toEqual(['notices/n10', 'notices/n10.html', 'html']);
    expect(doc!.text).toBe(asText!.text);
  });

  it('--encoding decodes every input with the named encoding, and the document says so', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'gbk.txt'), Buffer.from([0xba, 0xa3, 0xb9, 0xd8, 0xd7, 0xdc, 0xca, 0xf0]));
    const [detected] = JSON.parse(runBin([dir]).stdout) as Array<Doc & { encoding: { how: string } }>;
    const [forced] = JSON.parse(runBin([dir, '--encoding', 'gbk']).stdout) as Array<Doc & { encoding: { how: string } }>;
    expect(forced!.text).toBe('海关总署');
    expect(forced!.encoding.how).toBe('option');
    expect(detected!.encoding.how).not.toBe('option');
    const bad = runBin([dir, '--encoding', 'klingon']);
    expect(bad.status).toBe(2);
    expect(messages(bad.stderr)[0]).toMatch(/^customs-extract: --encoding: unknown encoding "klingon"/);
  });

  it('a missing path is a failed input (exit 1) in one line, and the other arguments are still processed', () => {
    const out = tempDir();
    const r = runBin([path.join(SEEDS, '000_25454836a7aa128b.txt'), 'no/such/folder', '-o', path.join(out, 'ds')]);
    expect(r.status).toBe(1);
    expect(messages(r.stderr)).toEqual(['customs-extract: no/such/folder: no such file or folder']);
    const docs = JSON.parse(readFileSync(path.join(out, 'ds', 'documents.json'), 'utf8')) as Doc[];
    expect(docs.map((d) => d.id)).toEqual(['000_25454836a7aa128b']);
  });

  it('an unknown option or a bad value is a usage error naming it, one line each; nothing is read or written', () => {
    const r = runBin([path.join(CORPUS, 'plain'), '--frobnicate', '--jobs', 'many', '--format', 'xml']);
    expect(r.status).toBe(2);
    const lines = messages(r.stderr);
    expect(lines).toHaveLength(3);
    expect(lines).toContain('customs-extract: --frobnicate: unknown option (see --help)');
    expect(lines.some((l) => l.startsWith('customs-extract: --jobs: "many"'))).toBe(true);
    expect(lines.some((l) => l.startsWith('customs-extract: --format: "xml"'))).toBe(true);
    expect(r.stdout).toBe('');
    // with -o, no folder appears and an existing dataset is not touched
    const parent = tempDir();
    const typo = runBin([path.join(CORPUS, 'plain'), '-o', path.join(parent, 'ds'), '--fail-on', 'warnings']);
    expect(typo.status).toBe(2);
    expect(messages(typo.stderr)).toHaveLength(1);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('no arguments at all: exit 2 with a hint', () => {
    const r = runBin([]);
    expect(r.status).toBe(2);
    expect(messages(r.stderr)[0]).toMatch(/no input/);
  });

  it('two inputs with one id are refused, each naming the other (exit 1); the rest are written', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'x'));
    writeFileSync(path.join(dir, 'x', 'index.html'), '<p>一</p>');
    writeFileSync(path.join(dir, 'x', 'index.txt'), '二');
    writeFileSync(path.join(dir, 'y.txt'), '三');
    const r = runBin([dir]);
    expect(r.status).toBe(1);
    expect(messages(r.stderr).sort()).toEqual([
      'customs-extract: x/index.html: id "x/index" is also the id of x/index.txt; rename one of them',
      'customs-extract: x/index.txt: id "x/index" is also the id of x/index.html; rename one of them',
    ]);
    expect((JSON.parse(r.stdout) as Doc[]).map((d) => d.id)).toEqual(['y']);
  });

  it('--max-bytes takes a size with a unit and refuses larger files', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'small.txt'), '海关'.repeat(10));
    writeFileSync(path.join(dir, 'big.txt'), '海关'.repeat(1000));
    const r = runBin([dir, '--max-bytes', '1k']);
    expect(r.status).toBe(1);
    expect(messages(r.stderr)).toEqual(['customs-extract: big.txt: too large: 6000 bytes is over --max-bytes 1024']);
    expect((JSON.parse(r.stdout) as Doc[]).map((d) => d.id)).toEqual(['small']);
  });

  it('a subcommand name wins over a folder of that name; ./NAME reads the folder', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'schema'));
    writeFileSync(path.join(dir, 'schema', 'note.txt'), '海关通知正文。');
    const sub = runBin(['schema'], { cwd: dir });
    expect(sub.status).toBe(0);
    expect(JSON.parse(sub.stdout)).toHaveProperty('$schema');
    const folder = runBin(['./schema'], { cwd: dir });
    expect(folder.status).toBe(0);
    expect((JSON.parse(folder.stdout) as Doc[]).map((d) => d.path)).toEqual(['note.txt']);
  });

  it('a link out of a folder argument is listed as skipped with its reason, exit 0; --follow reads it', () => {
    const dir = tempDir();
    const outside = tempDir();
    writeFileSync(path.join(dir, 'a.txt'), '海关总署公告。');
    writeFileSync(path.join(outside, 'passwd.txt'), 'root:x:0:0');
    symlinkSync(outside, path.join(dir, 'etc'));
    symlinkSync('.', path.join(dir, 'loop'));
    const r = runBin([dir]);
    expect(r.status, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as Doc[]).map((d) => d.id)).toEqual(['a']);
    expect(messages(r.stderr)).toEqual([
      'customs-extract: etc: skipped (a link leading outside the folder (--follow reads it))',
      'customs-extract: loop: skipped (a folder already read (a link cycle, or a second link to it))',
    ]);
    const followed = runBin([dir, '--follow', '-q']);
    expect((JSON.parse(followed.stdout) as Doc[]).map((d) => d.id)).toEqual(['a', 'etc/passwd']);
  });

  it('a file name with a newline or an escape sequence cannot split or forge a message line', () => {
    const dir = tempDir();
    writeFileSync(path.join(dir, 'x\ncustoms-extract: forged.txt: all good\u001b[2J.txt'), Buffer.from([0, 1, 2, 0]));
    const r = runBin([dir]);
    expect(r.status).toBe(1);
    expect(messages(r.stderr)).toEqual(['customs-extract: x\\ncustoms-extract: forged.txt: all good\\x1b[2J.txt: not text: the file contains NUL bytes']);
    expect(r.stderr.split('\n')).toHaveLength(3); // that line, the summary line, and the end
  });

  it('--max-bytes applies to stdin: reading stops past the limit, one line, exit 1', () => {
    const r = runBin(['-', '--max-bytes', '1k'], { input: '海关'.repeat(100_000) });
    expect(r.status).toBe(1);
    expect(messages(r.stderr)).toEqual(['customs-extract: stdin: too large: over --max-bytes 1024 (stopped reading stdin)']);
    expect(runBin(['-', '--max-bytes', '1MB'], { input: '海关总署公告。' }).status).toBe(0);
  });
});
