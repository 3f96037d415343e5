import { describe, expect, it } from 'vitest';
import { diffDatasets, diffDocumentStreams, metricKeys, NotInIdOrderError, type DatasetSide } from '../../src/diff/diff-datasets.js';
import { formatDiffMarkdown, formatDiffSummary } from '../../src/diff/format-diff.js';
import type { Document } from '../../src/schema/records.js';
import { clone, loadSmallDocuments, shiftText } from '../review/dataset-fixtures.js';

const side = (documents: Document[], rulesHash: string | null = 'r1'): DatasetSide => ({ documents, rulesHash, toolVersion: '0.1.0' });
const docById = (docs: Document[], id: string): Document => docs.find((d) => d.id === id)!;

describe('diffDatasets', () => {
  it('finds nothing between a dataset and itself', () => {
    const docs = loadSmallDocuments();
    const diff = diffDatasets(side(docs), side(clone(docs)));
    expect(diff.equal).toBe(true);
    expect(diff.rules).toEqual({ old: 'r1', new: 'r1', same: true });
    expect(diff.documents).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.sections).toEqual([]);
    expect(diff.metrics).toEqual({ added: [], removed: [], changed: [] });
  });

  it('reads a dataset written before section ids carried their letter (3.2) as today\'s ids (s3.2): nothing differs', () => {
    const docs = loadSmallDocuments();
    const bare = (id: string | null): string | null => (id === null ? null : id.replace(/^s/, ''));
    const older = clone(docs).map((d) => ({
      ...d,
      sections: d.sections.map((s) => ({ ...s, id: bare(s.id)!, parent: bare(s.parent) })),
      toc: d.toc && { ...d.toc, entries: d.toc.entries.map((e) => ({ ...e, section: bare(e.section) })) },
      columns: d.columns.map((c) => ({ ...c, section: bare(c.section) })),
      metrics: d.metrics.map((m) => ({ ...m, section: bare(m.section) })),
    }));
    expect(older.some((d) => d.sections.some((s) => /^\d/.test(s.id)))).toBe(true);
    const diff = diffDatasets(side(older), side(docs));
    expect(diff.sections).toEqual([]);
    expect(diff.metrics).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.equal).toBe(true);
  });

  it('keys a repeated mention by its section and occurrence, not its offset', () => {
    const rich = docById(loadSmallDocuments(), '001_rich');
    const keys = metricKeys(rich).map((k) => k.key).filter((k) => k.raw === '43.8万亿元');
    expect(keys).toEqual([
      { doc: '001_rich', section: 's1', raw: '43.8万亿元', occurrence: 0 },
      { doc: '001_rich', section: 's1.1', raw: '43.8万亿元', occurrence: 0 },
    ]);
  });

  it("counts an added document's sections and metrics as added, a removed one's as removed", () => {
    const older = loadSmallDocuments();
    const rich = docById(older, '001_rich');
    expect(rich.sections.length).toBeGreaterThan(0);
    expect(rich.metrics.length).toBeGreaterThan(0);
    const withoutRich = clone(older).filter((d) => d.id !== '001_rich');

    const grown = diffDatasets(side(withoutRich), side(older));
    expect(grown.documents.added).toEqual(['001_rich']);
    expect(grown.sections.map((s) => [s.doc, s.id, s.kind])).toEqual(rich.sections.map((s) => ['001_rich', s.id, 'added']));
    expect(grown.metrics.added).toHaveLength(rich.metrics.length);
    expect(grown.metrics.added.every((m) => m.doc === '001_rich')).toBe(true);
    expect(grown.metrics.removed).toEqual([]);
    expect(grown.metrics.changed).toEqual([]);
    // the summary agrees with the counts: old + added − removed = new
    const rows = formatDiffSummary(grown).split('\n');
    expect(rows.find((r) => r.startsWith('metrics'))!.split(/\s+/).slice(1, 4)).toEqual([
      `${grown.counts.old.metrics}`,
      `${grown.counts.new.metrics}`,
      `${rich.metrics.length}`,
    ]);

    const shrunk = diffDatasets(side(older), side(withoutRich));
    expect(shrunk.documents.removed).toEqual(['001_rich']);
    expect(shrunk.sections.map((s) => [s.doc, s.id, s.kind])).toEqual(rich.sections.map((s) => ['001_rich', s.id, 'removed']));
    expect(shrunk.metrics.removed).toHaveLength(rich.metrics.length);
    expect(shrunk.metrics.added).toEqual([]);
  });

  it('a text shift that moves every offset reports no metric, section or 专栏 change', () => {
    const docs = loadSmallDocuments();
    const shifted = docs.map((d) => shiftText(d, '𠮷前言:本文按规则重新清洗。\n'));
    expect(shifted[0]!.metrics[0]!.span).not.toEqual(docs[0]!.metrics[0]!.span);
    const diff = diffDatasets(side(docs), side(shifted));
    expect(diff.metrics).toEqual({ added: [], removed: [], changed: [] });
    expect(diff.sections).toEqual([]);
    // The text did change, and the diff says so: only the text, not the moved 专栏 or removed blocks.
    expect(diff.documents.changed).toEqual(docs.map((d) => ({ doc: d.id, fields: ['text'] })));
    expect(diff.equal).toBe(false);
  });

  it('reports exactly the hand-made differences', () => {
    const older = loadSmallDocuments();
    const newer = clone(older);
    const rich = docById(newer, '001_rich');
    rich.metrics[1]!.value = 25.5e12; // 25.45万亿元 re-read
    rich.metrics[3]!.qualifier = 'exact'; // 约30小时
    rich.metrics[3]!.label = '通关时间';
    rich.metrics[0]!.change = null; // 43.8万亿元 in section 1 loses its change
    rich.metrics.splice(6, 1); // 10至15个 removed
    rich.sections[2]!.title = '今后工作';
    rich.sections.push({ id: 's3', level: 1, marker: '三、', number: 3, title: '附则', parent: null, path: [], text: '', span: [rich.sections[2]!.span[1], rich.sections[2]!.span[1]] });
    newer.splice(newer.indexOf(docById(newer, '003_empty')), 1);
    const added: Document = { ...clone(docById(older, '003_empty')), id: '004_new', path: '004_new.txt' };
    newer.push(added);
    const inj = docById(newer, '002_<i>injection</i>');
    inj.metrics.push({ ...inj.metrics[0]!, id: 'x#2', raw: '12', span: [0, 2], unit: '项' }); // a second "12" in section 1: occurrence 1
    inj.metrics[1]!.span = [Array.from(inj.text).length, Array.from(inj.text).length];

    const diff = diffDatasets(side(older, 'r1'), side(newer, 'r2'));
    expect(diff.rules).toEqual({ old: 'r1', new: 'r2', same: false });
    expect(diff.documents).toEqual({ added: ['004_new'], removed: ['003_empty'], changed: [] });
    expect(diff.sections).toEqual([
      { doc: '001_rich', id: 's2', kind: 'retitled', oldTitle: '下一步工作', newTitle: '今后工作' },
      { doc: '001_rich', id: 's3', kind: 'added', oldTitle: null, newTitle: '附则' },
    ]);
    expect(diff.metrics.added).toEqual([{ doc: '002_<i>injection</i>', section: 's1', raw: '12', occurrence: 1, value: 12, unit: '项', label: inj.metrics[0]!.label }]);
    expect(diff.metrics.removed).toEqual([{ doc: '001_rich', section: 's2', raw: '10至15个', occurrence: 0, value: 10, unit: '个', label: '新增试点口岸' }]);
    expect(diff.metrics.changed).toEqual([
      { doc: '001_rich', section: 's1', raw: '43.8万亿元', occurrence: 0, changes: [{ field: 'change', old: older[0]!.metrics[0]!.change, new: null }] },
      { doc: '001_rich', section: 's1', raw: '25.45万亿元', occurrence: 0, changes: [{ field: 'value', old: 25.45e12, new: 25.5e12 }] },
      {
        doc: '001_rich',
        section: 's1.1',
        raw: '约30小时',
        occurrence: 0,
        changes: [
          { field: 'qualifier', old: 'approx', new: 'exact' },
          { field: 'label', old: '进口整体通关时间', new: '通关时间' },
        ],
      },
    ]);
    expect(diff.counts).toEqual({ old: { documents: 3, sections: 4, metrics: 8 }, new: { documents: 3, sections: 5, metrics: 8 } });
    expect(diff.equal).toBe(false);

    expect(formatDiffSummary(diff)).toBe(
      [
        '           old  new  added  removed  changed',
        'documents    3    3      1        1        0',
        'sections     4    5      1        0        1',
        'metrics      8    8      1        1        3',
        'metric fields changed: change 1, value 1, qualifier 1, label 1',
        'rules: different (old r1, new r2)',
        'datasets differ',
        '',
      ].join('\n'),
    );
    const md = formatDiffMarkdown(diff);
    expect(md).toContain('| 001_rich | s1.1 | 约30小时 | 0 | qualifier: approx → exact; label: 进口整体通关时间 → 通关时间 |');
    expect(md).toContain('| 001_rich | s2 | retitled | 下一步工作 | 今后工作 |');
    // Scraped text cannot break the Markdown table or inject markup into the PR comment.
    expect(md).toContain('002_&lt;i>injection&lt;/i>');
    expect(md).not.toContain('<script>');
  });

  it('a different rules hash alone does not make the data differ; a missing one is unknown', () => {
    const docs = loadSmallDocuments();
    expect(diffDatasets(side(docs, 'a'), side(docs, 'b'))).toMatchObject({ equal: true, rules: { same: false } });
    const unknown = diffDatasets(side(docs, null), side(docs, 'b'));
    expect(unknown.rules.same).toBeNull();
    expect(formatDiffSummary(unknown)).toContain("rules: unknown (no rules hash in the old dataset's datapackage.json)");
  });
});

