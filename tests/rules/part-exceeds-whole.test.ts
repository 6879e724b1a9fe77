import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/part-exceeds-whole.js';
import { lintWithRule, runRuleTests } from '../helpers/rule-tester.js';

runRuleTests(rule, {
  valid: [
    // The example brief's figures: a part that fits.
    'Of the EU\'s € 50 bn, € 20 bn goes to four AI gigafactories.',
    'The EU tranche of € 50 bn, of which € 20 bn is the gigafactory fund, is matched by € 150 bn.',
    'Sixteen of the eighteen parameters measure cheaper than today.',
    'Of the 59,148 households in the CPS, 1,135 reside in DC.',
    '$1,705 of their $2,000 CTC is used to offset the tax.',
    'Average blocks have witness sizes of ~1000 kB, of which ~750 kB is Merkle proofs and not code.',
    'Worked in this industry for over 40 years, of which over 20 in board level roles.',
    'The multi-sig is 1 of 1, and the Operation multi-sig will require 3 of 6 signatures.',
    'Downloading as little as 1/8 of the data (8 out of 64 cells).',
    'Only 8 cells out of 64 are sampled; 30 days of 2 years.',
    // Rounding: "€ 2.6 bn" may be 2.55 bn, which fits in a "€ 2.5 bn" that may be 2.55 bn.
    'The € 2.5 bn fund, of which € 2.6 bn was spent.',
    '4 of 3.5 hours were lost.',
    'Of the 2 million applicants, 3 million were accepted.',
    // The whole named before its figure, or with its name after it: a part that fits.
    'Of the EU tranche of € 50 bn, € 20 bn goes to the gigafactories.',
    'Of the € 50 bn EU tranche, € 20 bn goes to the gigafactories.',
    { code: 'Van de EU-tranche van € 50 mld. gaat € 20 mld. naar de gigafabrieken.', locale: 'nl' },
    { code: 'Von den 50 Mrd. € der EU-Tranche gehen 20 Mrd. € an die Gigafabriken.', locale: 'de' },
    { code: 'Sur les 50 Md€ de la tranche UE, 20 Md€ vont aux gigausines.', locale: 'fr' },
    { code: 'Sur la tranche UE de 50 Md€, 20 Md€ vont aux gigausines.', locale: 'fr' },
    // A comparison after the second figure makes it a difference, not a part.
    'Of the € 50 bn, € 60 bn more than last year went to research.',
    { code: 'Van de € 50 miljard gaat € 60 miljard meer dan vorig jaar naar fabrieken.', locale: 'nl' },
    { code: 'Von den 50 Mrd. € gehen 60 Mrd. € mehr als im Vorjahr an die Länder.', locale: 'de' },
    { code: 'Sur les 50 Md€, 60 Md€ de plus que l\'an dernier vont à la recherche.', locale: 'fr' },
    // Another noun, or a scale word that may be metres, is another whole.
    'Of these 3 options, 50 respondents chose the first.',
    'Of the € 2 bn, 500 m goes to roads.',
    // Approximate figures get 10 % slack; bounds are one-sided.
    '€ 2.5 bn, of which about € 2.7 bn.',
    'More than € 50 bn, of which € 60 bn is private.',
    '€ 50 bn, of which up to € 60 bn may be lent.',
    // Different nouns, units or currencies are not one whole.
    '2 GB, of which 750 MB is code.',
    '2 tonnes of which 500 kg is water.',
    '3 hours, of which 90 minutes were spent waiting.',
    '€ 5 m for 120 projects, of which $ 200 m is matched.',
    '500 of the 100 euro notes were fake.',
    // Shares, years, dates and ordinals are no parts.
    'A $60,000 income (30% of which is $1,500 per month).',
    '21GI would benefit 60% of the population, of whom 97% would gain.',
    'Greater of $100 and 33% of 2017 CTC; their $10,000 of 2024 earnings.',
    'The 30 of 2024 and the 3rd of 2 are not parts.',
    // A whose-clause, a compound adjective, a possessive: the second figure is no part of the first.
    '3 countries, of which the population exceeds 10 million.',
    '20 of the 12-month contracts were renewed.',
    '100 of the 27 Member States\' regions applied.',
    // A change is not a share.
    'Spending rose by 20 from 10 to 30.',
    // References are not figures.
    'Article 30 of the 2 regulations applies; see Regulation (EU) 2021/694.',
    // Quotations keep their source's words.
    '> Of the 27 Member States, 30 signed.',
    { code: 'Gipssoort: klasse 2 of 3; een tijdvak van 1, 3 of 15 dagen of 30 of 15 dagen.', locale: 'nl' },
    { code: 'Van € 50 miljard naar € 60 miljard in drie jaar.', locale: 'nl' },
    { code: 'Van de € 60 miljard gaat € 20 miljard naar fabrieken.', locale: 'nl' },
    { code: '€ 1,5 miljard, waarvan € 0,5 miljard voor onderzoek.', locale: 'nl' },
    { code: 'Von den 239,88 € geben wir 23,88 € in die freie Rücklage.', locale: 'de' },
    { code: 'Die Zahl stieg um 20 von 10 auf 30.', locale: 'de' },
    { code: 'Nach § 5 Absatz 1 Nummer 9 oder 10 des Fünften Buches Sozialgesetzbuch.', locale: 'de' },
    { code: 'Je 100 Kubikzentimeter Hubraum oder einem Teil davon 2 Euro.', locale: 'de' },
    { code: "L'UE mobilise 50 milliards d'euros, dont 20 milliards d'euros pour les usines.", locale: 'fr' },
    { code: '3 pays dont la population dépasse 10 millions.', locale: 'fr' },
    // Not parts (issue 13, shapes of the corpus's false alarms, invented): references and their lists ("Absatzes 3",
    // "Positionen 2701, 2702 und 2704 bis 2715", "Unterposition 2710 20 90"); a genitive after a part names the
    // part's frame, not a whole ("der Kombinierten Nomenklatur", "of the month", "vom Hundert der Ausgaben"); a time
    // span ("72 hours of them", "nog geen 5 jaar"); "seven other models"; a net whole ("…, less $105 billion").
    { code: 'Erfasst sind Waren der Positionen 2701, 2702 und 2704 bis 2715 der Kombinierten Nomenklatur.', locale: 'de' },
    { code: 'Abweichend von Satz 1 ist in den Fällen des Absatzes 3 der Betrag anzurechnen.', locale: 'de' },
    { code: 'Der Bund trägt 35 vom Hundert der Ausgaben.', locale: 'de' },
    { code: '§ 13a Absatz 1 Satz 3 und 4 in der Fassung des Gesetzes gilt weiter.', locale: 'de' },
    { code: 'Für Öle der Unterposition 2710 20 90 der Kombinierten Nomenklatur gilt Absatz 2.', locale: 'de' },
    'Any balance above the 3-month forecast is returned.\n\n1. **Submission** – Within the first 5 days of the month, the unit submits its statement.',
    'Delegates vote on two proposals a week, within 72 hours of them being posted.',
    'That contribution is one of three parts of our software, which also includes seven other state income tax models.',
    'The bill\'s $242 billion net cost comprises $347 billion in outlays, less $105 billion in tax revenues.',
    { code: '1 De bestuurder ten aanzien van wie nog geen 5 jaar is verstreken na afgifte van het rijbewijs.', locale: 'nl' },
    { code: 'Der Freibetrag nach Satz 1 beträgt 750 Euro; künftig darf er jeweils 9 900 Euro und der Wert der Sachleistungen 500 Euro nicht übersteigen.', locale: 'de' },
    { code: '1.  1:75 bei der Gewährung der Leistungen an Jugendliche.', locale: 'de' },
    { code: 'Für zwei Gruppen gilt der Mindestlohn in den ersten sechs Monaten der Beschäftigung nicht.', locale: 'de' },
    'Two groups gain. Conversely, two in five members of the upper decile would come out ahead.',
    'Fertility fell to 2.7 in 1960. Asked why, parents gave seven of the top eight reasons as economic.',
    { code: 'Die Vorschriften der § 185 bis 189 der Abgabenordnung sind anzuwenden.', locale: 'de' },
    { code: 'Parmi les ménages interrogés, 470 déclarent avoir renoncé au moins une fois à chauffer leur logement. L\'enquête a porté sur 420 ménages.', locale: 'fr' },
  ],
  invalid: [
    {
      code: 'Of the EU\'s € 50 bn, € 60 bn goes to gigafactories.',
      errors: [
        {
          line: 1,
          column: 22,
          endColumn: 29,
          message: 'Part larger than its whole: € 60 bn is part of € 50 bn, but exceeds it by € 10 bn',
        },
      ],
    },
    {
      name: 'the whole named before its figure',
      code: 'Of the EU tranche of € 50 bn, € 60 bn goes to the gigafactories.',
      errors: [{ line: 1, column: 31, endColumn: 38, message: 'Part larger than its whole: € 60 bn is part of € 50 bn, but exceeds it by € 10 bn' }],
    },
    {
      name: 'the whole\'s name after its figure, in capitals that are no unit',
      code: 'Of the € 50 bn EU tranche, € 60 bn goes to the gigafactories.',
      errors: [{ line: 1, column: 28, endColumn: 35, message: 'Part larger than its whole: € 60 bn is part of € 50 bn, but exceeds it by € 10 bn' }],
    },
    {
      code: 'Van de EU-tranche van € 50 mld. gaat € 60 mld. naar de gigafabrieken.',
      locale: 'nl',
      errors: [{ line: 1, column: 38, endColumn: 47, message: 'Part larger than its whole: € 60 mld. is part of € 50 mld., but exceeds it by € 10 mld.' }],
    },
    {
      code: 'Von den 50 Mrd. € der EU-Tranche gehen 60 Mrd. € an die Gigafabriken.',
      locale: 'de',
      errors: [{ line: 1, column: 40, endColumn: 49, message: 'Part larger than its whole: 60 Mrd. € is part of 50 Mrd. €, but exceeds it by 10 Mrd. €' }],
    },
    {
      code: 'Sur les 50 Md€ de la tranche UE, 60 Md€ vont aux gigausines.',
      locale: 'fr',
      errors: [{ line: 1, column: 34, endColumn: 40, message: 'Part larger than its whole: 60 Md€ is part of 50 Md€, but exceeds it by 10 Md€' }],
    },
    {
      code: 'Sur la tranche UE de 50 Md€, 60 Md€ vont aux gigausines.',
      locale: 'fr',
      errors: [{ line: 1, column: 30, message: 'Part larger than its whole: 60 Md€ is part of 50 Md€, but exceeds it by 10 Md€' }],
    },
    {
      code: 'The fund holds € 50 bn, of which € 60 bn is for chips.',
      errors: [{ line: 1, column: 34, endColumn: 41, message: 'Part larger than its whole: € 60 bn is part of € 50 bn, but exceeds it by € 10 bn' }],
    },
    {
      name: 'a bare part with the whole\'s scale word shares its currency',
      code: '€ 50 bn, of which 60 bn is private.',
      errors: [{ line: 1, column: 19, message: 'Part larger than its whole: 60 bn is part of € 50 bn, but exceeds it by € 10 bn' }],
    },
    {
      code: '30 of the 27 Member States signed.',
      errors: [{ line: 1, column: 1, endColumn: 3, message: 'Part larger than its whole: 30 is part of 27, but exceeds it by 3' }],
    },
    {
      code: 'Of the 27 Member States, 30 signed.',
      errors: [{ line: 1, column: 26, message: 'Part larger than its whole: 30 is part of 27, but exceeds it by 3' }],
    },
    {
      code: 'Only 8 out of 6 cells are sampled.',
      errors: [{ line: 1, column: 6, message: 'Part larger than its whole: 8 is part of 6, but exceeds it by 2' }],
    },
    {
      name: 'the part\'s noun before "out of"',
      code: 'Only 8 cells out of 6 are sampled.',
      errors: [{ line: 1, column: 6, message: 'Part larger than its whole: 8 is part of 6, but exceeds it by 2' }],
    },
    {
      name: 'an upper bound on the whole still leaves no room',
      code: 'Up to € 50 bn, of which € 60 bn for chips.',
      errors: [{ line: 1, column: 25, message: 'Part larger than its whole: € 60 bn is part of € 50 bn, but exceeds it by € 10 bn' }],
    },
    {
      name: 'rounding does not save a part beyond the half unit',
      code: 'The € 2.5 bn fund, of which € 2.7 bn was spent.',
      errors: [{ line: 1, column: 29, message: 'Part larger than its whole: € 2.7 bn is part of € 2.5 bn, but exceeds it by € 0.2 bn' }],
    },
    {
      name: 'the message is on the part, the whole is a related place',
      code: 'Budget\n\nThe programme has 1,200 employees, of which 1,300 are women.',
      errors: [{ line: 3, column: 45, endColumn: 50, message: 'Part larger than its whole: 1,300 is part of 1,200, but exceeds it by 100' }],
    },
    {
      code: 'De EU trekt € 50 miljard uit, waarvan € 60 miljard voor fabrieken.',
      locale: 'nl',
      errors: [{ line: 1, column: 39, endColumn: 51, message: 'Part larger than its whole: € 60 miljard is part of € 50 miljard, but exceeds it by € 10 miljard' }],
    },
    {
      code: 'Van de € 50 miljard gaat € 60 miljard naar fabrieken.',
      locale: 'nl',
      errors: [{ line: 1, column: 26, message: 'Part larger than its whole: € 60 miljard is part of € 50 miljard, but exceeds it by € 10 miljard' }],
    },
    {
      code: '30 van de 27 lidstaten tekenden.',
      locale: 'nl',
      errors: [{ line: 1, column: 1, message: 'Part larger than its whole: 30 is part of 27, but exceeds it by 3' }],
    },
    {
      code: 'Der Bund gibt 100 Mio. Euro, davon 120 Mio. Euro für Schulen.',
      locale: 'de',
      errors: [{ line: 1, column: 36, endColumn: 49, message: 'Part larger than its whole: 120 Mio. Euro is part of 100 Mio. Euro, but exceeds it by 20 Mio. Euro' }],
    },
    {
      code: 'Von den 27 Mitgliedstaaten haben 30 unterschrieben.',
      locale: 'de',
      errors: [{ line: 1, column: 34, message: 'Part larger than its whole: 30 is part of 27, but exceeds it by 3' }],
    },
    {
      code: "L'UE mobilise 50 milliards d'euros, dont 60 milliards d'euros pour les usines.",
      locale: 'fr',
      errors: [
        {
          line: 1,
          column: 42,
          message: "Part larger than its whole: 60 milliards d'euros is part of 50 milliards d'euros, but exceeds it by 10 milliards d'euros",
        },
      ],
    },
    {
      code: 'Sur les 27 États membres, 30 ont signé.',
      locale: 'fr',
      errors: [{ line: 1, column: 27, message: 'Part larger than its whole: 30 is part of 27, but exceeds it by 3' }],
    },
    {
      code: '30 des 27 États membres ont signé.',
      locale: 'fr',
      errors: [{ line: 1, column: 1, message: 'Part larger than its whole: 30 is part of 27, but exceeds it by 3' }],
    },
  ],
});

