import rule from '../../src/rules/conflicting-figures.js';
import { runRuleTests } from '../helpers/rule-tester.js';

runRuleTests(rule, {
  valid: [
    // The same figure twice, or within rounding and "roughly".
    'The € 20 bn gigafactory fund pays for four sites.\n\nEach site gets a share of the € 20 bn gigafactory fund.',
    'The € 20 bn gigafactory fund pays for four sites.\n\nEach site gets a share of the € 20.4 bn gigafactory fund.',
    'The € 200 bn investment plan is the largest yet.\n\nWe welcome the € 0.2 trillion investment plan.',
    'Four gigafactories hold roughly 100,000 AI chips each.\n\nThe four gigafactories hold 95,000 AI chips each.',
    'The € 1.5 bn start-up fund pays out.\n\nThe EUR 1,500 million start-up fund pays out.\n\nThe €1.5 billion start-up fund pays out.',
    'Four gigafactories hold 100 k AI chips each.\n\nThe four gigafactories hold 100,000 AI chips each.',
    // Different years, places, stages: different facts.
    'In 2024 the € 20 bn gigafactory fund paid for two sites.\n\nIn 2025 the € 25 bn gigafactory fund paid for four sites.',
    '## 2024\n\nThe € 20 bn gigafactory fund paid for two sites.\n\n## 2025\n\nThe € 25 bn gigafactory fund paid for four sites.',
    '## Germany\n\nThe € 20 bn national AI fund pays for two sites.\n\n## France\n\nThe € 25 bn national AI fund pays for four sites.',
    'In Germany, the € 20 bn gigafactory fund pays for two sites.\n\nIn France, the € 25 bn gigafactory fund pays for four sites.',
    'The € 20 bn gigafactory fund was approved in spring.\n\nThe € 25 bn gigafactory fund was requested in spring.',
    'The planned € 20 bn gigafactory fund opens soon.\n\nThe spent € 25 bn gigafactory fund closed.',
    // A figure that changed over time, a comparison, a hypothesis.
    'The € 20 bn gigafactory fund was agreed first.\n\nThe € 25 bn gigafactory fund is now in place.',
    'The € 20 bn gigafactory fund was initially agreed.\n\nThe € 25 bn gigafactory fund pays for four sites.',
    'The € 20 bn gigafactory fund pays for four sites.\n\nIt was later increased: the € 25 bn gigafactory fund pays for five.',
    'Before Brexit, the 28 Member States agreed.\n\nThe 27 Member States agreed.',
    'The € 20 bn gigafactory fund pays for four sites.\n\nThe revised € 25 bn gigafactory fund pays for five.',
    'The € 20 bn gigafactory fund pays for four sites.\n\nIf the € 25 bn gigafactory fund were agreed, it would pay for five.',
    { code: 'Der Freibetrag des Betrages von 500 000 Euro gilt.\n\nAn die Stelle des Betrages von 500 000 Euro tritt der Betrag von 256 000 Euro.', locale: 'de' },
    // Bounds are one-sided and left alone.
    'The gigafactory fund of up to € 20 bn pays for four sites.\n\nThe gigafactory fund of € 25 bn pays for four sites.',
    'Four gigafactories hold more than 100,000 AI chips each.\n\nThe four gigafactories hold 150,000 AI chips each.',
    // Not one known thing: an indefinite article, a bare count, a lone noun.
    'A € 5 bn loan fund was set up.\n\nA € 3 bn loan fund followed.',
    'Convert a legacy address by prepending 12 zero bytes.\n\nThe value is the indicator followed by nine zero bytes.',
    'The € 20 bn fund pays for four sites.\n\nThe € 25 bn fund pays for five sites.',
    // Different owners, per-item markers, currencies, nouns.
    'Four gigafactories hold 100,000 AI chips each.\n\nThe 13 AI factories hold 25,000 AI chips each.',
    'Four gigafactories hold 100,000 AI chips each.\n\nTogether the four gigafactories hold 400,000 AI chips.',
    'The € 20 bn gigafactory fund pays for four sites.\n\nThe $ 25 bn gigafactory fund pays for four sites.',
    'The € 20 bn gigafactory fund pays for four sites.\n\nThe € 25 bn chip fund pays for four sites.',
    // Two funds told apart by their size in one sentence.
    'The € 20 bn gigafactory fund and the € 25 bn gigafactory fund both pay for sites.',
    // Quotations, tables and headings are not compared.
    'The € 20 bn gigafactory fund pays for four sites.\n\n> The € 25 bn gigafactory fund pays for four sites.',
    'The € 20 bn gigafactory fund pays for four sites.\n\n| Fund | Amount |\n|---|---|\n| the € 25 bn gigafactory fund | yes |',
    '# The € 25 bn gigafactory fund\n\nThe € 20 bn gigafactory fund pays for four sites.',
    { code: 'Vier KI-Gigafabriken werden mit je 100.000 KI-Chips ausgestattet.\n\nDie vier KI-Gigafabriken enthalten jeweils rund 95.000 KI-Chips.', locale: 'de' },
    { code: 'Vier KI-Gigafabriken werden mit je 100.000 KI-Chips ausgestattet.\n\nDie vier KI-Gigafabriken enthalten zusammen 400.000 KI-Chips.', locale: 'de' },
    "Germany's € 5 bn national AI fund pays for two sites.\n\nFrance's € 3 bn national AI fund pays for one site.",
    // Whom the figure is for.
    'For single parents, the € 500 monthly allowance is paid in cash.\n\nFor couples, the € 800 monthly allowance is paid in cash.',
    'The € 500 monthly allowance for single parents is paid in cash.\n\nThe € 800 monthly allowance for couples is paid in cash.',
    'The 27 Member States signed the declaration.\n\nThe 20 Member States of the euro area signed the declaration.',
    'The 27 Member States signed the declaration.\n\nThe 12 Member States that hold elections signed the declaration.',
    'The 27 Member States signed the declaration.\n\nThe 12 Member States involved signed the declaration.',
    // Real sentences from the corpus.
    'A single parent earning $40,000 would see a $720 tax liability.\n\nA married couple earning $80,000 would see a $1,705 tax liability.',
    '**Malformed Input Tests** - 8 test cases covering:\n\n**Unified Malformed Input Tests** - 7 test cases covering:',
    'A $100 monthly child allowance costs little.\n\nA $200 monthly child allowance costs more.',
    'Their household maximum of $4,000 applies.\n\nWith their household maximum of $4,000 they pay less.',
    { code: 'Het Europese gigafabriekenfonds van € 20 miljard betaalt vier locaties.\n\nIn 2026 betaalt het Europese gigafabriekenfonds van € 25 miljard vijf locaties.', locale: 'nl' },
    { code: 'De nominale eindejaarsuitkering van € 1.100 geldt voor iedereen.\n\nDe nominale eindejaarsuitkering van € 1.100 wordt in december betaald.', locale: 'nl' },
    { code: 'Der Fonds für KI-Gigafabriken in Höhe von 20 Mrd. Euro finanziert vier Standorte.\n\nDer Fonds für KI-Gigafabriken in Höhe von 25 Mrd. Euro wurde 2026 erhöht.', locale: 'de' },
    { code: 'Der Fonds für KI-Gigafabriken in Höhe von 20 Mrd. Euro finanziert vier Standorte in Bayern.\n\nDer Fonds für KI-Gigafabriken in Höhe von 25 Mrd. Euro finanziert vier Standorte in Sachsen.', locale: 'de' },
    { code: "Le fonds d'investissement de 20 milliards d'euros finance quatre sites.\n\nLe fonds d'investissement de 25 milliards d'euros a été proposé en 2026.", locale: 'fr' },
    // Restatements however phrased: a narrower reference, another period, place, stage or list item is another fact.
    'In 2025 the fund received 1,240 applicants from 30 countries.\n\n## Selection\n\nThe jury interviewed the 1,420 applicants from Europe.',
    'In 2025 the fund received 1,240 applicants from 30 countries.\n\nIn 2026 the jury interviewed the 1,420 applicants by video.',
    'The 27 Member States signed the declaration.\n\nThe 12 Member States in the euro area signed later.',
    'Delete the two lines that set the variables.\n\nReaders have to read the 16 lines of code.',
    '## Summary\n\nChildren in Scotland: 24% lived in relative poverty in 2023.\n\n## Detail\n\nIn 2023, 30% of children across the UK lived in relative poverty.',
    '## Summary\n\nGross spending on the service was £13.9bn in 2023.\n\n## Detail\n\nIn 2023 net spending on the service was £12.2bn.',
    '- Donation by natural person, 2024: 250 EUR\n- Donation by natural person, 2024: 500 EUR',
    '## Summary\n\nThe adult-skills fund stands at £1.34bn in 2025.\n\n## Funding\n\nThe adult-skills fund is worth £1.43bn in 2026.',
    '## Summary\n\nThe summary puts the adult-skills fund at £3.4bn for 2026.\n\n## Funding\n\nIn 2026 the adult-skills fund is worth about £3.5bn.',
    '## Summary\n\nThe adult-skills fund was initially set at £3.4bn for 2026.\n\n## Funding\n\nIn 2026 the adult-skills fund is worth £4.3bn.',
    { code: '## Samenvatting\n\nIn 2023 werden 73.500 nieuwbouwwoningen opgeleverd.\n\n## Analyse\n\nIn 2024 werden 37.500 nieuwbouwwoningen opgeleverd.', locale: 'nl' },
    { code: 'Auf der Website stehen 43.927 beliebte Apps.\n\nAngezeigt werden nur die 45 beliebtesten Apps pro Kategorie.', locale: 'de' },
    { code: 'Zwölf Hochschulen haben sich beworben.\n\nDie 12 Hochschulen erhalten jeweils bis zu 3 Mio. Euro.', locale: 'de' },
    { code: 'La région Île-de-France compte 12,3 millions d\'habitants en 2024.\n\nLa Ville de Paris compte 2,1 millions d\'habitants en 2024.', locale: 'fr' },
    // A table cell and the prose: the same row and column, but another value, period or row.
    '### Table 2: Capital allocation, 2025/26\n\n| Programme | £m |\n|---|---|\n| River defences | 820 |\n| Coastal erosion risk management | 145 |\n\nThe coastal erosion programme receives £145m in 2025/26.',
    '### Table 2: Capital allocation, 2025/26\n\n| Programme | £m |\n|---|---|\n| River defences | 820 |\n| Coastal erosion risk management | 145 |\n\nThe coastal erosion programme receives £415m in 2027/28.',
    { code: '| Standort | Zugesagte Förderung |\n|---|---|\n| Dresden | 5,0 Mrd. € |\n| Magdeburg | 9,9 Mrd. € |\n\nDie Förderung für Magdeburg in Höhe von 9,9 Mrd. € ist die größte.', locale: 'de' },
    { code: '| Standort | Zugesagte Förderung |\n|---|---|\n| Dresden | 5,0 Mrd. € |\n| Magdeburg | 9,9 Mrd. € |\n\nMagdeburg ist der größte Standort. Die Förderung in Höhe von 6,9 Mrd. € ist die größte.', locale: 'de' },
    { code: '| Provincie | Publieke laadpunten eind 2024 |\n|---|---|\n| Utrecht | 18.200 |\n| Gelderland | 21.400 |\n\nNoord-Brabant telde eind 2024 24.100 publieke laadpunten.', locale: 'nl' },
    { code: '| Provincie | Publieke laadpunten eind 2024 |\n|---|---|\n| Utrecht | 18.200 |\n| Gelderland | 21.400 |\n\nGelderland telde eind 2024 21.400 publieke laadpunten.', locale: 'nl' },
  ],
  invalid: [
    {
      code: 'The € 20 bn gigafactory fund pays for four sites.\n\nEach site gets a share of the € 25 bn gigafactory fund.',
      errors: [
        {
          line: 3,
          column: 31,
          endColumn: 38,
          message: '"Each site gets a share of the € 25 bn gigafactory fund." contradicts "The € 20 bn gigafactory fund pays for four sites." (line 1): € 25 bn is not € 20 bn for the same subject',
        },
      ],
    },
    {
      name: 'the example brief: a malformed figure read two ways, one of which contradicts',
      code: 'Four large-scale AI gigafactories are equipped with\n100,00000 next-generation AI chips each.\n\nThe four AI gigafactories contain roughly 100,000 next-generation AI chips each.',
      errors: [
        {
          line: 2,
          column: 1,
          endColumn: 10,
          message:
            '"…large-scale AI gigafactories are equipped with 100,00000 next-generation AI chips each." may be read as 10,000,000, which contradicts "The four AI gigafactories contain roughly 100,000 next-generation AI chips each." (line 4); only the reading 100,000 agrees',
        },
      ],
    },
    {
      code: 'The four gigafactories contain roughly 100,000 AI chips each.\n\nFour gigafactories hold 100,00000 AI chips each.',
      errors: [{ line: 3, column: 25, message: /may be read as 10,000,000, which contradicts "The four gigafactories contain roughly 100,000 AI chips each\." \(line 1\); only the reading 100,000 agrees$/ }],
    },
    {
      code: 'Four gigafactories hold 100,00000 AI chips each.\n\nThe four gigafactories hold 500 AI chips each.',
      errors: [
        {
          line: 1,
          column: 25,
          message: '"Four gigafactories hold 100,00000 AI chips each." contradicts "The four gigafactories hold 500 AI chips each." (line 3) in every reading (100,000 or 10,000,000)',
        },
      ],
    },
    {
      name: 'an approximate figure: its slack is shown',
      code: 'Four gigafactories hold roughly 100,000 AI chips each.\n\nThe four gigafactories hold 150,000 AI chips each.',
      errors: [
        {
          line: 3,
          column: 29,
          endColumn: 36,
          message:
            '"The four gigafactories hold 150,000 AI chips each." contradicts "Four gigafactories hold roughly 100,000 AI chips each." (line 1): 150,000 is not 100,000 for the same subject; roughly 100,000 allows 90,000 to 110,000',
        },
      ],
    },
    {
      name: 'the first statement is kept; a later one agreeing with it is silent',
      code: 'The € 20 bn gigafactory fund pays for four sites.\n\nThe € 25 bn gigafactory fund pays for four sites.\n\nAgain, the € 20 bn gigafactory fund pays for four sites.',
      errors: [{ line: 3, column: 5, message: /^"The € 25 bn gigafactory fund pays for four sites\." contradicts "The € 20 bn gigafactory fund pays for four sites\." \(line 1\)/ }],
    },
    {
      name: 'a summary and the section it summarises',
      code: '## Summary\n\nThe € 20 bn gigafactory fund pays for four sites.\n\n## Funding\n\nEach site gets a share of the € 25 bn gigafactory fund.',
      errors: [{ line: 7, column: 31, message: /^"Each site gets a share of the € 25 bn gigafactory fund\." contradicts "The € 20 bn gigafactory fund pays for four sites\." \(line 3\)/ }],
    },
    {
      code: 'Het Europese gigafabriekenfonds van € 20 miljard betaalt vier locaties.\n\nElke locatie krijgt een deel van het Europese gigafabriekenfonds van € 25 miljard.',
      locale: 'nl',
      errors: [
        {
          line: 3,
          column: 70,
          message:
            '"Elke locatie krijgt een deel van het Europese gigafabriekenfonds van € 25 miljard." contradicts "Het Europese gigafabriekenfonds van € 20 miljard betaalt vier locaties." (line 1): € 25 miljard is not € 20 miljard for the same subject',
        },
      ],
    },
    {
      code: 'Der Fonds für KI-Gigafabriken in Höhe von 20 Mrd. Euro finanziert vier Standorte.\n\nDie vier Standorte erhalten den Fonds für KI-Gigafabriken in Höhe von 25 Mrd. Euro.',
      locale: 'de',
      errors: [{ line: 3, column: 71, message: /^"Die vier Standorte erhalten den Fonds für KI-Gigafabriken in Höhe von 25 Mrd\. Euro\." contradicts "Der Fonds für KI-Gigafabriken in Höhe von 20 Mrd\. Euro finanziert vier Standorte\." \(line 1\): 25 Mrd\. Euro is not 20 Mrd\. Euro/ }],
    },
    {
      code: 'Vier KI-Gigafabriken werden mit je 100.000 KI-Chips ausgestattet.\n\nDie vier KI-Gigafabriken enthalten jeweils 150.000 KI-Chips.',
      locale: 'de',
      errors: [
        {
          line: 3,
          column: 44,
          message: '"Die vier KI-Gigafabriken enthalten jeweils 150.000 KI-Chips." contradicts "Vier KI-Gigafabriken werden mit je 100.000 KI-Chips ausgestattet." (line 1): 150.000 is not 100.000 for the same subject',
        },
      ],
    },
    {
      name: 'a currency code is no name',
      code: 'The € 1.5 bn start-up fund pays out.\n\nThe EUR 1,700 million start-up fund pays out.',
      errors: [{ line: 3, column: 5, endColumn: 22, message: '"The EUR 1,700 million start-up fund pays out." contradicts "The € 1.5 bn start-up fund pays out." (line 1): EUR 1,700 million is not € 1.5 bn for the same subject' }],
    },
    {
      name: 'a count after a definite article',
      code: 'The 27 Member States agreed on the text.\n\nIn the end, the 25 Member States agreed on the text.',
      errors: [
        {
          line: 3,
          column: 17,
          endColumn: 19,
          message: '"In the end, the 25 Member States agreed on the text." contradicts "The 27 Member States agreed on the text." (line 1): 25 is not 27 for the same subject',
        },
      ],
    },
    {
      code: 'Vier gigafabrieken worden uitgerust met elk 100.000 AI-chips.\n\nDe vier gigafabrieken bevatten elk 150.000 AI-chips.',
      locale: 'nl',
      errors: [{ line: 3, column: 36, message: '"De vier gigafabrieken bevatten elk 150.000 AI-chips." contradicts "Vier gigafabrieken worden uitgerust met elk 100.000 AI-chips." (line 1): 150.000 is not 100.000 for the same subject' }],
    },
    {
      code: "The EU's € 50 bn InvestAI tranche is the public part.\n\nPrivate capital matches the EU's € 40 bn InvestAI tranche.",
      errors: [{ line: 3, column: 34, message: /^"Private capital matches the EU's € 40 bn InvestAI tranche\." contradicts "The EU's € 50 bn InvestAI tranche is the public part\." \(line 1\): € 40 bn is not € 50 bn/ }],
    },
    {
      code: "Le fonds d'investissement de 20 milliards d'euros finance quatre sites.\n\nChaque site reçoit une part du fonds d'investissement de 25 milliards d'euros.",
      locale: 'fr',
      errors: [
        {
          line: 3,
          column: 58,
          message:
            "\"Chaque site reçoit une part du fonds d'investissement de 25 milliards d'euros.\" contradicts \"Le fonds d'investissement de 20 milliards d'euros finance quatre sites.\" (line 1): 25 milliards d'euros is not 20 milliards d'euros for the same subject",
        },
      ],
    },
    {
      name: 'a definite reference back to a count stated before, in another section',
      code: 'In 2025 the fund received 1,240 applicants from 30 countries.\n\n## Selection\n\nThe jury interviewed the 1,420 applicants by video.',
      errors: [
        {
          line: 5,
          column: 26,
          endColumn: 31,
          message:
            '"The jury interviewed the 1,420 applicants by video." contradicts "In 2025 the fund received 1,240 applicants from 30 countries." (line 1): 1,420 is not 1,240 for the same subject',
        },
      ],
    },
    {
      name: 'the summary and the body state one fund for one year with two values',
      code: '## Summary\n\nThe summary puts the adult-skills fund at £3.4bn for 2026.\n\n## Funding\n\nIn 2026 the adult-skills fund is worth £4.3bn.',
      errors: [
        {
          line: 7,
          column: 40,
          message:
            '"In 2026 the adult-skills fund is worth £4.3bn." contradicts "The summary puts the adult-skills fund at £3.4bn for 2026." (line 3): £4.3bn is not £3.4bn for the same subject in 2026',
        },
      ],
    },
    {
      name: 'prose against a key-figure list item',
      code: '## Summary\n\nThe EU tranche of € 50 bn opens in 2026.\n\n## Financing\n\n- EU tranche for 2026: € 40 bn\n- Private tranche: € 150 bn',
      errors: [{ line: 7, column: 24, message: /^"EU tranche for 2026: € 40 bn" contradicts "The EU tranche of € 50 bn opens in 2026\." \(line 3\): € 40 bn is not € 50 bn for the same subject in 2026$/ }],
    },
    {
      code: '## Samenvatting\n\nIn 2025 dienden 1.240 aanvragers een voorstel in.\n\n## Selectie\n\nDe 1.420 aanvragers werden in drie rondes beoordeeld.',
      locale: 'nl',
      errors: [{ line: 7, column: 4, message: /^"De 1\.420 aanvragers .*" contradicts "In 2025 dienden 1\.240 aanvragers een voorstel in\." \(line 3\): 1\.420 is not 1\.240/ }],
    },
    {
      code: 'Im Jahr 2025 gingen 1.240 Anträge ein.\n\nDie 1.420 Anträge des Jahres 2025 wurden in drei Runden geprüft.',
      locale: 'de',
      errors: [{ line: 3, column: 5, message: /: 1\.420 is not 1\.240 for the same subject in 2025$/ }],
    },
    {
      code: 'En 2025, 1 240 candidats ont déposé un dossier.\n\nLes 1 420 candidats de 2025 ont été auditionnés.',
      locale: 'fr',
      errors: [{ line: 3, column: 5, message: /: 1 420 is not 1 240 for the same subject in 2025$/ }],
    },
    {
      name: 'a bare number with its symbol, referred back to with the same period',
      code: 'Offshore wind capacity reached 14.7 GW by the end of 2023.\n\nGrowing from the 17.4 GW installed at the end of 2023 will be costly.',
      errors: [{ line: 3, column: 18, message: /: 17\.4 GW is not 14\.7 GW for the same subject in 2023$/ }],
    },
    {
      name: 'prose restating a table cell (row label, column header in its currency and scale, period from the caption)',
      code: '### Table 2: Capital allocation, 2025/26\n\n| Programme | £m |\n|---|---|\n| River defences | 820 |\n| Coastal erosion risk management | 145 |\n\nThe coastal erosion programme receives £415m in 2025/26.',
      errors: [
        {
          line: 8,
          column: 40,
          endColumn: 45,
          message:
            '"The coastal erosion programme receives £415m in 2025/26." contradicts "Coastal erosion risk management | £m: 145" (line 6): £415m is not £ 145 m for the same subject in 2025–2026',
        },
      ],
    },
    {
      name: 'a table row named in the sentence before',
      code: '| Provincie | Publieke laadpunten eind 2024 |\n|---|---|\n| Utrecht | 18.200 |\n| Gelderland | 21.400 |\n\nGelderland blijft achter. De provincie telde eind 2024 24.100 publieke laadpunten.',
      locale: 'nl',
      errors: [{ line: 6, column: 56, message: /contradicts "Gelderland \| Publieke laadpunten eind 2024: 21\.400" \(line 4\): 24\.100 is not 21\.400 for the same subject in 2024$/ }],
    },
    {
      code: '| Land | Plankrankenhäuser 2023 |\n|---|---|\n| Bayern | 355 |\n| Sachsen | 76 |\n\nIn Bayern gab es 2023 insgesamt 553 Plankrankenhäuser.',
      locale: 'de',
      errors: [{ line: 6, column: 33, message: /: 553 is not 355 for the same subject in 2023$/ }],
    },
    {
      code: "| Région | Budget 2024 (M€) |\n|---|---|\n| Bretagne | 120 |\n| Normandie | 95 |\n\nEn 2024, la Bretagne dispose d'un budget de 210 millions d'euros.",
      locale: 'fr',
      errors: [{ line: 6, column: 45, message: /: 210 millions d'euros is not € 120 millions for the same subject in 2024$/ }],
    },
    {
      name: 'a table without a period: the row named in the own sentence of the prose',
      code: '| Standort | Zugesagte Förderung |\n|---|---|\n| Dresden | 5,0 Mrd. € |\n| Magdeburg | 9,9 Mrd. € |\n\nDie Förderung für Magdeburg in Höhe von 6,9 Mrd. € ist die größte.',
      locale: 'de',
      errors: [{ line: 6, column: 41, message: /contradicts "Magdeburg \| Zugesagte Förderung: 9,9 Mrd\. €" \(line 4\): 6,9 Mrd\. € is not 9,9 Mrd\. € for the same subject$/ }],
    },
  ],
});
