#!/usr/bin/env node
// The GitHub Action's step (see action.yml): lint, then annotations, SARIF, step summary, outputs.
import { runAction } from '../dist/action.js';

process.exitCode = await runAction({
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  cwd: process.cwd(),
  env: process.env,
});
