import { z } from 'zod';
import { defineRule } from '../engine/types.js';
import { LOCALES } from '../parse/figures.js';
import { languageCode, lineAround } from '../parse/frontmatter.js';
import type { Brief, Frontmatter, FrontmatterField, Range } from '../parse/types.js';

/** The field types a project may name in its config. */
const FIELD_TYPES = ['string', 'date', 'url', 'integer', 'number', 'boolean', 'list', 'locale'] as const;

const fieldSpec = z.union(
  [
    z.enum(FIELD_TYPES),
    z.strictObject({ enum: z.array(z.union([z.string(), z.number(), z.boolean()])).min(1) }),
    z.strictObject({ min: z.number().int().optional(), max: z.number().int().optional() }),
  ],
  { error: `expected ${FIELD_TYPES.map((type) => JSON.stringify(type)).join(' | ')} | {"enum": [...]} | {"min": n, "max": n}` },
);

type FieldSpec = z.output<typeof fieldSpec>;

/**
 * Also the top-level config key `frontmatter` (RuleMeta.configKey): `{ required: [...], fields: {...} }`.
 * A project's field replaces the built-in one of that name.
 */
const frontmatterOptions = z.strictObject({
  required: z
    .array(z.string())
    .default([])
    .describe('Fields that must be present and not empty. A missing one is reported at the front matter\'s opening line (or at 1:1 when there is no front matter).'),
  fields: z
    .record(z.string(), fieldSpec)
    .default({})
    .describe(
      'Field name → type: "string", "date", "url", "integer", "number", "boolean", "list" (of strings), "locale", {"enum": [values]}, or {"min": n, "max": n} (an integer in that range; either bound may be left out). A field named here replaces the built-in one.',
    ),
});

/**
 * `tags` as site generators take it: one string (Jekyll splits it at spaces, Hugo keeps it whole) or a
 * list whose numbers (`- 2025`, a number to YAML) become tags too. Not offered in config.
 */
type Check = FieldSpec | 'tags';

/** The built-in schema for briefs: every field optional, any other field allowed. */
const BRIEF_FIELDS: Record<string, Check> = {
  title: 'string',
  date: 'date',
  lang: 'locale',
  locale: 'locale',
  impact: { min: 1, max: 5 },
  audience: 'list',
  url: 'url',
  tags: 'tags',
};

/** What is wrong with one field's value; `item` (0-based) when one list item is. */
interface Problem {
  message: string;
  item?: number;
}

/** A value as a message shows it: strings quoted (shortened), lists and mappings by their kind. */
function shown(value: unknown): string {
  if (value === null || value === undefined) return 'empty';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? 'an invalid date' : value.toISOString();
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a mapping';
  return String(value);
}

/**
 * ISO 8601 dates and date-times as YAML timestamps and Jekyll write them: "2025-05-14",
 * "2025-05-14T10:00:00Z", "2016-05-03 10:00:00 -0400", "2016-03-10 14:45:00 -5", "2022-10-06T12:00:00.000Z".
 */
const DATE_TIME =
  /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:[Tt]|[ \t]+)(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:[ \t]*(?:Z|z|[-+](\d{1,2})(?::?(\d{2}))?))?)?$/;

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function checkDate(name: string, value: unknown): Problem | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return undefined;
  const match = typeof value === 'string' ? DATE_TIME.exec(value.trim()) : null;
  if (!match) return { message: `${name} must be a date like 2025-05-14, not ${shown(value)}` };
  const [year, month, day, hour, minute, second, offsetHours, offsetMinutes] = match.slice(1).map((part) => (part === undefined ? 0 : Number(part)));
  if (month! < 1 || month! > 12 || day! < 1 || day! > daysInMonth(year!, month!)) return { message: `${name} ${shown(value)} is not a real date` };
  if (hour! > 23 || minute! > 59 || second! > 60 || offsetHours! > 14 || offsetMinutes! > 59) return { message: `${name} ${shown(value)} is not a real time` };
  return undefined;
}

