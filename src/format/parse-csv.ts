// RFC 4180 CSV → rows, for checking datasets. An unquoted empty field is null (a missing value);
// a quoted empty field ("") is the empty string, as the writer distinguishes them.
export interface ParsedCsv {
  rows: Array<Array<string | null>>;
  /** the first syntax problem, with its 1-based line */
  error: { line: number; message: string } | null;
}

export function parseCsv(text: string): ParsedCsv {
  const rows: Array<Array<string | null>> = [];
  let row: Array<string | null> = [];
  let line = 1;
  let i = 0;
  const n = text.length;
  if (n === 0) return { rows, error: null };
  for (;;) {
    // one field
    let value: string | null;
    if (text[i] === '"') {
      const startLine = line;
      let out = '';
      i++;
      for (;;) {
        if (i >= n) return { rows, error: { line: startLine, message: 'a quoted field is not closed' } };
        const ch = text[i]!;
        if (ch === '"') {
          if (text[i + 1] === '"') {
            out += '"';
            i += 2;
            continue;
          }
          i++;
          break;
        }
        if (ch === '\n') line++;
        out += ch;
        i++;
      }
      value = out;
      if (i < n && text[i] !== ',' && text[i] !== '\n' && text[i] !== '\r') return { rows, error: { line, message: 'text after a closing quote' } };
    } else {
      let j = i;
      while (j < n && text[j] !== ',' && text[j] !== '\n' && text[j] !== '\r') j++;
      const raw = text.slice(i, j);
      if (raw.includes('"')) return { rows, error: { line, message: 'a quote inside an unquoted field' } };
      value = raw === '' ? null : raw;
      i = j;
    }
    row.push(value);
    if (i >= n) {
      rows.push(row);
      break;
    }
    if (text[i] === ',') {
      i++;
      continue;
    }
    // record end: \n or \r\n
    if (text[i] === '\r') i++;
    if (text[i] === '\n') i++;
    line++;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return { rows, error: null };
}
