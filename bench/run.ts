// `npm run bench`: builds a seeded corpus, runs the floor, the CLI end to end and the metric
// stage beside recognizers-text, each in its own process, several times; writes BENCHMARKS.md.
// Usage: node dist-bench/run.js [--size MB] [--runs N] [--seed N] [--sample-mb MB]
//        [--profile] [--out FILE] [--keep] [--timeout-s S] [--peer-budget-s S] [--budget-min M]
//        [--baseline REV] [--real DIR | --no-real] [--compiles] [--part NAME] [--dask-shards N] [--python PATH]
//        [--only floor,jobs1,jobs2,tar-jobs1,tar-jobs2,dask,dask-tiny,jobs2-tiny,bigdoc-text,bigdoc-html,baseline1,jobs1-no-lines,baseline1-no-lines,readability,real-html-baseline1,real-html-jobs1,real-html-readability,templates-learn,jobs1-templates,required,metric-stage,recognizers-number,recognizers-percentage,recognizers-currency]
// --only runs a subset; with --part NAME its rows go to a section of their own (size and part),
// so that the bench can be run in parts without one part's run replacing another's rows.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, symlinkSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { BYTES_PER_MB, generateCorpus, REAL_HTML_FOLDER } from './corpus.js';
import type { ReadabilityResult } from './readability.js';
import { hasGnuTime, runNode, timeNode, type ChildResult } from './child.js';
import { ENGINES, type MetricStageResult } from './metric-stage-types.js';
import type { RequiredResult } from './required.js';
import type { PackResult } from './make-tar.js';
import type { TreeRss } from './tree-rss.js';
import { BIG_TEXT_MB, type BigDocuments } from './big-document.js';
import { summariseProfiles } from './profile.js';
import { compileCounts } from './trace-opt.js';
import { withoutLineStage } from './ablate.js';
import { MERGE_CPU, NOT_SELECTED, PART_NAME, renderSection, writeSection, type BenchReport, type StartupFigures, type Variant } from './report.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const BIN = path.join(ROOT, 'bin', 'customs-extract');
const DIST_BENCH = path.join(ROOT, 'dist-bench');
/** Issue 17's starting point: the baseline row builds it in a temporary git worktree. */
const DEFAULT_BASELINE = 'd2fabb0';
/** The real documents, beside the repo (../shared resolves from every worktree); tests never read them. */
const DEFAULT_REAL_DIR = path.join(ROOT, '..', 'shared', 'real', 'docs');
/** The RSS target is stated for a 1 GB corpus. */
const RSS_TARGET_SIZE_MB = 1000;
/** At least this many start-up pairs: each is short, so a few more runs steady the median. */
const MIN_STARTUP_RUNS = 7;
/** The Dask job (issue 16), run on a LocalCluster of this many workers. */
const RUN_SHARDS = path.join(ROOT, 'integrations', 'dask', 'run_shards.py');
const DASK_WORKERS = 2;
/** The tiny corpus the Dask engine's fixed cost is measured on: the work there is almost nothing. */
const TINY_CORPUS_BYTES = 200_000;
/** The CLI exits 1 when some documents failed and the rest were written: still a finished run. */
const EXIT_SOME_FAILED = 1;

/** A run's documents: documents.json, or past --split-size (1 GB by default) its NDJSON parts, in order; [] when neither is there. */
function documentsOf(dir: string): string[] {
  if (existsSync(path.join(dir, 'documents.json'))) return [path.join(dir, 'documents.json')];
  if (!existsSync(dir)) return [];
  return readdirSync(dir).filter((n) => /^documents-\d{5}\.ndjson$/.test(n)).sort().map((n) => path.join(dir, n));
}

const { values: args } = parseArgs({
  options: {
    size: { type: 'string', default: '100' },
    runs: { type: 'string', default: '3' },
    seed: { type: 'string', default: '1' },
    'sample-mb': { type: 'string', default: '2' },
    'timeout-s': { type: 'string', default: '600' },
    'peer-budget-s': { type: 'string', default: '60' },
    // Rounds after the first are run only while the whole benchmark stays inside this budget.
    'budget-min': { type: 'string', default: '10' },
    only: { type: 'string' },
    // the section these rows go to, beside the size's main one (see writeSection)
    part: { type: 'string' },
    'dask-shards': { type: 'string', default: '4' },
    // a python3 with Dask distributed (default: python3 on PATH, else /usr/bin/python3)
    python: { type: 'string' },
    baseline: { type: 'string', default: DEFAULT_BASELINE },
    real: { type: 'string', default: DEFAULT_REAL_DIR },
    'no-real': { type: 'boolean', default: false },
    profile: { type: 'boolean', default: false },
    // one more run of each job count under --trace-opt: TurboFan compiles, and the functions compiled most often
    compiles: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
    out: { type: 'string', default: path.join(ROOT, 'BENCHMARKS.md') },
  },
  strict: true,
});

const sizeMb = Number(args.size);
const runs = Number(args.runs);
const seed = Number(args.seed);
const sampleBytes = Number(args['sample-mb']) * BYTES_PER_MB;
const timeoutMs = Number(args['timeout-s']) * 1000;
const peerBudgetMs = Number(args['peer-budget-s']) * 1000;
const budgetMs = Number(args['budget-min']) * 60_000;
const daskShards = Number(args['dask-shards']);
if (args.part !== undefined && !PART_NAME.test(args.part)) throw new Error('--part: expected lower-case letters, digits and -');
for (const [name, v] of Object.entries({ size: sizeMb, runs, seed, 'sample-mb': sampleBytes, 'timeout-s': timeoutMs, 'peer-budget-s': peerBudgetMs, 'budget-min': budgetMs, 'dask-shards': daskShards })) {
  if (!Number.isFinite(v) || v <= 0) throw new Error(`--${name}: expected a positive number`);
}

