// The bench report: figures from samples, the target verdicts and their ceilings.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BYTES_PER_MB } from '../../bench/corpus.js';
import { daskLines, figures, judgeTargets, median, NOT_SELECTED, oneJobCeiling, renderSection, writeSection, type BenchReport, type RunSample, type Variant } from '../../bench/report.js';
import { tempDir } from '../helpers.js';

const MB100 = 100 * BYTES_PER_MB;
const sample = (seconds: number, extra: Partial<RunSample> = {}): RunSample => ({ ms: seconds * 1000, bytes: MB100, docs: 20_000, peakRssKb: 150 * 1024, ...extra });
const variant = (key: Variant['key'], samples: RunSample[], skipped?: string): Variant => ({
  key,
  label: key,
  timed: 'process wall',
  input: 'corpus',
  samples,
  notes: [],
  ...(skipped ? { skipped } : {}),
});

function report(variants: Variant[], cores = 2): BenchReport {
  return {
    sizeMb: 100,
    command: 'npm run bench',
    when: 'now',
    cores,
    machine: 'test',
    tree: 'commit x',
    corpus: 'corpus',
    method: 'medians',
    variants,
    startup: { seedsMs: [300], bareMs: [60] },
    profile: null,
    rssTargetSizeMb: 1000,
  };
}

const line = (r: BenchReport, start: string): string => judgeTargets(r).find((t) => t.text.startsWith(start))!.text;

