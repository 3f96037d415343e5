// V8 makes a slice of a long string (13 UTF-16 units or more) a view into it, and the view keeps
// the whole string alive. A short piece of a page kept past the page (a removed block's text, a
// title, a metadata field) would hold the page's text in memory for as long as the document is
// held: 27 MB for a 37 MB text dump (issue 14). ownCopy gives such a piece its own characters.

/** Slices shorter than this are copied by V8 anyway (SlicedString::kMinLength). */
const VIEW_FROM = 13;

/** `text`, the same characters, in a string of its own (never a view into a longer string). */
export function ownCopy(text: string): string {
  // utf16le copies UTF-16 units as they are, lone surrogates included
  return text.length < VIEW_FROM ? text : Buffer.from(text, 'utf16le').toString('utf16le');
}

/**
 * `lines` joined by `\n`, in a string of its own. A join of two or more strings is built anew
 * (V8 copies their characters into a new string), so only a single line, which the join gives
 * back as it is (a view, when it was sliced from a page), is copied by ownCopy.
 */
export function ownJoin(lines: readonly string[]): string {
  return lines.length === 1 ? ownCopy(lines[0]!) : lines.join('\n');
}
