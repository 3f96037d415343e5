// Which files are documents, and how each is read.
import type { InputFormat } from '../schema/records.js';

export const FORMAT_BY_EXTENSION: Readonly<Record<string, InputFormat>> = {
  '.txt': 'text',
  '.text': 'text',
  '.md': 'markdown',
  '.markdown': 'markdown',
  '.html': 'html',
  '.htm': 'html',
  '.shtml': 'html',
  '.xhtml': 'html',
  // pages saved from dynamic URLs keep the server's extension
  '.asp': 'html',
  '.aspx': 'html',
  '.jsp': 'html',
  '.php': 'html',
};

/** How many leading bytes are looked at to sniff a file without an extension. */
export const SNIFF_BYTES = 1024;
const MARKUP = /<(?:!doctype\s+html|html|head|body|meta|div|p|table|title)\b/i;

export function sniffFormat(head: Uint8Array): InputFormat {
  return MARKUP.test(Buffer.from(head.subarray(0, SNIFF_BYTES)).toString('latin1')) ? 'html' : 'text';
}
