// Finding the article in an HTML page (src/stages/article): the evidence and its weights.
// Content extractors (Readability, trafilatura, jusText) score a page's blocks by how much running
// text they hold against how much of it is links and short unpunctuated lines; these are the same
// measures, set for Chinese text (characters, not words; 。，、 rather than spaces).

/**
 * Sentence punctuation: a run of text that holds these reads as prose, a menu or a link list does
 * not. Full-width marks and the ASCII forms normalise folds them to, since page text counts before
 * normalising.
 */
export const SENTENCE_PUNCTUATION = '。，,；;：:、“”！!？?';

/**
 * Words in a block's class or id that tell what it is, with a weight: positive for the article,
 * negative for page furniture. A word counts when it stands in the attribute as a word or a part of
 * one split by `-`, `_` or a change of case (`news_content`, `detailCon`, `TRS_Editor`); the
 * weights of all the words found add up, and the sum is bounded by MAX_HINT. Hints are evidence
 * added to the text's: none is required, and a block with no text is never chosen for its name.
 */
export const ATTRIBUTE_HINTS: Readonly<Record<string, number>> = {
  // the article
  content: 0.5,
  article: 0.5,
  detail: 0.5,
  main: 0.25,
  zoom: 0.5,
  trs: 0.5,
  editor: 0.25,
  text: 0.25,
  body: 0.25,
  con: 0.25,
  zw: 0.25, // 正文
  // page furniture
  nav: -0.75,
  menu: -0.75,
  header: -0.5,
  head: -0.25,
  top: -0.25,
  footer: -0.75,
  foot: -0.75,
  bottom: -0.5,
  breadcrumb: -0.75,
  crumb: -0.75,
  position: -0.5,
  location: -0.5,
  share: -0.75,
  print: -0.5,
  toolbar: -0.75,
  tool: -0.5,
  sidebar: -0.75,
  side: -0.5,
  related: -0.75,
  relate: -0.75,
  copyright: -0.75,
  search: -0.75,
  link: -0.25,
  links: -0.5,
  list: -0.25,
  comment: -0.5,
  ad: -0.5,
  banner: -0.5,
};

/** The hints' summed weight is bounded to ±MAX_HINT: a name adds at most this share to a block's score, or takes it away. */
export const MAX_HINT = 0.75;

/** A line of fewer characters than this, without sentence punctuation, is a short line (a menu item, a link). */
export const SHORT_LINE_CHARS = 10;

/** Each short line costs its characters and this many more: a run of them (a menu) weighs against its block. */
export const SHORT_LINE_COST = 5;

/** A line without sentence punctuation that is not short (a title, a table row) counts this share of its characters. */
export const PLAIN_LINE_WEIGHT = 0.25;

/** Link text counts against a block this many times its characters (once to cancel it, once more against). */
export const LINK_COST = 2;

/**
 * The best block is taken only when it scores at least this many times the best block outside it
 * (neither inside nor around it); else the page's whole text is kept. Tuned on the fixtures in
 * fixtures/article/ and checked with `npm run quality` (README: "Finding the article").
 */
export const MIN_LEAD = 2;

/** Below this score (characters of prose, about) a page has no article to find: its whole text is kept. */
export const MIN_ARTICLE_SCORE = 50;

/** A sibling continues the article when at most this share of its characters are links… */
export const MAX_SIBLING_LINK_DENSITY = 0.3;
/** …it holds at least this many sentence punctuation marks per 100 characters… */
export const MIN_SIBLING_PUNCTUATION = 2;
/** …its lines are worth at least this much (a line of prose; an empty label such as `关联稿件:` is not)… */
export const MIN_SIBLING_SCORE = 10;
/** …and one of them ends a sentence (an info line `发布时间:… 来源:…` is punctuated by colons only). */
export const SENTENCE_ENDS = /[。!?;！？；]/;

