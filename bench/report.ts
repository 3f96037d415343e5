// Turns measurements into the BENCHMARKS.md section for one corpus size, and judges the targets.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { ProfileSummary } from './profile.js';
import type { Recall } from './recall.js';
import { BYTES_PER_MB } from './corpus.js';

export interface RunSample {
  /** the time the throughput is computed from */
  ms: number;
  bytes: number;
  docs: number;
  peakRssKb: number | null;
  /** CPU time of the whole process (all its threads), when measured */
  cpuMs?: number | null;
  recall?: Recall;
  partial?: boolean;
  /** the required-work variant: its time by part; the Dask variants: their wall time by phase (ms) */
  parts?: Record<string, number>;
}

export interface Variant {
  key:
    | 'floor'
    | 'jobs1'
    | 'jobs2'
    | 'baseline1'
    | 'jobs1-no-lines'
    | 'baseline1-no-lines'
    | 'readability'
    | 'real-html-jobs1'
    | 'real-html-readability'
    | 'real-html-baseline1'
    | 'templates-learn'
    | 'jobs1-templates'
    | 'tar-jobs1'
    | 'tar-jobs2'
    | 'dask'
    | 'dask-tiny'
    | 'jobs2-tiny'
    | 'bigdoc-text'
    | 'bigdoc-html'
    | 'required'
    | 'metric-stage'
    | 'recognizers-number'
    | 'recognizers-percentage'
    | 'recognizers-currency';
  label: string;
  /** what the time covers */
  timed: string;
  input: string;
  samples: RunSample[];
  /** set when the variant could not be run: the reason */
  skipped?: string;
  notes: string[];
}

export interface Figures {
  mbps: number;
  docsps: number;
  rssMb: number | null;
  /** CPU time ÷ wall time: how many cores the process kept busy on average */
  cores: number | null;
  /** MB per CPU second (every thread of the process), when CPU time was measured: the figure that other work on the machine disturbs least */
  mbPerCpuS: number | null;
  /** median CPU seconds of the process, when measured */
  cpuS: number | null;
  seconds: number[];
  recall: Recall | null;
}

export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

const KB = 1024;

/** The Dask variants' parts: the merge's CPU time, beside the phases' wall times. */
export const MERGE_CPU = 'mergeCpu';

/** Why a variant left out by --only did not run. */
export const NOT_SELECTED = 'not selected (--only)';

export function figures(v: Variant): Figures | null {
  if (v.skipped || v.samples.length === 0) return null;
  const rss = v.samples.map((s) => s.peakRssKb).filter((x): x is number => x !== null);
  const cpu = v.samples.flatMap((s) => (s.cpuMs ? [s.cpuMs / s.ms] : []));
  const cpuMs = v.samples.flatMap((s) => (s.cpuMs ? [s.cpuMs] : []));
  return {
    mbPerCpuS: cpuMs.length === v.samples.length ? median(v.samples.map((s) => s.bytes / BYTES_PER_MB / (s.cpuMs! / 1000))) : null,
    cpuS: cpuMs.length ? median(cpuMs) / 1000 : null,
    mbps: median(v.samples.map((s) => s.bytes / BYTES_PER_MB / (s.ms / 1000))),
    docsps: median(v.samples.map((s) => s.docs / (s.ms / 1000))),
    rssMb: rss.length ? (median(rss) * KB) / BYTES_PER_MB : null,
    cores: cpu.length ? median(cpu) : null,
    seconds: v.samples.map((s) => s.ms / 1000),
    recall: v.samples[0]?.recall ?? null,
  };
}

export interface StartupFigures {
  seedsMs: number[];
  bareMs: number[];
  skipped?: string;
}

export interface BenchReport {
  sizeMb: number;
  /** --part: a section of its own beside the size's main one, so the bench can be run in parts */
  part?: string;
  command: string;
  when: string;
  /** the machine's logical cores */
  cores: number;
  machine: string;
  tree: string;
  corpus: string;
  method: string;
  variants: Variant[];
  startup: StartupFigures;
  profile: { summary: ProfileSummary; command: string } | null;
  profileNote?: string;
  /** the largest corpus the RSS target is judged on */
  rssTargetSizeMb: number;
}

