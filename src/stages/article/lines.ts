// Lines as a reader compares them.
import { charSet, JS_WHITESPACE } from '../../lib/char-set.js';

/**
 * Characters that lower-casing leaves as they are: ASCII other than letters, and U+3000–U+9FFF
 * (CJK punctuation, kana, ideographs). Two lines opening with different such characters differ.
 */
const isCaseless = (c: number): boolean => (c >= 0x3000 && c <= 0x9fff) || (c < 0x80 && !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a));

const SPACE = charSet(JS_WHITESPACE);

/**
 * Characters lower-casing leaves as they are, as far as lineKey needs to know: the caseless ones,
 * small Latin letters, and U+2000–U+206F (general punctuation: `•`, `“`, `—`, `…`).
 */
const keepsCase = (c: number): boolean => isCaseless(c) || (c >= 0x61 && c <= 0x7a) || (c >= 0x2000 && c <= 0x206f);

/**
 * Whether lineKey changes `s`: it holds white space, or a character lower-casing may change (not
 * keepsCase). Most lines are Chinese text without spaces and are their own key.
 */
function keyDiffers(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (!keepsCase(c) || SPACE.has(c)) return true;
  }
  return false;
}

/**
 * The form in which two lines are compared: spaces dropped, letters lower-cased. A line it would
 * not change is its own key (no regex pass, no lower-cased copy).
 */
const lineKey = (s: string): string => (keyDiffers(s) ? s.replace(/\s+/g, '').toLowerCase() : s);

/**
 * What codeAt gives past a string's end: no character, and not caseless (as NaN, which charCodeAt
 * gives there, is not), so it tells two lines apart from nothing.
 */
const NO_CHAR = 0x10000;
/**
 * The code unit at `i`, or NO_CHAR outside the string (an empty line): charCodeAt past the end
 * deoptimises the function that makes the read (V8's "out of bounds"), and empty lines are compared too.
 */
const codeAt = (s: string, i: number): number => (i >= 0 && i < s.length ? s.charCodeAt(i) : NO_CHAR);

/** Whether two lines' first characters (after leading spaces) already tell that they differ. */
const openingsDiffer = (x: number, y: number): boolean => x !== y && isCaseless(x) && isCaseless(y);

/** Equality of two lines as a reader sees them: spaces and case of Latin letters ignored. */
/** For tests: the key two lines are compared by. */
export const lineKeyOf = (s: string): string => lineKey(s);

export function sameLine(a: string, b: string): boolean {
  // most comparisons are of unrelated lines: their first characters tell, without building keys
  if (openingsDiffer(codeAt(a.trimStart(), 0), codeAt(b.trimStart(), 0))) return false;
  return lineKey(a) === lineKey(b);
}

/**
 * One line compared with many (sameLine), its own key built once. Its last character is compared
 * too, before building the other's key: what tells two openings apart tells two endings apart.
 */
export class LineKey {
  private readonly first: number;
  private readonly last: number;
  private key: string | null = null;

  constructor(private readonly line: string) {
    this.first = codeAt(line.trimStart(), 0);
    const end = line.trimEnd();
    this.last = codeAt(end, end.length - 1);
  }

  /** sameLine(line, other), for a trimmed `other` */
  matches(other: string): boolean {
    if (openingsDiffer(this.first, codeAt(other, 0)) || openingsDiffer(this.last, codeAt(other, other.length - 1))) return false;
    if (this.key === null) this.key = lineKey(this.line);
    return this.key === lineKey(other);
  }
}
