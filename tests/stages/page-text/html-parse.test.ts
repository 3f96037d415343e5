// The markup scan that runs before parsing: it must read tags, nesting and end tags exactly as the
// regexes it replaced (kept here as the oracle), on any markup.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_NESTING, VOID_ELEMENTS } from '../../../src/stages/page-text/html-elements.js';
import { capNesting, scanMarkup } from '../../../src/stages/page-text/html-parse.js';

// The regex definitions, as html-to-text.ts had them before the scan.
const TAG = /<(\/?)([a-zA-Z][\w:-]{0,30})[^>]*>/g;
function regexCapNesting(html: string): string {
  let depth = 0;
  let capped = false;
  const out = html.replace(TAG, (tag, slash: string, name: string) => {
    if (VOID_ELEMENTS.has(name.toLowerCase()) || tag.endsWith('/>')) return tag;
    if (slash) {
      const over = depth > MAX_NESTING;
      depth = Math.max(0, depth - 1);
      return over ? '' : tag;
    }
    depth++;
    if (depth <= MAX_NESTING) return tag;
    capped = true;
    return '';
  });
  return capped ? out : html;
}
const TOKENIZER_DIVERGENCES = /<\/>|--!>|<\/[A-Za-z][^\s/>]*[/<]|<\/[A-Za-z][^<>]*["']/;
const HEADING_END_TAG = /<\/h[1-6][\s/>]/gi;
const PAGE_END_TAG = /<\/(?:body|html)[\s/>]/gi;

/** Markup built from the pieces where the readings could part: tag starts, names, quotes, odd spaces. */
const PIECES = [
  '<', '>', '/', '</', '/>', '<div>', '</div>', '<p>', '</P>', '<br>', '</br>', '<BR/>', '<img src=x>', '<h1>', '</h1>', '</H2 >',
  '</h3/', '</h4\u3000', '</h7>', '</body>', '</BODY\n', '</html/', '</htmlx>', '</bodyx', '"', "'", '--!>', '<!--', '-->',
  '</>', ' ', '\t', '\u00a0', '\ufeff', '\u2028', 'a', 'Z', '9', '_', ':', '-', '正文', '<a_b:c-d>', '<abcdefghijklmnopqrstuvwxyz0123456789>',
  '<wbr>', '<WBR >', '<input/>', '<meta', '<x-y>', '</x-y>',
];
const markup = fc.array(fc.constantFrom(...PIECES), { maxLength: 60 }).map((parts) => parts.join(''));

describe('scanMarkup', () => {
  it('counts end tags and finds tokenizer quirks as the regexes do', () => {
    fc.assert(
      fc.property(markup, (html) => {
        const scan = scanMarkup(html);
        expect(scan.headingEndTags).toBe(html.match(HEADING_END_TAG)?.length ?? 0);
        expect(scan.pageEndTags).toBe(html.match(PAGE_END_TAG)?.length ?? 0);
        expect(scan.tokenizerQuirk).toBe(TOKENIZER_DIVERGENCES.test(html));
      }),
      { numRuns: 3000 },
    );
  });

  it('flattens exactly what the regex flattened', () => {
    // deep enough to cross MAX_NESTING: a run of opening tags, then random markup, then closers
    const deep = fc
      .tuple(fc.integer({ min: MAX_NESTING - 3, max: MAX_NESTING + 3 }), markup, fc.constantFrom('<div>', '<b x="<i>">', '<div/>', '<br>'))
      .map(([n, middle, tag]) => `${tag.repeat(n)}${middle}${'</div>'.repeat(n)}`);
    fc.assert(
      fc.property(fc.oneof(markup, deep), (html) => {
        expect(capNesting(html)).toBe(regexCapNesting(html));
        expect(scanMarkup(html).tooDeep).toBe(regexCapNesting(html) !== html);
      }),
      { numRuns: 1500 },
    );
  });

  it('reads the cases by name', () => {
    expect(scanMarkup('<h1>a</h1><h2>b</H2 ><p></h3\u3000</body></html>')).toEqual({
      tooDeep: false,
      headingEndTags: 3,
      pageEndTags: 2,
      tokenizerQuirk: false,
    });
    expect(scanMarkup('<p>a</p/>').tokenizerQuirk).toBe(true);
    expect(scanMarkup('<p>a</p class="x">').tokenizerQuirk).toBe(true);
    expect(scanMarkup('<!-- a --!>').tokenizerQuirk).toBe(true);
    // a tag's attribute text is not a tag for the nesting count, but its `</h1>` still counts
    expect(scanMarkup('<a title="</h1>">x</a>').headingEndTags).toBe(1);
    expect(scanMarkup(`${'<div>'.repeat(MAX_NESTING)}<br><img/>${'</div>'.repeat(MAX_NESTING)}`).tooDeep).toBe(false);
    expect(scanMarkup(`${'<div>'.repeat(MAX_NESTING + 1)}`).tooDeep).toBe(true);
  });
});