const fmt = (n: number, digits = 1): string => n.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits });
const ratio = (n: number): string => (n >= 100 ? `${fmt(n, 0)}×` : n >= 10 ? `${fmt(n, 1)}×` : `${fmt(n, 2)}×`);
const pct = (r: Recall): string => `${fmt((100 * r.matched) / r.gold, 1)}% (${r.matched}/${r.gold}; ${r.emitted} emitted)`;

/** A table cell: a pipe would end it. */
const cell = (s: string): string => s.replace(/\|/g, '\\|');
const code = (s: string): string => `\`${cell(s).replace(/`/g, "'")}\``;

type Verdict = 'holds' | 'does NOT hold' | 'not measured';

interface TargetLine {
  verdict: Verdict;
  text: string;
}

export function judgeTargets(r: BenchReport): TargetLine[] {
  const variant = (key: Variant['key']): Variant | undefined => r.variants.find((v) => v.key === key);
  const get = (key: Variant['key']): Figures | null => {
    const v = variant(key);
    return v ? figures(v) : null;
  };
  const floor = get('floor');
  const j1 = get('jobs1');
  const j2 = get('jobs2');
  const required = variant('required');
  const floorVariant = variant('floor');
  const ceiling = required && floorVariant ? oneJobCeiling(floorVariant, required) : null;
  const ms = get('metric-stage');
  const num = get('recognizers-number');
  const cur = get('recognizers-currency');
  const lines: TargetLine[] = [];

  if (floor && j1) {
    const q = j1.mbps / floor.mbps;
    lines.push({
      verdict: q >= 0.25 ? 'holds' : 'does NOT hold',
      text:
        `End to end, one job ≥ 1/4 of the floor's MB/s: ${fmt(j1.mbps)} vs ${fmt(floor.mbps)} MB/s = ${ratio(q)} (need ≥ 0.25×).` +
        (ceiling === null
          ? ''
          : ` Ceiling: the floor plus the required work beyond it (cheerio's parse, validation, JSON + CSV encoding of the outputs; no rule of the tool's own) reads ${ratio(ceiling)} of the floor's MB/s, so no implementation writing these outputs with these libraries gets past ${ratio(ceiling)} here.`),
    });
  } else lines.push({ verdict: 'not measured', text: "End to end, one job ≥ 1/4 of the floor's MB/s: a variant did not run." });

  if (j1 && j2) {
    const q = j2.mbps / j1.mbps;
    // one job already keeps j1.cores busy (V8's compiler and GC threads beside it): two jobs can
    // at most fill the cores there are
    const ceiling = j1.cores ? ` Ceiling: one job keeps ${fmt(j1.cores, 2)} cores busy, so two can gain at most ${fmt(Math.min(2, r.cores), 0)} ÷ ${fmt(j1.cores, 2)} = ${ratio(Math.min(2, r.cores) / j1.cores)} on ${r.cores} cores.` : '';
    // on a shared machine the wall clock says little: what the second job costs in CPU is the figure that stays
    const cpu = j1.cpuS && j2.cpuS ? ` Two jobs spend ${ratio(j2.cpuS / j1.cpuS)} the CPU time of one (${fmt(j2.cpuS, 2)} vs ${fmt(j1.cpuS, 2)} s): at best, on 2 idle cores, two jobs would reach 2 ÷ ${fmt(j2.cpuS / j1.cpuS, 2)} = ${ratio(2 / (j2.cpuS / j1.cpuS))} one job.` : '';
    lines.push({ verdict: q >= 1.7 ? 'holds' : 'does NOT hold', text: `Two jobs ≥ 1.7× one job: ${fmt(j2.mbps)} vs ${fmt(j1.mbps)} MB/s = ${ratio(q)}.${ceiling}${cpu}` });
  } else lines.push({ verdict: 'not measured', text: `Two jobs ≥ 1.7× one job: ${variant('jobs2')?.skipped ?? 'a variant did not run'}.` });

  const base = get('baseline1');
  const baseLabel = variant('baseline1')?.label ?? 'the baseline';
  if (j1 && base && j1.mbPerCpuS && base.mbPerCpuS) {
    const q = j1.mbPerCpuS / base.mbPerCpuS;
    lines.push({
      verdict: q >= 2 ? 'holds' : 'does NOT hold',
      text: `One job ≥ 2× the MB per CPU second of ${baseLabel}: ${fmt(j1.mbPerCpuS, 2)} vs ${fmt(base.mbPerCpuS, 2)} MB per CPU s = ${ratio(q)} (wall: ${fmt(j1.mbps)} vs ${fmt(base.mbps)} MB/s = ${ratio(j1.mbps / base.mbps)}).`,
    });
  } else lines.push({ verdict: 'not measured', text: `One job ≥ 2× the MB per CPU second of the baseline: ${variant('baseline1')?.skipped ?? 'a variant did not run, or its CPU time was not measured'}.` });

  lines.push(baselineLine(base, baseLabel, j1, get('jobs1-no-lines'), get('baseline1-no-lines'), variant('baseline1')?.skipped ?? variant('jobs1')?.skipped, get('real-html-jobs1'), get('real-html-baseline1')));

  const realTool = get('real-html-jobs1');
  const realPeer = get('real-html-readability');
  if (realTool?.cpuS && realPeer?.cpuS) {
    const q = realTool.cpuS / realPeer.cpuS;
    lines.push({
      verdict: q <= 1 ? 'holds' : 'does NOT hold',
      text: `On the real HTML pages, the whole pipeline in no more CPU time than Readability's article extraction (both whole processes): ${fmt(realTool.cpuS, 2)} vs ${fmt(realPeer.cpuS, 2)} CPU s = ${ratio(q)}.`,
    });
  } else
    lines.push({
      verdict: 'not measured',
      text: `On the real HTML pages, the whole pipeline in no more CPU time than Readability: ${variant('real-html-jobs1')?.skipped ?? variant('real-html-readability')?.skipped ?? 'a variant did not run, or its CPU time was not measured'}.`,
    });

  lines.push(rssLine(r, 'Peak RSS < 300 MB on a 1 GB corpus', [j1, j2], 'end-to-end peak'));
  lines.push(rssLine(r, 'Peak RSS < 300 MB reading a 1 GB corpus from one .tar.gz, --jobs 1 and --jobs 2', [get('tar-jobs1'), get('tar-jobs2')], 'peak reading the .tar.gz'));

  if (r.startup.skipped || r.startup.seedsMs.length === 0) lines.push({ verdict: 'not measured', text: `\`customs-extract seeds/ -o DIR\` < 8× bare node start-up: ${r.startup.skipped ?? 'not run'}.` });
  else {
    const q = median(r.startup.seedsMs) / median(r.startup.bareMs);
    lines.push({
      verdict: q < 8 ? 'holds' : 'does NOT hold',
      text: `\`customs-extract seeds/ -o DIR\` < 8× bare node start-up: ${fmt(median(r.startup.seedsMs), 0)} ms vs ${fmt(median(r.startup.bareMs), 0)} ms = ${ratio(q)}.`,
    });
  }

  const recallOf = (f: Figures | null): number => (f?.recall && f.recall.gold ? f.recall.matched / f.recall.gold : 0);
  for (const [peer, label, need] of [
    [num, 'number model', 20],
    [cur, 'currency model', 500],
  ] as const) {
    if (!ms || !peer) {
      lines.push({ verdict: 'not measured', text: `Metric stage ≥ ${need}× recognizers-text ${label} throughput, with higher recall: a variant did not run.` });
      continue;
    }
    const q = ms.mbps / peer.mbps;
    const better = recallOf(ms) > recallOf(peer);
    lines.push({
      verdict: q >= need && better ? 'holds' : 'does NOT hold',
      text: `Metric stage ≥ ${need}× recognizers-text ${label} throughput, with higher recall: ${fmt(ms.mbps, 2)} vs ${fmt(peer.mbps, 3)} MB/s = ${ratio(q)}; recall ${fmt(100 * recallOf(ms))}% vs ${fmt(100 * recallOf(peer))}%.`,
    });
  }
  return lines;
}

