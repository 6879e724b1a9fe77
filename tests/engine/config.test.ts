import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  blankJsonComments,
  ConfigError,
  ConfigFinder,
  closestId,
  formatKeyPath,
  levenshtein,
  loadConfigFile,
  parseRuleFlags,
  printableConfig,
  resolveConfig,
  validateConfig,
} from '../../src/engine/config.js';
import frontmatterSchema from '../../src/rules/frontmatter-schema.js';
import { builtinRules } from '../../src/rules/index.js';
import { tempTree, testRules } from './helpers.js';

const rules = testRules;
const validate = (data: unknown) => validateConfig(data, { source: '.brieflintrc.json', filePath: null, baseDir: '/base', rules });

function errorOf(action: () => unknown): ConfigError {
  try {
    action();
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return error as ConfigError;
  }
  throw new Error('expected a ConfigError');
}

describe('validateConfig', () => {
  it('accepts every severity spelling and fills options from the rule schema', () => {
    const loaded = validate({ rules: { 'no-word': 'error', 'first-char': 0, crasher: ['warn'] } });
    expect(loaded.rules.get('no-word')).toEqual({ severity: 'error' });
    expect(loaded.rules.get('first-char')).toEqual({ severity: 'off' });
    expect(loaded.rules.get('crasher')).toEqual({ severity: 'warn' });
    const withOptions = validate({ rules: { 'no-word': [2, { word: 'XX' }] } });
    expect(withOptions.rules.get('no-word')).toEqual({ severity: 'error', options: { word: 'XX', fix: false } });
  });

  it('names the file and key path of a bad severity', () => {
    expect(errorOf(() => validate({ rules: { 'no-word': 'loud' } })).message).toBe(
      'Invalid config in .brieflintrc.json: rules.no-word: expected "off" | "warn" | "error", got "loud"',
    );
    expect(errorOf(() => validate({ rules: { 'no-word': [3] } })).message).toContain('rules.no-word[0]: expected "off" | "warn" | "error", got 3');
    expect(errorOf(() => validate({ rules: { 'no-word': ['warn', {}, 1] } })).message).toContain('rules.no-word: expected a severity or [severity, options], got 3 items');
  });

  it('names the key path of a bad rule option', () => {
    const error = errorOf(() => validate({ rules: { 'no-word': ['warn', { fix: 'yes' }] } }));
    expect(error.message).toContain('rules.no-word[1].fix: expected boolean, got "yes"');
    expect(errorOf(() => validate({ rules: { 'no-word': ['warn', { colour: 1 }] } })).message).toContain('rules.no-word[1]: unknown key "colour"');
  });

  it('suggests the closest rule id for an unknown one', () => {
    expect(errorOf(() => validate({ rules: { 'no-wrd': 'warn' } })).message).toBe(
      'unknown rule "no-wrd" in .brieflintrc.json (did you mean "no-word"?)',
    );
    expect(errorOf(() => validate({ rules: { 'completely-different': 'warn' } })).message).toBe(
      'unknown rule "completely-different" in .brieflintrc.json',
    );
    expect(errorOf(() => validate({ overrides: [{ files: ['*.md'], rules: { crashr: 'off' } }] })).message).toBe(
      'unknown rule "crashr" in .brieflintrc.json at overrides[0].rules (did you mean "crasher"?)',
    );
  });

  it('reports bad top-level keys, locales and override shapes with their paths', () => {
    const message = errorOf(() => validate({ locale: 'xx', ignores: [1], extra: true, overrides: [{ files: [] }] })).message;
    expect(message).toContain('locale: expected "auto" | "en" | "nl" | "de" | "fr", got "xx"');
    expect(message).toContain('ignores[0]: expected string, got 1');
    expect(message).toContain('unknown key "extra"');
    expect(message).toContain('overrides[0].files');
    expect(message).not.toContain('\n');
  });

  it('treats an empty config as no settings', () => {
    expect(validate(null).rules.size).toBe(0);
  });
});

