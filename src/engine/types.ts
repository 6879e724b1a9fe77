/**
 * The rule contract and the lint result shapes (ESLint's JSON formatter shape, a public contract).
 */
import type { z } from 'zod';
import type { Brief, Range } from '../parse/types.js';
import type { MessageData } from './messages.js';
import type { Stats } from './timing.js';

export type SeverityName = 'off' | 'warn' | 'error';
/** ESLint's numbers: 1 warning, 2 error. */
export type SeverityLevel = 1 | 2;

export type RuleCategory = 'number' | 'arithmetic' | 'date' | 'style' | 'metadata';

/** A text edit: replace source[range.start, range.end) with text. */
export interface Fix {
  range: Range;
  text: string;
}

export interface Suggestion {
  desc: string;
  fix: Fix;
}

/** A message's words: an id of the rule's `meta.messages` with its data (translatable), or a text. */
export type ReportedText = { messageId: string; data?: MessageData; message?: never } | { message: string; messageId?: never; data?: never };

export type Report = ReportedText & ReportPlace;

interface ReportPlace {
  range: Range;
  /**
   * 'warn' lowers this one report to a warning when the rule is configured as an error (a finding the
   * rule is less sure of); a report may lower its severity, never raise it.
   */
  severity?: 'warn';
  related?: Array<ReportedText & { range: Range }>;
  suggestions?: Suggestion[];
  fix?: Fix;
}

export interface RuleMeta<Options extends z.ZodType = z.ZodType> {
  id: string;
  description: string;
  category: RuleCategory;
  /** 'problem': the figure is wrong; 'style': the figure is right but written inconsistently. */
  type: 'problem' | 'style';
  defaultSeverity: Exclude<SeverityName, 'off'>;
  fixable: boolean;
  /** Validates (and fills defaults of) the rule's options object. */
  options: Options;
  /**
   * The rule's messages in English, by id, in ICU MessageFormat ("{next} comes after {previous} …"); a
   * report names one with `messageId` and fills it with `data`. Translations: src/messages/<lang>.ts.
   */
  messages?: Readonly<Record<string, string>>;
  /**
   * A top-level config key that also sets this rule's options (`"frontmatter": {…}` for
   * frontmatter-schema), validated by the same schema.
   */
  configKey?: string;
}

export interface RuleContext<O> {
  options: O;
  report(report: Report): void;
}

export interface Rule<Options extends z.ZodType = z.ZodType> {
  meta: RuleMeta<Options>;
  check(brief: Brief, context: RuleContext<z.output<Options>>): void;
}

export function defineRule<Options extends z.ZodType>(rule: Rule<Options>): Rule<Options> {
  return rule;
}

/** ESLint's LintMessage. Columns are 1-based; endColumn is exclusive (one past the last character), as in ESLint. */
export interface LintMessage {
  ruleId: string | null;
  severity: SeverityLevel;
  message: string;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  fatal?: true;
  /** ESLint's fix shape: offsets into the source (BOM excluded). */
  fix?: { range: [number, number]; text: string };
  suggestions?: Array<{ desc: string; fix: { range: [number, number]; text: string } }>;
  related?: Array<{ message: string; line: number; column: number; endLine: number; endColumn: number }>;
}

/** ESLint's LintResult, as its JSON formatter prints it. */
export interface LintResult {
  filePath: string;
  messages: LintMessage[];
  suppressedMessages: Array<LintMessage & { suppressions: Array<{ kind: 'directive'; justification: string }> }>;
  errorCount: number;
  fatalErrorCount: number;
  warningCount: number;
  fixableErrorCount: number;
  fixableWarningCount: number;
  usedDeprecatedRules: never[];
  /** The source text, present when messages exist (as ESLint does for formatters that show code). */
  source?: string;
  /** The fixed text, present after --fix when it changed. */
  output?: string;
  /** ESLint's `stats` (`--stats`, lintText's `stats`): the time each pass of the lint took. */
  stats?: Stats;
}
