// Shapes of a document's own lines, which tell where the article begins: chrome never opens
// with a section marker, and rarely says a whole sentence.

/** A line that opens a section (一、 (一) 1. 第一章 第一条): the document has begun. */
export const SECTION_MARKER_START = /^\s*(?:[一二三四五六七八九十百零〇]{1,4}\s*[、.．]|[((][一二三四五六七八九十百零〇\d]{1,4}[))]|\d{1,3}\s*[、.．](?!\d)|第[一二三四五六七八九十百零〇\d]{1,5}[章节条编部分篇])/;

/**
 * Characters that open a list item (`• 来源:…`, `● 打印`, `◆ 关闭`, `・分享到:`): sites write info and
 * toolbar lines as bullet items, judged by what follows the bullet. (`-` is left out: it opens
 * negative numbers and dashes.)
 */
export const BULLET_CHARS = '•·*●◆■▪◇○・◦▸►';
/** A bullet and the spaces after it, opening a line. */
export const LEADING_BULLET = new RegExp(`^[${BULLET_CHARS}]\\s*`);

/** Sentence punctuation: a line holding it is prose, not a title or a widget. */
export const SENTENCE_PUNCTUATION = /[。!?;]/;
/**
 * The marks that end a whole sentence (SENTENCE_PUNCTUATION but `;`, which parts clauses), and the
 * closing quotes and brackets that may stand after one (`…增长。”`): where a flattened page's glued
 * chrome may begin (article/unglue.ts: cutGluedRun).
 */
export const SENTENCE_END_MARK = /[。!?]/;
export const SENTENCE_CLOSER = /["'”’」』)\]】》]/;
/**
 * A signature's date set off by spaces (`某某办公室 2017年3月22日 来源:…`): on a flattened page it
 * closes the body as a sentence end does, and what follows may be glued chrome. A date inside a
 * sentence (`截至2019年5月6日 …`) has no space before it.
 */
export const SIGNATURE_DATE_GLUED = /(?<=\s)\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日(?=\s)/g;
/** What marks a line as the article's prose; `!` is left out, as site slogans shout (`全程无忧!`). */
export const PROSE_PUNCTUATION = /[。?;]/;

/** A line longer than this is prose whatever it holds. */
export const MAX_SHORT_LINE_CHARS = 100;

/** Chrome lines are short; a longer line is never taken for chrome (also bounds every rule's work). */
export const MAX_CHROME_LINE_CHARS = 600;

/** A title is a short line that does not end like a sentence or a lead-in (`各直属海关:`). */
export const TITLE_MIN_CHARS = 2;
export const TITLE_MAX_CHARS = 80;
export const NOT_TITLE_ENDING = /[。!?;:,,、]$/;
/** A line that is only a date or a number is not a title. */
export const DATE_OR_NUMBER_LINE = /^[\d\s年月日.\-/:]+$/;

/** How many short unmatched lines the head scan passes before it decides the article has begun. */
export const MAX_HEAD_GAP = 4;
/** Likewise from the bottom up. */
export const MAX_TAIL_GAP = 3;
/**
 * The page's text again at its foot (a read-aloud widget's copy of the article, a share teaser
 * cut with `…`) is looked for among the last MAX_COPY_LINES lines; a teaser holds at least
 * COPY_OPENING_CHARS characters of the article's first paragraph (article-copy.ts).
 */
export const MAX_COPY_LINES = 4;
export const COPY_OPENING_CHARS = 16;
/**
 * A copy of the article at the page's foot holds at most this many characters per character of the lines
 * from the article's first paragraph down to it: the article's paragraphs again, with its title and a few
 * words more; a line far longer than what stands above it is the article itself (article-copy.ts).
 */
export const COPY_MAX_PER_ARTICLE_CHAR = 1.25;
/** At most this many title-like lines open a document (a title, its copies, a subtitle). */
export const MAX_TITLE_CANDIDATES = 4;

/** A document number (`署发〔2024〕12号`, `2024年第1号`): a line of the document, never page chrome. */
export const DOC_NUMBER = /[〔[]\d{4}[〕\]]\s*\d{1,5}\s*号|\d{4}年第\s*\d{1,5}\s*号|第\s*\d{1,5}\s*号/;

/**
 * Words of a page that explains another document (`一图读懂《…若干措施》(某府规〔2031〕3号)`, `《…》政策解读`): a
 * document number in its title is the explained document's, not the page's.
 */
export const INTERPRETATION_TITLE_WORDS = ['解读', '读懂', '图解', '问答'] as const;
/**
 * Words of a title that cites a document's number rather than being it (`关于废止海关总署令第12号`, `解读海关总署公告2031年第5号`,
 * `海关总署发布公告…`): a title that is a number alone names its issuer and nothing else.
 */
export const CITING_TITLE_WORDS = ['关于', '发布', '废止', '解读', '印发', '修改', '修订', '转发', '执行', '落实', '实施'] as const;

/** The word a document's subject opens its title with (`关于进一步规范进口货物申报的公告`). */
export const SUBJECT_OPENER = '关于';
