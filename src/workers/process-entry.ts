// Worker thread: reads and processes one document per message, in the order asked. With an
// output spec it also serialises the document, and hands the bytes over by transfer; the main
// thread puts the results back into input order.
import { parentPort, workerData } from 'node:worker_threads';
import { processEntry, processEntryEncoded, transferables, type WorkerReply, type WorkerRequest, type WorkerSetup } from '../process-entry.js';
import { documentEncoder } from '../format/encode-document.js';
import { loadRecordsWithoutRequire } from '../schema/document-schema.js';

await loadRecordsWithoutRequire();

const { options, outputs } = workerData as WorkerSetup;
const encode = outputs ? documentEncoder(outputs) : null;

parentPort?.on('message', (request: WorkerRequest) => {
  void (encode ? processEntryEncoded(request.entry, options, encode) : processEntry(request.entry, options)).then((result) => {
    parentPort?.postMessage({ index: request.index, result } satisfies WorkerReply<typeof result>, transferables(result));
  });
});
