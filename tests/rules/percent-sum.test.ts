import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/percent-sum.js';
import { buildBrief } from '../../src/parse/index.js';
import { lintWithRule, runRuleTests } from '../helpers/rule-tester.js';
import { cpuMs } from '../helpers/timing.js';

const table = (...lines: string[]): string => lines.join('\n');

const FUNDING = table(
  '| Source | Amount | Share of total |',
  '|---|---:|---:|',
  '| EU tranche | € 50 bn | 25 % |',
  '| – sub-envelope: gigafactory fund | € 20 bn | 10 % |',
  '| Private pledges | € 150 bn | 75 % |',
  '| **Total** | **€ 200 bn** | **100 %** |',
);

runRuleTests(rule, {
  valid: [
    // The example brief's table: the sub-envelope row is part of the EU tranche.
    FUNDING,
    { code: readFileSync(new URL('../../fixtures/investai-brief.md', import.meta.url), 'utf8'), name: 'fixtures/investai-brief.md' },
    { code: readFileSync(new URL('../../fixtures/investai-brief.nl.md', import.meta.url), 'utf8'), name: 'fixtures/investai-brief.nl.md' },
    // Right breakdowns, in sentences, in four languages.
    'The budget is split as 45 %, 35 % and 20 %.',
    'The budget is divided between research (45 %), deployment (35 %) and skills (20 %).',
    'Funding is allocated as follows: 50% to compute, 30% to data and 20% to skills.',
    { code: 'Het budget wordt verdeeld over onderzoek (45 %), uitrol (35 %) en vaardigheden (20 %).', locale: 'nl' },
    { code: 'Das Budget wird aufgeteilt auf Forschung (45 %), Einsatz (35 %) und Bildung (20 %).', locale: 'de' },
    { code: 'Le budget est réparti à 45 % pour la recherche, 35 % pour le déploiement et 20 % pour la formation.', locale: 'fr' },
    // Rounding: ten shares written as whole percents may sum to 99–101 %.
    table(
      '| Region | Share |',
      '|---|---:|',
      ...['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H', 'I'].map((region) => `| ${region} | 10 % |`),
      '| J | 11 % |',
      '| Total | 100 % |',
    ),
    'The budget is split as 33 %, 33 % and 33 %.',
    'The budget is split as 33.3 %, 33.3 % and 33.3 %.',
    table('| Party | Share |', '|---|---:|', '| A | 34 % |', '| B | 33 % |', '| C | 34 % |'),
    // A note that says the shares may not add up because of rounding.
    table('| Use | Share of total |', '|---|---:|', '| A | 40 % |', '| B | 32 % |', '| C | 31 % |', '| Total | 100 % |', '', 'Shares may not sum to 100 % due to rounding.'),
    // Multi-answer surveys.
    table(
      '| Answer | Share of respondents |',
      '|---|---:|',
      '| Cost | 45 % |',
      '| Time | 35 % |',
      '| Skills | 30 % |',
      '| Total | 100 % |',
      '',
      'Respondents could choose several answers.',
    ),
    { code: table('Mehrfachnennungen möglich.', '', '| Antwort | Anteil |', '|---|---:|', '| Kosten | 45 % |', '| Zeit | 35 % |', '| Total | 100 % |'), locale: 'de' },
    { code: table('| Réponse | Part |', '|---|---:|', '| Coût | 45 % |', '| Temps | 35 % |', '| Total | 100 % |', '', 'Plusieurs réponses possibles.'), locale: 'fr' },
    'Respondents could give multiple answers: the budget is split as 45 %, 35 % and 30 %.',
    { code: table('| Antwoord | Aandeel |', '|---|---:|', '| Kosten | 45 % |', '| Tijd | 35 % |', '| Totaal | 100 % |', '', 'Meerdere antwoorden mogelijk.'), locale: 'nl' },
    // Shares of different bases, changes, rates.
    'Funding is split: 45 % of large firms and 35 % of SMEs applied.',
    'The budget is split between two funds whose growth was 45 %, 35 % and 30 %.',
    'Spending is divided into two blocks that grew by 45 % and 35 % respectively.',
    table('| Country | Interest rate (%) |', '|---|---:|', '| NL | 45 % |', '| DE | 35 % |', '| FR | 18 % |'),
    table('| Country | Unemployment rate |', '|---|---:|', '| NL | 34 % |', '| DE | 33 % |', '| FR | 30 % |'),
    table('| Sector | Change (%) |', '|---|---:|', '| A | 45 % |', '| B | 35 % |', '| C | 18 % |'),
    // Rows that are each a share of their own base: the sum means nothing.
    table('| Country | Share of households with internet (%) |', '|---|---:|', '| NL | 98 % |', '| DE | 95 % |', '| FR | 92 % |'),
    table('| W | % cold ops flipped | % gas saved |', '|---:|---:|---:|', '| 8 | 60 % | 10.1 % |', '| 32 | 70 % | 12.0 % |', '| 128 | 78 % | 13.3 % |', '| 256 | 81 % | 13.9 % |', '| 512 | 84 % | 14.3 % |', '| 1024 | 85 % | 14.5 % |', '| 8192 | 100 % | 17.5 % |'),
    { code: table('| Land | Anteil der Haushalte mit Internet |', '|---|---:|', '| NL | 34 % |', '| DE | 33 % |', '| FR | 30 % |'), locale: 'de' },
    // Two rows under "%" without a Total: as likely two rates as a breakdown.
    table('| Group | % |', '|---|---:|', '| Men | 48 % |', '| Women | 50 % |'),
    // A "share of total" column may list only the largest parts.
    table('| Exporter | Share of total exports |', '|---|---:|', '| China | 30 % |', '| EU | 20 % |', '| US | 10 % |'),
    // "EU-27 100 %" on top of its largest members only.
    table('| Country | Share of EU GDP |', '|---|---:|', '| **Total EU-27** | 100 % |', '| DE | 25 % |', '| FR | 17 % |', '| IT | 12 % |'),
    // A Total that says something else than 100 % is table-total's concern.
    table('| Use | Share |', '|---|---:|', '| A | 45 % |', '| B | 35 % |', '| Total | 99.9 % |'),
    // Rows that are parts of another row, in four languages.
    { code: table('| Bron | Aandeel |', '|---|---:|', '| EU | 25 % |', '| waarvan gigafabrieken | 10 % |', '| Privaat | 75 % |', '| Totaal | 100 % |'), locale: 'nl' },
    { code: table('| Quelle | Anteil |', '|---|---:|', '| EU | 25 % |', '| davon Gigafabriken | 10 % |', '| Privat | 75 % |', '| Gesamt | 100 % |'), locale: 'de' },
    { code: table('| Source | Part |', '|---|---:|', '| UE | 25 % |', '| dont gigausines | 10 % |', '| Privé | 75 % |', '| Total | 100 % |'), locale: 'fr' },
    table('| Source | Share |', '|---|---:|', '| EU | 25 % |', '| of which gigafactories | 10 % |', '| Private | 75 % |', '| Total | 100 % |'),
    // A row followed by the rows it splits into, without a marker.
    table('| Source | Share |', '|---|---:|', '| Public | 40 % |', '| EU | 25 % |', '| National | 15 % |', '| Private | 60 % |', '| Total | 100 % |'),
    // Two blocks, each with its own 100 %.
    table('| Group | Share |', '|---|---:|', '| Men | 48 % |', '| Women | 52 % |', '| Total | 100 % |', '| Under 30 | 20 % |', '| 30 and over | 80 % |', '| Total | 100 % |'),
    // A Total column of 100 %: each row is split across the columns.
    table('| Group | Men | Women | Total |', '|---|---:|---:|---:|', '| Staff | 45 % | 55 % | 100 % |', '| Board | 70 % | 30 % | 100 % |'),
    // A list that is not closed by "and", or leaves a rest unstated, is no complete breakdown.
    'The budget is split as 45 %, 35 %, and so on.',
    'The budget is split as 45 % for research and 35 % for deployment, the rest for skills.',
    'The funds were split 45 % and 35 % in 2024, and 50 % and 40 % in 2025.',
    // Real-looking breakdowns that add up, in four languages.
    { code: 'De middelen worden verdeeld: 60 % gaat naar gemeenten, 30 % naar provincies en 10 % naar waterschappen.', locale: 'nl' },
    { code: 'De meningen zijn verdeeld: 45 % is voor, 35 % tegen en 20 % weet het niet.', locale: 'nl' },
    { code: 'Die Mittel werden wie folgt verteilt: 50 % an die Länder, 30 % an die Kommunen und 20 % an den Bund.', locale: 'de' },
    { code: "Les crédits sont répartis entre l'État (60 %), les régions (30 %) et les communes (10 %).", locale: 'fr' },
    'The remaining budget is split roughly 50 %, 30 % and 25 %.',
    table('| Sector | 2023 | 2024 |', '|---|---:|---:|', '| Industry | 40 % | 38 % |', '| Services | 60 % | 62 % |', '| Total | 100 % | 100 % |'),
    'The € 10 bn is split as € 4.5 bn (45 %), € 3.5 bn (35 %) and € 2 bn (20 %).',
    // A list of uses may leave some out.
    'Of the € 200 bn, 45 % goes to research and 35 % to deployment.',
    { code: 'Van de € 200 miljard gaat 45 % naar onderzoek, 35 % naar uitrol en 20 % naar vaardigheden.', locale: 'nl' },
    { code: 'Von den 200 Mrd. Euro fließen 45 % in die Forschung, 35 % in den Einsatz und 20 % in die Bildung.', locale: 'de' },
    { code: 'Sur les 200 milliards, 45 % vont à la recherche, 35 % au déploiement et 20 % à la formation.', locale: 'fr' },
    '45 % of large firms go to banks for credit and 35 % of SMEs go to friends.',
    // A series over time: each year's share of its own whole.
    table('| Year | Share of renewables (%) |', '|---|---:|', '| 2021 | 33 % |', '| 2022 | 33 % |', '| 2023 | 32 % |'),
    table('| Group | 2023 | 2024 | Total |', '|---|---:|---:|---:|', '| Staff | 45 % | 50 % | 100 % |'),
    table('| Quarter | % |', '|---|---:|', '| Q1 2024 | 34 % |', '| Q2 2024 | 33 % |', '| Q3 2024 | 30 % |'),
    table('| Fund | Share | Cumulative share |', '|---|---:|---:|', '| A | 50 % | 50 % |', '| B | 30 % | 80 % |', '| C | 20 % | 100 % |', '| Total | 100 % | |'),
    // Two parents, each followed by the rows it splits into.
    table('| Source | Share |', '|---|---:|', '| Public | 40 % |', '| EU | 25 % |', '| National | 15 % |', '| Private | 60 % |', '| Firms | 35 % |', '| Households | 25 % |', '| Total | 100 % |'),
    // "<1 %" is at most 1 %.
    table('| Use | Share |', '|---|---:|', '| A | 60 % |', '| B | 40 % |', '| Other | <1 % |', '| Total | 100 % |'),
    // Shares of several wholes, or a share that names a group rather than a part.
    'Votes were split 45 %, 35 % and 30 % across the three rounds.',
    'The gains are split between the top 10 % (45 %) and the bottom 50 % (35 %).',
    'Participation is broken down by region: 45 % in the north, 35 % in the south and 30 % in the west.',
    'Emissions fell by 45 %, 35 % and 30 %, split across sectors.',
    'The cost is split 50/50 between 2024 and 2025, with 45 % and 65 % paid upfront.',
    // A quotation keeps its source's figures.
    '> The budget is split as 45 %, 35 % and 30 %.',
    // Real sentences the breakdown reading met (corpus): alternatives, changes, a whole that is itself a share.
    'Do we implement 25% of the work on the way to full sharding, or 50%, or 75%?',
    'Replacing that policy would leave 56% of Californians better off, cut poverty 32% more, deep child poverty 118% more, and inequality 29% more.',
    { code: 'Burgemeesters hebben recht op een uitkering van 3,1% (opgebouwd uit: een structurele uitkering van 1,6% en een verhoogde uitkering van 1,5%).', locale: 'nl' },
    '90 percent of Alaskans favor the dividend going to everyone, and 64 percent say they would rather raise taxes.',
    // A stated rest left without a share, and a note for several answers beside the list.
    'Of the £2 billion settlement, 40% will go to the North and 30% to the Midlands; the rest is unallocated.',
    'Respondents could choose more than one answer. The barriers cited were cost (64%), distance (48%) and waiting lists (31%).',
    // Shares in words count with the percentages: these make the whole.
    { code: 'Der Fonds fließt zur Hälfte in den Glasfaserausbau. 30 % sind für die Verwaltung vorgesehen, die restlichen 20 % für Schulen.', locale: 'de' },
    { code: "Un tiers de l'enveloppe finance les transports, un autre tiers les réseaux de chaleur ; le solde, soit environ 33 %, va à l'hydrogène.", locale: 'fr' },
    // Quarters of a year are no shares.
    'The first quarter will have 40% of the total amount, and the remaining three quarters will have the remaining amount.',
    // "and" inside a label closes nothing; a list whose last part is "other" is the whole, and here it is.
    { code: 'De begroting verdeelt zich over personeel (38%), materieel (31%), infrastructuur en vastgoed (14%), exploitatie (8%) en overige uitgaven (9%).', locale: 'nl' },
  ],
  invalid: [
    {
      code: 'A third of the workforce is employed in residential homes and half in domiciliary care. The remaining 25 % work in day services.',
      errors: [{ line: 1, column: 103, endColumn: 107, message: 'Shares sum to 108.3 %, not 100 % (A third + half + 25)' }],
    },
    {
      code: 'De begroting verdeelt zich over personeel (38%), materieel (31%), infrastructuur en vastgoed (14%), exploitatie (12%) en overige uitgaven (9%).',
      locale: 'nl',
      errors: [{ line: 1, column: 140, endColumn: 142, message: 'Shares sum to 104%, not 100% (38 + 31 + 14 + 12 + 9)' }],
    },
    {
      code: 'Electricity generation by source: gas 34.7 %, wind 28.7 %, nuclear 14.2 %, biomass 11.6 %, solar 4.9 % and other sources 9.4 %.',
      errors: [{ line: 1, column: 122, endColumn: 127, message: 'Shares sum to 103.5 %, not 100 % (34.7 + 28.7 + 14.2 + 11.6 + 4.9 + 9.4)' }],
    },
    {
      code: "La moitié des émissions proviennent du transport routier et un tiers des bâtiments. Les 25 % restants sont imputables à l'industrie.",
      locale: 'fr',
      errors: [{ line: 1, column: 89, endColumn: 93, message: 'Shares sum to 108,3 %, not 100 % (La moitié + un tiers + 25)' }],
    },
    {
      code: 'Gefragt nach dem Verkehrsmittel (nur eine Nennung) gaben 58 % das Auto an, 17 % Bus und Bahn, 14 % das Fahrrad und 16 % den Fußweg.',
      locale: 'de',
      errors: [{ line: 1, column: 116, endColumn: 120, message: 'Shares sum to 105 %, not 100 % (58 + 17 + 14 + 16)' }],
    },
    {
      code: ['De subsidie gaat naar vier soorten gebouwen:', '', '- scholen: 42%', '- sportaccommodaties: 23%', '- zorginstellingen: 21%', '- buurthuizen: 6%'].join('\n'),
      locale: 'nl',
      errors: [{ line: 6, column: 16, endColumn: 18, message: 'Shares sum to 92%, not 100% (42 + 23 + 21 + 6)' }],
    },
    {
      code: 'Of the 48,000 households, 52% own their home, 31% rent privately and the remaining 9% rent from a council.',
      errors: [{ line: 1, column: 84, endColumn: 86, message: 'Shares sum to 92%, not 100% (52 + 31 + 9)' }],
    },
    {
      code: 'Das Projekt wird zu 60 % vom Bund, zu 30 % vom Land und zu 20 % von der Kommune finanziert.',
      locale: 'de',
      errors: [{ line: 1, column: 60, endColumn: 64, message: 'Shares sum to 110 %, not 100 % (60 + 30 + 20)' }],
    },
    {
      code: ['Verdeling van de uitgaven in 2024:', '', '- Zorg: 41%', '- Onderwijs: 33%', '- Overig: 36%'].join('\n'),
      locale: 'nl',
      errors: [{ line: 5, column: 11, endColumn: 14, message: 'Shares sum to 110%, not 100% (41 + 33 + 36)' }],
    },
    {
      code: table(
        '| Source | Amount | Share of total |',
        '|---|---:|---:|',
        '| EU tranche | € 50 bn | 25 % |',
        '| – sub-envelope: gigafactory fund | € 20 bn | 10 % |',
        '| Private pledges | € 150 bn | 70 % |',
        '| **Total** | **€ 200 bn** | **100 %** |',
      ),
      errors: [
        {
          line: 6,
          column: 32,
          endColumn: 37,
          message: 'Shares sum to 95 %, not 100 % (25 + 70; row "– sub-envelope: gigafactory fund" left out as part of another row)',
        },
      ],
    },
    {
      code: 'The budget is split as 45 %, 35 % and 30 %.',
      errors: [{ line: 1, column: 39, endColumn: 43, message: 'Shares sum to 110 %, not 100 % (45 + 35 + 30)' }],
    },
    {
      code: 'The budget is divided between research (45 %), deployment (35 %) and skills (30 %).',
      errors: [{ line: 1, column: 78, endColumn: 82, message: 'Shares sum to 110 %, not 100 % (45 + 35 + 30)' }],
    },
    {
      code: 'Het budget wordt verdeeld als 45 %, 35 % en 30 %.',
      locale: 'nl',
      errors: [{ line: 1, column: 45, message: 'Shares sum to 110 %, not 100 % (45 + 35 + 30)' }],
    },
    {
      code: 'Das Budget wird aufgeteilt auf Forschung (42,5 %), Einsatz (35 %) und Bildung (20 %).',
      locale: 'de',
      errors: [{ line: 1, column: 80, message: 'Shares sum to 97,5 %, not 100 % (42,5 + 35 + 20)' }],
    },
    {
      code: 'Le budget est réparti à 45 % pour la recherche, 35 % pour le déploiement et 30 % pour la formation.',
      locale: 'fr',
      errors: [{ line: 1, column: 77, message: 'Shares sum to 110 %, not 100 % (45 + 35 + 30)' }],
    },
    {
      code: 'The budget is split 45 per cent, 35 per cent and 30 per cent.',
      errors: [{ line: 1, column: 50, endColumn: 61, message: 'Shares sum to 110 per cent, not 100 per cent (45 + 35 + 30)' }],
    },
    {
      code: 'Funding is allocated as follows: 50% to compute, 30% to data and 25% to skills.',
      errors: [{ line: 1, column: 66, message: 'Shares sum to 105%, not 100% (50 + 30 + 25)' }],
    },
    {
      code: 'De middelen worden verdeeld: 60 % gaat naar gemeenten, 30 % naar provincies en 20 % naar waterschappen.',
      locale: 'nl',
      errors: [{ line: 1, column: 80, message: 'Shares sum to 110 %, not 100 % (60 + 30 + 20)' }],
    },
    {
      code: 'Die Mittel werden wie folgt verteilt: 50 % an die Länder, 30 % an die Kommunen und 30 % an den Bund.',
      locale: 'de',
      errors: [{ line: 1, column: 84, message: 'Shares sum to 110 %, not 100 % (50 + 30 + 30)' }],
    },
    {
      code: "Les crédits sont répartis entre l'État (60 %), les régions (30 %) et les communes (20 %).",
      locale: 'fr',
      errors: [{ line: 1, column: 84, message: 'Shares sum to 110 %, not 100 % (60 + 30 + 20)' }],
    },
    {
      code: 'Of the € 200 bn, 45 % goes to research, 35 % to deployment and 30 % to skills.',
      errors: [{ line: 1, column: 64, message: 'Shares sum to 110 %, not 100 % (45 + 35 + 30)' }],
    },
    {
      code: 'Sur les 200 milliards, 45 % vont à la recherche, 35 % au déploiement et 30 % à la formation.',
      locale: 'fr',
      errors: [{ line: 1, column: 73, message: 'Shares sum to 110 %, not 100 % (45 + 35 + 30)' }],
    },
    {
      code: 'The € 10 bn is split as € 4.5 bn (45 %), € 3.5 bn (35 %) and € 3 bn (30 %).',
      errors: [{ line: 1, column: 70, message: 'Shares sum to 110 %, not 100 % (45 + 35 + 30)' }],
    },
    {
      name: 'a Total of 100 % under a header that is a year',
      code: table('| Sector | 2023 | 2024 |', '|---|---:|---:|', '| Industry | 40 % | 38 % |', '| Services | 60 % | 52 % |', '| Total | 100 % | 100 % |'),
      errors: [{ line: 5, column: 19, message: 'Shares sum to 90 %, not 100 % (38 + 52)' }],
    },
    {
      name: 'a column without a Total whose sum comes near 100: reported on its header',
      code: table('| Party | Share |', '|---|---:|', '| A | 34 % |', '| B | 33 % |', '| C | 30 % |'),
      errors: [{ line: 1, column: 11, endColumn: 16, message: 'Shares sum to 97 %, not 100 % (34 + 33 + 30)' }],
    },
    {
      name: 'a "share of total" column beyond 100',
      code: table('| Use | Share of total |', '|---|---:|', '| A | 45 % |', '| B | 35 % |', '| C | 30 % |'),
      errors: [{ line: 1, column: 9, message: 'Shares sum to 110 %, not 100 % (45 + 35 + 30)' }],
    },
    {
      name: 'a Total row that leaves the share cell empty: the header decides',
      code: table('| Use | € m | Share of total |', '|---|---:|---:|', '| A | 45 | 45 % |', '| B | 35 | 35 % |', '| C | 30 | 30 % |', '| Total | 110 | |'),
      errors: [{ line: 1, column: 15, message: 'Shares sum to 110 %, not 100 % (45 + 35 + 30)' }],
    },
    {
      name: 'a "waarvan" row left out, in Dutch',
      code: table('| Bron | Aandeel |', '|---|---:|', '| EU | 25 % |', '| waarvan gigafabrieken | 10 % |', '| Privaat | 70 % |', '| Totaal | 100 % |'),
      locale: 'nl',
      errors: [{ line: 6, column: 12, message: 'Shares sum to 95 %, not 100 % (25 + 70; row "waarvan gigafabrieken" left out as part of another row)' }],
    },
    {
      name: 'a header in "per cent"',
      code: table('| Use | Share (per cent) |', '|---|---:|', '| A | 45 per cent |', '| B | 35 per cent |', '| C | 30 per cent |', '| Total | 100 per cent |'),
      errors: [{ line: 6, column: 11, message: 'Shares sum to 110 per cent, not 100 per cent (45 + 35 + 30)' }],
    },
    {
      name: 'one-decimal shares have less room',
      code: table('| Sector | Aandeel in totaal |', '|---|---:|', '| A | 45,5 % |', '| B | 35,0 % |', '| C | 19,0 % |', '| Totaal | 100,0 % |'),
      locale: 'nl',
      errors: [{ line: 6, column: 12, message: 'Shares sum to 99,5 %, not 100,0 % (45,5 + 35,0 + 19,0)' }],
    },
    {
      name: 'a Total column of 100 %',
      code: table('| Group | Men | Women | Total |', '|---|---:|---:|---:|', '| Staff | 45 % | 50 % | 100 % |'),
      errors: [{ line: 3, column: 25, message: 'Shares sum to 95 %, not 100 % (45 + 50)' }],
    },
    {
      name: 'a Total at the top of its block, its rows beyond 100',
      code: table('| Source | Share |', '|---|---:|', '| Total | 100 % |', '| EU | 35 % |', '| Private | 70 % |'),
      errors: [{ line: 3, column: 11, message: 'Shares sum to 105 %, not 100 % (35 + 70)' }],
    },
  ],
});

