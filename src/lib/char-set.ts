// Sets of BMP characters as lookup tables. On two-byte (Chinese) strings, V8's regex engine scans
// a character class at about 20 ns a character; a charCodeAt loop over a bit table runs
// several times faster, which matters for scans that visit every character of every document.

/**
 * A set of BMP characters (UTF-16 code units) with O(1) membership by char code: one bit a code
 * unit (8 KB a set, where a byte a unit took 64 KB and the tables of the metric stage's many sets
 * missed the processor's caches). Code unit c is bit c + 1, so that NaN (charCodeAt past a
 * string's end), which the bit operators read as 0, lands on bit 0, never set: no member.
 */
export class CharSet {
  // one class (not a closure per set) so that V8 inlines `has` at every call site
  private readonly bits = new Int32Array((0x10000 >>> 5) + 1);

  constructor(chars: Iterable<string>) {
    for (const ch of chars) {
      if (ch.length !== 1) throw new Error(`charSet: ${JSON.stringify(ch)} is not one UTF-16 unit`);
      const bit = ch.charCodeAt(0) + 1;
      this.bits[bit >>> 5]! |= 1 << (bit & 31);
    }
  }

  has(code: number): boolean {
    const bit = code + 1;
    return ((this.bits[bit >>> 5]! >>> (bit & 31)) & 1) === 1;
  }

  // The loops live here, over the table itself: a caller's loop calling has() per character is
  // slow until V8 has optimised and inlined it, which a short run never reaches.

  /** the first index in [from, to) whose character is in the set, or -1 */
  indexIn(text: string, from = 0, to = text.length): number {
    const bits = this.bits;
    const stop = Math.min(to, text.length);
    for (let i = from; i < stop; i++) {
      const bit = text.charCodeAt(i) + 1;
      if ((bits[bit >>> 5]! >>> (bit & 31)) & 1) return i;
    }
    return -1;
  }

  /** the last index in [stop, from] whose character is in the set, or -1 */
  lastIndexIn(text: string, from: number, stop = 0): number {
    const bits = this.bits;
    for (let i = Math.min(from, text.length - 1); i >= stop; i--) {
      const bit = text.charCodeAt(i) + 1;
      if ((bits[bit >>> 5]! >>> (bit & 31)) & 1) return i;
    }
    return -1;
  }

  /** how many characters of `text` are in the set */
  countIn(text: string): number {
    const bits = this.bits;
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const bit = text.charCodeAt(i) + 1;
      n += (bits[bit >>> 5]! >>> (bit & 31)) & 1;
    }
    return n;
  }

  /** where the run of the set's characters starting at `from` ends */
  runEnd(text: string, from: number): number {
    const bits = this.bits;
    let i = from;
    while (i < text.length) {
      const bit = text.charCodeAt(i) + 1;
      if (((bits[bit >>> 5]! >>> (bit & 31)) & 1) === 0) break;
      i++;
    }
    return i;
  }
}

/**
 * Sets of BMP characters in one table: a text's mask (maskOf) has bit k set when the text holds a
 * character of set k, so one pass over a line answers for every set at once. There are 32 bits: the
 * 33rd set shares the first set's bit, and so on, so a bit then stands for the union of its sets. A
 * test on a shared bit lets more texts through, never fewer (a gate stays sound, only less sharp).
 */
export class CharMasks {
  private readonly table = new Uint32Array(0x10000);
  /** the number of sets added */
  size = 0;

  /** Adds a set and returns its bit (shared with earlier sets past the 32nd). */
  add(chars: string): number {
    const bit = (1 << (this.size % 32)) >>> 0;
    const table = this.table;
    for (let i = 0; i < chars.length; i++) table[chars.charCodeAt(i)] = table[chars.charCodeAt(i)]! | bit;
    this.size++;
    return bit;
  }

  /** the bits of every set that holds the character `code` (0 past a text's end: NaN) */
  bitsOf(code: number): number {
    return this.table[code] ?? 0;
  }

  /** the bits of every set one of whose characters `text` holds */
  maskOf(text: string): number {
    const table = this.table;
    let mask = 0;
    for (let i = 0; i < text.length; i++) mask |= table[text.charCodeAt(i)]!;
    return mask;
  }
}

/**
 * Every character JavaScript's `/\s/` matches (ECMAScript WhiteSpace and LineTerminator), as one
 * string, for sets that mean "white space" the way the regexes they replace did.
 */
export const JS_WHITESPACE =
  '\t\n\v\f\r \u00a0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000\ufeff';

/** The set of every character of `chars` (astral characters are refused: they are two units). */
export function charSet(chars: Iterable<string>): CharSet {
  return new CharSet(chars);
}

/**
 * `text.charCodeAt(i)`, or -1 where charCodeAt gives NaN (before the text's start, past its end):
 * no CharSet holds -1, as none holds NaN, and -1 equals no character's code. A read outside a
 * string deoptimises the optimised function that makes it ("out of bounds"), and the function,
 * with all it has inlined, is compiled again: the readers around a numeral ask for the characters
 * either side of it, and a numeral at a text's edge comes rarely, after they are optimised.
 */
export function codeAt(text: string, i: number): number {
  return i >= 0 && i < text.length ? text.charCodeAt(i) : -1;
}

/** `text[i] ?? ''` (the character at `i`, '' outside the text) without a read outside it (codeAt). */
export function charAt(text: string, i: number): string {
  return i >= 0 && i < text.length ? text[i]! : '';
}
