// htmlparser2's Parser and domhandler, loaded on the first HTML page (text runs never pay for them)
// and without htmlparser2's main module: that module also loads domutils, dom-serializer and
// entities' encoder (about 17 of its 31 CPU ms per thread) for helpers the stage never calls.
import { createRequire } from 'node:module';
import path from 'node:path';

type Htmlparser2 = typeof import('htmlparser2');
type Domhandler = typeof import('domhandler');

export interface HtmlParserLibs {
  Parser: Htmlparser2['Parser'];
  /** htmlparser2's Parser keeping only the attributes a tree's reader names (keepingAttributes) */
  keeping(names: ReadonlySet<string>): Htmlparser2['Parser'];
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
  const Parser = (requireHere(path.join(dir, 'Parser.js')) as Pick<Htmlparser2, 'Parser'>).Parser;
  const keeping = new Map<ReadonlySet<string>, Htmlparser2['Parser']>();
  libs = {
    Parser,
    keeping: (names) => keeping.get(names) ?? keeping.set(names, keepingAttributes(Parser, names)).get(names)!,
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
  fastForwardTo(c: number): boolean;
  stateInTagName(c: number): void;
  stateInAttributeName(c: number): void;
  stateInClosingTagName(c: number): void;
}
type TokenizerBase = new (...args: ConstructorParameters<Htmlparser2['Tokenizer']>) => TokenizerInternals;

const LT = 0x3c; // <
const AMP = 0x26; // &
/** The ASCII characters as one-character strings, for indexOf. */
const CHARACTERS: readonly string[] = Array.from({ length: 128 }, (_, c) => String.fromCharCode(c));

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

/** HTML whitespace as the Tokenizer reads it. */
const isSpace = (c: number): boolean => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0c || c === 0x0d;
/** Where the Tokenizer ends a tag's name (its isEndOfTagSection): `/`, `>` or whitespace. */
const endsTagSection = (c: number): boolean => c === 0x2f || c === 0x3e || isSpace(c);
/** Where it ends an attribute's name: `=` or the end of a tag section. */
const endsAttributeName = (c: number): boolean => c === 0x3d || endsTagSection(c);
/** Where it ends an end tag's name: `>` or whitespace. */
const endsClosingTagName = (c: number): boolean => c === 0x3e || isSpace(c);

/** The index of the first character from `from` that `ends` a name, else the buffer's length. */
function nameEnd(buffer: string, from: number, ends: (c: number) => boolean): number {
  let i = from;
  while (i < buffer.length && !ends(buffer.charCodeAt(i))) i++;
  return i;
}

/**
 * The Tokenizer, reading a run of text or of a quoted attribute value in one loop: its own loop
 * takes a character at a time through its state switch (about a third of a page's parse on these
 * pages, mostly text), doing nothing until `<` or `&` (in text) or the quote or `&` (in a value).
 * The run is skipped, the tokenizer goes on at that character; every event, index and state is
 * the same. Likewise the name of a tag, of an attribute or of an end tag, read to the character
 * that ends it. The whole page is one buffer (`Parser.end(html)`), so the run ends in it.
 */
function runSkipping(Tokenizer: Htmlparser2['Tokenizer']): Htmlparser2['Tokenizer'] {
  class RunSkipping extends (Tokenizer as unknown as TokenizerBase) {
    override stateText(c: number): void {
      if (c === LT || c === AMP || !this.decodeEntities) return super.stateText(c);
      // the main loop steps past the index after each state: the stop is read next
      this.index = nextStopOrAmp(this.buffer, this.index - this.offset + 1, LT) + this.offset - 1;
    }
    // A tag's or an attribute's name, read to its end in one loop (the state acts at the end only)
    override stateInTagName(c: number): void {
      if (endsTagSection(c)) return super.stateInTagName(c);
      this.index = nameEnd(this.buffer, this.index - this.offset + 1, endsTagSection) + this.offset - 1;
    }
    override stateInAttributeName(c: number): void {
      if (endsAttributeName(c)) return super.stateInAttributeName(c);
      this.index = nameEnd(this.buffer, this.index - this.offset + 1, endsAttributeName) + this.offset - 1;
    }
    override stateInClosingTagName(c: number): void {
      if (endsClosingTagName(c)) return super.stateInClosingTagName(c);
      this.index = nameEnd(this.buffer, this.index - this.offset + 1, endsClosingTagName) + this.offset - 1;
    }
    override handleInAttributeValue(c: number, quote: number): void {
      if (c === quote || c === AMP || !this.decodeEntities) return super.handleInAttributeValue(c, quote);
      this.index = nextStopOrAmp(this.buffer, this.index - this.offset + 1, quote) + this.offset - 1;
    }
    /**
     * Its own fastForwardTo, by indexOf: the index of the next `c` in the buffer, or the buffer's
     * last index when there is none (the main loop then steps past the end), and whether it found
     * one. The Tokenizer's own steps a character at a time; it skips script and style bodies,
     * comments and the rest of end tags.
     */
    override fastForwardTo(c: number): boolean {
      const at = this.buffer.indexOf(CHARACTERS[c] ?? String.fromCharCode(c), this.index - this.offset + 1);
      if (at >= 0) {
        this.index = at + this.offset;
        return true;
      }
      this.index = this.buffer.length + this.offset - 1;
      return false;
    }
  }
  return RunSkipping as unknown as Htmlparser2['Tokenizer'];
}

/** The Parser's own members the subclass reads and sets (plain properties of its build; its types call them private). */
interface ParserInternals {
  startIndex: number;
  endIndex: number;
  attribvalue: string;
  attribname: string;
  buffers: string[];
  bufferOffset: number;
  lowerCaseAttributeNames: boolean;
  getSlice(start: number, end: number): string;
  onattribname(start: number, end: number): void;
  onattribdata(start: number, end: number): void;
  onattribentity(codePoint: number): void;
  onattribend(quote: number, endIndex: number): void;
}
type ParserBase = new (...args: ConstructorParameters<Htmlparser2['Parser']>) => ParserInternals;

/**
 * The Parser, keeping of each element's attributes only those named in `names` (lower case): the
 * others are passed over as they are read, their names and values never taken out of the page nor
 * stored. For a tree whose reader reads those names only (a DomHandler's: the Parser's per-attribute
 * callback, `onattribute`, is not called for the others). Every other event, index and attribute
 * is the Parser's own. A name is matched in place, ASCII letters folded as toLowerCase folds them
 * (a name with other characters is taken out and lowered, as the Parser does).
 */
function keepingAttributes(Parser: Htmlparser2['Parser'], names: ReadonlySet<string>): Htmlparser2['Parser'] {
  const byLength = new Map<number, string[]>();
  for (const name of names) byLength.set(name.length, [...(byLength.get(name.length) ?? []), name]);
  class AttributeKeeping extends (Parser as unknown as ParserBase) {
    /** whether the attribute being read is kept */
    private kept = true;
    override onattribname(start: number, endIndex: number): void {
      const name = this.keptName(start, endIndex);
      this.kept = name !== null;
      if (name === null) this.startIndex = start;
      else {
        // as the Parser's own onattribname, the name found without a slice of the page
        this.startIndex = start;
        this.attribname = name;
      }
    }
    override onattribdata(start: number, endIndex: number): void {
      if (this.kept) super.onattribdata(start, endIndex);
    }
    override onattribentity(codePoint: number): void {
      if (this.kept) super.onattribentity(codePoint);
    }
    override onattribend(quote: number, endIndex: number): void {
      if (this.kept) super.onattribend(quote, endIndex);
      else this.endIndex = endIndex;
    }
    /** The attribute's name when it is kept (one of `names`), else null. */
    private keptName(start: number, end: number): string | null {
      const candidates = byLength.get(end - start);
      if (candidates === undefined) return null;
      const buffer = this.buffers[0]!;
      const from = start - this.bufferOffset;
      if (!this.lowerCaseAttributeNames || from < 0 || end - this.bufferOffset > buffer.length) return this.slicedName(start, end);
      for (const name of candidates) {
        let k = 0;
        for (; k < name.length; k++) {
          const c = buffer.charCodeAt(from + k);
          if (c >= 0x80) return this.slicedName(start, end);
          if ((c >= 65 && c <= 90 ? c + 32 : c) !== name.charCodeAt(k)) break;
        }
        if (k === name.length) return name;
      }
      return null;
    }
    /** The name as the Parser's own onattribname takes it, when it is kept. */
    private slicedName(start: number, end: number): string | null {
      const sliced = this.getSlice(start, end);
      const name = this.lowerCaseAttributeNames ? sliced.toLowerCase() : sliced;
      return names.has(name) ? name : null;
    }
  }
  return AttributeKeeping as unknown as Htmlparser2['Parser'];
}
