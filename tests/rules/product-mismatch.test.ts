import { describe, expect, it } from 'vitest';
import rule from '../../src/rules/product-mismatch.js';
import { buildBrief } from '../../src/parse/index.js';
import { lintWithRule, runRuleTests } from '../helpers/rule-tester.js';
import { cpuMs } from '../helpers/timing.js';

const INVESTAI =
  'The plan foresees four AI gigafactories containing roughly 100,000 last-generation AI chips\n' +
  "each, about four times the size of today's largest European AI factories. Together they would\n" +
  'hold a pool of 400 000 advanced AI accelerators, ≈ 100 k GPUs each, which the Commission\n' +
  "presents as an x10 increase in Europe's public AI compute.";

runRuleTests(rule, {
  valid: [
    { code: 'Les stagiaires recevront 350 € par mois pendant huit mois, soit 2 800 € par stagiaire et par an.', locale: 'fr' },
    // "or", "dat is": a restatement that gives the total.
    'The council will repair 300 km of footpaths at £50,000 per kilometre, or £15m over the programme.',
    { code: 'Huurders krijgen tien maanden lang € 200 per maand; dat is € 2.000 per huishouden.', locale: 'nl' },
    // A per-item rate for the count after it ("voor de 2,5 miljoen leerlingen"), a per-head rate for the inhabitants, a total per recipient.
    { code: 'Met € 400 per leerling voor de 2,5 miljoen leerlingen in het basisonderwijs trekt het kabinet € 1 miljard uit.', locale: 'nl' },
    { code: 'Ein Bürgergeld-Zuschlag von 200 Euro pro Kopf würde bei 10 Millionen Bürgerinnen und Bürgern 2 Mrd. Euro kosten.', locale: 'de' },
    { code: 'Un chèque de 50 € par habitant pour les 2 millions de résidents coûterait 100 M€ à la région.', locale: 'fr' },
    { code: 'Une aide de 8 000 € par commune pour 500 projets de voirie atteindrait 4 M€ en 2026.', locale: 'fr' },
    'Tenants receive £25 a week for 10 weeks, so each tenant gets £250 in total.',
    { code: 'Les apprentis recevront 300 € par mois pendant 6 mois, soit 1 800 € par apprenti.', locale: 'fr' },
    // The example brief: 4 × roughly 100,000 = 400 000, within the "roughly".
    INVESTAI,
    { code: 'De vier gigafabrieken bevatten elk ongeveer 100.000 chips, samen een pool van 400.000 AI-versnellers.', locale: 'nl' },
    { code: 'Die vier Gigafabriken mit jeweils rund 100.000 KI-Chips bilden zusammen einen Pool von 400.000 Beschleunigern.', locale: 'de' },
    { code: 'Les quatre gigafactories de 100 000 puces chacune forment au total un parc de 400 000 accélérateurs.', locale: 'fr' },
    'Two rounds of € 5 bn each, € 10 bn in total.',
    { code: 'Twee rondes van elk € 5 miljard, samen € 10 miljard.', locale: 'nl' },
    { code: 'Zwei Runden von je 5 Mrd. Euro, insgesamt 10 Mrd. Euro.', locale: 'de' },
    { code: "Deux tranches de 5 milliards d'euros chacune, 10 milliards d'euros au total.", locale: 'fr' },
    'Each of the 27 Member States gets 3 seats, 81 seats in total.',
    'A $3,200 ACTC ($1,600 for each of two children).',
    'Up to a maximum of $6,300 ($2,100 for each of three children).',
    'The pilot will engage two digital acquisitions at each of seven volunteer agencies, for a total of 14 acquisition projects.',
    // A malformed per-item figure is number-format's to report, not a second error here.
    'Four gigafactories equipped with 100,00000 AI chips each. Together they hold 500 000 chips.',
    // Bounds are one-sided.
    'Four gigafactories with up to 100,000 chips each hold about 350 000 chips in total.',
    'Four gigafactories with at least 100,000 chips each hold 500 000 chips in total.',
    // A total of another scope, or of another year.
    'Four gigafactories with 100,000 chips each. In total there are 1,000,000 chips across all EU AI factories.',
    'Four gigafactories with 100,000 chips each. Together with existing sites, Europe will hold 900 000 chips.',
    'Four gigafactories with 100,000 chips each are planned for 2027. By 2030, together they would hold 800 000 chips.',
    'Four gigafactories with 100,000 chips each. Altogether 900 000 more chips will be bought.',
    'The 5 member states contribute € 10 m each, for a total of € 80 m with the EU share.',
    'Each of the 3 partners contributes € 5 m. In total, the 3 partners and the state give € 20 m.',
    'Ten regions received € 2 m each; combined, all 27 regions received € 60 m.',
    'The 3 hospitals treat 1,000 patients each per year. In total, 5,000 patients were treated in 2024.',
    'We fund 10 projects of € 1 m each. Together with the earlier 5 projects, the programme totals € 15 m.',
    { code: 'Die 16 Länder erhalten je 5 Mio. Euro, zusammen mit dem Bund 90 Mio. Euro.', locale: 'de' },
    { code: 'De 12 provincies krijgen elk € 2 miljoen; samen met de gemeenten gaat het om € 40 miljoen.', locale: 'nl' },
    { code: 'Elk van de 12 provincies krijgt € 2 miljoen per jaar, in totaal € 60 miljoen over vijf jaar.', locale: 'nl' },
    // An envelope for a count of things, and what each gets: consistent, or another sum between.
    'The £3.6m emergency fund will support 2,400 households.\n\nEach household receives £1,500, paid to an installer.',
    'The £3.6m emergency fund will support 2,400 households. Administration costs £0.5m.\n\nEach household receives £1,200.',
    // What each of the counted things gets per year, per head of the people counted: consistent.
    'The programme would recruit 1,200 community health workers. Each worker is paid a stipend of $3,000 per year, giving a total annual wage bill of $3.6m.',
    { code: 'Die Pauschale beträgt 450 Euro pro Kopf. Bei 84.000 Geflüchteten ergeben sich Kosten von 37,8 Mio. Euro.', locale: 'de' },
    // An approximate rate widens: 60 × about 35 M€ may be 2,2 Md€.
    { code: "La ligne nouvelle de 60 km coûtera environ 35 M€ du kilomètre, soit 2,2 Md€ pour l'ensemble du projet.", locale: 'fr' },
    // Hours per week × weeks, as written; a count per period is exact.
    { code: 'Leerlingen krijgen 3 uur bijles per week, gedurende 36 schoolweken: in totaal 108 uur per leerling.', locale: 'nl' },
    // A per-year grant each, and a later section's total per year that matches, or that is over a duration (another product).
    'Twelve regions will each host a centre with £1.5m a year.\n\n## Cost\n\nTogether, these centres cost £18m a year.',
    'Twelve regions will each host a centre with £1.5m a year.\n\n## Cost\n\nTogether, these centres cost £90m over the five years.',
    'Twelve regions will each host a centre with £1.5m a year.\n\n## Cost\n\nTogether, these centres cost £60m over the period.',
    { code: "Les 13 régions reçoivent 2 millions d'euros par an, soit 130 millions d'euros au total.", locale: 'fr' },
    { code: 'Chacun des 27 États membres désigne 2 experts, soit 54 experts au total.', locale: 'fr' },
    // "€ 2 miljoen" may be € 2.4 million: twelve of them may come to € 28 million.
    { code: 'De 12 provincies krijgen elk € 2 miljoen, in totaal € 28 miljoen.', locale: 'nl' },
    // "für je 100 Kubikzentimeter" is a rate, not "100 each".
    { code: 'Die Steuer beträgt für je 100 Kubikzentimeter Hubraum 2 Euro, insgesamt 30 Euro.', locale: 'de' },
    // A part of the count holds the items; the total is for a later year; other things in between.
    '3 of the 4 factories have 100 chips each, together 300 chips.',
    'Only 3 out of 4 factories have 100 chips each, 300 chips in total.',
    'In 2025, 4 factories open with 100 chips each; in 2026, together they hold 800 chips.',
    'Four gigafactories with 100,000 chips each. The 20 AI factories are smaller. Together they hold 900 000 chips.',
    'Four gigafactories with 100,000 chips each. Together, the EU AI factories hold 900 000 chips.',
    'In 2025, 4 factories opened with 100 chips each; in 2026 another 4, for a total of 800 chips.',
    // A total that opens the sentence: only when the claim closes it and nothing is joined on.
    'A total of 400 000 chips goes to four gigafactories with 100,000 chips each.',
    'A total of 500 000 chips goes to four gigafactories with 100,000 chips each and to research.',
    'A total of 500 000 chips is planned: four gigafactories with 100,000 chips each.',
    'Europe has 500 000 chips in total; four gigafactories with 100,000 chips each are planned.',
    'The EU has 500 000 chips across all factories, with 4 gigafactories of 100,000 chips each.',
    'Altogether the EU has 500 000 chips, 4 gigafactories of 100,000 chips each.',
    'Providing the $12,000 payment to each of the 23.6 million eligible recipients would cost $283 billion in total.',
    'At about 15 tons per person, each $10 carbon price would give a dividend of $150 in total.',
    { code: 'Bis einschließlich 50 Megawatt gelten 1,5 Cent je Kilowattstunde, insgesamt 80 Cent.', locale: 'de' },
    'Four funds of € 5 bn each and a guarantee, together € 30 bn.',
    'Four funds of € 5 bn each and a guarantee of € 10 bn, together € 30 bn.',
    'Four gigafactories with 100,000 chips each. All the factories together would hold 500 000 chips.',
    // Rates are not items of the count.
    'The 4 staff earn € 1,500 per month, € 18,000 in total.',
    'The 27 Member States spend 3 per cent of GDP, € 400 bn in total.',
    'The 27 Member States spend € 500 per capita, € 400 bn in total.',
    '3 programmes get € 2 bn per year, € 10 bn in total over five years.',
    'Two rounds of € 5 bn each year, € 20 bn in total.',
    // "each" after a list of different things.
    'The 4 factories and 2 labs get 100 chips each, 500 chips in total.',
    'The 4 factories get 100 chips and 50 servers each, 300 servers in total.',
    // "each of the 27 Member States": 27 is the count, not what each holds.
    'The plan names 4 regions and each of the 27 Member States, 27 in total.',
    'Each of the 27 Member States must report by 2027.',
    // No count in the sentence: the 11 contributors of another paragraph are not the rewarded ones.
    'We have 11 full-time contributors.\n\nThe schedule yields on average 70 MKR per rewarded contributor per year, or 700 MKR in total per year.',
    'We have 11 full-time contributors, and the schedule yields 70 MKR per rewarded contributor per year, or 700 MKR in total.',
    // A later sentence about part of the period: its figure is no total for the whole of it.
    'Von 2024 bis 2028 stellt der Bund jährlich 150 Mio. Euro bereit. Auf die ersten beiden Jahre entfallen damit 300 Mio. Euro.',
    'From 2024 to 2028 the state provides £150m a year. The first two years account for £300m.',
    // The count before the rate is of other things; a rate per month is no count of items.
    'The plan commits to 35 schools by 2028. At £1.2m per kilometre, the network would cost £48m.',
    "Le loyer est de 2 000 € le mois, soit 24 000 € par an.",
    // Table rows whose count times the unit cost is the row's total; a table without a per-unit column.
    '| Measure | Units | Cost per unit | Total |\n|---|---:|---:|---:|\n| Loft insulation | 4,000 | £600 | £2.4m |\n| Heat pumps | 500 | £9,000 | £4.5m |\n| **Total** | | | **£6.9m** |',
    '| Maßnahme | Anzahl | Kosten | Gesamt |\n|---|---:|---:|---:|\n| Tablets | 12.000 | 400 € | 5,2 Mio. € |',
    '> | Measure | Units | Cost per unit | Total |\n> |---|---:|---:|---:|\n> | Heat pumps | 500 | £9,000 | £4.8m |',
    // A total without a marker; one in a later paragraph that neither opens it pointing back nor names the count.
    'Four gigafactories with 100,000 chips each. Europe has 2 million chips.',
    'Four gigafactories with 100,000 chips each.\n\nThe EU has other plans.\n\nTogether they would hold 500 000 chips.',
    'Four gigafactories with 100,000 chips each.\n\n## Research\n\nIn total, universities and labs would hold 500 000 chips.',
    'Elk van de vijf ziekenhuizen krijgt € 12 miljoen.\n\n## Financiën\n\nDe ziekenhuizen en de GGD ontvangen samen € 65 miljoen.',
    // The first figure of the things after the paragraph is not marked: later ones are not the total.
    'Four gigafactories with 100,000 chips each.\n\nA lab has 2,000 chips.\n\nThe four gigafactories would hold 500 000 chips in total.',
    // Figures nested in one another: 32 bytes is what each of the 15 hashes holds.
    'A branch is 15 sibling hashes of 32 bytes at each of the 12 levels, 480 bytes in total.',
    // Another measure: money per item against a count total, or another currency.
    'Two rounds of € 5 bn each, $ 12 bn in total.',
    'Four factories with 100 chips each, together 500 servers.',
    '> Four gigafactories with 100,000 chips each. Together they hold 500 000 chips.',
    // A real sentence with "each" and no total.
    'Consider a family with two parents, each earning £20,000, and two children. Their net income would rise by £16k.',
    // Real sentences the product reading met (corpus): a payment and what it costs for everyone, a financial year, two groups.
    'For example, a child allowance of $100 per month would cost about $88 billion annually.',
    'The bill would raise the deduction by $47.5 billion a year in 2024/25 and cost $43 billion in 2024.',
    'The US has 73 million children and 254 million adults, so $2,000 per adult would cost $580 billion per month.',
    // Several rates add up otherwise: 1.1 × 2 + 1.4 × 2 = 5.
    'The compact provides $1.1 billion a year in 2025 and 2026, rising to $1.4 billion a year in 2027 and 2028 — $5 billion over four years.',
  ],
  invalid: [
    {
      name: 'the count of the noun in the sentence before the rate',
      code: 'The plan commits to 35 km of cycle lanes by 2028. At £1.2m per kilometre, the network would cost £48m.',
      errors: [{ line: 1, column: 98, message: '£1.2m × 35 = £42m, but the total is £48m' }],
    },
    {
      name: 'a French rate per hectare written with the article, the total "chiffré à"',
      code: "Le reboisement de 3 000 hectares, à raison de 4 500 € l'hectare, est chiffré à 12,5 M€.",
      locale: 'fr',
      errors: [{ line: 1, column: 80, message: '4 500 € × 3 000 = 13,5 M€, but the total is 12,5 M€' }],
    },
    {
      name: 'a table row whose count times its unit cost is not its total',
      code: '| Measure | Units | Cost per unit | Total |\n|---|---:|---:|---:|\n| Loft insulation | 4,000 | £600 | £2.4m |\n| Heat pumps | 500 | £9,000 | £4.8m |',
      errors: [{ line: 4, column: 31, message: '£9,000 × 500 = £4.5m, but the total is £4.8m' }],
    },
    {
      name: 'a German table row, the count column told by its whole numbers',
      code: '| Maßnahme | Stellen | Kosten je Einheit | Gesamt |\n|---|---:|---:|---:|\n| Lüftungsanlagen | 1.500 | 4.000 € | 6,0 Mio. € |\n| Schulsozialarbeit | 320 | 65.000 € | 20,2 Mio. € |',
      locale: 'de',
      errors: [{ line: 4, column: 40, message: '65.000 € × 320 = 20,8 Mio. €, but the total is 20,2 Mio. €' }],
    },
    {
      name: 'per item and per month, the total per month too',
      code: '12 trainees, each paid € 1,200 per month: € 28,800 in total per month.',
      errors: [{ line: 1, column: 43, message: '€ 1,200 × 12 = € 14,400, but the total is € 28,800' }],
    },
    {
      name: 'an envelope for a count of things, then what each of them gets, said where the second figure stands',
      code: 'The £3.6m emergency fund will support 2,400 households.\n\nEach household receives £1,800, paid to an installer.',
      errors: [{ line: 3, column: 25, message: '£1,800 × 2,400 = £4.32m, but the total is £3.6m' }],
    },
    {
      name: 'a French envelope, and what each of the things it finances gets',
      code: "L'enveloppe de 48 M€ financera 120 maisons de santé.\n\nL'aide est forfaitaire : chaque maison de santé recevra 450 000 €, versés en deux fois.",
      locale: 'fr',
      errors: [{ line: 3, column: 57, message: '450 000 € × 120 = 54 M€, but the total is 48 M€' }],
    },
    {
      name: 'each of the counted things is paid per year: the items named after "each", the total after the rate',
      code: 'The programme would recruit 1,200 community health workers. Each worker is paid a stipend of $3,000 per year, giving a total annual wage bill of $360,000.',
      errors: [{ line: 1, column: 146, message: '$3,000 × 1,200 = $3,600,000, but the total is $360,000' }],
    },
    {
      name: 'a per-head rate and a count of people who are not inhabitants',
      code: 'Die Pauschale beträgt 450 Euro pro Kopf. Bei 84.000 Geflüchteten ergeben sich Kosten von 3,78 Mio. Euro.',
      locale: 'de',
      errors: [{ line: 1, column: 90, message: '450 Euro × 84.000 = 37,8 Mio. Euro, but the total is 3,78 Mio. Euro' }],
    },
    {
      name: 'a whole number whose noun is the word after it is an exact count',
      code: 'Het traject beslaat 18 kilometer. Het waterschap rekent met € 14 miljoen per kilometer, ofwel € 242 miljoen voor het hele traject.',
      locale: 'nl',
      errors: [{ line: 1, column: 95, message: '€ 14 miljoen × 18 = € 252 miljoen, but the total is € 242 miljoen' }],
    },
    {
      name: 'an approximate rate per item, widened, still short of the total',
      code: "La ligne nouvelle de 60 km coûtera environ 35 M€ du kilomètre, soit 2,4 Md€ pour l'ensemble du projet.",
      locale: 'fr',
      errors: [{ line: 1, column: 69, message: 'environ 35 M€ × 60 = 2,1 Md€, but the total is 2,4 Md€' }],
    },
    {
      name: 'hours per week × weeks: the measure word after both figures says they count the same',
      code: 'Leerlingen krijgen 3 uur bijles per week, gedurende 36 schoolweken: in totaal 118 uur per leerling.',
      locale: 'nl',
      errors: [{ line: 1, column: 79, message: '3 per period × 36 = 108, but the total is 118' }],
    },
    {
      name: 'each one of a distributive sentence is the rate itself: hours per week × weeks',
      code: 'Chaque stagiaire suit 20 heures de formation par semaine pendant 30 semaines, soit 660 heures au total.',
      locale: 'fr',
      errors: [{ line: 1, column: 84, message: '20 per period × 30 = 600, but the total is 660' }],
    },
    {
      name: 'per year each, and the total per year in the next section, after its heading',
      code: 'Neun Regionen erhalten jeweils 4,5 Mio. Euro jährlich.\n\n## Kosten\n\nZusammen ergibt sich ein jährlicher Bedarf von 45 Mio. Euro.',
      locale: 'de',
      errors: [{ line: 5, column: 48, message: '9 × 4,5 Mio. Euro each = 40,5 Mio. Euro, but the total is 45 Mio. Euro' }],
    },
    {
      name: 'the count\'s own noun is no word between the count and what each gets',
      code: 'Douze régions accueilleront chacune un centre de ressources sur l\'autisme doté de 1,5 M€ par an.\n\n## Coût\n\nAu total, ces centres représentent 20 M€ par an.',
      locale: 'fr',
      errors: [{ line: 5, column: 36, message: '12 × 1,5 M€ each = 18 M€, but the total is 20 M€' }],
    },
    {
      name: 'the total in the next paragraph, pointing back at the counted things',
      code: 'Four gigafactories with 100,000 chips each.\n\nTogether they would give researchers and start-ups a pool of 500 000 chips.',
      errors: [{ line: 3, column: 62, message: '4 × 100,000 chips each = 400,000 chips, but the total is 500 000 chips' }],
    },
    {
      name: 'the total sections later, naming the count again',
      code: 'Elk van de vijf ziekenhuizen krijgt € 12 miljoen.\n\n## Personeel\n\nDe ziekenhuizen nemen verpleegkundigen aan.\n\n## Financiën\n\nDe vijf ziekenhuizen ontvangen samen € 65 miljoen.',
      locale: 'nl',
      errors: [{ line: 9, column: 38, message: '5 × € 12 miljoen each = € 60 miljoen, but the total is € 65 miljoen' }],
    },
    {
      name: 'a per-period total that is per recipient and per year',
      code: 'Les stagiaires recevront 350 € par mois pendant huit mois, soit 3 200 € par stagiaire et par an.',
      locale: 'fr',
      errors: [{ line: 1, column: 65, message: '350 € per period × 8 = 2 800 €, but the total is 3 200 €' }],
    },
    {
      name: 'a count before its per-kilometre rate, the total restated with "or"',
      code: 'The council will repair 300 km of footpaths at £50,000 per kilometre, or £18m over the programme.',
      errors: [{ line: 1, column: 74, message: '£50,000 × 300 = £15m, but the total is £18m' }],
    },
    {
      name: 'a duration before its monthly rate, the total restated with "dat is"',
      code: 'Huurders krijgen tien maanden lang € 200 per maand; dat is € 2.500 per huishouden.',
      locale: 'nl',
      errors: [{ line: 1, column: 60, message: '€ 200 per period × 10 = € 2.000, but the total is € 2.500' }],
    },
    {
      name: 'a per-item rate for the count after it, with a scale word',
      code: 'Met € 400 per leerling voor de 2,5 miljoen leerlingen in het basisonderwijs trekt het kabinet € 900 miljoen uit.',
      locale: 'nl',
      errors: [{ line: 1, column: 95, message: '€ 400 × 2,5 miljoen = € 1000 miljoen, but the total is € 900 miljoen' }],
    },
    {
      name: 'a per-head rate and the inhabitants in both genders',
      code: 'Ein Bürgergeld-Zuschlag von 200 Euro pro Kopf würde bei 10 Millionen Bürgerinnen und Bürgern 2,5 Mrd. Euro kosten.',
      locale: 'de',
      errors: [{ line: 1, column: 94, message: '200 Euro × 10 Millionen = 2 Mrd. Euro, but the total is 2,5 Mrd. Euro' }],
    },
    {
      name: 'a per-head rate and the residents',
      code: 'Un chèque de 50 € par habitant pour les 2 millions de résidents coûterait 150 M€ à la région.',
      locale: 'fr',
      errors: [{ line: 1, column: 75, message: '50 € × 2 millions = 100 M€, but the total is 150 M€' }],
    },
    {
      name: 'a per-item rate for a count of another noun right after it',
      code: 'Une aide de 8 000 € par commune pour 500 projets de voirie atteindrait 5 M€ en 2026.',
      locale: 'fr',
      errors: [{ line: 1, column: 72, message: '8 000 € × 500 = 4 M€, but the total is 5 M€' }],
    },
    {
      name: 'a weekly rate for weeks, totalled for each recipient',
      code: 'Tenants receive £25 a week for 10 weeks, so each tenant gets £300 in total.',
      errors: [{ line: 1, column: 62, message: '£25 per period × 10 = £250, but the total is £300' }],
    },
    {
      name: 'a monthly rate whose total is per recipient',
      code: 'Les apprentis recevront 300 € par mois pendant 6 mois, soit 2 000 € par apprenti.',
      locale: 'fr',
      errors: [{ line: 1, column: 61, message: '300 € per period × 6 = 1 800 €, but the total is 2 000 €' }],
    },
    {
      code: 'Pro Jahr fließen 400 Mio. Euro in das Programm, über fünf Jahre also 2,4 Mrd. Euro.',
      locale: 'de',
      errors: [{ line: 1, column: 70, endColumn: 83, message: '400 Mio. Euro per period × 5 = 2 Mrd. Euro, but the total is 2,4 Mrd. Euro' }],
    },
    {
      code: 'The government will raise the allowance by £25 a week, worth £1,600 a year to each recipient.',
      errors: [{ line: 1, column: 62, endColumn: 68, message: '£25 per period × 52 (52–52.18) = £1,300, but the total is £1,600' }],
    },
    {
      code: 'The catch-up premium is worth £150 per pupil. With 820,000 eligible pupils, the annual cost is £133m.',
      errors: [{ line: 1, column: 96, endColumn: 101, message: '£150 × 820,000 = £123m, but the total is £133m' }],
    },
    {
      name: 'the example brief with the pool changed to 500 000',
      code: INVESTAI.replace('400 000', '500 000'),
      errors: [
        {
          line: 3,
          column: 16,
          endColumn: 23,
          message: '4 × roughly 100,000 chips each = about 400,000 chips (360,000–440,000), but the total is 500 000 accelerators',
        },
      ],
    },
    {
      code: 'Two rounds of € 5 bn each, € 12 bn in total.',
      errors: [{ line: 1, column: 28, endColumn: 35, message: '2 × € 5 bn each = € 10 bn, but the total is € 12 bn' }],
    },
    {
      code: 'A $3,000 ACTC ($1,600 for each of two children).',
      errors: [{ line: 1, column: 3, endColumn: 9, message: '2 × $1,600 each = $3,200, but the total is $3,000' }],
    },
    {
      code: 'Each of the 27 Member States gets 3 seats, 80 seats in total.',
      errors: [{ line: 1, column: 44, message: '27 × 3 seats each = 81 seats, but the total is 80 seats' }],
    },
    {
      code: 'Four gigafactories with up to 100,000 chips each hold 500 000 chips in total.',
      errors: [{ line: 1, column: 55, message: '4 × up to 100,000 chips each = at most 400,000 chips, but the total is 500 000 chips' }],
    },
    {
      code: 'The fund supports 12 start-ups, each with € 2.5 m. Altogether that is € 25 m.',
      errors: [{ line: 1, column: 71, message: '12 × € 2.5 m each = € 30 m, but the total is € 25 m' }],
    },
    {
      code: 'De vier gigafabrieken bevatten elk ongeveer 100.000 chips, samen een pool van 500.000 AI-versnellers.',
      locale: 'nl',
      errors: [
        {
          line: 1,
          column: 79,
          message: '4 × ongeveer 100.000 chips each = about 400.000 chips (360.000–440.000), but the total is 500.000 AI-versnellers',
        },
      ],
    },
    {
      code: 'Die vier Gigafabriken mit jeweils rund 100.000 KI-Chips bilden zusammen einen Pool von 500.000 Beschleunigern.',
      locale: 'de',
      errors: [{ line: 1, column: 88, message: /^4 × rund 100\.000 KI-Chips each = about 400\.000 KI-Chips \(360\.000–440\.000\), but the total is 500\.000 Beschleunigern$/ }],
    },
    {
      code: "Deux tranches de 5 milliards d'euros chacune, 12 milliards d'euros au total.",
      locale: 'fr',
      errors: [{ line: 1, column: 47, message: "2 × 5 milliards d'euros each = 10 milliards d'euros, but the total is 12 milliards d'euros" }],
    },
    {
      code: 'In 2025, 4 factories open with 100 chips each; in 2025, together they hold 800 chips.',
      errors: [{ line: 1, column: 76, message: '4 × 100 chips each = 400 chips, but the total is 800 chips' }],
    },
    {
      code: 'The 4 gigafactories will each cost € 5 bn, € 25 bn in total.',
      errors: [{ line: 1, column: 44, message: '4 × € 5 bn each = € 20 bn, but the total is € 25 bn' }],
    },
    {
      code: 'The 4 factories get 100 chips per factory, 500 chips in total.',
      errors: [{ line: 1, column: 44, message: '4 × 100 chips each = 400 chips, but the total is 500 chips' }],
    },
    {
      code: 'The 27 Member States receive € 5 m per Member State, € 150 m in total.',
      errors: [{ line: 1, column: 54, message: '27 × € 5 m each = € 135 m, but the total is € 150 m' }],
    },
    {
      code: 'Three tranches of € 100 million apiece, € 400 million in total.',
      errors: [{ line: 1, column: 41, message: '3 × € 100 million each = € 300 million, but the total is € 400 million' }],
    },
    {
      code: 'Up to a maximum of $6,000 ($2,100 for each of three children).',
      errors: [{ line: 1, column: 20, message: '3 × $2,100 each = $6,300, but the total is a maximum of $6,000' }],
    },
    {
      code: 'A total of 500 000 chips goes to four gigafactories with 100,000 chips each.',
      errors: [{ line: 1, column: 12, endColumn: 19, message: '4 × 100,000 chips each = 400,000 chips, but the total is 500 000 chips' }],
    },
    {
      code: 'In totaal gaan 500.000 chips naar vier gigafabrieken met elk 100.000 chips.',
      locale: 'nl',
      errors: [{ line: 1, column: 16, message: '4 × 100.000 chips each = 400.000 chips, but the total is 500.000 chips' }],
    },
    {
      code: 'Au total, 500 000 puces iront à quatre gigafactories de 100 000 puces chacune.',
      locale: 'fr',
      errors: [{ line: 1, column: 11, message: '4 × 100 000 puces each = 400 000 puces, but the total is 500 000 puces' }],
    },
    {
      code: 'Providing the $12,000 payment to each of the 23.6 million eligible recipients would cost $300 billion in total.',
      errors: [{ line: 1, column: 90, message: '23.6 million × $12,000 each = $283.2 billion, but the total is $300 billion' }],
    },
    {
      code: 'Four gigafactories with 100,000 chips each. All four together would hold 500 000 chips.',
      errors: [{ line: 1, column: 74, message: '4 × 100,000 chips each = 400,000 chips, but the total is 500 000 chips' }],
    },
    {
      code: 'Vier gigafabrieken met elk 100.000 chips. Alle vier samen bevatten ze 500.000 chips.',
      locale: 'nl',
      errors: [{ line: 1, column: 71, message: '4 × 100.000 chips each = 400.000 chips, but the total is 500.000 chips' }],
    },
    {
      code: 'The 4 factories employ 500 people each, and together they employ 2,500 people.',
      errors: [{ line: 1, column: 66, message: '4 × 500 people each = 2,000 people, but the total is 2,500 people' }],
    },
    {
      code: 'Für zwei Reisen werden jeweils 250 Euro erstattet, insgesamt 600 Euro.',
      locale: 'de',
      errors: [{ line: 1, column: 62, message: '2 × 250 Euro each = 500 Euro, but the total is 600 Euro' }],
    },
    {
      code: 'Die 16 Länder erhalten je 5 Mio. Euro, zusammen 90 Mio. Euro.',
      locale: 'de',
      errors: [{ line: 1, column: 49, message: '16 × 5 Mio. Euro each = 80 Mio. Euro, but the total is 90 Mio. Euro' }],
    },
    {
      code: 'Chacune des 13 régions reçoit 2 millions d’euros, 40 millions d’euros au total.',
      locale: 'fr',
      errors: [{ line: 1, column: 51, message: '13 × 2 millions d’euros each = 26 millions d’euros, but the total is 40 millions d’euros' }],
    },
    {
      name: 'a project synonym list',
      code: 'The pilot will engage two digital acquisitions at each of seven volunteer agencies, for a total of 12 acquisition projects.',
      options: { synonyms: [['acquisition', 'project']] },
      errors: [{ line: 1, column: 100, message: '7 × 2 acquisitions each = 14 acquisitions, but the total is 12 projects' }],
    },
  ],
});

describe('product-mismatch related places', () => {
  it('names the count and the per-item figure', () => {
    const [message] = lintWithRule(rule, { code: INVESTAI.replace('400 000', '500 000') });
    expect(message?.related?.map((place) => `${place.line}:${place.column} ${place.message}`)).toEqual([
      '1:19 the count: four gigafactories',
      '1:60 each: roughly 100,000 chips',
    ]);
  });
});

describe('product-mismatch on a hostile run-on sentence', () => {
  it.each(['4 factories with 100 chips each, ', '4 factories, each with 100 chips, together 500 chips '])(
    '100 KB of "%s" is checked in linear time',
    (unit) => {
      const brief = buildBrief(unit.repeat(Math.ceil(100_000 / unit.length)));
      // Linear takes well under a second; reading each claim against the whole sentence took minutes.
      expect(cpuMs(() => rule.check(brief, { options: rule.meta.options.parse({}), report: () => undefined }))).toBeLessThan(5000);
    },
  );
});
