import rule from '../../src/rules/weekday-mismatch.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests(rule, {
  valid: [
    // Right weekdays in every written form and language (10 February 2025 was a Monday).
    'The hearing is on Monday 10 February 2025.',
    'Join us in London on Monday, 3 November 2025, from 12:00-18:00.',
    'Mon, Feb 10, 2025: the committee meets.',
    'Tuesday, February 11th, 2025 is the deadline.',
    'The vote is on Monday (10 February 2025) in Brussels.',
    'Monday the 10th of February 2025 opens the session.',
    { code: 'De stemming is op maandag 10 februari 2025.', locale: 'nl' },
    { code: 'Uiterlijk di 11-02-2025 indienen.', locale: 'nl' },
    { code: 'Die Sitzung findet am Montag, den 10. Februar 2025 statt.', locale: 'de' },
    { code: 'Abgabe bis Dienstag, 11.02.2025.', locale: 'de' },
    { code: 'La date limite pour présenter une candidature est le mercredi 10 octobre 2018 à 15h00 HAE.', locale: 'fr' },
    // A numeric date read either way round: one reading has the weekday written.
    'Tue 02/11/2025: the hearing.',
    { code: 'Le marché clôt le mardi 12/31/2024.', locale: 'fr' },
    // A date without a year is not compared.
    'The webinar is on Thursday, April 24, at 10 AM ET.',
    { code: 'Op maandag 17 maart presenteert het kabinet de plannen.', locale: 'nl' },
    // A weekday in another clause is not the date's.
    'On Friday, the Commission confirmed that 11 February 2025 remains the deadline.',
    'We met on Monday; 11 February 2025 was the deadline.',
    'Payments arrive every Friday, starting 11 February 2025.',
    // A weekday that ends a range of weekdays is the last day's.
    'The summit runs Monday–Tuesday, 10–11 February 2025.',
    'Offices open Monday to Friday 10.02.2025 to 14.02.2025.',
    { code: 'Die Tagung dauert Montag bis Dienstag, 10.–11. Februar 2025.', locale: 'de' },
    { code: 'Le salon est ouvert du lundi au mardi (10–11 février 2025).', locale: 'fr' },
    { code: 'Offen van maandag t/m dinsdag 10-02-2025 tot 11-02-2025.', locale: 'nl' },
    // "until Friday" is a deadline, and Friday 14 February 2025 it was.
    { code: 'Les candidatures sont ouvertes jusqu’au vendredi 14.02.2025.', locale: 'fr' },
    { code: 'Du lundi 10 au vendredi 14 février 2025.', locale: 'fr' },
    { code: 'Vom Montag, 10. bis Freitag, 14. Februar 2025.', locale: 'de' },
    'From Monday 10 to Friday 14 February 2025.',
    { code: 'Die Anhörung findet am Mittwoch, 12. Februar 2025, im Bundestag statt.', locale: 'de' },
    'Sales peak on Black Friday 29 November 2024 and Cyber Monday 2 December 2024.',
    // Short weekdays in tables and lists, a year the other dates give, dates day first outside English.
    { code: '| Datum | Onderwerp |\n|---|---|\n| di 14-01-2025 | Jaarplan |\n| wo 12-03-2025 | Woondeal |', locale: 'nl' },
    { code: 'Séance le jeu. 13/02/2025 et le mar. 27 janv. 2026.', locale: 'fr' },
    'Bids were due by Tuesday 3 June; the statement followed on Wednesday 11 June 2025.',
    { code: 'Die Anhörung ist am Freitag, dem 22. November 2024.', locale: 'de' },
    // A newspaper, not a weekday.
    'As reported in The Sun, 11 February 2025, the plan slipped.',
    // A lower-case abbreviation is a word, not a weekday.
    'We sat on 11 February 2025 to decide.',
    // A date that does not exist is date-invalid's.
    'The vote is on Monday 31 June 2026.',
    // A quotation keeps its source's words.
    '> The vote is on Monday 11 February 2025.',
  ],
  invalid: [
    {
      code: 'Die Anhörung ist am Donnerstag, dem 22. November 2024.',
      locale: 'de',
      errors: [{ line: 1, column: 21, message: '22 November 2024 is a Friday, not a Thursday' }],
    },
    {
      code: '| Datum | Onderwerp |\n|---|---|\n| di 14-01-2025 | Jaarplan |\n| di 12-03-2025 | Woondeal |',
      locale: 'nl',
      errors: [{ line: 4, column: 3, message: '12 March 2025 is a Wednesday, not a Tuesday' }],
    },
    { code: 'Séance le jeu. 09/04/2025.', locale: 'fr', errors: [{ line: 1, column: 11, message: '9 April 2025 is a Wednesday, not a Thursday' }] },
    { code: 'Information le lun. 27 janv. 2026.', locale: 'fr', errors: [{ line: 1, column: 16, message: '27 January 2026 is a Tuesday, not a Monday' }] },
    {
      code: 'Bids were due by Monday 3 June; the statement followed on Wednesday 11 June 2025.',
      errors: [{ line: 1, column: 18, endColumn: 31, message: /^3 June 2025 .*is a Tuesday, not a Monday/ }],
    },
    {
      code: 'The hearing is on Monday 11 February 2025.',
      errors: [{ line: 1, column: 19, endColumn: 42, message: '11 February 2025 is a Tuesday, not a Monday' }],
    },
    {
      code: 'De stemming is op maandag 11 februari 2025.',
      locale: 'nl',
      errors: [{ line: 1, column: 19, endColumn: 43, message: '11 February 2025 is a Tuesday, not a Monday' }],
    },
    {
      code: 'Die Sitzung findet am Montag, 11. Februar 2025 statt.',
      locale: 'de',
      errors: [{ line: 1, column: 23, endColumn: 47, message: '11 February 2025 is a Tuesday, not a Monday' }],
    },
    {
      code: 'La séance a lieu le lundi 11 février 2025.',
      locale: 'fr',
      errors: [{ line: 1, column: 21, endColumn: 42, message: '11 February 2025 is a Tuesday, not a Monday' }],
    },
    {
      code: 'Mon, Feb 11, 2025: the committee meets.',
      errors: [{ line: 1, column: 1, endColumn: 18, message: '11 February 2025 is a Tuesday, not a Monday' }],
    },
    {
      code: 'Wednesday, February 11th, 2025 is the deadline.',
      errors: [{ line: 1, column: 1, endColumn: 31, message: '11 February 2025 is a Tuesday, not a Wednesday' }],
    },
    {
      name: 'a weekday before the bracket: the range is the bracketed date',
      code: 'The vote is on Monday (11 February 2025) in Brussels.',
      errors: [{ line: 1, column: 24, endColumn: 40, message: '11 February 2025 is a Tuesday, not a Monday' }],
    },
    {
      code: 'Die Sitzung findet am Montag, den 11. Februar 2025 statt.',
      locale: 'de',
      errors: [{ line: 1, column: 23, endColumn: 51, message: '11 February 2025 is a Tuesday, not a Monday' }],
    },
    {
      code: 'Abgabe bis Mittwoch, 11.02.2025.',
      locale: 'de',
      errors: [{ line: 1, column: 12, endColumn: 32, message: '11 February 2025 is a Tuesday, not a Wednesday' }],
    },
    {
      code: 'Submit by Friday 11/02/2025.',
      errors: [{ line: 1, column: 11, message: '11/02/2025 is a Tuesday (11 February 2025) or a Sunday (2 November 2025), not a Friday' }],
    },
    {
      code: 'Les candidatures sont ouvertes jusqu’au jeudi 14.02.2025.',
      locale: 'fr',
      errors: [{ line: 1, column: 41, message: '14 February 2025 is a Friday, not a Thursday' }],
    },
    {
      name: 'a numeric date whose neither reading has the weekday',
      code: 'Mon 02/11/2025: the hearing.',
      errors: [{ line: 1, column: 1, endColumn: 15, message: '02/11/2025 is a Sunday (2 November 2025) or a Tuesday (11 February 2025), not a Monday' }],
    },
    {
      name: 'a heading',
      code: '## Sunday 3 November 2025\n\nThe event.',
      errors: [{ line: 1, column: 4, message: '3 November 2025 is a Monday, not a Sunday' }],
    },
  ],
});
