/**
 * sum-mismatch on the example briefs: silent on their correct composition check, and it finds a wrong
 * sum planted in it, at its line, with the arithmetic.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/sum-mismatch.js';
import { lintWithRule } from '../helpers/rule-tester.js';

const english = readFileSync(new URL('../../fixtures/investai-brief.md', import.meta.url), 'utf8');
const dutch = readFileSync(new URL('../../fixtures/investai-brief.nl.md', import.meta.url), 'utf8');

function lineOf(text: string, needle: string): number {
  return text.slice(0, text.indexOf(needle)).split('\n').length;
}

describe('sum-mismatch on the example briefs', () => {
  it('is silent on the briefs as written', () => {
    expect(lintWithRule(rule, { code: english })).toEqual([]);
    expect(lintWithRule(rule, { code: dutch })).toEqual([]);
  });

  it('finds a wrong sum planted in the English brief', () => {
    const planted = english.replace('€ 50 bn + € 150 bn = € 200 bn', '€ 50 bn + € 150 bn = € 250 bn');
    expect(planted).not.toBe(english);
    const messages = lintWithRule(rule, { code: planted });
    expect(messages.map((m) => [m.line, m.message])).toEqual([
      [lineOf(planted, '€ 50 bn + € 150 bn = € 250 bn'), '€ 50 bn + € 150 bn = € 200 bn, not € 250 bn'],
    ]);
  });

  it('finds a wrong sum and a mixed currency planted in the Dutch brief', () => {
    const planted = dutch.replace('€ 50 mld. + € 150 mld. = € 200 mld.', '€ 50 mld. + € 150 mld. = € 210 mld.');
    expect(planted).not.toBe(dutch);
    const line = lineOf(planted, '€ 210 mld.');
    expect(lintWithRule(rule, { code: planted }).map((m) => [m.line, m.message])).toEqual([
      [line, '€ 50 mld. + € 150 mld. = € 200 mld., not € 210 mld.'],
    ]);
    const mixed = dutch.replace('€ 50 mld. + € 150 mld.', '€ 50 mld. + $ 150 mld.');
    expect(lintWithRule(rule, { code: mixed }).map((m) => m.line)).toEqual([line]);
  });
});
