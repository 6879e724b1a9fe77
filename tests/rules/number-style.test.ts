import { describe, expect, it } from 'vitest';
import rule, { mathSpans, quotationSpans } from '../../src/rules/number-style.js';
import { lintWithRule, runRuleTests } from '../helpers/rule-tester.js';

runRuleTests(rule, {
  valid: [
    {
      name: 'no thousands mark is written into a brief whose locale nothing decides ("400,000" is 400 in Dutch)',
      code: 'We counted 400 000 jobs.',
      options: { thousands: ',' },
    },
    // One convention throughout, in each language.
    'The plan costs € 20 bn; € 5 bn go to chips and € 3 bn to skills. Growth was 25 %, 12 % and 3 %.',
    'It would cost $544 billion, or 37% of the $1.5 trillion net cost; $12 billion more than the 2017 law.',
    { code: 'Die Kosten betragen 20 Mrd. €, davon 5 Mrd. € für Chips und 1,5 Mrd. € für Bildung; 400.000 Menschen und 12.000 Firmen.', locale: 'de' },
    { code: 'Le budget est de 20 Md€, dont 5 Md€ pour les puces ; 12,5 %, 3 % et 4 % ; 400 000 personnes et 12 000 entreprises.', locale: 'fr' },
    { code: 'Het budget is € 20 miljard, waarvan € 5 miljard voor chips; 12,5%, 3% en 4%; 400.000 mensen en 12.000 bedrijven.', locale: 'nl' },
    // A tie, or a form used once, is no convention.
    'Growth was 25 % in one year and 12% in the next.',
    'Growth was 25 % and 12 %, then 3% and 4%.',
    'The plan costs € 20 bn, € 5 bn, €3bn and EUR 2 billion.',
    // Years, ordinals, dates, ranges and identifiers carry no house style.
    'In 2024 and 2025 we hired 1,200 and 3,400 staff; in 2026 1 500 (see article 12.3).',
    'Between 2024 and 2026 the share rose from 10–20 % to 30%, then 40% on 11 February 2025.',
    'Kamerstuk 32 128 and 26 727 follow 1,200, 3,400 and 5,600 pages.',
    'Call +31 20 123 4567 about the 12,000, 7,500 and 19,500 requests.',
    'Klasse 05.02 and 05.03 of the 1,25 and 2,5 scale.',
    // Postal codes, page ranges and section numbers.
    'Send it to 1012 AB Amsterdam or 75008 Paris: 12,000 forms, 7,500 letters, pages 1 200–1 300.',
    { code: 'Rendez-vous au 75008 Paris : 12 000 formulaires et 7 500 lettres, section 3.2 et 4.1.', locale: 'fr' },
    // Real sentences from the corpus, each consistent in itself.
    'The progressive structure ranges from 2% on income below $1,000 to 5.75% on income above $250,000 (single) or $300,000 (non-single).',
    { code: 'Het subsidiebedrag bedraagt 50% van de subsidiabele kosten, met een maximum van € 150.000 per jaar en € 25.000 per aanvraag.', locale: 'nl' },
    { code: 'Der Steuerbetrag beträgt 5 000 Euro, höchstens 10 000 Euro je Kalenderjahr und 20 000 Euro insgesamt.', locale: 'de' },
    // Four digits without a separator suit any thousands convention.
    '1500 jobs, 12,000 firms and 35,000 schools.',
    { code: '1500 Stellen, 12.000 Firmen und 35.000 Schulen.', locale: 'de' },
    // A space, a no-break space and a narrow no-break space group alike.
    { code: 'Il y a 400 000 personnes, 12\u00A0000 entreprises et 35\u202F000 écoles.', locale: 'fr' },
    // Quotations keep their source's style.
    'We write 25 %, 12 % and 3 %.\n\n> The minister said growth was 25 per cent.',
    'We write 25 %, 12 % and 3 %. The minister said “growth was 25 per cent” in May.',
    'We write 25 %, 12 % and 3 %. He wrote "growth was 25 per cent" in May.',
    // Link text is often a title; headings copied from titles; reference lists.
    'We write € 20 bn, € 5 bn and € 3 bn. See [the €20bn plan](https://example.org/plan).',
    'We write € 20 bn, € 5 bn and € 3 bn.\n\n## The €20bn plan\n\nMore text.',
    'We write € 20 bn, € 5 bn and € 3 bn.\n\n## References\n\n- OECD (2023), A €20bn question, Paris.',
    // Code.
    'We write € 20 bn, € 5 bn and € 3 bn; the config says `budget: €20bn`.\n\n```\n€20bn\n```',
    // Figures in words.
    'We write 25 %, 12 % and 3 %, and twenty per cent of members agreed.',
    // "the top 1 percent" names a group of people.
    'Rates are 20%, 16% and 19%; the top 1 percent pay most.',
    // A formula writes compactly on purpose.
    'At $1.1 billion the 5% rate gives $55 million in tax ($1.1B × 5% = $55M), and $2.0 billion more.',
    // TeX math between dollar signs is not money.
    'The cost is $k\\log_2(n)$ for the smallest power of $2$ larger than $q$; $1$ and $3$ bound it, $5$ too.',
    // A currency code beside another currency tells the dollars apart.
    'It pays $1,200, $1,500 and $2,000; CAD 2,000 (USD 1,570) per month in Canada.',
    // A currency sign after a year belongs to the next amount.
    { code: 'Voor 2013 € 19.700.000 en voor 2014 € 19.450.000, voor 2015 € 19.150.000.', locale: 'nl' },
    // "T€" after a scale word: the gap belongs to the word.
    { code: 'Ausgaben von 292 794 000 T€, 1 000 € und 2 000 € sowie 3 000 €.', locale: 'de' },
    // A table consistent in itself keeps its own style (copied from another source).
    'We grouped 12,000, 7,500 and 19,500 firms.\n\n| Land | Betrag |\n|---|---:|\n| Bayern | 12 000 |\n| Hessen | 7 500 |\n| Summe | 19 500 |',
    // Prose and tables keep conventions apart: "%" in tables, "per cent" in text.
    'Growth was 25 per cent, 12 per cent and 3 per cent.\n\n| Year | Growth |\n|---|---:|\n| 2024 | 25% |\n| 2025 | 12% |',
    // A column of decimals is no grouping slip.
    '| Item | Rate |\n|---|---:|\n| A | 1,250 |\n| B | 2,500 |\n| C | 12.500 |\n| D | 1.5 |',
    // Configured conventions the document keeps.
    { code: 'The plan costs € 20 bn.', options: { currency: '€ 20', scale: 'bn', percent: '%' } },
    { code: 'Growth was 25% and 3%.', options: { percent: '%' } },
  ],
  invalid: [
    {
      name: 'thousands: a space among commas (English)',
      code: 'We counted 400 000 jobs, 120,000 firms and 35,000 schools.',
      errors: [{ line: 1, column: 12, endColumn: 19, message: 'Write "400,000", not "400 000": group thousands with "," (as 2 of 3 figures in this document do)' }],
      output: 'We counted 400,000 jobs, 120,000 firms and 35,000 schools.',
    },
    {
      name: 'percent: "%" glued among spaced ones',
      code: 'Growth was 25 % in 2024, 12 % in 2025 and 3% in 2026.',
      errors: [{ line: 1, column: 43, endColumn: 45, message: 'Write "3 %", not "3%": a space before "%" (as 2 of 3 figures in this document do)' }],
      output: 'Growth was 25 % in 2024, 12 % in 2025 and 3 % in 2026.',
    },
    {
      name: 'percent: "per cent" among "%"',
      code: 'Rates rose 20%, then 16% and finally 25 per cent.',
      errors: [{ line: 1, column: 38, endColumn: 49, message: 'Write "25%", not "25 per cent": write "%" instead of "per cent" (as 2 of 3 figures in this document do)' }],
      output: 'Rates rose 20%, then 16% and finally 25%.',
    },
    {
      name: 'currency and scale: "€20bn" among "€ 20 bn"',
      code: 'The plan costs € 20 bn; € 5 bn go to chips, € 4 bn to skills and €3bn to rail.',
      errors: [{ line: 1, column: 66, endColumn: 70, message: 'Write "€ 3 bn", not "€3bn": a space after "€" (as 3 of 4 figures in this document do); a space before "bn" (as 3 of 4 figures in this document do)' }],
      output: 'The plan costs € 20 bn; € 5 bn go to chips, € 4 bn to skills and € 3 bn to rail.',
    },
    {
      name: 'scale word: "billion" among "bn"',
      code: 'It costs £7.4bn, £2.1bn and £20 billion.',
      errors: [{ line: 1, column: 29, endColumn: 40, message: 'Write "£20bn", not "£20 billion": abbreviate "billion" to "bn" (as 2 of 3 figures in this document do)' }],
      output: 'It costs £7.4bn, £2.1bn and £20bn.',
    },
    {
      name: 'currency code among signs',
      code: 'Units cost €250k, €300k and €50k, and EUR 40k for repairs.',
      errors: [{ line: 1, column: 39, endColumn: 46, message: 'Write "€40k", not "EUR 40k": write "€" instead of "EUR", no space after "€" (as 3 of 4 figures in this document do)' }],
      output: 'Units cost €250k, €300k and €50k, and €40k for repairs.',
    },
    {
      name: 'minus: a hyphen among minus signs',
      code: 'Prices fell −3 % and −1 %, exports -2 %.',
      errors: [{ line: 1, column: 36, endColumn: 40, message: 'Write "−2 %", not "-2 %": write the minus as a minus sign "−" (as 2 of 3 figures in this document do)' }],
      output: 'Prices fell −3 % and −1 %, exports −2 %.',
    },
    {
      name: 'German: "Milliarden" among "Mrd.", inflected by the number',
      code: 'Der Bund zahlt 20 Mrd. €, die Länder 5 Mrd. € und die Gemeinden 1,5 Milliarden €.',
      locale: 'de',
      errors: [{ line: 1, column: 65, endColumn: 81, message: 'Write "1,5 Mrd. €", not "1,5 Milliarden €": abbreviate "Milliarden" to "Mrd." (as 2 of 3 figures in this document do)' }],
      output: 'Der Bund zahlt 20 Mrd. €, die Länder 5 Mrd. € und die Gemeinden 1,5 Mrd. €.',
    },
    {
      name: 'German: "Mrd." among "Milliarden", one billion in the singular',
      code: 'Der Bund zahlt 20 Milliarden €, die Länder 5 Milliarden € und die Gemeinden 1 Mrd. €.',
      locale: 'de',
      errors: [{ line: 1, column: 77, endColumn: 85, message: 'Write "1 Milliarde €", not "1 Mrd. €": spell out "Milliarde" (as 2 of 3 figures in this document do)' }],
      output: 'Der Bund zahlt 20 Milliarden €, die Länder 5 Milliarden € und die Gemeinden 1 Milliarde €.',
    },
    {
      name: 'French: a percent without its no-break space',
      code: 'La croissance était de 3\u00A0%, puis 4\u00A0% et enfin 12,5%.',
      locale: 'fr',
      errors: [{ line: 1, column: 47, endColumn: 52, message: 'Write "12,5\u00A0%", not "12,5%": a space before "%" (as 2 of 3 figures in this document do)' }],
      output: 'La croissance était de 3\u00A0%, puis 4\u00A0% et enfin 12,5\u00A0%.',
    },
    {
      // The locale is voted, not stated: number-format leaves the foreign decimal point to style.
      name: 'Dutch: a decimal point among decimal commas',
      code: 'De bijdrage is 3,5% van het loon, de toeslag is 2,5% van het loon en de premie is 4.4% van het loon.',
      errors: [{ line: 1, column: 83, endColumn: 87, message: 'Write "4,4%", not "4.4%": write decimals with "," (as 2 of 3 figures in this document do)' }],
      // Not offered as a fix: "4,4%" would make the vote clear, so the brief would read another way
      // afresh (one reading per run, issue 19) — and a lint offers only what --fix applies.
      output: 'De bijdrage is 3,5% van het loon, de toeslag is 2,5% van het loon en de premie is 4.4% van het loon.',
    },
    {
      name: 'German law text: "5.000 Euro" among space-grouped amounts',
      code: 'Der Betrag von 1 000 Euro, 2 500 Euro oder 5.000 Euro.',
      locale: 'de',
      errors: [{ line: 1, column: 44, message: 'Write "5 000 Euro", not "5.000 Euro": group thousands with a space (as 2 of 3 figures in this document do)' }],
      output: 'Der Betrag von 1 000 Euro, 2 500 Euro oder 5 000 Euro.',
    },
    {
      name: 'a table with one cell unlike the others',
      code: '| Exam | Fee |\n|---|---:|\n| A | € 101,00 |\n| B | € 105,00 |\n| C | €119,00 |',
      locale: 'nl',
      errors: [{ line: 5, column: 7, message: 'Write "€ 119,00", not "€119,00": a space after "€" (as 2 of 3 figures in this table do)' }],
      output: '| Exam | Fee |\n|---|---:|\n| A | € 101,00 |\n| B | € 105,00 |\n| C | € 119,00 |',
    },
    {
      name: 'the issue\'s budget table: a Total in the other locale\'s grouping',
      code: '# Budget\n\n| Item | Amount |\n|---|---:|\n| Staff | 12,000 |\n| Rent | 7,500 |\n| Total | 19.500 |',
      locale: 'en',
      // Likely 19,500, but not surely (a household size of 2.375 reads the same way): offered, never applied.
      errors: [{ line: 7, column: 11, endColumn: 17, message: 'Did you mean "19,500"? "19.500" groups thousands with "." and reads as 19.5, unlike the other figures in this column ("12,000", "7,500")', suggestions: ['19,500'] }],
      output: '# Budget\n\n| Item | Amount |\n|---|---:|\n| Staff | 12,000 |\n| Rent | 7,500 |\n| Total | 19.500 |',
    },
    {
      name: 'configured forms apply to a single figure',
      code: 'The plan costs €20 billion and grows 25 per cent.',
      options: { currency: '€ 20', scale: 'bn', percent: '%' },
      errors: [
        { line: 1, column: 16, message: 'Write "€ 20 bn", not "€20 billion": a space after "€" (as configured); abbreviate "billion" to "bn" (as configured)' },
        { line: 1, column: 38, message: 'Write "25%", not "25 per cent": write "%" instead of "per cent" (as configured)' },
      ],
      output: 'The plan costs € 20 bn and grows 25%.',
    },
    {
      name: 'configured thousands separator',
      // Stated: with no figure and no word to go on, "400,000" could be read as 400 (see the valid case).
      locale: 'en',
      code: 'We counted 400 000 jobs.',
      options: { thousands: ',' },
      errors: [{ line: 1, column: 12, message: 'Write "400,000", not "400 000": group thousands with "," (as configured)' }],
      output: 'We counted 400,000 jobs.',
    },
  ],
});

