/**
 * The README's integration snippets, each exercised the way its tool runs it: the pre-commit hook and
 * the lint-staged command on the staged files of a scratch git repository, the workflow against
 * action.yml, and the remark-cli command as printed.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import picomatch from 'picomatch';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const readme = readFileSync(path.join(root, 'README.md'), 'utf8');
const bin = path.join(root, 'bin/brieflint.js');

function snippet(name: string): string {
  const match = new RegExp(`<!-- snippet: ${name} -->\\n\`\`\`[a-z]*\\n([\\s\\S]*?)\`\`\``).exec(readme);
  expect(match, `README has snippet ${name}`).not.toBeNull();
  return match![1]!;
}

/** Runs a command line whose program is `brieflint` with the built CLI, as an installed hook would. */
function runBrieflint(command: string, files: string[], cwd: string) {
  const [program, ...args] = command.trim().split(/\s+/);
  expect(program).toBe('brieflint');
  return spawnSync(process.execPath, [bin, ...args, ...files], { cwd, encoding: 'utf8' });
}

let repo: string;
const git = (...args: string[]) => spawnSync('git', args, { cwd: repo, encoding: 'utf8' });

beforeAll(() => {
  repo = mkdtempSync(path.join(tmpdir(), 'brieflint-hook-'));
  git('init', '-q');
  copyFileSync(path.join(root, 'fixtures/investai-brief.planted.md'), path.join(repo, 'brief.md'));
  copyFileSync(path.join(root, 'fixtures/clean-brief.md'), path.join(repo, 'clean.md'));
  writeFileSync(path.join(repo, 'notes.txt'), 'We bought 100,00000 chips.\n');
  mkdirSync(path.join(repo, 'drafts'));
  writeFileSync(path.join(repo, 'drafts/draft.md'), 'We bought 100,00000 chips.\n');
  writeFileSync(path.join(repo, '.brieflintignore'), 'drafts/\n');
  git('add', 'brief.md', 'clean.md', 'notes.txt', 'drafts/draft.md', '.brieflintignore');
  // In the work tree but not staged: a hook must not lint it.
  writeFileSync(path.join(repo, 'unstaged.md'), 'We bought 100,00000 chips.\n');
});
afterAll(() => rmSync(repo, { recursive: true, force: true }));

function staged(): string[] {
  return git('diff', '--cached', '--name-only', '--diff-filter=ACMR').stdout.split('\n').filter(Boolean).sort();
}

describe('pre-commit', () => {
  const hooks = parse(readFileSync(path.join(root, '.pre-commit-hooks.yaml'), 'utf8')) as Array<{ id: string; entry: string; language: string; types: string[] }>;

  it('the README config names a hook this repository defines, a node hook for Markdown', () => {
    const config = parse(snippet('pre-commit-config')) as { repos: Array<{ hooks: Array<{ id: string }> }> };
    const hook = hooks.find((entry) => entry.id === config.repos[0]!.hooks[0]!.id);
    expect(hook).toMatchObject({ language: 'node', types: ['markdown'] });
  });

  it('run on the staged Markdown files, as pre-commit passes them, lints exactly those', () => {
    const hook = hooks.find((entry) => entry.id === 'brieflint')!;
    // pre-commit's `types: [markdown]` (identify): .md and .markdown among the staged files.
    const files = staged().filter((file) => /\.(?:md|markdown)$/.test(file));
    expect(files).toEqual(['brief.md', 'clean.md', 'drafts/draft.md']);
    const run = runBrieflint(hook.entry, files, repo);
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('brief.md');
    expect(run.stdout).not.toContain('unstaged.md');
    expect(run.stdout).not.toContain('draft.md');
    expect(run.stdout).toContain('7 problems (5 errors, 2 warnings)');
    expect(run.stderr).toBe('');
  });
});

describe('lint-staged', () => {
  it('the README command fails the commit on the staged brief and passes the clean one', () => {
    const config = JSON.parse(snippet('lint-staged')) as { 'lint-staged': Record<string, string> };
    const [glob, command] = Object.entries(config['lint-staged'])[0]!;
    // lint-staged matches a glob without a slash against base names and passes absolute paths.
    const matches = picomatch(glob, { basename: true });
    const files = staged().filter((file) => matches(file)).map((file) => path.join(repo, file));
    expect(files.map((file) => path.basename(file))).toEqual(['brief.md', 'clean.md', 'draft.md']);
    expect(runBrieflint(command, files, repo).status).toBe(1);
    expect(runBrieflint(command, [path.join(repo, 'clean.md'), path.join(repo, 'drafts/draft.md')], repo).status).toBe(0);
  });
});

