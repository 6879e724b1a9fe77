#!/usr/bin/env node
'use strict';
// The installed command: the bundled CLI (dist/bundle/main.cjs, see scripts/bundle.mjs), run with a
// V8 code cache (compile-cache.cjs) so that a hook linting one brief does not compile brieflint each time.
// CommonJS (bin/package.json), not ESM: Node starts a CommonJS entry without its ES module loader,
// about 15 ms less CPU per run.
const path = require('node:path');
const { setFlagsFromString } = require('node:v8');

// The quantity reader's patterns are large Unicode regexes that every brief runs many times: compiled
// to machine code at once they cost less than being interpreted first and compiled later (a single
// brief lints about 15 % faster; measured with scripts/bench.mjs). Set before any code is compiled:
// V8's code cache is only accepted under the flags it was made with.
setFlagsFromString('--no-regexp-tier-up');

require('./compile-cache.cjs').runCached(path.join(__dirname, '..', 'dist', 'bundle', 'main.cjs'));
