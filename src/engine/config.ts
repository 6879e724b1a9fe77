/**
 * Configuration: the schema, discovery of the nearest config file upward from each linted file (up
 * to the repository's root), and resolution of the effective rule settings for one file.
 *
 * Config is data only (JSON or YAML, never executed). Every validation problem becomes one
 * `ConfigError` whose message names the file and the key path, so the CLI can print it as one line.
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { compileGlob, compileGlobs, GlobError } from './glob.js';
import { readSmallFile, resolvesInside } from './small-files.js';
import { z } from 'zod';
import type { LocaleSetting } from '../quantity/types.js';
import { MESSAGE_LOCALE_SETTINGS, type MessageLocaleSetting } from './messages.js';
import type { Rule, SeverityName } from './types.js';
// Static: the front matter reader loads yaml anyway, and a dynamic import of this CommonJS package loses its named exports in the bundle.
import { parseDocument } from 'yaml';

export type SeverityInput = SeverityName | 0 | 1 | 2;
export type RuleEntryInput = SeverityInput | [SeverityInput] | [SeverityInput, unknown];

/** A config as written in a file (or passed to the API). */
export interface ConfigInput {
  $schema?: string;
  /** Config files this one builds on (paths relative to it, or packages), applied before it in order. */
  extends?: string | string[];
  locale?: LocaleSetting;
  rules?: Record<string, RuleEntryInput>;
  overrides?: Array<{ files: string[]; locale?: LocaleSetting; rules?: Record<string, RuleEntryInput> }>;
  ignores?: string[];
  /** Larger files are not linted (a fatal error, exit 2): bytes, or "10MB", "512KB" (binary units). Default 10MB. */
  maxFileSize?: number | string;
  /** frontmatter-schema's options, as a top-level key (its RuleMeta.configKey): `{ required: [...], fields: {...} }`. */
  frontmatter?: Record<string, unknown>;
}

/** One rule's setting in one config layer; absent parts keep what earlier layers said. */
export interface RuleLayerEntry {
  /** Absent when only options were given (by a rule's top-level config key). */
  severity?: SeverityName;
  /** Options already parsed (defaults filled) by the rule's schema; absent when only a severity was given. */
  options?: unknown;
}

export type RuleLayer = ReadonlyMap<string, RuleLayerEntry>;

export interface LoadedOverride {
  files: string[];
  locale?: LocaleSetting;
  rules: RuleLayer;
}

/** A validated config, with where it came from. */
export interface LoadedConfig {
  /** Absolute path of the config file; null for a config passed as data. */
  filePath: string | null;
  /** Globs in `overrides` and `ignores` are relative to this directory. */
  baseDir: string;
  locale?: LocaleSetting;
  messageLocale?: MessageLocaleSetting;
  rules: RuleLayer;
  overrides: LoadedOverride[];
  ignores: string[];
  /** In bytes. */
  maxFileSize?: number;
  /** `extends` as written, resolved by loadConfigFile (a config given as data cannot extend). */
  extends?: string[];
}

export interface ResolvedRuleSetting {
  severity: SeverityName;
  options: unknown;
}

/** The effective config for one file. `resolved: true` tells it apart from a ConfigInput. */
export interface ResolvedConfig {
  resolved: true;
  configFile: string | null;
  locale: LocaleSetting;
  /** Absent in configs made before it existed: 'auto'. */
  messageLocale?: MessageLocaleSetting;
  rules: Record<string, ResolvedRuleSetting>;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
}

export const LOCALE_SETTINGS = ['auto', 'en', 'nl', 'de', 'fr'] as const satisfies readonly LocaleSetting[];
const SEVERITY_NAMES: readonly SeverityName[] = ['off', 'warn', 'error'];
const SEVERITY_BY_NUMBER: Record<number, SeverityName> = { 0: 'off', 1: 'warn', 2: 'error' };

/** Config file names in the order they win when one directory holds several. */
export const CONFIG_FILE_NAMES = [
  '.brieflintrc.json',
  '.brieflintrc.yaml',
  '.brieflintrc.yml',
  // Without an extension, as .eslintrc and .markdownlintrc: JSON or YAML (YAML reads JSON too).
  '.brieflintrc',
  'brieflint.config.json',
  'package.json',
] as const;

