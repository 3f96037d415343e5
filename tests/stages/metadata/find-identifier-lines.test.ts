// Lines of a notice that state an identifier, numbered items or not: the value is read, the line stays.
import { describe, expect, it } from 'vitest';
import { findMetadata } from '../../../src/stages/metadata/find-metadata.js';
import { findIdentifierLines } from '../../../src/stages/metadata/find-identifier-lines.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { processDocument } from '../../../src/pipeline.js';
import { FIXTURES } from '../../helpers.js';

const NOTICE = ['某县路灯采购项目中标结果公告', '一、项目编号:ZFCG-2024-0815', '二、项目名称:某县路灯采购项目', '三、中标信息', '供应商名称:某照明有限公司'];

describe('findIdentifierLines', () => {
  it('reads a project number stated as a numbered item, in any marker form, or as a line of its own', () => {
    expect(findIdentifierLines(NOTICE, 1)).toEqual([{ key: 'projectNumber', value: 'ZFCG-2024-0815', priority: 1 }]);
    expect(findIdentifierLines(['标题', '(一)招标编号:JZ2023B-017'], 1)).toEqual([{ key: 'projectNumber', value: 'JZ2023B-017', priority: 1 }]);
    expect(findIdentifierLines(['标题', '1. 采购项目编号:HB[2022]0301'], 1)).toEqual([{ key: 'projectNumber', value: 'HB[2022]0301', priority: 1 }]);
    expect(findIdentifierLines(['标题', '采购项目编号:XA2021B-017'], 1)).toEqual([{ key: 'projectNumber', value: 'XA2021B-017', priority: 1 }]);
  });

  it('goes into the metadata, and the item stays in the text', () => {
    const text = NOTICE.join('\n');
    expect(findMetadata({ text, titleLine: 0, statements: [] })).toEqual({ projectNumber: 'ZFCG-2024-0815' });
  });

  it('a field stated by the page outside the item wins over nothing: the first stated value of the same priority stays', () => {
    const statements = [{ key: 'projectNumber', value: 'PAGE-2024-1', priority: 1 }];
    expect(findMetadata({ text: NOTICE.join('\n'), titleLine: 0, statements })).toEqual({ projectNumber: 'PAGE-2024-1' });
  });

  it('reads no words, no other keys and no long lines', () => {
    expect(findIdentifierLines(['标题', '一、项目编号:见附件'], 1)).toEqual([]);
    expect(findIdentifierLines(['标题', '三、时间:2024年5月20日上午9时'], 1)).toEqual([]);
    expect(findIdentifierLines(['标题', '二、文号:某发〔2024〕3号'], 1)).toEqual([]);
    expect(findIdentifierLines(['标题', `一、项目编号:ZFCG-2024-0815,${'本项目采用公开招标方式,'.repeat(8)}`], 1)).toEqual([]);
  });
});

describe('findIdentifierLines: a label whose value stands on the next line', () => {
  it('reads the code on the line below a label left without a value (label and value in elements apart)', () => {
    expect(findIdentifierLines(['标题', '一、项目编号:', 'ZC130800202101632', '二、项目名称:', '某某电脑项目'], 1)).toEqual([
      { key: 'projectNumber', value: 'ZC130800202101632', priority: 1 },
    ]);
    expect(findIdentifierLines(['标题', '采购项目编号:', '', 'HB[2022]0301'], 1)).toEqual([{ key: 'projectNumber', value: 'HB[2022]0301', priority: 1 }]);
  });

  it('reads no words, no heading and no sentence below the label, and nothing below another key', () => {
    expect(findIdentifierLines(['标题', '一、项目编号:', '见附件'], 1)).toEqual([]);
    expect(findIdentifierLines(['标题', '一、项目编号:', '二、项目名称:某某电脑项目'], 1)).toEqual([]);
    expect(findIdentifierLines(['标题', '一、项目编号:', '本项目编号以采购文件为准。'], 1)).toEqual([]);
    expect(findIdentifierLines(['标题', '一、项目编号:'], 1)).toEqual([]);
    expect(findIdentifierLines(['标题', '二、文号:', 'ZC2024-001'], 1)).toEqual([]);
  });
});

describe('a notice page whose labels and values stand in elements apart (fixtures/article/procurement-label-value-lines*.html)', () => {
  const run = (name: string) => processDocument({ path: name, id: name, bytes: readFileSync(path.join(FIXTURES, 'article', name)), format: 'html' });

  it('reads the project number from the line below its label, and both lines stay in the text', () => {
    const doc = run('procurement-label-value-lines.html');
    expect(doc.metadata.projectNumber).toBe('ZC130800202101632');
    expect(doc.text).toContain('一、项目编号:\nZC130800202101632');
  });

  it('reads no project number from words below the label, nor a code below another label (文号)', () => {
    const doc = run('procurement-label-value-lines-negative.html');
    expect(doc.metadata.projectNumber ?? null).toBeNull();
    expect(doc.text).toContain('ZC2021-0001');
  });
});
