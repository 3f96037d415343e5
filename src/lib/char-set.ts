// Sets of BMP characters as lookup tables. On two-byte (Chinese) strings, V8's regex engine scans
// a character class at about 20 ns a character; a charCodeAt loop over a Uint8Array table runs
// several times faster, which matters for scans that visit every character of every document.

/** A set of BMP characters (UTF-16 code units) with O(1) membership by char code. */
export class CharSet {
  // one class (not a closure per set) so that V8 inlines `has` at every call site
  private readonly table = new Uint8Array(0x10000);

  constructor(chars: Iterable<string>) {
    for (const ch of chars) {
      if (ch.length !== 1) throw new Error(`charSet: ${JSON.stringify(ch)} is not one UTF-16 unit`);
      this.table[ch.charCodeAt(0)] = 1;
    }
  }

  has(code: number): boolean {
    return this.table[code] === 1;
  }

  /** the first index at or after `from` whose character is in the set, or -1 */
  indexIn(text: string, from = 0): number {
    const table = this.table;
    for (let i = from; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) return i;
    return -1;
  }
}

/** The set of every character of `chars` (astral characters are refused: they are two units). */
export function charSet(chars: Iterable<string>): CharSet {
  return new CharSet(chars);
}