describe('part-exceeds-whole related place', () => {
  it('names the whole', () => {
    const [message] = lintWithRule(rule, { code: 'Budget\n\nThe fund holds € 50 bn,\nof which € 60 bn is for chips.' });
    expect(message?.line).toBe(4);
    expect(message?.related).toEqual([{ message: 'the whole: € 50 bn', line: 3, column: 16, endLine: 3, endColumn: 23 }]);
  });
});

/** Where `needle` starts in `code`, as the RuleTester counts (1-based line and column). */
function at(code: string, needle: string): { line: number; column: number } {
  const offset = code.indexOf(needle);
  const before = code.slice(0, offset).split('\n');
  return { line: before.length, column: before.at(-1)!.length + 1 };
}

/** Wholes away from their part: markers with the whole further back, pointers back, verbs of inclusion, tables, lists. */
const distant: Array<{ code: string; part: string; whole: string; locale?: 'en' | 'nl' | 'de' | 'fr' }> = [
  { code: '1,200 employees, of which 1,300 women.', part: '1,300', whole: '1,200' },
  { code: 'The Rural Fund totals £50 million over 2025-27, of which £70 million is ringfenced.', part: '£70 million', whole: '£50 million' },
  { code: 'The £2.1bn budget for 2024-29 includes £2.6bn for the upgrade.', part: '£2.6bn', whole: '£2.1bn' },
  { code: 'Around 1.2 million people were waiting in June.\n\nOf these, 1.5 million had waited 18 weeks.', part: '1.5 million', whole: '1.2 million' },
  { code: 'The budget is £80 million.\n\n## Delivery\n\nOf the programme budget, £95 million goes to vouchers.', part: '£95 million', whole: '£80 million' },
  { code: 'The council received 3,800 applications and funded 4,100 of them.', part: '4,100', whole: '3,800' },
  { code: 'The trust employs 4,200 nurses (including 5,100 agency nurses).', part: '5,100', whole: '4,200' },
  { code: '| Tenure | Completions |\n|---|---|\n| All housing | 12,400 |\n| of which social rent | 14,200 |\n', part: '14,200', whole: '12,400' },
  { code: '- Total staff: 120 WTE\n  - of whom radiographers: 140 WTE\n', part: '140', whole: '120' },
  { code: 'Le lycée accueille 850 élèves, parmi lesquels 920 internes.', part: '920', whole: '850', locale: 'fr' },
  { code: 'Les urgences ont enregistré 21 millions de passages.\n\nParmi eux, 23 millions sont repartis.', part: '23 millions', whole: '21 millions', locale: 'fr' },
  { code: 'Der Kanton zählt 338 Gemeinden. 352 davon haben eine Planung.', part: '352', whole: '338', locale: 'de' },
  { code: 'Es gibt rund 5,2 Mio. Fälle; davon werden 8,6 Mio. zu Hause versorgt.', part: '8,6 Mio.', whole: '5,2 Mio.', locale: 'de' },
  { code: 'Eind 2023 stonden er 9.000 vacatures open; daarvan waren er 9.400 voor militairen.', part: '9.400', whole: '9.000', locale: 'nl' },
  { code: 'Aan de meting deden 64 scholen mee.\n\nBij 71 van die scholen bleven de resultaten achter.', part: '71', whole: '64', locale: 'nl' },
];

