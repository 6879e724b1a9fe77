#!/usr/bin/env node
'use strict';
// The language server for editors: the same as `brieflint --lsp` (any further arguments, such as the
// `--stdio` editors add, are accepted and change nothing). See src/lsp/server.ts.
const path = require('node:path');
const { setFlagsFromString } = require('node:v8');

// As bin/brieflint.js: the same flags, so the command's code cache serves both.
setFlagsFromString('--no-regexp-tier-up');

process.argv.splice(2, 0, '--lsp');
require('./compile-cache.cjs').runCached(path.join(__dirname, '..', 'dist', 'bundle', 'main.cjs'));
