/**
 * The command line: commander wiring only. It calls the engine and a formatter and returns the exit
 * code (0 clean, 1 errors or too many warnings, 2 usage / config / I/O / internal failure); it never
 * calls process.exit, so output to a pipe is never cut short.
 *
 * Start-up matters (editors run this on every save, hooks on every commit): everything but commander
 * is imported only when a run needs it.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageVersion } from './package-files.js';
import { Command, CommanderError, InvalidArgumentError, Option } from 'commander';
import type { ResolvedConfig } from './engine/config.js';
import type { LintFilesOptions } from './engine/lint.js';
import type { LintResult, Rule, SeverityLevel } from './engine/types.js';
import type { FileError } from './engine/files.js';
import type { Formatter } from './report/index.js';
import { guardedStream } from './report/log-safe.js';

export interface OutputStream {
  write(text: string): boolean;
  isTTY?: boolean;
  on?(event: 'error', listener: (error: Error & { code?: string }) => void): unknown;
}

/** Where the CLI reads and writes; tests pass their own, the binary passes the process's. */
export interface CliIO {
  stdout: OutputStream;
  stderr: OutputStream;
  stdin: AsyncIterable<string | Uint8Array>;
  cwd: string;
  env: Record<string, string | undefined>;
}

interface CliOptions {
  stdin?: boolean;
  stdinFilename?: string;
  format: string;
  outputFile?: string;
  quiet?: boolean;
  maxWarnings?: number;
  config?: string | false;
  rule?: string[];
  locale?: 'auto' | 'en' | 'nl' | 'de' | 'fr';
  messageLocale?: 'auto' | 'en' | 'nl' | 'de' | 'fr';
  printConfig?: string;
  color?: boolean;
  debug?: boolean;
  verbose?: boolean;
  reportUnusedDirectives?: true;
  reportUnusedDirectivesSeverity?: string;
  warnIgnored: boolean;
  maxFileSize?: string;
  errorOnUnmatchedPattern: boolean;
  init?: boolean;
  concurrency?: number | 'auto' | 'off';
  cache?: boolean;
  cacheLocation?: string;
  fix?: boolean;
  fixDryRun?: boolean;
  fixType?: string[];
  stats?: boolean;
}

const EXIT_OK = 0;
const EXIT_PROBLEMS = 1;
const EXIT_FAILURE = 2;

/** A failure that ends the run with exit code 2 and one line on stderr. */
class CliFailure extends Error {}

function readVersion(): string {
  return packageVersion();
}

function parseConcurrency(value: string): number | 'auto' | 'off' {
  const trimmed = value.trim();
  if (trimmed === 'auto' || trimmed === 'off') return trimmed;
  if (!/^\d+$/.test(trimmed) || Number(trimmed) < 1) throw new InvalidArgumentError('expected a number of threads (1 or more), "auto" or "off"');
  return Number(trimmed);
}

function parseMaxWarnings(value: string): number {
  if (!/^-?\d+$/.test(value.trim()) || Number(value) < -1) {
    throw new InvalidArgumentError('expected a whole number (-1 for no limit).');
  }
  return Number(value);
}

function collect(value: string, previous: string[] | undefined): string[] {
  return [...(previous ?? []), value];
}

/**
 * As ESLint 9: `--report-unused-directives` is a plain switch (errors) and the severity has its own
 * option. An optional value on the switch itself would swallow the path after it
 * (`--report-unused-directives brief.md`).
 */
function unusedDirectiveSeverity(options: CliOptions): false | SeverityLevel {
  const value = options.reportUnusedDirectivesSeverity;
  if (options.reportUnusedDirectives && value !== undefined) {
    throw new CliFailure('--report-unused-directives and --report-unused-directives-severity cannot be used together');
  }
  if (options.reportUnusedDirectives) return 2;
  if (value === undefined || value === 'off' || value === '0') return false;
  if (value === 'error' || value === '2') return 2;
  if (value === 'warn' || value === '1') return 1;
  throw new CliFailure(`--report-unused-directives-severity: expected "off" | "warn" | "error", got "${value}"`);
}

