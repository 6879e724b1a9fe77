/**
 * A worker thread of a parallel run (see parallel.ts): lints the files the main thread sends, one at a
 * time, with the same FileLinter the main thread would use, and posts each result back.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { cacheKey } from './cache.js';
import { FileLinter } from './lint.js';
import type { WorkerInit, WorkerReply, WorkerRequest } from './parallel.js';

const init = workerData as WorkerInit;
const port = parentPort!;
const linter = new FileLinter({
  ...init.options,
  // An internal error inside a rule is told to the main thread, which has the listener.
  ...(init.reportInternalErrors
    ? {
        onInternalError: (error: unknown, where: string) =>
          port.postMessage({
            type: 'internal-error',
            where,
            message: error instanceof Error ? error.message : String(error),
            stack: error instanceof Error ? error.stack : undefined,
          } satisfies WorkerReply),
      }
    : {}),
});

port.on('message', async (request: WorkerRequest) => {
  try {
    const result = await linter.lintFile(request.file);
    const readText = linter.readTexts.get(request.file);
    const key = cacheKey(request.file, linter.cwd);
    const cacheEntry = linter.cacheUpdates.get(key);
    linter.cacheUpdates.delete(key);
    port.postMessage({
      type: 'result',
      id: request.id,
      result,
      ...(readText !== undefined ? { readText } : {}),
      ...(cacheEntry ? { cacheEntry: [key, cacheEntry] as [string, typeof cacheEntry] } : {}),
    } satisfies WorkerReply);
  } catch (error) {
    const failure = error instanceof Error ? error : new Error(String(error));
    port.postMessage({ type: 'failure', id: request.id, name: failure.name, message: failure.message } satisfies WorkerReply);
  }
});
