#!/usr/bin/env node
/**
 * Bundles the command (src/main.ts) and the worker thread (src/engine/worker.ts) with esbuild into
 * dist/bundle/. Code split: what a run does not need (formatters, --fix, explain, --init, zod schemas
 * loaded lazily) stays in chunks that are loaded only when asked for. The library API (dist/index.js)
 * is tsc's output, unbundled, as a library should be.
 */
import { build } from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
await build({
  absWorkingDir: root,
  entryPoints: { main: 'src/main.ts', worker: 'src/engine/worker.ts' },
  outdir: 'dist/bundle',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  // CommonJS dependencies (commander, picomatch, ignore) call require(): give the ESM bundle one.
  banner: { js: "import { createRequire as __brieflintRequire } from 'node:module'; const require = __brieflintRequire(import.meta.url);" },
  // Chunks beside the entries: a chunk's new URL('./worker.js', import.meta.url) must find the worker.
  chunkNames: '[name]-[hash]',
  logLevel: 'warning',
  legalComments: 'linked',
});
