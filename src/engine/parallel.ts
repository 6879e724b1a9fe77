/**
 * Linting many files on all cores: worker threads each hold a FileLinter and take the next file as
 * soon as they are done with one (large and small files balance themselves). Only the built-in rules
 * run in workers: rules passed in as functions cannot cross a thread boundary, so such runs, and runs
 * of a few files (a pre-commit hook), stay on the main thread where start-up costs nothing extra.
 */
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { buildResult, fileMessage } from './lint.js';
import type { LintFilesOptions } from './lint.js';
import type { CacheEntry } from './cache.js';
import type { LintResult } from './types.js';

/** What crosses into a worker: the run's options without functions. */
export interface WorkerInit {
  options: Omit<LintFilesOptions, 'rules' | 'onInternalError'>;
  reportInternalErrors: boolean;
}

export interface WorkerRequest {
  id: number;
  file: string;
}

export type WorkerReply =
  | { type: 'result'; id: number; result: LintResult; readText?: string; cacheEntry?: [string, CacheEntry] }
  | { type: 'failure'; id: number; name: string; message: string }
  | { type: 'internal-error'; where: string; message: string; stack?: string };

/**
 * node:worker_threads, loaded when a run starts workers: a hook linting one brief never does, and the
 * module brings a dozen of Node's internal modules with it (about 5 ms of start-up).
 */
const load = createRequire(import.meta.url);
let workerThreads: typeof import('node:worker_threads') | undefined;
const workerThreadsModule = () => (workerThreads ??= load('node:worker_threads') as typeof import('node:worker_threads'));

/** Below this many files a run stays on the main thread: starting a worker costs more than it saves. */
export const PARALLEL_MIN_FILES = 16;

/** The bundled command names its own worker script (scripts/bundle.mjs); tsc's output has worker.js beside this module. */
declare const BRIEFLINT_WORKER_FILE: string | undefined;
const WORKER_URL = new URL(typeof BRIEFLINT_WORKER_FILE === 'string' ? BRIEFLINT_WORKER_FILE : './worker.js', import.meta.url);

/** Whether the worker script was built next to this module (not when the sources run under a test runner). */
export function hasWorkerScript(): boolean {
  return existsSync(fileURLToPath(WORKER_URL));
}

/**
 * How many workers a run of `fileCount` files gets: one per core beyond the first, at most 4, and only
 * with enough files for each. The first core is not idle while workers run: V8's garbage collector and
 * optimising compiler work there in threads of their own, for every thread that lints. On 2 cores two
 * workers linted the corpus 5 % faster than the main thread alone, for 27 % more CPU time and 40 % more
 * memory (416 against 294 MiB), so below 3 cores the main thread lints alone: one worker beside an idle
 * main thread would only add its start-up. None when the worker script is not there (the sources run
 * under a test runner).
 */
export function workerCount(fileCount: number, cores = availableParallelism()): number {
  if (fileCount < PARALLEL_MIN_FILES || !hasWorkerScript()) return 0;
  const workers = Math.min(cores - 1, 4, Math.floor(fileCount / (PARALLEL_MIN_FILES / 2)));
  return workers >= 2 ? workers : 0;
}

export interface ParallelOutcome {
  results: LintResult[];
  readTexts: Map<string, string>;
  cacheUpdates: Map<string, CacheEntry>;
  /** Files a worker ran out of memory on: the caller lints them on the main thread, which has the process's whole heap. */
  retry: string[];
}

/** Lints the files in `count` workers. A worker that dies fails its file alone; the others go on. */
export function lintInWorkers(files: readonly string[], options: LintFilesOptions, count: number): Promise<ParallelOutcome> {
  const { rules: _rules, onInternalError, workerHeapMb, ...plain } = options;
  const init: WorkerInit = { options: plain, reportInternalErrors: onInternalError !== undefined };
  const results: LintResult[] = [];
  const readTexts = new Map<string, string>();
  const cacheUpdates = new Map<string, CacheEntry>();
  const retry: string[] = [];
  let next = 0;
  return new Promise((resolve, reject) => {
    let running = 0;
    const start = () => {
      const worker = new (workerThreadsModule().Worker)(WORKER_URL, { workerData: init, ...(workerHeapMb !== undefined ? { resourceLimits: { maxOldGenerationSizeMb: workerHeapMb } } : {}) });
      running += 1;
      let current: WorkerRequest | undefined;
      const feed = () => {
        if (next >= files.length) {
          current = undefined;
          void worker.terminate();
          return;
        }
        current = { id: next, file: files[next]! };
        next += 1;
        worker.postMessage(current);
      };
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'internal-error') {
          const error = new Error(reply.message);
          if (reply.stack) error.stack = reply.stack;
          onInternalError?.(error, reply.where);
          return;
        }
        if (reply.type === 'result') {
          results.push(reply.result);
          if (reply.readText !== undefined) readTexts.set(reply.result.filePath, reply.readText);
          if (reply.cacheEntry) cacheUpdates.set(...reply.cacheEntry);
        } else {
          // A config error, as on the main thread: the run stops and the CLI says why (exit 2).
          const error = new Error(reply.message);
          error.name = reply.name;
          reject(error);
          return;
        }
        feed();
      });
      let outOfMemory = false;
      worker.on('error', (error: Error & { code?: string }) => {
        if (error.code !== 'ERR_WORKER_OUT_OF_MEMORY' || current === undefined) {
          reject(error);
          return;
        }
        // Not a failure of the file: this worker's heap (workerHeapMb) was too small for it; the main thread tries with its own.
        retry.push(current.file);
        current = undefined;
        outOfMemory = true;
      });
      worker.on('exit', (code) => {
        running -= 1;
        if (outOfMemory) {
          if (next < files.length) start();
        } else if (current !== undefined) {
          // The file that took its worker down (a crash in native code, say) fails alone; a new worker goes on.
          const text = `brieflint stopped while linting this file (worker exit code ${code}); the other files were linted`;
          results.push(buildResult(current.file, [fileMessage(null, 2, text, true)]));
          current = undefined;
          if (next < files.length) start();
        }
        if (running === 0 && next >= files.length) resolve({ results, readTexts, cacheUpdates, retry });
      });
      worker.once('online', feed);
    };
    for (let index = 0; index < Math.min(count, files.length); index++) start();
  });
}
