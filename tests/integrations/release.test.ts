/**
 * A release as a workflow gets it: scripts/release.mjs tags a commit carrying the built bundles, and
 * action.yml's steps, run as the runner runs a composite action (each `run` through
 * `bash --noprofile --norc -eo pipefail`, `${{ … }}` expanded, in its working directory), lint a
 * workspace from that tag's files alone: no node_modules, and `npm` is never called.
 */
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync, copyFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { snapshotRepository } from '../helpers/snapshot.js';

const root = path.resolve(import.meta.dirname, '../..');
const version = (JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { version: string }).version;

interface Step {
  name: string;
  id?: string;
  shell: string;
  run: string;
  'working-directory'?: string;
  env?: Record<string, string>;
}

let scratch: string;
let clone: string;
let release: { status: number | null; stdout: string; stderr: string };

function git(args: string[], cwd: string) {
  return spawnSync('git', args, { cwd, encoding: 'utf8' });
}

/** Runs action.yml's steps from `actionPath` in `workspace` as GitHub's runner does. */
function runAction(actionPath: string, workspace: string, inputs: Record<string, string>, pathPrefix: string) {
  const action = parse(readFileSync(path.join(actionPath, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    runs: { using: string; steps: Step[] };
  };
  const runnerFiles = mkdtempSync(path.join(scratch, 'runner-'));
  const output = path.join(runnerFiles, 'output');
  const summary = path.join(runnerFiles, 'summary');
  writeFileSync(output, '');
  writeFileSync(summary, '');
  const values: Record<string, string> = {};
  for (const [name, spec] of Object.entries(action.inputs)) values[name] = inputs[name] ?? spec.default ?? '';
  const expand = (text: string) =>
    text.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_match, expression: string) => {
      if (expression === 'github.action_path') return actionPath;
      const input = /^inputs\.(.+)$/.exec(expression);
      if (input) return values[input[1]!] ?? '';
      throw new Error(`unexpected expression ${expression}`);
    });
  const logs: string[] = [];
  for (const step of action.runs.steps) {
    expect(step.shell).toBe('bash');
    const env: NodeJS.ProcessEnv = {
      PATH: `${pathPrefix}${path.delimiter}${process.env.PATH}`,
      HOME: process.env.HOME,
      CI: 'true',
      GITHUB_ACTIONS: 'true',
      GITHUB_WORKSPACE: workspace,
      GITHUB_ACTION_PATH: actionPath,
      GITHUB_OUTPUT: output,
      GITHUB_STEP_SUMMARY: summary,
    };
    for (const [name, value] of Object.entries(step.env ?? {})) env[name] = expand(value);
    const cwd = step['working-directory'] ? expand(step['working-directory']) : workspace;
    const result = spawnSync('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', expand(step.run)], { cwd, env, encoding: 'utf8' });
    logs.push(`${result.stdout}${result.stderr}`);
    if (result.status !== 0) return { status: result.status, step: step.name, log: logs.join(''), output: readFileSync(output, 'utf8') };
  }
  return { status: 0, step: undefined, log: logs.join(''), output: readFileSync(output, 'utf8') };
}

/** $GITHUB_OUTPUT as the runner reads it: `name=value` lines and `name<<DELIMITER` … `DELIMITER` blocks. */
function outputs(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  const lines = text.split('\n');
  for (let index = 0; index < lines.length; index++) {
    const heredoc = /^([^=<]+)<<(.+)$/.exec(lines[index]!);
    if (heredoc) {
      const end = lines.indexOf(heredoc[2]!, index + 1);
      values[heredoc[1]!] = lines.slice(index + 1, end).join('\n');
      index = end;
    } else if (lines[index]!.includes('=')) {
      const [name, ...value] = lines[index]!.split('=');
      values[name!] = value.join('=');
    }
  }
  return values;
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'brieflint-release-test-'));
  const { repository } = snapshotRepository(scratch);
  clone = path.join(scratch, 'clone');
  expect(git(['clone', '-q', repository, clone], scratch).status).toBe(0);
  // The build's tools, from this checkout (the release builds from the clone's committed sources).
  symlinkSync(path.join(root, 'node_modules'), path.join(clone, 'node_modules'));
  for (const [key, value] of [['user.name', 'Test'], ['user.email', 'test@example.org']]) git(['config', key, value!], clone);
  const result = spawnSync(process.execPath, ['scripts/release.mjs', version], { cwd: clone, encoding: 'utf8' });
  release = { status: result.status, stdout: result.stdout, stderr: result.stderr };
}, 300_000);
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}, 120_000);

