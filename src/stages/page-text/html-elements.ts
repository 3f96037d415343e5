// How HTML elements read as text. Element names are lower-case, as both parsers report them.

/** Dropped with everything inside: they hold no article text. */
export const DROPPED_ELEMENTS: ReadonlySet<string> = new Set([
  'script', 'style', 'noscript', 'template', 'nav', 'header', 'footer', 'aside', 'iframe', 'object', 'embed',
  'svg', 'canvas', 'select', 'button', 'input', 'textarea', 'map', 'head',
]);

/**
 * Sectioning elements whose <header> is the article's own (HTML5: an <article>'s title and its meta
 * line, `<li>发布于 2031-04-02</li>`): such a header is read, where the page's <header> is dropped.
 * So is a header named for the article (ARTICLE_HEADER_WORDS, rules/article.ts: `article-header`).
 */
export const ARTICLE_SECTIONS: ReadonlySet<string> = new Set(['article', 'main']);

/**
 * The DROPPED_ELEMENTS an article may have of its own, read when they are (isArticleHeader): its
 * <header> (title, meta line) and its <footer>, where blog and news themes set the post's date and
 * category under its text (`<article>…<footer class="entry-footer">发布日期:2031-04-02 所属分类:…`).
 * The page's own <header> and <footer> (menus, copyright) are dropped.
 */
export const ARTICLE_PARTS: ReadonlySet<string> = new Set(['header', 'footer']);

/**
 * An inline style that hides its element from readers: `display:none` or `visibility:hidden`, any
 * case, spaces and `!important` allowed, as one declaration of the style (`display: none;`).
 * Such an element, or one with the `hidden` attribute, is skipped with everything inside, as
 * DROPPED_ELEMENTS are: a page never shows its text. Unless it holds HIDDEN_BODY_SHARE of the
 * body's text or more: then it is the page itself, hidden until its scripts show it.
 */
export const HIDING_STYLE = /(?:^|;)\s*(?:display\s*:\s*none|visibility\s*:\s*hidden)\s*(?:!\s*important\s*)?(?:;|$)/i;

export const HIDDEN_BODY_SHARE = 0.5;

/**
 * Class names the common CSS frameworks define as `display:none` (Bootstrap's `hide`, `hidden`,
 * `d-none`): the page's own stylesheet is not read, so an element carrying one of them as a whole
 * class token is hidden as an inline `display:none` is (a CMS block its scripts may show:
 * `<div class="xgxx_tit hide zczx">政策咨询</div>`). Whole tokens only: `hidden-xs`, `hidden-sm`
 * hide an element on small screens only, and the page shows it.
 */
export const HIDING_CLASSES: ReadonlySet<string> = new Set(['hide', 'hidden', 'd-none']);
/**
 * Class names a page's templates give what they show on phones only (`<div class="mobile-content pchide">`, the
 * article again for a phone's layout, under the desktop's `detail-text-content mhide`; a phone's header and footer
 * on www.gov.cn): where the page holds a desktop copy with text (DESKTOP_ONLY_CLASSES), the page read as a desktop
 * shows that copy, so these are hidden as HIDING_CLASSES are (the article twice would give each metric twice); where
 * the desktop's copy holds no text (an embedded PDF), the phone's copy is the article and is read.
 */
export const PHONE_ONLY_CLASSES: ReadonlySet<string> = new Set(['pchide', 'pc-hide', 'hide-pc']);
/** Class names of what a page shows on desktops only (its copy of what PHONE_ONLY_CLASSES mark): `mhide`. */
export const DESKTOP_ONLY_CLASSES: ReadonlySet<string> = new Set(['mhide', 'm-hide', 'hide-m', 'mobile-hide', 'hide-mobile']);
/**
 * A class that shows the element again at some screen size (`d-none d-md-block`, `hidden visible-lg`):
 * an element with one is shown on a desktop, whatever hiding class it also has.
 */
export const SHOWING_CLASS = /(?:^|[ \t\n\f\r])(?:d-(?:sm|md|lg|xl|xxl)-(?:block|inline|inline-block|flex|inline-flex|grid|inline-grid|table|table-cell|table-row)|visible-(?:xs|sm|md|lg|xl)(?:-[a-z-]+)?)(?=$|[ \t\n\f\r])/;

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

/**
 * The attributes page text reads (html-to-text.ts, html-stream.ts): `class` and `id` (a block's
 * names, an article's <header>), `hidden` and `style` (hidden elements), `href` (site home links),
 * `colspan` (data tables), and a <meta>'s `name`, `property` and `content`. The tree page text
 * reads keeps these only (the parser passes over the rest).
 */
export const PAGE_TEXT_ATTRIBUTES: ReadonlySet<string> = new Set(['class', 'id', 'hidden', 'style', 'href', 'colspan', 'name', 'property', 'content']);

/** Deeper nesting than this is flattened before parsing (see capNesting). */
export const MAX_NESTING = 256;