describe('diffDocumentStreams (a merge-join of two id-ordered streams)', () => {
  /** The documents one at a time, noting in `log` when each is handed out. */
  async function* stream(docs: Document[], name: string, log: string[]): AsyncGenerator<Document> {
    for (const d of docs) {
      log.push(`${name}:${d.id}`);
      yield d;
    }
  }
  const streamed = (docs: Document[], name: string, log: string[] = [], rulesHash = 'r1') => ({ documents: stream(docs, name, log), rulesHash, toolVersion: '0.1.0' });

  it('finds what diffDatasets finds, with documents added, removed and changed on both sides', async () => {
    const docs = loadSmallDocuments();
    const older = clone(docs).slice(1); // the first document is added
    const newer = clone(docs).slice(0, -1); // the last is removed
    newer[1] = shiftText(newer[1]!, '前言\n');
    newer[1]!.metrics.pop();
    const expected = diffDatasets(side(older), side(newer));
    expect(expected.documents.added).toHaveLength(1);
    expect(expected.documents.removed).toHaveLength(1);
    expect(expected.metrics.removed.length + expected.documents.changed.length).toBeGreaterThan(0);
    expect(await diffDocumentStreams(streamed(older, 'old'), streamed(newer, 'new'))).toEqual(expected);
    expect(await diffDocumentStreams(streamed(docs, 'old'), streamed(clone(docs), 'new'))).toEqual(diffDatasets(side(docs), side(clone(docs))));
  });

  it('takes one document of each side at a time: never reads ahead of the other side', async () => {
    const base = loadSmallDocuments()[0]!;
    const many = (ids: string[]): Document[] => ids.map((id) => ({ ...base, id, metrics: base.metrics.map((m) => ({ ...m, doc: id })) }));
    const ids = Array.from({ length: 200 }, (_, i) => `d${String(i).padStart(4, '0')}`);
    const log: string[] = [];
    const diff = await diffDocumentStreams(streamed(many(ids.filter((_, i) => i % 3 !== 0)), 'old', log), streamed(many(ids.filter((_, i) => i % 5 !== 0)), 'new', log));
    expect(diff.counts.old.documents).toBe(133);
    expect(diff.documents.added).toHaveLength(ids.filter((_, i) => i % 3 === 0 && i % 5 !== 0).length);
    // at every point, the documents handed out by the two sides are at most one id apart in order
    const index = (entry: string): number => ids.indexOf(entry.slice(entry.indexOf(':') + 1));
    let last = { old: -1, new: -1 };
    for (const entry of log) {
      last = { ...last, [entry.startsWith('old') ? 'old' : 'new']: index(entry) };
      if (last.old >= 0 && last.new >= 0) expect(Math.abs(last.old - last.new)).toBeLessThanOrEqual(3);
    }
  });

  it('refuses a side whose documents are not in id order (or repeat an id)', async () => {
    const docs = loadSmallDocuments();
    await expect(diffDocumentStreams(streamed([...docs].reverse(), 'old'), streamed(docs, 'new'))).rejects.toBeInstanceOf(NotInIdOrderError);
    await expect(diffDocumentStreams(streamed(docs, 'old'), streamed([docs[0]!, docs[0]!], 'new'))).rejects.toThrow(/not in id order/);
  });
});
