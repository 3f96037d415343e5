// Removes website chrome, keeps what it states as metadata, records every removal.
// STUB: keeps everything; the rule tables are owned by the cleaning work (issue 3).
import type { Cleaned, PageText } from '../types.js';

export function stripBoilerplate(page: PageText): Cleaned {
  return { text: page.text, title: page.titleHints[0] ?? null, metadata: { ...page.metadata }, removed: [], warnings: [] };
}
