// What a rule table's regex says about the characters of any text it matches, read from the regex
// itself, so that a cheap character-table test can stand before the regex without the table's
// vocabulary being listed a second time:
// - firstChars: the characters a match can open with (for a pattern anchored with `^`, or sticky);
// - neededChars: a set of characters at least one of which every match holds.
// Both are returned as strings of characters, for a CharSet or a CharMasks table. The reading is conservative: any construct it does not know (a negated class, `.`, `\p{…}`, a
// back reference) makes the answer null ("no precondition"), never a set that would refuse a match.
import { JS_WHITESPACE } from './char-set.js';

/** Ranges of UTF-16 code units (inclusive), or ANY when the reading cannot bound them. */
type Ranges = ReadonlyArray<readonly [number, number]>;
type Units = Ranges | typeof ANY;
const ANY = 'any' as const;
const NONE: Ranges = [];

interface Node {
  /** the units a match of this node can open with, and whether it can match the empty string */
  first: Units;
  nullable: boolean;
  /** units at least one of which every match of this node holds (null: none known) */
  needed: Ranges | null;
  /** whether every match of this node starts at the input's start (`^` first) */
  anchored: boolean;
}

const unit = (u: number): Ranges => [[u, u]];
const DIGITS: Ranges = [[48, 57]];
const WORD: Ranges = [[48, 57], [65, 90], [95, 95], [97, 122]];
const SPACES: Ranges = [...JS_WHITESPACE].map((c) => [c.charCodeAt(0), c.charCodeAt(0)] as const);
const CONTROL_ESCAPES: Readonly<Record<string, number>> = { t: 9, n: 10, v: 11, f: 12, r: 13, '0': 0 };

const union = (a: Units, b: Units): Units => (a === ANY || b === ANY ? ANY : [...a, ...b]);
/** how many units the ranges cover (overlaps counted twice: only a measure for choosing) */
const sizeOf = (r: Ranges): number => r.reduce((n, [lo, hi]) => n + hi - lo + 1, 0);
const smaller = (a: Ranges | null, b: Ranges | null): Ranges | null => (a === null ? b : b === null || sizeOf(a) <= sizeOf(b) ? a : b);

function charNode(units: Units): Node {
  return { first: units, nullable: false, needed: units === ANY ? null : units, anchored: false };
}
const ZERO_WIDTH: Node = { first: NONE, nullable: true, needed: null, anchored: false };
/** A construct the reading does not follow: it may match anything, or nothing. */
const UNKNOWN: Node = { first: ANY, nullable: true, needed: null, anchored: false };

class Unsupported extends Error {}

