// A page's markup (HTML) or front matter (Markdown) reduced to lines of text plus what it states.
import type { InputFormat } from '../../schema/records.js';
import type { PageText } from '../types.js';
import { htmlToPageText } from './html-to-text.js';
import { streamHtmlToPageText } from './html-stream.js';
import { markdownToPageText } from './markdown-to-text.js';

/**
 * An HTML page of this many characters or more is read without a tree (html-stream.ts): its tree
 * would cost some eight times the page (a 47 MB page's, about 200 MB). 4 Mi characters is about
 * 8 MB of a Chinese page's markup, where the run starts making a document in parts
 * (LARGE_DOCUMENT); the pages users scrape are far smaller and keep the tree and its repairs.
 */
export const STREAMED_PAGE_CHARS = 4 * 1024 * 1024;

export function toPageText(text: string, format: InputFormat): PageText {
  switch (format) {
    case 'html':
      return text.length >= STREAMED_PAGE_CHARS ? streamHtmlToPageText(text) : htmlToPageText(text);
    case 'markdown':
      return markdownToPageText(text);
    case 'text':
      return { text, metadata: {}, titleHints: [] };
  }
}
