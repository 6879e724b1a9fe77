#!/usr/bin/env node
/**
 * Bundles the command (src/main.ts) and the worker thread (src/engine/worker.ts) with esbuild into
 * dist/bundle/, each as one CommonJS file: bin/brieflint.js loads main.cjs through a V8 code cache
 * (bin/compile-cache.cjs), which Node 20 offers for CommonJS scripts only. With the cache, what a
 * run does not need costs nothing to carry; without it (the first run), V8 pre-parses the unused code
 * lazily. The library API (dist/index.js) is tsc's output, unbundled, as a library should be.
 *
 * The GitHub Action's step has a bundle of its own (dist/bundle/action.cjs, src/action.ts with every
 * dependency): a release tag carries dist/bundle (scripts/release.mjs), so the Action installs nothing.
 */
import { build } from 'esbuild';
import { rmSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** commander's node:child_process, loaded only when used (never, by brieflint): see lazy-child-process.cjs. */
const lazyChildProcess = {
  name: 'lazy-child-process',
  setup(build) {
    const commander = `${path.sep}node_modules${path.sep}commander${path.sep}`;
    build.onResolve({ filter: /^node:child_process$/ }, (args) =>
      args.importer.includes(commander) ? { path: path.join(root, 'scripts', 'lazy-child-process.cjs') } : undefined,
    );
  },
};
rmSync(path.join(root, 'dist/bundle'), { recursive: true, force: true });
await build({
  absWorkingDir: root,
  // The language server and its lint worker are bundles of their own, loaded only by `--lsp`: the
  // command's bundle, which every lint loads, does not grow by the protocol library.
  entryPoints: {
    main: 'src/main.ts',
    worker: 'src/engine/worker.ts',
    action: 'src/action.ts',
    lsp: 'src/lsp/server.ts',
    'lsp-worker': 'src/lsp/worker.ts',
  },
  outdir: 'dist/bundle',
  outExtension: { '.js': '.cjs' },
  bundle: true,
  format: 'cjs',
  platform: 'node',
  target: 'node20',
  // The sources are ESM: import.meta.url becomes the bundle's own file URL, and parallel.ts starts the
  // bundled worker instead of tsc's dist/engine/worker.js.
  define: {
    'import.meta.url': '__brieflintFileUrl',
    BRIEFLINT_WORKER_FILE: '"./worker.cjs"',
    BRIEFLINT_LSP_FILE: '"./lsp.cjs"',
    BRIEFLINT_LSP_WORKER_FILE: '"./lsp-worker.cjs"',
  },
  banner: { js: "var __brieflintFileUrl = require('node:url').pathToFileURL(__filename).href;" },
  logLevel: 'warning',
  legalComments: 'linked',
  plugins: [lazyChildProcess],
});