/** A recursive-descent reading of a RegExp source (the subset the rule tables use). */
class Reader {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly ignoreCase: boolean,
    private readonly unicode: boolean,
  ) {}

  read(): Node {
    const node = this.alternation();
    if (this.i !== this.src.length) throw new Unsupported();
    return node;
  }

  private alternation(): Node {
    const branches = [this.sequence()];
    while (this.src[this.i] === '|') {
      this.i++;
      branches.push(this.sequence());
    }
    if (branches.length === 1) return branches[0]!;
    let first: Units = NONE;
    let needed: Ranges | null = NONE;
    for (const b of branches) {
      first = union(first, b.first);
      needed = needed === null || b.needed === null ? null : [...needed, ...b.needed];
    }
    return { first, nullable: branches.some((b) => b.nullable), needed, anchored: branches.every((b) => b.anchored) };
  }

  private sequence(): Node {
    let first: Units = NONE;
    let nullable = true;
    let needed: Ranges | null = null;
    let anchored = false;
    let opening = true; // nothing that consumes a character read yet
    while (this.i < this.src.length && this.src[this.i] !== '|' && this.src[this.i] !== ')') {
      const item = this.quantified();
      if (opening && item.anchored) anchored = true;
      if (nullable) first = union(first, item.first);
      nullable = nullable && item.nullable;
      needed = smaller(needed, item.needed);
      if (!item.nullable) opening = false;
    }
    return { first, nullable, needed, anchored };
  }

  private quantified(): Node {
    const atom = this.atom();
    const q = this.quantifier();
    if (q === null) return atom;
    if (atom.anchored) throw new Unsupported(); // a quantified assertion
    return q.min === 0 ? { first: atom.first, nullable: true, needed: null, anchored: false } : atom;
  }

  private quantifier(): { min: number } | null {
    const c = this.src[this.i];
    let min: number;
    if (c === '*' || c === '?') min = 0;
    else if (c === '+') min = 1;
    else if (c === '{') {
      const m = /^\{(\d+)(?:,(\d*))?\}/.exec(this.src.slice(this.i));
      if (m === null) return null; // a literal `{`
      this.i += m[0].length - 1;
      min = Number(m[1]);
    } else return null;
    this.i++;
    if (this.src[this.i] === '?') this.i++; // lazy
    return { min };
  }

  private atom(): Node {
    const c = this.src[this.i]!;
    this.i++;
    switch (c) {
      case '^':
        return { ...ZERO_WIDTH, anchored: true };
      case '$':
        return ZERO_WIDTH;
      case '.':
        return charNode(ANY);
      case '(':
        return this.group();
      case '[':
        return charNode(this.charClass());
      case '\\':
        return this.escape();
      default:
        return charNode(this.cased(c.charCodeAt(0), c.charCodeAt(0)));
    }
  }

  private group(): Node {
    let lookaround = false;
    if (this.src.startsWith('?:', this.i)) this.i += 2;
    else if (/^\?<?[=!]/.test(this.src.slice(this.i, this.i + 3))) {
      lookaround = true;
      this.i += this.src[this.i + 1] === '<' ? 3 : 2;
    } else if (this.src.startsWith('?<', this.i)) {
      const close = this.src.indexOf('>', this.i);
      if (close < 0) throw new Unsupported();
      this.i = close + 1;
    } else if (this.src[this.i] === '?') throw new Unsupported();
    const inner = this.alternation();
    if (this.src[this.i] !== ')') throw new Unsupported();
    this.i++;
    // what a lookaround asks is not read: it consumes nothing
    return lookaround ? ZERO_WIDTH : inner;
  }

  /** The units of a class `[…]` (the `[` read); ANY for a negated class or one the reading cannot list. */
  private charClass(): Units {
    const negated = this.src[this.i] === '^';
    if (negated) this.i++;
    const ranges: Array<readonly [number, number]> = [];
    let any = false;
    while (this.src[this.i] !== ']') {
      if (this.i >= this.src.length) throw new Unsupported();
      const from = this.classAtom();
      if (typeof from === 'number' && this.src[this.i] === '-' && this.src[this.i + 1] !== ']') {
        this.i++;
        const to = this.classAtom();
        if (typeof to !== 'number' || to < from) throw new Unsupported();
        ranges.push(...this.cased(from, to));
      } else if (typeof from === 'number') ranges.push(...this.cased(from, from));
      else if (from === ANY) any = true;
      else ranges.push(...from);
    }
    this.i++;
    return negated || any ? ANY : ranges;
  }

  /** One member of a class: a unit, or the units of a class escape (`\d`, `\s`). */
  private classAtom(): number | Units {
    const c = this.src[this.i]!;
    this.i++;
    if (c !== '\\') return c.charCodeAt(0);
    const e = this.src[this.i]!;
    const set = this.classEscape(e);
    if (set !== null) {
      this.i++;
      return set;
    }
    return this.escapedUnit();
  }

  private classEscape(e: string): Units | null {
    if (e === 'd') return DIGITS;
    if (e === 's') return SPACES;
    if (e === 'w') return WORD;
    if (e === 'D' || e === 'S' || e === 'W' || e === 'p' || e === 'P') return ANY;
    return null;
  }

  private escape(): Node {
    const e = this.src[this.i]!;
    if (e === 'b' || e === 'B') {
      this.i++;
      return ZERO_WIDTH;
    }
    if (/[1-9k]/.test(e)) throw new Unsupported(); // back references
    const set = this.classEscape(e);
    if (set !== null) {
      this.i++;
      if ((e === 'p' || e === 'P') && this.src[this.i] === '{') this.i = this.src.indexOf('}', this.i) + 1;
      return charNode(set);
    }
    const u = this.escapedUnit();
    return charNode(this.cased(u, u));
  }

  /** The unit an escape (its `\` read) stands for: `\t`, `\u4e00`, `\x41`, or an escaped literal. */
  private escapedUnit(): number {
    const e = this.src[this.i]!;
    if (e in CONTROL_ESCAPES) {
      this.i++;
      return CONTROL_ESCAPES[e]!;
    }
    const hex = e === 'u' ? /^u([0-9a-fA-F]{4})/.exec(this.src.slice(this.i)) : e === 'x' ? /^x([0-9a-fA-F]{2})/.exec(this.src.slice(this.i)) : null;
    if (hex !== null) {
      this.i += hex[0].length;
      return parseInt(hex[1]!, 16);
    }
    if (e === 'u' || e === 'x' || e === 'c' || /[a-zA-Z]/.test(e)) throw new Unsupported();
    this.i++;
    return e.charCodeAt(0);
  }

  /**
   * The units `lo`–`hi` with the units the `i` flag matches with them: an ASCII letter's other
   * case; Han, digits and ASCII punctuation alone. Other units under `i` refuse the reading.
   */
  private cased(lo: number, hi: number): Ranges {
    if (!this.ignoreCase || (lo >= HAN_FROM && hi <= HAN_TO)) return [[lo, hi]];
    if (hi - lo > 0x80) throw new Unsupported();
    const out: Array<readonly [number, number]> = [];
    for (let u = lo; u <= hi; u++) {
      const ch = String.fromCharCode(u);
      const lower = ch.toLowerCase();
      const upper = ch.toUpperCase();
      if (u <= 0x7f) {
        out.push([u, u]);
        if (lower !== upper) out.push(lower === ch ? [upper.charCodeAt(0), upper.charCodeAt(0)] : [lower.charCodeAt(0), lower.charCodeAt(0)]);
      } else if (lower === ch && upper === ch && (!/\p{L}/u.test(ch) || /\p{Script=Han}/u.test(ch))) out.push([u, u]);
      // Han, and punctuation and symbols that have no other case (`©`); not Ⅰ/ⅰ or Ⓐ/ⓐ, which do
      else throw new Unsupported();
    }
    return out;
  }
}
/** The CJK Unified Ideographs block: no case. */
const HAN_FROM = 0x4e00;
const HAN_TO = 0x9fff;

