// Stage metadata: what the page states, weighed. Reads the statements the article stage gathered
// (markup, scraper header, the removed lines' fields and crumbs) and the article's own lines (a
// 题注 or 文号 under the title, a line stating an identifier, the period a report states),
// and keeps one value per key.
import type { Metadata } from '../../schema/records.js';
import { DATE_KEYS, DESCRIPTOR_ITEM_SPLIT, DESCRIPTOR_KEYS, MAX_DESCRIPTOR_ITEM_CHARS, MIN_DESCRIPTOR_ITEM_CHARS } from '../../rules/zh/metadata.js';
import { SENTENCE_PUNCTUATION } from '../../rules/zh/line-shapes.js';
import type { ArticleLines, Statement } from '../types.js';
import { findIdentifierLines } from './find-identifier-lines.js';
import { findPeriod } from './find-period.js';
import { findPreamble } from './find-preamble.js';
import { findSignature } from './find-signature.js';
import { ownCopy } from '../../lib/own-copy.js';

/** The input of the stage: the article stage's record (the fields metadata reads). */
export type MetadataInput = Pick<ArticleLines, 'text' | 'titleLine' | 'statements'> & Partial<Pick<ArticleLines, 'title'>> & { lines?: readonly string[] };

/** The statement kept for each key: a stated value beats a stated absence; among values, the lower priority number wins. */
export function bestStatements(statements: readonly Statement[]): Map<string, Statement> {
  const best = new Map<string, Statement>();
  for (let i = 0; i < statements.length; i++) {
    const s = statements[i]!;
    const held = best.get(s.key);
    if (held === undefined || (held.value === null && s.value !== null)) best.set(s.key, s);
    else if (s.value !== null && held.value !== null && DATE_KEYS.has(s.key) && sameDay(s.value, held.value)) {
      // two sources agreeing on the day: the one that also gives the time
      if (s.value.length > held.value.length) best.set(s.key, s);
    } else if (s.value !== null && s.priority < held.priority) best.set(s.key, s);
  }
  return best;
}

/** Whether two normalised dates (`YYYY-MM-DD[ HH:MM]`) name the same day. */
const sameDay = (a: string, b: string): boolean => a.length >= 10 && b.length >= 10 && a.slice(0, 10) === b.slice(0, 10) && /^\d{4}-\d{2}-\d{2}/.test(a);

/** The metadata record: keys in code-unit order, then the period found in the text (if any). */
function toMetadata(best: ReadonlyMap<string, Statement>, period: string | null): Metadata {
  const metadata: Metadata = {};
  // a value is its own copy: one read from the page's lines would keep the whole page alive with the record (issue 14)
  for (const key of [...best.keys()].sort()) {
    const value = best.get(key)!.value;
    metadata[key] = typeof value === 'string' ? ownCopy(value) : value;
  }
  if (period !== null) metadata.period = period;
  return metadata;
}

/**
 * Whether a description's or keywords' value (DESCRIPTOR_KEYS) is a list of names none of which
 * the title or the text holds: it then speaks of the site, not of the article.
 */
function namesOnlyWhatPageLacks(value: string, title: string | null, text: string): boolean {
  const items = value.split(DESCRIPTOR_ITEM_SPLIT).filter((item) => item.length > 0);
  if (items.length < 2) return false;
  for (const item of items) {
    if (item.length < MIN_DESCRIPTOR_ITEM_CHARS || item.length > MAX_DESCRIPTOR_ITEM_CHARS || SENTENCE_PUNCTUATION.test(item)) return false;
    if (text.includes(item) || (title !== null && title.includes(item))) return false;
  }
  return true;
}

/** The descriptions and keywords that speak of something the page does not show (the site's own), dropped. */
function dropSiteDescriptors(best: Map<string, Statement>, text: string): void {
  const title = statedValue(best, 'title');
  for (const key of DESCRIPTOR_KEYS) {
    const value = statedValue(best, key);
    if (value !== null && namesOnlyWhatPageLacks(value, title, text)) best.delete(key);
  }
}

const statedValue = (best: ReadonlyMap<string, Statement>, key: string): string | null => best.get(key)?.value ?? null;

export function findMetadata(article: MetadataInput): Metadata {
  // the article stage's lines of the text, when given: the text is not split again
  const lines = article.lines ?? article.text.split('\n');
  const statements = [
    ...article.statements,
    ...findPreamble(lines, article.titleLine + 1),
    ...findIdentifierLines(lines, article.titleLine + 1),
    ...findSignature(lines, article.text),
  ];
  const best = bestStatements(statements);
  dropSiteDescriptors(best, article.text);
  const period = best.has('period')
    ? null
    : findPeriod(lines, article.titleLine + 1, statedValue(best, 'pageDate') ?? statedValue(best, 'publishDate'), article.text, article.title);
  return toMetadata(best, period);
}
