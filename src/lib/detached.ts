// A string that holds no other. V8 makes a slice of a string (`slice`, `split`, a one-element
// `join`) a view into it when the slice is 13 characters or more, and the view keeps the whole
// string alive: a footer line cut from a 40 MB page keeps the page's text in memory for as long as
// the line is kept. A copy made here holds its own characters only.

/** The same characters, in a string of their own (a view into a larger string is copied out). */
export function detached(text: string): string {
  // the concatenation is flattened into a new string of text.length + 1 characters; the slice of it
  // keeps that string, not the one `text` was cut from
  return ` ${text}`.slice(1);
}
