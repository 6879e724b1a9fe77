import rule from '../../src/rules/sum-mismatch.js';
import { describe, expect, it } from 'vitest';
import { lintWithRule, runRuleTests } from '../helpers/rule-tester.js';

runRuleTests(rule, {
  valid: [
    // the traps named in issue 4
    'Composition check: € 50 bn + € 150 bn = € 200 bn.',
    '2.5 + 2.5 ≈ 5.1',
    'The helpdesk is open 24/7.',
    'An x10 increase in public AI compute.',
    'See Regulation 2024/1689 and Regulation (EU) 2021/694.',
    '≈ 100 k GPUs each; 25 %; x10.',
    // rounding of the operands and of the stated result
    '€ 2.5 bn + € 2.6 bn = € 5.1 bn, or € 2.54 bn + € 2.56 bn ≈ € 5.1 bn.',
    'A monthly dividend of 15 tons * $10 / 12 months = **$13**.',
    '€ 1.000.000,00 * 0,9910 = € 990.982,20',
    'Treasury: £500 / 8.1% = ~£6,200, compared to £830 / 7% = ~£12,000.',
    'The elasticity would therefore be 12% / 60% = 0.20.',
    'The 5% rate produces $55 million in tax ($1.1B × 5% = $55M).',
    '0.15 + 0.85/8 ~ 0.25, a ~4x reduction.',
    // correct arithmetic in every form
    'Four gigafactories × 100,000 chips = 400,000 chips.',
    '4 × 100,000 = 400,000',
    '$470,639.8 x 3 - $345,000 = $1,066,919.4',
    '$63 plus $89 is $152, the total.',
    '10 divided by 4 = 2.5',
    'Their true wage is not $12.50, but $86 / 52 hours = **$1.65 per hour**.',
    '€ 50 / € 200 = 25 %',
    '2 * 32 * 12 = 768 seconds',
    '32,000 CREATE + 200 × 24,576 code deposit = 4,947,200 gas',
    { code: 'Per saldo € 22.000 – € 15.000 = € 7.000.', locale: 'nl' },
    { code: 'In totaal € 6.364 + € 3.300 = € 9.664.', locale: 'nl' },
    { code: '3 keer 4 is 12, en 10 min 3 is 7.', locale: 'nl' },
    { code: '50 Mrd. € + 150 Mrd. € = 200 Mrd. €; 3 mal 4 ergibt 12.', locale: 'de' },
    { code: '3 fois 4 font 12 ; 50 + 150, soit 200.', locale: 'fr' },
    // unlike units need a conversion the rule cannot see
    '1 km + 500 m = 1.5 km',
    '2 hours + 30 minutes = 2.5 hours',
    '5 MW + 3 MW = 0.008 GW',
    '1.5 hours × 60 = 90 minutes',
    '5 chips + 3 GPUs = 9 accelerators',
        // two amounts listed, or a range in two currencies, is no sum
    'The EU pledged € 5 bn plus $ 3 bn from the US.',
    'It costs € 5 – $ 6 per unit.',
    'Budgets of € 5 bn + € 3 bn.',
        // a scale word on one side only is shared
    { code: 'Le budget est de 3 + 4 = 7 milliards.', locale: 'fr' },
    'Costs of € 3 bn + € 4 bn = 7 in all.',
    '3 × 4 = 12 million',
    // the reader's traps
    'Scores: Germany 3 + France 2 = 5; EU27 + UK = 28 countries; Tier 1 + Tier 2 = 3 tiers.',
    'In 2024, 12 % + 3 pp = 15 %; a € 10 bn + 20 % top-up = € 12 bn.',
    'G7 + 5 = G12; COVID-19 + 2 = 21; 5G + 6G = 11G; ISO 9001 + 14001 = 23002.',
    'Output rose 4 x in 10 years = 15 % a year; a 2 x 2 matrix is 4 cells.',
        // more forms of right arithmetic, and what is not arithmetic
    { code: 'Reistijd: 10 min + 5 min = 15 min.', locale: 'nl' },
    { code: 'Das ist 2 mal so viel wie 3 mal 4 ist 12. Zum 3. Mal: 5 + 5 = 10.', locale: 'de' },
    { code: 'Le coût est 3 fois plus élevé : 3 fois 4 font 12.', locale: 'fr' },
    'From 10:00 + 2 hours = 12:00. On 1.1.2024 + 30 days = 31.1.2024. Q1 + Q2 = H1.',
    'Deficit: −2.0 + 3.0 = 1.0.',
    '33.3 % + 33.3 % + 33.3 % = 100 %',
    '€50bn+€150bn=€200bn; EUR 50 bn + EUR 150 bn = EUR 200 bn.',
    'Revenue: $5M – $3M = $2M; margin $2M / $5M = 40%.',
    'The total (50 + 150 = 200) matches; net: 1,000 − 250 − 250 = 500 staff.',
    'Wait 2–3 + 1 = 4 weeks.',
    '[€ 50 bn](https://x.eu) + € 150 bn = € 200 bn',
        // a dash between ascending figures is a range, and a dash with "is"/"are" is prose
    'Ages 18 – 24 are 12 of the 40 respondents; ages 18 - 24 are 12 of the panel.',
    'Groups 30 – 24 are 6 teams.',
    'Cohort 18 – 24 = 12 respondents.',
    'Remaining: $470,639.8 x 3 - $345,000 = $1,066,919.4',
        // the result first
    'Total € 200 bn = € 50 bn + € 150 bn.',
    'Chain: 200 = 50 + 150 = 210 is not read; nor 260 = 50 + 150 + 2024; nor 200 = 50 + 150 + 10 % more.',
    'Exchange: € 1 = $ 1.08 plus fees.',
    'The fund is 200, 50 + 150 of it new.',
        // figures of speech
    'Cooperation is where “1 + 1 = 3”: synergy, or 1 + 1 = 3 without quotes.',
    'Orwell’s "2 + 2 = 5" is not arithmetic.',
    // a note that the figures are rounded makes whole numbers rounded too
    'Shares of the budget (rounded): 33 + 33 + 33 = 100.',
    { code: 'Afgerond: 33 + 33 + 33 = 100.', locale: 'nl' },
    // not claims this rule can check
    'The two sides: 50 + 150 = 200 + 10.',
    'Both sides: 5 + 3 = 10 − 2, and 2 + 2 = 5 minus 1, and 3 + 3 = 4 × 1.5.',
    'The fund: ($1,200 * 12) - (5% * $25,000) = $14,400 - $1,250 = $13,150.',
    'Five regions + 10 % = the target.',
    '5 + 5 is 10 % of all firms.',
    '€ 100 + 20 % = € 120',
    'a + 3 + 4 = 7 is not ours to check, nor is 10 : 2 + 3 = 8.',
    'From 2020 + 5 = 2025 onward.',
    'A range of 10-3 = 7 is a label.',
    'The list: 1, 2 = 3.',
    'Exercises 2 and 3 = 6 marks.',
    'The bill is 100,00000 + 5 = 100,005 (a malformed figure is number-format’s business).',
    // Not sums (issue 13, shapes of the corpus's false alarms, invented): references are labels ("Nummern 1, 2, 3",
    // "Gebühr 1311"); a noun phrase "A total of …", "The total … impact", "de totale …" sums nothing before it; a
    // result that is a change ("rises from", "a decrease of"), a difference ("minus"), or more than its terms
    // could make up (a household's £20 beside a national £26.8bn); "Overall" is not "altogether"; terms count
    // the same things as their result (contributors and FTE; interconnectors and MW).
    { code: 'Die Leistungen nach Absatz 1 Nummer 2 und 3 sowie nach § 5 Absatz 4 werden zusammen höchstens 9 Monate gezahlt.', locale: 'de' },
    { code: 'Maßgebend sind die Nummern 1, 2, 3, 4 und 5 der Anlage 1 sowie die Nummern 1312 und 1313. Insgesamt gilt als Höchstgebühr die Gebühr 1311.', locale: 'de' },
    { code: 'Aufrechnungen nach Absatz 1 und nach § 42a Absatz 2 dürfen insgesamt 30 Prozent nicht übersteigen; Satz 3 und Satz 50 bleiben unberührt.', locale: 'de' },
    'The unit receives 195,000 DAI in March and 366,000 DAI in April.\n\nA total of 700,000 DAI will be streamed to the wallet from May.',
    'A single parent gains $560 and a couple $1,502. The total budgetary impact of the reform is a decrease of $10.4 billion in revenue.',
    'The allowance rises by £20 a week and health gets £26.8bn. Altogether, the welfare measures cost £4.4bn.',
    'The employer pays £552 and the worker loses £485. Overall, the government nets £349 from these changes.',
    'The two groups started in two shelters. Overall, people in the cash group spent 88 fewer days homeless.',
    'Their net income would be $100,000 minus $28,743 in taxes, plus $12,000 in basic income, totaling $83,257.',
    'Ending the two-child limit would cost £3.4bn and the benefit cap £700m. When these reforms are combined, their total cost rises from £4.4bn to £5.5bn.',
    'The plan sends twelve hundred megawatts to Norway, seven hundred to Denmark and five hundred to Belgium. Together they would add 2,400 MW.',
    'The cut is $CUT = 1 - (200,000/1,000,000) = 0.8$ this year.',
    'The team has nine contributors at 5.7 FTE. We add two engineers at 0.8 FTE and move 0.6 FTE. With these changes the total team will be 11 contributors at 7.9 FTE total.',
    { code: 'De woning is € 250.000 waard en de schuld is € 150.000. De totale overwaarde van het huis is € 100.000.', locale: 'nl' },
    'Sales tax adds between $634 and $2,677. Combined with the $40,000 property taxes, they exceed the $40,400 cap.',
    'The household has $17,050 in taxable income ($54,850 of earnings - $37,800 combined deduction).',
    'A UBI of $1,000 a month costs $2.8 trillion, and after new taxes the total deficit impact is $1.4 trillion per year.',
    'Together, the first two reforms, announced on 6 April and 13 May, raise £6.9 billion.',
    'Total earnings rise by $14.3 billion and benefits by $1.6 billion. Total earnings fall by 0.09%, or $11.7 billion, in the other scenario.',
    { code: 'Berücksichtigt werden die Abteilungen 7, 8, 9, 10, 11 und 12 der Stichprobe.\n\n(2) Die Summe der Verbrauchsausgaben nach Absatz 1 beträgt 434,96 Euro.', locale: 'de' },
    { code: 'Es gelten die Nummern 1, 2, 3, 4 und 5 sowie die Gebühren 1312 und 1313.\n\nInsgesamt ist die Gebühr 1311 maßgebend.', locale: 'de' },
  ],
  invalid: [
    {
      name: 'a wrong sum of amounts, with the currency and scale written back',
      code: 'Composition check: € 50 bn + € 150 bn = € 250 bn.',
      errors: [{ line: 1, column: 41, endColumn: 49, message: '€ 50 bn + € 150 bn = € 200 bn, not € 250 bn' }],
    },
    {
      code: '50 + 150 = 250',
      errors: [{ line: 1, column: 12, endColumn: 15, message: '50 + 150 = 200, not 250' }],
    },
    {
      name: 'whole numbers are exact',
      code: 'Surely 2 + 2 = 5.',
      errors: [{ line: 1, column: 16, endColumn: 17, message: '2 + 2 = 4, not 5' }],
    },
    {
      name: 'rounded operands do not cover a larger error',
      code: '2.5 + 2.5 = 5.3',
      errors: [{ line: 1, column: 13, message: '2.5 + 2.5 = 5.0, not 5.3' }],
    },
    {
      name: 'a product with the counted nouns between',
      code: 'Four gigafactories × 100,000 chips = 500,000 chips.\n\nAnd 4 gigafactories × 100,000 chips = 500,000 chips.',
      errors: [
        { line: 1, column: 38, endColumn: 45, message: 'Four × 100,000 = 400,000, not 500,000' },
        { line: 3, column: 39, endColumn: 46, message: '4 × 100,000 = 400,000, not 500,000' },
      ],
    },
    {
      code: 'Minus: 10 − 3 = 8 and € 50 bn – € 20 bn = € 40 bn.',
      errors: [
        { line: 1, column: 17, message: '10 − 3 = 7, not 8' },
        { line: 1, column: 43, message: '€ 50 bn − € 20 bn = € 30 bn, not € 40 bn' },
      ],
    },
    {
      name: 'multiplication binds before addition',
      code: '20 + 10 × 3 = 90',
      errors: [{ line: 1, column: 15, message: '20 + 10 × 3 = 50, not 90' }],
    },
    {
      name: 'one unit throughout',
      code: '5 chips + 3 chips = 9 in total',
      errors: [{ line: 1, column: 21, message: '5 + 3 = 8, not 9' }],
    },
    {
      code: '12 / 4 = 4',
      errors: [{ line: 1, column: 10, message: '12 / 4 = 3, not 4' }],
    },
    {
      name: 'a ratio stated as a percentage',
      code: 'The share is € 50 / € 200 = 30 %.',
      errors: [{ line: 1, column: 29, message: '€ 50 / € 200 = 25 %, not 30 %' }],
    },
    {
      name: 'an approximate result still has to be near',
      code: 'About 2.5 + 2.5 ≈ 6.5.',
      errors: [{ line: 1, column: 19, message: '2.5 + 2.5 = 5.0, not 6.5' }],
    },
    {
      name: 'words as operators and relations',
      code: '3 times 4 equals 13; 10 minus 3 is 8.',
      errors: [
        { line: 1, column: 18, message: '3 × 4 = 12, not 13' },
        { line: 1, column: 36, message: '10 − 3 = 7, not 8' },
      ],
    },
    {
      name: 'Dutch',
      code: 'In totaal € 6.364 + € 3.300 = € 9.764.',
      locale: 'nl',
      errors: [{ line: 1, column: 31, message: '€ 6.364 + € 3.300 = € 9.664, not € 9.764' }],
    },
    {
      name: 'German',
      code: '50 Mrd. € + 150 Mrd. € ergibt 210 Mrd. €.',
      locale: 'de',
      errors: [{ line: 1, column: 31, message: '50 Mrd. € + 150 Mrd. € = 200 Mrd. €, not 210 Mrd. €' }],
    },
    {
      name: 'a shared scale word does not excuse a wrong sum',
      code: 'Le budget est de 3 + 4 = 8 milliards.',
      locale: 'fr',
      errors: [{ line: 1, column: 26, message: '3 + 4 = 7 milliards, not 8 milliards' }],
    },
    {
      name: 'percentages that do not add up',
      code: '45 % + 35 % + 30 % = 100 %',
      errors: [{ line: 1, column: 22, endColumn: 27, message: '45 % + 35 % + 30 % = 110 %, not 100 %' }],
    },
    {
      name: 'bold figures are read through',
      code: '**€ 50 bn** + **€ 150 bn** = **€ 250 bn**',
      errors: [{ line: 1, column: 32, endColumn: 40, message: '€ 50 bn + € 150 bn = € 200 bn, not € 250 bn' }],
    },
    {
      name: 'a negative operand',
      code: 'Deficit: −2.0 + 3.0 = 2.0.',
      errors: [{ line: 1, column: 23, message: '−2.0 + 3.0 = 1.0, not 2.0' }],
    },
    {
      name: 'a true minus sign with a word relation, and a dash with an equals sign',
      code: 'Net 30 − 24 is 7; net 30 – 24 = 7.',
      errors: [
        { line: 1, column: 16, message: '30 − 24 = 6, not 7' },
        { line: 1, column: 33, message: '30 − 24 = 6, not 7' },
      ],
    },
    {
      name: 'the result written first',
      code: 'Total € 210 bn = € 50 bn + € 150 bn.',
      errors: [{ line: 1, column: 7, endColumn: 15, message: '€ 50 bn + € 150 bn = € 200 bn, not € 210 bn' }],
    },
    {
      name: 'French',
      code: '3 fois 4 font 13.',
      locale: 'fr',
      errors: [{ line: 1, column: 15, message: '3 × 4 = 12, not 13' }],
    },
    {
      name: 'currencies mixed in one sum',
      code: 'Together € 50 bn + $ 150 bn = € 200 bn.',
      errors: [
        {
          line: 1,
          column: 20,
          endColumn: 28,
          message:
            '"$ 150 bn" is in USD, but "€ 50 bn" is in EUR: amounts in different currencies cannot be added or compared without a conversion',
        },
      ],
    },
    {
      name: 'currencies mixed in a written sum without a result',
      code: 'A pool of € 50 bn + $ 150 bn.',
      errors: [{ line: 1, column: 21, endColumn: 29, message: /^"\$ 150 bn" is in USD, but "€ 50 bn" is in EUR/ }],
    },
    {
      name: 'a result in another currency',
      code: '€ 50 + € 50 = $ 100',
      errors: [{ line: 1, column: 15, message: /^"\$ 100" is in USD, but "€ 50" is in EUR/ }],
    },
  ],
});

