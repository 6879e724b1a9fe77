#!/usr/bin/env node
// The installed command: the bundled CLI (dist/bundle, see scripts/bundle.mjs). Node exits by itself
// once output is flushed (process.exit() here could cut off large output written to a pipe).
import '../dist/bundle/main.js';