const localeSchema = z.enum(LOCALE_SETTINGS);
const rulesSchema = z.record(z.string(), z.unknown());
const overrideSchema = z.strictObject({
  files: z.array(z.string()).min(1),
  locale: localeSchema.optional(),
  rules: rulesSchema.optional(),
});
const FILE_SIZE = /^(\d{1,15}(?:\.\d{1,6})?) ?([KMG]?B)?$/i;
const FILE_SIZE_UNITS: Record<string, number> = { B: 1, KB: 1024, MB: 1024 ** 2, GB: 1024 ** 3 };

/** "10MB", "512 KB", "1.5GB", "2000" (bytes) → bytes; undefined when not a size. Units are binary (1 KB = 1024 bytes). */
export function parseFileSize(value: number | string): number | undefined {
  if (typeof value === 'number') return Number.isInteger(value) && value > 0 ? value : undefined;
  const match = FILE_SIZE.exec(value.trim());
  if (!match) return undefined;
  const bytes = Math.round(Number(match[1]) * FILE_SIZE_UNITS[(match[2] ?? 'B').toUpperCase()]!);
  return bytes > 0 ? bytes : undefined;
}

const fileSizeSchema = z.union([z.number(), z.string()]).refine((value) => parseFileSize(value) !== undefined, {
  message: 'expected a size such as "10MB", "512KB" or a whole number of bytes',
});

const configSchema = z.strictObject({
  $schema: z.string().optional(),
  extends: z.union([z.string().min(1), z.array(z.string().min(1))]).optional(),
  locale: localeSchema.optional(),
  messageLocale: z.enum(MESSAGE_LOCALE_SETTINGS).optional(),
  rules: rulesSchema.optional(),
  overrides: z.array(overrideSchema).optional(),
  ignores: z.array(z.string()).optional(),
  maxFileSize: fileSizeSchema.optional(),
});

/** The config file's own top-level keys (rules may claim more: RuleMeta.configKey). */
export const CONFIG_KEYS: readonly string[] = Object.keys(configSchema.shape);

/** The keys an object accepts at a path inside the validated data, for "did you mean" on an unknown key. */
type KnownKeys = (keyPath: KeyPath) => readonly string[] | undefined;

/** The config schema plus the top-level keys rules claim (RuleMeta.configKey), each checked later by its rule's schema. */
function configSchemaFor(rules: readonly Rule[]): typeof configSchema {
  const claimed = rules.flatMap((rule) => (rule.meta.configKey ? [[rule.meta.configKey, z.unknown().optional()] as const] : []));
  // Typed as the base schema: the claimed keys are read by name from the parsed data (readConfigKeys).
  return configSchema.extend(Object.fromEntries(claimed)) as unknown as typeof configSchema;
}

function configKnownKeys(schema: typeof configSchema): KnownKeys {
  return (keyPath) => {
    if (keyPath.length === 0) return Object.keys(schema.shape);
    if (keyPath.length === 2 && keyPath[0] === 'overrides') return Object.keys(overrideSchema.shape);
    return undefined;
  };
}

/** A rule's top-level option names, when its options are an object schema. */
function optionKnownKeys(schema: z.ZodType): KnownKeys {
  return (keyPath) => (keyPath.length === 0 && schema instanceof z.ZodObject ? Object.keys(schema.shape) : undefined);
}

type KeyPath = ReadonlyArray<PropertyKey>;

/** `rules.number-format[1].allowLakh`: dots between keys, brackets around indexes. */
export function formatKeyPath(keyPath: KeyPath): string {
  let text = '';
  for (const key of keyPath) {
    if (typeof key === 'number') text += `[${key}]`;
    else text += text === '' ? String(key) : `.${String(key)}`;
  }
  return text;
}

function describeValue(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'string') return JSON.stringify(value);
  return String(value);
}

type ZodIssue = z.core.$ZodIssue;

/** One zod issue in our words: `expected boolean, got "yes"`. */
function describeIssue(issue: ZodIssue, knownKeys?: KnownKeys): string {
  const input = (issue as { input?: unknown }).input;
  switch (issue.code) {
    case 'invalid_value':
      return `expected ${issue.values.map((value) => JSON.stringify(value)).join(' | ')}, got ${describeValue(input)}`;
    case 'invalid_type':
      return `expected ${issue.expected}, got ${describeValue(input)}`;
    case 'unrecognized_keys': {
      const unknown = `unknown key${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((key) => JSON.stringify(key)).join(', ')}`;
      const known = issue.keys.length === 1 ? knownKeys?.(issue.path) : undefined;
      const suggestion = known ? closestId(issue.keys[0]!, known) : undefined;
      return suggestion ? `${unknown} (did you mean "${suggestion}"?)` : unknown;
    }
    default:
      return issue.message.replace(/^Invalid input: /, '');
  }
}

