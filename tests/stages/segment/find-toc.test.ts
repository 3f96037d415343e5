import { describe, expect, it } from 'vitest';
import { detectHeadings } from '../../../src/stages/segment/detect-heading.js';
import { findToc, headingKey, withoutPageNumber } from '../../../src/stages/segment/find-toc.js';
import { splitLines } from '../../../src/stages/segment/lines.js';

const tocOf = (text: string) => {
  const lines = splitLines(text);
  const candidates = detectHeadings(text, lines, () => false);
  return { run: findToc(lines, candidates), candidates };
};

describe('findToc', () => {
  it('finds a run of heading-only lines that the body repeats', () => {
    const text = '规划\n一、发展基础\n(一)取得的成就\n(二)面临的形势\n二、总体要求\n引言。\n一、发展基础\n(一)取得的成就。\n正文。\n(二)面临的形势。\n正文。\n二、总体要求\n正文。';
    const { run } = tocOf(text);
    expect(run).toMatchObject({ first: 0, last: 3 });
    expect(text.slice(run!.start, run!.end)).toBe('一、发展基础\n(一)取得的成就\n(二)面临的形势\n二、总体要求');
  });

  it('ends the run before the body’s repeat of its first entry (one-line headings on both sides of a blank line)', () => {
    const text = '第一章 总则\n第二章 管理\n第三章 附则\n\n第一章 总则\n\n第一条 甲\n\n第二章 管理\n\n第二条 乙\n\n第三章 附则\n\n第三条 丙';
    expect(tocOf(text).run).toMatchObject({ first: 0, last: 2 });
    // a run that never repeats its first entry is judged whole, as before
    expect(tocOf('第一章 总则\n第二章 管理\n第三章 附则\n\n第一条 甲\n\n第二条 乙').run).toBeNull();
  });

  it('finds none when the headings do not repeat', () => {
    expect(tocOf('一、发展基础\n(一)取得的成就\n(二)面临的形势\n二、总体要求').run).toBeNull();
  });

  it('finds none for headings that carry their paragraphs', () => {
    const text = '(一)甲。正文。\n(二)乙。正文。\n(三)丙。正文。\n(一)甲。\n(二)乙。\n(三)丙。';
    expect(tocOf(text).run).toBeNull();
  });

  it('drops page numbers after leaders or spaces only', () => {
    expect(withoutPageNumber('总则 ……… 3')).toBe('总则');
    expect(withoutPageNumber('总则 12')).toBe('总则');
    expect(withoutPageNumber('2035年远景目标')).toBe('2035年远景目标');
    expect(withoutPageNumber('第2')).toBe('第2');
  });

  it('matches entries with page numbers to the body headings', () => {
    expect(headingKey({ kind: 'chapter', number: 1, title: '总则 ……… 3' })).toBe(headingKey({ kind: 'chapter', number: 1, title: '总则' }));
    expect(headingKey({ kind: 'cn-paren', number: 3, title: '2035年远景目标' })).toBe('cn-paren|3|2035年远景目标');
  });
});
