// Cleaned text + outline → metrics. STUB: owned by the metrics work (issue 5).
import type { Metric } from '../../schema/records.js';
import type { ExtractContext } from '../types.js';

export function extractMetrics(_context: ExtractContext): Metric[] {
  return [];
}