/**
 * A notice's signature (issuer, date) often stands in an element of its own right after the text:
 * the short blocks following the article continue it when they hold no link, at most this many
 * lines in all, each at most MAX_CLOSING_LINE_CHARS long, no empty label (a line ending in `:`,
 * such as `附件:` or `关联稿件:` over an empty list), and end with a date (SIGNATURE_DATE): a
 * heading over a related list (`相关稿件`) does not. The line rules then judge them as they judge
 * any line at the article's end.
 */
export const MAX_CLOSING_LINES = 3;
export const MAX_CLOSING_LINE_CHARS = 30;
export const EMPTY_LABEL = /[:：]\s*$/;
/** A date as a signature writes it: `2024年3月15日`, `2024-03-15`, `二〇二四年三月十五日`. */
export const SIGNATURE_DATE = /(?:\d{4}|[〇零一二三四五六七八九]{4})\s*[年\-/.]\s*[\d一二三四五六七八九十]{1,3}\s*[月\-/.]/;

/**
 * The title line above the article is taken in, with the lines between, when at most this many
 * lines stand between… (0: only a title right above the article's block. What stands between a
 * title and its text on real pages is furniture: the info line, 字号/打印/分享 widgets, an empty
 * `关联稿件:` list. Cut, the info line is still read for metadata.)
 */
export const MAX_TITLE_GAP_LINES = 0;
/** …and no block among them has more than this share of its characters in links (a 相关稿件 list). */
export const MAX_TITLE_GAP_LINK_DENSITY = 0.5;

/**
 * A link list after the article's end (other departments' sites, 友情链接, 相关链接, other articles,
 * pagination): a block with more than this share of its characters in links, at least
 * MIN_LINK_LIST_CHARS of them, after which the page holds no more article text (only other link
 * lists, blank lines and the site's footer lines). It is cut (rule `article/link-list`) whether the
 * article is a block or the whole page was kept; a list of the document's attachments
 * (LINK_LIST_KEPT) stays.
 */
export const LINK_LIST_DENSITY = 0.5;
export const MIN_LINK_LIST_CHARS = 12;
export const LINK_LIST_KEPT = /附件|\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar|7z)\b/i;

/**
 * The document's attachment list in a block of its own right after the article's block, beside it under one parent
 * (`<ul class="fujian">` after `div#mainText`: `附件1:北京市科技行政处罚裁量基准表` …): the article's, so it joins the
 * article instead of being cut with the page around it. Every line of the block is an attachment item (ATTACHMENT_ITEM:
 * `附件`, an optional number and a mark, or a file's name), at most MAX_ATTACHMENT_LIST_LINES of them, and it holds
 * links. fixtures/article/attachment-list-sibling.html
 */
export const ATTACHMENT_ITEM = /^(?:[•·]\s*)?(?:(?:相关)?附件(?:下载)?\s*[0-9一二三四五六七八九十]*\s*[:：.、]|(?:相关)?附件(?:下载)?\s*$|.*\.(?:docx?|xlsx?|pdf|wps|et|ofd|zip|rar|7z)\s*$)/i;
export const MAX_ATTACHMENT_LIST_LINES = 20;
/** The word one of the list's lines must say (`附件1:…`, `附件下载`): files listed without it are other documents. */
export const ATTACHMENT_WORD = '附件';

/**
 * Class or id words of a block that holds a page's title (`div.title`, `news_tit`, `detailTitle`):
 * with a heading element (h1–h6), what the title finder reads when the page's <title> names only
 * the site (see headingTitle).
 */
export const TITLE_HINT_WORDS: ReadonlySet<string> = new Set(['title', 'tit', 'biaoti', 'bt', 'headline']);
/** A heading block may stand this many lines into the article and still be its title (the article block's first line). */
export const MAX_TITLE_LINES_INTO_ARTICLE = 2;

/**
 * Words of a <header>'s class or id (attributeWords) that name it the article's own header, holding
 * its title and meta line (`article-header`, `entry-header`, `post-header`), though it stands outside
 * the <article>: page text reads it, where the page's <header> is dropped (html-elements.ts).
 */
export const ARTICLE_HEADER_WORDS: ReadonlySet<string> = new Set(['article', 'entry', 'post']);
