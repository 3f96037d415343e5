// Worker thread: reads and processes one document per message, in the order asked.
// The main thread puts the results back into input order.
import { parentPort, workerData } from 'node:worker_threads';
import { processEntry, type RunOptions, type WorkerReply, type WorkerRequest } from '../run.js';

const options = workerData as RunOptions;

parentPort?.on('message', (request: WorkerRequest) => {
  void processEntry(request.entry, options).then((result) => {
    parentPort?.postMessage({ index: request.index, result } satisfies WorkerReply);
  });
});
