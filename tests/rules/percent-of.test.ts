import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/percent-of.js';
import { lintWithRule, runRuleTests } from '../helpers/rule-tester.js';

runRuleTests(rule, {
  valid: [
    // The examples, right.
    'Only 6 of the 27 Member States (22 %) signed.',
    { code: 'De regeling kost € 1,5 miljard, goed voor 2,5 % van het totale budget van € 60 miljard.', locale: 'nl' },
    // Real sentences from the corpus: right within rounding.
    'Their AGI is $10,000 over the limit (5% of $10,000 is $500).',
    'The family receives $13,847 in PTCs (65% of their $21,442 benchmark premium).',
    '0.228% of the remaining $30,000 is $68.40.',
    'Or 75% of $6,000 which is $4,500.',
    'That’s 45% of $7,500, or $3,375, which is below the cap.',
    'This $0.25 drop is 1% of their $25 nominal wage.',
    'It would cost $544 billion, or 37% of the $1.5 trillion net cost of the Tax Cuts.',
    'The deficit was € 5 bn, which is 3 % of GDP of € 200 bn.',
    // Approximate and bound figures.
    'Roughly € 5 bn, or 11 % of € 50 bn, goes to chips.',
    'Over € 5 bn, or 9 % of € 50 bn, goes to chips.',
    // A threshold or a rate is not the base.
    'Phases out at 5% of income above $78,000 ($100,000 married).',
    'The smaller of 3% of AGI exceeding $261,500 ($313,800 joint) or 80% of deductions.',
    '0.171% of the first $12,000 is $20.52 for the lowest bracket.',
    'A $60,000 income (30% of which is $1,500 per month).',
    '4 factories hold 100 chips each, 10 % of the 4,000 chips.',
    // Bare numbers say too little of what they count.
    '10% of the 2,000 respondents are under 18.',
    'Those aged 65 (20 % of the 10,000 residents) vote most.',
    'About 5.4 fewer work hours (0.271% of 2,000) and $135.5 less in earnings.',
    // Different currencies, no base figure, percentage points.
    '€ 5 bn, or 10 % of $ 50 bn, goes to chips.',
    '€ 5 bn (10 % of the total) was spent.',
    '€ 5 bn, or 3 pp of € 50 bn, was spent.',
    '> Only 6 of the 27 Member States (30 %) signed.',
    // A share of something else, or a comparison, is no share of the stated whole.
    '6 of the 27 Member States (30 % of the EU population) signed.',
    '6 of the 27 Member States (30 % more than in 2020) signed.',
    '20 % of € 50 bn is € 3 bn more than last year.',
    { code: 'Das Programm kostet 1,5 Mrd. Euro, das sind 2,5 % des Gesamtbudgets von 60 Mrd. Euro.', locale: 'de' },
    { code: "Le programme coûte 1,5 milliard d'euros, soit 2,5 % du budget total de 60 milliards d'euros.", locale: 'fr' },
    // Real sentences the share reading met (corpus): a share with a base of its own, "half an epoch".
    'This AIP presents a stMATIC Supply Cap of 30M units, or 58.08% of supply.',
    'Maintain about 50 percent of the maximum discount by touching again within 16 blocks (half an epoch).',
    // "of these" is the nearest count: 120 of the 300 shortlisted.
    'Of the 2,400 applicants, 300 were shortlisted for interview, and of these 120 (40%) were women.',
    'Of the 120 applications, 90 were approved – three quarters – and the rest withdrawn.',
  ],
  invalid: [
    {
      code: 'Of the 1,240 applications received, 410 – roughly half – were approved.',
      errors: [{ line: 1, column: 51, endColumn: 55, message: '410 / 1,240 = 33 % (nearer 1/3), not roughly half' }],
    },
    {
      code: 'Of the 9 boards, 7 (88 %) met the deadline.',
      errors: [{ line: 1, column: 21, endColumn: 25, message: '7 / 9 = 77.8 %, not 88 %' }],
    },
    {
      code: ['The council manages 8,400 social housing units.', '', 'A survey found that 1,050 of them, or 17.5%, failed the standard.'].join('\n'),
      errors: [{ line: 3, column: 39, endColumn: 44, message: '1,050 / 8,400 = 12.5%, not 17.5%' }],
    },
    {
      code: 'Only 6 of the 27 Member States (30 %) signed.',
      errors: [{ line: 1, column: 33, endColumn: 37, message: '6 / 27 = 22.2 %, not 30 %' }],
    },
    {
      code: 'De regeling kost € 1,5 miljard, goed voor 3,5 % van het totale budget van € 60 miljard.',
      locale: 'nl',
      errors: [{ line: 1, column: 43, endColumn: 48, message: '€ 1,5 miljard / € 60 miljard = 2,5 %, not 3,5 %' }],
    },
    {
      code: '5% of $10,000 is $600.',
      errors: [{ line: 1, column: 1, endColumn: 3, message: '$600 / $10,000 = 6%, not 5%' }],
    },
    {
      code: 'This $0.25 drop is 2% of their $25 nominal wage.',
      errors: [{ line: 1, column: 20, message: '$0.25 / $25 = 1%, not 2%' }],
    },
    {
      code: 'The fund puts € 5 bn, or 10 % of € 40 bn, into chips.',
      errors: [{ line: 1, column: 26, message: '€ 5 bn / € 40 bn = 12.5 %, not 10 %' }],
    },
    {
      code: 'Only 8 out of 64 cells, or 20 %, are sampled.',
      errors: [{ line: 1, column: 28, message: '8 / 64 = 12.5 %, not 20 %' }],
    },
    {
      name: 'a sentence over two lines',
      code: 'Budget\n\nThe plan spends € 12 bn on chips,\nwhich is 30 % of its € 60 bn.',
      errors: [{ line: 4, column: 10, endColumn: 14, message: '€ 12 bn / € 60 bn = 20 %, not 30 %' }],
    },
    {
      code: '6 van de 27 lidstaten (30 %) tekenden.',
      locale: 'nl',
      errors: [{ line: 1, column: 24, message: '6 / 27 = 22,2 %, not 30 %' }],
    },
    {
      code: 'Das Programm kostet 1,5 Mrd. Euro, das sind 3,5 % des Gesamtbudgets von 60 Mrd. Euro.',
      locale: 'de',
      errors: [{ line: 1, column: 45, message: '1,5 Mrd. Euro / 60 Mrd. Euro = 2,5 %, not 3,5 %' }],
    },
    {
      code: '6 des 27 États membres (30 %) ont signé.',
      locale: 'fr',
      errors: [{ line: 1, column: 25, message: '6 / 27 = 22,2 %, not 30 %' }],
    },
    {
      code: "Le programme coûte 1,5 milliard d'euros, soit 3,5 % du budget total de 60 milliards d'euros.",
      locale: 'fr',
      errors: [{ line: 1, column: 47, message: "1,5 milliard d'euros / 60 milliards d'euros = 2,5 %, not 3,5 %" }],
    },
  ],
});

describe('percent-of related places', () => {
  it('names the part and the whole', () => {
    const [message] = lintWithRule(rule, { code: 'Only 6 of the 27 Member States (30 %) signed.' });
    expect(message?.related?.map((place) => `${place.column} ${place.message}`)).toEqual(['6 the part: 6', '15 the whole: 27']);
  });
});
