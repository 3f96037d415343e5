// A page's markup (HTML) or front matter (Markdown) reduced to lines of text plus what it states.
import type { InputFormat } from '../../schema/records.js';
import type { PageText } from '../types.js';
import { htmlToPageText } from './html-to-text.js';
import { streamHtmlToPageText } from './html-stream.js';
import { isHtmlFragment } from './html-fragment.js';
import { markdownToPageText } from './markdown-to-text.js';

/**
 * An HTML page of this many characters or more is read without a tree (html-stream.ts): reading a
 * 47 MB page as a tree takes about 160 MB more memory, in two streaming passes about 90 MB (its
 * page text and blocks, mostly). 4 Mi characters is about 8 MB of a Chinese page's markup, where
 * the run starts making a document in parts (LARGE_DOCUMENT, 8 MB of input); the pages users
 * scrape are far smaller and keep the tree, its repairs and parse5's reading of malformed markup.
 */
export const STREAMED_PAGE_CHARS = 4 * 1024 * 1024;

const htmlPageText = (text: string): PageText => (text.length >= STREAMED_PAGE_CHARS ? streamHtmlToPageText(text) : htmlToPageText(text));

export function toPageText(text: string, format: InputFormat): PageText {
  switch (format) {
    case 'html':
      return htmlPageText(text);
    case 'markdown':
      return markdownToPageText(text);
    case 'text':
      // a database cell or a feed item saved as .txt may be markup: read as the HTML it is
      return isHtmlFragment(text) ? htmlPageText(text) : { text, metadata: {}, titleHints: [] };
  }
}
