import { describe, expect, it } from 'vitest';
import { addDocument as addSummary, clock, documentLine as verboseLine, emptyTotals, escapeControls, progressLine, summariseDocument, summaryLine, summaryTable, type RunTotals } from '../../src/format/summary.js';
import type { Document } from '../../src/schema/records.js';
import { sampleDocument } from '../helpers.js';

// the CLI adds up summaries, which a worker thread makes of each document
const addDocument = (t: RunTotals, doc: Document): void => addSummary(t, summariseDocument(doc));
const documentLine = (doc: Document): string => verboseLine(summariseDocument(doc));

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

  it('with detail: rate in documents/s and MB/s, elapsed, ETA by bytes, and the current file, within the width', () => {
    const detail = { bytesDone: 30 * 1024 * 1024, bytesTotal: 120 * 1024 * 1024, elapsedMs: 10_000, current: 'batch-001/0012-notice.txt' };
    const line = progressLine(50, 200, 120, detail);
    expect(line).toMatch(/^\r\[#+-+\] 50\/200 5\.0 docs\/s 3\.0 MB\/s 0:10 ETA 0:30 batch-001\/0012-notice\.txt +$/);
    expect(line.length).toBe(120); // \r and 119 columns: a shorter line later covers this one
    const narrow = progressLine(50, 200, 70, { ...detail, current: `${'长'.repeat(40)}.txt` });
    expect([...narrow].length).toBeLessThanOrEqual(70);
    expect(narrow).toMatch(/ETA 0:30/);
    // a name with a control character cannot move the cursor
    expect(progressLine(1, 2, 120, { ...detail, current: 'a\u001b[2Jb.txt' })).toContain('a\\x1b[2Jb.txt');
    expect(clock(3_725_000)).toBe('1:02:05');
  });

  it('the summary line: one line for a log', () => {
    expect(summaryLine({ ...emptyTotals(), documents: 3, sections: 7, metrics: 9, failed: 1, milliseconds: 2500 }, 'ds')).toBe(
      'customs-extract summary: 3 documents (7 sections, 0 专栏, 9 metrics, 0 warnings); 0 skipped, 1 failed; 2.50 s; written to ds\n',
    );
  });

  it('escapeControls: newlines, escapes and line separators become visible escapes', () => {
    expect(escapeControls('a\nb\r\tc\u0000\u001b\u0085\u2028')).toBe('a\\nb\\r\\tc\\x00\\x1b\\x85\\u2028');
    expect(escapeControls('海关 公告.txt')).toBe('海关 公告.txt');
  });

  it('the verbose line names the rules', () => {
    expect(documentLine(sampleDocument('x'))).toBe('x.txt: 1 block removed (9 characters: nav), 2 sections, 1 专栏, 3 metrics, 1 warning');
  });
});
