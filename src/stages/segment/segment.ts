// Cleaned text → outline: sections, table of contents, 专栏 boxes.
// STUB: no outline yet; owned by the structure work (issue 4).
import type { Outline } from '../types.js';

export function segment(_text: string): Outline {
  return { sections: [], toc: null, columns: [] };
}
