/**
 * Running the rules: text → Brief → each enabled rule → LintMessages (with directives applied)
 * → one LintResult per file, in ESLint's shape.
 */
import { realpath } from 'node:fs/promises';
import path from 'node:path';
import type { Root } from 'mdast';
import { buildBrief, localeChoiceOf, type BriefMemo, type LocaleChoice } from '../parse/index.js';
import { meaningOf } from '../quantity/meaning.js';
import { ParseLimitError } from '../parse/limits.js';
import type { Brief, Range } from '../parse/types.js';
import type { Locale, LocaleSetting } from '../quantity/types.js';
import { builtinRules } from '../rules/index.js';
import {
  ConfigError,
  ConfigFinder,
  confinedTop,
  repositoryRoot,
  resolveConfig,
  validateConfig,
  type ConfigInput,
  type LoadedConfig,
  type ResolvedConfig,
  type RuleLayer,
} from './config.js';
import { applyDirectives, type PlacedMessage } from './directives.js';
import { lintAndFix, withApplicableFixes, type KeepsMeaning } from './fix.js';
import { punctuationAround, withoutUntouchableFixes } from './fix-guard.js';
import { cacheFileFor, cacheKey, entryFor, hashConfig, hashText, loadCache, machineKey, machineKeyFile, matchingEntry, saveCache, type CacheEntry } from './cache.js';
import { hasWorkerScript, lintInWorkers, workerCount } from './parallel.js';
import { UnsafeWriteError } from './safe-write.js';
import { resolvesInside } from './small-files.js';
import { packageVersion } from '../package-files.js';
import {
  briefFromBytes,
  DEFAULT_MAX_FILE_SIZE,
  errorReason,
  expandPaths,
  ignoredByConfig,
  ignoreReasonFor,
  readBriefFile,
  type ExpandOptions,
  type FileError,
  type IgnoredFile,
} from './files.js';
import { formatMessage, messageLocaleFor, oneLine, type MessageLocaleSetting } from './messages.js';
import type { Fix, LintMessage, LintResult, Report, ReportedText, Rule, SeverityLevel } from './types.js';
import { emptyPass, now, type Stats, type TimePass } from './timing.js';
import { semanticsOf } from '../semantics/index.js';

/** The file path ESLint gives text linted without a file name. */
export const TEXT_FILE_PATH = '<text>';

/** Thrown by lintText when its `isCancelled` says so: the lint was stopped, not finished. */
export class LintCancelled extends Error {
  constructor() {
    super('lint cancelled');
    this.name = 'LintCancelled';
  }
}

/** Told about every rule crash and parse failure, with the original error (the CLI prints stacks under --debug). */
export type InternalErrorListener = (error: unknown, where: string) => void;

export interface LintTextOptions {
  filePath?: string;
  /** Overrides the config's locale. */
  locale?: LocaleSetting;
  /** Overrides the config's message locale ('auto': the brief's language, else English). */
  messageLocale?: MessageLocaleSetting;
  /** A resolved config, or config data to validate and resolve for `filePath`. Default: each rule's defaults. */
  config?: ResolvedConfig | ConfigInput;
  /** The rules that exist. Default: the built-in rules. */
  rules?: readonly Rule[];
  reportUnusedDirectives?: false | SeverityLevel;
  onInternalError?: InternalErrorListener;
  /** A tree already parsed from `text` (see BuildBriefOptions.mdast). */
  mdast?: Root;
  /** What the lint of an earlier version of this text left (the language server's; see BuildBriefOptions.memo). */
  memo?: BriefMemo;
  /**
   * Asked between the steps of the lint (after the Brief is built, before each rule): true stops it
   * with LintCancelled. The language server's worker stops a lint its document changed under.
   */
  isCancelled?: () => boolean;
  /** Apply the fixes (ESLint's `fix`): the result then has `output` when the text changed. */
  fix?: boolean;
  /** `--fix-type`: only rules of these types fix. Default: all. */
  fixTypes?: ReadonlyArray<Rule['meta']['type']>;
  /** Told the Brief built for the text (the language server answers hovers and places directives from it). */
  onBrief?: (brief: Brief) => void;
  /** ESLint's `stats`: the result tells how long each pass took, per phase and per rule (see timing.ts). */
  stats?: boolean;
}

