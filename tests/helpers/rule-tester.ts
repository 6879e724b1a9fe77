/**
 * RuleTester in ESLint's style: `valid` snippets must produce nothing (every false-alarm trap goes
 * there), `invalid` snippets must produce exactly the listed messages at the listed places.
 */
import { describe, expect, it } from 'vitest';
import type { RuleEntryInput } from '../../src/engine/config.js';
import { lintText } from '../../src/engine/lint.js';
import type { LintMessage, Rule } from '../../src/engine/types.js';
import { applyFixes } from '../../src/engine/fix.js';
import type { LocaleSetting } from '../../src/quantity/types.js';
import type { MessageLocaleSetting } from '../../src/engine/messages.js';

export interface ValidCase {
  code: string;
  name?: string;
  locale?: LocaleSetting;
  /** The language of messages; English unless given, so that a rule's cases read its English wording. */
  messageLocale?: MessageLocaleSetting;
  options?: Record<string, unknown>;
}

export interface ExpectedMessage {
  message?: string | RegExp;
  line: number;
  column: number;
  endLine?: number;
  endColumn?: number;
  suggestions?: string[];
  /** 1 (warning) or 2 (error), under the rule configured as an error; unchecked when left out. */
  severity?: 1 | 2;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedMessage[];
  /** The text after one pass of the messages' fixes, as ESLint's RuleTester checks it. */
  output?: string;
}

export function lintWithRule(rule: Rule, testCase: ValidCase): LintMessage[] {
  const id = rule.meta.id;
  const setting: RuleEntryInput = testCase.options ? ['error', testCase.options] : 'error';
  const result = lintText(testCase.code, {
    rules: [rule],
    config: { rules: { [id]: setting } },
    ...(testCase.locale ? { locale: testCase.locale } : {}),
    messageLocale: testCase.messageLocale ?? 'en',
  });
  return result.messages;
}

function label(testCase: ValidCase): string {
  return testCase.name ?? testCase.code.replace(/\s+/g, ' ').slice(0, 80);
}

export function runRuleTests(rule: Rule, cases: { valid: Array<string | ValidCase>; invalid: InvalidCase[] }): void {
  describe(rule.meta.id, () => {
    describe('valid', () => {
      for (const entry of cases.valid) {
        const testCase = typeof entry === 'string' ? { code: entry } : entry;
        it(label(testCase), () => {
          expect(lintWithRule(rule, testCase).map((m) => `${m.line}:${m.column} ${m.message}`)).toEqual([]);
        });
      }
    });
    describe('invalid', () => {
      for (const testCase of cases.invalid) {
        it(label(testCase), () => {
          const messages = lintWithRule(rule, testCase);
          expect(messages).toHaveLength(testCase.errors.length);
          testCase.errors.forEach((expected, index) => {
            const actual = messages[index]!;
            expect(actual.ruleId).toBe(rule.meta.id);
            expect({ line: actual.line, column: actual.column }).toEqual({ line: expected.line, column: expected.column });
            if (expected.endLine !== undefined) expect(actual.endLine).toBe(expected.endLine);
            if (expected.endColumn !== undefined) expect(actual.endColumn).toBe(expected.endColumn);
            if (typeof expected.message === 'string') expect(actual.message).toBe(expected.message);
            else if (expected.message) expect(actual.message).toMatch(expected.message);
            if (expected.severity !== undefined) expect(actual.severity).toBe(expected.severity);
            if (expected.suggestions) expect(actual.suggestions?.map((s) => s.fix.text)).toEqual(expected.suggestions);
          });
          if (testCase.output !== undefined) {
            const fixes = messages.flatMap((message) => (message.fix ? [message.fix] : []));
            expect(applyFixes(testCase.code, fixes).output).toBe(testCase.output);
          }
        });
      }
    });
  });
}