describe('part-exceeds-whole: wholes away from their part', () => {
  for (const { code, part, whole, locale } of distant) {
    it(code.replace(/\s+/g, ' '), () => {
      const messages = lintWithRule(rule, { code, ...(locale ? { locale } : {}) });
      expect(messages.map((message) => [message.line, message.column])).toEqual([[at(code, part).line, at(code, part).column]]);
      expect(messages[0]!.related?.map((related) => [related.line, related.column])).toEqual([[at(code, whole).line, at(code, whole).column]]);
    });
  }
});

runRuleTests(rule, {
  valid: [
    'It received 130 applications, of which 54 were funded.',
    'Of the 30 agencies, 22 reported.\n\nAcross the wider sector, 42 bodies missed the deadline.',
    'The £50 million pilot runs until 2026. A £70 million roll-out follows.',
    'Of this, £35 million goes to partnerships and £45 million to vouchers.',
    'The 200 places attracted 340 applicants.',
    '- Total staff: 120 WTE\n  - of whom nurses: 85 WTE\n  - of whom assistants: 20 WTE\n',
    { code: '| Personal | VZÄ |\n|---|---|\n| Gesamt | 120 |\n| davon Verwaltung | 60 |\n| davon Hygiene | 38 |\n', locale: 'de' },
    { code: 'Mit 130 Anträgen wurde das Ziel übertroffen; 118 davon wurden bewilligt.', locale: 'de' },
  ],
  invalid: [
    {
      code: 'Von den 5.400 Bahnhöfen sind bislang 5.700 stufenfrei.',
      locale: 'de',
      errors: [{ line: 1, column: 38, message: 'Part larger than its whole: 5.700 is part of 5.400, but exceeds it by 300' }],
    },
  ],
});
