/**
 * The shipped JSON Schema of the config file (schema/brieflintrc.schema.json): generated from the
 * rules' metadata, and judging configs as the config loader does (Ajv, as editors' JSON services do).
 */
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import { describe, expect, it } from 'vitest';
import { starterConfig } from '../src/commands.js';
import { configSchemaText } from '../src/docs/config-schema.js';
import { CONFIG_KEYS, validateConfig } from '../src/engine/config.js';
import { builtinRules, ruleMetas } from '../src/rules/index.js';

const shipped = readFileSync(new URL('../schema/brieflintrc.schema.json', import.meta.url), 'utf8');
const validate = new Ajv({ allErrors: true, strict: false }).compile(JSON.parse(shipped) as object);

function loaderAccepts(config: unknown): boolean {
  try {
    validateConfig(config, { source: 'test', filePath: '/x/.brieflintrc.json', baseDir: '/x', rules: builtinRules });
    return true;
  } catch {
    return false;
  }
}

const CONFIGS: Array<[string, unknown]> = [
  ['the starter config', JSON.parse(starterConfig(builtinRules, 'nl'))],
  ['a $schema key', { $schema: './node_modules/brieflint/schema/brieflintrc.schema.json', locale: 'en' }],
  ['a rule with options', { rules: { 'number-format': ['error', { allowLakh: true }] } }],
  ['numeric severities', { rules: { 'table-total': 1, 'percent-sum': [0] } }],
  ['overrides', { overrides: [{ files: ['drafts/**'], locale: 'de', rules: { 'number-style': 'off' } }] }],
  ['a message locale', { messageLocale: 'nl' }],
  ['an unknown message locale', { messageLocale: 'es' }],
  ['a file size', { maxFileSize: '512KB', ignores: ['CHANGELOG.md'], extends: './base.json' }],
  ['an unknown rule', { rules: { 'number-formt': 'error' } }],
  ['an unknown option', { rules: { 'number-format': ['error', { allowLakhs: true }] } }],
  ['an option of the wrong type', { rules: { 'number-format': ['error', { allowLakh: 'yes' }] } }],
  ['a wrong severity', { rules: { 'table-total': 'fatal' } }],
  ['an unknown top-level key', { locales: 'en' }],
  ['an unknown locale', { locale: 'es' }],
  ['overrides without files', { overrides: [{ locale: 'de' }] }],
  ['a file size that is no size', { maxFileSize: 'huge' }],
];

describe('config JSON Schema', () => {
  it('is the one generated from the rules (npm run schema)', () => {
    expect(shipped).toBe(configSchemaText(ruleMetas()));
  });

  it.each(CONFIGS)('judges %s as the config loader does', (_name, config) => {
    expect(validate(config), JSON.stringify(validate.errors)).toBe(loaderAccepts(config));
  });

  it('describes every key the config loader accepts', () => {
    const schema = JSON.parse(shipped) as { properties: Record<string, unknown> };
    for (const key of CONFIG_KEYS) expect(schema.properties, key).toHaveProperty([key]);
  });

  it('names every rule, with its description and docs link', () => {
    const schema = JSON.parse(shipped) as { definitions: { rules: { properties: Record<string, { description: string }> } } };
    for (const meta of ruleMetas()) {
      expect(schema.definitions.rules.properties[meta.id]?.description).toContain(meta.description);
    }
  });
});
