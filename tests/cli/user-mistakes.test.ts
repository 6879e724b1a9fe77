/**
 * A user's mistake is told in one line naming its cause, exit 2 — never as an "internal error"
 * (issue 19): a cache location inside a file (a warning: the report stands), Ctrl+D at the --init prompt, a config that is a YAML
 * alias bomb, bad options given to the remark plugin.
 */
import { existsSync } from 'node:fs';
import path from 'node:path';
import { PassThrough, Readable } from 'node:stream';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import { init } from '../../src/commands.js';
import brieflint, { pluginOptionsProblem } from '../../src/remark.js';
import { builtinRules } from '../../src/rules/index.js';
import { tempTree } from '../engine/helpers.js';
import { CLEAN_BRIEF, runMain } from './helpers.js';

/** "billion laughs": nine aliases of nine aliases …, far more nodes than any config has. */
function aliasBomb(): string {
  const lines = ['a: &a ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]'];
  let previous = 'a';
  for (const name of 'bcdefghi') {
    lines.push(`${name}: &${name} [${Array(9).fill(`*${previous}`).join(', ')}]`);
    previous = name;
  }
  return `${lines.join('\n')}\nrules: *i\n`;
}

describe('user mistakes', () => {
  it('a --cache-location inside a file names the cause', async () => {
    const root = await tempTree({ 'a.md': CLEAN_BRIEF });
    const run = await runMain(['--cache', '--cache-location', 'a.md/cache', 'a.md'], { cwd: root });
    // The report stands (a cache costs the next run time, not this run its results): one warning line.
    expect(run.code).toBe(0);
    expect(run.stderr).toBe('brieflint: warning: the cache a.md/cache could not be written: a part of the path is a file, not a directory\n');
  });

  it('a config that is a YAML alias bomb is refused as a resource-exhaustion attempt', async () => {
    const root = await tempTree({ 'a.md': CLEAN_BRIEF, '.brieflintrc.yaml': aliasBomb() });
    const run = await runMain(['a.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('brieflint: .brieflintrc.yaml was refused: its YAML aliases expand without bound (a resource-exhaustion attempt)\n');
  });

  it('Ctrl+D at the --init prompt writes nothing and says why', async () => {
    const root = await tempTree({});
    let stderr = '';
    const io = {
      stdout: { write: () => true },
      stderr: { write: (text: string) => ((stderr += text), true) },
      stdin: Readable.from([]),
      cwd: root,
      env: {},
    };
    const input = new PassThrough();
    const asked = init(builtinRules, io, true, { input, output: new PassThrough() });
    input.end();
    expect(await asked).toBe(2);
    expect(stderr.trim()).toBe('brieflint: --init got no answer (the input ended); .brieflintrc.json was not written');
    expect(existsSync(path.join(root, '.brieflintrc.json'))).toBe(false);
  });
});

describe('the remark plugin\'s options', () => {
  it('are { config, locale }: an unknown key gets a "did you mean"', () => {
    expect(pluginOptionsProblem({ confg: {} })).toBe('unknown key "confg" in the brieflint remark plugin options (did you mean "config"?); known keys: config, locale');
    expect(pluginOptionsProblem({ locale: 'es' })).toBe('"locale" in the brieflint remark plugin options must be one of auto, en, nl, de, fr, not "es"');
    expect(pluginOptionsProblem('en')).toBe('the brieflint remark plugin options must be an object such as { config, locale }');
    expect(pluginOptionsProblem({ config: { rules: { 'number-format': 'warn' } }, locale: 'nl' })).toBeUndefined();
    expect(pluginOptionsProblem(undefined)).toBeUndefined();
  });

  it('validate `config` as a config file is validated', () => {
    expect(pluginOptionsProblem({ config: { rules: { 'numbr-format': 'warn' } } })).toBe(
      'unknown rule "numbr-format" in "config" in the brieflint remark plugin options (did you mean "number-format"?)',
    );
  });

  it('a bad option is the file\'s one fatal message, not a stack trace', async () => {
    const file = new VFile({ value: 'Growth was 5 %.', path: 'brief.md' });
    const processor = unified().use(remarkParse).use(brieflint, { config: { rules: { 'numbr-format': 'warn' } } } as never);
    await expect(processor.run(processor.parse(file), file)).rejects.toMatchObject({ source: 'brieflint', ruleId: 'options', fatal: true });
  });
});
