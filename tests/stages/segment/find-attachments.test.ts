import { describe, expect, it } from 'vitest';
import { findAttachmentLines } from '../../../src/stages/segment/find-attachments.js';
import { splitLines } from '../../../src/stages/segment/lines.js';

const attachmentsOf = (text: string) => [...findAttachmentLines(text, splitLines(text))];

describe('findAttachmentLines', () => {
  it('takes the 附件 line and the numbered names under it', () => {
    expect(attachmentsOf('特此公告。\n附件:1.申报要素表\n2.填制规范\n3.申请表\n海关总署')).toEqual([1, 2, 3]);
  });
  it('stops at a numbered line that carries a paragraph (a heading with its body)', () => {
    expect(attachmentsOf('附件\n1.总则。本办法适用于海关。\n2.附则')).toEqual([0]);
  });
  it('takes a list of notes under a table', () => {
    expect(attachmentsOf('一、进出口情况\n正文。\n注:1.本表数据为初步统计。\n2.进出口值以人民币计价。')).toEqual([2, 3]);
  });

  it('finds nothing without an attachment word', () => {
    expect(attachmentsOf('一、总则\n1.申报要素表\n2.填制规范')).toEqual([]);
  });
});