/** Colour: --color / --no-color, then FORCE_COLOR, then NO_COLOR, then whether stdout is a terminal. */
export function shouldColor(flag: boolean | undefined, io: Pick<CliIO, 'env' | 'stdout'>, toFile: boolean): boolean {
  if (flag !== undefined) return flag;
  if (toFile) return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return force !== '0' && force !== 'false';
  if (io.env.NO_COLOR) return false;
  return io.stdout.isTTY === true;
}

/** The rule list for --help, from the rules' metadata. */
function rulesHelp(rules: readonly Rule[]): string {
  const width = Math.max(...rules.map((rule) => rule.meta.id.length), 4);
  const lines = rules.map(
    (rule) => `  ${rule.meta.id.padEnd(width)}  ${rule.meta.defaultSeverity.padEnd(5)}  ${rule.meta.description}`,
  );
  // Exit codes are what CI scripts and hooks branch on; README has the same table.
  const exitCodes = '\nExit codes: 0 no errors (warnings within --max-warnings), 1 errors or too many warnings,\n  2 usage, configuration, I/O or internal failure.\n';
  return `\nRules (id, default severity, description):\n${lines.join('\n')}\n${exitCodes}`;
}

function buildProgram(io: CliIO, version: () => string, rulesForHelp: () => readonly Rule[]): Command {
  const program = new Command('brieflint');
  program
    .description('Check the numbers in Markdown policy briefs: malformed figures, sums, contradictions, dates.')
    .argument('[paths...]', 'files, directories (searched for *.md, *.markdown) and globs; "-" reads standard input')
    .option('--stdin', 'lint the text on standard input')
    .option('--stdin-filename <name>', 'the file name standard input stands for (config, overrides, ignores)')
    .option('-f, --format <name>', 'output format: stylish, json, sarif, github, html', 'stylish')
    .option('-o, --output-file <path>', 'write the report to a file (directories are created)')
    .option('--quiet', 'report errors only, not warnings')
    .option('--max-warnings <n>', 'exit 1 when there are more warnings than this', parseMaxWarnings)
    .option('-c, --config <file>', 'use this config file instead of looking for one')
    .option('--no-config', 'use no config file at all')
    .option('--rule <rule>', 'set a rule, e.g. "number-format: warn" (repeatable)', collect)
    .option('--fix', 'fix what can be fixed without asking, and write the files')
    .option('--fix-dry-run', 'fix without writing: print a unified diff (the fixed text for standard input; "output" in JSON)')
    .option('--fix-type <type>', 'only fixes of rules of this type: problem, style (repeatable, or comma-separated)', collect)
    .addOption(new Option('--locale <locale>', 'how to read figures').choices(['auto', 'en', 'nl', 'de', 'fr']))
    .addOption(new Option('--message-locale <locale>', "the language of messages (auto: the brief's)").choices(['auto', 'en', 'nl', 'de', 'fr']))
    .option('--print-config <file>', 'print the config that applies to a file, as JSON')
    .option('--color', 'force coloured output')
    .option('--no-color', 'no colours (also NO_COLOR, or when stdout is not a terminal)')
    .option('--report-unused-directives', 'report brieflint-disable comments that silence nothing, as errors')
    .option('--report-unused-directives-severity <level>', 'the same, at this severity: off, warn, error')
    .option('--no-error-on-unmatched-pattern', 'no error for a path or glob that matches no file (exit 0 when nothing is left)')
    .option('--max-file-size <size>', 'refuse larger files (an error, exit 2): bytes, or e.g. 10MB, 512KB (default 10MB)')
    .option('--no-warn-ignored', 'no warning for a file named on the command line that an ignore file skips (for hooks)')
    .option('--cache', 'only lint files whose text or config changed since the last run (kept in .brieflintcache)')
    .option('--cache-location <path>', 'the cache file or directory (default: .brieflintcache)')
    .option('--concurrency <n>', 'worker threads for many files: a number, auto (default: one per core beyond the first, up to 4) or off', parseConcurrency)
    .option('--lsp', 'run as a language server over stdio, for editors (see README: "In the editor")')
    .option('--init', 'write a starter .brieflintrc.json in this directory (asks for the language on a terminal)')
    .option('--stats', 'add each file\'s times (parse, brief, semantics, each rule, fix) to the results, as ESLint\'s --stats (JSON shows them)')
    .option('--verbose', 'show the source of each problem')
    .option('--debug', 'print stack traces of internal errors')
    .version(version(), '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show this help and the list of rules')
    .addHelpText('after', () => rulesHelp(rulesForHelp()))
    .exitOverride()
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
    });
  return program;
}