describe('percent-sum related places', () => {
  it('names the shares counted and the rows left out', () => {
    const code = FUNDING.replace('| 75 % |', '| 70 % |');
    const [message] = lintWithRule(rule, { code });
    expect(message?.related?.map((place) => `${place.line}:${place.column} ${place.message}`)).toEqual([
      '3:26 counted: 25 %',
      '5:32 counted: 70 %',
      '4:3 left out as part of another row',
    ]);
  });
});

describe('percent-sum on a sentence of very many shares', () => {
  /** The rule alone on a built brief, its reports dropped. */
  const checkOnly = (brief: ReturnType<typeof buildBrief>) => () => rule.check(brief, { options: rule.meta.options.parse({}), report: () => undefined });

  /** CPU time of the rule on one run-on sentence of `shares` shares, each a candidate opening. */
  const checkTime = (shares: number): number => {
    const check = checkOnly(buildBrief('5 %, '.repeat(shares)));
    check(); // warm-up
    return cpuMs(check);
  };

  it('takes time linear in the number of shares', () => {
    // Linear work is 8 times slower at 8 times the shares; copying the list for each share (as it
    // once did) made it 64 times. 16 leaves room for a noisy runner.
    const small = checkTime(2_500);
    const large = checkTime(20_000);
    expect(large, `${large.toFixed(0)} ms for 20 000 shares, ${small.toFixed(0)} ms for 2 500`).toBeLessThan(Math.max(200, 16 * small));
  });

  it('reads a long gap between two shares at once, whatever letters and blanks it holds', () => {
    // A run of letters could be split into five label words in n⁴ ways: 320 letters took 48 s.
    for (const gap of ['ab'.repeat(2_000), ' \t'.repeat(2_000), 'ss'.repeat(1_000) + 'sowie'.repeat(400)]) {
      expect(cpuMs(checkOnly(buildBrief(`The budget is split into 5 % for ${gap}\u0000 and 5 % for B.\n`)))).toBeLessThan(1_000);
    }
  });
});
