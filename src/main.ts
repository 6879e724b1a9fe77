/**
 * The command's entry point, bundled with its dependencies by scripts/bundle.mjs into dist/bundle/:
 * one file to load instead of hundreds is most of a short run's start-up time.
 */
import { setFlagsFromString } from 'node:v8';
import { main } from './cli.js';

// The quantity reader's patterns are large Unicode regexes that every brief runs many times: compiled
// to machine code at once they cost less than being interpreted first and compiled later (a single
// brief lints about 15 % faster; measured with scripts/bench.mjs).
setFlagsFromString('--no-regexp-tier-up');

process.exitCode = await main(process.argv);
