// Whether a text or a Markdown body is an HTML fragment: a database cell or a feed item stored
// whole as markup (`<p>…</p><br><p>…`), to be read as HTML and not as lines of text.

const LINE_BREAK = /\r\n?|\n/;
/** A block element opening the fragment's first line. */
const HTML_BODY_OPENER = /^\s*<(?:div|p|article|section|main|table|ul|ol|h[1-6]|blockquote|center)(?:[\s>]|\/>)/i;

/**
 * Whether a body is an HTML fragment: its first line opens an HTML block and most of its lines
 * are markup (a line with a tag of its own).
 */
export function isHtmlFragment(body: string): boolean {
  // the opener tested on the whole body first: `^\s*` passes blank lines, so this is the first line's test, without a split
  if (!HTML_BODY_OPENER.test(body)) return false;
  const lines = body.split(LINE_BREAK).filter((line) => line.trim().length > 0);
  const markup = lines.filter((line) => line.trimStart().startsWith('<')).length;
  return markup * 2 > lines.length;
}
