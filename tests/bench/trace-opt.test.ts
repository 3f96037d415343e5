// compileCounts reads the TurboFan compiles out of a --trace-opt log.
import { describe, expect, it } from 'vitest';
import { compileCounts } from '../../bench/trace-opt.js';

describe('compileCounts', () => {
  it('counts completed TurboFan compiles by function, and nothing else', () => {
    const trace = [
      '[marking 0x1 <JSFunction attachLabels (sfi = 0x2)> for optimization to TURBOFAN, ConcurrencyMode::kConcurrent, reason: hot and stable]',
      '[completed compiling 0x3e63241e0369 <JSFunction attachLabels (sfi = 0x24cdb5025579)> (target TURBOFAN) - took 0.017, 2.467, 0.048 ms]',
      '[completed compiling 0x3e63241e0370 <JSFunction attachLabels (sfi = 0x24cdb5025579)> (target TURBOFAN) - took 0.017, 2.467, 0.048 ms]',
      '[completed compiling 0x3e63241e0371 <JSFunction  (sfi = 0x24cdb5025579)> (target TURBOFAN) - took 0.017, 2.467, 0.048 ms]',
      '[completed compiling 0x3e63241e0372 <JSFunction scan (sfi = 0x1)> (target MAGLEV) - took 0.017, 2.467, 0.048 ms]',
      'customs-extract: a.txt: empty',
    ].join('\n');
    const counts = compileCounts(trace);
    expect(counts.total).toBe(3);
    expect([...counts.byFunction]).toEqual([
      ['attachLabels', 2],
      ['(anonymous)', 1],
    ]);
  });
});
