/**
 * --fix never changes what a brief says (issue 19): the examples that did, and the mechanism that
 * now stops them (one reading per run, every candidate locale and currency, the engine's own check).
 */
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { lintText } from '../../src/engine/lint.js';
import { defineRule } from '../../src/engine/types.js';
import { buildBrief } from '../../src/parse/index.js';
import { meaningOf } from '../../src/quantity/meaning.js';
import type { Locale } from '../../src/quantity/types.js';
import { builtinRules } from '../../src/rules/index.js';

const fix = (text: string) => lintText(text, { rules: builtinRules, fix: true });
const fixed = (text: string) => fix(text).output ?? text;

/** Every figure's meaning, in order, under one locale. */
function meanings(text: string, locale: Locale): string[] {
  return buildBrief(text, { locale }).figures.map(meaningOf);
}

describe('the examples of issue 19 keep their values', () => {
  it('does not rewrite "3.125 %" as "3 125 %" when a first pass changes the locale vote', () => {
    const text = [
      'The plan builds 400 000 homes, renovates 350 000 flats and creates 200 000 jobs.',
      'It supports 120,000 firms and 90,000 farms.',
      'The mortgage rate is capped at 3.125 % and inflation stays near 2,5 %.',
      '',
    ].join('\n');
    const output = fixed(text);
    expect(output).toContain('3.125 %');
    // Figures in a brief whose figures disagree are read the same under both conventions after the fix.
    for (const locale of ['en', 'nl'] as const) expect(meanings(output, locale)).toEqual(meanings(text, locale));
  });

  it('does not let a Dutch quotation decide how an English brief is read', () => {
    const text = [
      'It supports 120,000 first-time buyers and 90,000 renters; the rate is 3.125 %.',
      '',
      '> "Wij steunen 1,5 miljoen huishoudens met 2,5 procent en 3,75 procent", zei de minister.',
      '',
      'The minister quoted "1,5 miljoen" and "12,5 procent" again.',
      '',
    ].join('\n');
    const brief = buildBrief(text);
    expect(brief.locale).toBe('en');
    expect(fixed(text)).toContain('120,000 first-time buyers');
    expect(meanings(fixed(text), 'en')).toEqual(meanings(text, 'en'));
  });

  it('never turns a lone decimal in a column of thousands into thousands', () => {
    const text = '| Item | Value |\n|---|---:|\n| Homes | 12,000 |\n| Flats | 7,500 |\n| Average household size | 2.375 |\n| Jobs | 9,000 |\n';
    expect(fixed(text)).toBe(text);
    const message = fix(text).messages.find((entry) => entry.ruleId === 'number-style');
    // Offered, never applied.
    expect(message?.fix).toBeUndefined();
    expect(message?.suggestions?.map((suggestion) => suggestion.fix.text)).toEqual(['2,375']);
  });

  it('keeps "$6m" beside "US$4m": "$" may be another dollar', () => {
    const text = 'Canberra committed $6m (about US$4m) to the fund. Washington added US$10m and US$12m later.\n';
    expect(fixed(text)).toBe(text);
  });

  it('keeps "¥ 5 m": the yen sign is also the yuan sign', () => {
    const text = 'Tokyo gave ¥ 5 m. Beijing gave JPY 7 m and JPY 9 m and JPY 2 m.\n';
    expect(fixed(text)).toBe(text);
  });

  it('keeps a token ticker after a figure ("6,500 $ENS") and a figure in doubt ("$1,50")', () => {
    const text = 'The DAO holds 6,500 $ENS and spent $1,50 on gas. It paid $2.50, $3.75 and $4.25 in fees.\n';
    expect(fixed(text)).toBe(text);
  });

  it('turns a hyphen into a minus only where it can only be a sign', () => {
    const text = 'Growth ranged 20 % -5 % in the scenarios, with losses of −3 % and −4 % and −6 %.\n';
    expect(fixed(text)).toBe(text);
    // After a word it can be nothing but a sign.
    expect(fixed('Losses of −3 % and −4 % and −6 %, and then -5 % again.\n')).toBe('Losses of −3 % and −4 % and −6 %, and then −5 % again.\n');
  });

  it('still fixes what reads the same under every locale the brief could be in', () => {
    expect(fixed('Growth was 25 % in 2024, 12 % in 2025 and 3% in 2026.')).toBe('Growth was 25 % in 2024, 12 % in 2025 and 3 % in 2026.');
    expect(fixed('The fund has € 20 bn, € 5 bn and € 7 billion for the 120,000 firms.')).toBe('The fund has € 20 bn, € 5 bn and € 7 bn for the 120,000 firms.');
  });
});

/** A rule of the test's own: proposes whatever fix it is told, and says which locale it read. */
const proposeRule = defineRule({
  meta: {
    id: 'propose',
    description: 'Proposes a fix',
    category: 'style',
    type: 'style',
    defaultSeverity: 'warn',
    fixable: true,
    options: z.strictObject({ find: z.string().default('FIND'), replace: z.string().default('') }),
  },
  check(brief, { report, options }) {
    const at = brief.source.indexOf(options.find);
    report({ range: { start: 0, end: 0 }, message: `read as ${brief.locale}` });
    if (at >= 0) report({ range: { start: at, end: at + options.find.length }, message: 'change', fix: { range: { start: at, end: at + options.find.length }, text: options.replace } });
  },
});

function fixWith(text: string, find: string, replace: string) {
  return lintText(text, { rules: [proposeRule], config: { rules: { propose: ['warn', { find, replace }] } }, fix: true });
}

describe('the fixer checks every fix itself', () => {
  it('refuses any rule\'s fix that changes a value, and reports it without the fix', () => {
    const result = fixWith('The rate is capped at 3.125 % for 120,000 firms.', '3.125', '3 125');
    expect(result.output).toBeUndefined();
    const change = result.messages.find((message) => message.message === 'change');
    expect(change?.fix).toBeUndefined();
    expect(result.fixableWarningCount).toBe(0);
  });

  it('refuses a fix that narrows a currency ("$" to "US$") or adds a figure', () => {
    expect(fixWith('It costs $6m in all.', '$6m', 'US$6m').output).toBeUndefined();
    expect(fixWith('It costs $6m in all.', 'in all', 'and 5 %').output).toBeUndefined();
  });

  it('applies a fix that changes no figure', () => {
    expect(fixWith('It costs $6m in all.', 'in all', 'altogether').output).toBe('It costs $6m altogether.');
  });

  it('reads every pass with the locale it chose for the original text', () => {
    // The fix turns English words into Dutch ones: read anew, the second pass would vote Dutch.
    const result = fixWith('The plan: 400 000 homes and the flats. SWAP', 'SWAP', 'het de van een het de van een het de van een zijn wordt');
    expect(result.output).toContain('het de van');
    expect(result.messages.map((message) => message.message)).toEqual(['read as en']);
  });
});
