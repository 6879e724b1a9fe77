import { readFileSync } from 'node:fs';
import rule from '../../src/rules/range-order.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests(rule, {
  valid: [
    { name: 'the example brief', code: readFileSync('fixtures/investai-brief.md', 'utf8') },
    { name: 'the Dutch example brief', code: readFileSync('fixtures/investai-brief.nl.md', 'utf8'), locale: 'nl' },
    // Ranges the right way round, in every language.
    'The programme runs 2027–2028 and costs € 10–20 bn.',
    'Between 10 % and 20 % of firms apply, from 2025 to 2030.',
    { code: 'De regeling loopt van 2025 tot 2030 en kost tussen 10 en 20 procent meer.', locale: 'nl' },
    { code: 'Das Programm läuft zwischen 2025 und 2030 und kostet 10–20 Mrd. Euro.', locale: 'de' },
    { code: 'Le programme court de 2025 à 2030, pour entre 10 % et 20 % des entreprises.', locale: 'fr' },
    // Abbreviated second years and fiscal years.
    'The war of 1914-18 and the 2019-20 season; fiscal year 2024-25.',
    // Changes, not ranges.
    'The share fell from 20 % to 10 %.',
    { code: 'Het aandeel daalde van 20 % naar 10 %.', locale: 'nl' },
    { code: 'Der Anteil sank von 20 % auf 10 %.', locale: 'de' },
    { code: 'La part est passée de 20 % à 10 %.', locale: 'fr' },
    'The bill adjusts the year at which the bracket is uprated, changing it from 2017 to 2016.',
    'The deadline was brought forward from 2030 to 2025.',
    { code: 'De deadline is vervroegd van 2030 tot 2025.', locale: 'nl' },
    { code: 'Die Frist wurde von 2030 bis 2025 vorgezogen.', locale: 'de' },
    { code: "L'échéance a été avancée de 2030 à 2025.", locale: 'fr' },
    'Poverty rates decrease for adults (9.8% to 9.5%) and children (8.4% to 8.3%).',
    '### National Insurance rate reduction (8% to 6%)',
    'It would cut the net yield from about 2.6% to 1.2%.',
    '| Measure | Change 2023-2022 |\n|---|---|\n| Jobs | 2023-2022 |',
    'The 2019 to 2018 change is small; compared 2019 to 2018, sales rose.',
    { code: 'Im Vergleich 2023-2022 stiegen die Kosten.', locale: 'de' },
    { code: 'Het verschil 2023-2022 is klein.', locale: 'nl' },
    'Traffic shows a 60-40 % split between mobile and desktop.',
    // Negative ranges written idiomatically are not read as ranges.
    'Winter nights fall to between −5 and −10 °C.',
    // Subtractions, ratios, countdowns.
    'Taxable income is $120,000 - $8,000 = $112,000.',
    'The net benefit is $1,600 ($3,600-$2,000).',
    'The marginal rate is ($650-$86)/$650 = 87%.',
    'Traffic splits about 90% to 10%, domestic to foreign.',
    'Members may apply when their term has between 60 and 30 days remaining.',
    // Not ranges: pages, articles, votes, scores, phone numbers, reference and list numbers, dates.
    'See pages 12-3 and Articles 12-10; the House voted 215–214 and the match ended 3-2.',
    'Call 555-1234 or see Gliederungsnummer 243-1, released 2025-02-11 and 2022-2-1.',
    'The 2025/2024 accounts are filed.',
    '> Between 20 % and 10 % of firms apply.',
    // A change by a span is fine the right way round; comparisons name two values.
    'Prices may fall by between 5 % and 8 % next year.',
    'The difference between 2019 and 2018 is small.',
    // Votes and scores written with a dash, a count at a price, fiscal years compared.
    'The motion passed 312–198 and the amendment 221–184.',
    { code: 'Wij bestellen 10 à € 5 per stuk en 3 à 5 dagen levertijd.', locale: 'nl' },
    { code: 'Im Schuljahr 2024/25 und im Vergleich 2025/2024 der Abschlüsse.', locale: 'de' },
    // A column of ranges that all run upwards.
    '| Measure | Cost (£bn) |\n|---|---|\n| A | 1.2–1.8 |\n| B | 0.4–0.6 |\n| C | 0.5–0.9 |',
    // "X to Y" in English without a span word is often a change written short.
    'Rates were cut last year (8 to 6 per cent).',
  ],
  invalid: [
    {
      code: 'The programme runs 2028-2027.',
      errors: [{ line: 1, column: 20, endColumn: 29, message: 'The range 2028-2027 runs backwards: it ends in 2027, before it begins in 2028 (2027-2028?)' }],
    },
    {
      code: 'Between 20 % and 10 % of firms apply.',
      errors: [{ line: 1, column: 9, endColumn: 22, message: 'The range 20 % and 10 % runs backwards: 20 is more than 10 (10 % and 20 %?)' }],
    },
    {
      code: 'The fund needs EUR 20–10 bn.',
      errors: [{ line: 1, column: 16, endColumn: 28, message: 'The range EUR 20–10 bn runs backwards: 20 is more than 10 (EUR 10–20 bn?)' }],
    },
    {
      code: 'The plan runs from 2030 to 2025.',
      errors: [{ line: 1, column: 20, message: 'The range 2030 to 2025 runs backwards: it ends in 2025, before it begins in 2030 (2025 to 2030?)' }],
    },
    {
      code: 'Het plan loopt van 2030 tot 2025.',
      locale: 'nl',
      errors: [{ line: 1, column: 20, message: /it ends in 2025, before it begins in 2030/ }],
    },
    {
      code: 'Der Plan gilt zwischen 2030 und 2025.',
      locale: 'de',
      errors: [{ line: 1, column: 15, message: /it ends in 2025, before it begins in 2030/ }],
    },
    {
      code: 'Le plan couvre de 2030 à 2025.',
      locale: 'fr',
      errors: [{ line: 1, column: 19, message: /it ends in 2025, before it begins in 2030/ }],
    },
    {
      code: 'Costs may rise by between 12 % and 9 % over the winter.',
      errors: [{ line: 1, column: 27, message: /12 is more than 9/ }],
    },
    {
      code: 'The scheme funds 8,000–5,500 extra places.',
      errors: [{ line: 1, column: 18, endColumn: 29, message: /8,000 is more than 5,500/ }],
    },
    {
      code: '| Measure | Cost (£bn) |\n|---|---|\n| A | 1.2–1.8 |\n| B | 0.4–0.6 |\n| C | 0.9–0.5 |',
      errors: [{ line: 5, column: 7, message: /0\.9 is more than 0\.5/ }],
    },
    {
      code: '| Maatregel | Budget (mln €) |\n|---|---|\n| A | 300-500 |\n| B | 50-80 |\n| C | 250-120 |',
      locale: 'nl',
      errors: [{ line: 5, column: 7, message: /250 is more than 120/ }],
    },
    {
      code: 'Waiting times range from 30 to 18 months.',
      errors: [{ line: 1, column: 26, message: /30 is more than 18/ }],
    },
    { code: 'Verfahren dauern 30 bis 18 Monate.', locale: 'de', errors: [{ line: 1, column: 18, message: /30 is more than 18/ }] },
    { code: 'Le plan finance 8 000 à 5 500 postes.', locale: 'fr', errors: [{ line: 1, column: 17, message: /8 000 is more than 5 500/ }] },
    { code: 'De gemeente trekt € 30 à 20 miljoen uit.', locale: 'nl', errors: [{ line: 1, column: 19, message: /30 is more than 20/ }] },
    { code: 'In het schooljaar 2019/2018 waren er meer.', locale: 'nl', errors: [{ line: 1, column: 19, message: /it ends in 2018, before it begins in 2019/ }] },
    {
      code: 'From 2017 to 2016 the deficit rose.',
      errors: [{ line: 1, column: 6, message: /it ends in 2016, before it begins in 2017/ }],
    },
  ],
});
