#!/usr/bin/env node
// The installed command: run the compiled CLI and let Node exit by itself once output is flushed
// (process.exit() here could cut off large output written to a pipe).
import { main } from '../dist/cli.js';

process.exitCode = await main(process.argv);
