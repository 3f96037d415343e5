// stdout in id order, as every dataset lists its documents: each printed document goes through
// the ordering layer (IdOrderedStream, src/io/id-order.ts), which hands it to stdout once no later
// document can come before it. Loose files and a zip's or a WARC's members pass at once; a tar's
// members wait (16 MB in memory, then runs spilled into a folder of the system's temporary
// folder, removed at the end) until the tar is read.
import { randomBytes } from 'node:crypto';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { IdOrderedStream } from '../io/id-order.js';
import type { DatasetChunk } from '../format/encode-document.js';
import type { EncodedItem, StreamFormat } from '../format/stream-format.js';
import { onStopSignals } from './signals.js';

export interface OrderedStdout {
  /** a document's printed records (none: nothing to print, nothing waits) */
  add(id: string, item: EncodedItem): Promise<void>;
  /**
   * One piece of a large document's dataset chunk (`more`/`rest` say which; added in order): its
   * record part (documents.json's) is printed, the pieces back to back and the record's close
   * after the last, the same bytes as the whole record. Nothing where the printed records are a
   * table's (StreamFormat.wholeDocument null: such a document is not made in pieces for stdout).
   */
  addPiece(id: string, piece: DatasetChunk): Promise<void>;
  /** every document added later has an id of at least `floor` (null: none comes) */
  release(floor: string | null): Promise<void>;
  /** prints what waits; the spill folder is removed */
  finish(): Promise<void>;
  /** removes the spill folder (a run stopped early, a signal) */
  cleanUp(): void;
}

export function orderedStdout(printer: StreamFormat, print: (chunk: string | Uint8Array) => Promise<void>, spillParent = tmpdir()): OrderedStdout {
  const spillDir = path.join(spillParent, `customs-extract-stdout-${process.pid}-${randomBytes(6).toString('hex')}`);
  // frame() puts what depends on the documents before (a JSON array's `[` or `,`) before the
  // text: called here, in id order, on an empty text, it gives that prefix, and the document's
  // bytes follow it as they are. An item that holds no record is never added, so each holds some.
  // a piece after the first of a large document (`rest`) continues its record: no prefix
  const append = async (chunk: DatasetChunk): Promise<void> => {
    if (!chunk.rest) await print(printer.frame({ text: '', records: 1 }));
    await print(chunk.bytes);
  };
  const order = new IdOrderedStream({ append }, { spillDir });
  const whole = printer.wholeDocument;
  const removeSignalHandlers = onStopSignals(() => order.cleanUp());
  const cleanUp = (): void => {
    removeSignalHandlers();
    order.cleanUp();
  };
  return {
    async add(id, item) {
      if (item.records === 0) return;
      const bytes = Buffer.from(item.text, 'utf8');
      await order.add(id, { bytes, lengths: [bytes.length] });
    },
    async addPiece(id, piece) {
      if (whole === null) return;
      const record = piece.bytes.subarray(0, piece.lengths[0]);
      const bytes = piece.more ? record : Buffer.concat([record, Buffer.from(whole.close, 'utf8')]);
      await order.add(id, { bytes, lengths: [bytes.length], ...(piece.more ? { more: true } : {}), ...(piece.rest ? { rest: true } : {}) });
    },
    release: (floor) => order.release(floor),
    async finish() {
      try {
        await order.finish();
      } finally {
        cleanUp();
      }
    },
    cleanUp,
  };
}