describe('resolveConfig', () => {
  it('starts from each rule\'s default severity and default options', () => {
    const resolved = resolveConfig(null, { rules });
    expect(resolved.locale).toBe('auto');
    expect(resolved.rules['no-word']).toEqual({ severity: 'warn', options: { word: 'TODO', fix: false } });
    expect(resolved.rules['first-char']).toEqual({ severity: 'error', options: {} });
  });

  it('layers config, matching overrides in order, then --rule flags and --locale', async () => {
    const config = {
      ...validate({
        locale: 'en',
        rules: { 'no-word': ['error', { word: 'XX' }], crasher: 'off' },
        overrides: [
          { files: ['*.nl.md'], locale: 'nl', rules: { 'no-word': 'warn' } },
          { files: ['drafts/**'], rules: { 'first-char': 'off' } },
        ],
      }),
    };
    const plain = resolveConfig(config, { rules, filePath: '/base/docs/a.md' });
    expect(plain.locale).toBe('en');
    expect(plain.rules['no-word']).toEqual({ severity: 'error', options: { word: 'XX', fix: false } });
    expect(plain.rules.crasher!.severity).toBe('off');

    const dutch = resolveConfig(config, { rules, filePath: '/base/docs/a.nl.md' });
    expect(dutch.locale).toBe('nl');
    // A severity alone keeps the options set earlier, as in ESLint.
    expect(dutch.rules['no-word']).toEqual({ severity: 'warn', options: { word: 'XX', fix: false } });
    expect(dutch.rules['first-char']!.severity).toBe('error');

    const draft = resolveConfig(config, { rules, filePath: '/base/drafts/x/b.md' });
    expect(draft.rules['first-char']!.severity).toBe('off');
    // Globs are relative to the config's directory: the same path elsewhere does not match.
    expect(resolveConfig(config, { rules, filePath: '/elsewhere/drafts/b.md' }).rules['first-char']!.severity).toBe('error');

    const flags = await parseRuleFlags(['first-char: warn', 'no-word: [error, {"word": "YY"}]'], rules);
    const withFlags = resolveConfig(config, { rules, filePath: '/base/drafts/b.md', cliRules: flags, cliLocale: 'de' });
    expect(withFlags.locale).toBe('de');
    expect(withFlags.rules['first-char']!.severity).toBe('warn');
    expect(withFlags.rules['no-word']).toEqual({ severity: 'error', options: { word: 'YY', fix: false } });
  });

  it('prints as ESLint-style [severity, options] pairs', () => {
    const printed = printableConfig(resolveConfig(null, { rules }));
    expect(printed).toEqual({
      configFile: null,
      locale: 'auto',
      messageLocale: 'auto',
      rules: { 'no-word': ['warn', { word: 'TODO', fix: false }], 'first-char': ['error', {}], crasher: ['error', {}] },
    });
  });
});

