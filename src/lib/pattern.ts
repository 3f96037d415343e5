// Builds a regex alternation from a table of words, longest first, so that `个百分点` wins over
// `个` (chrono's utils/pattern.ts). Refuses an empty table: an empty alternation matches everything.

/** Escapes a literal for use inside a RegExp source. */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\\/-]/g, '\\$&');
}

/** `(?:a|b|…)` from the words, longest first; throws on an empty table or an empty word. */
export function alternation(words: readonly string[]): string {
  if (words.length === 0) throw new Error('alternation: empty table');
  if (words.some((w) => w.length === 0)) throw new Error('alternation: empty word');
  return `(?:${alternationOrder(words).map(escapeRegExp).join('|')})`;
}

/** The words in the order alternation() tries them: longest first, then in code-unit order, without repeats. */
export function alternationOrder(words: readonly string[]): string[] {
  return [...new Set(words)].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
}
