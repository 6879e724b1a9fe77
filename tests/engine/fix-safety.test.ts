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

  it('refuses a fix after which the brief would be read another way', () => {
    // The fix turns English words into Dutch ones: read anew, the brief would be Dutch, and the next
    // --fix would read (and restyle) its figures that way: one reading per run means per brief too.
    const result = fixWith('The plan: 400 000 homes and the flats. SWAP', 'SWAP', 'het de van een het de van een het de van een zijn wordt');
    expect(result.output).toBeUndefined();
    expect(result.messages.map((message) => [message.message, message.fix])).toEqual([['read as en', undefined], ['change', undefined]]);
  });
});

/** Counter-examples the property test (fix-properties.test.ts) found, shrunk and kept as they were found. */
describe('counter-examples of the --fix properties', () => {
  it('keeps "1 000 mld. €" in a Dutch brief whose round thousands vote English ("1,000 mld." is one milliard to its readers)', () => {
    const text = 'Het plan financiert 1,000mld. woningen.\n\nHet plan financiert 1,000mld. € woningen en 1 000 mld. € woningen.\n\n';
    expect(buildBrief(text).localeCandidates).toEqual(['en', 'nl']);
    expect(fixed(text)).toBe(text);
  });

  it('hears the prose\'s language in capitals too ("Het plan"): "1 000%" does not become "1,000%" in Dutch prose', () => {
    const text = '- Het plan financiert 1 000% woningen en 100.0–1,000 woningen.\n- Het plan financiert 1,000 duizend woningen.\n- Het plan financiert 1,000.0% woningen.\n\nHet plan financiert 100–100 woningen.\n\n';
    expect(fixed(text)).not.toContain('1,000% woningen en');
    for (const locale of ['en', 'nl'] as const) expect(meanings(fixed(text), locale)).toEqual(meanings(text, locale));
  });

  it('leaves a figure alone that another candidate locale reads as another value ("1,000 %" beside German prose)', () => {
    const text = 'Der Plan finanziert 100.0% Wohnungen und 0Mrd. € Wohnungen.\n\nDer Plan finanziert 1,000% Wohnungen und 1,000 % Wohnungen. Der Plan finanziert 1,000.0Mrd. Wohnungen.\n\n';
    expect(fixed(text)).toContain('1,000 % Wohnungen');
  });

  it('is idempotent when a fix would sway the locale vote (the fixed "1,000bn" was the figure that proved English)', () => {
    const text = [
      '- The plan funds 0.0 € homes.',
      '- The plan funds 1,000–0.0 homes and 1 000 bn € homes and 1 000 € homes.',
      '- The plan funds 1,000bn homes and 1.000.000 bn € homes.',
      '',
      '| Item | Value |',
      '|---|---:|',
      '| Homes | 1 000bn |',
      '| Homes | 100 bn € |',
      '',
      '',
    ].join('\n');
    const once = fixed(text);
    expect(fixed(once)).toBe(once);
  });
});
