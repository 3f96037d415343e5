// The metric stage alone, or a recognizers-text peer, on the same sample, in its own process:
// the cleaned text of the seeds, repeated to about --sample-bytes. Recall is scored once on the
// seeds (untimed), the engine warms up on WARM_UP_PASSES more passes over them (untimed); then the
// sample is timed, pass after pass until MIN_TIMED_MS have gone by, and a pass's time is the median
// of those passes. Model construction and sample building are not timed.
// Usage: node dist-bench/metric-stage.js ENGINE [--sample-bytes N] [--budget-ms N]
//   → one JSON line (MetricStageResult) on stdout.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { processDocument } from '../dist/pipeline.js';
import { segment } from '../dist/stages/segment/segment.js';
import { extractMetrics } from '../dist/stages/extract/extract-metrics.js';
import { FORMAT_BY_EXTENSION } from '../dist/rules/formats.js';
import type { ExtractContext } from '../dist/stages/types.js';
import { addRecall, loadGold, matchCount, type Found, type Recall } from './recall.js';
import { ENGINES, type Engine, type MetricStageResult } from './metric-stage-types.js';
import { median } from './report.js';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const SEEDS = path.join(ROOT, 'seeds');
const GOLD_METRICS = path.join(ROOT, 'tests', 'gold', 'metrics');
/** Untimed passes over the seeds before the sample is timed (after the one recall pass). */
const WARM_UP_PASSES = 50;
/** …but no longer than this: a slow peer (the currency model) would otherwise take minutes. */
const WARM_UP_MAX_MS = 10_000;
/**
 * Timed passes over the sample go on until this much time has gone by (within the budget), and a
 * pass takes the median time. The metric stage reads the 2 MB sample in about 30 ms, where one
 * collection or timer tick moves a single pass by a third; a slow peer makes one pass anyway.
 */
const MIN_TIMED_MS = 1_000;

interface SampleDoc {
  id: string;
  context: ExtractContext;
  lines: string[];
  bytes: number;
}

/** The seeds as the metric stage sees them: cleaned text, its outline and metadata. */
function cleanedSeeds(): SampleDoc[] {
  const docs: SampleDoc[] = [];
  for (const name of readdirSync(SEEDS).sort()) {
    const format = FORMAT_BY_EXTENSION[path.extname(name).toLowerCase()];
    if (!format) continue;
    const id = name.slice(0, -path.extname(name).length);
    const doc = processDocument({ path: name, id, bytes: readFileSync(path.join(SEEDS, name)), format });
    const context: ExtractContext = { docId: id, text: doc.text, outline: segment(doc.text), metadata: doc.metadata };
    docs.push({ id, context, lines: doc.text.split('\n').filter((l) => l.trim()), bytes: Buffer.byteLength(doc.text) });
  }
  return docs;
}

type Extract = (doc: SampleDoc) => Found[];

interface RecognizerModel {
  parse(query: string): Array<{ resolution?: { value?: unknown; unit?: unknown; isoCurrency?: unknown } | null }>;
}

/** recognizers-text resolves values as strings ("1199704000000", "5.1%"). */
function resolvedNumber(value: unknown): number | null {
  if (typeof value !== 'string') return null;
  const n = Number(value.replace(/,/g, '').replace(/%$/, ''));
  return Number.isFinite(n) ? n : null;
}

/** ISO currency codes to the unit word the gold uses (元 for yuan). */
const CURRENCY_UNITS: Record<string, string> = { CNY: '元', USD: '美元', EUR: '欧元', HKD: '港元', JPY: '日元' };

/**
 * The peers are utterance recognizers: they are fed one line (paragraph) at a time, which is how
 * their documentation calls them and spares them any cost that grows with input length.
 */
function byLine(model: RecognizerModel, toFound: (r: ReturnType<RecognizerModel['parse']>[number]) => Found | null): Extract {
  return (doc) => {
    const out: Found[] = [];
    for (const line of doc.lines) {
      for (const r of model.parse(line)) {
        const f = toFound(r);
        if (f) out.push(f);
      }
    }
    return out;
  };
}