function readRegex(re: RegExp): Node | null {
  // `m` lets `^` match inside the text; `u` with `i` folds more than ASCII case (`k` and the Kelvin sign)
  if (re.flags.includes('m') || re.flags.includes('v') || (re.flags.includes('u') && re.flags.includes('i'))) return null;
  try {
    return new Reader(re.source, re.flags.includes('i'), re.flags.includes('u')).read();
  } catch (error) {
    if (error instanceof Unsupported) return null;
    throw error;
  }
}

/** How many units String.fromCharCode is given at once (its arguments stay well within the engine's limit). */
const CHARS_AT_ONCE = 4096;

/**
 * The units of `ranges` as a string, each once, in code-unit order. The ranges are walked in order
 * of their starts, each from the first unit not yet written: no unit is kept in a set and sorted
 * (a range of the Han block is 20,992 units, and the rule tables are read at every load of a module
 * and of a worker thread).
 */
function toChars(ranges: Ranges): string {
  const sorted = [...ranges].sort((a, b) => a[0] - b[0]);
  const units: number[] = [];
  let next = 0; // every unit below is written
  for (const [lo, hi] of sorted) {
    for (let u = Math.max(lo, next); u <= hi; u++) units.push(u);
    next = Math.max(next, hi + 1);
  }
  let chars = '';
  for (let k = 0; k < units.length; k += CHARS_AT_ONCE) chars += String.fromCharCode(...units.slice(k, k + CHARS_AT_ONCE));
  return chars;
}

/**
 * The characters a match of `re` opens with, when `re` is anchored (`^` before every branch, no `m`
 * flag) or sticky and cannot match the empty string: a text whose character at the match's start
 * is not in the set does not match there. Null when the reading cannot bound them.
 */
export function firstChars(re: RegExp): string | null {
  const node = readRegex(re);
  if (node === null || node.nullable || node.first === ANY) return null;
  if (!node.anchored && !re.sticky) return null;
  return toChars(node.first);
}

/** Characters at least one of which every match of `re` holds; null when none is known. */
export function neededChars(re: RegExp): string | null {
  const node = readRegex(re);
  return node === null || node.needed === null || node.needed.length === 0 ? null : toChars(node.needed);
}