function formatIssues(issues: readonly ZodIssue[], prefix: KeyPath, knownKeys?: KnownKeys): string[] {
  return issues.map((issue) => {
    const where = formatKeyPath([...prefix, ...issue.path]);
    const text = describeIssue(issue, knownKeys);
    return where === '' ? text : `${where}: ${text}`;
  });
}

function invalidConfig(source: string, problems: string[]): ConfigError {
  return new ConfigError(`Invalid config in ${source}: ${problems.join('; ')}`);
}

export function levenshtein(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(previous[j]! + 1, current[j - 1]! + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length]!;
}

/** The known id closest to a misspelt one, when it is close enough to be a plausible typo. */
export function closestId(wanted: string, known: readonly string[]): string | undefined {
  let best: { id: string; distance: number } | undefined;
  for (const id of known) {
    const distance = levenshtein(wanted.toLowerCase(), id.toLowerCase());
    if (!best || distance < best.distance) best = { id, distance };
  }
  const allowed = Math.max(2, Math.floor(wanted.length / 3));
  return best && best.distance <= allowed ? best.id : undefined;
}

function unknownRuleError(id: string, source: string, where: KeyPath, rules: readonly Rule[]): ConfigError {
  const suggestion = closestId(
    id,
    rules.map((rule) => rule.meta.id),
  );
  const at = where.length > 1 ? ` at ${formatKeyPath(where)}` : '';
  const hint = suggestion ? ` (did you mean "${suggestion}"?)` : '';
  // Quoted as JSON: an id is text from a config file, and a line break in it must not start a new line.
  return new ConfigError(`unknown rule ${JSON.stringify(id)} in ${source}${at}${hint}`);
}

function toSeverityName(value: unknown): SeverityName | undefined {
  if (typeof value === 'string' && (SEVERITY_NAMES as readonly string[]).includes(value)) return value as SeverityName;
  if (typeof value === 'number') return SEVERITY_BY_NUMBER[value];
  return undefined;
}

const SEVERITY_EXPECTED = SEVERITY_NAMES.map((name) => JSON.stringify(name)).join(' | ');

/** Validates one rule entry (`"warn"`, `2`, `["error", {…}]`) against the rule and its options schema. */
function readRuleEntry(rule: Rule, value: unknown, where: KeyPath): { entry?: RuleLayerEntry; problems: string[] } {
  const items: unknown[] = Array.isArray(value) ? value : [value];
  const severityPath = Array.isArray(value) ? [...where, 0] : where;
  if (items.length === 0 || items.length > 2) {
    return { problems: [`${formatKeyPath(where)}: expected a severity or [severity, options], got ${items.length} items`] };
  }
  const severity = toSeverityName(items[0]);
  if (!severity) {
    return { problems: [`${formatKeyPath(severityPath)}: expected ${SEVERITY_EXPECTED}, got ${describeValue(items[0])}`] };
  }
  if (items.length === 1) return { entry: { severity }, problems: [] };
  const parsed = rule.meta.options.safeParse(items[1], { reportInput: true });
  if (!parsed.success) return { problems: formatIssues(parsed.error.issues, [...where, 1], optionKnownKeys(rule.meta.options)) };
  return { entry: { severity, options: parsed.data }, problems: [] };
}

function readRules(
  data: Record<string, unknown> | undefined,
  source: string,
  where: KeyPath,
  rules: readonly Rule[],
): { layer: RuleLayer; problems: string[] } {
  const layer = new Map<string, RuleLayerEntry>();
  const problems: string[] = [];
  for (const [id, value] of Object.entries(data ?? {})) {
    const rule = rules.find((candidate) => candidate.meta.id === id);
    if (!rule) throw unknownRuleError(id, source, where, rules);
    const result = readRuleEntry(rule, value, [...where, id]);
    for (const problem of result.problems) problems.push(problem);
    if (result.entry) layer.set(id, result.entry);
  }
  return { layer, problems };
}

