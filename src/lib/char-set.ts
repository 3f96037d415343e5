// Sets of BMP characters as lookup tables. On two-byte (Chinese) strings, V8's regex engine scans
// a character class at about 20 ns a character; a charCodeAt loop over a Uint8Array table runs
// several times faster, which matters for scans that visit every character of every document.

/** A set of BMP characters (UTF-16 code units) with O(1) membership by char code. */
export interface CharSet {
  has(code: number): boolean;
  /** the first index at or after `from` whose character is in the set, or -1 */
  indexIn(text: string, from?: number): number;
}

/** The set of every character of `chars` (astral characters are refused: they are two units). */
export function charSet(chars: Iterable<string>): CharSet {
  const table = new Uint8Array(0x10000);
  for (const ch of chars) {
    if (ch.length !== 1) throw new Error(`charSet: ${JSON.stringify(ch)} is not one UTF-16 unit`);
    table[ch.charCodeAt(0)] = 1;
  }
  return {
    has: (code) => table[code] === 1,
    indexIn(text, from = 0) {
      for (let i = from; i < text.length; i++) if (table[text.charCodeAt(i)] === 1) return i;
      return -1;
    },
  };
}