async function engineFor(engine: Engine): Promise<{ extract: Extract; unitOfWork: string }> {
  if (engine === 'metric-stage') {
    return { extract: (doc) => extractMetrics(doc.context).map((m) => ({ value: m.value, unit: m.unit })), unitOfWork: 'one call per document, with its segment() outline' };
  }
  if (engine === 'recognizers-currency') {
    const { NumberWithUnitRecognizer, Culture } = (await import('@microsoft/recognizers-text-number-with-unit')).default;
    const model = new NumberWithUnitRecognizer(Culture.Chinese).getCurrencyModel() as RecognizerModel;
    const extract = byLine(model, (r) => {
      const value = resolvedNumber(r.resolution?.value);
      if (value === null) return null;
      const iso = typeof r.resolution?.isoCurrency === 'string' ? r.resolution.isoCurrency : '';
      const unit = CURRENCY_UNITS[iso] ?? (typeof r.resolution?.unit === 'string' ? r.resolution.unit : null);
      return { value, unit };
    });
    return { extract, unitOfWork: 'one call per line' };
  }
  const { NumberRecognizer, Culture } = (await import('@microsoft/recognizers-text-number')).default;
  const recognizer = new NumberRecognizer(Culture.Chinese);
  if (engine === 'recognizers-percentage') {
    const model = recognizer.getPercentageModel() as RecognizerModel;
    return {
      extract: byLine(model, (r) => {
        const value = resolvedNumber(r.resolution?.value);
        return value === null ? null : { value, unit: '%' };
      }),
      unitOfWork: 'one call per line',
    };
  }
  const model = recognizer.getNumberModel() as RecognizerModel;
  return {
    // The number model emits no unit: matched on value alone.
    extract: byLine(model, (r) => {
      const value = resolvedNumber(r.resolution?.value);
      return value === null ? null : { value };
    }),
    unitOfWork: 'one call per line',
  };
}

async function main(argv: string[]): Promise<void> {
  const engine = argv[0] as Engine;
  if (!ENGINES.includes(engine)) throw new Error(`usage: metric-stage.js ${ENGINES.join('|')} [--sample-bytes N] [--budget-ms N]`);
  const option = (name: string, fallback: number): number => {
    const i = argv.indexOf(name);
    return i >= 0 ? Number(argv[i + 1]) : fallback;
  };
  const sampleBytes = option('--sample-bytes', 2_000_000);
  const budgetMs = option('--budget-ms', 60_000);
  const seeds = cleanedSeeds();
  const { extract, unitOfWork } = await engineFor(engine);

  let recall: Recall = { matched: 0, gold: 0, emitted: 0 };
  for (const doc of seeds) {
    const gold = loadGold(GOLD_METRICS, doc.id);
    if (gold.length === 0) continue;
    const found = extract(doc);
    recall = addRecall(recall, { matched: matchCount(gold, found), gold: gold.length, emitted: found.length });
  }

  // Warm-up, untimed and the same for every engine: a long run over an archive is measured at
  // the speed it settles to once V8 has compiled the hot code, not at its first seconds.
  const warmUpStarted = performance.now();
  for (let pass = 0; pass < WARM_UP_PASSES && performance.now() - warmUpStarted < Math.min(budgetMs, WARM_UP_MAX_MS); pass++) for (const doc of seeds) extract(doc);

  // The sample: the seeds in order, again and again, until it reaches sampleBytes.
  const sample: SampleDoc[] = [];
  let planned = 0;
  for (let rep = 0; planned < sampleBytes; rep++) {
    for (const doc of seeds) {
      if (planned >= sampleBytes) break;
      sample.push({ ...doc, id: `${doc.id}~${rep}`, context: { ...doc.context, docId: `${doc.id}~${rep}` } });
      planned += doc.bytes;
    }
  }
  let docs = 0;
  let bytes = 0;
  let emitted = 0;
  const passes: number[] = [];
  const started = performance.now();
  do {
    const passStarted = performance.now();
    docs = 0;
    bytes = 0;
    for (const doc of sample) {
      emitted += extract(doc).length;
      docs++;
      bytes += doc.bytes;
      if (performance.now() - started > budgetMs) break;
    }
    passes.push(performance.now() - passStarted);
  } while (docs === sample.length && performance.now() - started < Math.min(MIN_TIMED_MS, budgetMs));
  // a pass cut short by the budget is the only one there is: its time goes with its bytes
  const ms = docs < sample.length ? passes[passes.length - 1]! : median(passes);
  const result: MetricStageResult = { engine, docs, bytes, ms, partial: docs < sample.length, sampleBytes: planned, passes: passes.length, recall, unitOfWork };
  // emitted is printed so the loop's result is observably used
  process.stdout.write(`${JSON.stringify({ ...result, emittedInSample: emitted })}\n`);
}

main(process.argv.slice(2)).catch((e: unknown) => {
  process.stderr.write(`metric-stage: ${e instanceof Error ? e.message : String(e)}\n`);
  process.exitCode = 1;
});
