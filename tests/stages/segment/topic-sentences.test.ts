import { describe, expect, it } from 'vitest';
import { splitLines } from '../../../src/stages/segment/lines.js';
import { findTopicHeadings, topicSentenceOf } from '../../../src/stages/segment/topic-sentences.js';

const topicOf = (line: string) => topicSentenceOf(line, splitLines(line)[0]!)?.title ?? null;
const topicsOf = (text: string) => findTopicHeadings(text, splitLines(text), () => false).map((t) => t.title);

describe('topicSentenceOf', () => {
  it('takes a short opening sentence followed by more text', () => {
    expect(topicOf('深化法治建设。完善执法疑难问题解决机制。')).toBe('深化法治建设');
  });
  it.each([
    ['a sentence with digits', '2023年,厦门海关推进落实。加强监管。'],
    ['a sentence with a comma', '全年,海关推进落实。加强监管。'],
    ['a long sentence', '推进落实海关总署部署的重点工作任务推动智慧海关建设。加强监管。'],
    ['a paragraph of one sentence', '特此通知。'],
    ['a dash paragraph', '——坚持党的领导。切实增强意识。'],
    ['a line without 。', '海关工作'],
  ])('rejects %s', (_what, line) => {
    expect(topicOf(line)).toBeNull();
  });
});

describe('bracketed topics', () => {
  it('takes the title inside 【】 when prose follows', () => {
    expect(topicOf('【概况】2023年,某海关监管进出口货物1000亿元。')).toBe('概况');
  });
  it('rejects a field line', () => {
    expect(topicOf('【发布单位】海关总署')).toBeNull();
  });
  it('makes sections of a yearbook written with bracketed topics', () => {
    expect(topicsOf('海关\n【概况】2023年,全年监管货物1000亿元。\n【口岸监管】开展排查5次。\n【综合治税】上报37项建议。')).toEqual(['概况', '口岸监管', '综合治税']);
  });
});

describe('findTopicHeadings', () => {
  const yearbook = '海关工作\n2023年,某海关推进落实重点工作,全年监管货物1000亿元。\n强化口岸监管。开展排查5次。\n深化综合治税。上报37项建议。\n做好商品检验工作。查获货物88批。';

  it('makes one heading per paragraph opening with a topic sentence; the opening paragraph is introduction', () => {
    expect(topicsOf(yearbook)).toEqual(['强化口岸监管', '深化综合治税', '做好商品检验工作']);
  });

  it('needs several paragraphs to read this way', () => {
    expect(topicsOf('会议指出。要坚持稳中求进。\n会议强调,要压实责任。')).toEqual([]);
  });

  it('needs most paragraphs from the first topic sentence on to read this way', () => {
    const mostlyProse = [yearbook, ...Array.from({ length: 6 }, (_, i) => `第${i}段,这是一段普通的叙述文字,没有主题句。`)].join('\n');
    expect(topicsOf(mostlyProse)).toEqual([]);
  });
});
