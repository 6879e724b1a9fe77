/**
 * The GitHub Action's step (action.yml runs it after installing brieflint): lint with the CLI's own
 * semantics, then report the ways a pull request shows them — workflow-command annotations, a SARIF
 * file for github/codeql-action/upload-sarif, a step summary that lists every finding (GitHub shows
 * only 10 annotations per step), and the step outputs `sarif-file`, `errors` and `warnings`.
 *
 * Inputs arrive as INPUT_* variables, as GitHub passes them to actions.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { main as cli, type CliIO } from './cli.js';
import type { LintResult } from './engine/types.js';
import { errorReason } from './engine/files.js';
import { UnsafeWriteError, writeFileSafely } from './engine/safe-write.js';
import { formatterNames, loadFormatter, type FormatterContext } from './report/index.js';
import { escapeData } from './report/github.js';
import { portablePath } from './report/paths.js';
import { countsByRule, sumTotals } from './report/summary.js';
import { builtinRules } from './rules/index.js';
import { packageVersion } from './package-files.js';

export type FailOn = 'error' | 'warning' | 'never';

export interface ActionInputs {
  paths: string[];
  config?: string;
  /** An extra formatter for the log ('' for none). */
  format: string;
  failOn: FailOn;
  sarifFile: string;
}

const FAIL_ON: readonly FailOn[] = ['error', 'warning', 'never'];

/** Inputs from the environment; a wrong value is an Error whose message names the input. */
export function readInputs(env: Record<string, string | undefined>): ActionInputs {
  const input = (name: string): string => (env[`INPUT_${name.toUpperCase()}`] ?? '').trim();
  const paths = input('paths').split(/\s+/u).filter((entry) => entry !== '');
  const failOn = input('fail-on') || 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new Error(`input fail-on must be one of ${FAIL_ON.join(', ')}, not "${failOn}"`);
  }
  const format = input('format');
  if (format !== '' && !formatterNames.includes(format)) {
    throw new Error(`input format must be one of ${formatterNames.join(', ')} (or empty), not "${format}"`);
  }
  const config = input('config');
  const sarifFile = input('sarif-file') || 'brieflint.sarif';
  // A line break in it would add a key of its own to $GITHUB_OUTPUT in older writers, and is no file name anyone means.
  if (/[\u0000-\u001F\u007F]/u.test(sarifFile)) throw new Error(`input sarif-file must be a file name without control characters, not ${JSON.stringify(sarifFile)}`);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    ...(config !== '' ? { config } : {}),
    format,
    failOn: failOn as FailOn,
    sarifFile,
  };
}

/**
 * Markdown table cells: pipes escaped, line breaks flattened, HTML neutralised, and link brackets
 * escaped (a file named "[x](https://…)" or "![](https://…)" must not become a link or an image).
 */
function cell(text: string): string {
  return text
    .replace(/[&<>]/g, (char) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[char] ?? char)
    .replace(/[|[\]`]/g, (char) => `\\${char}`)
    .replace(/\r\n|\r|\n/g, ' ');
}

/** The step summary: counts per rule, then every finding with its place. */
export function stepSummary(results: readonly LintResult[], cwd: string): string {
  const findings = results.flatMap((result) => result.messages.map((message) => ({ file: portablePath(result.filePath, cwd), message })));
  const { errors, warnings } = sumTotals(results);
  const lines = [`## brieflint`, '', `${results.length} file${results.length === 1 ? '' : 's'} checked: ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`, ''];
  if (findings.length === 0) return `${lines.join('\n')}\n`;
  lines.push('| Rule | Errors | Warnings |', '|---|---:|---:|');
  for (const [rule, counts] of countsByRule(results)) lines.push(`| ${cell(rule)} | ${counts.errors} | ${counts.warnings} |`);
  lines.push('', '| File | Line | Severity | Message | Rule |', '|---|---:|---|---|---|');
  for (const { file, message } of findings) {
    lines.push(`| ${cell(file)} | ${message.line}:${message.column} | ${message.severity === 2 ? 'error' : 'warning'} | ${cell(message.message)} | ${cell(message.ruleId ?? '')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * One entry of $GITHUB_OUTPUT in the runner's multi-line syntax (`name<<DELIMITER`, the value, the
 * delimiter), as GitHub's docs and @actions/core write it: whatever the value holds, it stays one value.
 */
export function outputEntry(name: string, value: string): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (value.includes(delimiter)) throw new Error(`the value of output ${name} holds its delimiter`);
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}

/** Whether the findings fail the step under `fail-on`. */
export function fails(results: readonly LintResult[], failOn: FailOn): boolean {
  const { errors, warnings } = sumTotals(results);
  if (failOn === 'never') return false;
  if (failOn === 'warning') return errors + warnings > 0;
  return errors > 0;
}

/** Runs the step; returns the exit code. */
export async function runAction(io: CliIO): Promise<number> {
  let inputs: ActionInputs;
  try {
    inputs = readInputs(io.env);
  } catch (error) {
    io.stdout.write(`::error::brieflint: ${escapeData((error as Error).message)}\n`);
    return 2;
  }
  const scratch = mkdtempSync(path.join(tmpdir(), 'brieflint-action-'));
  try {
    const jsonFile = path.join(scratch, 'results.json');
    const argv = ['node', 'brieflint', '--format', 'json', '--output-file', jsonFile, ...(inputs.config ? ['--config', inputs.config] : []), '--', ...inputs.paths];
    const code = await cli(argv, { ...io, stdout: io.stderr });
    let results: LintResult[];
    try {
      results = JSON.parse(readFileSync(jsonFile, 'utf8')) as LintResult[];
    } catch {
      // The CLI told why on stderr (a bad config, no files): the step fails, whatever fail-on says.
      io.stdout.write(`::error::brieflint could not lint ${escapeData(inputs.paths.join(' '))} (exit ${code}); see the log above\n`);
      return code === 0 ? 2 : code;
    }
    const context: FormatterContext = {
      cwd: io.cwd,
      color: false,
      verbose: false,
      rules: builtinRules.map((rule) => rule.meta),
      version: packageVersion(),
    };
    io.stdout.write((await loadFormatter('github'))(results, context));
    if (inputs.format !== '' && inputs.format !== 'github') io.stdout.write((await loadFormatter(inputs.format))(results, context));
    const workspace = io.env.GITHUB_WORKSPACE || io.cwd;
    try {
      // The pull request may have committed a link named like the SARIF file: see engine/safe-write.ts.
      await writeFileSafely(path.resolve(io.cwd, inputs.sarifFile), (await loadFormatter('sarif'))(results, context), { workspace, confined: true, createDirectories: true });
    } catch (error) {
      const reason = error instanceof UnsafeWriteError ? error.message : errorReason(error);
      io.stdout.write(`::error::brieflint: ${escapeData(`cannot write the SARIF file ${JSON.stringify(inputs.sarifFile)}: ${reason}`)}\n`);
      return 2;
    }
    const summaryFile = io.env.GITHUB_STEP_SUMMARY;
    if (summaryFile) appendFileSync(summaryFile, stepSummary(results, io.cwd));
    const outputFile = io.env.GITHUB_OUTPUT;
    if (outputFile) {
      const { errors, warnings } = sumTotals(results);
      appendFileSync(outputFile, `${outputEntry('sarif-file', inputs.sarifFile)}errors=${errors}\nwarnings=${warnings}\n`);
    }
    // A file that could not be read or parsed is no finding to weigh: the step fails.
    if (code === 2) return 2;
    return fails(results, inputs.failOn) ? 1 : 0;
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}