describe('GitHub workflow', () => {
  it('uses the action with inputs it has, and uploads the SARIF file it outputs', () => {
    const workflow = parse(snippet('workflow')) as { jobs: Record<string, { steps: Array<{ uses?: string; id?: string; with?: Record<string, string> }> }> };
    const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown>; outputs: Record<string, unknown> };
    const steps = Object.values(workflow.jobs)[0]!.steps;
    const lint = steps.find((step) => step.uses?.startsWith('brieflint/brieflint@'))!;
    for (const input of Object.keys(lint.with ?? {})) expect(Object.keys(action.inputs)).toContain(input);
    const upload = steps.find((step) => step.uses?.startsWith('github/codeql-action/upload-sarif@'))!;
    const reference = /^\$\{\{ steps\.([\w-]+)\.outputs\.([\w-]+) \}\}$/.exec(upload.with?.sarif_file ?? '');
    expect(reference?.[1]).toBe(lint.id);
    expect(Object.keys(action.outputs)).toContain(reference?.[2]);
  });
});

describe('sharded GitHub workflow', () => {
  type Step = { uses?: string; run?: string; env?: Record<string, string | number>; with?: Record<string, string> };
  const workflow = parse(snippet('sharded-workflow')) as { jobs: Record<string, { strategy: { matrix: { shard: number[] } }; steps: Step[] }> };
  const job = Object.values(workflow.jobs)[0]!;
  const lint = job.steps.find((step) => step.run?.includes('brieflint'))!;

  it('names as many slices as the matrix has jobs, and caches what --cache writes', () => {
    expect(Number(lint.env!.SHARDS)).toBe(job.strategy.matrix.shard.length);
    expect(job.strategy.matrix.shard).toEqual([...job.strategy.matrix.shard.keys()]);
    const cache = job.steps.find((step) => step.uses?.startsWith('actions/cache@'))!;
    expect(cache.with!.path).toContain('.brieflintcache');
    expect(lint.run).toContain('--cache');
  });

  it('its script, run as written in each job, lints every brief in exactly one job', () => {
    // `npx brieflint` is this build's CLI: a shim on PATH records the files each job was given.
    const shims = mkdtempSync(path.join(tmpdir(), 'brieflint-shard-'));
    try {
      const log = path.join(shims, 'args.log');
      writeFileSync(path.join(shims, 'npx'), `#!/bin/sh\nshift\nprintf '%s\\n' "$@" >> "$ARGS_LOG"\nprintf -- '--\\n' >> "$ARGS_LOG"\nexec "${process.execPath}" "${bin}" "$@"\n`, { mode: 0o755 });
      // A file named like an option is a brief to lint, not a flag (it would print the version and pass the gate).
      writeFileSync(path.join(repo, '-v.md'), 'We bought 100,00000 chips.\n');
      git('add', '--', '-v.md');
      const shards = [2, 3].map((count) => [...Array(count).keys()].map((shard) => {
        writeFileSync(log, '');
        const run = spawnSync('bash', ['-e', '-o', 'pipefail', '-c', lint.run!], {
          cwd: repo, encoding: 'utf8',
          env: { ...process.env, PATH: `${shims}:${process.env.PATH}`, ARGS_LOG: log, SHARD: String(shard), SHARDS: String(count), XDG_CACHE_HOME: shims },
        });
        const files = readFileSync(log, 'utf8').split('\n').filter((line) => /\.(?:md|markdown)$/.test(line));
        return { status: run.status, stdout: run.stdout, files };
      }));
      for (const jobs of shards) {
        const linted = jobs.flatMap((job) => job.files).sort();
        expect(linted).toEqual(['-v.md', 'brief.md', 'clean.md', 'drafts/draft.md']);
        for (const job of jobs) {
          // A job fails exactly when its slice holds a brief with errors, and annotates it.
          for (const file of ['brief.md', '-v.md']) if (job.files.includes(file)) expect(job.stdout).toContain(`::error file=${file},line=`);
          expect(job.status !== 0).toBe(job.files.includes('brief.md') || job.files.includes('-v.md'));
        }
      }
    } finally {
      rmSync(shims, { recursive: true, force: true });
      rmSync(path.join(repo, '.brieflintcache'), { force: true });
      git('rm', '-q', '-f', '--', '-v.md');
    }
  }, 300_000); // five cold runs of the CLI: only a hang should fail this on a busy machine
});

describe('remark-cli', () => {
  it('runs as printed and fails on the example brief\'s error', () => {
    const [npx, program, ...args] = snippet('remark-cli').trim().split(/\s+/);
    expect([npx, program]).toEqual(['npx', 'remark']);
    const run = spawnSync(path.join(root, 'node_modules/.bin/remark'), [...args, '--no-color'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/22:1-22:10\s+error\s+"100,00000" is not a valid number.*number-format\s+brieflint/);
  });
});