describe('a rule\'s top-level config key (frontmatter)', () => {
  const withSchema = [...rules, frontmatterSchema];
  const validateWith = (data: unknown) =>
    validateConfig(data, { source: '.brieflintrc.json', filePath: null, baseDir: '/base', rules: withSchema });
  const schema = { required: ['title'], fields: { status: { enum: ['draft', 'final'] } } };

  it('sets the rule\'s options and keeps its severity', () => {
    const resolved = resolveConfig(validateWith({ frontmatter: schema }), { rules: withSchema });
    expect(resolved.rules['frontmatter-schema']).toEqual({ severity: 'error', options: schema });
    const warned = resolveConfig(validateWith({ frontmatter: { required: ['date'] }, rules: { 'frontmatter-schema': 'warn' } }), { rules: withSchema });
    expect(warned.rules['frontmatter-schema']).toEqual({ severity: 'warn', options: { required: ['date'], fields: {} } });
    expect(printableConfig(warned).rules).toMatchObject({ 'frontmatter-schema': ['warn', { required: ['date'], fields: {} }] });
  });

  it('names the key path of a bad field type', () => {
    expect(errorOf(() => validateWith({ frontmatter: { fields: { impact: 'int' } } })).message).toBe(
      'Invalid config in .brieflintrc.json: frontmatter.fields.impact: expected "string" | "date" | "url" | "integer" | "number" | "boolean" | "list" | "locale" | {"enum": [...]} | {"min": n, "max": n}',
    );
    expect(errorOf(() => validateWith({ frontmatter: { require: ['title'] } })).message).toContain('frontmatter: unknown key "require" (did you mean "required"?)');
    expect(errorOf(() => validateWith({ frontmatter: { required: 'title' } })).message).toContain('frontmatter.required: expected array, got "title"');
  });

  it('suggests it for a misspelt top-level key, and is unknown without the rule', () => {
    expect(errorOf(() => validateWith({ frontmater: schema })).message).toContain('unknown key "frontmater" (did you mean "frontmatter"?)');
    expect(errorOf(() => validate({ frontmatter: schema })).message).toContain('unknown key "frontmatter"');
  });

  it('refuses options given both there and in rules', () => {
    expect(errorOf(() => validateWith({ frontmatter: schema, rules: { 'frontmatter-schema': ['warn', { required: [] }] } })).message).toBe(
      "Invalid config in .brieflintrc.json: frontmatter and rules.frontmatter-schema[1] both set frontmatter-schema's options; keep one",
    );
  });
});

describe('parseRuleFlags', () => {
  it('rejects unknown rules and bad values with a clear message', async () => {
    await expect(parseRuleFlags(['no-wrd: warn'], rules)).rejects.toThrow('unknown rule "no-wrd" in --rule \'no-wrd: warn\' (did you mean "no-word"?)');
    await expect(parseRuleFlags(['no-word: loud'], rules)).rejects.toThrow('rules.no-word: expected "off" | "warn" | "error", got "loud"');
    await expect(parseRuleFlags(['just-text'], rules)).rejects.toThrow(ConfigError);
    await expect(parseRuleFlags(['no-word: [warn'], rules)).rejects.toThrow(/^Invalid --rule 'no-word: \[warn': .+ \(at column \d+\)$/);
  });
});