describe('median and figures', () => {
  it('takes the middle value, or the mean of the middle two', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('computes MB/s and cores busy from the samples', () => {
    const f = figures(variant('jobs1', [sample(10, { cpuMs: 12_000 }), sample(20, { cpuMs: 24_000 }), sample(12.5, { cpuMs: 15_000 })]))!;
    expect(f.mbps).toBeCloseTo(8);
    expect(f.cores).toBeCloseTo(1.2);
    expect(figures(variant('jobs1', [], 'not selected'))).toBeNull();
  });
});

describe('judgeTargets', () => {
  const floor = variant('floor', [sample(1)]);

  it('judges one job against twice the baseline commit by MB per CPU second, not by wall time', () => {
    const base = variant('baseline1', [sample(10, { cpuMs: 20_000 })]);
    // slower by the wall clock (a busy machine), twice as fast by CPU time
    const holds = report([floor, variant('jobs1', [sample(12, { cpuMs: 10_000 })]), base]);
    expect(judgeTargets(holds).find((t) => t.text.startsWith('One job ≥ 2×'))!.verdict).toBe('holds');
    expect(line(holds, 'One job ≥ 2×')).toContain('10.00 vs 5.00 MB per CPU s = 2.00×');
    const missed = report([floor, variant('jobs1', [sample(5, { cpuMs: 12_000 })]), base]);
    expect(judgeTargets(missed).find((t) => t.text.startsWith('One job ≥ 2×'))!.verdict).toBe('does NOT hold');
    const unmeasured = report([floor, variant('jobs1', [sample(5)]), variant('baseline1', [sample(10)])]);
    expect(judgeTargets(unmeasured).find((t) => t.text.startsWith('One job ≥ 2×'))!.verdict).toBe('not measured');
  });

  it("judges one job within 10% of the baseline's MB per CPU second, and reads the ablation rows when they ran", () => {
    const base = variant('baseline1', [sample(10, { cpuMs: 20_000 })]);
    const within = 'One job within 10% of the MB per CPU second of baseline1';
    const at = (cpuMs: number, ...more: Variant[]): BenchReport => report([floor, variant('jobs1', [sample(12, { cpuMs })]), base, ...more]);
    expect(judgeTargets(at(22_000)).find((t) => t.text.startsWith(within))!.verdict).toBe('holds');
    const missed = at(25_000, variant('jobs1-no-lines', [sample(9, { cpuMs: 20_000 })]), variant('baseline1-no-lines', [sample(9, { cpuMs: 18_000 })]));
    expect(judgeTargets(missed).find((t) => t.text.startsWith(within))!.verdict).toBe('does NOT hold');
    // 25 − 20 s against 20 − 18 s; with no line stage 100 MB ÷ 20 s against 100 MB ÷ 20 s; 20 ÷ 0.9 − 20 = 2.22 s allowed
    expect(line(missed, within)).toContain('4.00 vs 5.00 MB per CPU s = 0.80×');
    expect(line(missed, within)).toContain('the line stage costs 5.00 CPU s of one job\'s 25.00, the baseline\'s 2.00 of 20.00');
    expect(line(missed, within)).toContain('one job reads 1.00× the baseline, so the clause needs the line stage at no more than 2.22 CPU s (0.44× its cost, 1.11× the baseline\'s)');
    expect(line(at(25_000), within)).not.toContain('Ablation');
    // the real pages beside it, when both builds ran on them
    const real = at(25_000, variant('real-html-jobs1', [sample(2, { cpuMs: 10_000 })]), variant('real-html-baseline1', [sample(2, { cpuMs: 15_000 })]));
    expect(line(real, within)).toContain("On the corpus's copies of the real HTML pages alone: 10.00 vs 6.67 MB per CPU s = 1.50×.");
    expect(line(at(25_000), within)).not.toContain('real HTML');
    expect(judgeTargets(report([floor, variant('jobs1', [sample(5)]), base])).find((t) => t.text.startsWith(within))!.verdict).toBe('not measured');
  });

  it('says what the second job costs in CPU time, and the most two jobs could then gain', () => {
    const r = report([floor, variant('jobs1', [sample(10, { cpuMs: 10_000 })]), variant('jobs2', [sample(10, { cpuMs: 12_500 })])]);
    expect(line(r, 'Two jobs')).toContain('Two jobs spend 1.25× the CPU time of one (12.50 vs 10.00 s): at best, on 2 idle cores, two jobs would reach 2 ÷ 1.25 = 1.60× one job.');
  });

  it('judges the pipeline on the real HTML pages against Readability by CPU seconds', () => {
    const peer = variant('real-html-readability', [sample(3, { cpuMs: 2_000 })]);
    const at = (cpuMs: number): string => judgeTargets(report([floor, variant('real-html-jobs1', [sample(1, { cpuMs })]), peer])).find((t) => t.text.startsWith('On the real HTML'))!.verdict;
    expect(at(2_000)).toBe('holds');
    expect(at(2_100)).toBe('does NOT hold');
    const skipped = report([floor, variant('real-html-jobs1', [], 'no real documents'), peer]);
    expect(line(skipped, 'On the real HTML')).toContain('no real documents');
  });

  it('judges one job against a quarter of the floor, with the ceiling the required work sets', () => {
    const required = variant('required', [sample(4, { parts: { floor: 1000, htmlParse: 1000, validate: 500, encode: 1500 } })]);
    const holds = report([floor, variant('jobs1', [sample(3.9)]), required]);
    expect(judgeTargets(holds)[0]!.verdict).toBe('holds');
    const missed = report([floor, variant('jobs1', [sample(12)]), required]);
    expect(judgeTargets(missed)[0]!.verdict).toBe('does NOT hold');
    expect(line(missed, 'End to end')).toContain('0.08×');
    // floor 1 s; required 4 s of which 1 s is its own floor part: 1 ÷ (1 + 3)
    expect(line(missed, 'End to end')).toContain('reads 0.25× of the floor\'s MB/s, so no implementation');
  });

  it('leaves the ceiling out when the required work was not run', () => {
    const r = report([floor, variant('jobs1', [sample(12)]), variant('required', [], 'not selected (--only)')]);
    expect(line(r, 'End to end')).not.toContain('Ceiling');
  });

  it('judges two jobs against 1.7× one job, with the ceiling the cores one job keeps busy set', () => {
    const j1 = variant('jobs1', [sample(15, { cpuMs: 18_000 })]);
    const r = report([floor, j1, variant('jobs2', [sample(10)])]);
    expect(judgeTargets(r)[1]!.verdict).toBe('does NOT hold');
    expect(line(r, 'Two jobs')).toContain('1.50×');
    expect(line(r, 'Two jobs')).toContain('one job keeps 1.20 cores busy, so two can gain at most 2 ÷ 1.20 = 1.67× on 2 cores');
    const fast = report([floor, j1, variant('jobs2', [sample(8.5)])]);
    expect(judgeTargets(fast)[1]!.verdict).toBe('holds');
    // a one-core machine: two jobs can fill only one core
    expect(line(report([floor, j1, variant('jobs2', [sample(10)])], 1), 'Two jobs')).toContain('at most 1 ÷ 1.20 = 0.83× on 1 cores');
  });
});

describe('oneJobCeiling', () => {
  const floor = variant('floor', [sample(1.2), sample(1), sample(1.1)]);

  it('is the floor\'s median time over itself plus the median required work beyond the floor part', () => {
    const required = variant('required', [
      sample(4, { parts: { floor: 1.5, htmlParse: 1.5, validate: 0, encode: 1 } }),
      sample(5, { parts: { floor: 2, htmlParse: 2, validate: 0, encode: 1 } }),
      sample(4.5, { parts: { floor: 1.5, htmlParse: 2, validate: 0, encode: 1 } }),
    ].map((s) => ({ ...s, parts: Object.fromEntries(Object.entries(s.parts!).map(([k, v]) => [k, v * 1000])) })));
    // beyond the floor part: 2.5, 3, 3 s → median 3; floor median 1.1 s
    expect(oneJobCeiling(floor, required)).toBeCloseTo(1.1 / 4.1);
  });

  it('is null when either was not run, or the required work reports no parts', () => {
    expect(oneJobCeiling(floor, variant('required', [], 'needs the documents of the --jobs 1 run'))).toBeNull();
    expect(oneJobCeiling(variant('floor', [], 'not selected (--only)'), variant('required', [sample(4, { parts: { floor: 1000 } })]))).toBeNull();
    expect(oneJobCeiling(floor, variant('required', [sample(3)]))).toBeNull();
  });
});

describe('renderSection', () => {
  it('lists the median time of each part of the required work', () => {
    const required = variant('required', [sample(4, { parts: { floor: 1000, htmlParse: 1000, validate: 500, encode: 1500 } })]);
    const text = renderSection(report([variant('floor', [sample(1)]), variant('jobs1', [sample(12)]), required]));
    expect(text).toContain('required: median time by part: floor 1.00 s, htmlParse 1.00 s, validate 0.50 s, encode 1.50 s');
    expect(text).toMatch(/\| required \| corpus \| process wall \| 25\.0 \|/);
  });
});

describe('the RSS targets, loose files and one .tar.gz', () => {
  const at = (sizeMb: number, variants: Variant[]): BenchReport => ({ ...report(variants), sizeMb });
  const mbRss = (mb: number): Partial<RunSample> => ({ peakRssKb: (mb * BYTES_PER_MB) / 1024 });
  const tarLine = (r: BenchReport) => judgeTargets(r).find((t) => t.text.startsWith('Peak RSS < 300 MB reading a 1 GB corpus from one .tar.gz'))!;

  it('judges the archive rows on the 1 GB section, by the larger of the two job counts', () => {
    const under = at(1000, [variant('tar-jobs1', [sample(100, mbRss(180))]), variant('tar-jobs2', [sample(80, mbRss(260))])]);
    expect(tarLine(under).verdict).toBe('holds');
    expect(tarLine(under).text).toContain('peak reading the .tar.gz 260 MB (--jobs 1 180 MB, --jobs 2 260 MB)');
    const over = at(1000, [variant('tar-jobs1', [sample(100, mbRss(180))]), variant('tar-jobs2', [sample(80, mbRss(410))])]);
    expect(tarLine(over).verdict).toBe('does NOT hold');
  });

  it('does not judge a smaller corpus, or one job count alone, and says why', () => {
    const small = at(10, [variant('tar-jobs1', [sample(1, mbRss(150))]), variant('tar-jobs2', [sample(1, mbRss(190))])]);
    expect(tarLine(small).verdict).toBe('not measured');
    expect(tarLine(small).text).toContain('judged on the 1000 MB section; on this 10 MB corpus the peak reading the .tar.gz is 190 MB');
    const one = at(1000, [variant('tar-jobs1', [sample(100, mbRss(180))]), variant('tar-jobs2', [], NOT_SELECTED)]);
    expect(tarLine(one).verdict).toBe('not measured');
    expect(tarLine(one).text).toContain('--jobs 2 not run; both job counts are needed');
    expect(tarLine(at(1000, [])).text).toContain('no figure');
  });

  it('keeps the loose-file target on the jobs rows alone', () => {
    const r = at(1000, [variant('jobs1', [sample(100, mbRss(200))]), variant('jobs2', [sample(80, mbRss(250))]), variant('tar-jobs2', [sample(80, mbRss(900))])]);
    const loose = judgeTargets(r).find((t) => t.text.startsWith('Peak RSS < 300 MB on a 1 GB corpus'))!;
    expect(loose.verdict).toBe('holds');
    expect(loose.text).toContain('end-to-end peak 250 MB');
  });
});

describe('daskLines', () => {
  const phases = { start: 1500, shards: 2000, stop: 300, merge: 400, mergeCpu: 350 };

  it('sets the Dask job beside plain --jobs 2 on the corpus, and its fixed cost on the tiny corpus with its phases', () => {
    const r = report([
      variant('jobs2', [sample(20, { cpuMs: 30_000 })]),
      variant('dask', [sample(25, { cpuMs: 40_000, parts: phases })]),
      variant('dask-tiny', [sample(4.5, { cpuMs: 5_000, parts: phases })]),
      variant('jobs2-tiny', [sample(1, { cpuMs: 1_000 })]),
    ]);
    const [throughput, fixed] = daskLines(r);
    expect(throughput).toContain('the Dask job 4.00 MB/s vs a plain `--jobs 2` run 5.00 MB/s = 0.80×; CPU 40.00 vs 30.00 s = 1.33× (2.50 vs 3.33 MB per CPU s)');
    expect(fixed).toContain('the Dask job takes 4.50 s, a plain `--jobs 2` run 1.00 s: the engine adds 3.50 s of wall time, 4.00 CPU s (5.00 vs 1.00)');
    expect(fixed).toContain("median wall time by phase: start 1.50 s, shards 2.00 s, stop 0.30 s, merge 0.40 s; the merge's CPU time 0.35 s");
  });

  it('says why a comparison is missing, and is empty when no Dask row was asked for', () => {
    const r = report([variant('jobs2', [sample(20)]), variant('dask', [], 'no python3 with Dask distributed'), variant('dask-tiny', [], 'no python3 with Dask distributed'), variant('jobs2-tiny', [sample(1)])]);
    expect(daskLines(r)).toEqual(['Throughput on the corpus: not compared (no python3 with Dask distributed).', 'Fixed cost: not measured (no python3 with Dask distributed).']);
    expect(daskLines(report([variant('jobs2', [sample(20)])]))).toEqual([]);
    expect(renderSection(r)).toContain('### Dask engine beside a plain run');
    expect(renderSection(report([variant('jobs2', [sample(20)])]))).not.toContain('Dask');
  });
});

describe('sections by part', () => {
  it('a part lists only the rows it ran, and its heading names it', () => {
    const r: BenchReport = { ...report([variant('jobs1', [sample(10)]), variant('floor', [], NOT_SELECTED), variant('tar-jobs1', [], 'packing the .tar.gz failed')]), part: 'archive' };
    const text = renderSection(r);
    expect(text).toContain('## Corpus of 100 MB, part archive:');
    expect(text).not.toMatch(/^\| floor \|/m);
    expect(text).toMatch(/^\| tar-jobs1 \|.*skipped: packing the .tar.gz failed \|$/m);
    // and the targets its rows bear on: not those left to other parts
    expect(text).not.toContain('Two jobs ≥ 1.7× one job');
    expect(text).toContain('start-up: 300 ms vs 60 ms'.replace('start-up', '`customs-extract seeds/ -o DIR` < 8× bare node start-up'));
    const nothing = renderSection({ ...report([variant('floor', [], NOT_SELECTED)]), part: 'none', startup: { seedsMs: [], bareMs: [], skipped: NOT_SELECTED } });
    expect(nothing).toContain('None of the targets bears on the rows of this part alone.');
    // the whole bench's section still lists every row and every target
    const whole = renderSection({ ...r, part: undefined } as BenchReport);
    expect(whole).toMatch(/^\| floor \|/m);
    expect(whole).toContain('Two jobs ≥ 1.7× one job');
  });

  it('a part has a section of its own: rewriting it leaves the size\'s main section and other parts alone', () => {
    const file = path.join(tempDir('ce-bench-report-'), 'BENCHMARKS.md');
    writeFileSync(file, '# Benchmarks\n\n<!-- bench:sections -->\n\nhand-written notes\n');
    writeSection(file, 1000, 'main v1');
    writeSection(file, 1000, 'archive v1', 'archive');
    writeSection(file, 100, 'hundred v1');
    writeSection(file, 1000, 'rss v1', 'rss');
    writeSection(file, 1000, 'archive v2', 'archive');
    const doc = readFileSync(file, 'utf8');
    for (const s of ['main v1', 'rss v1', 'archive v2', 'hundred v1', 'hand-written notes']) expect(doc).toContain(s);
    expect(doc).not.toContain('archive v1');
    // sizes stay in order: the 100 MB section before every 1000 MB one
    expect(doc.indexOf('hundred v1')).toBeLessThan(doc.indexOf('main v1'));
    expect(doc).toContain('<!-- bench:begin size=1000 part=archive -->\narchive v2\n<!-- bench:end size=1000 part=archive -->');
    expect(() => writeSection(file, 1000, 'x', 'bad --> name')).toThrow(/--part/);
  });
});