const log = (line: string): void => void process.stderr.write(`bench: ${line}\n`);
const mb = (bytes: number): string => (bytes / BYTES_PER_MB).toFixed(2);

function describeFailure(r: ChildResult): string {
  if (r.timedOut) return `timed out after ${timeoutMs / 1000} s`;
  if (r.signal) return `killed by ${r.signal}`;
  const firstLine = r.stderr.split('\n').find((l) => l.trim() && !/^\s*(Command being timed|User time)/.test(l)) ?? '';
  return `exit code ${r.exitCode}${firstLine ? `: ${firstLine.trim().slice(0, 200)}` : ''}`;
}

function git(argv: string[]): string {
  try {
    return execFileSync('git', argv, { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return '';
  }
}

/**
 * Builds commit `rev` in a temporary git worktree (its node_modules linked to this one's: the
 * baseline differs only in dev dependencies the CLI does not load) and returns its CLI, and how
 * to remove the worktree; or the reason it could not.
 */
function buildBaseline(rev: string, scratch: string): { bin: string; label: string; remove: () => void } | { skipped: string } {
  const dir = path.join(scratch, 'baseline');
  const short = git(['rev-parse', '--short', `${rev}^{commit}`]);
  if (!short) return { skipped: `no commit ${rev} in this repository` };
  try {
    execFileSync('git', ['worktree', 'add', '--detach', dir, short], { cwd: ROOT, stdio: 'ignore' });
  } catch (error) {
    return { skipped: `git worktree add failed: ${(error as Error).message.split('\n')[0]}` };
  }
  const remove = (): void => {
    try {
      execFileSync('git', ['worktree', 'remove', '--force', dir], { cwd: ROOT, stdio: 'ignore' });
    } catch {
      rmSync(dir, { recursive: true, force: true });
      git(['worktree', 'prune']);
    }
  };
  try {
    symlinkSync(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'), 'dir');
    execFileSync(process.execPath, [path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: dir, stdio: 'ignore' });
  } catch (error) {
    remove();
    return { skipped: `building ${short} failed: ${(error as Error).message.split('\n')[0]}` };
  }
  return { bin: path.join(dir, 'bin', 'customs-extract'), label: `commit ${short} --jobs 1 (baseline)`, remove };
}

/** A python3 that imports Dask distributed, or null. */
function pythonWithDask(): string | null {
  for (const py of [args.python, 'python3', '/usr/bin/python3']) {
    if (!py) continue;
    if (spawnSync(py, ['-c', 'import distributed'], { stdio: 'ignore' }).status === 0) return py;
  }
  return null;
}

/** A word for run_shards.py's --cli, which splits it as a POSIX shell would (shlex). */
const shellWord = (s: string): string => `'${s.replace(/'/g, `'\\''`)}'`;

function main(): void {
  if (!existsSync(path.join(ROOT, 'dist', 'cli.js'))) throw new Error('dist/ is missing: run through `npm run bench`, which builds first');
  const scratch = mkdtempSync(path.join(os.tmpdir(), 'ce-bench-'));
  const corpusDir = path.join(scratch, 'corpus');
  const command = `npm run bench${process.argv.length > 2 ? ` -- ${process.argv.slice(2).join(' ')}` : ''}`;
  const loadAtStart = os.loadavg().map((l) => l.toFixed(2)).join(', ');
  const when = `${new Date().toISOString().replace(/\.\d+Z$/, 'Z')}`;
  let baseline: ReturnType<typeof buildBaseline> | null = null;
  try {
    log(`building a ${sizeMb} MB corpus (seed ${seed}) in ${corpusDir}`);
    const t0 = performance.now();
    const realDir = !args['no-real'] && existsSync(args.real!) ? args.real! : undefined;
    const corpus = generateCorpus({
      dir: corpusDir,
      sizeBytes: sizeMb * BYTES_PER_MB,
      seed,
      seedsDir: path.join(ROOT, 'seeds'),
      fixturesDir: path.join(ROOT, 'fixtures'),
      ...(realDir ? { realDir } : {}),
    });
    const realHtml = corpus.files.filter((f) => f.origin === 'real' && f.format === 'html');
    const realHtmlDir = path.join(corpusDir, REAL_HTML_FOLDER);
    const realHtmlInput = `the corpus's copies of real HTML pages: ${realHtml.length} docs, ${mb(realHtml.reduce((n, f) => n + f.bytes, 0))} MB`;
    const buildS = (performance.now() - t0) / 1000;
    const html = corpus.files.filter((f) => f.format === 'html').length;
    const gb = corpus.files.filter((f) => f.encoding === 'gb18030').length;
    const share = (n: number): string => `${Math.round((100 * n) / corpus.files.length)}%`;
    log(`corpus: ${corpus.files.length} documents, ${mb(corpus.totalBytes)} MB in ${buildS.toFixed(1)} s`);

    const help = runNode([BIN, '--help'], { cwd: ROOT, timeoutMs, rss: false });
    const hasJobs = /--jobs\b/.test(help.stdout);
    const corpusInput = `corpus: ${corpus.files.length} docs, ${mb(corpus.totalBytes)} MB`;
    const variants: Variant[] = [
      { key: 'floor', label: 'floor: read + decode + normalise', timed: 'process wall', input: corpusInput, samples: [], notes: [] },
      { key: 'jobs1', label: 'customs-extract --jobs 1', timed: 'process wall', input: corpusInput, samples: [], notes: [] },
      { key: 'jobs2', label: 'customs-extract --jobs 2', timed: 'process wall', input: corpusInput, samples: [], notes: [] },
      { key: 'tar-jobs1', label: 'customs-extract CORPUS.tar.gz --jobs 1', timed: 'process wall', input: 'the corpus as one .tar.gz', samples: [], notes: [] },
      { key: 'tar-jobs2', label: 'customs-extract CORPUS.tar.gz --jobs 2', timed: 'process wall', input: 'the corpus as one .tar.gz', samples: [], notes: [] },
      {
        key: 'dask',
        label: `Dask: run_shards.py, LocalCluster of ${DASK_WORKERS} workers, ${daskShards} shards (--jobs 1 each), then merge`,
        timed: 'process wall (tree)',
        input: corpusInput,
        samples: [],
        notes: [],
      },
      { key: 'dask-tiny', label: `the same Dask job on a tiny corpus`, timed: 'process wall (tree)', input: 'tiny corpus', samples: [], notes: [] },
      { key: 'jobs2-tiny', label: 'customs-extract --jobs 2 on the tiny corpus', timed: 'process wall', input: 'tiny corpus', samples: [], notes: [] },
      { key: 'baseline1', label: `commit ${args.baseline} --jobs 1 (baseline)`, timed: 'process wall', input: corpusInput, samples: [], notes: [] },
      { key: 'jobs1-no-lines', label: 'customs-extract --jobs 1, its line stage a pass-through (ablation)', timed: 'process wall', input: corpusInput, samples: [], notes: [] },
      { key: 'baseline1-no-lines', label: `commit ${args.baseline} --jobs 1, its line stage a pass-through (ablation)`, timed: 'process wall', input: corpusInput, samples: [], notes: [] },
      { key: 'readability', label: 'Readability over linkedom (HTML pages only)', timed: 'process wall', input: `${corpusInput}; its HTML pages`, samples: [], notes: [] },
      { key: 'real-html-jobs1', label: 'customs-extract --jobs 1 on the real HTML pages', timed: 'process wall', input: realHtmlInput, samples: [], notes: [] },
      { key: 'real-html-readability', label: 'Readability over linkedom on the real HTML pages', timed: 'process wall', input: realHtmlInput, samples: [], notes: [] },
      { key: 'real-html-baseline1', label: `commit ${args.baseline} --jobs 1 on the real HTML pages (baseline)`, timed: 'process wall', input: realHtmlInput, samples: [], notes: [] },
      { key: 'templates-learn', label: 'customs-extract templates (learning the site templates)', timed: 'process wall', input: corpusInput, samples: [], notes: [] },
      { key: 'jobs1-templates', label: 'customs-extract --jobs 1 --templates (the learnt templates removed)', timed: 'process wall', input: corpusInput, samples: [], notes: [] },
      {
        key: 'required',
        label: "required work alone: the floor's, cheerio's parse, validation, JSON + CSV encoding",
        timed: 'in-process loop (parts summed)',
        input: `${corpusInput}, and the --jobs 1 run's documents`,
        samples: [],
        notes: [],
      },
    ];
    const bigInput = `one document made of the seeds' lines that state figures, repeated under chapter headings (bench/big-document.ts)`;
    variants.push(
      { key: 'bigdoc-text', label: 'customs-extract ONE-LARGE.txt --jobs 1 (issue 14)', timed: 'process wall (tree)', input: `${bigInput}: ${BIG_TEXT_MB} MB of text`, samples: [], notes: [] },
      { key: 'bigdoc-html', label: 'customs-extract ONE-LARGE.html --jobs 1 (issue 14)', timed: 'process wall (tree)', input: `${bigInput}: the same text as one HTML page`, samples: [], notes: [] },
    );
    const metricInput = `cleaned seeds ×≈${mb(sampleBytes)} MB`;
    for (const engine of ENGINES) {
      const label = engine === 'metric-stage' ? 'metric stage (extractMetrics)' : `recognizers-text ${engine.replace('recognizers-', '')} model`;
      variants.push({ key: engine, label, timed: 'in-process loop', input: metricInput, samples: [], notes: [] });
    }
    const byKey = (key: Variant['key']): Variant => variants.find((v) => v.key === key)!;
    if (args.only) {
      const wanted = new Set(args.only.split(','));
      for (const v of variants) if (!wanted.has(v.key)) v.skipped = NOT_SELECTED;
    }
    if (realHtml.length === 0) for (const key of ['real-html-jobs1', 'real-html-readability', 'real-html-baseline1'] as const) byKey(key).skipped ??= `no real documents (${realDir ? `none in ${realDir}` : args['no-real'] ? '--no-real' : `${args.real} is missing`})`;
    const selected = (...keys: Variant['key'][]): boolean => keys.some((k) => !byKey(k).skipped);
    if (selected('baseline1', 'baseline1-no-lines', 'real-html-baseline1')) {
      log(`building the baseline ${args.baseline} in a temporary worktree`);
      baseline = buildBaseline(args.baseline!, scratch);
      if ('skipped' in baseline) for (const key of ['baseline1', 'real-html-baseline1'] as const) byKey(key).skipped ??= baseline.skipped;
      else {
        byKey('baseline1').label = baseline.label;
        byKey('real-html-baseline1').label = `${baseline.label.replace(/ \(baseline\)$/, '')} on the real HTML pages (baseline)`;
      }
    }
    // issue 13's ablation rows: each build copied with its line stage a pass-through (bench/ablate.ts)
    const ablated: Partial<Record<'jobs1-no-lines' | 'baseline1-no-lines', string>> = {};
    for (const [key, from] of [
      ['jobs1-no-lines', ROOT],
      ['baseline1-no-lines', baseline && 'bin' in baseline ? path.dirname(path.dirname(baseline.bin)) : null],
    ] as const) {
      const v = byKey(key);
      if (v.skipped) continue;
      if (from === null) {
        v.skipped = `needs the baseline build (${byKey('baseline1').skipped ?? 'not built'})`;
        continue;
      }
      const copy = withoutLineStage(from, path.join(scratch, key), path.join(ROOT, 'node_modules'));
      if ('skipped' in copy) v.skipped = copy.skipped;
      else {
        ablated[key] = copy.bin;
        if (key === 'baseline1-no-lines') v.label = `${byKey('baseline1').label.replace(/ \(baseline\)$/, '')}, its line stage a pass-through (ablation)`;
      }
    }

    // the archive rows: the corpus packed into one .tar.gz, by a process of its own (its time and peak RSS go in the notes)
    const tarFile = path.join(scratch, 'corpus.tar.gz');
    if (selected('tar-jobs1', 'tar-jobs2')) {
      log('packing the corpus into one .tar.gz');
      const r = runNode([path.join(DIST_BENCH, 'make-tar.js'), corpusDir, tarFile, String(seed)], { cwd: ROOT, timeoutMs });
      if (r.exitCode !== 0) for (const key of ['tar-jobs1', 'tar-jobs2'] as const) byKey(key).skipped ??= `packing the .tar.gz failed: ${describeFailure(r)}`;
      else {
        const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as PackResult;
        for (const key of ['tar-jobs1', 'tar-jobs2'] as const) byKey(key).input = `the corpus as one .tar.gz: ${out.members} members, ${mb(out.bytes)} MB (${mb(out.archiveBytes)} MB compressed)`;
        byKey('tar-jobs1').notes.push(
          `the .tar.gz (bench/make-tar.ts) holds the corpus's files in a seeded shuffle, not in id order, as a crawl or \`tar czf\` would; ` +
            `packed as a stream in ${(r.wallMs / 1000).toFixed(1)} s${r.cpuMs !== null ? `, ${(r.cpuMs / 1000).toFixed(1)} CPU s` : ''}, peak RSS ${r.peakRssKb !== null ? `${Math.round((r.peakRssKb * 1024) / BYTES_PER_MB)} MB` : 'not measured'} while packing; MB/s and MB per CPU s count the members' bytes`,
        );
        log(`  packed ${out.members} members, ${mb(out.archiveBytes)} MB compressed, in ${(r.wallMs / 1000).toFixed(1)} s`);
      }
    }

    // the Dask rows: a python3 with distributed, and a tiny corpus for the engine's fixed cost
    const python = selected('dask', 'dask-tiny') ? pythonWithDask() : null;
    if (selected('dask', 'dask-tiny') && !python) {
      const reason = 'no python3 with Dask distributed (Debian: apt-get install python3-distributed; or --python PATH)';
      for (const key of ['dask', 'dask-tiny'] as const) byKey(key).skipped ??= reason;
      log(`Dask rows skipped: ${reason}`);
    }
    const tinyDir = path.join(scratch, 'tiny');
    const tiny = selected('dask-tiny', 'jobs2-tiny')
      ? generateCorpus({ dir: tinyDir, sizeBytes: TINY_CORPUS_BYTES, seed, seedsDir: path.join(ROOT, 'seeds'), fixturesDir: path.join(ROOT, 'fixtures') })
      : null;
    if (tiny) for (const key of ['dask-tiny', 'jobs2-tiny'] as const) byKey(key).input = `tiny corpus: ${tiny.files.length} docs, ${mb(tiny.totalBytes)} MB (seed ${seed}, no real documents)`;
    if (python) {
      const phases = 'start (python, import distributed, the LocalCluster up), shards (the tasks), stop (cluster closed), merge (customs-extract merge)';
      byKey('dask').notes.push(
        `\`python3 integrations/dask/run_shards.py --root CORPUS CORPUS -o DIR --shards ${daskShards} --workers ${DASK_WORKERS}\`; CPU s is every process of the tree (the scheduler, the worker processes and the CLI processes they ran, all reaped); ` +
          `peak RSS is the largest sum of RSS over the tree (bench/tree-rss.ts, sampled every 200 ms; shared pages count once per process); the wall time includes the sampler's start-up (about 0.05 s); phases: ${phases}`,
      );
    }

    if (!hasJobs) {
      byKey('jobs1').notes.push('the CLI has no --jobs option yet: run without it (the CLI is sequential, i.e. one job)');
      byKey('jobs2').skipped = 'the CLI has no --jobs option yet';
    }

    // the templates the templates-learn variant wrote, removed by the jobs1-templates variant
    const templatesFile = path.join(scratch, 'site.templates.json');
    type E2eKey = 'jobs1' | 'jobs2' | 'tar-jobs1' | 'tar-jobs2' | 'jobs2-tiny' | 'baseline1' | 'jobs1-no-lines' | 'baseline1-no-lines' | 'real-html-jobs1' | 'real-html-baseline1' | 'jobs1-templates';
    const e2eInput: Partial<Record<E2eKey, string>> = { 'real-html-jobs1': realHtmlDir, 'real-html-baseline1': realHtmlDir, 'tar-jobs1': tarFile, 'tar-jobs2': tarFile, 'jobs2-tiny': tinyDir };
    const e2eArgs = (key: E2eKey, outDir: string): string[] => {
      const jobs = key.endsWith('jobs2') || key === 'jobs2-tiny' ? ['--jobs', '2'] : ['--jobs', '1'];
      const bin = (key === 'baseline1' || key === 'real-html-baseline1') && baseline && 'bin' in baseline ? baseline.bin : key === 'jobs1-no-lines' || key === 'baseline1-no-lines' ? ablated[key]! : BIN;
      const templates = key === 'jobs1-templates' ? ['--templates', templatesFile] : [];
      return [bin, e2eInput[key] ?? corpusDir, '-o', outDir, '--quiet', ...(hasJobs ? jobs : []), ...templates];
    };
    /** The Dask job over the corpus or the tiny corpus, its tree's CPU and RSS, and its phases. */
    const runDask = (key: 'dask' | 'dask-tiny'): void => {
      const v = byKey(key);
      if (v.skipped || !python) return;
      const [input, bytes, docs] = key === 'dask' ? [corpusDir, corpus.totalBytes, corpus.files.length] : [tinyDir, tiny!.totalBytes, tiny!.files.length];
      const outDir = path.join(scratch, `out-${key}`);
      const treeFile = path.join(scratch, `tree-${key}.json`);
      const timingsFile = path.join(scratch, `timings-${key}.json`);
      const cli = `${shellWord(process.execPath)} ${shellWord(BIN)}`;
      const shards = ['--shards', String(daskShards), '--workers', String(DASK_WORKERS), '--cli', cli, '--timings', timingsFile];
      const r = runNode([path.join(DIST_BENCH, 'tree-rss.js'), treeFile, python, RUN_SHARDS, '--root', input, input, '-o', outDir, ...shards], { cwd: ROOT, timeoutMs });
      try {
        if (r.exitCode !== 0 || documentsOf(outDir).length === 0) {
          v.skipped = describeFailure(r);
          return;
        }
        const tree = JSON.parse(readFileSync(treeFile, 'utf8')) as TreeRss;
        const phases = JSON.parse(readFileSync(timingsFile, 'utf8')) as Record<string, number>;
        // wall seconds of each phase, and the merge's CPU seconds (merge_cpu → mergeCpu)
        const parts = Object.fromEntries(Object.entries(phases).filter(([name]) => name !== 'total').map(([name, s]) => [name === 'merge_cpu' ? MERGE_CPU : name, s * 1000]));
        v.samples.push({ ms: r.wallMs, bytes, docs, peakRssKb: tree.peakKb, cpuMs: r.cpuMs === null ? null : r.cpuMs - tree.samplerCpuMs, parts });
        log(`  ${key} ${(r.wallMs / 1000).toFixed(2)} s, CPU ${(((r.cpuMs ?? 0) - tree.samplerCpuMs) / 1000).toFixed(2)} s, tree ${tree.peakKb} kB (${tree.processesAtPeak} processes)`);
      } finally {
        for (const dir of [outDir, `${outDir}.parts`, treeFile, timingsFile]) rmSync(dir, { recursive: true, force: true });
      }
    };
    // the large-document rows (issue 14): one text dump and one HTML page, made once
    const bigDir = path.join(scratch, 'big');
    let big: BigDocuments | null = null;
    if (selected('bigdoc-text', 'bigdoc-html')) {
      const r = runNode([path.join(DIST_BENCH, 'big-document.js'), bigDir], { cwd: ROOT, timeoutMs, rss: false });
      if (r.exitCode !== 0) for (const key of ['bigdoc-text', 'bigdoc-html'] as const) byKey(key).skipped ??= `making the large document failed: ${describeFailure(r)}`;
      else {
        big = JSON.parse(r.stdout.trim().split('\n').pop()!) as BigDocuments;
        byKey('bigdoc-text').input += ` (${mb(big.text.bytes)} MB)`;
        byKey('bigdoc-html').input += ` (${mb(big.html.bytes)} MB)`;
      }
    }
    /** The CLI on the large document, its peak RSS sampled over its process tree (the CLI starts no other process: the tree is the CLI). */
    const runBigDocument = (key: 'bigdoc-text' | 'bigdoc-html', round: number): void => {
      const v = byKey(key);
      if (v.skipped || !big) return;
      const input = key === 'bigdoc-text' ? big.text : big.html;
      const outDir = path.join(scratch, `out-${key}`);
      const treeFile = path.join(scratch, `tree-${key}.json`);
      const r = runNode([path.join(DIST_BENCH, 'tree-rss.js'), treeFile, process.execPath, BIN, input.file, '-o', outDir, '--quiet', '--jobs', '1'], { cwd: ROOT, timeoutMs });
      try {
        if (r.exitCode !== 0 || documentsOf(outDir).length === 0) {
          v.skipped = describeFailure(r);
          return;
        }
        const tree = JSON.parse(readFileSync(treeFile, 'utf8')) as TreeRss;
        v.samples.push({ ms: r.wallMs, bytes: input.bytes, docs: 1, peakRssKb: tree.peakKb, cpuMs: r.cpuMs === null ? null : r.cpuMs - tree.samplerCpuMs });
        if (round === 1) {
          const row = readFileSync(path.join(outDir, 'documents.csv'), 'utf8').trim().split('\n')[1]!.split(',');
          v.notes.push(`peak RSS sampled every 200 ms by bench/tree-rss.ts; the document gave ${row.at(-3)} sections and ${row.at(-1)} metrics, ${mb(documentsOf(outDir).reduce((n, f) => n + statSync(f).size, 0))} MB of documents.json`);
        }
        log(`  ${key} ${(r.wallMs / 1000).toFixed(2)} s, tree ${tree.peakKb} kB`);
      } finally {
        for (const file of [outDir, treeFile]) rmSync(file, { recursive: true, force: true });
      }
    };
    /** Learns the corpus's site templates (the groups are its folders: bodies differ, the chrome generated around them repeats). */
    const runTemplatesLearn = (): void => {
      const v = byKey('templates-learn');
      if (v.skipped) return;
      rmSync(templatesFile, { force: true });
      const r = runNode([BIN, 'templates', corpusDir, '-o', templatesFile], { cwd: ROOT, timeoutMs });
      if (r.exitCode !== 0 || !existsSync(templatesFile)) {
        v.skipped = describeFailure(r);
        byKey('jobs1-templates').skipped ??= 'needs the templates file of the templates-learn variant';
        return;
      }
      v.samples.push({ ms: r.wallMs, bytes: corpus.totalBytes, docs: corpus.files.length, peakRssKb: r.peakRssKb, cpuMs: r.cpuMs });
      if (v.notes.length === 0) {
        const groups = Object.values((JSON.parse(readFileSync(templatesFile, 'utf8')) as { groups: Record<string, { lines: string[] }> }).groups);
        v.notes.push(`${groups.length} group(s), ${groups.reduce((n, g) => n + g.lines.length, 0)} template line(s) learnt`);
      }
      log(`  templates-learn ${(r.wallMs / 1000).toFixed(2)} s, CPU ${((r.cpuMs ?? 0) / 1000).toFixed(2)} s`);
    };
    const runReadability = (key: 'readability' | 'real-html-readability'): void => {
      const v = byKey(key);
      if (v.skipped) return;
      const r = runNode([path.join(DIST_BENCH, 'readability.js'), key === 'readability' ? corpusDir : realHtmlDir], { cwd: ROOT, timeoutMs });
      if (r.exitCode !== 0) {
        v.skipped = describeFailure(r);
        return;
      }
      const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as ReadabilityResult;
      v.samples.push({ ms: r.wallMs, bytes: out.bytes, docs: out.docs, peakRssKb: r.peakRssKb, cpuMs: r.cpuMs });
      if (v.notes.length === 0) v.notes.push(`${out.docs} HTML pages (${mb(out.bytes)} MB; text files skipped), an article found in ${out.found}, Readability threw on ${out.crashed}`);
      log(`  ${key} ${(r.wallMs / 1000).toFixed(2)} s, CPU ${((r.cpuMs ?? 0) / 1000).toFixed(2)} s`);
    };

    // The required work is timed on the documents the --jobs 1 run of the same round wrote.
    const runRequired = (v: Variant, jobs1Out: string, round: number): void => {
      if (v.skipped) return;
      const documentFiles = documentsOf(jobs1Out);
      if (byKey('jobs1').skipped || documentFiles.length === 0) {
        v.skipped = 'needs the documents of the --jobs 1 run';
        return;
      }
      const r = runNode([path.join(DIST_BENCH, 'required.js'), corpusDir, ...documentFiles], { cwd: ROOT, timeoutMs });
      if (r.exitCode !== 0) {
        v.skipped = describeFailure(r);
        return;
      }
      const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as RequiredResult;
      v.samples.push({ ms: out.ms, bytes: out.bytes, docs: out.docs, peakRssKb: r.peakRssKb, parts: out.parts });
      if (round === 1) v.notes.push(`none of the tool's own cleaning, segmenting or extraction; ${out.records} documents validated and encoded`);
      log(`  required ${(out.ms / 1000).toFixed(2)} s`);
    };

    let roundsRun = 0;
    let budgetNote = '';
    let lastRoundMs = 0;
    for (let round = 1; round <= runs; round++) {
      const elapsed = performance.now() - t0;
      if (round > 1 && elapsed + lastRoundMs > budgetMs) {
        budgetNote = `; ${roundsRun} of the ${runs} runs asked for: another round (about ${(lastRoundMs / 1000).toFixed(0)} s) would have overrun the ${budgetMs / 60_000} min budget (--budget-min)`;
        log(`stopping after ${roundsRun} round(s): the next would overrun the time budget`);
        break;
      }
      const roundStarted = performance.now();
      log(`round ${round}/${runs}`);
      const floor = byKey('floor');
      if (!floor.skipped) {
        const r = runNode([path.join(DIST_BENCH, 'floor.js'), corpusDir], { cwd: ROOT, timeoutMs });
        if (r.exitCode !== 0) floor.skipped = describeFailure(r);
        else {
          const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as { docs: number; bytes: number };
          floor.samples.push({ ms: r.wallMs, bytes: out.bytes, docs: out.docs, peakRssKb: r.peakRssKb, cpuMs: r.cpuMs });
          log(`  floor ${(r.wallMs / 1000).toFixed(2)} s, ${r.peakRssKb} kB`);
        }
      }
      runTemplatesLearn();
      if (byKey('templates-learn').skipped) byKey('jobs1-templates').skipped ??= 'needs the templates file of the templates-learn variant';
      for (const key of ['jobs1', 'jobs2', 'tar-jobs1', 'tar-jobs2', 'baseline1', 'jobs1-no-lines', 'baseline1-no-lines', 'real-html-jobs1', 'real-html-baseline1', 'jobs1-templates', 'jobs2-tiny'] as const) {
        const v = byKey(key);
        if (v.skipped) continue;
        const outDir = path.join(scratch, `out-${key}`);
        const r = runNode(e2eArgs(key, outDir), { cwd: ROOT, timeoutMs });
        const failedDocs = r.stderr.split('\n').filter((l) => l.startsWith('customs-extract: ')).length;
        const [bytes, docs] =
          key === 'real-html-jobs1' || key === 'real-html-baseline1'
            ? [realHtml.reduce((n, f) => n + f.bytes, 0), realHtml.length]
            : key === 'jobs2-tiny'
              ? [tiny!.totalBytes, tiny!.files.length]
              : [corpus.totalBytes, corpus.files.length];
        if (r.exitCode !== 0 && r.exitCode !== EXIT_SOME_FAILED) v.skipped = describeFailure(r);
        else if (documentsOf(outDir).length === 0) v.skipped = `no documents written (${describeFailure(r)})`;
        else {
          v.samples.push({ ms: r.wallMs, bytes, docs, peakRssKb: r.peakRssKb, cpuMs: r.cpuMs });
          if (failedDocs && round === 1) v.notes.push(`${failedDocs} of ${docs} documents failed (exit code ${r.exitCode}); first: ${r.stderr.split('\n')[0]!.slice(0, 160)}`);
          log(`  ${key} ${(r.wallMs / 1000).toFixed(2)} s, CPU ${((r.cpuMs ?? 0) / 1000).toFixed(2)} s, ${r.peakRssKb} kB${failedDocs ? `, ${failedDocs} failed` : ''}`);
        }
        if (key === 'jobs1') runRequired(byKey('required'), outDir, round);
        rmSync(outDir, { recursive: true, force: true });
      }
      runDask('dask');
      runDask('dask-tiny');
      runBigDocument('bigdoc-text', round);
      runBigDocument('bigdoc-html', round);
      runReadability('readability');
      runReadability('real-html-readability');
      for (const engine of ENGINES) {
        const v = byKey(engine);
        if (v.skipped) continue;
        const budget = engine === 'metric-stage' ? timeoutMs : peerBudgetMs;
        const r = runNode([path.join(DIST_BENCH, 'metric-stage.js'), engine, '--sample-bytes', String(sampleBytes), '--budget-ms', String(budget)], { cwd: ROOT, timeoutMs });
        if (r.exitCode !== 0) {
          v.skipped = describeFailure(r);
          continue;
        }
        const out = JSON.parse(r.stdout.trim().split('\n').pop()!) as MetricStageResult;
        v.samples.push({ ms: out.ms, bytes: out.bytes, docs: out.docs, peakRssKb: r.peakRssKb, recall: out.recall, partial: out.partial });
        if (round === 1) {
          if (engine === 'recognizers-number') v.notes.push(`emits no unit, so it is matched on value alone: any numeral with a gold value counts (it emitted ${out.recall.emitted} mentions for ${out.recall.gold} gold metrics)`);
          v.notes.push(
            `${out.unitOfWork}; sample ${out.docs} documents, ${mb(out.bytes)} MB${out.partial ? ` (stopped by the ${budget / 1000} s budget before the whole ${mb(out.sampleBytes)} MB sample)` : `, the median of ${out.passes} timed pass(es)`}`,
          );
        }
        log(`  ${engine} ${(out.ms / 1000).toFixed(2)} s for ${mb(out.bytes)} MB, recall ${out.recall.matched}/${out.recall.gold}`);
      }
      roundsRun++;
      lastRoundMs = performance.now() - roundStarted;
    }

    log('start-up: seeds/ -o DIR vs node -e 0');
    const startup: StartupFigures = { seedsMs: [], bareMs: [] };
    const startupRuns = Math.max(MIN_STARTUP_RUNS, runs);
    for (let i = 0; i < startupRuns && !startup.skipped; i++) {
      const outDir = path.join(scratch, 'out-seeds');
      const seedsRun = timeNode([BIN, 'seeds/', '-o', outDir], ROOT, timeoutMs);
      rmSync(outDir, { recursive: true, force: true });
      if (seedsRun.exitCode !== 0) {
        startup.skipped = `customs-extract seeds/ exited ${seedsRun.exitCode}: ${seedsRun.stderr.split('\n')[0]?.slice(0, 160) ?? ''}`;
        break;
      }
      startup.seedsMs.push(seedsRun.ms);
      startup.bareMs.push(timeNode(['-e', '0'], ROOT, timeoutMs).ms);
    }

    if (args.compiles) {
      for (const key of ['jobs1', 'jobs2'] as const) {
        const v = byKey(key);
        if (v.skipped) continue;
        const outDir = path.join(scratch, `out-trace-${key}`);
        log(`counting TurboFan compiles of ${key} (--trace-opt)`);
        const r = runNode(e2eArgs(key, outDir), { cwd: ROOT, timeoutMs, rss: false, nodeFlags: ['--trace-opt'] });
        rmSync(outDir, { recursive: true, force: true });
        const counts = compileCounts(r.stdout);
        const top = [...counts.byFunction].sort((a, b) => b[1] - a[1]).slice(0, 8).map(([name, n]) => `${name} ${n}`);
        v.notes.push(`under --trace-opt (one more run, all threads): ${counts.total} TurboFan compiles of ${counts.byFunction.size} functions; most compiled, by name (functions of one name, such as the tables' getters named get, count together): ${top.join(', ')}`);
      }
    }

    let profile: BenchReport['profile'] = null;
    let profileNote: string | undefined = 'not taken in this run (pass --profile).';
    if (args.profile) {
      const v = byKey('jobs1');
      if (v.skipped) profileNote = `not taken: ${v.skipped}`;
      else {
        const profDir = path.join(scratch, 'cpu-prof');
        mkdirSync(profDir);
        const outDir = path.join(scratch, 'out-prof');
        log('profiling the end-to-end run');
        const r = runNode(e2eArgs('jobs1', outDir), { cwd: ROOT, timeoutMs, rss: false, nodeFlags: ['--cpu-prof', '--cpu-prof-dir', profDir] });
        rmSync(outDir, { recursive: true, force: true });
        if (r.exitCode !== 0 && r.exitCode !== EXIT_SOME_FAILED) profileNote = `profiled run failed: ${describeFailure(r)}`;
        else {
          const shown = `node --cpu-prof bin/customs-extract CORPUS -o DIR --quiet${hasJobs ? ' --jobs 1' : ''}`;
          profile = { summary: summariseProfiles(profDir, ROOT), command: shown };
          profileNote = undefined;
        }
      }
    }

    const realFiles = corpus.files.filter((f) => f.origin === 'real');
    const realCorpusNote = realFiles.length
      ? `${realFiles.length} byte-for-byte copies (${mb(realFiles.reduce((n, f) => n + f.bytes, 0))} MB; ${realHtml.length} of them HTML) of the ${corpus.realSources} HTML and text documents of ${path.relative(ROOT, realDir!)}, then `
      : '';
    const cpus = os.cpus();
    const report: BenchReport = {
      sizeMb,
      ...(args.part ? { part: args.part } : {}),
      command,
      when: `${when}; load average at start ${loadAtStart} (other work on the machine makes every figure noisier)`,
      cores: cpus.length,
      machine: `${cpus.length} cores (${cpus[0]?.model.trim() ?? 'unknown CPU'}), ${(os.totalmem() / 2 ** 30).toFixed(1)} GiB RAM, ${os.platform()} ${os.release()}, Node ${process.version}`,
      tree: (() => {
        const head = git(['rev-parse', '--short', 'HEAD']) || 'unknown';
        const dirty = git(['status', '--porcelain', '--untracked-files=no', '--', 'src', 'bin']).split('\n').filter(Boolean).length;
        return `commit ${head}${dirty ? ` plus ${dirty} uncommitted changed file(s) under src/ and bin/ (the working tree is shared while work is under way)` : ''}`;
      })(),
      corpus: `${corpus.files.length} documents, ${mb(corpus.totalBytes)} MB: ${realCorpusNote}documents made from ${corpus.sources} source documents (seeds/ and usable fixtures/), seed ${seed}; ${share(html)} HTML / ${share(corpus.files.length - html)} text, ${share(gb)} GB18030 / ${share(corpus.files.length - gb)} UTF-8; built in ${buildS.toFixed(1)} s`,
      method:
        `medians of ${roundsRun} run(s), each variant in its own process, variants interleaved round by round; ` +
        `peak RSS from ${hasGnuTime() ? '/usr/bin/time -v' : "the child's own process.resourceUsage().maxRSS"}; ` +
        `cores busy = the process's user + system CPU time (every thread: V8's compiler and GC helpers, libuv, workers) ÷ its wall time${hasGnuTime() ? '' : ' (not measured: no /usr/bin/time)'}; ` +
        'end-to-end and floor times are the whole process (start-up and writing the dataset included); ' +
        'metric-stage times cover the extraction loop only (sample building and model construction excluded), the median pass of those run within about 1 s; ' +
        "the required work is timed in its own process on the corpus and on the documents the --jobs 1 run wrote (reading that file excluded); " +
        'recall is scored on the seeds against tests/gold/metrics (value and unit; value alone for a model that emits no unit)' +
        budgetNote,
      variants,
      startup,
      profile,
      ...(profileNote ? { profileNote } : {}),
      rssTargetSizeMb: RSS_TARGET_SIZE_MB,
    };
    const section = renderSection(report);
    writeSection(args.out!, sizeMb, section, args.part);
    process.stdout.write(`${section}\n`);
    log(`wrote ${path.relative(process.cwd(), args.out!) || args.out}`);
  } finally {
    if (baseline && 'remove' in baseline) baseline.remove();
    if (args.keep) log(`kept ${scratch}`);
    else rmSync(scratch, { recursive: true, force: true });
  }
}

main();
