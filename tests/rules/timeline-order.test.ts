import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/timeline-order.js';
import { lintWithRule, runRuleTests } from '../helpers/rule-tester.js';

runRuleTests(rule, {
  valid: [
    // The example brief's timeline, as arrows and as a list: nested periods are in order.
    'Q4 2025 → H1 2026 → 2027 → End 2027',
    '- Q4 2025: call for expressions of interest\n- H1 2026: fund set up\n- 2027: first gigafactories operational\n- End 2027: report to Parliament',
    { name: 'the example brief', code: readFileSync('fixtures/investai-brief.md', 'utf8') },
    { name: 'the Dutch example brief', code: readFileSync('fixtures/investai-brief.nl.md', 'utf8'), locale: 'nl' },
    'Q4 2025 -> H1 2026 ⇒ mid-2026 —> early 2027',
    // Spans written as two joined dates cover both.
    '- Q3 2025: tender\n- Q1–Q3 2025: pilot (overlapping)\n- Q4 2025: review\n- 2026: roll-out',
    'March–April 2025 → May 2025 → 20–21 June 2025 → H2 2025',
    // Every language's periods, in order.
    { code: '- Eind 2025: oproep\n- medio 2026: fonds opgericht\n- begin 2027: eerste fabrieken\n- tweede helft van 2027: evaluatie', locale: 'nl' },
    { code: '- Ende 2025: Aufruf\n- Mitte 2026: Fonds gegründet\n- Anfang 2027: erste Fabriken\n- 2. Halbjahr 2027: Bewertung', locale: 'de' },
    { code: '- Fin 2025 : appel\n- mi-2026 : fonds créé\n- début 2027 : premières usines\n- second semestre 2027 : évaluation', locale: 'fr' },
    // Newest first (a changelog): every step goes back, so that is its direction.
    '- March 2026: new board\n- February 2025: annual report\n- November 2024: audit\n- January 2024: founded',
    // Direction unclear: as many pairs run forward as backward.
    '| Vesting date | MKR |\n|---|---|\n| 30 Sep 2022 | 966 |\n| 31 Mar 2022 | 483 |\n| 30 Sep 2022 | 483 |\n| 31 Mar 2022 | 483 |\n| 30 Sep 2022 | 483 |',
    // Fewer than three dated items, or items that do not begin with their date.
    '- 2027: launch\n- 2025: pilot',
    '- The pilot ends in 2027\n- The launch comes in 2025\n- A review follows in 2024\n- The budget for 2023',
    // Things named by their year, listed by topic.
    '- 2019 Climate Act\n- 2015 Energy Act\n- 2021 Tax Act\n- 2022 Data Act',
    // A table sorted by something else: its first column is no date.
    '| Workstream | Deadline |\n|---|---|\n| Chips | 2027 |\n| Cloud | 2025 |\n| Skills | 2026 |\n| Data | 2024 |',
    '| Country | Year |\n|---|---|\n| Austria | 2027 |\n| Belgium | 2025 |\n| Czechia | 2026 |',
    // A table of years in two groups, and a summary row.
    '| Year | Cost |\n|---|---|\n| 2025 | 1 |\n| 2026 | 2 |\n| 2027 | 3 |\n| 2025 | 4 |\n| 2026 | 5 |\n| 2027 | 6 |',
    '| Year | Cost |\n|---|---|\n| 2025 | 1 |\n| 2026 | 2 |\n| 2027 | 3 |\n| 2015–2024 | 4 |',
    // Arrows that run back at every step, on purpose.
    'Backcasting: 2050 → 2040 → 2030.',
    // Two arrows only, and a quoted timeline.
    'The target moved 2030 → 2025.',
    '> Q4 2025 → H1 2026 → Q3 2025',
    // Dates in the second column of a table of steps, in order; a table of workstreams is sorted by name.
    '| Step | Date |\n|---|---|\n| Consultation | 3 March 2025 |\n| Draft | 12 May 2025 |\n| Adoption | H2 2025 |',
    '| Workstream | Deadline |\n|---|---|\n| Chips | Q3 2027 |\n| Cloud | Q1 2025 |\n| Skills | Q2 2026 |',
    // An item equal to the first is no restart, but a nested one is in order; overlapping phases that move forward.
    '- Q4 2025: order\n- End 2025: framework\n- Early 2026: cohort\n- 2027: graduates',
    '- Phase 1 (2024–2026): survey\n- Phase 2 (2025–2027): plans\n- Phase 3 (2027–2029): works',
    { code: '- Herbst 2026: Vergabe\n- Winter 2026/27: Baubeginn\n- Frühjahr 2027: Abnahme', locale: 'de' },
  ],
  invalid: [
    {
      code: '- Q4 2025: order\n- Early 2026: cohort\n- Mid-2026: observatories\n- End 2025: framework\n- 2027: graduates',
      errors: [{ line: 4, column: 3, endColumn: 11, message: 'End 2025 comes after Mid-2026 in this timeline but ends before it begins' }],
    },
    {
      code: '| Milestone | Date |\n|---|---|\n| Proposal | 18 September 2025 |\n| Council | 4 December 2025 |\n| Plenary | 27 November 2025 |\n| Deadline | 1 January 2028 |',
      errors: [{ line: 5, column: 13, message: '27 November 2025 comes after 4 December 2025 in this timeline but ends before it begins' }],
    },
    {
      code: '| Stap | Wanneer | Wie |\n|---|---|---|\n| Handreiking | tweede kwartaal 2026 | BZK |\n| Afspraken | derde kwartaal 2026 | VNG |\n| Monitor | eerste kwartaal 2026 | BZK |\n| Visie | 2027 | BZK |',
      locale: 'nl',
      errors: [{ line: 5, column: 13, message: /^eerste kwartaal 2026 comes after derde kwartaal 2026/ }],
    },
    {
      code: '| Phase | Zeitraum |\n|---|---|\n| 1 | 2025–2026 |\n| 2 | 2027–2029 |\n| 3 | 2026–2028 |\n| 4 | 2030–2032 |',
      locale: 'de',
      errors: [{ line: 5, column: 7, message: /^2026–2028 comes after 2027–2029/ }],
    },
    {
      code: '- Phase 1 (2025–2026): survey\n- Phase 2 (2027–2028): scale-up\n- Phase 3 (2026–2027): roll-out',
      errors: [{ line: 3, column: 12, message: /^2026–2027 comes after 2027–2028/ }],
    },
    {
      code: "- d'ici fin 2026 : audit\n- courant 2027 : programmation\n- d'ici mi-2026 : prêts\n- 2030 : bilan",
      locale: 'fr',
      errors: [{ line: 3, column: 9, message: /^mi-2026 comes after 2027/ }],
    },
    {
      code: '- Frühjahr 2026: Liste\n- Sommer 2026: Vergabe\n- Winter 2026/27: Baubeginn\n- Herbst 2026: Steuerung\n- 2032: Abschluss',
      locale: 'de',
      errors: [{ line: 4, column: 3, message: /^Herbst 2026 comes after Winter 2026\/27/ }],
    },
    {
      code: 'Q4 2025 → H1 2026 → Q3 2025',
      errors: [{ line: 1, column: 21, endColumn: 28, message: 'Q3 2025 comes after H1 2026 in this timeline but ends before it begins' }],
    },
    {
      code: '- Q4 2025: call for interest\n- H1 2025: fund set up\n- 2027: first factories\n- End 2027: report',
      errors: [{ line: 2, column: 3, endColumn: 10, message: 'H1 2025 comes after Q4 2025 in this timeline but ends before it begins' }],
    },
    {
      code: '1. 1999: Lucene written\n1. 2001: part of Jakarta\n1. 2005: top-level project\n1. 2008: SOLR 1.3 released\n1. 2007: commercial support\n1. 2010: venture capital',
      errors: [{ line: 5, column: 4, message: '2007 comes after 2008 in this timeline but ends before it begins' }],
    },
    {
      code: '| Date | Role |\n|---|---|\n| 2023-06-08 | AD |\n| 2023-10-30 | AD |\n| 2023-02-02 | AD |\n| 2024-04-06 | AD |',
      errors: [{ line: 5, column: 3, endColumn: 13, message: '2023-02-02 comes after 2023-10-30 in this timeline but ends before it begins' }],
    },
    {
      code: '| Planning | Stap |\n|---|---|\n| medio 2026 | fonds |\n| eind 2026 | fabrieken |\n| begin 2026 | evaluatie |\n| 2028 | rapport |',
      locale: 'nl',
      errors: [{ line: 5, column: 3, message: 'begin 2026 comes after eind 2026 in this timeline but ends before it begins' }],
    },
    {
      code: '- Bis Ende 2025: Aufruf\n- Mitte 2026: Fonds\n- Frühjahr 2025: Fabriken\n- 2027: Bericht',
      locale: 'de',
      errors: [{ line: 3, column: 3, message: 'Frühjahr 2025 comes after Mitte 2026 in this timeline but ends before it begins' }],
    },
    {
      code: "- D'ici fin 2025 : appel\n- premier trimestre 2026 : fonds\n- T3 2025 : usines\n- 2027 : rapport\n- 2028 : bilan",
      locale: 'fr',
      errors: [{ line: 3, column: 3, message: 'T3 2025 comes after premier trimestre 2026 in this timeline but ends before it begins' }],
    },
    {
      code: 'Q3 2025 → Q4 2025 → Q1–Q2 2025 → 2026',
      errors: [{ line: 1, column: 21, endColumn: 31, message: 'Q1–Q2 2025 comes after Q4 2025 in this timeline but ends before it begins' }],
    },
    {
      code: '- 2026: launch\n- 2025: pilot\n- 2027: review',
      errors: [{ line: 2, column: 3, message: '2025 comes after 2026 in this timeline but ends before it begins' }],
    },
    {
      code: '- 2026: new board\n- 2024: report\n- 2025: audit\n- 2022: founded',
      errors: [{ line: 3, column: 3, message: '2025 comes after 2024 in this newest-first list but begins after it ends' }],
    },
  ],
});

describe('timeline-order related places', () => {
  it('names the item the misplaced one follows', () => {
    const [message] = lintWithRule(rule, { code: 'Q4 2025 → H1 2026 → Q3 2025' });
    expect(message?.related?.map((place) => `${place.line}:${place.column} ${place.message}`)).toEqual(['1:11 the item before: H1 2026']);
  });
});