/**
 * Options given by a rule's top-level key (`"frontmatter": {…}`) join that rule's entry in the top
 * layer. Given both there and in `rules`, neither silently wins: it is a problem.
 */
function readConfigKeys(
  config: Record<string, unknown>,
  layer: RuleLayer,
  rules: readonly Rule[],
  prefix: KeyPath,
  problems: string[],
): RuleLayer {
  const merged = new Map(layer);
  for (const rule of rules) {
    const key = rule.meta.configKey;
    if (key === undefined || config[key] === undefined) continue;
    const entry = merged.get(rule.meta.id);
    if (entry?.options !== undefined) {
      problems.push(`${formatKeyPath([...prefix, key])} and ${formatKeyPath([...prefix, 'rules', rule.meta.id, 1])} both set ${rule.meta.id}'s options; keep one`);
      continue;
    }
    const parsed = rule.meta.options.safeParse(config[key], { reportInput: true });
    if (!parsed.success) for (const problem of formatIssues(parsed.error.issues, [...prefix, key], optionKnownKeys(rule.meta.options))) problems.push(problem);
    else merged.set(rule.meta.id, { ...entry, options: parsed.data });
  }
  return merged;
}

/**
 * Validates config data. `source` names it in messages (a file path as the user sees it, or "--rule").
 * Throws ConfigError naming every problem found.
 */
export function validateConfig(
  data: unknown,
  options: {
    source: string;
    filePath: string | null;
    baseDir: string;
    rules: readonly Rule[];
    /** Where the config sits inside the file (`["brieflint"]` in package.json), for key paths. */
    keyPrefix?: KeyPath;
  },
): LoadedConfig {
  const prefix = options.keyPrefix ?? [];
  const schema = configSchemaFor(options.rules);
  const parsed = schema.safeParse(data ?? {}, { reportInput: true });
  if (!parsed.success) throw invalidConfig(options.source, formatIssues(parsed.error.issues, prefix, configKnownKeys(schema)));
  const config = parsed.data;
  const top = readRules(config.rules, options.source, [...prefix, 'rules'], options.rules);
  const problems = [...top.problems];
  const rules = readConfigKeys(config as Record<string, unknown>, top.layer, options.rules, prefix, problems);
  const overrides = (config.overrides ?? []).map((override, index): LoadedOverride => {
    const layer = readRules(override.rules, options.source, [...prefix, 'overrides', index, 'rules'], options.rules);
    for (const problem of [...layer.problems, ...globProblems(override.files, [...prefix, 'overrides', index, 'files'])]) problems.push(problem);
    return { files: override.files, locale: override.locale, rules: layer.layer };
  });
  if (config.extends !== undefined && options.filePath === null) problems.push(`${formatKeyPath([...prefix, 'extends'])}: works in config files only`);
  if (problems.length > 0) throw invalidConfig(options.source, problems);
  return {
    filePath: options.filePath,
    baseDir: options.baseDir,
    locale: config.locale,
    ...(config.messageLocale !== undefined ? { messageLocale: config.messageLocale } : {}),
    rules,
    overrides,
    ignores: config.ignores ?? [],
    ...(config.maxFileSize !== undefined ? { maxFileSize: parseFileSize(config.maxFileSize)! } : {}),
    ...(config.extends !== undefined ? { extends: typeof config.extends === 'string' ? [config.extends] : config.extends } : {}),
  };
}

/**
 * A JSON.parse failure as `:line:column` (from its "position 23", as editors and the YAML message
 * show places) and the reason without Node's own position wording, which differs between versions.
 */
function jsonErrorParts(error: unknown, text: string): { at: string; reason: string } {
  const message = error instanceof Error ? error.message : String(error);
  const reason = message.replace(/ in JSON at position \d+.*$/s, '').replace(/ at position \d+.*$/s, '');
  const position = /position (\d+)/.exec(message);
  if (!position) return { at: '', reason };
  const before = text.slice(0, Number(position[1]));
  const line = before.split('\n').length;
  const column = before.length - before.lastIndexOf('\n');
  return { at: `:${line}:${column}`, reason };
}

/** How a YAML syntax error is told: by default `Invalid YAML in file:line:column: reason`. */
type YamlErrorText = (where: { line: number; col: number } | undefined, reason: string) => string;

