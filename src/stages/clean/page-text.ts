// A page's markup (HTML) or front matter (Markdown) reduced to lines of text plus what it states.
// STUB: text passes through; HTML and Markdown handling is owned by the cleaning work (issue 3).
import type { InputFormat } from '../../schema/records.js';
import type { PageText } from '../types.js';

export function toPageText(text: string, _format: InputFormat): PageText {
  return { text, metadata: {}, titleHints: [] };
}
