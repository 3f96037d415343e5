import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { CharMasks, charAt, charSet, codeAt, JS_WHITESPACE } from '../../src/lib/char-set.js';

describe('charSet', () => {
  const set = charSet('。,\n3一');

  it('answers membership by char code', () => {
    expect(set.has('。'.charCodeAt(0))).toBe(true);
    expect(set.has('一'.charCodeAt(0))).toBe(true);
    expect(set.has('二'.charCodeAt(0))).toBe(false);
    expect(set.has(NaN)).toBe(false); // charCodeAt past the end
  });

  it('finds the first member at or after an index, or -1', () => {
    expect(set.indexIn('甲乙一丙', 0)).toBe(2);
    expect(set.indexIn('甲乙一丙', 3)).toBe(-1);
    expect(set.indexIn('')).toBe(-1);
  });

  it('holds the first and last code units like any other, and nothing past a string\'s end', () => {
    const edges = charSet(['\u0000', '\uffff']);
    expect(edges.has(0)).toBe(true);
    expect(edges.has(0xffff)).toBe(true);
    expect(edges.has(1)).toBe(false);
    expect(edges.has(0xfffe)).toBe(false);
    expect(edges.has(NaN)).toBe(false);
    expect(edges.indexIn('\u0000', 0, 5)).toBe(0);
    expect(set.has(''.charCodeAt(0))).toBe(false);
  });

  it('answers as a Set of its characters for any code unit', () => {
    fc.assert(
      fc.property(fc.uniqueArray(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }), fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 40 }), (members, probes) => {
        const chars = members.map((c) => String.fromCharCode(c));
        const s = charSet(chars);
        const expected = new Set(members);
        for (const c of [...members, ...probes]) expect(s.has(c)).toBe(expected.has(c));
        expect(s.countIn(String.fromCharCode(...probes))).toBe(probes.filter((c) => expected.has(c)).length);
      }),
    );
  });

  it('refuses a character that is two UTF-16 units', () => {
    expect(() => charSet(['𠮷'])).toThrow(/one UTF-16 unit/);
  });

  it('agrees with a regex character class on any text', () => {
    const re = /[。,\n3一]/g;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('。', ',', '\n', '3', '一', '二', 'a', '的') }), fc.nat(20), (text, from) => {
        re.lastIndex = from;
        const m = re.exec(text);
        expect(set.indexIn(text, from)).toBe(m ? m.index : -1);
      }),
    );
  });
});

describe('CharSet loops', () => {
  const set = charSet('。,\n3一');
  const text = fc.string({ unit: fc.constantFrom('。', ',', '\n', '3', '一', '二', 'a', '的') });

  it('indexIn stops before `to`', () => {
    expect(set.indexIn('甲乙一丙', 0, 2)).toBe(-1);
    expect(set.indexIn('甲乙一丙', 0, 3)).toBe(2);
  });

  it('lastIndexIn is the last member in [stop, from], as a backward loop finds it', () => {
    fc.assert(
      fc.property(text, fc.integer({ min: -1, max: 25 }), fc.nat(25), (t, from, stop) => {
        let expected = -1;
        for (let i = Math.min(from, t.length - 1); i >= stop; i--) {
          if ('。,\n3一'.includes(t[i]!)) {
            expected = i;
            break;
          }
        }
        expect(set.lastIndexIn(t, from, stop)).toBe(expected);
      }),
    );
  });

  it('runEnd is where the run of members starting at `from` ends', () => {
    fc.assert(
      fc.property(text, fc.nat(25), (t, from) => {
        const m = /[。,\n3一]*/y;
        m.lastIndex = from;
        const expected = from >= t.length ? from : from + m.exec(t)![0].length;
        expect(set.runEnd(t, from)).toBe(expected);
      }),
    );
  });
});

describe('CharSet.countIn', () => {
  const set = charSet('。,\n3一');
  it('counts the members of a text, as a regex character class matches them', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('。', ',', '\n', '3', '一', '二', 'a', '的') }), (t) => {
        expect(set.countIn(t)).toBe(t.match(/[。,\n3一]/g)?.length ?? 0);
      }),
    );
    expect(set.countIn('')).toBe(0);
  });
});

describe('JS_WHITESPACE', () => {
  it('holds exactly the code units /\\s/ matches', () => {
    const matched: string[] = [];
    for (let c = 0; c <= 0xffff; c++) if (/\s/.test(String.fromCharCode(c))) matched.push(String.fromCharCode(c));
    expect([...JS_WHITESPACE].sort()).toEqual(matched.sort());
  });
});

describe('CharMasks', () => {
  it('gives a text the bit of every set it holds a character of', () => {
    const masks = new CharMasks();
    const han = masks.add('年月');
    const digit = masks.add('0123456789');
    expect(masks.maskOf('2024年')).toBe(han | digit);
    expect(masks.maskOf('日')).toBe(0);
    expect(masks.maskOf('')).toBe(0);
    expect(masks.bitsOf('年'.charCodeAt(0))).toBe(han);
    expect(masks.bitsOf(''.charCodeAt(0))).toBe(0); // past the end
  });

  it('agrees with a search for each set on any text', () => {
    const sets = ['年月', '0123', '月', ' '];
    const masks = new CharMasks();
    const bits = sets.map((s) => masks.add(s));
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('年', '月', '日', '0', '5', ' ', 'a') }), (text) => {
        const mask = masks.maskOf(text);
        sets.forEach((s, k) => expect((mask & bits[k]!) !== 0).toBe([...text].some((c) => s.includes(c))));
      }),
    );
  });

  it('gives 32 sets a bit each, and a 33rd set the first set\'s bit (their union: a gate stays sound)', () => {
    const masks = new CharMasks();
    for (let k = 0; k < 32; k++) masks.add(String.fromCharCode(65 + k));
    expect(masks.maskOf('~')).toBe(0);
    expect(masks.maskOf(String.fromCharCode(65 + 31)) >>> 0).toBe(2 ** 31);
    expect(masks.add('z')).toBe(1);
    expect(masks.maskOf('z')).toBe(1);
    expect(masks.maskOf('A')).toBe(1);
    expect(masks.maskOf('B')).toBe(2);
  });
});

describe('codeAt and charAt', () => {
  it('give charCodeAt and the character inside the text, -1 and the empty string outside it', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary' }), fc.integer({ min: -3, max: 40 }), (text, i) => {
        const inside = i >= 0 && i < text.length;
        expect(codeAt(text, i)).toBe(inside ? text.charCodeAt(i) : -1);
        expect(charAt(text, i)).toBe(text[i] ?? '');
      }),
    );
  });
  it('-1 is in no set, as NaN is in none', () => {
    const set = charSet('\u0000\uffff一');
    expect(set.has(codeAt('一', 1))).toBe(false);
    expect(set.has(codeAt('一', -1))).toBe(false);
    expect(set.has(codeAt('一', 0))).toBe(true);
  });
});
