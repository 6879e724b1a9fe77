/** Hand-made LintResults for the formatter tests; counts derived from the messages, as the engine does. */
import path from 'node:path';
import type { LintMessage, LintResult, RuleMeta } from '../../src/engine/types.js';
import type { FormatterContext } from '../../src/report/index.js';
import { z } from 'zod';

export const cwd = path.resolve('/work/briefs');

export function message(overrides: Partial<LintMessage> & Pick<LintMessage, 'line' | 'column'>): LintMessage {
  return { ruleId: 'number-format', severity: 2, message: 'Malformed figure', ...overrides };
}

export function result(file: string, messages: LintMessage[], extra: Partial<LintResult> = {}): LintResult {
  const errors = messages.filter((m) => m.severity === 2);
  const warnings = messages.filter((m) => m.severity === 1);
  return {
    filePath: path.isAbsolute(file) || file.startsWith('<') ? file : path.join(cwd, file),
    messages,
    suppressedMessages: [],
    errorCount: errors.length,
    fatalErrorCount: messages.filter((m) => m.fatal === true).length,
    warningCount: warnings.length,
    fixableErrorCount: errors.filter((m) => m.fix !== undefined).length,
    fixableWarningCount: warnings.filter((m) => m.fix !== undefined).length,
    usedDeprecatedRules: [],
    ...extra,
  };
}

export function ruleMeta(id: string, overrides: Partial<RuleMeta> = {}): RuleMeta {
  return {
    id,
    description: `Checks ${id}`,
    category: 'number',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: z.object({}),
    ...overrides,
  };
}

export const knownRules: RuleMeta[] = [
  ruleMeta('number-format', { description: 'Figures must follow the locale\'s grouping rules', fixable: true }),
  ruleMeta('sum-mismatch', { category: 'arithmetic', description: 'A stated sum must equal its parts' }),
  ruleMeta('conflicting-figures', { category: 'arithmetic', description: 'The same thing must not be given two values' }),
  ruleMeta('number-style', { category: 'style', type: 'style', defaultSeverity: 'warn', description: 'Figures are written consistently' }),
];

export function context(overrides: Partial<FormatterContext> = {}): FormatterContext {
  return { cwd, color: false, verbose: false, rules: knownRules, version: '0.1.0', ...overrides };
}

/** The example brief's problem lines, with a CRLF line end, a tab and non-ASCII text on the way. */
export const briefSource = [
  '# InvestAI',
  '',
  'The EU mobilises €200 billion.\r',
  'Four gigafactories, equipped with 100,00000 next-generation AI chips each.',
  '\tLater: roughly 100,000 chips each.',
].join('\n');

/** "100,00000" on line 4 of briefSource (column 35, nine characters). */
export const malformedChips = message({
  line: 4,
  column: 35,
  endLine: 4,
  endColumn: 44,
  message: '"100,00000" breaks the grouping rules: did you mean 100,000 or 10,000,000?',
});

/** "100,000" on line 5 of briefSource (after a tab), contradicting line 4. */
export const conflictingChips = message({
  ruleId: 'conflicting-figures',
  severity: 1,
  line: 5,
  column: 17,
  endLine: 5,
  endColumn: 24,
  message: 'Chips per gigafactory: 100,000 here, 10,000,000 before.',
  related: [{ message: 'first given here', line: 4, column: 35, endLine: 4, endColumn: 44 }],
});

export const fatalUnreadable = message({ ruleId: null, fatal: true, line: 0, column: 0, message: 'Could not read file: EACCES' });