async function parseYaml(text: string, source: string, describe?: YamlErrorText): Promise<unknown> {
  const document = parseDocument(text);
  const error = document.errors[0];
  if (error) {
    const where = error.linePos?.[0];
    const reason = error.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (describe) throw new ConfigError(describe(where, reason));
    throw new ConfigError(`Invalid YAML in ${source}${where ? `:${where.line}:${where.col}` : ''}: ${reason}`);
  }
  try {
    return document.toJS() ?? {};
  } catch (error) {
    // yaml stops an alias that expands without bound ("billion laughs") before it fills the memory.
    if (error instanceof Error && /alias count/i.test(error.message)) {
      throw new ConfigError(`${source} was refused: its YAML aliases expand without bound (a resource-exhaustion attempt)`);
    }
    throw new ConfigError(`Invalid YAML in ${source}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/**
 * `//` and `/* *\/` comments blanked out (strings left alone), as ESLint allowed in .eslintrc.json.
 * Each comment character becomes a space and line breaks stay, so error positions still point right.
 */
export function blankJsonComments(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const char = text[index]!;
    if (char === '"') {
      const end = /^"(?:[^"\\\n]|\\.)*"?/.exec(text.slice(index))![0].length;
      out += text.slice(index, index + end);
      index += end;
    } else if (char === '/' && (text[index + 1] === '/' || text[index + 1] === '*')) {
      const block = text[index + 1] === '*';
      const close = block ? text.indexOf('*/', index + 2) : text.indexOf('\n', index);
      // An unclosed block comment stays, so JSON.parse names the place.
      if (block && close === -1) return out + text.slice(index);
      const end = close === -1 ? text.length : block ? close + 2 : close;
      out += text.slice(index, end).replace(/[^\r\n]/g, ' ');
      index = end;
    } else {
      out += char;
      index += 1;
    }
  }
  return out;
}

/**
 * A comma before a closing `}` or `]` blanked out (strings left alone), as VS Code's JSON with comments,
 * TypeScript's tsconfig and markdownlint's .jsonc accept it. Runs after blankJsonComments.
 */
export function blankTrailingCommas(text: string): string {
  return text.replace(/"(?:[^"\\\n]|\\.)*"?|,(?=\s*[}\]])/g, (match) => (match === ',' ? ' ' : match));
}

function parseJson(text: string, source: string, relaxed: boolean): unknown {
  const json = text.replace(/^\uFEFF/, '');
  try {
    return JSON.parse(relaxed ? blankTrailingCommas(blankJsonComments(json)) : json);
  } catch (error) {
    const { at, reason } = jsonErrorParts(error, json);
    throw new ConfigError(`Invalid JSON in ${source}${at}: ${reason}`);
  }
}

/** A config file's text: a regular file of at most 1 MB (see small-files.ts). */
function readConfigText(filePath: string, source: string): string {
  try {
    return readSmallFile(filePath);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new ConfigError(`Cannot read config file ${source}: ${reason}`);
  }
}

/**
 * The folder a file found under `directory` must resolve into: its repository's root, or outside any
 * repository the working directory (or the folder itself, outside that too). A link out of it could
 * read another user's file, or the job's own secrets (/proc/self/environ), into the CI log.
 */
export function confinedTop(directory: string, cwd: string): string {
  return repositoryRoot(directory) ?? (relativeInside(cwd, directory) !== undefined ? cwd : directory);
}

function assertConfined(file: string, top: string, source: string): void {
  if (!resolvesInside(top, file)) throw new ConfigError(`${source} leads outside the repository; brieflint reads config from inside it only`);
}

export interface ConfigFileOptions {
  rules: readonly Rule[];
  /** For the names in messages. */
  cwd: string;
}

function displayPath(filePath: string, cwd: string): string {
  const relative = path.relative(cwd, filePath);
  return relative === '' || relative.startsWith('..') || path.isAbsolute(relative) ? filePath : relative;
}

/** At most this many config files are read for one config through `extends` (a hostile chain stays small). */
const MAX_EXTENDED_FILES = 32;

/** What one `extends` walk has seen: the files on the way down (for circles) and how many were read. */
interface ExtendsWalk {
  chain: string[];
  read: { count: number };
  /** The folder configs must lie in (a discovered config's repository); none for --config. */
  top?: string;
}