function errorMessage(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function isResolved(config: ResolvedConfig | ConfigInput): config is ResolvedConfig {
  return (config as Partial<ResolvedConfig>).resolved === true;
}

function toResolvedConfig(
  config: ResolvedConfig | ConfigInput | undefined,
  rules: readonly Rule[],
  filePath: string | undefined,
): ResolvedConfig {
  if (config && isResolved(config)) return config;
  const cwd = process.cwd();
  const loaded = config
    ? validateConfig(config, { source: 'the config passed to lintText', filePath: null, baseDir: cwd, rules })
    : null;
  return resolveConfig(loaded, { rules, filePath: filePath ? path.resolve(cwd, filePath) : undefined });
}

function toEslintFix(fix: Fix): { range: [number, number]; text: string } {
  return { range: [fix.range.start, fix.range.end], text: fix.text };
}

/** Start and end as ESLint's 1-based line/column, end exclusive. */
function placeRange(brief: Brief, range: Range): { line: number; column: number; endLine: number; endColumn: number } {
  const start = brief.pointAt(range.start);
  const end = brief.pointAt(Math.max(range.start, range.end));
  return { line: start.line, column: start.column, endLine: end.line, endColumn: end.column };
}

/** The words of a report or a related place, in the message locale. */
type Words = (text: ReportedText) => string;

export function toLintMessage(brief: Brief, ruleId: string, severity: SeverityLevel, report: Report, words: Words = plainWords): LintMessage {
  const message: LintMessage = { ruleId, severity, message: words(report), ...placeRange(brief, report.range) };
  if (report.fix) message.fix = toEslintFix(report.fix);
  if (report.suggestions?.length) {
    message.suggestions = report.suggestions.map((suggestion) => ({ desc: oneLine(suggestion.desc), fix: toEslintFix(suggestion.fix) }));
  }
  if (report.related?.length) {
    message.related = report.related.map((related) => ({ message: words(related), ...placeRange(brief, related.range) }));
  }
  return message;
}

/** A report's own text, on one line (a report by id needs its rule: see `ruleWords`). */
function plainWords(text: ReportedText): string {
  if (text.message === undefined) throw new Error(`message "${text.messageId}" reported without its rule`);
  return oneLine(text.message);
}

/** A rule's words in a locale: its messages by id, or the text it reported. */
function ruleWords(rule: Rule, locale: Locale): Words {
  return (text) => (text.messageId === undefined ? oneLine(text.message) : formatMessage(rule.meta.id, text.messageId, rule.meta.messages, text.data ?? {}, locale));
}

/** A message about the whole file (unreadable, unparsable, a rule crash), at 1:1 as ESLint places them. */
export function fileMessage(ruleId: string | null, severity: SeverityLevel, text: string, fatal: boolean): LintMessage {
  return { ruleId, severity, message: text, line: 1, column: 1, ...(fatal ? { fatal: true as const } : {}) };
}

function compareMessages(a: LintMessage, b: LintMessage): number {
  return a.line - b.line || a.column - b.column;
}

/**
 * Counts the messages and wraps them as ESLint's LintResult; `source` only when there is something to
 * show. Keys in ESLint's order (usedDeprecatedRules last, after source), so the JSON reads the same.
 */
export function buildResult(
  filePath: string,
  messages: LintMessage[],
  suppressed: LintResult['suppressedMessages'] = [],
  source?: string,
): LintResult {
  const sorted = [...messages].sort(compareMessages);
  const count = (test: (message: LintMessage) => boolean) => sorted.filter(test).length;
  const result: LintResult = {
    filePath,
    messages: sorted,
    suppressedMessages: suppressed,
    errorCount: count((message) => message.severity === 2),
    fatalErrorCount: count((message) => message.fatal === true),
    warningCount: count((message) => message.severity === 1),
    fixableErrorCount: count((message) => message.severity === 2 && message.fix !== undefined),
    fixableWarningCount: count((message) => message.severity === 1 && message.fix !== undefined),
    ...(sorted.length > 0 && source !== undefined ? { source } : {}),
    usedDeprecatedRules: [],
  };
  return result;
}

interface RuleRun {
  placed: PlacedMessage[];
  crashes: LintMessage[];
}

function runRules(
  brief: Brief,
  rules: readonly Rule[],
  config: ResolvedConfig,
  onError?: InternalErrorListener,
  messageLocale?: MessageLocaleSetting,
  pass?: TimePass,
  isCancelled?: () => boolean,
): RuleRun {
  const run: RuleRun = { placed: [], crashes: [] };
  const locale = messageLocaleFor(messageLocale ?? config.messageLocale ?? 'auto', brief);
  for (const rule of rules) {
    const setting = config.rules[rule.meta.id];
    if (!setting || setting.severity === 'off') continue;
    if (isCancelled?.()) throw new LintCancelled();
    const ruleId = rule.meta.id;
    const severity: SeverityLevel = setting.severity === 'error' ? 2 : 1;
    const words = ruleWords(rule, locale);
    const report = (found: Report) => {
      const level: SeverityLevel = found.severity === 'warn' ? 1 : severity;
      run.placed.push({ message: toLintMessage(brief, ruleId, level, found, words), range: found.range });
    };
    const started = pass ? now() : 0;
    try {
      rule.check(brief, { options: setting.options, report });
    } catch (error) {
      onError?.(error, `rule ${ruleId}`);
      run.crashes.push(fileMessage(ruleId, 2, `rule ${ruleId} crashed: ${errorMessage(error)}`, true));
    }
    if (pass) pass.rules[ruleId] = { total: now() - started };
  }
  return run;
}

/**
 * Lints one brief's text, and with `fix` applies the fixes pass by pass (see fix.ts). Never throws
 * for problems in the text or in a rule; throws ConfigError for bad config data.
 */
export function lintText(text: string, options: LintTextOptions = {}): LintResult {
  const rules = options.rules ?? builtinRules;
  const config = toResolvedConfig(options.config, rules, options.filePath);
  if (!options.stats) return lintWithFixes(text, rules, config, options);
  const timed: TimedPass[] = [];
  const result = lintWithFixes(text, rules, config, options, timed);
  return { ...result, stats: statsOf(timed, now()) };
}

/** A pass of the lint, and when it began and ended (its fixes come after it). */
interface TimedPass {
  pass: TimePass;
  started: number;
  ended: number;
}

/** ESLint's stats: each pass's fix time runs from its end to the next pass's start (or the end of the run). */
function statsOf(timed: readonly TimedPass[], finished: number): Stats {
  const passes = timed.map(({ pass, started, ended }, index) => {
    const fix = (timed[index + 1]?.started ?? finished) - ended;
    return { ...pass, fix: { total: fix }, total: ended - started + fix };
  });
  return { times: { passes }, fixPasses: Math.max(0, passes.length - 1) };
}

function lintWithFixes(text: string, rules: readonly Rule[], config: ResolvedConfig, options: LintTextOptions, timed?: TimedPass[]): LintResult {
  // The brief each pass read: checking its fixes starts from it instead of reading the text again.
  let lastBrief: Brief | undefined;
  const lintTimed = (current: string, givenOptions: LintTextOptions, reading?: LocaleChoice) => {
    const passOptions: LintTextOptions = {
      ...givenOptions,
      onBrief: (brief) => {
        lastBrief = brief;
        givenOptions.onBrief?.(brief);
      },
    };
    if (!timed) return lintOnce(current, rules, config, passOptions, reading);
    const started = now();
    const pass = emptyPass();
    const run = lintOnce(current, rules, config, passOptions, reading, pass);
    timed.push({ pass, started, ended: now() });
    return run;
  };
  if (!options.fix) {
    // A lint offers only the fixes --fix would apply, so "N potentially fixable" and the JSON's
    // fixable counts promise what --fix then does.
    const run = lintTimed(text, options);
    const reading = run.reading;
    if (reading === undefined || !run.result.messages.some((message) => message.fix)) return run.result;
    return withApplicableFixes(run.result, fixChecker(reading, options, config, () => lastBrief));
  }
  const fixTypes = options.fixTypes;
  const typeOf = new Map(rules.map((rule) => [rule.meta.id, rule.meta.type]));
  const shouldFix = (message: LintMessage) =>
    fixTypes === undefined || (message.ruleId !== null && fixTypes.includes(typeOf.get(message.ruleId)!));
  // A tree or memo handed in belongs to the original text only; fixed passes parse their own.
  const { mdast: _tree, memo: _memo, ...withoutTree } = options;
  // One reading per run: the locale and every figure's reading are decided on the original text, and
  // every pass reads (and every fix is checked) the same way, so no pass reads a figure anew.
  let reading: LocaleChoice | undefined;
  const lint = (current: string) => {
    const run = lintTimed(current, current === text ? options : withoutTree, reading);
    reading ??= run.reading;
    return run.result;
  };
  let check: KeepsMeaning | undefined;
  const keepsMeaning = (before: string, after: string) => {
    if (reading === undefined) return false;
    check ??= fixChecker(reading, options, config, () => lastBrief);
    return check(before, after);
  };
  return lintAndFix(text, lint, shouldFix, keepsMeaning).result;
}

/**
 * Whether a fixed text says what the text before it said, read the run's one way: every figure's
 * meaning under every candidate locale and the text around the figures (fix-guard.ts). A fix must
 * also leave the brief read the same way when read afresh: a fix that swayed the locale vote
 * ("1,000bn" → "1 000bn" taking away the figure that proved English) would let the next --fix read
 * other figures another way and change them too (not idempotent, and not one reading).
 */
function fixChecker(reading: LocaleChoice, options: LintTextOptions, config: ResolvedConfig, linted: () => Brief | undefined): KeepsMeaning {
  // The language server's memo: the fixed texts of one version and the next differ where the text
  // did, so they are read again only there (each kind of reading in a memo of its own).
  const memo = options.memo;
  const setting = options.locale ?? config.locale;
  const meanings = new MeaningsCache(setting, memo);
  return (before, after) => {
    const brief = linted();
    if (brief) meanings.remember(brief);
    if (!meanings.same(before, after, reading)) return false;
    const fresh = meanings.freshReadings.has(after) ? meanings.freshReadings.get(after) : readingOf(after, options.filePath, setting, memo?.apart('fix reading'));
    return sameReading(fresh, reading);
  };
}

/** How a text is read (locale, and every locale it could be in) when linted afresh; undefined when it cannot be parsed. */
function readingOf(text: string, filePath: string | undefined, locale: LocaleSetting | undefined, memo: BriefMemo | undefined): LocaleChoice | undefined {
  try {
    return localeChoiceOf(text, { filePath, ...(locale ? { locale } : {}), ...(memo ? { memo } : {}) });
  } catch {
    return undefined;
  }
}

function sameReading(fresh: LocaleChoice | undefined, reading: LocaleChoice): boolean {
  return (
    fresh !== undefined &&
    fresh.locale === reading.locale &&
    fresh.localeCertain === reading.localeCertain &&
    fresh.localeCandidates.length === reading.localeCandidates.length &&
    fresh.localeCandidates.every((locale, index) => locale === reading.localeCandidates[index])
  );
}

/**
 * Every figure's meaning (value, currency, unit, readings: see quantity/meaning.ts) in document
 * order, per locale the brief could be in; the last few texts are kept, as each pass compares its
 * output with the text before it.
 */
class MeaningsCache {
  private readonly kept = new Map<string, string[] | null>();
  /** How each text built here in the run's own locale reads afresh (read from the same parse as its meanings). */
  readonly freshReadings = new Map<string, LocaleChoice>();

  constructor(
    private readonly setting: LocaleSetting | undefined,
    private readonly memo?: BriefMemo,
  ) {}

  same(before: string, after: string, reading: LocaleChoice): boolean {
    return reading.localeCandidates.every((locale) => {
      const old = this.of(before, reading, locale);
      const now = this.of(after, reading, locale);
      return old !== null && now !== null && old.length === now.length && old.every((meaning, index) => meaning === now[index]);
    });
  }

  /** Takes a pass's own brief, read the run's way, as the meanings of its text in its locale. */
  remember(brief: Brief): void {
    const key = `${brief.locale}\u0000${brief.source}`;
    if (!this.kept.has(key)) this.keep(key, meaningsIn(brief));
  }

  private of(text: string, reading: LocaleChoice, locale: Locale): string[] | null {
    const key = `${locale}\u0000${text}`;
    if (this.kept.has(key)) return this.kept.get(key)!;
    let meanings: string[] | null;
    try {
      const memo = this.memo?.apart(`fix meanings ${locale}`);
      const tell = (choice: LocaleChoice) => {
        if (this.freshReadings.size >= 8) this.freshReadings.delete(this.freshReadings.keys().next().value!);
        this.freshReadings.set(text, choice);
      };
      const freshReading = locale === reading.locale ? { freshReading: { locale: this.setting, tell } } : {};
      meanings = meaningsIn(buildBrief(text, { reading: { ...reading, locale }, ...(memo ? { memo } : {}), ...freshReading }));
    } catch {
      // A text that cannot be read cannot be shown to say the same.
      meanings = null;
    }
    this.keep(key, meanings);
    return meanings;
  }

  private keep(key: string, meanings: string[] | null): void {
    if (this.kept.size >= 8) this.kept.delete(this.kept.keys().next().value!);
    this.kept.set(key, meanings);
  }
}

/** Every figure's meaning, and the punctuation around it, which must come through as it was (fix-guard.ts). */
function meaningsIn(brief: Brief): string[] {
  const punctuation = punctuationAround(brief);
  return brief.figures.map((figure, index) => `${meaningOf(figure)}\u0001${punctuation[index]}`);
}

/** Tells the command's code cache (bin/compile-cache.cjs) that this thread has run a lint, so its code is worth saving. */
const LINTED = Symbol.for('brieflint.linted');

/** One lint of one text, with how its brief read the figures (absent when it could not be parsed). */
function lintOnce(
  text: string,
  rules: readonly Rule[],
  config: ResolvedConfig,
  options: LintTextOptions,
  reading?: LocaleChoice,
  pass?: TimePass,
): { result: LintResult; reading?: LocaleChoice } {
  (globalThis as Record<symbol, unknown>)[LINTED] = true;
  if (options.isCancelled?.()) throw new LintCancelled();
  const filePath = options.filePath ?? TEXT_FILE_PATH;
  let brief: Brief;
  const started = pass ? now() : 0;
  try {
    brief = buildBrief(text, {
      filePath: options.filePath,
      locale: options.locale ?? config.locale,
      ...(options.mdast ? { mdast: options.mdast } : {}),
      ...(options.memo ? { memo: options.memo } : {}),
      ...(reading ? { reading } : {}),
      ...(pass ? { onParsed: (milliseconds: number) => void (pass.parse.total = milliseconds) } : {}),
    });
  } catch (error) {
    options.onInternalError?.(error, 'parser');
    const message = fileMessage(null, 2, `Parsing error: ${errorMessage(error)}`, true);
    // A shape refused before parsing is shown where it starts.
    if (error instanceof ParseLimitError) message.line = error.line;
    return { result: buildResult(filePath, [message], [], text) };
  }
  if (pass) {
    pass.brief.total = now() - started - pass.parse.total;
    pass.semantics.total = timeSemantics(brief);
  }
  options.onBrief?.(brief);
  if (options.isCancelled?.()) throw new LintCancelled();
  const run = runRules(brief, rules, config, options.onInternalError, options.messageLocale, pass, options.isCancelled);
  const outcome = applyDirectives(brief, run.placed, {
    knownRuleIds: rules.map((rule) => rule.meta.id),
    reportUnusedDirectives: options.reportUnusedDirectives ?? false,
  });
  // No fix inside a quotation, TeX math or a link's text, whatever the rule proposed.
  const messages = withoutUntouchableFixes(outcome.messages, brief);
  const result = buildResult(filePath, [...messages, ...run.crashes, ...readFailures(brief)], outcome.suppressed, brief.source);
  const { locale, localeSource, localeCertain, localeCandidates } = brief;
  return { result, reading: { locale, localeSource, localeCertain, localeCandidates } };
}

/**
 * Milliseconds to read the sentences and claims the rules share: read before the rules when timing,
 * so that the first rule to ask is not charged for all (lazily, as usual, otherwise). A failure here
 * is left for the rule that asks to meet, as without timing.
 */
function timeSemantics(brief: Brief): number {
  const started = now();
  try {
    const { claims } = semanticsOf(brief);
    void claims.partsOfWhole;
    void claims.sums;
  } catch {
    // The rule that reads the claims crashes with this error, as it would without timing.
  }
  return now() - started;
}

/**
 * A block whose figures could not be read is an internal failure, not silence: said at the block,
 * fatal (exit 2), while the rest of the file is still linted.
 */
function readFailures(brief: Brief): LintMessage[] {
  return (brief.readErrors ?? []).map((failure) => ({
    ...fileMessage(null, 2, `Internal error: ${failure.message}`, true),
    ...placeRange(brief, failure.range),
  }));
}

export interface LintFilesOptions {
  cwd?: string;
  rules?: readonly Rule[];
  /** `--config FILE`: use this file for every linted file instead of discovery. */
  configFile?: string;
  /** `--no-config`. */
  noConfig?: boolean;
  /** `--rule` flags, already validated (see parseRuleFlags). */
  cliRules?: RuleLayer;
  /** `--locale`. */
  locale?: LocaleSetting;
  /** `--message-locale`. */
  messageLocale?: MessageLocaleSetting;
  reportUnusedDirectives?: false | SeverityLevel;
  onInternalError?: InternalErrorListener;
  /**
   * ESLint's `warnIgnored` (`--no-warn-ignored`): false leaves a file that was named but is ignored
   * out of the results instead of warning, for hooks that pass every staged file. Default true.
   */
  warnIgnored?: boolean;
  /** `--fix` / `--fix-dry-run`: results carry `output`; nothing is written here (see writeFixedFile). */
  fix?: boolean;
  fixTypes?: LintTextOptions['fixTypes'];
  /**
   * ESLint's `concurrency`: worker threads for the files — a number, 'auto' (default: one per core
   * beyond the first when there are enough files, see parallel.ts) or 'off'. Rules passed in as functions run on the
   * main thread whatever this says.
   */
  concurrency?: number | 'auto' | 'off';
  /** `--cache`: reuse results of files whose text and config did not change since the last run. */
  cache?: boolean;
  /** `--cache-location`: the cache file (default `.brieflintcache` in `cwd`); a directory gets that name inside it. */
  cacheLocation?: string;
  /** The loaded cache's entries (set by lintFiles for its FileLinters and workers; not for callers). */
  cacheEntries?: Record<string, CacheEntry>;
  /** `--max-file-size`, in bytes: wins over the config's `maxFileSize` (default 10 MB). */
  maxFileSize?: number;
  /** `--stats`: each linted file's result tells where its time went (a result from the cache has none). */
  stats?: boolean;
  /** Each worker's old-generation heap in MiB (default: the process's limit); tests shrink it to exercise the main-thread fallback. */
  workerHeapMb?: number;
}

export interface LintFilesOutcome {
  results: LintResult[];
  /** Paths that do not exist or match nothing, and directories that could not be read. */
  errors: FileError[];
  /** Files named explicitly but ignored (warned about in `results` unless `warnIgnored` is false). */
  ignored?: string[];
  /** With `fix`: the text each fixed file had when it was read, to check it is unchanged before writing. */
  readTexts?: Map<string, string>;
  /** Problems that cost no result (a cache that could not be read or written), for the user to hear of. */
  warnings?: string[];
}

/** ESLint's warning for a file that was named but is ignored. */
function ignoredFileResult(ignored: IgnoredFile): LintResult {
  // ESLint's words, with the ignore source named and the option that silences it.
  const text = `File ignored because of a matching ignore pattern (${ignored.reason}). Use "--no-warn-ignored" to suppress this warning.`;
  return buildResult(ignored.filePath, [fileMessage(null, 1, text, false)]);
}

/** Lints files one by one with their discovered config (also inside each worker thread; see parallel.ts). */
export class FileLinter {
  readonly finder: ConfigFinder;
  readonly rules: readonly Rule[];
  readonly cwd: string;
  /** With `fix`: the text of each file as read. */
  readonly readTexts = new Map<string, string>();
  /** With a cache: the entries of the files this linter saw (hits and fresh results), by cache key. */
  readonly cacheUpdates = new Map<string, CacheEntry>();

  constructor(private readonly options: LintFilesOptions) {
    this.cwd = path.resolve(options.cwd ?? process.cwd());
    this.rules = options.rules ?? builtinRules;
    this.finder = new ConfigFinder({
      rules: this.rules,
      cwd: this.cwd,
      configFile: options.configFile,
      noConfig: options.noConfig,
    });
  }

  expandOptions(): ExpandOptions {
    return {
      cwd: this.cwd,
      extraIgnore: async (absolutePath, isDirectory) => {
        const config = await this.finder.configFor(absolutePath);
        return config && ignoredByConfig(config, absolutePath, isDirectory) ? configName(config, this.cwd) : undefined;
      },
    };
  }

  async resolvedFor(absolutePath: string): Promise<ResolvedConfig> {
    const config = await this.finder.configFor(absolutePath);
    return resolveConfig(config, {
      rules: this.rules,
      filePath: absolutePath,
      cliRules: this.options.cliRules,
      cliLocale: this.options.locale,
      cliMessageLocale: this.options.messageLocale,
    });
  }

  async lintTextAt(
    text: string,
    absolutePath: string | undefined,
    config: ResolvedConfig | undefined = undefined,
  ): Promise<LintResult> {
    config ??= await this.resolvedFor(absolutePath ?? path.join(this.cwd, TEXT_FILE_PATH));
    return lintText(text, {
      filePath: absolutePath,
      config,
      rules: this.rules,
      reportUnusedDirectives: this.options.reportUnusedDirectives,
      onInternalError: this.options.onInternalError,
      fix: this.options.fix,
      fixTypes: this.options.fixTypes,
      ...(this.options.stats ? { stats: true } : {}),
    });
  }

  /**
   * One file, whatever is in it: unreadable, binary or oversize is a fatal error (exit 2: never a
   * gate passed unread), invalid UTF-8 or UTF-16 a warning beside the file's own messages.
   */
  async lintFile(absolutePath: string): Promise<LintResult> {
    try {
      return await this.readAndLint(absolutePath);
    } catch (error) {
      if (error instanceof ConfigError) throw error;
      // A bug outside the rules and the parser (which lintText already contains) stays this file's alone.
      this.options.onInternalError?.(error, absolutePath);
      return buildResult(absolutePath, [fileMessage(null, 2, `Internal error: ${errorMessage(error)}`, true)]);
    }
  }

  /** The file as a brief, under the size limit its config (or --max-file-size) sets. */
  private async read(absolutePath: string): ReturnType<typeof readBriefFile> {
    // A brief linked out of the repository (to /etc/passwd, another user's file) is not this repository's text.
    const real = await realpath(absolutePath).catch(() => undefined);
    if (real !== undefined && !resolvesInside(confinedTop(path.dirname(absolutePath), this.cwd), real)) {
      return { skipped: 'File skipped: a symbolic link to outside the repository' };
    }
    const config = await this.finder.configFor(absolutePath);
    return readBriefFile(absolutePath, { maxFileSize: this.options.maxFileSize ?? config?.maxFileSize });
  }

  /** The cache's entries, when this run may use them (--fix never does: it must lint to fix). */
  private get cacheEntries(): Record<string, CacheEntry> | undefined {
    return this.options.fix ? undefined : this.options.cacheEntries;
  }

  private async readAndLint(absolutePath: string): Promise<LintResult> {
    const read = await this.read(absolutePath);
    if ('error' in read) return buildResult(absolutePath, [fileMessage(null, 2, read.error, true)]);
    if ('skipped' in read) return buildResult(absolutePath, [fileMessage(null, 1, read.skipped, false)]);
    const entries = this.cacheEntries;
    const result = entries ? await this.lintFileWithCache(absolutePath, read.text, entries) : await this.lintTextAt(read.text, absolutePath);
    if (read.warning === undefined) {
      if (result.output !== undefined) this.readTexts.set(absolutePath, read.text);
      return result;
    }
    // Invalid UTF-8 was read with replacement characters: never fixed, as writing would lose the bytes.
    return buildResult(absolutePath, [fileMessage(null, 1, read.warning, false), ...result.messages], result.suppressedMessages, read.text);
  }

  /** A file's result from the cache when its text and config are unchanged; else linted and kept. */
  private async lintFileWithCache(absolutePath: string, text: string, entries: Record<string, CacheEntry>): Promise<LintResult> {
    const lookup = await this.lookUp(absolutePath, text, entries);
    if (lookup.hit) return lookup.hit;
    const result = await this.lintTextAt(text, absolutePath, lookup.config);
    const entry = entryFor(result, lookup.contentHash, lookup.configHash);
    if (entry) this.cacheUpdates.set(lookup.key, entry);
    return result;
  }

  /**
   * The file's cached result when its text and config are unchanged, else undefined (also for a file
   * that cannot be read as a plain brief: lintFile says why). Costs a read and a hash, no lint.
   */
  async cachedResult(absolutePath: string): Promise<LintResult | undefined> {
    const entries = this.cacheEntries;
    if (!entries) return undefined;
    const read = await this.read(absolutePath);
    if ('error' in read || 'skipped' in read || read.warning !== undefined) return undefined;
    return (await this.lookUp(absolutePath, read.text, entries)).hit;
  }

  private async lookUp(absolutePath: string, text: string, entries: Record<string, CacheEntry>) {
    const contentHash = hashText(text);
    const config = await this.resolvedFor(absolutePath);
    const configHash = hashConfig(config, packageVersion(), { reportUnusedDirectives: this.options.reportUnusedDirectives ?? false });
    const key = cacheKey(absolutePath, this.cwd);
    const entry = matchingEntry(entries[key], contentHash, configHash);
    if (entry) this.cacheUpdates.set(key, entry);
    const hit = entry ? buildResult(absolutePath, entry.messages, entry.suppressedMessages, text) : undefined;
    return { hit, config, contentHash, configHash, key };
  }
}

function configName(config: LoadedConfig, cwd: string): string {
  return config.filePath ? `ignores in ${path.relative(cwd, config.filePath) || config.filePath}` : 'config ignores';
}

const READ_BATCH = 16;

/** `work` on every file, in order; reads overlap in small batches (I/O waits), linting itself is synchronous work. */
async function inReadBatches<T>(files: readonly string[], work: (file: string) => Promise<T>): Promise<T[]> {
  const done: T[] = [];
  for (let start = 0; start < files.length; start += READ_BATCH) {
    for (const outcome of await Promise.all(files.slice(start, start + READ_BATCH).map(work))) done.push(outcome);
  }
  return done;
}

/** Worker threads for a run: none for custom rules or 'off'; a fixed number, or parallel.ts's choice. */
function workersFor(fileCount: number, options: LintFilesOptions): number {
  if ((options.rules !== undefined && options.rules !== builtinRules) || options.concurrency === 'off') return 0;
  // As ESLint's --concurrency: a number is the thread count, and 1 means the main thread alone.
  if (typeof options.concurrency === 'number') return options.concurrency > 1 && hasWorkerScript() ? Math.min(options.concurrency, fileCount) : 0;
  return workerCount(fileCount);
}

/** Lints the files, directories and globs named on the command line. Throws ConfigError for bad config. */
export async function lintFiles(paths: readonly string[], options: LintFilesOptions = {}): Promise<LintFilesOutcome> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const warnings: string[] = [];
  const wantedCache = options.cache && !options.fix ? await cacheFileFor(cwd, options.cacheLocation) : undefined;
  // Without this machine's key no entry can be trusted, or written for the next run to trust.
  const key = wantedCache ? await machineKey().catch((error: unknown) => {
    warnings.push(`--cache is not used: no cache key at ${machineKeyFile()} (${cacheWriteReason(error)})`);
    return undefined;
  }) : undefined;
  const cacheFile = key ? wantedCache : undefined;
  const loaded = cacheFile && key ? await loadCache(cacheFile, packageVersion(), key) : undefined;
  if (loaded?.warning) warnings.push(loaded.warning);
  const cache = loaded?.cache;
  if (cache) options = { ...options, cacheEntries: cache.entries };
  const linter = new FileLinter(options);
  const expanded = await expandPaths(paths, linter.expandOptions());
  const results: LintResult[] = options.warnIgnored === false ? [] : expanded.ignored.map(ignoredFileResult);
  let readTexts = linter.readTexts;
  let cacheUpdates = linter.cacheUpdates;
  let pending = expanded.files;
  if (cache && workersFor(pending.length, options) > 0) {
    // Cache hits cost a read and a hash: taken here, they leave workers only the files that changed,
    // and no workers at all when few did (a re-run after editing one file lints one file, at once).
    const hits = await inReadBatches(pending, (file) => linter.cachedResult(file));
    pending = pending.filter((_, index) => hits[index] === undefined);
    for (const hit of hits) if (hit) results.push(hit);
  }
  const workers = workersFor(pending.length, options);
  if (workers > 0) {
    const outcome = await lintInWorkers(pending, options, workers);
    for (const result of outcome.results) results.push(result);
    readTexts = outcome.readTexts;
    cacheUpdates = outcome.cacheUpdates;
    // Files too large for a worker's heap: the main thread has the whole process's.
    for (const file of outcome.retry) {
      results.push(await linter.lintFile(file));
      const readText = linter.readTexts.get(file);
      if (readText !== undefined) readTexts.set(file, readText);
    }
    for (const [key, entry] of linter.cacheUpdates) cacheUpdates.set(key, entry);
  } else {
    for (const result of await inReadBatches(pending, (file) => linter.lintFile(file))) results.push(result);
  }
  results.sort((a, b) => (a.filePath < b.filePath ? -1 : a.filePath > b.filePath ? 1 : 0));
  if (cache && cacheFile && key) {
    try {
      await saveCache(cacheFile, { ...cache, entries: { ...cache.entries, ...Object.fromEntries(cacheUpdates) } }, key, repositoryRoot(cwd) ?? cwd);
    } catch (error) {
      // The results stand: a cache that cannot be written costs the next run time, not this run its report.
      const reason = error instanceof UnsafeWriteError ? error.message : cacheWriteReason(error);
      warnings.push(`the cache ${path.relative(cwd, cacheFile) || cacheFile} could not be written: ${reason}`);
    }
  }
  return {
    results,
    ...(warnings.length > 0 ? { warnings } : {}),
    errors: expanded.errors,
    ignored: expanded.ignored.map((entry) => entry.filePath),
    ...(options.fix ? { readTexts } : {}),
  };
}

