#!/usr/bin/env node
// The installed command: the bundled CLI (dist/bundle/main.cjs, see scripts/bundle.mjs), run with a
// V8 code cache (compile-cache.cjs) so that a hook linting one brief does not compile brieflint each time.
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// The quantity reader's patterns are large Unicode regexes that every brief runs many times: compiled
// to machine code at once they cost less than being interpreted first and compiled later (a single
// brief lints about 15 % faster; measured with scripts/bench.mjs). Set before any code is compiled:
// V8's code cache is only accepted under the flags it was made with.
setFlagsFromString('--no-regexp-tier-up');

const require = createRequire(import.meta.url);
require('./compile-cache.cjs').runCached(fileURLToPath(new URL('../dist/bundle/main.cjs', import.meta.url)));