/**
 * Reads and validates one config file, with the files it extends. For package.json, returns null when
 * it has no `brieflint` key (discovery then keeps looking upward).
 */
export async function loadConfigFile(filePath: string, options: ConfigFileOptions, walk: ExtendsWalk = { chain: [], read: { count: 0 } }): Promise<LoadedConfig | null> {
  const absolute = path.resolve(options.cwd, filePath);
  const source = displayPath(absolute, options.cwd);
  if (walk.chain.includes(absolute)) {
    throw new ConfigError(`Config files extend each other in a circle: ${[...walk.chain, absolute].map((file) => displayPath(file, options.cwd)).join(' → ')}`);
  }
  if (++walk.read.count > MAX_EXTENDED_FILES) throw new ConfigError(`${source}: more than ${MAX_EXTENDED_FILES} config files through "extends"`);
  if (/\.[cm]?[jt]s$/i.test(absolute)) throw new ConfigError(`${source} is code: brieflint reads config as data only (JSON or YAML)`);
  if (walk.top !== undefined) assertConfined(absolute, walk.top, source);
  const text = readConfigText(absolute, source);
  const isYaml = /\.ya?ml$/i.test(absolute) || path.basename(absolute) === '.brieflintrc';
  const inPackageJson = path.basename(absolute) === 'package.json';
  // package.json is npm's file and strict JSON; our own JSON config files may carry comments and trailing commas.
  let data = isYaml ? await parseYaml(text, source) : parseJson(text, source, !inPackageJson);
  if (inPackageJson) {
    if (data === null || typeof data !== 'object' || !('brieflint' in data)) return null;
    data = (data as { brieflint: unknown }).brieflint;
  }
  const config = validateConfig(data, {
    source,
    filePath: absolute,
    baseDir: path.dirname(absolute),
    rules: options.rules,
    keyPrefix: inPackageJson ? ['brieflint'] : [],
  });
  if (!config.extends) return config;
  let base: LoadedConfig | undefined;
  for (const name of config.extends) {
    const extended = resolveExtends(name, absolute, source);
    // Extended files keep to the same folder as the config that extends them (none for --config: the workflow's own choice).
    const loaded = await loadConfigFile(extended, options, { ...walk, chain: [...walk.chain, absolute] });
    if (!loaded) throw new ConfigError(`${displayPath(extended, options.cwd)}, extended by ${source}, has no "brieflint" key`);
    base = base ? layerConfig(base, loaded) : loaded;
  }
  const { extends: _extended, ...own } = config;
  return layerConfig(base!, own);
}

/** An `extends` entry as a file: a path (from the extending file's folder) or an installed package's file. */
function resolveExtends(name: string, from: string, source: string): string {
  if (name.startsWith('.') || path.isAbsolute(name)) {
    const file = path.resolve(path.dirname(from), name);
    if (!existsSync(file)) throw new ConfigError(`Cannot read config file ${name}, extended by ${source}: no such file`);
    return file;
  }
  try {
    return createRequire(from).resolve(name);
  } catch {
    throw new ConfigError(`Cannot find "${name}", extended by ${source}: neither a path (write ./${name} for a file) nor an installed package`);
  }
}

/**
 * `top` built on `base`: rule by rule, what `top` sets wins (a severity alone keeps the base's
 * options); overrides and ignores add up, base first. As with ESLint's `extends`, the globs of an
 * extended config are matched from the folder of the config that extends it.
 */
function layerConfig(base: LoadedConfig, top: LoadedConfig): LoadedConfig {
  const rules = new Map(base.rules);
  for (const [id, entry] of top.rules) rules.set(id, { ...rules.get(id), ...entry });
  const locale = top.locale ?? base.locale;
  const messageLocale = top.messageLocale ?? base.messageLocale;
  const maxFileSize = top.maxFileSize ?? base.maxFileSize;
  return {
    filePath: top.filePath,
    baseDir: top.baseDir,
    ...(locale !== undefined ? { locale } : {}),
    ...(messageLocale !== undefined ? { messageLocale } : {}),
    rules,
    overrides: [...base.overrides, ...top.overrides],
    ignores: [...base.ignores, ...top.ignores],
    ...(maxFileSize !== undefined ? { maxFileSize } : {}),
  };
}

export interface ConfigFinderOptions extends ConfigFileOptions {
  /** `--config FILE`: this file applies to every linted file, discovery is off. */
  configFile?: string;
  /** `--no-config`: no config file at all. */
  noConfig?: boolean;
}

