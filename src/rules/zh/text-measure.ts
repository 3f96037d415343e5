// What counts when measuring how much text a line or a page block holds (src/stages/measure-text.ts):
// every character but white space, and among them the sentence punctuation (SENTENCE_PUNCTUATION in
// src/rules/article.ts). One table for the page's blocks (src/stages/page-text) and the lines the
// article is scored on (src/stages/article), so both count the same characters.

/**
 * White space, not counted as text: the ASCII spaces and line ends, and the no-break (U+00A0) and
 * ideographic (U+3000) spaces that Chinese pages indent their paragraphs with.
 */
export const MEASURE_SPACE = ' \t\n\r\f\v\u00a0\u3000';
