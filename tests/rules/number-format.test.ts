import rule from '../../src/rules/number-format.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests(rule, {
  valid: [
    'Four gigafactories containing roughly 100,000 chips each: a pool of 400 000 accelerators.',
    '€20 billion for four gigafactories; € 50 bn + € 150 bn = € 200 bn; ≈ 100 k GPUs each; 25 %; x10.',
    'The budget is $1,040,100 and the rate 2.5 %.',
    'See Regulation (EU) 2021/694, Article 4(2), COM(2025) 165 final and OJ L 166.',
    'Published on 11 February 2025 (14.05.2025 in the annex), version v1.2.300, section 3.1.2.',
    'Call +32 2 299 11 11 between 10.30 and 12.00; the helpdesk is open 24/7.',
    'Exercises 22,24,26,31 and the years 2024,2025 are listed.',
    'Timeline: Q4 2025 → H1 2026 → 2027 → End 2027.',
    'Inline code is not prose: `100,00000` and [a link](https://example.com/100,00000).',
    '```\n100,00000 rows in the raw export\n```',
    { code: 'De EU investeert € 1,5 miljard in 100.000 chips en 400.000 versnellers.', locale: 'nl' },
    { code: 'Die Bundesregierung stellt 1,5 Mrd. € bereit, 821 710 000 000 Euro insgesamt.', locale: 'de' },
    { code: "L'Union mobilise 1,5 milliard d'euros, soit 20 % du total et 400 000 puces.", locale: 'fr' },
    { code: 'Population: 12,34,567 people.', options: { allowLakh: true } },
    {
      name: 'a quotation keeps the style of its source',
      code: '---\nlang: en\n---\n\n> "Wij investeren € 1,5 miljard in 100.000 aansluitingen", said the minister.\n',
    },
    {
      name: 'the other locale\'s decimal mark is not an error when the locale is only voted',
      code: 'Het kost € 1,5 miljoen en € 88.270 per jaar, een bijdrage van 4.4% van het budget.',
    },
    { name: 'a lone zero is not a thousands group', code: 'tax_rates = pd.DataFrame(np.arange(0,1001, 50))' },
  ],
  invalid: [
    {
      name: 'the other locale\'s decimal mark when the brief states its locale',
      code: '---\nlang: nl\n---\n\nHet kost € 1,5 miljoen, een bijdrage van 4.4% van het budget.\n',
      errors: [
        {
          line: 5,
          column: 42,
          endColumn: 46,
          message: '"4.4" is not a valid Dutch number (decimal "." is not Dutch style): did you mean 4,4%?',
          suggestions: ['4,4'],
        },
      ],
    },
    {
      code: '€20 billion for four gigafactories equipped with 100,00000 next-generation AI chips each.',
      errors: [
        {
          line: 1,
          column: 50,
          message: '"100,00000" is not a valid number: did you mean 100,000 or 10,000,000?',
          suggestions: ['100,000', '10,000,000'],
        },
      ],
    },
    {
      name: 'prefers the reading the document uses elsewhere, and names its line',
      code: 'Four factories with 100,00000 chips each.\n\nLater: roughly 10,000,000 chips in all.',
      errors: [
        {
          line: 1,
          column: 21,
          message: '"100,00000" is not a valid number: did you mean 10,000,000 (as on line 3) or 100,000?',
          suggestions: ['10,000,000', '100,000'],
        },
      ],
    },
    {
      name: 'a bad group inside an amount with a currency',
      code: 'The fee is $1,040,100,00 per year.',
      errors: [{ line: 1, column: 12, message: /^"1,040,100,00" is not a valid number/ }],
    },
    {
      name: 'Dutch grouping with a point',
      code: 'Elke fabriek krijgt 100.00000 chips.',
      locale: 'nl',
      errors: [{ line: 1, column: 21, message: '"100.00000" is not a valid number: did you mean 100.000 or 10.000.000?' }],
    },
    {
      name: 'lakh grouping is malformed unless allowed',
      code: 'Population: 12,34,567 people.',
      errors: [{ line: 1, column: 13, message: /^"12,34,567" is not a valid number/ }],
    },
    {
      name: 'positions stay exact after CRLF, a BOM, tabs and multi-byte text',
      code: '\uFEFF# Titel 🇪🇺\r\n\r\nÉlan — naïve 🚀:\t1,0000 units.\r\n',
      errors: [{ line: 3, column: 18, endLine: 3, endColumn: 24 }],
    },
  ],
});
