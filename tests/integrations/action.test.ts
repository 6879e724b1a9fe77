/**
 * The GitHub Action's step with INPUT_* variables and a fake GITHUB_* environment (summary and
 * output files) in a scratch workspace: once as the runner runs it (the built script in its own
 * process), then through runAction in this process for what the step decides.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { parse } from 'yaml';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runAction } from '../../src/action.js';
import { collector } from '../cli/helpers.js';
import { loadValidator } from '../report/sarif-validator.js';
import { parseOutputFile, runnerCommands } from '../helpers/runner-log.js';

const root = path.resolve(import.meta.dirname, '../..');
const script = path.join(root, 'bin/brieflint-action.js');
let workspace: string;
/** The runner's own files (summary, outputs) live outside the workspace, as on GitHub. */
let runnerTemp: string;

beforeEach(() => {
  workspace = mkdtempSync(path.join(tmpdir(), 'brieflint-action-test-'));
  runnerTemp = mkdtempSync(path.join(tmpdir(), 'brieflint-runner-'));
  copyFileSync(path.join(root, 'fixtures/investai-brief.planted.md'), path.join(workspace, 'brief.md'));
});
afterEach(() => {
  rmSync(workspace, { recursive: true, force: true });
  rmSync(runnerTemp, { recursive: true, force: true });
});

/** The runner's environment for one step, with empty summary and output files. */
function stepEnvironment(inputs: Record<string, string>) {
  const summary = path.join(runnerTemp, 'step_summary.md');
  const output = path.join(runnerTemp, 'output.txt');
  writeFileSync(summary, '');
  writeFileSync(output, '');
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: workspace,
    GITHUB_STEP_SUMMARY: summary,
    GITHUB_OUTPUT: output,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const files = () => ({ summary: readFileSync(summary, 'utf8'), output: readFileSync(output, 'utf8') });
  return { env, files };
}

/** The step as the runner runs it: the built script in its own process. */
function runStep(inputs: Record<string, string>) {
  const { env, files } = stepEnvironment(inputs);
  const run = spawnSync(process.execPath, [script], { cwd: workspace, env, encoding: 'utf8' });
  return { ...run, ...files() };
}

/** The same step through runAction in this process, for the cases about what the step decides. */
async function runStepHere(inputs: Record<string, string>) {
  const { env, files } = stepEnvironment(inputs);
  const stdout = collector();
  const stderr = collector();
  const status = await runAction({ stdout, stderr, stdin: Readable.from(['']), cwd: workspace, env });
  return { status, stdout: stdout.text, stderr: stderr.text, ...files() };
}

describe('action.yml', () => {
  const action = parse(readFileSync(path.join(root, 'action.yml'), 'utf8')) as {
    inputs: Record<string, { default?: string }>;
    outputs: Record<string, unknown>;
    runs: { using: string; steps: Array<{ env?: Record<string, string>; run: string }> };
  };

  it('is a composite action whose step receives every input', () => {
    expect(action.runs.using).toBe('composite');
    expect(Object.keys(action.inputs).sort()).toEqual(['config', 'fail-on', 'format', 'paths', 'sarif-file']);
    const env = action.runs.steps.at(-1)?.env ?? {};
    for (const name of Object.keys(action.inputs)) expect(env[`INPUT_${name.toUpperCase()}`]).toBe(`\${{ inputs.${name} }}`);
    expect(action.runs.steps.at(-1)?.run).toContain('bin/brieflint-action.js');
    expect(Object.keys(action.outputs).sort()).toEqual(['errors', 'sarif-file', 'warnings']);
  });
});