describe('config files and discovery', () => {
  it('reads YAML and reports YAML errors with their line', async () => {
    const root = await tempTree({
      '.brieflintrc.yaml': 'rules:\n  no-word: error\n',
      'bad/.brieflintrc.yml': 'rules:\n  no-word: [error\n  first-char: warn\n',
    });
    const good = await loadConfigFile(path.join(root, '.brieflintrc.yaml'), { rules, cwd: root });
    expect(good!.rules.get('no-word')).toEqual({ severity: 'error' });
    await expect(loadConfigFile(path.join(root, 'bad/.brieflintrc.yml'), { rules, cwd: root })).rejects.toThrow(
      /^Invalid YAML in bad[\\/]\.brieflintrc\.yml:\d+:\d+: /,
    );
  });

  it('reports JSON errors at file:line:column, as YAML errors', async () => {
    const root = await tempTree({ '.brieflintrc.json': '{\n  "rules": {\n    "no-word": "warn"\n    "first-char": "off"\n  }\n}\n' });
    await expect(loadConfigFile(path.join(root, '.brieflintrc.json'), { rules, cwd: root })).rejects.toThrow(
      /^Invalid JSON in \.brieflintrc\.json:4:5: /,
    );
  });

  it('accepts trailing commas and comments in its own JSON files, not in package.json (npm\'s, strict)', async () => {
    const root = await tempTree({
      '.brieflintrc.json': '{\n  "rules": {\n    "no-word": "warn", // loud enough\n    "first-char": ["off",],\n  },\n  "ignores": ["a,]", "b",],\n}\n',
      'sub/package.json': '{"brieflint": {"rules": {"no-word": "warn",}}}',
    });
    const loaded = await loadConfigFile(path.join(root, '.brieflintrc.json'), { rules, cwd: root });
    expect(loaded!.rules.get('no-word')).toEqual({ severity: 'warn' });
    expect(loaded!.rules.get('first-char')).toEqual({ severity: 'off' });
    // A comma inside a string is the string's own.
    expect(loaded!.ignores).toEqual(['a,]', 'b']);
    await expect(loadConfigFile(path.join(root, 'sub/package.json'), { rules, cwd: root })).rejects.toThrow(/^Invalid JSON in sub[\\/]package\.json:1:/);
  });

  it('reads .brieflintrc without an extension, as JSON or YAML, after the named files', async () => {
    const root = await tempTree({
      'json/.brieflintrc': '{"rules": {"no-word": "warn",}}',
      'yaml/.brieflintrc': 'rules:\n  no-word: off\n',
      'both/.brieflintrc': 'rules: {no-word: off}',
      'both/.brieflintrc.yml': 'rules: {no-word: error}',
    });
    const finder = new ConfigFinder({ rules, cwd: root });
    expect((await finder.configFor(path.join(root, 'json/a.md')))!.rules.get('no-word')).toEqual({ severity: 'warn' });
    expect((await finder.configFor(path.join(root, 'yaml/a.md')))!.rules.get('no-word')).toEqual({ severity: 'off' });
    expect((await finder.configFor(path.join(root, 'both/a.md')))!.filePath).toBe(path.join(root, 'both/.brieflintrc.yml'));
  });


  it('finds the nearest config upward, skipping package.json without a brieflint key', async () => {
    const root = await tempTree({
      'brieflint.config.json': '{"rules": {"no-word": "error"}}',
      'a/package.json': '{"name": "a"}',
      'a/b/package.json': '{"name": "b", "brieflint": {"rules": {"no-word": "off"}}}',
      'a/b/c/d.md': '',
      'a/x.md': '',
      'y/.brieflintrc.json': '{"rules": {"first-char": "warn"}}',
      'y/.brieflintrc.yaml': 'rules: {first-char: off}',
    });
    const finder = new ConfigFinder({ rules, cwd: root });
    expect((await finder.configFor(path.join(root, 'a/b/c/d.md')))!.filePath).toBe(path.join(root, 'a/b/package.json'));
    expect((await finder.configFor(path.join(root, 'a/x.md')))!.filePath).toBe(path.join(root, 'brieflint.config.json'));
    // .brieflintrc.json wins over .brieflintrc.yaml in the same directory.
    expect((await finder.configFor(path.join(root, 'y/z.md')))!.filePath).toBe(path.join(root, 'y/.brieflintrc.json'));
    // Cached per directory: the same object each time.
    expect(await finder.configFor(path.join(root, 'a/x.md'))).toBe(await finder.configFor(path.join(root, 'a/other.md')));
  });

  it('names key paths inside package.json from its brieflint key', async () => {
    const root = await tempTree({ 'package.json': '{"brieflint": {"rules": {"no-word": "loud", "no-wrd": "off"}}}' });
    await expect(loadConfigFile(path.join(root, 'package.json'), { rules, cwd: root })).rejects.toThrow(
      'unknown rule "no-wrd" in package.json at brieflint.rules (did you mean "no-word"?)',
    );
    await writeFile(path.join(root, 'package.json'), '{"brieflint": {"rules": {"no-word": "loud"}}}');
    await expect(loadConfigFile(path.join(root, 'package.json'), { rules, cwd: root })).rejects.toThrow(
      'Invalid config in package.json: brieflint.rules.no-word: expected "off" | "warn" | "error", got "loud"',
    );
  });

  it('uses --config for every file and nothing with --no-config', async () => {
    const root = await tempTree({ '.brieflintrc.json': '{}', 'custom.yaml': 'locale: nl', 'sub/a.md': '' });
    const explicit = new ConfigFinder({ rules, cwd: root, configFile: 'custom.yaml' });
    expect((await explicit.configFor(path.join(root, 'sub/a.md')))!.locale).toBe('nl');
    expect(await new ConfigFinder({ rules, cwd: root, noConfig: true }).configFor(path.join(root, 'sub/a.md'))).toBeNull();
    await expect(new ConfigFinder({ rules, cwd: root, configFile: 'missing.json' }).configFor(path.join(root, 'a.md'))).rejects.toThrow(
      'Cannot read config file missing.json',
    );
  });

  it('returns null when there is no config up to the filesystem root', async () => {
    const root = await tempTree({ 'a.md': '' });
    const found = await new ConfigFinder({ rules, cwd: root }).configFor(path.join(root, 'a.md'));
    // A config may exist above the temp directory on some machines; only its absence of errors matters then.
    if (found) expect(path.relative(found.baseDir, root).startsWith('..')).toBe(false);
    else expect(found).toBeNull();
  });
});

