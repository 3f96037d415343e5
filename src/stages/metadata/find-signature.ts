// The signature that ends a notice: its issuer on one line and its date on the last
// (`海关总署` / `2024年1月5日`), or, in a flattened notice, glued after its closing formula
// (`特此公告。海关总署2024年1月24日…`), or a bulletin's issuer alone in brackets closing the text
// (`(万载县统计局)`); a reporter's credit closing a news report (`…。(记者 李莉)`, `□某某日报记者 张三 整理`).
// What it states is weaker than any field the page states.
import {
  BRACKETED_ISSUER_LINE,
  CLOSING_CREDIT_BRACKETED,
  CLOSING_CREDIT_LINE,
  CREDIT_ROLE_BETWEEN,
  SIGNATURE_DATE_LINE,
  SIGNED_AFTER_CLOSING,
  MAX_SIGNATURE_LINES,
} from '../../rules/zh/metadata.js';
import { orgName } from '../article/org-name.js';
import { normaliseDate } from '../article/parse-fields.js';
import type { Statement } from '../types.js';

/** Below every other source: a signature is read only where the page states nothing else. */
export const SIGNATURE_PRIORITY = 9;

const isIssuer = (s: string): boolean => orgName(s) !== null;

/** The names of a credit, apart by one space, without the role words between them (`张三 通讯员 李四` → `张三 李四`). */
export const creditNames = (s: string): string => s.replace(CREDIT_ROLE_BETWEEN, ' ').trim();

/** What a reporter's credit among the last lines states (author, and the paper as source), or nothing. */
function closingCredit(lines: readonly string[]): Statement[] {
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < MAX_SIGNATURE_LINES; i--) {
    const s = lines[i]!.trim();
    if (s.length === 0) continue;
    seen++;
    const line = CLOSING_CREDIT_LINE.exec(s);
    const g = line?.groups;
    if (g !== undefined && (g['mark'] !== undefined || g['source'] !== undefined || g['act'] !== undefined)) {
      const out: Statement[] = [{ key: 'author', value: creditNames(g['author']!), priority: SIGNATURE_PRIORITY }];
      const source = g['source'];
      if (source !== undefined) out.push({ key: 'source', value: source, priority: SIGNATURE_PRIORITY });
      return out;
    }
    // the bracketed credit closes the last paragraph only
    if (seen === 1) {
      const bracketed = CLOSING_CREDIT_BRACKETED.exec(s);
      if (bracketed !== null) return [{ key: 'author', value: creditNames(bracketed.groups!['author']!), priority: SIGNATURE_PRIORITY }];
    }
  }
  return [];
}

/** What the signature of `lines` (the article's lines) states: issuer and publishDate, a reporter's credit, or nothing. */
export function findSignature(lines: readonly string[], text: string): Statement[] {
  const credit = closingCredit(lines);
  if (credit.length > 0) return credit;
  const out: Statement[] = [];
  let seen = 0;
  for (let i = lines.length - 1; i >= 0 && seen < MAX_SIGNATURE_LINES; i--) {
    const s = lines[i]!.trim();
    if (s.length === 0) continue;
    seen++;
    const bracketed = seen === 1 ? BRACKETED_ISSUER_LINE.exec(s) : null;
    // joint issuers keep their space (`(某县统计局 国家统计局某县调查队)`)
    if (bracketed !== null && isIssuer(bracketed[1]!.trim())) return [{ key: 'issuer', value: bracketed[1]!.trim().replace(/\s+/g, ' '), priority: SIGNATURE_PRIORITY }];
    const date = SIGNATURE_DATE_LINE.exec(s);
    if (date === null) continue;
    out.push({ key: 'publishDate', value: normaliseDate(date[1]!), priority: SIGNATURE_PRIORITY });
    let j = i - 1;
    while (j >= 0 && lines[j]!.trim().length === 0) j--;
    if (j >= 0 && isIssuer(lines[j]!.trim())) out.push({ key: 'issuer', value: lines[j]!.trim().replace(/\s+/g, ''), priority: SIGNATURE_PRIORITY });
    return out;
  }
  const glued = SIGNED_AFTER_CLOSING.exec(text);
  if (glued !== null && isIssuer(glued.groups!['issuer']!)) {
    out.push({ key: 'issuer', value: glued.groups!['issuer']!, priority: SIGNATURE_PRIORITY });
    out.push({ key: 'publishDate', value: normaliseDate(glued.groups!['date']!), priority: SIGNATURE_PRIORITY });
  }
  return out;
}
