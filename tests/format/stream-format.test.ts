import { describe, expect, it } from 'vitest';
import { rowObjects, streamFormat } from '../../src/format/stream-format.js';
import { METRICS_TABLE } from '../../src/format/tables.js';
import { sampleDocument } from '../helpers.js';

const render = (f: ReturnType<typeof streamFormat>, docs: ReturnType<typeof sampleDocument>[]): string => f.start() + docs.map((d) => f.item(d)).join('') + f.end();

describe('streamFormat', () => {
  it('json: an array that parses back to the documents, [] when there are none', () => {
    const docs = [sampleDocument('a'), sampleDocument('b')];
    expect(JSON.parse(render(streamFormat('json', null), docs))).toEqual(docs);
    expect(render(streamFormat('json', null), [])).toBe('[]\n');
  });

  it('ndjson: one document a line', () => {
    const out = render(streamFormat('ndjson', null), [sampleDocument('a'), sampleDocument('b')]);
    expect(out.split('\n')).toHaveLength(3);
    expect(out.endsWith('\n')).toBe(true);
  });

  it('a table as JSON: its rows as objects with the CSV column names', () => {
    const rows = JSON.parse(render(streamFormat('json', 'metrics'), [sampleDocument('a')])) as unknown[];
    expect(rows).toEqual(rowObjects(METRICS_TABLE, sampleDocument('a')));
    expect(Object.keys(rows[0] as object)).toEqual(METRICS_TABLE.fields.map((f) => f.name));
  });

  it('frame() only puts a prefix before the text: on an empty text it gives that prefix (stdout in id order prints it, then the bytes)', () => {
    for (const [format, table] of [['json', null], ['json', 'sections'], ['ndjson', null], ['csv', 'metrics']] as const) {
      const whole = streamFormat(format, table);
      const split = streamFormat(format, table);
      for (const doc of [sampleDocument('a'), sampleDocument('b'), sampleDocument('c')]) {
        const encoded = whole.encode(doc);
        expect(split.frame({ text: '', records: encoded.records }) + encoded.text, `${format} ${table}`).toBe(whole.frame(encoded));
      }
    }
  });

  it('csv: a header, then rows; --excel starts with a BOM', () => {
    const csv = render(streamFormat('csv', 'metrics'), [sampleDocument('a')]);
    expect(csv.split('\n')[0]).toBe(METRICS_TABLE.fields.map((f) => f.name).join(','));
    expect(csv.trimEnd().split('\n')).toHaveLength(4);
    expect(render(streamFormat('csv', null, { excel: true }), []).startsWith('\uFEFFid,')).toBe(true);
  });
});