describe('extends', () => {
  it('builds on the files it names, in order: what the extending file sets wins, rule by rule', async () => {
    const root = await tempTree({
      'shared/base.yaml': 'locale: nl\nrules:\n  no-word: [warn, {word: XX}]\n  first-char: error\nignores: [drafts/]\n',
      'shared/strict.json': '{"rules": {"first-char": "warn"}, "maxFileSize": "1MB"}',
      'team/.brieflintrc.json': '{"extends": ["../shared/base.yaml", "../shared/strict.json"], "rules": {"no-word": "error"}, "ignores": ["old/"]}',
    });
    const loaded = (await new ConfigFinder({ rules, cwd: root }).configFor(path.join(root, 'team/a.md')))!;
    expect(loaded.filePath).toBe(path.join(root, 'team/.brieflintrc.json'));
    expect(loaded.locale).toBe('nl');
    // A severity alone keeps the options the base gave.
    expect(loaded.rules.get('no-word')).toEqual({ severity: 'error', options: { word: 'XX', fix: false } });
    expect(loaded.rules.get('first-char')).toEqual({ severity: 'warn' });
    expect(loaded.maxFileSize).toBe(1024 ** 2);
    // The base's globs are matched from the extending file's folder, as with ESLint's extends.
    expect(loaded.ignores).toEqual(['drafts/', 'old/']);
    expect(loaded.baseDir).toBe(path.join(root, 'team'));
    expect(resolveConfig(loaded, { rules, filePath: path.join(root, 'team/a.md') }).rules['no-word']).toEqual({ severity: 'error', options: { word: 'XX', fix: false } });
  });

  it('takes a string, and a package installed beside the config (its JSON or YAML file)', async () => {
    const root = await tempTree({
      'node_modules/brieflint-config-house/package.json': '{"name": "brieflint-config-house", "main": "config.json"}',
      'node_modules/brieflint-config-house/config.json': '{"rules": {"no-word": "off"}}',
      'node_modules/brieflint-config-house/dutch.yaml': 'locale: nl',
      '.brieflintrc.yaml': 'extends: brieflint-config-house\n',
      'nl/.brieflintrc.yaml': 'extends: [brieflint-config-house, brieflint-config-house/dutch.yaml]\n',
    });
    const finder = new ConfigFinder({ rules, cwd: root });
    expect((await finder.configFor(path.join(root, 'a.md')))!.rules.get('no-word')).toEqual({ severity: 'off' });
    const dutch = (await finder.configFor(path.join(root, 'nl/a.md')))!;
    expect(dutch.locale).toBe('nl');
    expect(dutch.rules.get('no-word')).toEqual({ severity: 'off' });
  });

  it('refuses a circle, a missing file or package, code, and data given to the API', async () => {
    const root = await tempTree({
      'a.json': '{"extends": "./b.yaml"}',
      'b.yaml': 'extends: ./a.json',
      'missing.json': '{"extends": "./nowhere.json"}',
      'package.json': '{"brieflint": {"extends": "no-such-brieflint-config"}}',
      'code.json': '{"extends": "./config.js"}',
      'config.js': 'module.exports = {}',
    });
    const load = (file: string) => loadConfigFile(path.join(root, file), { rules, cwd: root });
    await expect(load('a.json')).rejects.toThrow('Config files extend each other in a circle: a.json → b.yaml → a.json');
    await expect(load('missing.json')).rejects.toThrow('Cannot read config file ./nowhere.json, extended by missing.json: no such file');
    await expect(load('package.json')).rejects.toThrow('Cannot find "no-such-brieflint-config", extended by package.json: neither a path (write ./no-such-brieflint-config for a file) nor an installed package');
    await expect(load('code.json')).rejects.toThrow('config.js is code: brieflint reads config as data only (JSON or YAML)');
    expect(errorOf(() => validate({ extends: './base.json' })).message).toBe('Invalid config in .brieflintrc.json: extends: works in config files only');
  });

  it('reads at most 32 files through extends, however they branch', async () => {
    const files: Record<string, string> = {};
    // Each file extends the next one twice: 2^20 reads without a bound.
    for (let level = 0; level < 20; level++) files[`c${level}.json`] = JSON.stringify({ extends: [`./c${level + 1}.json`, `./c${level + 1}.json`] });
    files['c20.json'] = '{}';
    const root = await tempTree(files);
    await expect(loadConfigFile(path.join(root, 'c0.json'), { rules, cwd: root })).rejects.toThrow('more than 32 config files through "extends"');
  });
});