describe('number-style helpers', () => {
  it('finds quotations in straight and curly quotes, and leaves an unclosed one open', () => {
    expect(quotationSpans('He said “25 per cent” and "3 %" then „4“ and «5».')).toEqual([
      { start: 9, end: 20 },
      { start: 27, end: 30 },
      { start: 38, end: 39 },
      { start: 46, end: 47 },
    ]);
    expect(quotationSpans('An unclosed “quote with 25 %')).toEqual([]);
  });

  it('tells TeX math from money by Pandoc\'s rule', () => {
    expect(mathSpans('power of $2$ and $$r_n=1$$')).toEqual([
      { start: 9, end: 12 },
      { start: 17, end: 26 },
    ]);
    expect(mathSpans('costs $5 and $10, or $5-$10')).toEqual([]);
  });
});

describe('number-style options', () => {
  it('refuses a currency sample without a currency, an unknown scale word and an unknown percent form', async () => {
    const { lintText } = await import('../../src/engine/lint.js');
    const lintWith = (options: Record<string, unknown>) => () => lintText('25 %', { rules: [rule], config: { rules: { 'number-style': ['warn', options] } } });
    expect(lintWith({ currency: '20' })).toThrow(/sample amount/);
    expect(lintWith({ scale: 'zillion' })).toThrow(/scale word/);
    expect(lintWith({ percent: 'pct' })).toThrow();
    expect(lintWith({ currency: '20 €', scale: 'Mrd.', percent: ' %', thousands: '\u202F', minus: '\u2212' })).not.toThrow();
  });

  it('writes a configured no-break space before "%"', () => {
    const messages = lintWithRule(rule, { code: 'La croissance était de 3%.', locale: 'fr', options: { percent: '\u00A0%' } });
    expect(messages.map((message) => message.fix?.text)).toEqual(['3\u00A0%']);
  });
});

describe('number-style configured scale word', () => {
  it('takes the gap most figures use', () => {
    const code = 'It costs € 20 billion, € 5 billion and € 3 billion.';
    const messages = lintWithRule(rule, { code, options: { scale: 'bn' } });
    expect(messages.map((message) => message.fix?.text)).toEqual(['€ 20 bn', '€ 5 bn', '€ 3 bn']);
  });
});
