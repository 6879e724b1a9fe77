#!/usr/bin/env node
// The language server for editors: the same as `brieflint --lsp` (any further arguments, such as the
// `--stdio` editors add, are accepted and change nothing). See src/lsp/server.ts.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// As bin/brieflint.js: the same flags, so the command's code cache serves both.
setFlagsFromString('--no-regexp-tier-up');

process.argv.splice(2, 0, '--lsp');
const require = createRequire(import.meta.url);
require('./compile-cache.cjs').runCached(fileURLToPath(new URL('../dist/bundle/main.cjs', import.meta.url)));