/** Finds the nearest config upward from each linted file, caching by directory. */
export class ConfigFinder {
  private readonly byDirectory = new Map<string, Promise<LoadedConfig | null>>();
  private explicit?: Promise<LoadedConfig | null>;

  constructor(private readonly options: ConfigFinderOptions) {}

  configFor(filePath: string): Promise<LoadedConfig | null> {
    if (this.options.noConfig) return Promise.resolve(null);
    if (this.options.configFile !== undefined) {
      this.explicit ??= this.loadExplicit(this.options.configFile);
      return this.explicit;
    }
    return this.configInDirectory(path.dirname(path.resolve(this.options.cwd, filePath)));
  }

  private async loadExplicit(configFile: string): Promise<LoadedConfig | null> {
    const absolute = path.resolve(this.options.cwd, configFile);
    if (!existsSync(absolute)) throw new ConfigError(`Cannot read config file ${configFile}: no such file`);
    const loaded = await loadConfigFile(absolute, this.options);
    if (!loaded) throw new ConfigError(`${configFile} has no "brieflint" key`);
    return loaded;
  }

  private configInDirectory(directory: string): Promise<LoadedConfig | null> {
    let pending = this.byDirectory.get(directory);
    if (!pending) {
      pending = this.searchDirectory(directory);
      this.byDirectory.set(directory, pending);
    }
    return pending;
  }

  private async searchDirectory(directory: string): Promise<LoadedConfig | null> {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = path.join(directory, name);
      if (!existsSync(candidate)) continue;
      const top = confinedTop(directory, path.resolve(this.options.cwd));
      const loaded = await loadConfigFile(candidate, this.options, { chain: [], read: { count: 0 }, top });
      if (loaded) return loaded;
    }
    const parent = path.dirname(directory);
    return parent === directory || this.isSearchTop(directory) ? null : this.configInDirectory(parent);
  }

  /**
   * Where the search stops: the repository's root (the directory holding `.git`), as markdownlint-cli2
   * stops at its base directory and ESLint's flat config at the cwd. Above it lie folders the
   * repository does not own (a shared parent on a CI machine, another user's home): a config planted
   * there must not switch rules off. Outside any repository the search stops at the cwd, or at the
   * file's own folder when that lies outside the cwd.
   */
  private isSearchTop(directory: string): boolean {
    if (existsSync(path.join(directory, '.git'))) return true;
    if (repositoryRoot(directory) !== undefined) return false;
    const cwd = path.resolve(this.options.cwd);
    return directory === cwd || relativeInside(cwd, directory) === undefined;
  }
}

const repositoryRoots = new Map<string, string | undefined>();

/** The nearest directory at or above `directory` that holds `.git` (a directory, or a worktree's file). */
export function repositoryRoot(directory: string): string | undefined {
  if (repositoryRoots.has(directory)) return repositoryRoots.get(directory);
  const parent = path.dirname(directory);
  const root = existsSync(path.join(directory, '.git')) ? directory : parent === directory ? undefined : repositoryRoot(parent);
  repositoryRoots.set(directory, root);
  return root;
}

