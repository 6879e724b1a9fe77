#!/usr/bin/env node
'use strict';
// The GitHub Action's step (see action.yml): lint, then annotations, SARIF, step summary, outputs.
// It runs the bundle (dist/bundle/action.cjs: brieflint with every dependency, see scripts/bundle.mjs),
// so a release tag that carries dist/bundle needs no install at all.

/** Never a stack trace in a workflow log: one annotation saying what went wrong. */
function failed(error) {
  const message = String(error instanceof Error ? error.message : error).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  process.stdout.write(`::error::brieflint could not run: ${message}\n`);
  process.exitCode = 2;
}

try {
  const { runAction } = require('../dist/bundle/action.cjs');
  runAction({
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  }).then((code) => {
    process.exitCode = code;
  }, failed);
} catch (error) {
  failed(error);
}
