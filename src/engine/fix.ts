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
 * Lints, applies the fixes `shouldFix` accepts, and lints again until nothing is left to fix or
 * MAX_FIX_PASSES passes are done. A text that failed to parse (a fatal message) is never fixed.
 */
export function lintAndFix(
  text: string,
  lint: (text: string) => LintResult,
  shouldFix: (message: LintMessage) => boolean = () => true,
): FixedLint {
  const hasBom = text.startsWith(BOM);
  let current = text;
  let result = lint(current);
  for (let pass = 0; pass < MAX_FIX_PASSES; pass++) {
    if (result.fatalErrorCount > 0) break;
    const fixes = result.messages.flatMap((message) => (message.fix && shouldFix(message) ? [message.fix] : []));
    if (fixes.length === 0) break;
    const source = hasBom ? current.slice(1) : current;
    const { output, applied } = applyFixes(source, fixes);
    if (applied === 0 || output === source) break;
    current = hasBom ? BOM + output : output;
    result = lint(current);
  }
  const fixed = current !== text;
  return { result: fixed ? withOutput(result, current) : result, output: current, fixed };
}

/** ESLint's shape after a fix: `output` instead of `source`, before usedDeprecatedRules. */
function withOutput(result: LintResult, output: string): LintResult {
  const { usedDeprecatedRules, source: _source, ...rest } = result;
  return { ...rest, output, usedDeprecatedRules };
}