describe('scripts/release.mjs', () => {
  it(`tags v${version} on a commit that carries the bundles; the branch carries no build output`, () => {
    expect(release.stderr).toBe('');
    expect(release.status).toBe(0);
    const tagged = git(['ls-tree', '-r', '--name-only', `v${version}`], clone).stdout.split('\n');
    for (const file of ['dist/bundle/action.cjs', 'dist/bundle/main.cjs', 'dist/bundle/worker.cjs', 'action.yml', 'bin/brieflint-action.js']) expect(tagged).toContain(file);
    expect(git(['ls-tree', '-r', '--name-only', 'main', 'dist'], clone).stdout).toBe('');
    expect(git(['rev-parse', `v${version}^{commit}^`], clone).stdout).toBe(git(['rev-parse', 'main'], clone).stdout);
  });

  it('refuses a version other than package.json says, and a tag that exists', () => {
    const other = spawnSync(process.execPath, ['scripts/release.mjs', '9.9.9'], { cwd: clone, encoding: 'utf8' });
    expect(other.status).toBe(2);
    expect(other.stderr).toMatch(/^release: package\.json says version .*, not 9\.9\.9\n$/);
    const again = spawnSync(process.execPath, ['scripts/release.mjs', version], { cwd: clone, encoding: 'utf8' });
    expect(again.status).toBe(2);
    expect(again.stderr).toBe(`release: tag v${version} exists already\n`);
  });
});

describe('action.yml at the release tag', () => {
  let actionPath: string;
  let fakeBin: string;
  const npmCalls = () => (existsSync(path.join(fakeBin, 'npm-called')) ? readFileSync(path.join(fakeBin, 'npm-called'), 'utf8') : '');

  beforeAll(() => {
    // The runner downloads the action's repository at the tag: its files alone, no node_modules.
    actionPath = path.join(scratch, 'action');
    mkdirSync(actionPath);
    const archive = spawnSync('git', ['archive', '--format=tar', `v${version}`], { cwd: clone, maxBuffer: 64 * 1024 * 1024 });
    expect(archive.status).toBe(0);
    expect(spawnSync('tar', ['-x', '-C', actionPath], { input: archive.stdout }).status).toBe(0);
    fakeBin = path.join(scratch, 'fake-bin');
    mkdirSync(fakeBin);
    writeFileSync(path.join(fakeBin, 'npm'), `#!/bin/sh\necho "$@" >> "${path.join(fakeBin, 'npm-called')}"\nexit 1\n`);
    chmodSync(path.join(fakeBin, 'npm'), 0o755);
  });

  it('installs nothing and lints: annotations, the SARIF file in a folder it creates, the outputs', () => {
    const workspace = mkdtempSync(path.join(scratch, 'workspace-'));
    copyFileSync(path.join(root, 'fixtures/investai-brief.md'), path.join(workspace, 'brief.md'));
    const run = runAction(actionPath, workspace, { 'sarif-file': 'reports/lint/brieflint.sarif' }, fakeBin);
    expect(npmCalls()).toBe('');
    expect(run.log).toContain('is prebuilt: nothing to install');
    expect(run.log).toMatch(/::error file=brief\.md,line=22,/);
    expect(run.status).toBe(1);
    expect(run.step).toBe('Lint');
    expect(JSON.parse(readFileSync(path.join(workspace, 'reports/lint/brieflint.sarif'), 'utf8')).version).toBe('2.1.0');
    expect(outputs(run.output)).toMatchObject({ 'sarif-file': 'reports/lint/brieflint.sarif', errors: '2' });
  });

  it('a SARIF path it cannot write is one error line, never a stack trace', () => {
    const workspace = mkdtempSync(path.join(scratch, 'workspace-'));
    writeFileSync(path.join(workspace, 'brief.md'), '# Fine\n\nThe fund holds € 50 bn.\n');
    writeFileSync(path.join(workspace, 'reports'), 'a file where the folder should be\n');
    const run = runAction(actionPath, workspace, { 'sarif-file': 'reports/brieflint.sarif' }, fakeBin);
    expect(run.status).toBe(2);
    expect(run.log).toMatch(/^::error::brieflint: cannot write the SARIF file "reports\/brieflint\.sarif": /m);
    expect(run.log).not.toMatch(/^\s+at /m);
  });
});