/** Where `needle` starts in `code`, as the RuleTester counts (1-based line and column). */
function at(code: string, needle: string): [number, number] {
  const before = code.slice(0, code.indexOf(needle)).split('\n');
  return [before.length, before.at(-1)!.length + 1];
}

/** Sums written as prose: terms and a closing or opening result, in one sentence or across a paragraph, list or sections. */
const proseSums: Array<{ code: string; result: string; message: string; locale?: 'en' | 'nl' | 'de' | 'fr' }> = [
  { code: 'Brussels adds €1.2 billion and the regions €0.8 billion, bringing the package to €2.5 billion.', result: '€2.5 billion', message: '€1.2 billion + €0.8 billion = €2 billion, not €2.5 billion' },
  { code: '€ 45 bn of public money is to unlock € 130 bn of private capital, for a total mobilisation of € 185 bn.', result: '€ 185 bn', message: '€ 45 bn + € 130 bn = € 175 bn, not € 185 bn' },
  { code: 'The state gives $640 million. States pledge $410 million, and partners $50 million.\n\nAltogether, the initiative can count on $1.2 billion.', result: '$1.2 billion', message: '$640 million + $410 million + $50 million = $1.1 billion, not $1.2 billion' },
  { code: 'The £3 bn package consists of £1.8 bn for surgery, £0.9 bn for diagnostics and £1.1 bn for mental health.', result: '£3 bn', message: '£1.8 bn + £0.9 bn + £1.1 bn = £3.8 bn, not £3 bn' },
  { code: '€ 50 bn EU money + € 150 bn private = € 250 bn total.', result: '€ 250 bn', message: '€ 50 bn + € 150 bn = € 200 bn, not € 250 bn' },
  { code: '### Pillar I\n\nDirect payments get €5.92 billion.\n\n### Pillar II\n\nRural development gets €3.86 billion.\n\n### Overall\n\nTaken together, the plan commits €9.87 billion.', result: '€9.87 billion', message: '€5.92 billion + €3.86 billion = €9.78 billion, not €9.87 billion' },
  { code: '- Rijksbijdrage: € 1,4 miljard\n- Provincies: € 0,35 miljard\n- Gemeenten: € 0,25 miljard\n\n**Totaal: € 2,2 miljard**', result: '€ 2,2 miljard', message: '€ 1,4 miljard + € 0,35 miljard + € 0,25 miljard = € 2 miljard, not € 2,2 miljard', locale: 'nl' },
  { code: 'Vlaanderen trekt 320 miljoen euro uit, Wallonië 210 miljoen en Brussel 70 miljoen. Samen goed voor 560 miljoen euro.', result: '560 miljoen euro', message: '320 miljoen euro + 210 miljoen + 70 miljoen = 600 miljoen euro, not 560 miljoen euro', locale: 'nl' },
  { code: 'Für die Cluster sind jährlich 385 Mio. Euro vorgesehen, für die Universitäten 148 Mio. Euro, insgesamt 553 Mio. Euro pro Jahr.', result: '553 Mio. Euro', message: '385 Mio. Euro + 148 Mio. Euro = 533 Mio. Euro, not 553 Mio. Euro', locale: 'de' },
  { code: "L'État apporte 1,2 milliard d'euros et les agences 800 millions, soit 2,2 milliards d'euros au total.", result: "2,2 milliards d'euros", message: "1,2 milliard d'euros + 800 millions = 2 milliards d'euros, not 2,2 milliards d'euros", locale: 'fr' },
];

