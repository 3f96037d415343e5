// Splits CSV text, fed in chunks, into records (rows) with their 1-based line, so a dataset's
// tables are checked one row at a time (bounded memory). Each record is parsed by parseCsv;
// a record is complete at a line end outside quotes. Pure: the caller reads the chunks.
import { parseCsv } from './parse-csv.js';

export interface CsvRecord {
  cells: Array<string | null>;
  line: number;
}
export interface CsvProblem {
  line: number;
  message: string;
}

/** A record longer than this is taken for an unclosed quote rather than buffered on. */
export const MAX_RECORD_CHARS = 64 * 1024 * 1024;

export class CsvRecordSplitter {
  private buffer = '';
  /** how far into buffer has been scanned, and whether that point is inside quotes */
  private scanned = 0;
  private inQuotes = false;
  private line = 1;
  private first = true;

  constructor(private readonly stripBom: boolean) {}

  /** Records completed by this chunk; a problem ends the table (the caller stops). */
  push(chunk: string): Array<CsvRecord | CsvProblem> {
    if (this.first) {
      this.first = false;
      if (this.stripBom && chunk.startsWith('\uFEFF')) chunk = chunk.slice(1);
    }
    this.buffer += chunk;
    const out: Array<CsvRecord | CsvProblem> = [];
    let from = 0;
    for (let i = this.scanned; i < this.buffer.length; i++) {
      const ch = this.buffer.charCodeAt(i);
      if (ch === 0x22) this.inQuotes = !this.inQuotes;
      else if (ch === 0x0a && !this.inQuotes) {
        out.push(this.record(this.buffer.slice(from, i + 1)));
        from = i + 1;
        if ('message' in out[out.length - 1]!) return out;
      }
    }
    this.buffer = this.buffer.slice(from);
    this.scanned = this.buffer.length;
    if (this.buffer.length > MAX_RECORD_CHARS) out.push({ line: this.line, message: `a record over ${MAX_RECORD_CHARS} characters (a quoted field not closed?)` });
    return out;
  }

  /** The last record, when the text does not end with a line end. */
  end(): Array<CsvRecord | CsvProblem> {
    if (this.buffer === '') return [];
    const last = this.buffer;
    this.buffer = '';
    return [this.record(last)];
  }

  private record(text: string): CsvRecord | CsvProblem {
    const line = this.line;
    const parsed = parseCsv(text);
    if (parsed.error) return { line: line + parsed.error.line - 1, message: parsed.error.message };
    let newlines = 0;
    for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) newlines++;
    this.line += newlines;
    return { cells: parsed.rows[0] ?? [], line };
  }
}
