// Lines as a reader compares them.

/** The form in which two lines are compared: spaces dropped, letters lower-cased. */
const lineKey = (s: string): string => s.replace(/\s+/g, '').toLowerCase();

/**
 * Characters that lower-casing leaves as they are: ASCII other than letters, and U+3000–U+9FFF
 * (CJK punctuation, kana, ideographs). Two lines opening with different such characters differ.
 */
const isCaseless = (c: number): boolean => (c >= 0x3000 && c <= 0x9fff) || (c < 0x80 && !((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a));

/** Equality of two lines as a reader sees them: spaces and case of Latin letters ignored. */
export function sameLine(a: string, b: string): boolean {
  // most comparisons are of unrelated lines: their first characters tell, without building keys
  const x = a.trimStart().charCodeAt(0);
  const y = b.trimStart().charCodeAt(0);
  if (x !== y && isCaseless(x) && isCaseless(y)) return false;
  return lineKey(a) === lineKey(b);
}
