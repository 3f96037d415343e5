// How HTML elements read as text. Element names are lower-case, as parse5 reports them.

/** Dropped with everything inside: they hold no article text. */
export const DROPPED_ELEMENTS = [
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'iframe', 'object', 'embed',
  'svg', 'canvas', 'select', 'button', 'input', 'textarea', 'map', 'head',
] as const;

/** A <form> wrapping most of the page is an ASP.NET page body, not a widget: kept above this share of the text. */
export const FORM_BODY_SHARE = 0.5;

/** Elements that start and end a line. */
export const BLOCK_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'article', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt', 'fieldset',
  'figcaption', 'figure', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'hgroup', 'hr', 'html', 'legend', 'li', 'main',
  'menu', 'ol', 'p', 'pre', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'caption',
  'title',
]);

/** List items read as the text dumps write them. */
export const LIST_ITEM_PREFIX = '• ';

/** A table whose cells hold more than this is layout, not data: its cells read as blocks. */
export const MAX_DATA_CELL_CHARS = 150;

/** Elements without content or closing tag: they never nest. */
export const VOID_ELEMENTS: ReadonlySet<string> = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr',
]);

/** Deeper nesting than this is flattened before parsing (see capNesting). */
export const MAX_NESTING = 256;
