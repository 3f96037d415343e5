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
  // names and the characters that end them
  '\t', '\r\n', '\f', '<img\tsrc=a>', '<br/>', '</p\t>', '</p\f>', '<a\fhref=x>', '<div\rclass', 'id', '=', '<h1', '</h1', 'data-x', '<x:y', '</x:y',
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

describe('htmlParserLibs: the Parser keeping named attributes', () => {
  const KEPT: ReadonlySet<string> = new Set(['class', 'id', 'hidden', 'href', 'colspan']);
  const ATTRIBUTE_PIECES = [
    '<p', '<div', '<a', '<td', '<img', '>', '/>', ' ', '\n', 'class', 'CLASS', 'Class', 'id', 'ID', 'hidden', 'href', 'colspan', 'colSpan', 'title',
    'data-id', 'idx', 'clas', 'ıd', 'İd', '\u212aey', 'hreF', '=', '"', "'", 'x', '&amp;', '&lt;', '&', '值', '</p>', '</div>', 'text', '<!--', '-->', '</DIV>', '</span>', '<BR>', '<Table>',
  ];
  const NAMES = ['class', 'CLASS', 'Class', 'id', 'ID', 'hidden', 'href', 'colspan', 'colSpan', 'title', 'data-id', 'idx', 'clas', 'ıd', 'İd', '\u212aey', 'hreF', 'ｉd'];
  const VALUES = ['', '=x', '="a b"', "='c'", '="&amp;"', '=&lt;', '="值&"', '=', '="'];
  const attribute = fc.tuple(fc.constantFrom(' ', '\n', '  ', '/'), fc.constantFrom(...NAMES), fc.constantFrom(...VALUES)).map((parts) => parts.join(''));
  const tag = fc.tuple(fc.constantFrom('<p', '<div', '<a', '<td', '<DIV', '<Span', '<TD', '<tBody', '<spa', '<spank', '<h7', '<s\u212Aript'), fc.array(attribute, { maxLength: 5 }), fc.constantFrom('>', '/>', ' >', '')).map(([open, attrs, close]) => open + attrs.join('') + close);
  const withAttributes = fc.array(fc.oneof(tag, fc.constantFrom(...ATTRIBUTE_PIECES)), { maxLength: 30 }).map((parts) => parts.join(''));
  const { dom } = htmlParserLibs();

  /** The tree a DomHandler builds, every node with its end index and its attributes (all, or those KEPT). */
  function tree(html: string, parser: typeof Parser, filter: boolean, chunks = 1): unknown {
    const handler = new dom.DomHandler(undefined, { withStartIndices: true, withEndIndices: true });
    const p = new parser(handler, { xmlMode: false, withStartIndices: true, withEndIndices: true, Tokenizer });
    const size = Math.max(1, Math.ceil(html.length / chunks));
    for (let at = 0; at < html.length; at += size) p.write(html.slice(at, at + size));
    p.end();
    const exact = (node: import('domhandler').AnyNode): unknown => ({
      type: node.type,
      start: node.startIndex,
      end: node.endIndex,
      ...('attribs' in node ? { attribs: filter ? Object.fromEntries(Object.entries(node.attribs).filter(([k]) => KEPT.has(k))) : node.attribs } : {}),
      ...('data' in node ? { data: node.data } : {}),
      ...('children' in node ? { children: node.children.map(exact) } : {}),
    });
    return exact(handler.root);
  }

  it("builds the Parser's tree with the other attributes left out, on any markup", () => {
    const Keeping = htmlParserLibs().keeping(KEPT);
    fc.assert(
      fc.property(withAttributes, fc.integer({ min: 1, max: 3 }), (html, chunks) => {
        expect(tree(html, Keeping, false, chunks)).toEqual(tree(html, Parser, true, chunks));
      }),
      { numRuns: 3000 },
    );
  });

  it('keeps the named ones, the first of a name, lowered, and nothing else', () => {
    const Keeping = htmlParserLibs().keeping(KEPT);
    const handler = new dom.DomHandler();
    new Keeping(handler, { xmlMode: false }).end('<div CLASS="a &amp; b" title="t" data-x=1 class="c" HIDDEN Id=z \u212aid="k">x</div>');
    expect((handler.root.children[0] as import('domhandler').Element).attribs).toEqual({ class: 'a & b', hidden: '', id: 'z' });
    expect(htmlParserLibs().keeping(KEPT)).toBe(Keeping);
  });
});