/** Counts of kinds summed into a wider kind, totals stated first, running totals, and "about" read once. */
proseSums.push(
  { code: 'It was signed by twelve regional agencies and seven municipal ones, twenty-one signatories in all.', result: 'twenty-one', message: 'twelve + seven = 19, not twenty-one' },
  { code: 'Aan de stuurgroep nemen drie provincies en vijf waterschappen deel, samen negen overheden.', result: 'negen', message: 'drie + vijf = 8, not negen', locale: 'nl' },
  { code: 'Capital spending will reach € 2.5 bn next year. The package consists of € 1.2 bn for hospitals and € 0.8 bn for primary care.', result: '€ 2.5 bn', message: '€ 1.2 bn + € 0.8 bn = € 2 bn, not € 2.5 bn' },
  { code: 'The plan commits EUR 900 million across three lines:\n\n- EUR 420 million for air defence;\n- EUR 310 million for ammunition;\n- EUR 250 million for communications.\n', result: 'EUR 900 million', message: 'EUR 420 million + EUR 310 million + EUR 250 million = EUR 980 million, not EUR 900 million' },
  { code: 'Der Digitalpakt sieht 640 Mio. Euro vor, aufgeteilt wie folgt:\n\n- 380 Mio. Euro für Endgeräte,\n- 150 Mio. Euro für Wartung,\n- 70 Mio. Euro für Fortbildung.\n', result: '640 Mio. Euro', message: '380 Mio. Euro + 150 Mio. Euro + 70 Mio. Euro = 600 Mio. Euro, not 640 Mio. Euro', locale: 'de' },
  { code: 'Libraries received €18 million. Community centres were then given €12 million, bringing the total paid out to €40 million.', result: '€40 million', message: '€18 million + €12 million = €30 million, not €40 million' },
  { code: 'Le ministère a débloqué 250 M€, puis 120 M€. L\'effort total atteint ainsi 400 M€.', result: '400 M€', message: '250 M€ + 120 M€ = 370 M€, not 400 M€', locale: 'fr' },
  { code: 'Das Bundesamt registrierte rund 329.000 Erstanträge sowie rund 22.000 Folgeanträge, zusammen also rund 371.000 Asylanträge.', result: '371.000', message: '329.000 + 22.000 = 351.000, not 371.000', locale: 'de' },
);