/** Issue 13's bench clause: one job within 10% of the baseline commit's MB per CPU second. */
const WITHIN_BASELINE = 0.9;

/**
 * Issue 13's clause (one job ≥ 0.90× the baseline's MB per CPU second), with what the ablation rows
 * say when they ran: the CPU the line stage costs (a run with it a pass-through, on both sides),
 * the ratio with no line stage at all, and the most the line stage could cost for the clause to hold.
 */
export function baselineLine(
  base: Figures | null,
  baseLabel: string,
  j1: Figures | null,
  j1NoLines: Figures | null,
  baseNoLines: Figures | null,
  skipped?: string,
  realJ1: Figures | null = null,
  realBase: Figures | null = null,
): TargetLine {
  const target = `One job within 10% of the MB per CPU second of ${baseLabel}`;
  if (!j1?.mbPerCpuS || !base?.mbPerCpuS || !j1.cpuS || !base.cpuS) return { verdict: 'not measured', text: `${target}: ${skipped ?? 'a variant did not run, or its CPU time was not measured'}.` };
  const q = j1.mbPerCpuS / base.mbPerCpuS;
  let text = `${target} (≥ ${ratio(WITHIN_BASELINE)}): ${fmt(j1.mbPerCpuS, 2)} vs ${fmt(base.mbPerCpuS, 2)} MB per CPU s = ${ratio(q)}.`;
  if (j1NoLines?.cpuS && baseNoLines?.cpuS && j1NoLines.mbPerCpuS) {
    const ours = j1.cpuS - j1NoLines.cpuS;
    const theirs = base.cpuS - baseNoLines.cpuS;
    // the CPU one job may spend for the clause to hold, less what it spends with no line stage
    const allowed = base.cpuS / WITHIN_BASELINE - j1NoLines.cpuS;
    text +=
      ` Ablation (each build with its line stage a pass-through, the rest unchanged): the line stage costs ${fmt(ours, 2)} CPU s of one job's ${fmt(j1.cpuS, 2)}, the baseline's ${fmt(theirs, 2)} of ${fmt(base.cpuS, 2)};` +
      ` with no line stage at all one job reads ${ratio(j1NoLines.mbPerCpuS / base.mbPerCpuS)} the baseline, so the clause needs the line stage at no more than ${fmt(Math.max(0, allowed), 2)} CPU s` +
      ` (${ratio(Math.max(0, allowed) / ours)} its cost, ${ratio(Math.max(0, allowed) / theirs)} the baseline's).`;
  }
  // the corpus's documents are small (made from fixtures); the real pages are what users run it on
  if (realJ1?.mbPerCpuS && realBase?.mbPerCpuS) text += ` On the corpus's copies of the real HTML pages alone: ${fmt(realJ1.mbPerCpuS, 2)} vs ${fmt(realBase.mbPerCpuS, 2)} MB per CPU s = ${ratio(realJ1.mbPerCpuS / realBase.mbPerCpuS)}.`;
  return { verdict: q >= WITHIN_BASELINE ? 'holds' : 'does NOT hold', text };
}

