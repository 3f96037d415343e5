// Spans through the whole pipeline: the extractor works in UTF-16 offsets, finalise converts
// them to code points, and raw is the text at span either way — also after astral characters.
import { describe, expect, it } from 'vitest';
import { processDocument } from '../../../src/pipeline.js';
import { sliceCodePoints } from '../../../src/lib/span.js';

describe('metric spans in the output', () => {
  it('count code points, so raw is the text at span after astral characters', () => {
    const text = '𠀀𠀁厦门海关查获毒品约320公斤,𩽾𩾌鱼干17公斤。\n';
    const doc = processDocument({ path: 'a.txt', id: 'a', bytes: new TextEncoder().encode(text), format: 'text' });
    expect(doc.metrics.map((m) => m.raw)).toEqual(['约320公斤', '17公斤']);
    for (const m of doc.metrics) expect(sliceCodePoints(doc.text, m.span[0], m.span[1])).toBe(m.raw);
    const cp = [...doc.text];
    const at = cp.join('').indexOf('约320公斤');
    expect(doc.metrics[0]!.span[0]).toBe([...doc.text.slice(0, at)].length);
  });
});