/** A host name written without its scheme: "www.example.org", "example.org/briefs". */
const BARE_HOST = /^(?:www\.|[a-z\d-]+(?:\.[a-z\d-]+)*\.(?:com|org|net|gov|edu|int|eu|io|nl|be|de|at|ch|lu|fr|uk)(?::\d+)?(?:[/?#]|$))/i;

/**
 * An absolute URL (`https://…`, `mailto:…`) or a path (`/briefs/chips/`, as Hugo's `url` field;
 * `assets/cover.jpg`). Not flagged as paths: nothing that merely could be one.
 */
function isUrl(value: string): boolean {
  if (value === '' || /\s/.test(value) || BARE_HOST.test(value)) return false;
  if (/^https?:/i.test(value) && !/^https?:\/\/[^/]/i.test(value)) return false;
  try {
    new URL(value, 'https://site.invalid/');
    return true;
  } catch {
    return false;
  }
}

function integerWanted(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return `an integer from ${min} to ${max}`;
  if (min !== undefined) return `an integer of at least ${min}`;
  if (max !== undefined) return `an integer of at most ${max}`;
  return 'an integer';
}

function checkInteger(name: string, value: unknown, min?: number, max?: number): Problem | undefined {
  const fits = typeof value === 'number' && Number.isInteger(value) && (min === undefined || value >= min) && (max === undefined || value <= max);
  return fits ? undefined : { message: `${name} must be ${integerWanted(min, max)}, not ${shown(value)}` };
}

/** A list whose every item passes `isItem`; the first item that does not is the problem. */
function checkList(name: string, value: unknown, wanted: string, isItem: (item: unknown) => boolean): Problem | undefined {
  if (!Array.isArray(value)) return { message: `${name} must be ${wanted}, not ${shown(value)}` };
  const bad = value.findIndex((item) => !isItem(item));
  return bad < 0 ? undefined : { message: `${name} must be ${wanted}, but item ${bad + 1} is ${shown(value[bad])}`, item: bad };
}

const isString = (value: unknown): value is string => typeof value === 'string';

function checkField(name: string, check: Check, value: unknown): Problem | undefined {
  if (typeof check === 'object') {
    if ('enum' in check) {
      if (check.enum.some((allowed) => allowed === value)) return undefined;
      return { message: `${name} must be one of ${check.enum.map((allowed) => JSON.stringify(allowed)).join(', ')}, not ${shown(value)}` };
    }
    return checkInteger(name, value, check.min, check.max);
  }
  switch (check) {
    case 'string':
      // `title: 1984` is a number to YAML and a title to every site generator.
      return isString(value) || typeof value === 'number' ? undefined : { message: `${name} must be text, not ${shown(value)}` };
    case 'date':
      return checkDate(name, value);
    case 'url':
      return isString(value) && isUrl(value.trim()) ? undefined : { message: `${name} must be a URL (https://… or a path), not ${shown(value)}` };
    case 'integer':
      return checkInteger(name, value);
    case 'number':
      return typeof value === 'number' && Number.isFinite(value) ? undefined : { message: `${name} must be a number, not ${shown(value)}` };
    case 'boolean':
      return typeof value === 'boolean' ? undefined : { message: `${name} must be true or false, not ${shown(value)}` };
    case 'list':
      return checkList(name, value, 'a list of strings', isString);
    case 'tags':
      if (isString(value)) return undefined;
      return checkList(name, value, 'a list of strings', (item) => isString(item) || typeof item === 'number');
    case 'locale': {
      const language = languageCode(value);
      if (language && (LOCALES as readonly string[]).includes(language)) return undefined;
      return { message: `${name} must be ${LOCALES.join(', ')} (a region may follow, as in "nl-BE"), not ${shown(value)}` };
    }
  }
}

/**
 * A built-in field as Jekyll and Hugo take it: one string where a list is expected ("audience:
 * Permanent Representations" is a list of one), numbers in a list, and an integer written as text ("3").
 */
function checkBuiltInField(name: string, check: Check, value: unknown): Problem | undefined {
  if (check === 'list') return checkField(name, 'tags', value);
  if (typeof check === 'object' && !('enum' in check) && isString(value) && /^[+-]?\d+$/.test(value.trim())) {
    return checkField(name, check, Number(value.trim()));
  }
  return checkField(name, check, value);
}

/** The opening fence's line (`---`, `{`): where a field that is not there is missing. */
function openingLine(brief: Brief, frontmatter: Frontmatter): Range {
  return lineAround(brief.source, frontmatter.range.start);
}

function problemRange(field: FrontmatterField | undefined, problem: Problem, fallback: Range): Range {
  if (!field) return fallback;
  if (problem.item !== undefined && field.items?.[problem.item]) return field.items[problem.item]!;
  return field.value ?? field.key;
}

/** A field's value; never one inherited from Object.prototype (`constructor`). */
function valueOf(data: Record<string, unknown>, name: string): unknown {
  return Object.hasOwn(data, name) ? data[name] : undefined;
}

function isMapping(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data) && !(data instanceof Date);
}

export default defineRule({
  meta: {
    id: 'frontmatter-schema',
    description: 'Front matter must parse, and its fields must have the types the schema gives them',
    category: 'metadata',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: frontmatterOptions,
    configKey: 'frontmatter',
  },
  check(brief, { report, options }) {
    const frontmatter = brief.frontmatter;
    if (!frontmatter) {
      for (const name of options.required) {
        report({ range: { start: 0, end: 0 }, message: `required field "${name}" is missing: the brief has no front matter` });
      }
      return;
    }
    // TOML is kept unparsed: nothing to check.
    if (frontmatter.format === 'toml') return;
    if (frontmatter.error) {
      report({ range: frontmatter.error.range, message: `front matter is not valid ${frontmatter.format.toUpperCase()}: ${frontmatter.error.message}` });
      return;
    }
    const opening = openingLine(brief, frontmatter);
    const data = frontmatter.data ?? {};
    if (!isMapping(data)) {
      report({ range: opening, message: `front matter must be fields ("title: …"), not ${shown(data)}` });
      return;
    }
    const fieldAt = new Map((frontmatter.fields ?? []).map((field) => [field.name, field]));
    for (const name of options.required) {
      if (valueOf(data, name) !== undefined && valueOf(data, name) !== null) continue;
      const field = fieldAt.get(name);
      report(
        field && Object.hasOwn(data, name)
          ? { range: field.key, message: `required field "${name}" is empty` }
          : { range: opening, message: `required field "${name}" is missing` },
      );
    }
    const checks: Record<string, Check> = { ...BRIEF_FIELDS, ...options.fields };
    for (const [name, check] of Object.entries(checks)) {
      const value = valueOf(data, name);
      // An empty field is an absent one, as Jekyll and Hugo read it.
      if (value === undefined || value === null) continue;
      // The built-in schema is a guess at what briefs hold: a field the project did not configure is
      // read as leniently as site generators read it, and what is still odd in it is a warning.
      const configured = Object.hasOwn(options.fields, name);
      const problem = configured ? checkField(name, check, value) : checkBuiltInField(name, check, value);
      if (!problem) continue;
      const range = problemRange(fieldAt.get(name), problem, opening);
      report(configured ? { range, message: problem.message } : { range, message: problem.message, severity: 'warn' });
    }
  },
});
