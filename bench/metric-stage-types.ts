// Shared by the metric-stage child and the runner (importing the child script would run it).
import type { Recall } from './recall.js';

export const ENGINES = ['metric-stage', 'recognizers-number', 'recognizers-percentage', 'recognizers-currency'] as const;
export type Engine = (typeof ENGINES)[number];

export interface MetricStageResult {
  engine: Engine;
  /** documents and UTF-8 bytes of cleaned text processed in the timed loop */
  docs: number;
  bytes: number;
  ms: number;
  /** the time budget ran out before the whole sample was processed */
  partial: boolean;
  /** timed passes over the sample (ms is the median pass, or the one partial pass) */
  passes: number;
  sampleBytes: number;
  recall: Recall;
  /** how the engine was fed */
  unitOfWork: string;
}
