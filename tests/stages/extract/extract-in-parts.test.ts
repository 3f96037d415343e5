// A long text's metrics made window by window (extractMetricsInParts) are the metrics of the
// whole text: the same records, numbered on across the windows.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { processDocument, processDocumentInParts } from '../../../src/pipeline.js';
import { windows } from '../../../src/stages/extract/extract-metrics.js';
import type { SourceFile } from '../../../src/stages/types.js';
import { SEEDS } from '../../helpers.js';

/** The seeds under chapter headings of their own, and a line with an astral character (its spans count code points). */
function longSource(): SourceFile {
  const chapters = readdirSync(SEEDS)
    .sort()
    .map((name, i) => `第${i + 1}章 汇编\n${readFileSync(path.join(SEEDS, name), 'utf8').trim()}\n𠀀字号企业增加12家,增长5.5%。`);
  return { id: 'long', path: 'long.txt', format: 'text', bytes: Buffer.from(chapters.join('\n')) };
}

describe('extractMetricsInParts', () => {
  it('gives processDocument’s metrics, window by window, for any window size', () => {
    const whole = processDocument(longSource());
    expect(whole.metrics.length).toBeGreaterThan(100);
    for (const partChars of [1, 2000, 20_000, Infinity]) {
      const { head, metrics } = processDocumentInParts(longSource(), {}, partChars);
      const parts = [...metrics];
      if (partChars === 2000) expect(parts.length).toBeGreaterThan(5);
      expect({ ...head, metrics: parts.flat() }).toEqual(whole);
    }
  });

  it('takes the source: its bytes are released once decoded, processDocument leaves them', () => {
    const source = longSource();
    const bytes = source.bytes.byteLength;
    processDocument(source);
    expect(source.bytes.byteLength).toBe(bytes);
    const { head } = processDocumentInParts(source, {}, 2000);
    expect(source.bytes.byteLength).toBe(0);
    // what the record states of the bytes was taken before they went
    expect(head.bytes).toBe(bytes);
    expect(head.sha256).toBe(processDocument(longSource()).sha256);
  });

  it('cuts only where a section starts, never inside a 专栏 box', () => {
    const text = '一、甲\n增长5%。\n专栏1 乙\n1.丙增加3家。\n二、丁\n增长6%。\n';
    const outline = {
      sections: [
        { span: [0, 10] as [number, number] },
        { span: [16, text.length] as [number, number] },
        // a heading inside the box is no place to cut
        { span: [12, 16] as [number, number] },
      ],
      columns: [{ span: [10, 16] as [number, number] }],
      tables: [],
    };
    const cut = windows({ docId: 'd', text, metadata: {}, outline } as never, 1);
    expect(cut).toEqual([
      [0, 16],
      [16, text.length],
    ]);
    expect(windows({ docId: 'd', text, metadata: {}, outline } as never, 100)).toEqual([[0, text.length]]);
  });
});