describe('the action step', () => {
  it('annotates, writes a valid SARIF file, a summary with every finding, and the outputs; fails on errors', () => {
    const run = runStep({ paths: '.', format: '', 'fail-on': 'error', 'sarif-file': 'brieflint.sarif' });
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('::error file=brief.md,line=33,col=37,endLine=33,endColumn=45,title=table-total::Total says € 210 bn');
    expect(run.stdout.match(/^::error /gm)).toHaveLength(5);
    const validate = loadValidator();
    const log = JSON.parse(readFileSync(path.join(workspace, 'brieflint.sarif'), 'utf8'));
    expect(validate(log), JSON.stringify(validate.errors)).toBe(true);
    expect(log.runs[0].results).toHaveLength(7);
    expect(run.summary).toContain('1 file checked: 5 errors, 2 warnings.');
    expect(run.summary).toContain('| table-total | 1 | 0 |');
    expect(run.summary).toContain('| brief.md | 45:22 | error | Part larger than its whole');
    expect(parseOutputFile(run.output)).toEqual({ 'sarif-file': 'brieflint.sarif', errors: '5', warnings: '2' });
    // The file path in the runner's multi-line syntax, with a delimiter no value can guess.
    expect(run.output).toMatch(/^sarif-file<<ghadelimiter_[0-9a-f-]{36}\nbrieflint\.sarif\nghadelimiter_[0-9a-f-]{36}\nerrors=5\n/);
  });

  it('lists every finding in the summary, beyond the 10 annotations GitHub shows', async () => {
    const lines = Array.from({ length: 12 }, (_, index) => `Item ${index + 1}: we bought 100,00000 chips.`);
    writeFileSync(path.join(workspace, 'many.md'), `${lines.join('\n\n')}\n`);
    const run = await runStepHere({ paths: 'many.md', format: '' });
    expect(run.summary.match(/^\| many\.md \|/gm)).toHaveLength(12);
  });

  it('fail-on never passes with errors; fail-on warning fails on a warning', async () => {
    expect((await runStepHere({ paths: '.', 'fail-on': 'never' })).status).toBe(0);
    writeFileSync(path.join(workspace, '.brieflintrc.json'), JSON.stringify({ rules: { 'number-format': 'warn', 'table-total': 'off', 'sum-mismatch': 'off', 'part-exceeds-whole': 'off', 'number-style': 'off', 'product-mismatch': 'off' } }));
    expect((await runStepHere({ paths: 'brief.md', 'fail-on': 'error' })).status).toBe(0);
    const warned = await runStepHere({ paths: 'brief.md', 'fail-on': 'warning' });
    expect(warned.status).toBe(1);
    expect(warned.stdout).toContain('::warning file=brief.md,line=23');
  });

  it('prints the chosen format to the log too', async () => {
    const run = await runStepHere({ paths: 'brief.md', format: 'stylish' });
    expect(run.stdout).toMatch(/33:37\s+error\s+Total says € 210 bn/);
  });

  it('fails with a clear error on a wrong input or a broken config, whatever fail-on says', async () => {
    const wrong = await runStepHere({ paths: '.', 'fail-on': 'sometimes' });
    expect(wrong.status).toBe(2);
    expect(wrong.stdout).toContain('::error::brieflint: input fail-on must be one of error, warning, never, not "sometimes"');
    writeFileSync(path.join(workspace, 'broken.json'), '{ "rules": ');
    const broken = await runStepHere({ paths: '.', config: 'broken.json', 'fail-on': 'never' });
    expect(broken.status).toBe(2);
    expect(broken.stderr).toContain('broken.json');
  });

  it('never writes the SARIF file through a link or outside the workspace', async () => {
    const outside = path.join(runnerTemp, 'precious.txt');
    writeFileSync(outside, 'keep me\n');
    symlinkSync(outside, path.join(workspace, 'brieflint.sarif'));
    const linked = await runStepHere({ paths: 'brief.md' });
    expect(linked.status).toBe(2);
    expect(linked.stdout).toContain('::error::brieflint: cannot write the SARIF file "brieflint.sarif": is a symbolic link');
    expect(readFileSync(outside, 'utf8')).toBe('keep me\n');
    symlinkSync(runnerTemp, path.join(workspace, 'out'));
    for (const sarifFile of ['../escaped.sarif', 'out/escaped.sarif', path.join(runnerTemp, 'escaped.sarif')]) {
      const run = await runStepHere({ paths: 'brief.md', 'sarif-file': sarifFile });
      expect(run.status, sarifFile).toBe(2);
      expect(run.stdout).toMatch(sarifFile.startsWith('out/') ? /the folder "out" on its path is a symbolic link/ : /the path leads outside the workspace/);
    }
    expect(() => readFileSync(path.join(runnerTemp, 'escaped.sarif'))).toThrow();
    mkdirSync(path.join(workspace, 'reports'));
    const inside = await runStepHere({ paths: 'brief.md', 'sarif-file': 'reports/new/brieflint.sarif' });
    expect(inside.status).toBe(1);
    expect(JSON.parse(readFileSync(path.join(workspace, 'reports/new/brieflint.sarif'), 'utf8')).version).toBe('2.1.0');
  });

  it('refuses a sarif-file input that would forge another output', async () => {
    const run = await runStepHere({ paths: 'brief.md', 'sarif-file': 'x.sarif\nerrors=0' });
    expect(run.status).toBe(2);
    expect(run.stdout).toContain('::error::brieflint: input sarif-file must be a file name without control characters');
    expect(parseOutputFile(run.output)).toEqual({});
  });

  it('runs no command a hostile file name or brief holds, in any format it prints', async () => {
    writeFileSync(path.join(workspace, 'a\n::warning file=x.md,line=1::INJECTED\n##[add-mask]y.md'), '::error::INJECTED\n\nWe bought 100,00000 chips.\n');
    for (const format of ['stylish', 'json', 'sarif', 'github', 'html']) {
      // The runner's own process once (the default format); the others in this process.
      const run = format === 'stylish' ? runStep({ paths: '.', format }) : await runStepHere({ paths: '.', format });
      const commands = runnerCommands(run.stdout + run.stderr);
      // Only the step's own annotations: 7 for brief.md, 1 for the hostile file.
      expect(commands.length, format).toBe(8);
      expect(commands.every((line) => /^::(error|warning) file=/.test(line)), format).toBe(true);
      expect(parseOutputFile(run.output)['sarif-file']).toBe('brieflint.sarif');
    }
  });
});
