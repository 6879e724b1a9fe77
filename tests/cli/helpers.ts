/**
 * Runs the built CLI (bin/brieflint.js → dist/) as a child process, as users and CI run it.
 * The test script builds before vitest; when running these alone, run `npx tsc -p .` first.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const binPath = path.join(repoRoot, 'bin', 'brieflint.js');

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd?: string;
  input?: string;
  env?: Record<string, string | undefined>;
}

/** The environment without colour settings inherited from the machine running the tests. */
function cleanEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env.FORCE_COLOR;
  delete env.NO_COLOR;
  for (const [key, value] of Object.entries(extra)) {
    if (value === undefined) delete env[key];
    else env[key] = value;
  }
  return env;
}

export function runCli(args: string[], options: RunOptions = {}): Promise<CliRun> {
  return runProcess(process.execPath, [binPath, ...args], options);
}

/** Runs a bash command line (for pipes), in which the command `brieflint` runs the built CLI. */
export function runShell(command: string, options: RunOptions = {}): Promise<CliRun> {
  const define = 'brieflint() { "$BRIEFLINT_NODE" "$BRIEFLINT_BIN" "$@"; }';
  return runProcess('bash', ['-c', `${define}\n${command}`], {
    ...options,
    env: { BRIEFLINT_NODE: process.execPath, BRIEFLINT_BIN: binPath, ...options.env },
  });
}

function runProcess(command: string, args: string[], options: RunOptions): Promise<CliRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { cwd: options.cwd ?? repoRoot, env: cleanEnv(options.env) });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
    child.stdin.end(options.input ?? '');
  });
}

/** A brief with one malformed figure (number-format, an error by default) on line 3. */
export const BROKEN_BRIEF = '# Chips\n\nThe gigafactories get 100,00000 chips each.\n';
export const CLEAN_BRIEF = '# Chips\n\nThe gigafactories get 100,000 chips each.\n';

/** The parts of the JSON formatter's output the CLI tests look at. */
export interface JsonResult {
  filePath: string;
  errorCount: number;
  warningCount: number;
  messages: Array<{ ruleId: string | null; severity: number; message: string; line: number }>;
}

export const parseJsonReport = (stdout: string) => JSON.parse(stdout) as JsonResult[];