/** --quiet, as ESLint's getErrorResults: warnings leave both the messages and the suppressed messages. */
/** ESLint's getErrorResults: errors only, and files left without errors are left out. */
function onlyErrors(results: LintResult[], build: LintModule['buildResult']): LintResult[] {
  return results
    .filter((result) => result.messages.some((message) => message.severity === 2))
    .map((result) =>
      build(
        result.filePath,
        result.messages.filter((message) => message.severity === 2),
        result.suppressedMessages.filter((message) => message.severity === 2),
        result.source,
      ),
    );
}

function quote(paths: readonly string[]): string {
  return paths.map((entry) => JSON.stringify(entry)).join(', ');
}

interface RunContext {
  io: CliIO;
  options: CliOptions;
  paths: string[];
  version: () => string;
}

async function writeOutput(context: RunContext, text: string): Promise<void> {
  await writeRaw(context, text === '' || text.endsWith('\n') ? text : `${text}\n`);
}

/** To stdout or --output-file, exactly as given. */
async function writeRaw(context: RunContext, output: string): Promise<void> {
  if (context.options.outputFile === undefined) {
    if (output !== '') context.io.stdout.write(output);
    return;
  }
  const [{ errorReason }, { writeFileSafely, UnsafeWriteError }, { repositoryRoot }] = await Promise.all([
    import('./engine/files.js'),
    import('./engine/safe-write.js'),
    import('./engine/config.js'),
  ]);
  const cwd = path.resolve(context.io.cwd);
  const target = path.resolve(cwd, context.options.outputFile);
  try {
    // Never through a symbolic link, file or folder, a repository may have planted: see engine/safe-write.ts.
    await writeFileSafely(target, output, { createDirectories: true, workspace: repositoryRoot(cwd) ?? cwd });
  } catch (error) {
    // mkdir says EEXIST when the output's directory is a file: "file already exists" would mislead.
    const code = (error as { code?: unknown }).code;
    const reason = error instanceof UnsafeWriteError ? error.message : code === 'EEXIST' ? 'a part of the path is not a directory' : errorReason(error);
    throw new CliFailure(`cannot write output file ${JSON.stringify(context.options.outputFile)}: ${reason}`);
  }
}

/**
 * From the results before --quiet filtered them, as ESLint does: `--quiet --max-warnings 0` hides the
 * warnings but still fails on them. The warning limit is told only when no error already explains exit 1.
 */
function exitCodeFor(results: LintResult[], fileErrors: FileError[], maxWarnings: number, io: CliIO): number {
  const errorCount = results.reduce((sum, result) => sum + result.errorCount, 0);
  const warningCount = results.reduce((sum, result) => sum + result.warningCount, 0);
  const fatal = results.some((result) => result.fatalErrorCount > 0);
  const tooManyWarnings = maxWarnings >= 0 && warningCount > maxWarnings;
  if (tooManyWarnings && errorCount === 0) {
    io.stderr.write(`brieflint found too many warnings (maximum: ${maxWarnings}).\n`);
  }
  if (fatal || fileErrors.length > 0) return EXIT_FAILURE;
  return errorCount > 0 || tooManyWarnings ? EXIT_PROBLEMS : EXIT_OK;
}

type LintModule = typeof import('./engine/lint.js');

function cliFileSize(value: string, parseFileSize: (value: string) => number | undefined): number {
  const bytes = parseFileSize(value);
  if (bytes === undefined) throw new CliFailure(`--max-file-size: expected a size such as 10MB, 512KB or a whole number of bytes, got ${JSON.stringify(value)}`);
  return bytes;
}

