// What a pure reading of a line gave, kept for the lines met again: a site's pages repeat their
// chrome (menus, footers, field lines, breadcrumbs), and a page's stages ask about one line
// several times. On the 10 MB bench corpus the line rules read 26,118 lines of which 6,737 differ,
// the statements of the blocks cut around an article 16,057 of which 661 differ.
import { ownCopy } from './own-copy.js';

/**
 * A reading of lines (a pure function of the line), remembered per line. Each key is a copy of its
 * line (ownCopy) and the reading is made from that copy, so that neither the key nor what the
 * reading holds (views into the line) keeps a page's text alive. Only lines of at most `maxChars`
 * are kept, at most `maxLines` of them: the memo is emptied when full (memory stays bounded).
 * The reading must not give undefined, and what it gives is shared: never to be changed.
 */
export class LineMemo<T> {
  private readonly known = new Map<string, T>();

  constructor(
    private readonly read: (line: string) => T,
    private readonly maxLines: number,
    private readonly maxChars: number,
  ) {}

  get(line: string): T {
    if (line.length > this.maxChars) return this.read(line);
    const known = this.known.get(line);
    if (known !== undefined) return known;
    const own = ownCopy(line);
    const value = this.read(own);
    if (this.known.size >= this.maxLines) this.known.clear();
    this.known.set(own, value);
    return value;
  }

  /** Forgets every line (tests: the next ask reads its line afresh). */
  clear(): void {
    this.known.clear();
  }
}
