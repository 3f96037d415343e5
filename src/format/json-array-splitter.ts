// Splits the text of a JSON array, fed in chunks, into the text of each of its elements, so a
// dataset's documents.json is read one document at a time (bounded memory) rather than parsed
// whole. Pure: the caller reads the chunks and JSON.parses each element.

export class JsonArrayError extends Error {}

const WS = new Set([' ', '\t', '\n', '\r']);
const STRING_STOP = /["\\]/g;

export class JsonArraySplitter {
  private state: 'before' | 'open' | 'element' | 'after' = 'before';
  private depth = 0;
  private inString = false;
  private escaped = false;
  private pieces: string[] = [];
  private sawComma = false;
  private count = 0;

  /** Elements completed by this chunk, as JSON text. Throws JsonArrayError on a malformed array. */
  push(chunk: string): string[] {
    const out: string[] = [];
    let start = -1; // where the current element's text begins in this chunk
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk[i]!;
      if (this.state === 'element') {
        if (this.inString) {
          if (this.escaped) this.escaped = false;
          else if (ch === '\\') this.escaped = true;
          else if (ch === '"') this.inString = false;
          else {
            // most of a document is string content: jump to the next quote or backslash
            STRING_STOP.lastIndex = i;
            const stop = STRING_STOP.exec(chunk);
            i = (stop ? stop.index : chunk.length) - 1;
          }
          continue;
        }
        if (ch === '"') this.inString = true;
        else if (ch === '{' || ch === '[') this.depth++;
        else if (ch === '}' || ch === ']') {
          if (this.depth === 0) {
            // the array's own closing bracket ends the last element
            this.pieces.push(chunk.slice(start < 0 ? 0 : start, i));
            out.push(this.take());
            this.state = 'after';
            start = -1;
            continue;
          }
          this.depth--;
        } else if (ch === ',' && this.depth === 0) {
          this.pieces.push(chunk.slice(start < 0 ? 0 : start, i));
          out.push(this.take());
          this.state = 'open';
          this.sawComma = true;
          start = -1;
        }
        continue;
      }
      if (WS.has(ch)) continue;
      if (this.state === 'before') {
        if (ch !== '[') throw new JsonArrayError('not valid JSON as documents.json: expected an array of documents');
        this.state = 'open';
      } else if (this.state === 'open') {
        if (ch === ']') {
          if (this.sawComma) throw new JsonArrayError(`not valid JSON (a comma before the closing bracket, after element ${this.count})`);
          this.state = 'after';
          continue;
        }
        this.state = 'element';
        this.sawComma = false;
        start = i;
        i--; // read this character as the element's first
      } else {
        throw new JsonArrayError(`not valid JSON (text after the closing bracket)`);
      }
    }
    if (this.state === 'element') this.pieces.push(chunk.slice(start < 0 ? 0 : start));
    return out;
  }

  /** At the end of the text: throws when the array is not closed. */
  end(): void {
    if (this.state === 'before') throw new JsonArrayError('not valid JSON (the file is empty)');
    if (this.state !== 'after') throw new JsonArrayError('not valid JSON (unexpected end of the file)');
  }

  private take(): string {
    const text = this.pieces.join('');
    this.pieces = [];
    this.count++;
    return text;
  }
}
