// Pathological inputs through the whole pipeline: each finishes well inside the timeout, and its
// cost per MB stays flat as it grows (4× the input must cost well under 16×, the quadratic mark).
// Catastrophic backtracking or an accidental O(n²) scan in any stage fails here. Costs are the
// process's CPU time (not wall time, which other processes on a loaded machine inflate), each
// measured over enough runs to last MIN_MEASURE_MS.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../src/pipeline.js';
import type { InputFormat } from '../../src/schema/records.js';
import { DocumentError } from '../../src/stages/types.js';

/** The smaller input; the larger is GROWTH times this (1 MB). */
const BASE_BYTES = 256 * 1024;
const GROWTH = 4;
/** Linear is 4×, quadratic 16×: 8× leaves room for noise on a busy machine and still catches O(n²). */
const MAX_TIME_RATIO = 8;
const TIMEOUT_MS = 180_000;

function repeatToBytes(unit: string, bytes: number): string {
  const n = Math.max(1, Math.round(bytes / Buffer.byteLength(unit)));
  return unit.repeat(n);
}

interface Case {
  name: string;
  format: InputFormat;
  make: (bytes: number) => string;
  /** smaller than BASE_BYTES where every few bytes are a metric, so a linear stage stays quick */
  baseBytes?: number;
}

const CASES: Case[] = [
  { name: 'a line of digits', format: 'text', make: (b) => repeatToBytes('1234567890', b) },
  { name: '十 repeated', format: 'text', make: (b) => repeatToBytes('十', b) },
  {
    name: 'thousands of | cells',
    format: 'text',
    make: (b) => {
      const row = `${Array.from({ length: 2000 }, (_, i) => `| ${i % 97}.5% `).join('')}|\n`;
      return repeatToBytes(row, b);
    },
  },
  {
    name: 'deeply nested markup',
    format: 'html',
    make: (b) => {
      const depth = Math.round(b / Buffer.byteLength('<div></div>'));
      return `<html><body>${'<div>'.repeat(depth)}<p>进出口总值41.75万亿元,增长5%。</p>${'</div>'.repeat(depth)}</body></html>`;
    },
  },
  { name: 'digits and magnitudes run together', format: 'text', make: (b) => repeatToBytes('1.5万亿', b) },
  { name: 'heading markers without end', format: 'text', make: (b) => repeatToBytes('一、(一)1.', b) },
  // a run of spaces that does not end its line: `[ \t]+$` (m flag) and two quantifiers over spaces in a row were quadratic in it
  { name: 'a list marker, a long run of spaces, a word (Markdown)', format: 'markdown', baseBytes: 64 * 1024, make: (b) => `-${' '.repeat(b)}**a**\n` },
  { name: 'a long run of spaces before a word (text)', format: 'text', baseBytes: 64 * 1024, make: (b) => `${' '.repeat(b)}正文。\n` },
  // A statistics paragraph that lists figures with commas and never reaches a full stop: any
  // per-metric look-back to the start of the sentence makes this quadratic.
  { name: 'a paragraph of metrics with no full stop', format: 'text', baseBytes: 64 * 1024, make: (b) => repeatToBytes('全年进口货物12.5万吨,增长3%,', b) },
  // the same paragraph dumped one inline element a line: the rejoin step joins it all into one line
  { name: 'a paragraph split one inline element a line', format: 'text', baseBytes: 64 * 1024, make: (b) => repeatToBytes('全年进口货物\n12.5\n万吨\n,增长\n3%\n,', b) },
];

/** CPU time of this process in ms: other processes on a loaded machine do not add to it, as they add to wall time. */
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function once(bytes: Buffer, format: InputFormat): string {
  try {
    processDocument({ path: `case.${format === 'html' ? 'html' : 'txt'}`, id: 'case', bytes, format });
    return 'document';
  } catch (e) {
    // A refusal with a stable code is a fine answer to a hostile input; a crash is not.
    if (!(e instanceof DocumentError)) throw e;
    return e.code;
  }
}

/** CPU ms of `reps` runs back to back. */
function timed(bytes: Buffer, format: InputFormat, reps: number): { ms: number; outcome: string } {
  let outcome = '';
  const started = cpuMs();
  for (let i = 0; i < reps; i++) outcome = once(bytes, format);
  return { ms: cpuMs() - started, outcome };
}

/** Each measurement runs at least this long (repeating the smaller input), so timer and scheduler noise stay small beside it. */
const MIN_MEASURE_MS = 60;
/** Timings are the best of a few tries: a collection or another thread only ever adds time. */
const TRIES = 3;

/** How many runs of the smaller input take MIN_MEASURE_MS of CPU (the larger input is run as many times). */
function repsFor(bytes: Buffer, format: InputFormat): number {
  let reps = 1;
  while (reps < 1024 && timed(bytes, format, reps).ms < MIN_MEASURE_MS) reps *= 2;
  return reps;
}

function bestOf(text: string, format: InputFormat, reps: number): { ms: number; outcome: string } {
  const bytes = Buffer.from(text, 'utf8');
  let best = timed(bytes, format, reps);
  for (let i = 1; i < TRIES; i++) {
    const r = timed(bytes, format, reps);
    if (r.ms < best.ms) best = r;
  }
  return best;
}

describe('pathological inputs through processDocument', () => {
  for (const c of CASES) {
    it(
      `${c.name}: finishes, and 4× the input costs well under quadratic time`,
      () => {
        bestOf(c.make(16 * 1024), c.format, 2); // warm the JIT so the small size is not charged for it
        const base = c.baseBytes ?? BASE_BYTES;
        // a quick case (one refused at once) runs many times at both sizes: CPU time of at least
        // MIN_MEASURE_MS is compared, never a millisecond or two against another
        const reps = repsFor(Buffer.from(c.make(base), 'utf8'), c.format);
        const small = bestOf(c.make(base), c.format, reps);
        const large = bestOf(c.make(base * GROWTH), c.format, reps);
        const ratio = large.ms / small.ms;
        expect(large.outcome).toBe(small.outcome);
        expect(ratio, `${c.name}: ${small.ms.toFixed(0)} ms at ${base / 1024} KiB, ${large.ms.toFixed(0)} ms at ${(base * GROWTH) / 1024} KiB (${reps} runs each, CPU)`).toBeLessThan(
          MAX_TIME_RATIO,
        );
      },
      TIMEOUT_MS,
    );
  }
});
