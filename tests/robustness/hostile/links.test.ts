/**
 * Links a pull request can commit: a brief, a folder, a config or an ignore file that points outside
 * the repository (at /etc/passwd, /proc/self/environ, /dev/zero, /). brieflint must neither read them
 * into the CI log nor wait on them forever.
 */
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { BROKEN_BRIEF, runMain } from '../../cli/helpers.js';

const SECRET = 'SECRET-TOKEN-4242 was paid 100,00000 times';
let outside: string;
let repo: string;
beforeEach(async () => {
  outside = await mkdtemp(path.join(tmpdir(), 'brieflint-outside-'));
  repo = await mkdtemp(path.join(tmpdir(), 'brieflint-repo-'));
  await mkdir(path.join(repo, '.git'));
  await writeFile(path.join(outside, 'secret.md'), `${SECRET}\n`);
  await writeFile(path.join(outside, 'secret.yaml'), `${SECRET}\n`);
  await writeFile(path.join(repo, 'brief.md'), BROKEN_BRIEF);
});
afterEach(async () => {
  await rm(outside, { recursive: true, force: true });
  await rm(repo, { recursive: true, force: true });
});

describe('links out of the repository', () => {
  it('a brief linked outside is skipped with a warning, its text never printed', async () => {
    await symlink(path.join(outside, 'secret.md'), path.join(repo, 'leak.md'));
    for (const format of ['json', 'stylish', 'sarif', 'html']) {
      const run = await runMain(['-f', format, '--verbose', '.'], { cwd: repo });
      expect(run.stdout + run.stderr, format).not.toContain('SECRET-TOKEN');
      expect(run.code, format).toBe(1);
    }
    const json = JSON.parse((await runMain(['-f', 'json', 'leak.md'], { cwd: repo })).stdout);
    expect(json[0].messages).toMatchObject([{ severity: 1, message: 'File skipped: a symbolic link to outside the repository' }]);
  });

  it('a folder linked outside (even to /) is not walked', async () => {
    await symlink(outside, path.join(repo, 'docs'));
    await symlink('/', path.join(repo, 'root'));
    const run = await runMain(['-f', 'json', '.'], { cwd: repo });
    expect(JSON.parse(run.stdout).map((result: { filePath: string }) => path.basename(result.filePath))).toEqual(['brief.md']);
  });

  it('a config linked outside is refused without quoting it; a link to /dev/zero is not read forever', async () => {
    await symlink(path.join(outside, 'secret.yaml'), path.join(repo, '.brieflintrc.yaml'));
    const linked = await runMain(['brief.md'], { cwd: repo });
    expect(linked.code).toBe(2);
    expect(linked.stderr).not.toContain('SECRET-TOKEN');
    expect(linked.stderr).toContain('.brieflintrc.yaml leads outside the repository');
    await rm(path.join(repo, '.brieflintrc.yaml'));
    await writeFile(path.join(repo, '.brieflintrc.json'), JSON.stringify({ extends: ['../' + path.basename(outside) + '/secret.yaml'] }));
    const extended = await runMain(['brief.md'], { cwd: repo });
    expect(extended.code).toBe(2);
    expect(extended.stderr).not.toContain('SECRET-TOKEN');
    await writeFile(path.join(repo, '.brieflintrc.json'), JSON.stringify({ extends: '/dev/zero' }));
    const zero = await runMain(['brief.md'], { cwd: repo });
    expect(zero.code).toBe(2);
    await rm(path.join(repo, '.brieflintrc.json'));
    await symlink('/dev/zero', path.join(repo, '.brieflintrc.json'));
    expect((await runMain(['brief.md'], { cwd: repo })).code).toBe(2);
  });

  it('an ignore file linked to /dev/zero is read no further than a real one could be', async () => {
    await symlink('/dev/zero', path.join(repo, '.gitignore'));
    const run = await runMain(['-f', 'json', '.'], { cwd: repo });
    expect(run.code).toBe(1);
    expect(JSON.parse(run.stdout)).toHaveLength(1);
  });

  it('still reads links that stay inside the repository', async () => {
    await mkdir(path.join(repo, 'shared'));
    await writeFile(path.join(repo, 'shared/base.json'), JSON.stringify({ rules: { 'number-format': 'warn' } }));
    await symlink(path.join(repo, 'shared/base.json'), path.join(repo, '.brieflintrc.json'));
    await symlink(path.join(repo, 'brief.md'), path.join(repo, 'alias.md'));
    const run = await runMain(['-f', 'json', 'alias.md'], { cwd: repo });
    expect(JSON.parse(run.stdout)[0].messages[0]).toMatchObject({ ruleId: 'number-format', severity: 1 });
  });
});
