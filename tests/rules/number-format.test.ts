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
    { name: 'a clock time stays a time in a brief that groups with points', code: 'Open van 9.00 tot 17.00; er zijn 1.500 loketten.', locale: 'nl' },
    {
      name: 'a brief that writes times of day keeps its "9.25" a time',
      code: 'Die Sitzung beginnt um 9.30 Uhr und ist nicht öffentlich. Es werden 1.500 Plätze mit der Zeit 9.25 verglichen.',
      locale: 'de',
    },
    { name: 'the tail of a reference is no figure', code: 'Zie VN 2007/35.13 en 1.500 woningen.', locale: 'nl' },
    { name: 'three decimals on a percentage or a scaled figure are decimals', code: 'Het kost 2,500 % en 1,250 miljard voor 1.500 woningen.', locale: 'nl' },
    { name: 'French numbers side by side are not one figure', code: 'Voir pages 12 15 et 16 ; en 2019 12 000 personnes.', locale: 'fr' },
    { name: 'a short group is only in doubt where the brief groups thousands that way', code: 'The brief never groups thousands: it lists 21,00 as a value.', locale: 'en' },
    { name: 'a list of numbers without spaces stays a list', code: 'Colours 255,255,255,0.8 and 1,500 more.', locale: 'en' },
  ],
  invalid: [
    {
      name: 'German prose whose only deciding figure lost a digit is still German ("4.00 Euro")',
      code: 'Die Studiengebühren werden für die Dauer eines Jahres bis zur Höhe von 4.00 Euro geleistet. Der Zuschlag ist nicht übertragbar und wird mit der Beihilfe gezahlt, der Antrag ist mit den Unterlagen einzureichen, und die Frist ist nicht verlängerbar. Der Betrag wird mit der Zahlung verrechnet und ist mit dem Bescheid mitzuteilen.',
      errors: [{ line: 1, column: 72, message: /^"4\.00" is not a valid number: did you mean .*4\.000 Euro/ }],
    },
    {
      name: 'a German brief that writes no time of day: "9.25" is a thousands figure that lost a digit',
      code: 'Von den 12.500 Apps hat mehr als ein Fünftel der Apps (9.25) immer noch keine Angaben gemacht, und 3.348 Apps sind nicht mehr verfügbar.',
      locale: 'de',
      errors: [{ line: 1, column: 56, message: /^"9\.25" has two readings .*did you mean 9\.250 or 9,25\?/ }],
    },
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
      name: 'a thousands group short of a digit before a counted noun',
      code: 'The shelters turned away 450,00 people, up from 3,812 in 2021.',
      locale: 'en',
      errors: [{ line: 1, column: 26, endColumn: 32, message: '"450,00" is not a valid number: did you mean 450, 450,000 or 45,000?', suggestions: ['450', '450,000', '45,000'] }],
    },
    {
      name: 'a bare short group in a brief that groups thousands with that mark',
      code: 'Gas: 21,00 per call, against 1,500 before.',
      locale: 'en',
      errors: [{ line: 1, column: 6, endColumn: 11, message: '"21,00" is not a valid number: did you mean 21, 21,000 or 2,100?' }],
    },
    {
      name: 'a short group in a table column that groups thousands, even if it looks like a time',
      code: '| Gemeente | Woningzoekenden |\n|---|---|\n| Utrecht | 14.820 |\n| Amersfoort | 12.50 |\n| Zeist | 3.145 |',
      locale: 'nl',
      errors: [
        {
          line: 4,
          column: 16,
          endColumn: 21,
          message: '"12.50" has two readings (a thousands group missing a digit, or a decimal ".", which Dutch does not write): did you mean 12.500 or 12,50?',
          suggestions: ['12.500', '12,50'],
        },
      ],
    },
    {
      name: 'English thousands in a Dutch count: a decimal or a thousands group',
      code: 'Van de 4.800 ondervraagde ondernemers gaven er 3,100 ondernemers aan.',
      locale: 'nl',
      errors: [{ line: 1, column: 48, endColumn: 53, message: '"3,100" has two readings (a decimal, or thousands grouped with ",", which Dutch does not write): did you mean 3.100 or 3,100?' }],
    },
    {
      name: 'French spaced thousands with one group of the wrong length',
      code: 'La commune compte 1 5000 habitants et 450 00 personnes, 7 30 000 entrées.',
      locale: 'fr',
      errors: [
        { line: 1, column: 19, endColumn: 25, message: /^"1 5000" is not a valid number: did you mean 1\s500 or 15\s000\?$/u },
        { line: 1, column: 39, endColumn: 45, message: /^"450 00" is not a valid number: did you mean 45\s000 or 450\s000\?$/u },
        { line: 1, column: 57, endColumn: 65, message: /^"7 30 000" is not a valid number: did you mean 730\s000\?$/u },
      ],
    },
    {
      name: 'thousands with a decimal, one group short of a digit nobody can guess',
      code: 'Amount: $1,148,88.31 in stable assets.',
      locale: 'en',
      errors: [{ line: 1, column: 9, message: '"1,148,88.31" is not a valid number: a group of 2 digits after ",".' }],
    },
    {
      name: 'a column written one foreign way is one finding with the count, not one per cell',
      code: '| Inkomen | Percentage |\n|---|---|\n| € 17.918 | 90.7% |\n| € 19.111 | 89.1% |\n| € 20.303 | 88.1% |\n| € 21.496 | 87.4% |',
      locale: 'nl',
      errors: [
        {
          line: 3,
          column: 14,
          message: '"90.7" is not a valid Dutch number (decimal "." is not Dutch style): did you mean 90,7%? The column "Percentage" writes 3 more figures this way (lines 4–6).',
          suggestions: ['90,7'],
        },
      ],
    },
    {
      name: 'two cells written another way in one column stay two findings',
      code: '| Inkomen | Percentage |\n|---|---|\n| € 17.918 | 90.7% |\n| € 19.111 | 89,1% |\n| € 20.303 | 88.1% |',
      locale: 'nl',
      errors: [{ line: 3, column: 14, message: /^"90\.7" is not a valid Dutch number/u }, { line: 5, column: 14, message: /^"88\.1" is not a valid Dutch number/u }],
    },
    {
      name: 'positions stay exact after CRLF, a BOM, tabs and multi-byte text',
      code: '\uFEFF# Titel 🇪🇺\r\n\r\nÉlan — naïve 🚀:\t1,0000 units.\r\n',
      errors: [{ line: 3, column: 18, endLine: 3, endColumn: 24 }],
    },
  ],
});
