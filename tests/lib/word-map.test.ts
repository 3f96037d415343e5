import { describe, expect, it } from 'vitest';
import { wordMap } from '../../src/lib/word-map.js';

describe('wordMap', () => {
  const table = { 年: 1, 百分点: 2 };
  const map = wordMap(table);

  it('finds every word of the table, also by a fresh slice of a text', () => {
    expect([...map]).toEqual(Object.entries(table));
    const text = '增长3个百分点,2024年';
    expect(map.get(text.slice(4, 7))).toBe(2);
    expect(map.get(text.slice(-1))).toBe(1);
  });

  it('finds no word the table lacks, nor an inherited property', () => {
    expect(map.get('月')).toBeUndefined();
    expect(map.get('constructor')).toBeUndefined();
    expect(map.get('toString')).toBeUndefined();
  });
});
