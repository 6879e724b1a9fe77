'use strict';
/**
 * node:child_process for commander, loaded on first use (see scripts/bundle.mjs). commander requires it
 * when it loads, for executable subcommands, which brieflint has none of; loading it brings net,
 * dgram, streams and a dozen other modules into every run (about 7 ms of a one-brief hook).
 */
let childProcess;
const real = () => (childProcess ??= require('node:child_process'));

module.exports = new Proxy({}, { get: (_target, key) => real()[key], has: (_target, key) => key in real() });
