// Stages work in UTF-16 offsets (JS string indices); the output counts Unicode code points,
// as Python, jq and DuckDB do. This is the one place that converts between the two.

/** Whether `text` holds an astral character (a surrogate pair): a plain loop, faster than a regex on two-byte text. */
export function hasAstral(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) return true;
  }
  return false;
}

/** Returns a function mapping a UTF-16 offset in `text` to a code-point offset. */
export function codePointOffsets(text: string): (utf16: number) => number {
  if (!hasAstral(text)) return (i) => i;
  // prefix[i] = number of high surrogates (astral characters) that start before UTF-16 index i
  const prefix = new Uint32Array(text.length + 1);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    prefix[i + 1] = prefix[i]! + (c >= 0xd800 && c <= 0xdbff ? 1 : 0);
  }
  return (i) => i - prefix[Math.min(Math.max(i, 0), text.length)]!;
}

/** Slices `text` by code-point offsets `[start, end)`. */
export function sliceCodePoints(text: string, start: number, end: number): string {
  if (!hasAstral(text)) return text.slice(start, end);
  return Array.from(text).slice(start, end).join('');
}
