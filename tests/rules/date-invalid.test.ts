import rule from '../../src/rules/date-invalid.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests(rule, {
  valid: [
    // Dates that exist, leap days included (2000 is a leap year, 2024 too).
    'The AI Act entered into force on 1 August 2024.',
    'The deadline is 29 February 2024, a leap day.',
    'The millennium had a 29 February 2000.',
    'Payments are due June 30, 2023 and every quarter after.',
    'The pilot ran from 2025-02-01 to 2025-02-28.',
    { code: 'Op 29-2-2008 werd de regeling gewijzigd.', locale: 'nl' },
    { code: 'Die Frist endet am 29.2.2024.', locale: 'de' },
    { code: 'Das Gesetz gilt ab dem 31. März 2025.', locale: 'de' },
    { code: 'Le règlement s’applique à partir du 30 avril 2025.', locale: 'fr' },
    { code: 'De wet treedt in werking op 30 juni 2026.', locale: 'nl' },
    // Numeric dates read both ways: one reading exists, so the date is not in doubt.
    'The survey closed on 13/05/2025.',
    'The survey closed on 05/13/2025.',
    { code: 'Der Bericht vom 12.31.2025 wurde veröffentlicht.', locale: 'de' },
    'Both 11/02/2025 and 02/11/2025 exist.',
    // Periods that exist.
    'Delivery is planned for Q4 2025, with a review in H2 2026.',
    'Funding ends in the fourth quarter of 2027.',
    { code: 'Le versement a lieu au T4 2025 et au S2 2026.', locale: 'fr' },
    { code: 'Im 4. Quartal 2025 beginnt die Ausschreibung.', locale: 'de' },
    { code: 'Het tweede kwartaal 2025 laat groei zien.', locale: 'nl' },
    // Numbers that look like dates and are not.
    'Upgrade to version v2.31.4 before the audit.',
    'Section 31.4.2025 of the manual sets the rule.',
    'See § 31.04.2025 and Art. 31.06.2025 of the code.',
    'Goods under tariff code 8542.31.2025 pay no duty.',
    'Support is available 24/7 and 3/4 of members use it.',
    'The team won 31-4 in the final.',
    'Call +31 20 31-04-2025 for details.',
    'The server at 192.168.31.4 logs every request.',
    'Regulation 2024/1689 lays down harmonised rules on AI.',
    'The report covers ISO week 2025-W07.',
    'The shift ends at 23:59 and restarts at 31:00 hours elapsed.',
    'Article 31.06 applies to all providers.',
    { code: 'Veröffentlicht im BGBl. I S. 31 im Jahr 2025.', locale: 'de' },
    'Between 2027 and 2031, 31 projects start.',
    // A quotation keeps its source's words.
    '> The minister promised a decision by 31 June 2026.',
    // A model name, not a quarter; French and Dutch letters name many things besides periods.
    'Fleet buyers chose the Audi Q5 2025 edition.',
    { code: 'La norme S3 2025 remplace le T5 2025.', locale: 'fr' },
    'Release build 2.30.2025 is out.',
    { code: 'Siehe Az. 31.04.2025 des Gerichts.', locale: 'de' },
    // A year range is not a date.
    'The plan runs 2028-2027, in the draft.',
  ],
  invalid: [
    {
      code: 'The consultation ends on 31 June 2026.',
      errors: [{ line: 1, column: 26, endColumn: 38, message: '31 June 2026 does not exist: June has 30 days' }],
    },
    {
      code: 'The report is due on 29 February 2025.',
      errors: [{ line: 1, column: 22, endColumn: 38, message: '29 February 2025 does not exist: 2025 is not a leap year' }],
    },
    {
      code: 'The census of 29 February 1900 is cited often.',
      errors: [{ line: 1, column: 15, message: '29 February 1900 does not exist: 1900 is not a leap year' }],
    },
    {
      code: 'Op 31.04.2025 begint de tweede fase.',
      locale: 'nl',
      errors: [{ line: 1, column: 4, endColumn: 14, message: '31.04.2025 does not exist: April has 30 days' }],
    },
    {
      code: 'De subsidie wordt op 30 februari 2026 uitbetaald.',
      locale: 'nl',
      errors: [{ line: 1, column: 22, message: '30 februari 2026 does not exist: February has 28 days in 2026' }],
    },
    {
      code: 'Die Frist endet am 31. April 2025.',
      locale: 'de',
      errors: [{ line: 1, column: 20, endColumn: 34, message: '31. April 2025 does not exist: April has 30 days' }],
    },
    {
      code: 'Le rapport sera publié le 31 avril 2025.',
      locale: 'fr',
      errors: [{ line: 1, column: 27, message: '31 avril 2025 does not exist: April has 30 days' }],
    },
    {
      code: 'Le paiement est prévu le 02.30.2025.',
      locale: 'fr',
      errors: [{ line: 1, column: 26, message: '02.30.2025 does not exist: February has 28 days in 2025' }],
    },
    {
      code: 'Delivery slips to Q5 2025.',
      errors: [{ line: 1, column: 19, endColumn: 26, message: 'Q5 2025: a year has four quarters' }],
    },
    {
      code: 'In Q5 2025 the review starts.',
      errors: [{ line: 1, column: 4, message: 'Q5 2025: a year has four quarters' }],
    },
    {
      name: 'a French quarter code in a document that writes quarters so',
      code: 'Versements : T3 2025, T4 2025 et T5 2025.',
      locale: 'fr',
      errors: [{ line: 1, column: 34, message: 'T5 2025: a year has four quarters' }],
    },
    {
      code: 'The review follows in H3 2026.',
      errors: [{ line: 1, column: 23, message: 'H3 2026: a year has two halves' }],
    },
    {
      code: 'Applications close on 04/31/2025.',
      errors: [{ line: 1, column: 23, endColumn: 33, message: '04/31/2025 does not exist: April has 30 days' }],
    },
    {
      code: 'The grant runs from 2022-05-01 to 2022-06-31.',
      errors: [{ line: 1, column: 35, endColumn: 45, message: '2022-06-31 does not exist: June has 30 days' }],
    },
    {
      name: 'an ISO date is year-month-day only',
      code: 'The file is dated 2025-13-01.',
      errors: [{ line: 1, column: 19, message: '2025-13-01 does not exist: there is no month 13' }],
    },
    {
      name: 'the second day of a range',
      code: 'The summit runs 30–31 June 2026.',
      errors: [{ line: 1, column: 20, endColumn: 32, message: '31 June 2026 does not exist: June has 30 days' }],
    },
    {
      name: 'the first day of a range is named in full',
      code: 'The fair runs 29–30 February 2025.',
      errors: [
        { line: 1, column: 15, endColumn: 17, message: '29 February 2025 does not exist: 2025 is not a leap year' },
        { line: 1, column: 18, message: '30 February 2025 does not exist: February has 28 days in 2025' },
      ],
    },
    {
      code: 'Ballots were counted on 13/13/2025.',
      errors: [{ line: 1, column: 25, message: '13/13/2025 does not exist: there is no month 13' }],
    },
    {
      code: 'The vote is on Monday 31 June 2026.',
      errors: [{ line: 1, column: 16, message: 'Monday 31 June 2026 does not exist: June has 30 days' }],
    },
    {
      name: 'a table cell, on its own line',
      code: 'Milestones\n\n| Step | Date |\n| --- | --- |\n| Launch | 31 September 2025 |\n',
      errors: [{ line: 5, column: 12, message: '31 September 2025 does not exist: September has 30 days' }],
    },
  ],
});
