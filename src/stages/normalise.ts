// Fullwidth ASCII → ASCII, odd spaces → space, CRLF/CR → LF, trailing spaces trimmed.
// Chinese punctuation (、。“”《》—) is left as it is.
import { FULLWIDTH_OFFSET, INVISIBLE_CHARS, SPACE_CHARS } from '../rules/zh/normalise.js';

const FULLWIDTH = /[\uff01-\uff5e]/g;
const SPACES = new RegExp(`[${SPACE_CHARS}]`, 'g');
const INVISIBLE = new RegExp(`[${INVISIBLE_CHARS}]`, 'g');

export function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(FULLWIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - FULLWIDTH_OFFSET))
    .replace(SPACES, ' ')
    .replace(INVISIBLE, '')
    .replace(/[ \t]+$/gm, '');
}
