// Documents without numbered headings whose paragraphs open with a short topic sentence
// (a yearbook's `深化法治建设。完善执法…`): one level-1 section per such paragraph. Decided per
// document: only when several paragraphs — and most from the first one on — read this way.
import { TOPIC_BRACKETS, TOPIC_SENTENCE } from '../../rules/zh/headings.js';
import { isBlank, type Line } from './lines.js';

export interface TopicHeading {
  lineIndex: number;
  start: number;
  title: string;
  bodyStart: number;
}

const TOPIC_END = '。';

/** Length in code points, as `[...s].length` counts it (without building the array). */
function codePoints(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++, n++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** A bracketed topic opening a paragraph (`【概况】…。`), if it has one. */
function bracketedTopicOf(text: string, line: Line): TopicHeading | null {
  const pair = TOPIC_BRACKETS.find(([open]) => text.startsWith(open, line.content));
  if (!pair) return null;
  const titleStart = line.content + pair[0].length;
  const close = text.slice(titleStart, Math.min(line.end, titleStart + 2 * TOPIC_SENTENCE.maxChars)).indexOf(pair[1]);
  if (close === -1) return null;
  const title = text.slice(titleStart, titleStart + close).trim();
  const bodyStart = titleStart + close + pair[1].length;
  if (title === '' || codePoints(title) > TOPIC_SENTENCE.maxChars || !text.slice(bodyStart, line.end).includes(TOPIC_END)) return null;
  return { lineIndex: -1, start: line.content, title, bodyStart };
}

/** The topic opening a paragraph — a short first sentence, or a bracketed topic — if it has one. */
export function topicSentenceOf(text: string, line: Line): TopicHeading | null {
  const bracketed = bracketedTopicOf(text, line);
  if (bracketed) return bracketed;
  // a topic sentence is short: look for its end only that far (a long paragraph costs nothing)
  const window = text.slice(line.content, Math.min(line.end, line.content + 2 * TOPIC_SENTENCE.maxChars + 1));
  const found = window.indexOf(TOPIC_END);
  if (found === -1) return null;
  const end = line.content + found;
  const title = text.slice(line.content, end);
  const chars = codePoints(title);
  if (chars < TOPIC_SENTENCE.minChars || chars > TOPIC_SENTENCE.maxChars || TOPIC_SENTENCE.forbidden.test(title)) return null;
  // more text must follow in the same paragraph
  if (text.slice(end + 1, line.end).trim() === '') return null;
  return { lineIndex: -1, start: line.content, title, bodyStart: end + 1 };
}

export function findTopicHeadings(text: string, lines: readonly Line[], skip: (lineIndex: number) => boolean): TopicHeading[] {
  const paragraphs: number[] = [];
  lines.forEach((line, i) => {
    if (!isBlank(line) && !skip(i)) paragraphs.push(i);
  });
  const found: TopicHeading[] = [];
  let firstAt = -1;
  paragraphs.forEach((lineIndex, k) => {
    const topic = topicSentenceOf(text, lines[lineIndex]!);
    if (!topic) return;
    if (firstAt === -1) firstAt = k;
    found.push({ ...topic, lineIndex });
  });
  if (found.length < TOPIC_SENTENCE.minParagraphs) return [];
  if (found.length / (paragraphs.length - firstAt) < TOPIC_SENTENCE.minShare) return [];
  return found;
}