/** The engine's options from the command line (the --rule flags validated here: a mistake is exit 2). */
async function engineOptions(context: RunContext, rules: readonly Rule[]): Promise<LintFilesOptions> {
  const { io, options } = context;
  const config = await import('./engine/config.js');
  const fixTypes = fixTypesOf(options);
  return {
    ...(options.fix || options.fixDryRun ? { fix: true } : {}),
    ...(fixTypes ? { fixTypes } : {}),
    cwd: io.cwd,
    rules,
    configFile: typeof options.config === 'string' ? options.config : undefined,
    noConfig: options.config === false,
    cliRules: options.rule ? await config.parseRuleFlags(options.rule, rules) : undefined,
    locale: options.locale,
    ...(options.messageLocale !== undefined ? { messageLocale: options.messageLocale } : {}),
    reportUnusedDirectives: unusedDirectiveSeverity(options),
    warnIgnored: options.warnIgnored,
    ...(options.concurrency !== undefined ? { concurrency: options.concurrency } : {}),
    ...(options.cache ? { cache: true } : {}),
    ...(options.cacheLocation !== undefined ? { cacheLocation: options.cacheLocation } : {}),
    ...(options.stats || timingSetting(io) !== undefined ? { stats: true } : {}),
    maxFileSize: options.maxFileSize === undefined ? undefined : cliFileSize(options.maxFileSize, config.parseFileSize),
    onInternalError: options.debug
      ? (error, where) => io.stderr.write(`brieflint: ${where} failed:\n${error instanceof Error ? error.stack : String(error)}\n`)
      : undefined,
  };
}

const FIX_TYPES = ['problem', 'style'] as const;

/** ESLint's checks: one of --fix and --fix-dry-run, --fix-type only with one of them, known types only. */
function fixTypesOf(options: CliOptions): Array<(typeof FIX_TYPES)[number]> | undefined {
  if (options.fix && options.fixDryRun) throw new CliFailure('--fix and --fix-dry-run cannot be used together');
  if (options.fixType === undefined) return undefined;
  if (!options.fix && !options.fixDryRun) throw new CliFailure('--fix-type needs --fix or --fix-dry-run');
  const types = options.fixType.flatMap((value) => value.split(',')).map((value) => value.trim());
  const unknown = types.find((type) => !(FIX_TYPES as readonly string[]).includes(type));
  if (unknown !== undefined) throw new CliFailure(`--fix-type: expected "problem" | "style", got "${unknown}"`);
  return FIX_TYPES.filter((type) => types.includes(type));
}

/**
 * --fix: writes each fixed file (atomically, only if unchanged since it was read). A file that could
 * not be written is told on stderr and counts as an I/O failure.
 */
async function writeFixes(context: RunContext, results: LintResult[], readTexts: Map<string, string> | undefined): Promise<FileError[]> {
  const [{ writeFixedFile }, { removeStaleTemporaries }] = await Promise.all([import('./engine/files.js'), import('./engine/safe-write.js')]);
  const failures: FileError[] = [];
  // What a brieflint killed mid-write left beside the briefs (hidden temporary files) goes first.
  for (const directory of new Set(results.map((result) => path.dirname(result.filePath)))) await removeStaleTemporaries(directory);
  for (const result of results) {
    const readText = readTexts?.get(result.filePath);
    if (result.output === undefined || readText === undefined) continue;
    const failure = await writeFixedFile(result.filePath, readText, result.output, undefined, context.io.cwd);
    if (!failure) continue;
    const shown = path.relative(context.io.cwd, result.filePath) || result.filePath;
    failures.push({ path: shown, message: `${shown}: ${failure.error}` });
    context.io.stderr.write(`brieflint: ${shown}: ${failure.error}\n`);
  }
  return failures;
}

/** --fix-dry-run in the stylish format: a unified diff per fixed file, before the report. */
async function dryRunDiffs(context: RunContext, results: LintResult[], readTexts: Map<string, string> | undefined): Promise<string> {
  const [{ unifiedDiff }, { guardLog, printable, visibleControls }] = await Promise.all([import('./report/diff.js'), import('./report/log-safe.js')]);
  return results
    .map((result) => {
      const before = readTexts?.get(result.filePath);
      if (result.output === undefined || before === undefined) return '';
      const shown = printable(path.relative(context.io.cwd, result.filePath).split(path.sep).join('/') || result.filePath);
      // The brief's own lines: nothing in them may read as a CI command (see report/log-safe.ts).
      return guardLog(visibleControls(unifiedDiff(`a/${shown}`, `b/${shown}`, before, result.output)));
    })
    .join('');
}

