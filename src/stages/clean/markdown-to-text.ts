// Markdown dumps (scrapers, law archives): YAML front matter → metadata, `#` headings → plain
// lines, HTML comments dropped, inline marks (**bold**, [text](url)) reduced to their text.
// Front matter is read as simple `key: value` lines (and `- item` lists); no YAML library.
import { FRONT_MATTER_KEYS } from '../../rules/zh/metadata.js';
import type { Metadata } from '../../schema/records.js';
import type { PageText } from '../types.js';
import { fieldValue } from './parse-fields.js';

const FRONT_MATTER = /^(?:\uFEFF)?---[ \t]*\r?\n([\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const KEY_VALUE = /^([^:#\s][^:]{0,60}?)\s*:\s*(.*)$/;
const LIST_ITEM = /^\s+-\s+(.*)$|^-\s+(.*)$/;
const COMMENT = /<!--[\s\S]*?-->/g;
const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/;
const EMPTY_HEADING = /^ {0,3}#{1,6}[ \t]*$/;
/** A table's header rule (`|---|---|`); a bare `---` is a thematic break, kept as text. */
const TABLE_RULE = /^\s*\|?(?:\s*:?-{3,}:?\s*\|)+(?:\s*:?-{3,}:?\s*)?$/;
const QUOTED = /^(["'])(.*)\1$/;

function unquote(value: string): string {
  const m = QUOTED.exec(value.trim());
  return m ? m[2]! : value.trim();
}

function readFrontMatter(block: string): Metadata {
  const metadata: Metadata = {};
  let listKey: string | null = null;
  const lists = new Map<string, string[]>();
  for (const line of block.split(/\r?\n/)) {
    const item = LIST_ITEM.exec(line);
    if (item && listKey) {
      lists.get(listKey)!.push(unquote((item[1] ?? item[2])!));
      continue;
    }
    const kv = KEY_VALUE.exec(line);
    if (!kv) continue;
    const name = kv[1]!.trim();
    const key = FRONT_MATTER_KEYS[name.toLowerCase()] ?? name;
    const raw = unquote(kv[2]!);
    if (raw === '') {
      listKey = key;
      lists.set(key, []);
      metadata[key] = null;
      continue;
    }
    listKey = null;
    const inline = /^\[(.*)\]$/.exec(raw);
    const value = inline ? inline[1]!.split(',').map(unquote).filter(Boolean).join(', ') : raw;
    metadata[key] = value === '~' || value === 'null' ? null : fieldValue(value, key);
  }
  for (const [key, items] of lists) if (items.length > 0) metadata[key] = items.join(', ');
  return metadata;
}

function inlineText(line: string): string {
  return line
    .replace(/!\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/\*\*|__/g, '');
}

export function markdownToPageText(source: string): PageText {
  let body = source;
  let metadata: Metadata = {};
  const fm = FRONT_MATTER.exec(source);
  if (fm) {
    metadata = readFrontMatter(fm[1]!);
    body = source.slice(fm[0].length);
  }
  const lines: string[] = [];
  for (const line of body.replace(COMMENT, '').split(/\r?\n/)) {
    if (EMPTY_HEADING.test(line) || TABLE_RULE.test(line)) continue;
    const heading = HEADING.exec(line);
    if (heading) {
      const text = inlineText(heading[1]!);
      lines.push(text);
      continue;
    }
    // a Markdown table row `| a | b |` takes the text dumps' shape `a | b |`
    lines.push(inlineText(line.replace(/^\s*\|\s*/, (m) => (line.trimEnd().endsWith('|') ? '' : m))));
  }
  const title = typeof metadata.title === 'string' ? metadata.title : null;
  return { text: lines.join('\n'), metadata, titleHints: title ? [title] : [] };
}
