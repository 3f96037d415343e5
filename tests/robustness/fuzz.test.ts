// No input crashes the pipeline: arbitrary strings and bytes, as text, HTML and Markdown, give a
// document that validates against the schema, or a DocumentError (e.g. "not text") — never
// anything else.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../src/index.js';
import { Document, type InputFormat } from '../../src/schema/records.js';
import { DocumentError } from '../../src/stages/types.js';

const FORMATS: InputFormat[] = ['text', 'html', 'markdown'];

/** Pieces that the stages look for: numerals, markers, table cells, markup, front matter. */
const PIECES = [
  '十', '百', '千', '万', '亿', '零', '两', '〇', '第', '章', '一、', '(一)', '1.', '专栏', '专栏1', '|', ' | ', '\n', '\r\n', '\t', ' ',
  '%', '增长', '下降', '比上年', '同比', '约', '超过', '至', '-', '.', ',', '、', '。', '“', '”', '《', '》', '(', ')', '【', '】',
  '<p>', '</p>', '<table><tr><td>', '</td></tr></table>', '<div>', '<script>', '<!--', '-->', '&amp;', '&#', ';', '<meta charset="gbk">',
  '---\n', 'title: ', '# ', '来源:', '时间:', '当前位置:', '>', '首页', '责任编辑', '𠮷', '\u3000', '\uFEFF', '\u0000', '\uFFFD', '１２', '亿元', '吨', '年',
];
const piecesString = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.string({ maxLength: 4 }), fc.integer({ min: -1e6, max: 1e9 }).map(String)), { maxLength: 60 }).map((a) => a.join(''));

function check(input: string | Uint8Array, format: InputFormat): void {
  let doc: unknown;
  try {
    doc = extractDocument(input, { path: `fuzz.${format === 'text' ? 'txt' : format === 'html' ? 'html' : 'md'}`, format });
  } catch (e) {
    if (e instanceof DocumentError) return;
    throw e;
  }
  const result = Document.safeParse(doc);
  expect(result.success, result.success ? '' : JSON.stringify(result.error.issues[0])).toBe(true);
  const d = doc as Document;
  const length = [...d.text].length;
  // every span points into the text
  for (const s of [...d.sections.map((x) => x.span), ...d.columns.map((x) => x.span), ...d.metrics.map((x) => x.span)]) {
    expect(s[0]).toBeLessThanOrEqual(s[1]);
    expect(s[1]).toBeLessThanOrEqual(length);
  }
}

describe('fuzz', () => {
  for (const format of FORMATS) {
    it(`arbitrary unicode strings as ${format}`, () => {
      fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => check(s, format)), { numRuns: 300 });
    });
    it(`strings made of the pieces the rules look for, as ${format}`, () => {
      fc.assert(fc.property(piecesString, (s) => check(s, format)), { numRuns: 400 });
    });
    it(`random bytes as ${format}`, () => {
      fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), (b) => check(b, format)), { numRuns: 300 });
    });
  }
});