async function printConfig(context: RunContext, file: string, lint: LintModule, lintOptions: LintFilesOptions): Promise<number> {
  const [{ printableConfig }, { guardJson }] = await Promise.all([import('./engine/config.js'), import('./report/log-safe.js')]);
  const resolved: ResolvedConfig = await lint.configForFile(file, lintOptions);
  context.io.stdout.write(`${guardJson(JSON.stringify(printableConfig(resolved), null, 2))}\n`);
  return EXIT_OK;
}

async function loadFormatter(name: string): Promise<Formatter> {
  const report = await import('./report/index.js');
  if (!report.formatterNames.includes(name)) {
    throw new CliFailure(`unknown format "${name}" (choose one of ${report.formatterNames.join(', ')})`);
  }
  return report.loadFormatter(name);
}

interface Collected {
  results: LintResult[];
  fileErrors: FileError[];
  /** With --fix / --fix-dry-run: each fixed file's text as read. */
  readTexts?: Map<string, string>;
  stdinText?: string;
}

/** Lints stdin or the paths; missing paths are told on stderr. Undefined when there was nothing to lint. */
async function collectResults(
  context: RunContext,
  readingStdin: boolean,
  lint: LintModule,
  lintOptions: LintFilesOptions,
): Promise<Collected | undefined> {
  const { io, options } = context;
  if (readingStdin) {
    const { briefFromBytes, readStdinBytes } = await import('./engine/files.js');
    const stdinOptions = { ...lintOptions, stdinFilename: options.stdinFilename };
    const limit = await lint.stdinSizeLimit(stdinOptions);
    const read = await readStdinBytes(io.stdin, limit);
    const result = await lint.lintStdin(read, stdinOptions);
    // The text, for --fix-dry-run to echo when nothing was fixed: only when it was read exactly as sent.
    const outcome = briefFromBytes(read.bytes, limit, read.size);
    const exact = 'text' in outcome && outcome.warning === undefined;
    return { results: [result], fileErrors: [], ...(exact ? { stdinText: outcome.text } : {}) };
  }
  const targets = context.paths.length > 0 ? context.paths : ['.'];
  const outcome = await lint.lintFiles(targets, lintOptions);
  const { results, ignored = [] } = outcome;
  // As ESLint's flag: unmatched paths are dropped without a word; unreadable directories still count.
  const errors = options.errorOnUnmatchedPattern ? outcome.errors : outcome.errors.filter((error) => !error.unmatched);
  const readTexts = outcome.readTexts;
  for (const error of errors) io.stderr.write(`brieflint: ${error.message}\n`);
  for (const warning of outcome.warnings ?? []) io.stderr.write(`brieflint: warning: ${warning}\n`);
  if (!options.errorOnUnmatchedPattern && results.length === 0 && errors.length === 0) return { results, fileErrors: errors };
  // Files named but ignored under --no-warn-ignored were found, only left out: not "no files".
  if (results.length > 0 || (ignored.length > 0 && errors.length === 0)) return { results, fileErrors: errors, readTexts };
  if (errors.length === 0) {
    io.stderr.write(`brieflint: no files to lint: ${quote(targets)} matched no Markdown files (*.md, *.markdown) that are not ignored\n`);
  }
  return undefined;
}

