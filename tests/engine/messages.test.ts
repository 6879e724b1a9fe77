/**
 * Messages in the brief's language: the catalogues beside English, how the message locale is chosen,
 * and one-line messages for figures quoted across a line break.
 */
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { CATALOGUES } from '../../src/messages/index.js';
import { builtinRules, findRule } from '../../src/rules/index.js';

/** The placeholders a pattern uses, nested ones included. */
function placeholders(pattern: string): string[] {
  const names = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      names.add(element.value);
      if (element.type === TYPE.select || element.type === TYPE.plural) for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(pattern, 'en').getAst());
  return [...names].sort();
}

describe('message catalogues', () => {
  for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
    it(`${locale}: every message translates a rule's English message, with the same placeholders`, () => {
      for (const [ruleId, messages] of Object.entries(catalogue!)) {
        const english = findRule(ruleId)?.meta.messages;
        expect(english, `${ruleId} has messages`).toBeDefined();
        for (const [messageId, pattern] of Object.entries(messages)) {
          expect(english![messageId], `${ruleId}.${messageId} in English`).toBeDefined();
          expect(placeholders(pattern), `${locale} ${ruleId}.${messageId}`).toEqual(placeholders(english![messageId]!));
        }
      }
    });
  }

  it('the date rules are translated whole, in every language', () => {
    for (const ruleId of ['date-invalid', 'weekday-mismatch', 'timeline-order', 'range-order']) {
      const english = Object.keys(findRule(ruleId)!.meta.messages!).sort();
      for (const catalogue of Object.values(CATALOGUES)) expect(Object.keys(catalogue![ruleId]!).sort()).toEqual(english);
    }
    expect(builtinRules.filter((rule) => rule.meta.messages).length).toBeGreaterThanOrEqual(4);
  });
});

describe('the message locale', () => {
  const lint = (text: string, options: Parameters<typeof lintText>[1] = {}) =>
    lintText(text, { config: { rules: { 'weekday-mismatch': 'error', 'timeline-order': 'error' } }, ...options }).messages.map((message) => `${message.ruleId}: ${message.message}`);

  it("is the brief's language when it is stated or clear, English otherwise", () => {
    expect(lint('---\nlang: nl\n---\nDe stemming is op dinsdag 10 februari 2025.\n')).toEqual(['weekday-mismatch: 10 februari 2025 is een maandag, geen dinsdag']);
    expect(lint('Die Sitzung ist am Dienstag, dem 10. Februar 2025.', { locale: 'de' })).toEqual(['weekday-mismatch: Der 10. Februar 2025 ist ein Montag, kein Dienstag']);
    expect(lint('La séance a lieu le lundi 1er juillet 2025.', { locale: 'fr' })).toEqual(['weekday-mismatch: Le 1er juillet 2025 est un mardi, pas un lundi']);
    expect(lint('The vote is on Tuesday 10 February 2025.')).toEqual(['weekday-mismatch: 10 February 2025 is a Monday, not a Tuesday']);
  });

  it('is set by --message-locale and config, and never changes the rule ids', () => {
    const dutch = '- eind 2026: oproep\n- medio 2026: fonds\n- 2027: start\n';
    expect(lint(dutch, { locale: 'nl' })).toEqual(['timeline-order: medio 2026 staat in deze tijdlijn na eind 2026, maar eindigt al voordat eind 2026 begint']);
    expect(lint(dutch, { locale: 'nl', messageLocale: 'en' })).toEqual(['timeline-order: medio 2026 comes after eind 2026 in this timeline but ends before it begins']);
    const configured = lintText(dutch, { locale: 'nl', config: { messageLocale: 'fr', rules: { 'timeline-order': 'error' } } }).messages;
    expect(configured.map((message) => [message.ruleId, message.message])).toEqual([
      ['timeline-order', 'medio 2026 vient après eind 2026 dans ce calendrier, mais se termine avant le début de eind 2026'],
    ]);
    expect(configured[0]!.related?.[0]?.message).toBe('l’élément précédent\u00a0: eind 2026');
  });
});

describe('one-line messages', () => {
  it('quote a figure that spans a line break on one line, at its place', () => {
    const [message] = lintText('The report is due on 31\nApril 2026 at the latest.\n', { config: { rules: { 'date-invalid': 'error' } } }).messages;
    expect(message).toMatchObject({ message: '31 April 2026 does not exist: April has 30 days', line: 1, column: 22, endLine: 2, endColumn: 11 });
  });
});
