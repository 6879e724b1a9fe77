/**
 * The JSON Schema of a brieflint config file, built from the same sources the config loader
 * validates with (engine/config.ts's keys and each rule's zod options schema, through zod's own
 * toJSONSchema), so editors offer completion and validation that cannot drift from brieflint's.
 * Shipped as schema/brieflintrc.schema.json (`npm run schema` writes it; a test fails when it is stale).
 *
 * Draft 7: the draft VS Code's JSON and YAML language services read fully.
 */
import { z } from 'zod';
import { LOCALE_SETTINGS } from '../engine/config.js';
import { MESSAGE_LOCALE_SETTINGS } from '../engine/messages.js';
import type { RuleMeta } from '../engine/types.js';
import { helpUri } from '../report/sarif.js';

type JsonSchema = Record<string, unknown>;

export const CONFIG_SCHEMA_ID = 'https://raw.githubusercontent.com/brieflint/brieflint/main/schema/brieflintrc.schema.json';

const SEVERITY: JsonSchema = {
  description: '"off" (or 0), "warn" (or 1), "error" (or 2)',
  enum: ['off', 'warn', 'error', 0, 1, 2],
};
const SEVERITY_REF: JsonSchema = { $ref: '#/definitions/severity' };

/** A rule's options as JSON Schema: what a user may write (zod's input side; defaults filled later). */
export function optionsJsonSchema(meta: Pick<RuleMeta, 'options'>): JsonSchema {
  const { $schema: _draft, ...schema } = z.toJSONSchema(meta.options, { target: 'draft-7', io: 'input', unrepresentable: 'any' }) as JsonSchema;
  return schema;
}

function ruleEntry(meta: RuleMeta): JsonSchema {
  return {
    description: `${meta.description} (default: ${meta.defaultSeverity}). ${helpUri(meta.id)}`,
    anyOf: [
      SEVERITY_REF,
      { type: 'array', items: [SEVERITY_REF], minItems: 1, maxItems: 1 },
      { type: 'array', items: [SEVERITY_REF, optionsJsonSchema(meta)], minItems: 2, maxItems: 2 },
    ],
  };
}

function rulesSchema(metas: readonly RuleMeta[]): JsonSchema {
  return {
    description: 'Rules by id: a severity, or [severity, options].',
    type: 'object',
    properties: Object.fromEntries(metas.map((meta) => [meta.id, ruleEntry(meta)])),
    additionalProperties: false,
  };
}

const LOCALE: JsonSchema = { description: 'The language figures are written in ("auto": decided per brief).', enum: [...LOCALE_SETTINGS] };

export function configJsonSchema(metas: readonly RuleMeta[]): JsonSchema {
  const ruleKeys = metas.flatMap((meta) =>
    meta.configKey ? [[meta.configKey, { description: `${meta.id}'s options (as in rules.${meta.id}[1]).`, ...optionsJsonSchema(meta) }] as const] : [],
  );
  return {
    $schema: 'http://json-schema.org/draft-07/schema#',
    $id: CONFIG_SCHEMA_ID,
    title: 'brieflint config',
    description: 'A .brieflintrc.json, .brieflintrc.yaml, brieflint.config.json or the "brieflint" key of package.json.',
    type: 'object',
    properties: {
      $schema: { type: 'string' },
      extends: {
        description: 'Config files this one builds on (paths relative to it, or packages), applied first, in order.',
        anyOf: [
          { type: 'string', minLength: 1 },
          { type: 'array', items: { type: 'string', minLength: 1 } },
        ],
      },
      locale: { $ref: '#/definitions/locale' },
      messageLocale: {
        description: 'The language of the messages: "auto" (the brief\'s language when declared, configured or clear from its figures, else English), or en, nl, de, fr.',
        enum: [...MESSAGE_LOCALE_SETTINGS],
      },
      rules: { $ref: '#/definitions/rules' },
      overrides: {
        description: 'Settings for the files that match (gitignore-style globs, relative to this config).',
        type: 'array',
        items: {
          type: 'object',
          properties: {
            files: { type: 'array', items: { type: 'string' }, minItems: 1 },
            locale: { $ref: '#/definitions/locale' },
            rules: { $ref: '#/definitions/rules' },
          },
          required: ['files'],
          additionalProperties: false,
        },
      },
      ignores: { description: 'Files not to lint (gitignore-style globs, relative to this config).', type: 'array', items: { type: 'string' } },
      maxFileSize: {
        description: 'Larger files are not linted (a fatal error, exit 2): bytes, or "10MB", "512KB" (binary units). Default 10MB.',
        anyOf: [
          { type: 'integer', exclusiveMinimum: 0 },
          { type: 'string', pattern: '^\\s*\\d{1,15}(\\.\\d{1,6})? ?([KkMmGg]?[Bb])?\\s*$' },
        ],
      },
      ...Object.fromEntries(ruleKeys),
    },
    additionalProperties: false,
    definitions: { severity: SEVERITY, locale: LOCALE, rules: rulesSchema(metas) },
  };
}

/** The shipped file's text. */
export function configSchemaText(metas: readonly RuleMeta[]): string {
  return `${JSON.stringify(configJsonSchema(metas), null, 2)}\n`;
}
