import { describe, expect, it } from 'vitest';
import { findConclusion } from '../../../src/stages/segment/find-conclusion.js';
import { splitLines } from '../../../src/stages/segment/lines.js';

const conclusionOf = (text: string, afterLine = 0) => findConclusion(text, splitLines(text), afterLine, () => false);

describe('findConclusion', () => {
  it('finds a closing 下一步 paragraph at the end', () => {
    const text = '(十九)推动队伍建设。组织培训。\n下一步,海关总署将坚持以习近平新时代中国特色社会主义思想为指导。';
    expect(conclusionOf(text)).toEqual({ start: text.indexOf('下一步'), formula: false });
  });

  it('finds a closing formula', () => {
    const text = '(2)做好宣传解释。\n\n特此通知。';
    expect(conclusionOf(text)).toEqual({ start: text.indexOf('特此通知'), formula: true });
  });

  it('finds a closing formula followed by attachments and a signature', () => {
    const text = '二、本公告自发布之日起施行。\n特此公告。\n附件:1.申报要素表\n2.填制规范\n海关总署\n2024年1月1日';
    expect(conclusionOf(text)).toEqual({ start: text.indexOf('特此公告'), formula: true });
  });

  it('looks only at the final paragraphs for an outlook', () => {
    const text = '(一)甲。\n今后要加强管理。\n正文一。\n正文二。\n正文三。';
    expect(conclusionOf(text)).toBeNull();
  });

  it('finds none in a body without closing words', () => {
    expect(conclusionOf('(一)甲。\n正文。')).toBeNull();
  });
});