/** The RSS target on the given job variants: judged only at the target's corpus size. */
function rssLine(r: BenchReport, target: string, jobs: Array<Figures | null>, what: string): TargetLine {
  const rss = jobs.map((f) => f?.rssMb ?? null).filter((x): x is number => x !== null);
  if (rss.length === 0) return { verdict: 'not measured', text: `${target}: no figure (not run).` };
  const peak = Math.max(...rss);
  const each = jobs.map((f, i) => `--jobs ${i + 1} ${f?.rssMb ? `${fmt(f.rssMb, 0)} MB` : 'not run'}`).join(', ');
  if (r.sizeMb < r.rssTargetSizeMb) return { verdict: 'not measured', text: `${target}: judged on the ${r.rssTargetSizeMb} MB section; on this ${r.sizeMb} MB corpus the ${what} is ${fmt(peak, 0)} MB (${each}).` };
  if (rss.length < jobs.length) return { verdict: 'not measured', text: `${target}: ${each}; both job counts are needed.` };
  return { verdict: peak < 300 ? 'holds' : 'does NOT hold', text: `${target}: ${what} ${fmt(peak, 0)} MB (${each}).` };
}

/**
 * The Dask engine beside a plain run: its throughput on the corpus against `--jobs 2` (the same
 * two cores), and its fixed cost, the time and CPU the engine adds on a tiny corpus where the
 * work itself is almost nothing, with the median time of each of its phases there.
 */
