import { describe, expect, it } from 'vitest';
import { addDocument as addSummary, documentLine as summaryLine, emptyTotals, progressLine, summariseDocument, summaryTable, type RunTotals } from '../../src/format/summary.js';
import type { Document } from '../../src/schema/records.js';
import { sampleDocument } from '../helpers.js';

// the CLI adds up summaries, which a worker thread makes of each document
const addDocument = (t: RunTotals, doc: Document): void => addSummary(t, summariseDocument(doc));
const documentLine = (doc: Document): string => summaryLine(summariseDocument(doc));

describe('summary', () => {
  it('adds up documents, sections, 专栏, metrics, warnings and characters (code points)', () => {
    const t = emptyTotals();
    addDocument(t, sampleDocument('a'));
    addDocument(t, { ...sampleDocument('b'), text: '𠮷'.repeat(3), removed: [] });
    expect(t).toMatchObject({ documents: 2, sections: 4, columns: 2, metrics: 6, warnings: 2, charactersRemoved: [...'首页 > 信息公开'].length });
    expect(t.charactersKept).toBe([...sampleDocument().text].length + 3);
  });

  it('the table aligns its values, counting 专栏 as two columns wide', () => {
    const table = summaryTable({ ...emptyTotals(), documents: 12, columns: 3, milliseconds: 1500 }, 'out');
    const valueColumns = table
      .trimEnd()
      .split('\n')
      .map((line) => [...line.slice(0, line.search(/(?<=\S {2,})\S/))].reduce((n, ch) => n + (/[\u3000-\u9fff]/.test(ch) ? 2 : 1), 0));
    expect(new Set(valueColumns).size).toBe(1);
    expect(table).toMatch(/time\s+1\.50 s/);
    expect(table).toMatch(/written to\s+out/);
  });

  it('the progress line fits the terminal and fills with the work done', () => {
    expect(progressLine(0, 10, 80)).toMatch(/^\r\[-+\] 0\/10$/);
    expect(progressLine(10, 10, 80)).toMatch(/^\r\[#+\] 10\/10$/);
    expect(progressLine(5, 10, 30).length).toBeLessThanOrEqual(30);
  });

  it('the verbose line names the rules', () => {
    expect(documentLine(sampleDocument('x'))).toBe('x.txt: 1 block removed (9 characters: nav), 2 sections, 1 专栏, 3 metrics, 1 warning');
  });
});
