/**
 * The language server's lint worker: a thread of its own, so that linting a large brief never keeps
 * the server from reading the editor's messages (server.ts drops the result of a lint a newer change
 * has made stale). Requests are answered one at a time, in the order they come.
 */
import { performance } from 'node:perf_hooks';
import { parentPort, workerData } from 'node:worker_threads';
import { LintCancelled } from '../engine/lint.js';
import { DocumentLinter } from './linting.js';
import type { ServerRequest, WorkerReply, WorkerStart } from './protocol.js';

const start = workerData as WorkerStart;
const port = parentPort!;
const documents = new DocumentLinter(start.root);
const changes = new Int32Array(start.changes);

async function answer(request: ServerRequest): Promise<WorkerReply | undefined> {
  switch (request.type) {
    case 'lint': {
      const started = performance.now();
      const { uri, version } = request.document;
      let diagnostics;
      try {
        diagnostics = await documents.lint(request.document, () => Atomics.load(changes, 0) !== request.changes);
      } catch (error) {
        if (error instanceof LintCancelled) return { type: 'cancelled', id: request.id, uri, version };
        throw error;
      }
      return { type: 'lint', id: request.id, uri, version, diagnostics, elapsedMs: performance.now() - started };
    }
    case 'hover':
      return { type: 'hover', id: request.id, hover: await documents.hover(request.document, request.line, request.character) };
    case 'forget':
      documents.forget(request.uri);
      return undefined;
    case 'config-changed':
      documents.configChanged();
      return undefined;
  }
}

// One at a time: a lint awaits the config lookup, and a request arriving meanwhile must wait its turn.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: ServerRequest) => {
  queue = queue.then(async () => {
    try {
      const reply = await answer(request);
      if (reply) port.postMessage(reply);
    } catch (error) {
      if ('id' in request) {
        port.postMessage({ type: 'failure', id: request.id, message: error instanceof Error ? (error.stack ?? error.message) : String(error) } satisfies WorkerReply);
      }
    }
  });
});
