/**
 * Two ways to run the command. `runMain` calls main() from the sources in this process, with fake
 * streams (stdout a pipe, not a terminal): for what the command decides, which is most of it, at a
 * fraction of a process's start-up. `runCli` and `runShell` run the built CLI (bin/brieflint.js →
 * dist/bundle) as a child process, as users and CI run it: for what only a real process shows (the
 * bin entry, exit codes through it, pipes, FIFOs, worker threads). The test script builds before
 * vitest; when running those alone, run `npm run build` first.
 */
import { spawn } from 'node:child_process';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { main, type OutputStream } from '../../src/cli.js';

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

/** A stream that keeps what is written to it; not a terminal unless asked. */
export function collector(isTTY = false): OutputStream & { text: string } {
  const stream = {
    text: '',
    isTTY,
    write(chunk: string) {
      stream.text += chunk;
      return true;
    },
  };
  return stream;
}

/**
 * main() in this process, as `runCli` would run the command: the same arguments, working directory
 * (the repository by default), environment (without inherited colour settings) and standard input.
 */
export async function runMain(args: string[], options: RunOptions = {}): Promise<CliRun> {
  const stdout = collector();
  const stderr = collector();
  const code = await main(['node', 'brieflint', ...args], {
    stdout,
    stderr,
    stdin: Readable.from([options.input ?? '']),
    cwd: options.cwd ?? repoRoot,
    env: cleanEnv(options.env),
  });
  return { code, stdout: stdout.text, stderr: stderr.text };
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
