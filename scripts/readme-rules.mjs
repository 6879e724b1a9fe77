#!/usr/bin/env node
// Writes the README's rule table from the built rule metadata (run `npm run build` first).
// With --check, writes nothing and exits 1 when the README is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { withRulesTable } from '../dist/docs/rules-table.js';
import { ruleMetas } from '../dist/rules/index.js';

const path = new URL('../README.md', import.meta.url);
const current = readFileSync(path, 'utf8');
const updated = withRulesTable(current, ruleMetas());
if (process.argv.includes('--check')) {
  if (updated !== current) {
    console.error('README.md rule table is stale: run `npm run readme`.');
    process.exit(1);
  }
} else if (updated !== current) {
  writeFileSync(path, updated);
  console.log('README.md rule table updated.');
}