async function run(context: RunContext): Promise<number> {
  const { io, options } = context;
  // An empty value is an unset variable in a script; each of these would otherwise quietly mean the cwd.
  const emptyValue = (
    [
      ['--stdin-filename', options.stdinFilename],
      ['--config', options.config],
      ['--print-config', options.printConfig],
      ['--output-file', options.outputFile],
    ] as const
  ).find(([, value]) => typeof value === 'string' && value.trim() === '');
  if (emptyValue) throw new CliFailure(`${emptyValue[0]} needs a file name, got ""`);
  const readingStdin = options.stdin === true || context.paths.includes('-');
  const paths = context.paths.filter((entry) => entry !== '-');
  if (readingStdin && paths.length > 0) throw new CliFailure('standard input cannot be combined with paths');
  if (options.stdinFilename !== undefined && !readingStdin) throw new CliFailure('--stdin-filename needs --stdin (or -)');
  // ESLint's rules: the file named by --print-config is the only one, and it is a file, not stdin.
  if (options.printConfig !== undefined && paths.length > 0) {
    throw new CliFailure('--print-config must be used with exactly one file name (and no other paths)');
  }
  if (options.printConfig !== undefined && readingStdin) throw new CliFailure('--print-config is not available for standard input');
  if (options.fix && readingStdin) throw new CliFailure('--fix cannot write standard input: use --fix-dry-run');

  if (options.init) {
    if (paths.length > 0 || readingStdin) throw new CliFailure('--init takes no paths');
    const [{ init }, { builtinRules }] = await Promise.all([import('./commands.js'), import('./rules/index.js')]);
    return init(builtinRules, io, (io.stdin as { isTTY?: boolean }).isTTY === true && io.stdout.isTTY === true);
  }
  const [lint, { builtinRules: rules }] = await Promise.all([import('./engine/lint.js'), import('./rules/index.js')]);
  const lintOptions = await engineOptions(context, rules);
  if (options.printConfig !== undefined) return printConfig(context, options.printConfig, lint, lintOptions);
  const formatter = await loadFormatter(options.format);

  const collected = await collectResults({ ...context, paths }, readingStdin, lint, lintOptions);
  if (!collected) return EXIT_FAILURE;
  if (options.fix) for (const failure of await writeFixes(context, collected.results, collected.readTexts)) collected.fileErrors.push(failure);
  const stylish = options.format === 'stylish';
  if (options.fixDryRun && readingStdin && stylish) {
    // As an editor integration wants it: the fixed text alone on stdout; what is left to fix by hand
    // (a figure with two readings, a sum that does not add up) is reported on stderr, as ESLint reports it.
    const [result] = collected.results;
    const text = result?.output ?? collected.stdinText;
    if (text === undefined) {
      // Binary, over the size limit or not UTF-8: echoing a decoded text would change the bytes the editor sent.
      io.stderr.write(`brieflint: ${result?.messages[0]?.message ?? 'standard input could not be read'}; nothing written
`);
      return EXIT_FAILURE;
    }
    await writeRaw(context, text);
    const remaining = options.quiet ? onlyErrors(collected.results, lint.buildResult) : collected.results;
    io.stderr.write(formatter(remaining, { cwd: io.cwd, color: false, verbose: false, rules: rules.map((rule) => rule.meta), version: context.version() }));
    return exitCodeFor(collected.results, collected.fileErrors, options.maxWarnings ?? -1, io);
  }
  const diffs = options.fixDryRun && stylish ? await dryRunDiffs(context, collected.results, collected.readTexts) : '';
  const timing = timingSetting(io);
  // TIMING alone asks the engine for stats to sum them; the results show them only under --stats.
  const shown = timing !== undefined && !options.stats ? collected.results.map(withoutStats) : collected.results;
  const results = options.quiet ? onlyErrors(shown, lint.buildResult) : shown;
  const maxWarnings = options.maxWarnings ?? -1;
  // The clock only under TIMING: the first call to `performance` loads a dozen of Node's modules.
  const reportStarted = timing !== undefined ? performance.now() : 0;
  const output = formatter(results, {
    cwd: io.cwd,
    color: shouldColor(options.color, io, options.outputFile !== undefined),
    // As the issue asks: code frames with --verbose, or when a person reads the output in a terminal.
    verbose: options.verbose === true || (options.outputFile === undefined && io.stdout.isTTY === true),
    rules: rules.map((rule) => rule.meta),
    maxWarnings: maxWarnings >= 0 ? maxWarnings : undefined,
    version: context.version(),
  });
  await writeOutput(context, diffs + output);
  if (timing !== undefined) await printTiming(io, collected.results, performance.now() - reportStarted, timing);
  return exitCodeFor(collected.results, collected.fileErrors, maxWarnings, io);
}

/** The TIMING environment variable, as ESLint reads it: set and not empty. */
function timingSetting(io: CliIO): string | undefined {
  const value = io.env.TIMING;
  return value ? value : undefined;
}

function withoutStats(result: LintResult): LintResult {
  if (result.stats === undefined) return result;
  const { stats: _stats, ...rest } = result;
  return rest;
}

