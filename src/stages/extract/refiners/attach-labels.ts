// Labels: what is measured. The label of a number is the clause before its expression (back to a
// clause delimiter or the previous metric), plus the noun phrase right after its unit where one
// follows (`命名181个国门卫士青年突击队` → `命名国门卫士青年突击队`), trimmed of list markers,
// leading connectives and linking verbs. Metrics in one list share the clause before the first
// (`检出各类传染病14种、556例`); `其中` and a short facet after `、` continue the previous label
// (`其中毛燕29.03吨`, `26.16万份、金额1107.9亿元`). Table cells keep the label their row gives.
import type { Draft } from '../draft.js';
import {
  CLAUSE_DELIMITERS,
  CLAUSE_WINDOW,
  FACET_MAX_CHARS,
  INHERITING_OPENERS,
  LABEL_PAIRS,
  LEADING_CONNECTIVES,
  LIST_MARKER,
  MAX_LABEL_CHARS,
  SHARED_LABEL_JOINERS,
  TAIL_DELIMITERS,
  TRAILING_WORDS,
} from '../../../rules/zh/labels.js';

const LEADING = [...new Set(LEADING_CONNECTIVES)].sort((a, b) => b.length - a.length);
const TRAILING = [...new Set(TRAILING_WORDS)].sort((a, b) => b.length - a.length);
const OPENERS = new Map(LABEL_PAIRS.map(([o, c]) => [c, o] as const));
const FACET_JOINER = '、';

/** Start of the clause that ends at `end`, not before `floor`; paired marks are skipped whole. */
export function clauseStart(text: string, end: number, floor: number): number {
  const limit = Math.max(floor, end - CLAUSE_WINDOW);
  let i = end;
  while (i > limit) {
    const ch = text[i - 1]!;
    const open = OPENERS.get(ch);
    if (open) {
      const j = text.lastIndexOf(open, i - 2);
      if (j >= limit && !text.slice(j, i).includes('\n')) {
        i = j;
        continue;
      }
    }
    if (CLAUSE_DELIMITERS.includes(ch)) break;
    i--;
  }
  return i;
}

/** End of the noun phrase that follows a unit at `start`, before `ceiling`. */
function tailEnd(text: string, start: number, ceiling: number): number {
  let i = start;
  while (i < ceiling && !TAIL_DELIMITERS.includes(text[i]!) && !/[\d]/.test(text[i]!)) i++;
  return i;
}

const EDGE_PUNCTUATION = /^[、,,;;::\s]+|[、,,;;::\s]+$/g;

export function trimLabel(raw: string): string {
  let s = raw.replace(EDGE_PUNCTUATION, '');
  for (let changed = true; changed; ) {
    changed = false;
    const marker = LIST_MARKER.exec(s);
    if (marker && marker[0].length > 0 && marker[0].length < s.length) {
      s = s.slice(marker[0].length).trim();
      changed = true;
    }
    const stripped = s.replace(EDGE_PUNCTUATION, '');
    if (stripped !== s) {
      s = stripped;
      changed = true;
    }
    for (const w of LEADING) {
      if (s.startsWith(w) && s.length > w.length) {
        s = s.slice(w.length).trim();
        changed = true;
        break;
      }
    }
    for (const w of TRAILING) {
      if (s.endsWith(w) && s.length > w.length) {
        s = s.slice(0, -w.length).trim();
        changed = true;
        break;
      }
    }
  }
  if (s.length > MAX_LABEL_CHARS) s = s.slice(s.length - MAX_LABEL_CHARS);
  return s;
}

export function attachLabels(drafts: readonly Draft[], text: string): Draft[] {
  const out = drafts.map((d) => ({ ...d }));
  let prevEnd = 0; // end of the previous metric's mention and tail
  let prevHead = '';
  let prevLabel: string | null = null;
  for (let i = 0; i < out.length; i++) {
    const d = out[i]!;
    const next = out[i + 1];
    const ceiling = next ? next.leadStart : text.length;
    if (d.source === 'table') {
      prevEnd = d.end;
      prevHead = '';
      prevLabel = d.label;
      continue;
    }
    const start = clauseStart(text, d.leadStart, prevEnd);
    const between = text.slice(prevEnd, d.leadStart);
    let head = text.slice(start, d.leadStart);
    const tEnd = d.end < ceiling ? tailEnd(text, d.end, ceiling) : d.end;
    const tail = text.slice(d.end, tEnd);
    const joined = start === prevEnd && i > 0 && (SHARED_LABEL_JOINERS as readonly string[]).includes(between.trim());
    const trimmedHead = trimLabel(head);
    let label: string;
    if (joined && prevHead) {
      // one list: the clause before its first item names every item
      head = prevHead;
      label = trimLabel(head + tail);
    } else if (INHERITING_OPENERS.some((w) => head.trim().startsWith(w)) && prevLabel) {
      label = trimLabel(prevLabel + trimmedHead + tail);
    } else if (start === prevEnd && i > 0 && between.startsWith(FACET_JOINER) && trimmedHead.length > 0 && trimmedHead.length <= FACET_MAX_CHARS && prevLabel) {
      label = trimLabel(prevLabel + trimmedHead + tail);
    } else {
      label = trimLabel(head + tail);
    }
    d.label = label.length > 0 ? label : null;
    prevHead = head;
    prevEnd = Math.max(d.end, tEnd);
    prevLabel = d.label;
  }
  return out;
}