describe('sum-mismatch: sums written as prose', () => {
  for (const { code, result, message, locale } of proseSums) {
    it(code.replace(/\s+/g, ' ').slice(0, 100), () => {
      const messages = lintWithRule(rule, { code, ...(locale ? { locale } : {}) });
      expect(messages.map((found) => [found.line, found.column, found.message])).toEqual([[...at(code, result), message]]);
    });
  }
});

runRuleTests(rule, {
  valid: [
    'Cohesion funds contribute €1.24bn and the RRF €0.83bn, so roughly €2.1bn is available.',
    'The equipment budget rises to £16.5 billion, of which £4.2 billion is for munitions and £1.1 billion for drones.',
    'Spending rose from $300 million in 2019 to $450 million in 2024, and a further $150 million would take it to $600 million.',
    'The €900 million programme provides €520 million for trams and €310 million for track.',
    'The scheme funds 2,000 places in the North and 1,500 in Cumbria — 3,500 places in all, against a target of 5,000.',
    'Le programme finance 380 M€ de travaux et 150 M€ d’équipements. Son coût total, frais (30 M€) compris, s’établit à 560 M€.',
    'Some 12,000 homes were built by associations and roughly 7,900 by councils, a combined total of about 20,000.',
    '### Pillar I\n\nDirect payments get €5.92 billion.\n\n### Pillar II\n\nRural development gets €3.86 billion.\n\n### Overall\n\nTaken together, the plan commits €9.78 billion.',
    'In 2024 the fund spent €4 billion and €3 billion went to loans. Altogether, €3 billion was lent to small firms.',
    { code: 'De overheid trekt twee miljoen euro uit, de gemeenschappen anderhalf miljoen: in totaal drie en een half miljoen euro.', locale: 'nl' },
  ],
  invalid: [
    {
      code: 'Leeds receives £14m and Bristol £9m, £25m altogether.',
      errors: [{ line: 1, column: 38, message: '£14m + £9m = £23m, not £25m' }],
    },
  ],
});

runRuleTests(rule, {
  valid: [
    // A count of things of another kind, or of the result's own kind among the terms, is no sum of kinds.
    'Two calls funded 8 and 6 projects, 14 projects in all.',
    'Five regions run 300 projects, 1,200 jobs in all.',
    // A list that leaves an item without an amount, or a colon that announces no breakdown.
    'The plan commits EUR 900 million across three lines:\n\n- EUR 420 million for air defence;\n- EUR 310 million for ammunition;\n- other measures.\n',
    'The fund holds €900 million: €420 million was paid out in 2024 and €310 million in 2025.',
    // A running total over a span longer than the figures before it.
    'Germany gave €400m in 2022 and €300m in 2023, bringing its total since 2015 to €1.2bn.',
    // "About" on both sides is read once, by the last written digit.
    'Some 12,000 homes were built by associations and roughly 7,900 by councils, about 20,000 in all.',
  ],
  invalid: [
    {
      code: 'Leeds receives 14 grants and Bristol 9 grants, 25 grants altogether.',
      errors: [{ line: 1, column: 48, message: '14 + 9 = 23, not 25' }],
    },
  ],
});