export function daskLines(r: BenchReport): string[] {
  const variant = (key: Variant['key']): Variant | undefined => r.variants.find((v) => v.key === key);
  const get = (key: Variant['key']): Figures | null => {
    const v = variant(key);
    return v ? figures(v) : null;
  };
  const dask = variant('dask');
  const tiny = variant('dask-tiny');
  if (!dask && !tiny) return [];
  const lines: string[] = [];
  const [d, j2, dt, j2t] = [get('dask'), get('jobs2'), get('dask-tiny'), get('jobs2-tiny')];
  const cpu = (a: Figures, b: Figures): string => (a.cpuS && b.cpuS ? `; CPU ${fmt(a.cpuS, 2)} vs ${fmt(b.cpuS, 2)} s = ${ratio(a.cpuS / b.cpuS)} (${fmt(a.mbPerCpuS ?? 0, 2)} vs ${fmt(b.mbPerCpuS ?? 0, 2)} MB per CPU s)` : '');
  if (d && j2) lines.push(`Throughput on the corpus: the Dask job ${fmt(d.mbps, 2)} MB/s vs a plain \`--jobs 2\` run ${fmt(j2.mbps, 2)} MB/s = ${ratio(d.mbps / j2.mbps)}${cpu(d, j2)}.`);
  else lines.push(`Throughput on the corpus: not compared (${dask?.skipped ?? variant('jobs2')?.skipped ?? 'a variant did not run'}).`);
  if (dt && j2t) {
    const phases = tiny ? partsNote(tiny)[0] : undefined;
    const extraCpu = dt.cpuS && j2t.cpuS ? `, ${fmt(dt.cpuS - j2t.cpuS, 2)} CPU s (${fmt(dt.cpuS, 2)} vs ${fmt(j2t.cpuS, 2)})` : '';
    lines.push(
      `Fixed cost (the tiny corpus, where the work is almost nothing): the Dask job takes ${fmt(median(dt.seconds), 2)} s, a plain \`--jobs 2\` run ${fmt(median(j2t.seconds), 2)} s: the engine adds ${fmt(median(dt.seconds) - median(j2t.seconds), 2)} s of wall time${extraCpu}` +
        (phases ? `; the Dask job's ${phases}` : '') +
        '.',
    );
  } else lines.push(`Fixed cost: not measured (${tiny?.skipped ?? variant('jobs2-tiny')?.skipped ?? 'a variant did not run'}).`);
  return lines;
}

/**
 * The ceiling of the one-job ratio: the floor's time over the floor's time plus the required work
 * beyond it (the required-work variant's time less its own floor part; medians), or null. The
 * floor's own process is the measure of its part: inside the required-work process the same work
 * runs slower beside cheerio's parse (a larger heap), which would flatter the ceiling.
 */
export function oneJobCeiling(floor: Variant, required: Variant): number | null {
  const runs = required.skipped ? [] : required.samples.filter((s) => s.parts?.floor !== undefined);
  if (floor.skipped || floor.samples.length === 0 || runs.length === 0) return null;
  const floorMs = median(floor.samples.map((s) => s.ms));
  return floorMs / (floorMs + median(runs.map((s) => s.ms - s.parts!.floor!)));
}

