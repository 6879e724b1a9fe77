/**
 * The hook installed and run by the real pre-commit framework (Debian's `pre-commit`; `.ci/run`
 * installs it when missing), exactly as a user's `.pre-commit-config.yaml` does: pre-commit clones
 * this repository at a commit, runs `npm install` and `npm pack` in the clone (taking pack's standard
 * output as the tarball's name), installs the tarball and runs the hook on the staged Markdown files.
 * The commit installed is a snapshot of this work tree (tests/helpers/snapshot.ts).
 */
import { spawnSync, type SpawnSyncOptions } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotRepository } from '../helpers/snapshot.js';

const available = spawnSync('pre-commit', ['--version'], { encoding: 'utf8' }).status === 0;
if (!available) console.warn('pre-commit is not installed (apt-get install pre-commit): the real pre-commit hook tests are skipped');

let scratch: string;
let env: NodeJS.ProcessEnv;

function run(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }) {
  const result = spawnSync(command, args, { encoding: 'utf8', env, ...options });
  return { status: result.status, output: `${result.stdout ?? ''}${result.stderr ?? ''}` };
}

function ok(command: string, args: string[], options: SpawnSyncOptions & { cwd: string }): string {
  const result = run(command, args, options);
  expect(result.status, `${command} ${args.join(' ')}\n${result.output}`).toBe(0);
  return result.output.trim();
}

const wrongBrief = '# Chips\n\nFour gigafactories hold 100,00000 chips each.\n';
const rightBrief = '# Chips\n\nFour gigafactories hold 100,000 chips each, 400,000 in all.\n';

describe.skipIf(!available)('the real pre-commit framework', () => {
  let project: string;
  const commit = (file: string, text: string) => {
    mkdirSync(path.dirname(path.join(project, file)), { recursive: true });
    writeFileSync(path.join(project, file), text);
    ok('git', ['add', file], { cwd: project });
    return run('git', ['commit', '-q', '-m', `add ${file}`], { cwd: project });
  };

  beforeAll(() => {
    scratch = mkdtempSync(path.join(tmpdir(), 'brieflint-pre-commit-'));
    env = {
      ...process.env,
      PRE_COMMIT_HOME: path.join(scratch, 'cache'),
      GIT_AUTHOR_NAME: 'Test',
      GIT_AUTHOR_EMAIL: 'test@example.org',
      GIT_COMMITTER_NAME: 'Test',
      GIT_COMMITTER_EMAIL: 'test@example.org',
      GIT_CONFIG_NOSYSTEM: '1',
    };
    const { repository, commit: rev } = snapshotRepository(scratch);
    project = path.join(scratch, 'project');
    ok('git', ['init', '-q', project], { cwd: scratch });
    writeFileSync(
      path.join(project, '.pre-commit-config.yaml'),
      `repos:\n  - repo: ${repository}\n    rev: ${rev}\n    hooks:\n      - id: brieflint\n`,
    );
    writeFileSync(path.join(project, '.brieflintignore'), 'drafts/\n');
    ok('git', ['add', '.pre-commit-config.yaml', '.brieflintignore'], { cwd: project });
    ok('git', ['commit', '-q', '-m', 'config'], { cwd: project });
    ok('pre-commit', ['install'], { cwd: project });
    // Clones the snapshot, npm install, npm pack, npm install -g of the tarball: the step that failed
    // when `npm pack` printed the build's banner before the tarball's name.
    ok('pre-commit', ['install-hooks'], { cwd: project });
  }, 600_000);
  afterAll(() => {
    if (scratch) rmSync(scratch, { recursive: true, force: true });
  }, 120_000);

  it('installs from a commit: the hook environment holds the built command', () => {
    const listing = run('find', [path.join(scratch, 'cache'), '-path', '*/node_modules/brieflint/dist/bundle/main.cjs'], { cwd: scratch });
    expect(listing.output.trim()).not.toBe('');
  });

  it('a commit with a wrong brief fails, naming the file, the place and the rule', () => {
    const result = commit('brief.md', wrongBrief);
    expect(result.status).not.toBe(0);
    expect(result.output).toMatch(/brieflint\.+Failed/);
    expect(result.output).toContain('brief.md');
    expect(result.output).toMatch(/3:\d+\s+error\s+"100,00000" is not a valid number/);
    expect(result.output).toContain('number-format');
  });

  it('a commit with a right brief passes', () => {
    const result = commit('brief.md', rightBrief);
    expect(result.output).toMatch(/brieflint\.+Passed/);
    expect(result.status).toBe(0);
  });

  it('a draft the project ignores (.brieflintignore) is skipped quietly, even when wrong', () => {
    const result = commit('drafts/draft.md', wrongBrief);
    expect(result.output).not.toContain('number-format');
    expect(result.output).not.toMatch(/ignored/i);
    expect(result.status).toBe(0);
  });

  it('a commit without Markdown does not run the hook', () => {
    const result = commit('notes.txt', 'We bought 100,00000 chips.\n');
    expect(result.output).toMatch(/brieflint\.+\(no files to check\)Skipped/);
    expect(result.status).toBe(0);
  });
});
