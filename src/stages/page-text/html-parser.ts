// htmlparser2's Parser and domhandler, loaded on the first HTML page (text runs never pay for them)
// and without htmlparser2's main module: that module also loads domutils, dom-serializer and
// entities' encoder (about 17 of its 31 CPU ms per thread) for helpers the stage never calls.
import { createRequire } from 'node:module';
import path from 'node:path';

type Htmlparser2 = typeof import('htmlparser2');
type Domhandler = typeof import('domhandler');

export interface HtmlParserLibs {
  Parser: Htmlparser2['Parser'];
  /** htmlparser2's Tokenizer with runs of characters that change nothing skipped at once (runSkipping), for the Parser's `Tokenizer` option */
  Tokenizer: Htmlparser2['Tokenizer'];
  dom: Domhandler;
}

const requireHere = createRequire(import.meta.url);
let libs: HtmlParserLibs | undefined;

/**
 * The Parser class from its own module, found beside htmlparser2's main module (the package's
 * exports name no path to it), its Tokenizer likewise, and domhandler, whose DomHandler builds the
 * tree the Parser's events describe.
 */
export function htmlParserLibs(): HtmlParserLibs {
  if (libs) return libs;
  const dir = path.dirname(requireHere.resolve('htmlparser2'));
  const Tokenizer = (requireHere(path.join(dir, 'Tokenizer.js')) as { default: Htmlparser2['Tokenizer'] }).default;
  libs = {
    Parser: (requireHere(path.join(dir, 'Parser.js')) as Pick<Htmlparser2, 'Parser'>).Parser,
    Tokenizer: runSkipping(Tokenizer),
    dom: requireHere('domhandler') as Domhandler,
  };
  return libs;
}

/** The Tokenizer's own members the subclass reads (plain properties of its build; its types call them private). */
interface TokenizerInternals {
  buffer: string;
  index: number;
  offset: number;
  decodeEntities: boolean;
  stateText(c: number): void;
  handleInAttributeValue(c: number, quote: number): void;
}
type TokenizerBase = new (...args: ConstructorParameters<Htmlparser2['Tokenizer']>) => TokenizerInternals;

const LT = 0x3c; // <
const AMP = 0x26; // &

/**
 * The index of the first `stop` or `&` in `buffer` from `from`, else the buffer's length. In text
 * and in a quoted attribute value (entities decoded), htmlparser2's tokenizer acts at those
 * characters only.
 */
function nextStopOrAmp(buffer: string, from: number, stop: number): number {
  let i = from;
  for (; i < buffer.length; i++) {
    const c = buffer.charCodeAt(i);
    if (c === stop || c === AMP) break;
  }
  return i;
}

/**
 * The Tokenizer, reading a run of text or of a quoted attribute value in one loop: its own loop
 * takes a character at a time through its state switch (about a third of a page's parse on these
 * pages, mostly text), doing nothing until `<` or `&` (in text) or the quote or `&` (in a value).
 * The run is skipped, the tokenizer goes on at that character; every event, index and state is
 * the same. The whole page is one buffer (`Parser.end(html)`), so the run ends in it.
 */
function runSkipping(Tokenizer: Htmlparser2['Tokenizer']): Htmlparser2['Tokenizer'] {
  class RunSkipping extends (Tokenizer as unknown as TokenizerBase) {
    override stateText(c: number): void {
      if (c === LT || c === AMP || !this.decodeEntities) return super.stateText(c);
      // the main loop steps past the index after each state: the stop is read next
      this.index = nextStopOrAmp(this.buffer, this.index - this.offset + 1, LT) + this.offset - 1;
    }
    override handleInAttributeValue(c: number, quote: number): void {
      if (c === quote || c === AMP || !this.decodeEntities) return super.handleInAttributeValue(c, quote);
      this.index = nextStopOrAmp(this.buffer, this.index - this.offset + 1, quote) + this.offset - 1;
    }
  }
  return RunSkipping as unknown as Htmlparser2['Tokenizer'];
}