/** The median time of each part, for a variant that reports parts. */
function partsNote(v: Variant): string[] {
  const names = Object.keys(v.samples[0]?.parts ?? {});
  if (v.skipped || names.length === 0) return [];
  const seconds = (n: string): string => `${fmt(median(v.samples.map((s) => s.parts?.[n] ?? 0)) / 1000, 2)} s`;
  const each = names.filter((n) => n !== MERGE_CPU).map((n) => `${n} ${seconds(n)}`);
  if (!v.key.startsWith('dask')) return [`median time by part: ${each.join(', ')}`];
  return [`median wall time by phase: ${each.join(', ')}${names.includes(MERGE_CPU) ? `; the merge's CPU time ${seconds(MERGE_CPU)}` : ''}`];
}

export function renderSection(r: BenchReport): string {
  const floorVariant = r.variants.find((v) => v.key === 'floor');
  const floor = floorVariant ? figures(floorVariant) : null;
  const out: string[] = [];
  out.push(`## Corpus of ${r.sizeMb} MB${r.part ? `, part ${r.part}` : ''}: \`${r.command}\``, '');
  out.push(`- When: ${r.when}`, `- Machine: ${r.machine}`, `- Code: ${r.tree}`, `- Corpus: ${r.corpus}`, `- Method: ${r.method}`, '');
  out.push('| run | input | timed | MB/s | MB per CPU s | CPU s | docs/s | peak RSS (MB) | cores busy (CPU s ÷ wall s) | MB/s ÷ floor | docs/s ÷ floor | RSS ÷ floor | recall on gold metrics | each run (s) |');
  out.push('| --- | --- | --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |');
  for (const v of r.variants) {
    const f = figures(v);
    // a part's section lists the rows it ran, not every row it left to the other parts
    if (r.part && v.skipped === NOT_SELECTED) continue;
    if (!f) {
      out.push(`| ${v.label} | ${v.input} | ${v.timed} | – | – | – | – | – | – | – | – | – | – | skipped: ${v.skipped ?? 'no runs'} |`);
      continue;
    }
    const cells = [
      v.label,
      v.input,
      v.timed,
      f.mbps >= 1 ? fmt(f.mbps, 1) : fmt(f.mbps, 3),
      f.mbPerCpuS === null ? '–' : fmt(f.mbPerCpuS, 2),
      f.cpuS === null ? '–' : fmt(f.cpuS, 2),
      fmt(f.docsps, f.docsps >= 10 ? 0 : 2),
      f.rssMb === null ? '–' : fmt(f.rssMb, 0),
      f.cores === null ? '–' : fmt(f.cores, 2),
      floor ? ratio(f.mbps / floor.mbps) : '–',
      floor ? ratio(f.docsps / floor.docsps) : '–',
      floor && floor.rssMb && f.rssMb ? ratio(f.rssMb / floor.rssMb) : '–',
      f.recall ? pct(f.recall) : '–',
      f.seconds.map((s) => fmt(s, 2)).join(', '),
    ];
    out.push(`| ${cells.join(' | ')} |`);
  }
  const notes = r.variants.flatMap((v) => [...v.notes, ...partsNote(v)].map((n) => `${v.label}: ${n}`));
  if (notes.length) out.push('', 'Notes:', ...notes.map((n) => `- ${n}`));
  out.push('');
  if (r.startup.skipped) out.push(`Start-up: not measured (${r.startup.skipped}).`);
  else
    out.push(
      `Start-up: \`customs-extract seeds/ -o DIR\` takes ${fmt(median(r.startup.seedsMs), 0)} ms, bare \`node -e 0\` ${fmt(median(r.startup.bareMs), 0)} ms ` +
        `(medians of ${r.startup.seedsMs.length} interleaved runs; seeds: ${r.startup.seedsMs.map((m) => fmt(m, 0)).join(', ')}; bare: ${r.startup.bareMs.map((m) => fmt(m, 0)).join(', ')}).`,
    );
  out.push('', '### Targets', '');
  // a part's section judges the targets its rows bear on, and leaves the others to the other parts
  const targets = judgeTargets(r).filter((t) => !r.part || t.verdict !== 'not measured' || !/not selected \(--only\)|a variant did not run|no figure \(not run\)/.test(t.text));
  if (targets.length === 0) out.push('None of the targets bears on the rows of this part alone.');
  for (const t of targets) out.push(`- **${t.verdict}**: ${t.text}`);
  const dask = daskLines(r);
  if (dask.length) out.push('', '### Dask engine beside a plain run', '', ...dask.map((l) => `- ${l}`));
  if (r.profile) {
    const p = r.profile.summary;
    out.push('', `### CPU profile: \`${r.profile.command}\``, '');
    out.push(`${fmt(p.totalMs / 1000, 2)} s of samples (idle excluded) in ${p.profiles} profile(s). Time by pipeline stage (inclusive: libraries, regex and GC inside a stage count for it):`, '');
    out.push('| stage | ms | share |', '| --- | ---: | ---: |');
    for (const st of p.stages) out.push(`| ${cell(st.stage)} | ${fmt(st.ms, 0)} | ${fmt(100 * st.share)}% |`);
    out.push('', 'Self time by function:', '');
    out.push('| function | file:line | self ms | share |', '| --- | --- | ---: | ---: |');
    for (const h of p.functions) out.push(`| ${code(h.name)} | ${cell(h.file)}${h.line ? `:${h.line}` : ''} | ${fmt(h.selfMs, 0)} | ${fmt(100 * h.share)}% |`);
    out.push('', 'Time by the project function that asked for it (each sample charged to the innermost frame of dist/ on its stack, so cheerio, regex and GC time inside a call counts for its caller):', '');
    out.push('| function | file:line | ms | share |', '| --- | --- | ---: | ---: |');
    for (const o of p.owners) out.push(`| ${o.file ? code(o.name) : o.name} | ${cell(o.file)}${o.line ? `:${o.line}` : ''} | ${fmt(o.ms, 0)} | ${fmt(100 * o.share)}% |`);
    out.push('', 'Self time by file:', '', '| file | self ms | share |', '| --- | ---: | ---: |');
    for (const f of p.files) out.push(`| ${cell(f.file)} | ${fmt(f.selfMs, 0)} | ${fmt(100 * f.share)}% |`);
  } else if (r.profileNote) out.push('', `CPU profile: ${r.profileNote}`);
  return out.join('\n');
}

const HEADER = `# Benchmarks

Written by \`npm run bench\` (source: [bench/](bench/)). Each \`--size\` keeps its own section
below; a run replaces only the section of its size. MB = 10^6 bytes throughout; corpus sizes are bytes
on disk (a GB18030 file holds about two bytes per Chinese character, UTF-8 three).

${'<!-- bench:sections -->'}
`;

/** Where the first generated section goes in a hand-edited file (notes may follow the sections). */
const SECTIONS_MARKER = '<!-- bench:sections -->';
/** A part's name: what --part accepts, so that it cannot break the markers. */
export const PART_NAME = /^[a-z0-9][a-z0-9-]*$/;
const key = (size: number, part?: string): string => `size=${size}${part ? ` part=${part}` : ''}`;
const begin = (size: number, part?: string): string => `<!-- bench:begin ${key(size, part)} -->`;
const end = (size: number, part?: string): string => `<!-- bench:end ${key(size, part)} -->`;

/**
 * Replaces (or adds, in size order) the section of this corpus size, and of this part when the run
 * was one part of the bench (--part), keeping everything else.
 */
export function writeSection(file: string, sizeMb: number, section: string, part?: string): void {
  if (part !== undefined && !PART_NAME.test(part)) throw new Error(`--part: expected lower-case letters, digits and -, got ${JSON.stringify(part)}`);
  let doc = existsSync(file) ? readFileSync(file, 'utf8') : HEADER;
  const block = `${begin(sizeMb, part)}\n${section}\n${end(sizeMb, part)}`;
  const b = doc.indexOf(begin(sizeMb, part));
  const e = doc.indexOf(end(sizeMb, part));
  if (b >= 0 && e > b) doc = doc.slice(0, b) + block + doc.slice(e + end(sizeMb, part).length);
  else {
    // before the first section of a larger size, else after the last section
    const sizes = [...doc.matchAll(/<!-- bench:begin size=(\d+)(?: part=[a-z0-9-]+)? -->/g)].map((m) => ({ size: Number(m[1]), at: m.index }));
    const next = sizes.find((s) => s.size > sizeMb);
    if (next) doc = `${doc.slice(0, next.at)}${block}\n\n${doc.slice(next.at)}`;
    else {
      const last = sizes.length ? doc.lastIndexOf('<!-- bench:end size=') : doc.indexOf(SECTIONS_MARKER);
      if (last >= 0) {
        const after = doc.indexOf('-->', last) + 3;
        doc = `${doc.slice(0, after)}\n\n${block}${doc.slice(after)}`;
      } else doc = `${doc.trimEnd()}\n\n${block}\n`;
    }
  }
  writeFileSync(file, doc.endsWith('\n') ? doc : `${doc}\n`);
}
