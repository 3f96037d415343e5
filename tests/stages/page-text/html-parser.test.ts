// htmlparser2's Parser driven by the run-skipping Tokenizer (html-parser.ts) must report every event,
// with the same indices, as it does with its own Tokenizer, on any markup: text and attribute values
// full of `&`, quotes, `<` and entities are where the skipped runs start and stop.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { htmlParserLibs } from '../../../src/stages/page-text/html-parser.js';

const { Parser, Tokenizer } = htmlParserLibs();
const Base = Object.getPrototypeOf(Tokenizer) as typeof Tokenizer;

/** Every event the Parser emits, with the Parser's start and end index at that moment. */
function events(html: string, tokenizer: typeof Tokenizer, chunks = 1): unknown[] {
  const seen: unknown[] = [];
  const record = (name: string) => (...args: unknown[]): void => {
    seen.push([name, parser.startIndex, parser.endIndex, ...args]);
  };
  const names = ['onopentagname', 'onopentag', 'onattribute', 'onclosetag', 'ontext', 'oncomment', 'oncommentend', 'oncdatastart', 'oncdataend', 'onprocessinginstruction', 'onend', 'onerror'];
  const handler = Object.fromEntries(names.map((n) => [n, record(n)]));
  const parser = new Parser(handler, { xmlMode: false, Tokenizer: tokenizer });
  // written in pieces too: a run must stop at the end of the buffer the Tokenizer holds
  const size = Math.ceil(html.length / chunks);
  for (let at = 0; at < html.length; at += size) parser.write(html.slice(at, at + size));
  parser.end();
  return seen;
}

const PIECES = [
  '<', '>', '/', '</', '&', '&amp;', '&amp', '&nbsp;', '&#x4e2d;', '&#20013;', '&lt', '&unknown;', '"', "'", '=', ' ', '\n', '正文', 'abc',
  '<p>', '</p>', '<a href="x?a=1&b=2">', '<a href=\'y&amp;z\'>', '<img alt=a&amp;b src=x>', '</a>', '<div title="">', '<title>', '</title>',
  '<script>', '</script>', '<style>', '</style>', '<!--', '-->', '<![CDATA[', ']]>', '<!DOCTYPE html>', '<?x?>', '<textarea>', '</textarea>',
];
const markup = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));

describe('htmlParserLibs: the run-skipping Tokenizer', () => {
  it("reports htmlparser2's events, indices included, on any markup", () => {
    fc.assert(
      fc.property(markup, fc.integer({ min: 1, max: 4 }), (html, chunks) => {
        expect(events(html, Tokenizer, chunks)).toEqual(events(html, Base, chunks));
      }),
      { numRuns: 3000 },
    );
  });

  it('is a Tokenizer of its own (the property above would hold trivially for htmlparser2 itself)', () => {
    expect(Tokenizer).not.toBe(Base);
    expect(events('<p title="a &amp; b">x &lt; y 中文</p>', Tokenizer)).toEqual(events('<p title="a &amp; b">x &lt; y 中文</p>', Base));
  });
});