/** Why the cache could not be written, in the user's words: a file where a directory was meant, above all. */
function cacheWriteReason(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'EEXIST' || code === 'ENOTDIR') return 'a part of the path is a file, not a directory';
  return errorReason(error);
}

/**
 * Lints text from standard input; with a file name, that name decides config, overrides and ignores.
 * Given the bytes read (see stdinSizeLimit and readStdinBytes), standard input gets what a file gets:
 * the size limit, the binary check, and invalid UTF-8 linted with a warning but never fixed (writing
 * the fixed text would put U+FFFD where the bytes were).
 */
export async function lintStdin(
  input: string | { bytes: Uint8Array; size: number },
  options: LintFilesOptions & { stdinFilename?: string },
): Promise<LintResult> {
  const linter = new FileLinter(options);
  const absolutePath = options.stdinFilename === undefined ? undefined : path.resolve(linter.cwd, options.stdinFilename);
  if (absolutePath !== undefined) {
    const reason = await ignoreReasonFor(absolutePath, linter.expandOptions());
    if (reason && options.warnIgnored === false) return buildResult(absolutePath, []);
    if (reason) return ignoredFileResult({ filePath: absolutePath, reason });
  }
  if (typeof input === 'string') return linter.lintTextAt(input, absolutePath);
  const shownPath = absolutePath ?? TEXT_FILE_PATH;
  const read = briefFromBytes(input.bytes, await stdinSizeLimit(options), input.size);
  if ('error' in read) return buildResult(shownPath, [fileMessage(null, 2, read.error.replace('the file', 'standard input'), true)]);
  if ('skipped' in read) return buildResult(shownPath, [fileMessage(null, 1, read.skipped.replace(/^File skipped/, 'Standard input skipped'), false)]);
  const result = await linter.lintTextAt(read.text, absolutePath);
  if (read.warning === undefined) return result;
  return buildResult(shownPath, [fileMessage(null, 1, read.warning.replace(/^File/, 'Standard input'), false), ...result.messages], result.suppressedMessages, read.text);
}

/** How many bytes of standard input are read: --max-file-size, else the config's maxFileSize, else 10 MB. */
export async function stdinSizeLimit(options: LintFilesOptions & { stdinFilename?: string }): Promise<number> {
  if (options.maxFileSize !== undefined) return options.maxFileSize;
  const linter = new FileLinter(options);
  const config = await linter.finder.configFor(path.resolve(linter.cwd, options.stdinFilename ?? TEXT_FILE_PATH));
  return config?.maxFileSize ?? DEFAULT_MAX_FILE_SIZE;
}

/** The effective config for one file, as `--print-config` shows it. */
export async function configForFile(filePath: string, options: LintFilesOptions = {}): Promise<ResolvedConfig> {
  const linter = new FileLinter(options);
  return linter.resolvedFor(path.resolve(linter.cwd, filePath));
}
