// A page's markup (HTML) or front matter (Markdown) reduced to lines of text plus what it states.
import type { InputFormat } from '../../schema/records.js';
import type { PageText } from '../types.js';
import { htmlToPageText } from './html-to-text.js';
import { markdownToPageText } from './markdown-to-text.js';

export function toPageText(text: string, format: InputFormat): PageText {
  switch (format) {
    case 'html':
      return htmlToPageText(text);
    case 'markdown':
      return markdownToPageText(text);
    case 'text':
      return { text, metadata: {}, titleHints: [] };
  }
}
