/** A validator for SARIF 2.1.0 logs, from the official schema vendored here. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

/**
 * The official OASIS schema (see README.md here) declares draft-04, which Ajv 8 no longer ships. Its
 * keywords mean the same in draft-07 except the root's `id`, which draft-07 spells `$id`; so we
 * rename that one key and validate with Ajv's draft-07 class. Nothing else in the schema is changed.
 */
export function loadValidator() {
  const file = path.join(path.dirname(fileURLToPath(import.meta.url)), 'sarif-schema-2.1.0.json');
  const { $schema: _draft04, id, ...rest } = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const ajv = new Ajv({ allErrors: true, strict: false });
  // ajv-formats is CommonJS: its default export arrives wrapped under NodeNext.
  const addFormats = (addFormatsModule as unknown as { default: typeof addFormatsModule }).default ?? addFormatsModule;
  addFormats(ajv);
  return ajv.compile({ $id: id, ...rest });
}