// What the fast parser (htmlparser2) and the spec parser (parse5) build differently. Pages are
// parsed with htmlparser2; one whose tree shows a construct below is parsed again with parse5, so
// every page reads as a browser's tree-builder would build it (see html-parse.ts).

/** The HTML spec's formatting elements: a misnested end tag of one moves nodes (adoption agency). */
export const FORMATTING_ELEMENTS: ReadonlySet<string> = new Set([
  'a', 'b', 'big', 'code', 'em', 'font', 'i', 'nobr', 's', 'small', 'strike', 'strong', 'tt', 'u',
]);

/** The spec's "special" elements: an end tag for an unrelated inline element never closes them. */
export const SPECIAL_ELEMENTS: ReadonlySet<string> = new Set([
  'address', 'applet', 'area', 'article', 'aside', 'base', 'basefont', 'bgsound', 'blockquote', 'body', 'br', 'button',
  'caption', 'center', 'col', 'colgroup', 'dd', 'details', 'dir', 'div', 'dl', 'dt', 'embed', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'frame', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'head', 'header', 'hgroup', 'hr',
  'html', 'iframe', 'img', 'input', 'keygen', 'li', 'link', 'listing', 'main', 'marquee', 'menu', 'meta', 'nav',
  'noembed', 'noframes', 'noscript', 'object', 'ol', 'p', 'param', 'plaintext', 'pre', 'script', 'search', 'section',
  'select', 'source', 'style', 'summary', 'table', 'tbody', 'td', 'template', 'textarea', 'tfoot', 'th', 'thead',
  'title', 'tr', 'track', 'ul', 'wbr', 'xmp', 'svg', 'math',
]);

/** Elements an end tag does not reach through (the spec's "has an element in scope"). */
export const SCOPE_BOUNDARIES: ReadonlySet<string> = new Set([
  'applet', 'caption', 'html', 'table', 'td', 'th', 'marquee', 'object', 'template', 'svg', 'math', 'ul', 'ol', 'button',
]);

/** Table parts, and the end tags that close them in both parsers. */
export const TABLE_PARTS: ReadonlySet<string> = new Set(['caption', 'colgroup', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);
export const TABLE_CLOSERS: ReadonlySet<string> = new Set(['table', 'caption', 'tbody', 'thead', 'tfoot', 'tr', 'td', 'th']);

/** The children each table part may have; anything else is moved out of the table by parse5. */
const TABLE_SCRIPTING = ['script', 'style', 'template'];
// (Maps, not objects: the survey looks up every element's name and its parent's, strings the parser
// made, which an object's keyed lookup has to find among the interned strings first)
export const TABLE_CHILDREN: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['table', new Set(['caption', 'colgroup', 'col', 'thead', 'tbody', 'tfoot', 'tr', ...TABLE_SCRIPTING])],
  ['thead', new Set(['tr', ...TABLE_SCRIPTING])],
  ['tbody', new Set(['tr', ...TABLE_SCRIPTING])],
  ['tfoot', new Set(['tr', ...TABLE_SCRIPTING])],
  ['tr', new Set(['td', 'th', ...TABLE_SCRIPTING])],
  ['colgroup', new Set(['col', 'template'])],
]);
/** Where each table part must sit; elsewhere parse5 ignores its tag. */
export const TABLE_PARENTS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['caption', new Set(['table'])],
  ['colgroup', new Set(['table'])],
  ['col', new Set(['table', 'colgroup'])],
  ['thead', new Set(['table'])],
  ['tbody', new Set(['table'])],
  ['tfoot', new Set(['table'])],
  ['tr', new Set(['table', 'thead', 'tbody', 'tfoot'])],
  ['td', new Set(['tr'])],
  ['th', new Set(['tr'])],
]);

/** What <head> holds; anything else starts the body in parse5. */
export const HEAD_CONTENT: ReadonlySet<string> = new Set([
  'base', 'basefont', 'bgsound', 'link', 'meta', 'title', 'noscript', 'noframes', 'style', 'script', 'template',
]);

/** Elements parse5 reads as raw text or breaks out of (foreign content) while htmlparser2 reads markup. */
export const SPEC_ONLY_ELEMENTS: ReadonlySet<string> = new Set(['plaintext', 'noembed', 'noframes', 'math', 'frameset', 'image', 'isindex', 'xmp', 'listing', 'search']);

export const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);

/** HTML start tags that end an <svg> in parse5 (its content then continues as HTML). */
export const FOREIGN_BREAKOUT: ReadonlySet<string> = new Set([
  'b', 'big', 'blockquote', 'body', 'br', 'center', 'code', 'dd', 'div', 'dl', 'dt', 'em', 'embed', 'h1', 'h2', 'h3',
  'h4', 'h5', 'h6', 'head', 'hr', 'i', 'img', 'li', 'listing', 'menu', 'meta', 'nobr', 'ol', 'p', 'pre', 'ruby', 's',
  'small', 'span', 'strong', 'strike', 'sub', 'sup', 'table', 'tt', 'u', 'ul', 'var', 'font',
]);
