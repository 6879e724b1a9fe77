/**
 * Config a pull request does not own must not apply, and config it does own must not hang the run:
 * discovery stops at the repository's root, and override globs match in linear time.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runMain, BROKEN_BRIEF } from '../../cli/helpers.js';
import picomatch from 'picomatch';
import { compileGlob } from '../../../src/engine/glob.js';
import { cpuMs } from '../../helpers/timing.js';

let shared: string;
beforeEach(async () => {
  // A folder shared by several users (a CI machine's work directory, /tmp) holding someone's config.
  shared = await mkdtemp(path.join(tmpdir(), 'brieflint-shared-'));
  await writeFile(path.join(shared, '.brieflintrc.json'), JSON.stringify({ rules: { 'number-format': 'off' } }));
  await mkdir(path.join(shared, 'repo/.git'), { recursive: true });
  await mkdir(path.join(shared, 'repo/docs'), { recursive: true });
  await writeFile(path.join(shared, 'repo/docs/brief.md'), BROKEN_BRIEF);
});
afterEach(async () => {
  await rm(shared, { recursive: true, force: true });
});

describe('config discovery', () => {
  it('stops at the repository root: a config planted above it changes nothing', async () => {
    const run = await runMain(['-f', 'json', 'docs/brief.md'], { cwd: path.join(shared, 'repo') });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)[0].messages[0].ruleId).toBe('number-format');
    const printed = JSON.parse((await runMain(['--print-config', 'docs/brief.md'], { cwd: path.join(shared, 'repo') })).stdout);
    expect(printed.configFile).toBeNull();
  });

  it('still finds the repository root\'s config from a subfolder', async () => {
    await writeFile(path.join(shared, 'repo/.brieflintrc.json'), JSON.stringify({ rules: { 'number-format': 'warn' } }));
    const run = await runMain(['-f', 'json', 'brief.md'], { cwd: path.join(shared, 'repo/docs') });
    expect(JSON.parse(run.stdout)[0].messages[0]).toMatchObject({ ruleId: 'number-format', severity: 1 });
  });

  it('outside a repository, stops at the working directory', async () => {
    await rm(path.join(shared, 'repo/.git'), { recursive: true });
    const run = await runMain(['-f', 'json', 'docs/brief.md'], { cwd: path.join(shared, 'repo') });
    expect(run.code).toBe(1);
    // The cwd's own config still counts.
    await writeFile(path.join(shared, 'repo/.brieflintrc.json'), JSON.stringify({ rules: { 'number-format': 'off' } }));
    expect((await runMain(['docs/brief.md'], { cwd: path.join(shared, 'repo') })).code).toBe(0);
  });
});

describe('override globs', () => {
  const attack = (stars: number) => `${'*a'.repeat(stars)}*b*.md`;

  it('match a backtracking pattern in time linear in the name', () => {
    const matches = compileGlob(attack(12));
    const time = (length: number) => {
      const name = `docs/${'a'.repeat(length)}.md`;
      matches(name);
      return cpuMs(() => {
        for (let run = 0; run < 20; run++) expect(matches(name)).toBe(false);
      });
    };
    const short = time(500);
    const long = time(4_000);
    // picomatch's regular expression for this pattern did not finish on a 60-character name in 60 s.
    expect(long).toBeLessThan(Math.max(200, 16 * 2 * short));
  });

  it('build no regular expression from config text (nothing for the ReDoS check to miss)', () => {
    const Original = globalThis.RegExp;
    let built = 0;
    globalThis.RegExp = new Proxy(Original, { construct: (target, args) => (built++, Reflect.construct(target, args)), apply: (target, self, args) => (built++, Reflect.apply(target, self, args)) });
    try {
      compileGlob('{docs,notes}/**/[a-z]*?.{md,markdown}')('docs/x/ab.md');
    } finally {
      globalThis.RegExp = Original;
    }
    expect(built).toBe(0);
  });

  it('read as picomatch with dot: true reads them', () => {
    const samples: Array<[string, string, boolean]> = [
      ['nl/**/*.md', 'nl/a/b/c.md', true],
      ['nl/**/*.md', 'nl/c.md', true],
      ['nl/**/*.md', 'en/c.md', false],
      ['**/*.md', '.hidden/x.md', true],
      ['archive/**', 'archive/2024/x.md', true],
      ['archive/**', 'archived/x.md', false],
      ['*.{md,markdown}', 'x.markdown', true],
      ['docs/{a,b{c,d}}/*.md', 'docs/bd/x.md', true],
      ['docs/[a-c]?.md', 'docs/bz.md', true],
      ['docs/[^a-c]?.md', 'docs/bz.md', false],
      ['docs/\\*.md', 'docs/*.md', true],
      ['docs/\\*.md', 'docs/a.md', false],
    ];
    for (const [pattern, name, expected] of samples) {
      expect(compileGlob(pattern)(name), `${pattern} ~ ${name}`).toBe(expected);
      expect(picomatch(pattern, { dot: true })(name), `picomatch: ${pattern} ~ ${name}`).toBe(expected);
    }
  });

  it('refuse extglobs and brace bombs in the config, naming the key', async () => {
    const repo = path.join(shared, 'repo');
    await writeFile(path.join(repo, '.brieflintrc.json'), JSON.stringify({ overrides: [{ files: ['docs/@(a|b).md', `${'{a,b}'.repeat(12)}.md`] }] }));
    const run = await runMain(['docs/brief.md'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('overrides[0].files[0]: "docs/@(a|b).md": extglob patterns such as "@(…)" are not supported');
    expect(run.stderr).toContain('overrides[0].files[1]:');
    expect(run.stderr).toContain('its braces expand to more than 256 patterns');
  });

  it('apply through the command, quickly, on a hostile pattern', async () => {
    const repo = path.join(shared, 'repo');
    const name = `${'a'.repeat(200)}b.md`;
    await writeFile(path.join(repo, 'docs', name), BROKEN_BRIEF);
    await writeFile(path.join(repo, '.brieflintrc.json'), JSON.stringify({ overrides: [{ files: [attack(12)], rules: { 'number-format': 'off' } }] }));
    expect((await runMain([`docs/${name}`], { cwd: repo })).code).toBe(0);
    expect((await runMain(['docs/brief.md'], { cwd: repo })).code).toBe(1);
  });
});

describe('config YAML', () => {
  it('refuses an alias bomb as a config error, not an internal error', async () => {
    const levels = ['a: &a [x, x, x, x, x, x, x, x, x]'];
    for (const name of 'bcdefg') levels.push(`${name}: &${name} [${Array(9).fill(`*${String.fromCharCode(name.charCodeAt(0) - 1)}`).join(', ')}]`);
    const repo = path.join(shared, 'repo');
    await writeFile(path.join(repo, '.brieflintrc.yaml'), `${levels.join('\n')}\n`);
    const run = await runMain(['docs/brief.md'], { cwd: repo });
    expect(run.code).toBe(2);
    expect(run.stderr).toBe('brieflint: .brieflintrc.yaml was refused: its YAML aliases expand without bound (a resource-exhaustion attempt)\n');
  });
});
