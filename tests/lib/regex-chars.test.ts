import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstChars, neededChars } from '../../src/lib/regex-chars.js';
import { LINE_RULES, RUN_RULES } from '../../src/rules/zh/boilerplate.js';
import { MARKER_KINDS } from '../../src/rules/zh/headings.js';

describe('firstChars', () => {
  it('reads the characters an anchored match opens with', () => {
    expect(firstChars(/^(?:ab|cd)e/)).toBe('ac');
    expect(firstChars(/^(?:x\s*)?[0-2]年/)).toBe('012x');
    expect(firstChars(/^(?=abc)d/)).toBe('d'); // a lookahead consumes nothing
    expect(firstChars(/^a|^b/)).toBe('ab');
    expect(firstChars(/(?:a|b)c/y)).toBe('ab'); // sticky: the match opens at lastIndex
    expect(firstChars(/^abc/i)).toBe('Aa');
    expect(firstChars(/^版权/i)).toBe('版');
  });

  it('gives no set when a match may open anywhere or with anything', () => {
    expect(firstChars(/ab/)).toBeNull(); // not anchored
    expect(firstChars(/^a|b/)).toBeNull(); // the second branch is not
    expect(firstChars(/^a?/)).toBeNull(); // may match the empty string
    expect(firstChars(/^[^a]b/)).toBeNull();
    expect(firstChars(/^.b/)).toBeNull();
    expect(firstChars(/^a/m)).toBeNull(); // `^` after any line break
    expect(firstChars(/^\p{Script=Han}/u)).toBeNull();
    expect(firstChars(/^é/i)).toBeNull(); // a letter's other cases are not read
  });
});

describe('neededChars', () => {
  it('reads characters one of which every match holds', () => {
    expect(neededChars(/^.{0,9}仅供.{0,9}$/)).toBe('仅');
    expect(neededChars(/如有侵权|免责声明/)).toBe('免如');
    expect(neededChars(/[-=]{3,}|[-=]{5,}/)).toBe('-=');
    expect(neededChars(/^(a)b\1/)).toBeNull(); // a back reference is not read
    expect(neededChars(/ab|c?/)).toBeNull(); // a branch may match the empty string
    expect(neededChars(/(?=x)y/)).toBe('y');
  });
});

/** A random regex over a small alphabet, and its source. */
const ALPHABET = ['a', 'b', 'c', 'A', '年', '-', ' '];
const atom: fc.Arbitrary<string> = fc.oneof(
  fc.constantFrom(...ALPHABET.map((c) => (c === '-' ? '\\-' : c))),
  fc.constantFrom('[ab]', '[^a]', '[a-c]', '\\s', '\\d', '.', '[b年]', '\\u5e74', '\\x41'),
);
const regexSource: fc.Arbitrary<string> = fc.letrec<{ alt: string; seq: string; item: string }>((tie) => ({
  alt: fc.array(tie('seq'), { minLength: 1, maxLength: 3 }).map((bs) => bs.join('|')),
  seq: fc.array(tie('item'), { minLength: 0, maxLength: 4 }).map((xs) => xs.join('')),
  item: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    atom,
    fc.tuple(atom, fc.constantFrom('?', '*', '+', '{0,2}', '{1,3}', '{2}', '??')).map(([a, q]) => a + q),
    fc.constantFrom('^', '$', '\\b'),
    tie('alt').map((a) => `(?:${a})`),
    fc.tuple(tie('alt'), fc.constantFrom('', '?', '+')).map(([a, q]) => `(${a})${q}`),
    tie('alt').map((a) => `(?=${a})`),
    tie('alt').map((a) => `(?!${a})`),
  ),
})).alt;

describe('the readings hold for every match', () => {
  it('of random regexes on random texts', () => {
    fc.assert(
      fc.property(regexSource, fc.constantFrom('', 'i', 'y', 'iy'), fc.array(fc.string({ unit: fc.constantFrom(...ALPHABET, 'B', 'x', '\n') }), { minLength: 1, maxLength: 6 }), (source, flags, texts) => {
        let re: RegExp;
        try {
          re = new RegExp(source, flags);
        } catch {
          return; // not a regex
        }
        const first = firstChars(re);
        const needed = neededChars(re);
        for (const text of texts) {
          for (let at = 0; at <= (re.sticky ? text.length : 0); at++) {
            re.lastIndex = at;
            const m = re.exec(text);
            if (m === null) continue;
            if (first !== null) expect(first).toContain(text[m.index]);
            if (needed !== null) expect([...m[0]].some((c) => needed.includes(c))).toBe(true);
          }
        }
      }),
      { numRuns: 3000 },
    );
  });

  it('of the rule tables on texts made of their own words', () => {
    const patterns = [...LINE_RULES.map((r) => r.pattern), ...RUN_RULES.flatMap((r) => [r.start, r.follow]), ...MARKER_KINDS.map((k) => new RegExp(k.pattern, 'y'))];
    // the tables' own characters, so that texts often match
    const units = [...new Set(patterns.flatMap((p) => [...p.source]).filter((c) => !'\\^$?*+()[]{}|'.includes(c))), ' ', '2', '0'];
    for (const re of patterns) {
      const first = firstChars(re);
      const needed = neededChars(re);
      fc.assert(
        fc.property(fc.string({ unit: fc.constantFrom(...units), maxLength: 12 }), (text) => {
          re.lastIndex = 0;
          const m = re.exec(text);
          if (m === null) return;
          if (first !== null) expect(first).toContain(text[m.index]);
          if (needed !== null) expect([...m[0]].some((c) => needed.includes(c))).toBe(true);
        }),
        { numRuns: 300 },
      );
    }
  });
});