/** A path relative to a base directory with forward slashes, or undefined when it lies outside. */
export function relativeInside(baseDir: string, filePath: string): string | undefined {
  const relative = path.relative(baseDir, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return undefined;
  return relative.split(path.sep).join('/');
}

/**
 * Globs without a slash match the base name anywhere below, as in .eslintrc overrides and .gitignore
 * (written out as `**\/name` because picomatch's own `basename` option mishandles `**`).
 */
function anchoredGlob(pattern: string): string {
  const trimmed = pattern.replace(/^\.\//, '');
  if (trimmed.startsWith('/')) return trimmed.slice(1);
  return trimmed.includes('/') ? trimmed : `**/${trimmed}`;
}

const overrideMatchers = new WeakMap<LoadedOverride, (relativePath: string) => boolean>();

/** Override globs are matched in linear time (engine/glob.ts): a config is pull-request text too. */
function overrideMatches(override: LoadedOverride, relativePath: string): boolean {
  let matcher = overrideMatchers.get(override);
  if (!matcher) {
    matcher = compileGlobs(override.files.map(anchoredGlob));
    overrideMatchers.set(override, matcher);
  }
  return matcher(relativePath);
}

/** Each override glob that cannot be read, as a problem naming its key path. */
function globProblems(files: readonly string[], where: KeyPath): string[] {
  return files.flatMap((pattern, index) => {
    try {
      compileGlob(anchoredGlob(pattern));
      return [];
    } catch (error) {
      if (!(error instanceof GlobError)) throw error;
      return [`${formatKeyPath([...where, index])}: ${JSON.stringify(pattern)}: ${error.message}`];
    }
  });
}

function applyLayer(rules: Record<string, ResolvedRuleSetting>, layer: RuleLayer): void {
  for (const [id, entry] of layer) {
    const current = rules[id];
    if (!current) continue;
    rules[id] = { severity: entry.severity ?? current.severity, options: 'options' in entry ? entry.options : current.options };
  }
}

/** Each rule at its default severity with the options its schema fills from `{}`. */
export function defaultRuleSettings(rules: readonly Rule[]): Record<string, ResolvedRuleSetting> {
  const settings: Record<string, ResolvedRuleSetting> = {};
  for (const rule of rules) {
    settings[rule.meta.id] = { severity: rule.meta.defaultSeverity, options: rule.meta.options.parse({}) };
  }
  return settings;
}

export interface ResolveOptions {
  rules: readonly Rule[];
  /** The file the config is for (absolute), to pick overrides; absent for text without a file. */
  filePath?: string;
  /** `--rule` flags, applied last. */
  cliRules?: RuleLayer;
  /** `--locale`, applied last. */
  cliLocale?: LocaleSetting;
  /** `--message-locale`, applied last. */
  cliMessageLocale?: MessageLocaleSetting;
}

/** defaults → config file → matching overrides (in order) → `--rule` / `--locale`. */
export function resolveConfig(config: LoadedConfig | null, options: ResolveOptions): ResolvedConfig {
  const rules = defaultRuleSettings(options.rules);
  let locale: LocaleSetting = 'auto';
  if (config) {
    locale = config.locale ?? locale;
    applyLayer(rules, config.rules);
    const relativePath = options.filePath ? relativeInside(config.baseDir, options.filePath) : undefined;
    for (const override of config.overrides) {
      if (relativePath === undefined || !overrideMatches(override, relativePath)) continue;
      locale = override.locale ?? locale;
      applyLayer(rules, override.rules);
    }
  }
  if (options.cliRules) applyLayer(rules, options.cliRules);
  locale = options.cliLocale ?? locale;
  const messageLocale = options.cliMessageLocale ?? config?.messageLocale ?? 'auto';
  return { resolved: true, configFile: config?.filePath ?? null, locale, messageLocale, rules };
}

/**
 * Parses `--rule` values: `'number-format: warn'` or `'number-format: [error, {"allowLakh": true}]'`
 * (a YAML mapping, so JSON works too). Several flags merge, later ones winning.
 */
export async function parseRuleFlags(flags: readonly string[], rules: readonly Rule[]): Promise<RuleLayer> {
  const layer = new Map<string, RuleLayerEntry>();
  for (const flag of flags) {
    // The flag is one line the user typed, often as JSON: its column, not "YAML in file:1:19".
    const data = await parseYaml(flag, `--rule '${flag}'`, (where, reason) =>
      `Invalid --rule '${flag}': ${reason}${where ? ` (at column ${where.col})` : ''}`,
    );
    // An empty flag (a shell variable that was never set) would otherwise change nothing, silently.
    if (data === null || typeof data !== 'object' || Array.isArray(data) || Object.keys(data).length === 0) {
      throw new ConfigError(`Invalid --rule '${flag}': expected "rule-id: severity"`);
    }
    const validated = validateConfig({ rules: data }, { source: `--rule '${flag}'`, filePath: null, baseDir: '.', rules });
    for (const [id, entry] of validated.rules) layer.set(id, entry);
  }
  return layer;
}

/** The resolved config as `--print-config` shows it: ESLint's `[severity, options]` pairs. */
export function printableConfig(config: ResolvedConfig): Record<string, unknown> {
  const rules: Record<string, unknown> = {};
  for (const [id, setting] of Object.entries(config.rules)) rules[id] = [setting.severity, setting.options];
  return { configFile: config.configFile, locale: config.locale, messageLocale: config.messageLocale ?? 'auto', rules };
}
