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
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Node built-ins that a lint seldom needs, loaded on first use: commander requires node:child_process
 * when it loads (for executable subcommands, which brieflint has none of), the cache and safe writes
 * need node:crypto, `--init` needs node:readline/promises. Each brings a dozen of Node's internal
 * modules (net, streams, the crypto bindings…) into every run: together about 10 ms of a one-brief hook.
 * The importer gets a module of the same functions, each loading the real module when first called.
 * Only functions are offered (every import of these is one): importing anything else (a class, a
 * constant) fails the build, never a run.
 */
const LAZY_BUILTINS = /^node:(?:child_process|crypto|readline\/promises)$/;
const requireBuiltin = createRequire(import.meta.url);
const lazyBuiltins = {
  name: 'lazy-builtins',
  setup(build) {
    build.onResolve({ filter: LAZY_BUILTINS }, (args) =>
      args.namespace === 'lazy-builtin' ? { path: args.path, external: true } : { path: args.path, namespace: 'lazy-builtin' },
    );
    build.onLoad({ filter: /.*/, namespace: 'lazy-builtin' }, (args) => {
      const real = requireBuiltin(args.path);
      const functions = Object.keys(real).filter((name) => typeof real[name] === 'function' && /^[a-z][A-Za-z0-9]*$/.test(name));
      return {
        loader: 'js',
        contents: [
          'let loaded;',
          `const real = () => (loaded ??= require(${JSON.stringify(args.path)}));`,
          ...functions.map((name) => `export function ${name}(...args) { return real().${name}(...args); }`),
        ].join('\n'),
      };
    });
  },
};
/**
 * fdir (tinyglobby's crawler) requires picomatch from node_modules at run time, outside the bundle, to
 * offer a glob option tinyglobby never uses: a second picomatch, read and compiled without the code
 * cache (about 10 ms of every run that globs). Here it gets the bundled one, as an import; the build
 * fails if fdir's code changes shape, rather than quietly loading it again.
 */
const FDIR_PICOMATCH = '__require.resolve("picomatch");\n\tpm = __require("picomatch");';
const fdirPicomatch = {
  name: 'fdir-picomatch',
  setup(build) {
    build.onLoad({ filter: /[\\/]fdir[\\/]dist[\\/]index\.mjs$/ }, (args) => {
      const contents = readFileSync(args.path, 'utf8');
      if (!contents.includes(FDIR_PICOMATCH)) throw new Error(`fdir no longer loads picomatch as bundle.mjs expects (${args.path})`);
      return { loader: 'js', contents: `import __bundledPicomatch from "picomatch";\n${contents.replace(FDIR_PICOMATCH, 'pm = __bundledPicomatch;')}` };
    });
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
  // esbuild dates Unicode property escapes (\p{L}) by the Unicode version of their newest values and,
  // for node20, turned every regex literal holding one into `new RegExp("…")`: a pattern built and
  // compiled again each time its expression runs (1,100 times in one brief for `/\p{M}/gu` alone).
  // Node 20 has had the escapes brieflint uses (\p{L}, \p{N}, \p{M}, \p{Lu}, \p{Ll}) since Node 10.
  supported: { 'regexp-unicode-property-escapes': true },
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
  plugins: [lazyBuiltins, fdirPicomatch],
});