describe('approximateSlack', () => {
  const builtin = (data: unknown) => validateConfig(data, { source: '.brieflintrc.yaml', filePath: null, baseDir: '/base', rules: builtinRules });
  it('is a number or a decimal string, kept as the exact decimal', () => {
    expect(builtin({ rules: { 'sum-mismatch': ['error', { approximateSlack: 0.05 }] } }).rules.get('sum-mismatch')!.options).toEqual({ approximateSlack: '0.05' });
    expect(builtin({ rules: { 'sum-mismatch': ['error', { approximateSlack: '0.05' }] } }).rules.get('sum-mismatch')!.options).toEqual({ approximateSlack: '0.05' });
    expect(() => builtin({ rules: { 'sum-mismatch': ['error', { approximateSlack: 'ten percent' }] } })).toThrow('a decimal such as 0.1 or "0.1"');
  });
});

describe('string helpers', () => {
  it('formats key paths with dots and brackets', () => {
    expect(formatKeyPath(['rules', 'number-format', 1, 'allowLakh'])).toBe('rules.number-format[1].allowLakh');
    expect(formatKeyPath([])).toBe('');
  });

  it('computes edit distances and only suggests plausible typos', () => {
    expect(levenshtein('kitten', 'sitting')).toBe(3);
    expect(levenshtein('', 'abc')).toBe(3);
    expect(levenshtein('same', 'same')).toBe(0);
    expect(closestId('numbr-format', ['sum-mismatch', 'number-format', 'number-style'])).toBe('number-format');
    expect(closestId('xyz', ['number-format'])).toBeUndefined();
  });
});

describe('blankJsonComments', () => {
  it('blanks comments outside strings, keeping every position', () => {
    const cases = [
      ['{"a": "//x", // note\n"b": 1 /* two\nlines */}', { a: '//x', b: 1 }],
      ['{"u": "http://x\\"/*"}', { u: 'http://x"/*' }],
      ['// first line\n{}', {}],
    ] as const;
    for (const [text, value] of cases) {
      const blanked = blankJsonComments(text);
      expect(blanked).toHaveLength(text.length);
      expect(blanked.split('\n')).toHaveLength(text.split('\n').length);
      expect(JSON.parse(blanked)).toEqual(value);
    }
  });

  it('leaves an unclosed block comment for JSON.parse to report', () => {
    expect(blankJsonComments('{"a": 1} /* open')).toBe('{"a": 1} /* open');
  });
});