/** TIMING: ESLint's table of the slowest rules and phases, after the report (on stdout, as ESLint prints it). */
async function printTiming(io: CliIO, results: readonly LintResult[], reportMs: number, setting: string): Promise<void> {
  const { timingListSize, timingTable, timingTotals } = await import('./engine/timing.js');
  const totals = timingTotals(results);
  totals.set('(report)', reportMs);
  io.stdout.write(timingTable(totals, timingListSize(setting)));
}

/** A reader that went away (`brieflint … | head`) is not an error: stop quietly. Other write errors fail the run. */
function ignoreClosedPipe(stream: OutputStream): void {
  stream.on?.('error', (error) => {
    if (error.code !== 'EPIPE') process.exitCode = EXIT_FAILURE;
  });
}

function defaultIO(): CliIO {
  return {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    cwd: process.cwd(),
    env: process.env,
  };
}

function describeFailure(error: unknown, debug: boolean): string {
  // By name, not instanceof: importing ConfigError here would load zod on every start.
  const name = error instanceof Error ? error.name : '';
  const expected = error instanceof CliFailure || name === 'ConfigError';
  const message = error instanceof Error ? error.message : String(error);
  const line = expected ? `brieflint: ${message}\n` : `brieflint: internal error: ${message}\n`;
  if (debug && error instanceof Error && error.stack) return `${line}${error.stack}\n`;
  return expected || debug ? line : `${line}Run again with --debug for details.\n`;
}

/**
 * The language server is its own bundle (dist/bundle/lsp.cjs, see scripts/bundle.mjs), loaded from
 * beside this one; tsc's output has it at lsp/server.js. Named by a URL, never a literal import, so
 * that the command's bundle does not carry the server and the protocol library into every lint.
 */
declare const BRIEFLINT_LSP_FILE: string | undefined;
type LanguageServerModule = typeof import('./lsp/server.js');

async function runLanguageServer(): Promise<number> {
  const url = new URL(typeof BRIEFLINT_LSP_FILE === 'string' ? BRIEFLINT_LSP_FILE : './lsp/server.js', import.meta.url);
  const server: LanguageServerModule =
    typeof BRIEFLINT_LSP_FILE === 'string' ? (require(fileURLToPath(url)) as LanguageServerModule) : ((await import(url.href)) as LanguageServerModule);
  server.startLanguageServer();
  // The connection ends the process when the editor says exit or closes the pipe.
  return new Promise<number>(() => {});
}

/** Runs the CLI with process.argv-style arguments and returns the exit code. */
export async function main(argv: readonly string[], overrides: Partial<CliIO> = {}): Promise<number> {
  const given: CliIO = { ...defaultIO(), ...overrides };
  // What goes to stderr quotes paths and config text from the repository: never a CI command.
  const io: CliIO = { ...given, stderr: guardedStream(given.stderr) };
  ignoreClosedPipe(io.stdout);
  ignoreClosedPipe(io.stderr);
  let version: string | undefined;
  const getVersion = () => (version ??= readVersion());
  // `brieflint explain <rule-id>`: the rule's documentation in the terminal (a file named "explain" is ./explain).
  if (argv[2] === 'explain') {
    const [{ explain }, { builtinRules }] = await Promise.all([import('./commands.js'), import('./rules/index.js')]);
    return explain(argv.slice(3), builtinRules, io, shouldColor(argv.includes('--no-color') ? false : undefined, io, false));
  }
  // `--lsp` (editors may add `--stdio`): the language server speaks on stdin and stdout until the editor ends it.
  if (argv.slice(2).includes('--lsp')) return runLanguageServer();
  let helpRules: readonly Rule[] = [];
  const wantsHelp = argv.slice(2).some((arg) => arg === '-h' || arg === '--help');
  if (wantsHelp) helpRules = (await import('./rules/index.js')).builtinRules;

  const program = buildProgram(io, getVersion, () => helpRules);
  let exitCode = EXIT_OK;
  program.action(async (paths: string[], options: CliOptions) => {
    exitCode = await run({ io, options, paths, version: getVersion });
  });
  const debug = argv.includes('--debug');
  try {
    await program.parseAsync([...argv]);
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT_OK : EXIT_FAILURE;
    io.stderr.write(describeFailure(error, debug));
    return EXIT_FAILURE;
  }
}
