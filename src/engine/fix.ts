/**
 * Applying fixes, as ESLint does: the fixes attached to messages are range edits into the source
 * (BOM excluded); each pass applies those that do not overlap an earlier one, then the text is linted
 * again, up to MAX_FIX_PASSES times. Pure: no file system here (see files.ts for writing).
 */
import type { LintMessage, LintResult } from './types.js';

/** ESLint's limit: a rule that keeps fixing its own output must not loop forever. */
export const MAX_FIX_PASSES = 10;

const BOM = '\uFEFF';

export type EslintFix = NonNullable<LintMessage['fix']>;

/**
 * Applies the fixes that do not overlap, in order of their start (ties: the earlier message). A fix
 * that starts where or before the previous one ended waits for the next pass, as in ESLint's
 * SourceCodeFixer. Offsets are into `source`.
 */
export function applyFixes(source: string, fixes: readonly EslintFix[]): { output: string; applied: number } {
  const ordered = fixes
    .map((fix, index) => ({ fix, index }))
    .filter(({ fix }) => fix.range[0] >= 0 && fix.range[1] >= fix.range[0] && fix.range[1] <= source.length)
    .sort((a, b) => a.fix.range[0] - b.fix.range[0] || a.fix.range[1] - b.fix.range[1] || a.index - b.index);
  let output = '';
  let copiedUpTo = 0;
  let lastEnd = -1;
  let applied = 0;
  for (const { fix } of ordered) {
    const [start, end] = fix.range;
    if (start <= lastEnd) continue;
    output += source.slice(copiedUpTo, start) + fix.text;
    copiedUpTo = end;
    lastEnd = end;
    applied++;
  }
  return { output: output + source.slice(copiedUpTo), applied };
}

export interface FixedLint {
  /** The messages of the last pass (what is left), with `output` set when the text changed. */
  result: LintResult;
  /** The fixed text, BOM included when the input had one; equal to the input when nothing was fixed. */
  output: string;
  fixed: boolean;
}

/**
 * Whether a fixed text says what the text before it said (see lint.ts: every figure's value,
 * currency and unit under every locale the brief could be in). Texts exclude the BOM.
 */
export type KeepsMeaning = (before: string, after: string) => boolean;

/**
 * The output of the fixes that keep the text's meaning. Applied together first; when that changes
 * what the text says, each fix is tried alone and only those that keep it are applied (and when even
 * those do not keep it together, the first of them alone). Safe whatever the rules propose.
 */
export function applySafeFixes(
  source: string,
  fixes: readonly EslintFix[],
  keepsMeaning: KeepsMeaning,
): { output: string; applied: number; refused: EslintFix[] } {
  const all = applyFixes(source, fixes);
  if (all.applied === 0 || keepsMeaning(source, all.output)) return { ...all, refused: [] };
  const safe: EslintFix[] = [];
  const refused: EslintFix[] = [];
  for (const fix of fixes) {
    const alone = applyFixes(source, [fix]);
    if (alone.applied > 0 && keepsMeaning(source, alone.output)) safe.push(fix);
    else refused.push(fix);
  }
  if (safe.length === 0) return { output: source, applied: 0, refused };
  const together = applyFixes(source, safe);
  if (keepsMeaning(source, together.output)) return { ...together, refused };
  return { ...applyFixes(source, safe.slice(0, 1)), refused };
}

/**
 * Lints, applies the fixes `shouldFix` accepts (and `keepsMeaning` allows), and lints again until
 * nothing is left to fix or MAX_FIX_PASSES passes are done. A text that failed to parse (a fatal
 * message) is never fixed.
 */
export function lintAndFix(
  text: string,
  lint: (text: string) => LintResult,
  shouldFix: (message: LintMessage) => boolean = () => true,
  keepsMeaning: KeepsMeaning = () => true,
): FixedLint {
  const hasBom = text.startsWith(BOM);
  let current = text;
  let result = lint(current);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    if (result.fatalErrorCount > 0) break;
    const fixes = result.messages.flatMap((message) => (message.fix && shouldFix(message) ? [message.fix] : []));
    if (fixes.length === 0) break;
    const source = hasBom ? current.slice(1) : current;
    const { output, applied, refused } = applySafeFixes(source, fixes, keepsMeaning);
    if (applied === 0 || output === source) {
      // What is left is reported without the fixes that would have changed what the text says.
      result = withoutFixes(result, refused);
      break;
    }
    current = hasBom ? BOM + output : output;
    result = lint(current);
  }
  const fixed = current !== text;
  return { result: fixed ? withOutput(result, current) : result, output: current, fixed };
}

/**
 * A lint's result offering only the fixes `--fix` would apply: those `keepsMeaning` refuses are taken
 * off their messages (the problems are still reported) and the fixable counts told again.
 */
export function withApplicableFixes(result: LintResult, keepsMeaning: KeepsMeaning): LintResult {
  if (result.fatalErrorCount > 0 || result.source === undefined) return result;
  const fixes = result.messages.flatMap((message) => (message.fix ? [message.fix] : []));
  if (fixes.length === 0) return result;
  return withoutFixes(result, applySafeFixes(result.source, fixes, keepsMeaning).refused);
}

/** The result with the given fixes taken off their messages, and the fixable counts told again. */
function withoutFixes(result: LintResult, refused: readonly EslintFix[]): LintResult {
  if (refused.length === 0) return result;
  const isRefused = (fix: EslintFix) => refused.some((other) => other.range[0] === fix.range[0] && other.range[1] === fix.range[1] && other.text === fix.text);
  const messages = result.messages.map((message): LintMessage => {
    if (!message.fix || !isRefused(message.fix)) return message;
    const { fix: _fix, ...rest } = message;
    return rest;
  });
  const fixable = (severity: number) => messages.filter((message) => message.severity === severity && message.fix !== undefined).length;
  return { ...result, messages, fixableErrorCount: fixable(2), fixableWarningCount: fixable(1) };
}

/** ESLint's shape after a fix: `output` instead of `source`, before usedDeprecatedRules. */
function withOutput(result: LintResult, output: string): LintResult {
  const { usedDeprecatedRules, source: _source, ...rest } = result;
  return { ...rest, output, usedDeprecatedRules };
}
