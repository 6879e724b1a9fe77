#!/usr/bin/env node
// Writes schema/brieflintrc.schema.json, the config file's JSON Schema, from the built rule metadata
// (run `npm run build` first; `npm run schema` does both). tests/config-schema.test.ts fails when it is stale.
import { readFileSync, writeFileSync } from 'node:fs';
import { configSchemaText } from '../dist/docs/config-schema.js';
import { ruleMetas } from '../dist/rules/index.js';

const target = new URL('../schema/brieflintrc.schema.json', import.meta.url);
const text = configSchemaText(ruleMetas());
if (readFileSync(target, 'utf8') !== text) {
  writeFileSync(target, text);
  console.log('schema/brieflintrc.schema.json updated.');
}
