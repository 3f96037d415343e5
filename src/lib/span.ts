// Stages work in UTF-16 offsets (JS string indices); the output counts Unicode code points,
// as Python, jq and DuckDB do. This is the one place that converts between the two.

// The answer for the last long text asked about: a document's text is asked about by finalise,
// then again by the summary and the documents table (its length in code points), and each scan
// reads the whole text. A string compares equal to itself at once, so a repeat costs nothing; any
// other string is scanned (=== compares values, so the kept answer is never a wrong one). Short
// texts (a removed block's) are not kept, so that they do not push the document's text out.
const KEEP_FROM = 256;
let lastText = '';
let lastAstral = false;

/** Whether `text` holds an astral character (a high surrogate): a plain loop, faster than a regex on two-byte text. */
export function hasAstral(text: string): boolean {
  if (text === lastText) return lastAstral;
  let astral = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      astral = true;
      break;
    }
  }
  if (text.length >= KEEP_FROM) {
    lastText = text;
    lastAstral = astral;
  }
  return astral;
}

/** Length in code points (a lone surrogate counts as one), without the array that [...s].length builds. */
export function codePointLength(s: string): number {
  // no high surrogate, no pair: every unit is a code point
  if (!hasAstral(s)) return s.length;
  let pairs = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const next = s.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        pairs++;
        i++;
      }
    }
  }
  return s.length - pairs;
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
