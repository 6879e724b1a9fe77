/**
 * Messages in the brief's language: the catalogues beside English, how the message locale is chosen,
 * and one-line messages for figures quoted across a line break.
 */
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { IntlMessageFormat } from 'intl-messageformat';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { alternatives, formatMessage } from '../../src/engine/messages.js';
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

/** Each placeholder's kind ("count: plural", "direction: select", "sum: argument"), nested ones included. */
function argumentKinds(pattern: string): string[] {
  const kinds = new Set<string>();
  const walk = (elements: readonly MessageFormatElement[]) => {
    for (const element of elements) {
      if (element.type === TYPE.literal || element.type === TYPE.pound) continue;
      kinds.add(`${element.value}: ${TYPE[element.type]}`);
      if (element.type === TYPE.select || element.type === TYPE.plural) for (const option of Object.values(element.options)) walk(option.value);
      if (element.type === TYPE.tag) walk(element.children);
    }
  };
  walk(new IntlMessageFormat(pattern, 'en').getAst());
  return [...kinds].sort();
}

const ARITHMETIC_RULES = ['sum-mismatch', 'product-mismatch', 'part-exceeds-whole', 'percent-sum', 'percent-of', 'table-total', 'conflicting-figures'];

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

  it('every message of every rule is in every catalogue, so catalogues cannot drift', () => {
    const withMessages = builtinRules.filter((rule) => rule.meta.messages);
    for (const rule of withMessages) {
      const english = Object.keys(rule.meta.messages!).sort();
      for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
        expect(Object.keys(catalogue![rule.meta.id] ?? {}).sort(), `${locale} ${rule.meta.id}`).toEqual(english);
      }
    }
    // No catalogue keeps a rule that has no messages (a renamed or removed rule).
    for (const catalogue of Object.values(CATALOGUES)) expect(Object.keys(catalogue!).filter((ruleId) => !findRule(ruleId)?.meta.messages)).toEqual([]);
    const translated = ['date-invalid', 'weekday-mismatch', 'timeline-order', 'range-order', 'number-style', 'number-format', ...ARITHMETIC_RULES];
    expect(withMessages.map((rule) => rule.meta.id)).toEqual(expect.arrayContaining(translated));
  });

  it('every select and plural of the English is kept in each translation', () => {
    for (const rule of builtinRules.filter((candidate) => candidate.meta.messages)) {
      for (const [messageId, english] of Object.entries(rule.meta.messages!)) {
        for (const [locale, catalogue] of Object.entries(CATALOGUES)) {
          const pattern = catalogue![rule.meta.id]![messageId]!;
          // A select or plural of the English is one in the translation too (a plain argument would print
          // its key); a translation may select on a plain value ("1er"), but pluralise only a number.
          const translated = argumentKinds(pattern);
          const original = argumentKinds(english);
          const where = `${locale} ${rule.meta.id}.${messageId}`;
          for (const kind of original.filter((name) => !name.endsWith(': argument'))) expect(translated, where).toContain(kind);
          for (const kind of translated.filter((name) => name.endsWith(': plural'))) expect(original, where).toContain(kind);
        }
      }
    }
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

describe('arithmetic in the brief\'s language', () => {
  const lint = (text: string, locale: 'nl' | 'de' | 'fr', rule: string) =>
    lintText(text, { locale, config: { rules: { [rule]: 'error' } } }).messages.filter((message) => message.ruleId === rule).map((message) => message.message);

  it('nl: a sum, a table total, a product and a share, one line each with the figures as the brief writes them', () => {
    expect(lint('Het fonds van € 2,2 miljard bestaat uit € 1,4 miljard voor onderzoek, € 0,35 miljard voor scholing en € 0,25 miljard voor de regio.\n', 'nl', 'sum-mismatch')).toEqual([
      'De posten tellen op tot € 2 miljard (€ 1,4 miljard + € 0,35 miljard + € 0,25 miljard), niet tot de vermelde € 2,2 miljard',
    ]);
    expect(lint('| Regio | Woningen |\n|---|---:|\n| Noord | 48.215 |\n| Zuid | 31.470 |\n| Totaal | 80.685 |\n', 'nl', 'table-total')).toEqual([
      'Het totaal is 80.685, maar de rijen tellen op tot 79.685 (48.215 + 31.470)',
    ]);
    expect(lint('De 22 gemeenten krijgen elk € 550.000, samen € 14,1 miljoen.\n', 'nl', 'product-mismatch')).toEqual([
      '22 × € 550.000 per stuk = € 12,1 miljoen, maar het totaal is € 14,1 miljoen',
    ]);
    expect(lint('De aandelen zijn verdeeld als 50 %, 30 % en 25 %.\n', 'nl', 'percent-sum')).toEqual(['De aandelen tellen op tot 105 %, niet tot 100 % (50 + 30 + 25)']);
  });

  it('de: a written sum, a part of its whole, a share and a contradiction', () => {
    expect(lint('Die Kosten: 2,4 Mrd. € + 1,1 Mrd. € = 3,7 Mrd. €.\n', 'de', 'sum-mismatch')).toEqual(['2,4 Mrd. € + 1,1 Mrd. € = 3,5 Mrd. €, nicht 3,7 Mrd. €']);
    expect(lint('Von den 80 Mio. Euro gehen davon 95 Mio. Euro an die Länder.\n', 'de', 'part-exceeds-whole')).toEqual([
      'Teil größer als das Ganze: 95 Mio. Euro ist Teil von 80 Mio. Euro, übersteigt es aber um 15 Mio. Euro',
    ]);
    expect(lint('Von den 16 Ländern haben 6 zugestimmt (25 %).\n', 'de', 'percent-of')).toEqual(['6 / 16 = 37,5 %, nicht 25 %']);
  });

  it('fr: French punctuation (no-break space before a colon) and quotation marks', () => {
    expect(lint('| Poste | Montant |\n|---|---:|\n| Études | 1 412 |\n| Travaux | 2 087 |\n| Total | 3 600 |\n', 'fr', 'table-total')).toEqual([
      'Le total indiqué est de 3 600, mais les lignes totalisent 3 499 (1 412 + 2 087)',
    ]);
    expect(lint('Sur les 1 200 communes, dont 1 450 rurales, la moitié a répondu.\n', 'fr', 'part-exceeds-whole')).toEqual([
      'Partie plus grande que le tout\u00a0: 1 450 fait partie de 1 200, mais le dépasse de 250',
    ]);
    expect(lint('Les coûts : 3,5 Md€ + 1,2 Md€ = 5,8 Md€.\n', 'fr', 'sum-mismatch')).toEqual(['3,5 Md€ + 1,2 Md€ = 4,7 Md€, et non 5,8 Md€']);
  });
});

describe('number-style in the brief\'s language', () => {
  const lint = (text: string, locale: 'nl' | 'de' | 'fr') =>
    lintText(text, { locale, config: { rules: { 'number-style': 'warn' } } }).messages.map((message) => message.message);

  it('says what to change, and who writes it that way', () => {
    expect(lint('Het budget is € 20 miljard, de bijdrage € 5 miljard en de reserve €3 miljard.', 'nl')).toEqual([
      'Schrijf "€ 3 miljard", niet "€3 miljard": een spatie na "€" (zoals 2 van de 3 getallen in dit document)',
    ]);
    expect(lint('Der Fonds hat 20 Mrd. €, der Beitrag 5 Mrd. € und die Reserve 3 Milliarden €.', 'de')).toEqual([
      'Schreiben Sie „3 Mrd. €“ statt „3 Milliarden €“: „Milliarden“ zu „Mrd.“ abkürzen (wie 2 von 3 Zahlen in diesem Dokument)',
    ]);
    expect(lint('La part est de 12,5 %, puis 8,2 % et enfin 4,1%.', 'fr')).toEqual([
      'Écrire «\u00a04,1 %\u00a0» et non «\u00a04,1%\u00a0»\u00a0: une espace avant «\u00a0%\u00a0» (comme 2 des 3 nombres de ce document)',
    ]);
  });

  it('offers the other grouping in a column in doubt', () => {
    expect(lint('| Land | Betrag |\n|---|---:|\n| A | 12.000 |\n| B | 7.500 |\n| C | 19,500 |\n', 'de')).toEqual([
      'Meinten Sie „19.500“? „19,500“ gliedert Tausender mit „,“ und liest sich als 19,5, anders als die übrigen Zahlen dieser Spalte ("12.000", "7.500")',
    ]);
  });
});

describe('number-format in the brief\'s language', () => {
  const lint = (text: string, locale: 'nl' | 'de' | 'fr') =>
    lintText(text, { locale, config: { rules: { 'number-format': 'error' } } }).messages.map((message) => message.message);

  it('names the mark the language does not write, and the readings (French groups them with narrow no-break spaces), with where the brief writes one', () => {
    expect(lint('---\nlang: nl\n---\nHet tarief is 4.4% en de bijdrage € 1.250.', 'nl')).toEqual([
      '"4.4" is geen geldig getal in het Nederlands (decimaalteken "." is niet gebruikelijk in het Nederlands): bedoelt u 4,4%?',
    ]);
    expect(lint('---\nlang: de\n---\nDer Zuschuss beträgt 4,50 Euro je Stunde und 1.500 Euro pro Jahr; der Rest 2.50 Euro.', 'de')).toEqual([
      '„2.50“ ist zweideutig (eine Tausendergruppe, der eine Ziffer fehlt, oder ein Dezimalzeichen „.“, das im Deutschen unüblich ist): meinten Sie 2.500 Euro oder 2,50 Euro?',
    ]);
    expect(lint('---\nlang: fr\n---\nLe coût est de 1 040 100,00 € et de 1 040 10 €.', 'fr')).toEqual([
      '«\u00a01 040 10\u00a0» n’est pas un nombre valide\u00a0: vouliez-vous écrire 1\u202f040\u202f100 € (comme à la ligne 4) ou 104\u202f010 €\u00a0?',
    ]);
  });

  it('names the column that writes its figures one foreign way', () => {
    const table = '---\nlang: nl\n---\n| Jaar | Aandeel |\n|---|---|\n| 2020 | 90.7% |\n| 2021 | 91.2% |\n| 2022 | 93.3% |\n| 2023 | 95.1% |\n';
    expect(lint(table, 'nl')).toEqual([
      '"90.7" is geen geldig getal in het Nederlands (decimaalteken "." is niet gebruikelijk in het Nederlands): bedoelt u 90,7%? De kolom "Aandeel" schrijft nog 3 getallen zo (regels 7–9).',
    ]);
  });
});

describe('formatting without loading ICU\'s locale data', () => {
  it('joins alternatives as Intl.ListFormat\'s disjunction lists do in each message language', () => {
    const items = ['100,000 (as on line 39)', '10,000,000', '1.5', 'x'];
    for (const [locale, tag] of [['en', 'en-GB'], ['nl', 'nl'], ['de', 'de'], ['fr', 'fr']] as const) {
      const list = new Intl.ListFormat(tag, { type: 'disjunction' });
      for (let count = 0; count <= items.length; count++) expect(alternatives(items.slice(0, count), locale)).toBe(list.format(items.slice(0, count)));
    }
  });

  it('leaves intl-messageformat\'s locale resolution as it found it', () => {
    const resolveLocale = IntlMessageFormat.resolveLocale;
    expect(formatMessage('x', 'm', { m: '{n, plural, one {# item} other {# items}}' }, { n: 2 }, 'nl')).toBe('2 items');
    expect(IntlMessageFormat.resolveLocale).toBe(resolveLocale);
  });
});
