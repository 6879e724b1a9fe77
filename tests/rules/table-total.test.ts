import rule from '../../src/rules/table-total.js';
import { describe, expect, it } from 'vitest';
import { totalKind } from '../../src/rules/table-total/reading.js';
import { runRuleTests } from '../helpers/rule-tester.js';

const investai = `| Source | Amount | Share of total |
|---|---:|---:|
| EU tranche (InvestAI) | € 50 bn | 25 % |
| – sub-envelope: gigafactory fund | € 20 bn | 10 % |
| Private pledges (AI Champions) | € 150 bn | 75 % |
| **Total** | **€ 200 bn** | **100 %** |
`;

const thirds = (note: string, total: string): string => `${note}

| Region | Count |
|---|---:|
| North | 10 |
| South | 10 |
| East | 10 |
| Total | ${total} |
`;

const grandTotal = (total: string): string => `| Line | Amount |
|---|---|
| Ecosystem: grants | $600,000.00 |
| Ecosystem: events | $243,063.12 |
| **Ecosystem Total** | **$843,063.12** |
| Public goods: research | $300,000.00 |
| Public goods: tooling | $143,063.00 |
| **Public Goods Total** | **$443,063.00** |
| **Grand Total** | **${total}** |
`;

runRuleTests(rule, {
  valid: [
    {
      name: 'a balance row that is the rows above with their signs (brackets are reductions)',
      code: '| Reserve | Movement |\n|:---|---:|\n| General fund | (1,250) |\n| Housing revenue account | 430 |\n| Capital receipts reserve | (2,100) |\n| Insurance reserve | 180 |\n| Net movement in reserves | (2,740) |\n',
    },
    {
      name: 'a Remaining row that is the first row less the others, and stages nested in the first (less one of them)',
      code: '| | £m |\n|---|---|\n| Allocated | 250.0 |\n| Committed | 183.6 |\n| Spent | 141.2 |\n| Remaining (uncommitted) | 66.4 |\n\nAnd:\n\n| Post | € |\n|---|---|\n| Budget | 100.000 |\n| Uitgegeven | 62.500 |\n| Verplicht | 12.500 |\n| Saldo | 25.000 |\n',
    },
    {
      name: 'French Solde, German Restbetrag and Dutch Saldo rows that net right',
      locale: 'fr',
      code: '| Programme | Variation |\n|:---|---:|\n| Programme 101 | +42 |\n| Programme 166 | −18 |\n| Programme 310 | −65 |\n| Solde | −41 |\n',
    },
    {
      name: 'a last row named like a place ("Rest of UK", "Reste du monde") is no balance',
      code: '| Region | Jobs |\n|---|---|\n| London | 500 |\n| Scotland | 200 |\n| Rest of UK | 2,000 |\n',
    },
    {
      name: 'an unlabelled last row that is not bold is not read as a total',
      code: '| Office | Trainees |\n|---|---|\n| Cardiff | 37 |\n| Swansea | 24 |\n| | 92 |\n',
    },
    {
      name: 'an unlabelled bold last row that sums the rows',
      code: '| Office | Trainees |\n|---|---|\n| Cardiff | 37 |\n| Swansea | 24 |\n| Newport | 19 |\n| | **80** |\n',
    },
    {
      name: 'a German Gesamtkosten over two Zwischensummen, each item counted once',
      locale: 'de',
      code: '| Kostengruppe | Kosten |\n|:---|---:|\n| **Bauwerk** |  |\n| KG 300 | 4.820 |\n| KG 400 | 2.140 |\n| *Zwischensumme Bauwerk* | *6.960* |\n| **Sonstige Kosten** |  |\n| KG 500 | 380 |\n| KG 700 | 1.510 |\n| *Zwischensumme sonstige Kosten* | *1.890* |\n| **Gesamtkosten** | **8.850** |\n',
    },
    {
      name: 'a waarvan row within its parent, and a Totaal that leaves it out',
      locale: 'nl',
      code: '| Lastencategorie | Begroting |\n|:---|---:|\n| Personeel | 6.210 |\n| *waarvan inhuur* | 1.340 |\n| Materiële lasten | 3.875 |\n| **Totaal lasten** | **10.085** |\n',
    },
    {
      name: 'a subtotal named by what it leaves out of the whole still sums its own block',
      locale: 'fr',
      code: '| Territoire | Logements |\n|:---|---:|\n| **Métropole** |  |\n| Lyon | 1 842 |\n| Villeurbanne | 615 |\n| *Sous-total Métropole* | *2 457* |\n| **Nouveau Rhône** |  |\n| Tarare | 97 |\n| Givors | 156 |\n| *Sous-total hors Métropole* | *253* |\n',
    },
    { name: 'the example brief: a sub-envelope row is part of the EU tranche, shares are not added', code: investai },
    {
      name: 'a part marked "of which", "waarvan", "davon" is not added',
      code: `| Item | € m |
|---|---:|
| Staff | 120 |
| of which temporary staff | 30 |
| Buildings | 80 |
| Total | 200 |
`,
    },
    {
      name: 'rounded parts: 33.3 × 3 is 100 within rounding',
      code: '| Part | Share (€ m) |\n|---|---|\n| A | 33.3 |\n| B | 33.3 |\n| C | 33.3 |\n| Total | 100.0 |\n',
    },
    { name: 'a note that totals may not sum due to rounding allows n × half a unit', code: thirds('Totals may not sum due to rounding.', '31') },
    { name: 'Dutch: afrondingsverschillen allow n × half a unit', locale: 'nl', code: thirds('Door afrondingsverschillen tellen de cijfers niet altijd op.', '29') },
    {
      name: 'a note that the total is not additive (interactions) two paragraphs above the table',
      code: `Combined, the reforms cost more because of interactions between the policies.

Here is the breakdown.

| Provision | £bn |
|---|---|
| Remove the two-child limit | 3.4 |
| Remove the benefit cap | 0.7 |
| Total welfare reforms | 5.5 |
| Education | 6.6 |
| Total spending changes | 12.1 |
`,
    },
    {
      name: 'non-additive columns: %, average, rate, per capita, gemiddeld',
      code: `| Group | Average Duration | Rate | Per capita | Growth % |
|---|---|---|---|---|
| A | 34 | 4.99 | 12 | 3 |
| B | 51 | 4.66 | 14 | 5 |
| **Total** | **39** | **5.09** | **13** | **4** |
`,
    },
    {
      name: 'a second header row inside the body names an average column',
      code: `|**2019**||||
|---|---|---|---|
|**Type**|**Annual Production**|**Average Duration**|**Average Rate**|
|Commercial|$69,876,587|34|4.99%|
|Owner Occupied CRE|$31,404,415|51|4.66%|
|**Total**|$**101,281,002**|**39**|**5.09%**|
`,
    },
    {
      name: 'a dash means not costed separately, not zero',
      code: `| Provision | Party (£bn) | Model (£bn) |
|---|---|---|
| Carer's Allowance | 1.4 | 0.1 |
| Two-child limit | - | 3.4 |
| Total welfare | 5.5 | 3.5 |
| Schools | 6.6 | 6.6 |
| Total spending | 12.1 | 10.1 |
`,
    },
    {
      name: 'a total that links to its own simulation is a combined run, not a sum',
      code: `| Proposal | Model 2024 |
|---|---|
| CTC | [110.9](https://example.org/r=1) |
| EITC | [33.5](https://example.org/r=2) |
| Top rate | [-72.7](https://example.org/r=3) |
| **Total** | **[40.5](https://example.org/r=4)** |
`,
    },
    {
      name: 'cells that are links read as their text',
      code: `| Year | Cost (£bn) |
|---|---|
| 2025 | [4.7](https://example.org/a) |
| 2026 | [7.4](https://example.org/b) |
| Total | 12.1 |
`,
    },
    {
      name: 'negatives written -2.0, −2.0 and (2.0)',
      code: `| Measure | 2025 | 2026 |
|---|---|---|
| Tax cut | 4.7 | 4.8 |
| Avoidance | -2.0 | (2.0) |
| Levy | −1.0 | 0.5 |
| Total | 1.7 | 3.3 |
`,
    },
    {
      name: 'a named total alone in a table may cover only some rows ("Total taxes")',
      code: `| Variable | Current law |
|---|---|
| Wages | £40,000 |
| Employer NI | £4,245 |
| Employee tax | £7,839 |
| Total taxes | £12,084 |
`,
    },
    {
      name: 'a total of other loans, right after a total of non-performing loans',
      code: `| Type | July | August |
|---|---|---|
| C&I | $2,995,674 | $2,995,674 |
| CRE | $540,040 | $534,750 |
| **Total Non-Performing Loans** | **$3,535,714** | **$3,530,424** |
| Total Loans | $997,863,394 | $1,024,021,590 |
`,
    },
    {
      name: 'a key–value table with different units is no sum',
      code: `| Item | Value |
|---|---|
| Current MKR supply | ~995,000 MKR |
| Number of team members | 16 |
| Total team MKR over 4 years | 15,422.50 MKR |
| Total team MKR after 1 year | 3,855.625 MKR |
`,
    },
    {
      name: 'a thousands point in an English total ("76.000 DAI") is number-format\'s concern',
      code: '| Expense | DAI |\n|---|--:|\n| Lead | 30,000 DAI |\n| Ambassadors | 46,000 DAI |\n| **Total** | **76.000 DAI** |\n',
    },
    {
      name: 'Dutch: Totaal and Subtotaal, euro amounts with comma decimals',
      locale: 'nl',
      code: `| Post | Bedrag |
|---|---|
| Personeel | € 1.234,50 |
| Huisvesting | € 765,50 |
| Subtotaal | € 2.000,00 |
| Materieel | € 500,00 |
| waarvan ICT | € 200,00 |
| Subtotaal | € 500,00 |
| **Totaal** | **€ 2.500,00** |
`,
    },
    {
      name: 'German: Summe with a "davon" row and Mio. € in the header',
      locale: 'de',
      code: `| Posten | 2025 (Mio. €) | 2026 (Mio. €) | Summe |
|---|---|---|---|
| Bund | 1,5 | 2,5 | 4,0 |
| davon Forschung | 0,5 | 1,0 | 1,5 |
| Länder | 3,0 | 3,0 | 6,0 |
| Insgesamt | 4,5 | 5,5 | 10,0 |
`,
    },
    {
      name: 'French: sous-total and total général',
      locale: 'fr',
      code: `| Poste | Montant |
|---|---|
| Études | 120 |
| Essais | 80 |
| Sous-total | 200 |
| Formation | 50 |
| Sous-total | 50 |
| Total général | 250 |
`,
    },
    {
      name: 'a total column over year columns, and the grand total both ways',
      code: `| Source | 2024-25 | 2025-26 | Total |
|---|---|---|---|
| Income tax | 1.2 | 1.3 | 2.5 |
| VAT | 0.8 | 0.9 | 1.7 |
| Total | 2.0 | 2.2 | 4.2 |
`,
    },
    {
      name: 'section rows inside a budget table are no parts',
      code: `| **Item** | **Amount** |
|---|---|
| **People** | |
| Facilitators | 59,000 DAI |
| Editors | 24,500 DAI |
| **Programs** | |
| Payouts | 85,000 DAI |
| **Total** | **168,500 DAI** |
`,
    },
    {
      name: 'a row with a multi-answer text cell makes the column uncountable',
      code: '| Item | Cost |\n|---|---|\n| A | £100 (est.) |\n| B | £200 |\n| Total | £350 |\n',
    },
    {
      name: 'a total excluding something is not the plain sum',
      code: '| Item | £bn |\n|---|---|\n| A | 20.1 |\n| Avoidance | 7.3 |\n| **Total** | **27.4** |\n| **Total excl. avoidance** | **20.1** |\n',
    },
    {
      name: 'mixed currencies are not added',
      code: '| Item | Amount |\n|---|---|\n| EU | € 50 bn |\n| US | $ 150 bn |\n| Total | € 180 bn |\n',
    },
    {
      name: 'approximate figures get their slack',
      code: '| Item | Chips |\n|---|---|\n| Factory A | ≈ 100,000 |\n| Factory B | ≈ 100,000 |\n| Total | 210,000 |\n',
    },
    {
      name: 'a column headed "waarvan" is part of the column before it',
      locale: 'nl',
      code: `| Instelling | Bedrag | waarvan scholen | Totaal |
|---|---|---|---|
| Auris | € 100,00 | € 40,00 | € 100,00 |
| Kentalis | € 200,00 | € 50,00 | € 200,00 |
`,
    },
    { name: 'a header-only table', code: '| Total | 5 |\n|---|---|\n' },
    {
      name: 'a Total column that is quantity × cost',
      code: '| Item | Quantity | Cost | Total |\n|---|---|---|---|\n| Laptops | 3 | 1,200 | 3,600 |\n| Desks | 10 | 250 | 2,500 |\n',
    },
    {
      name: 'a French Total column that is quantité × coût (an accented header word, which \\b never matched)',
      locale: 'fr',
      code: '| Article | Quantité | Coût | Total |\n|---|---|---|---|\n| Ordinateurs | 3 | 1 200 | 3 600 |\n| Bureaux | 10 | 250 | 2 500 |\n',
    },
    {
      name: 'an Overall row that is an average of scores or rates',
      code: '| Category | Satisfaction (1–5) | Response rate |\n|---|---|---|\n| Safety | 4.1 | 62 |\n| Comfort | 3.3 | 48 |\n| Overall | 3.7 | 55 |\n',
    },
    { name: 'a ragged table with a lone Total label', code: '| A | B |\n|---|---|\n| x | 1 | 2 | 3 |\n| Total |\n' },
    { name: 'a Total row of text', code: '| Item | Note |\n|---|---|\n| A | 1 |\n| B | 2 |\n| Total | see annex |\n' },
    {
      name: 'a Total at the top covers the rows below it',
      code: '| Item | € m |\n|---|---|\n| **Total** | **300** |\n| Staff | 100 |\n| Buildings | 200 |\n',
    },
    'Total: € 200 bn, of which € 50 bn public. No table here: 50 + 150 = 200.',
    // Counts are exact; only rounded figures are intervals.
    {
      name: 'whole numbers under a scaled header ("€ m") are rounded: 10 + 10 + 10 may be 31',
      code: '| Region | € m |\n|---|---|\n| North | 10 |\n| South | 10 |\n| East | 10 |\n| Total | 31 |\n',
    },
    {
      name: 'German: whole numbers under "Mio. €" are rounded',
      locale: 'de',
      code: '| Land | Förderung (Mio. €) |\n|---|---|\n| Bayern | 12 |\n| Hessen | 7 |\n| Insgesamt | 20 |\n',
    },
    {
      name: 'Dutch: a caption "bedragen x € 1.000" rounds the whole table',
      locale: 'nl',
      code: 'Uitgaven per post (bedragen x € 1.000)\n\n| Post | 2025 |\n|---|---|\n| Personeel | 120 |\n| Huisvesting | 81 |\n| Totaal | 202 |\n',
    },
    {
      name: 'a whole number in a column written with cents elsewhere was rounded to the unit',
      code: '| Item | Monthly |\n|---|---|\n| Audits | $8333 |\n| Hardware | $2,916.67 |\n| Deployment | $833.33 |\n| Subtotal | $12,083.33 |\n',
    },
    {
      name: 'a grand total over named subtotals ("Ecosystem Total", "Public Goods Total") adds the subtotals, not them and their items',
      code: grandTotal('$1,286,126.12'),
    },
    {
      name: 'German: Zwischensummen named with "gesamt" last, and a Gesamtsumme over them',
      locale: 'de',
      code: `| Posten | Betrag |
|---|---|
| Gehälter | 120.000 € |
| Sozialabgaben | 24.000 € |
| Personal gesamt | 144.000 € |
| Miete | 36.000 € |
| Reisen | 8.000 € |
| Sachkosten gesamt | 44.000 € |
| Gesamtsumme | 188.000 € |
`,
    },
    // Cells with units are figures with a unit.
    {
      name: 'ETH cells and a Total in ETH',
      code: '| Grant | Amount |\n|---|---|\n| Audit | 6 ETH |\n| Tooling | 3 ETH |\n| **Total** | **9 ETH** |\n',
    },
    {
      name: 'FTE cells under a bare total, and agencies counted by noun',
      code: '| Unit | Staff | Bodies |\n|---|---|---|\n| North | 450 FTE | 3 agencies |\n| South | 120 FTE | 1 agency |\n| Total | 570 | 4 agencies |\n',
    },
    {
      name: 'mixed units in one column stay unsummed',
      code: '| Grant | Amount |\n|---|---|\n| Audit | 6 ETH |\n| Tooling | $30,000 USDC |\n| **Total** | **$36,000** |\n',
    },
    {
      name: 'a qualifier after a figure is no unit ("12 est.")',
      code: '| Item | Cost |\n|---|---|\n| A | 100 est. |\n| B | 200 |\n| Total | 350 |\n',
    },
    {
      name: 'German: "1,2 Mio. €" cells add up',
      locale: 'de',
      code: '| Land | Förderung |\n|---|---|\n| Bayern | 1,2 Mio. € |\n| Hessen | 0,8 Mio. € |\n| Insgesamt | 2,0 Mio. € |\n',
    },
    {
      name: 'money shown to the dollar may foot a dollar off (its ledger keeps cents)',
      code: '| Type | 09/30/2022 |\n|---|---|\n| C&I | $2,995,674 |\n| CRE | $529,461 |\n| CRE | $402,471 |\n| CRE | $143,467 |\n| **Total** | **$4,071,072** |\n',
    },
    {
      name: 'a survey total of a population under two example households is not their sum',
      code: `| Household | Total income | Weight |
|---|---|---|
| High-earner | £80,000 | 2m |
| Low-earner | £25,000 | 25m |
| Original survey total | £785bn | 27m |
| Administrative total | £950bn | 27m |
`,
    },
    {
      name: 'a Total row with an empty cell under a text column is not shifted',
      code: '| Item | Note | Amount |\n|---|---|---|\n| A | new | 10 |\n| B | old | 20 |\n| Total | | 30 |\n',
    },
    {
      name: 'a ragged Total row whose figures are in place',
      code: '| Item | Amount |\n|---|---|\n| A | 10 |\n| B | 20 |\n| Total | 30 | |\n',
    },
    {
      name: 'an HTML table whose Total adds up, entities and a footnote marker included',
      code: '<table>\n  <tr><th>Item</th><th>Amount</th></tr>\n  <tr><td>Staff</td><td>&euro;&nbsp;1,200</td></tr>\n  <tr><td>Rent<sup>1</sup></td><td>€ 300</td></tr>\n  <tr><td><strong>Total</strong></td><td><strong>€ 1,500</strong></td></tr>\n</table>\n',
    },
    {
      name: 'an HTML table inside a code block is code',
      code: '```html\n<table><tr><th>Item</th><th>n</th></tr><tr><td>A</td><td>1</td></tr><tr><td>B</td><td>2</td></tr><tr><td>Total</td><td>4</td></tr></table>\n```\n',
    },
    {
      name: 'exact counts that add up',
      code: '| Agency | Staff |\n|---|---|\n| Customs | 1 |\n| Tax | 2 |\n| Police | 20 |\n| Total | 23 |\n',
    },
  ],
  invalid: [
    {
      name: 'a balance row that does not net the rows above (brackets are reductions)',
      code: '| Reserve | Movement |\n|:---|---:|\n| General fund | (1,250) |\n| Housing revenue account | 430 |\n| Capital receipts reserve | (2,100) |\n| Insurance reserve | 180 |\n| Net movement in reserves | (2,540) |\n',
      errors: [{ line: 7, column: 30, message: 'Net movement in reserves says (2,540), but the rows above net to -2,740 (-1,250 + 430 − 2,100 + 180)' }],
    },
    {
      name: 'an unobligated balance that is no difference of the rows above',
      code: '| | $m |\n|---|---|\n| Appropriated | 250.0 |\n| Obligated | 183.6 |\n| Outlays to date | 141.2 |\n| Unobligated balance | 76.4 |\n',
      errors: [{ line: 6, column: 25, message: 'Unobligated balance says 76.4, but the rows above leave -74.8 (250.0 − 183.6 − 141.2)' }],
    },
    {
      name: 'a French Solde that does not net the rows',
      locale: 'fr',
      code: '| Programme | Variation |\n|:---|---:|\n| Programme 101 | +42 |\n| Programme 166 | −18 |\n| Programme 310 | −65 |\n| Programme 335 | +7 |\n| Solde | −43 |\n',
      errors: [{ line: 7, column: 11, message: 'Solde says −43, but the rows above net to -34 (42 − 18 − 65 + 7)' }],
    },
    {
      name: 'an unlabelled bold last row that does not sum the rows',
      locale: 'de',
      code: '| Standort | Teilnehmende |\n|---|---|\n| Rostock | 23 |\n| Schwerin | 17 |\n| Greifswald | 18 |\n| | **57** |\n',
      errors: [{ line: 6, column: 7, message: 'Total says 57, but the rows sum to 58 (23 + 17 + 18)' }],
    },
    {
      name: 'a Gesamtkosten that adds the Zwischensummen and their items together',
      locale: 'de',
      code: '| Kostengruppe | Kosten |\n|:---|---:|\n| **Bauwerk** |  |\n| KG 300 | 4.820 |\n| KG 400 | 2.140 |\n| *Zwischensumme Bauwerk* | *6.960* |\n| **Sonstige Kosten** |  |\n| KG 500 | 380 |\n| KG 700 | 1.510 |\n| *Zwischensumme sonstige Kosten* | *1.890* |\n| **Gesamtkosten** | **17.700** |\n',
      errors: [
        {
          line: 11,
          column: 24,
          message:
            'Total says 17.700, but the rows sum to 8.850 (6.960 + 1.890); 17.700 is the subtotals and their own items added together (4.820 + 2.140 + 6.960 + 380 + 1.510 + 1.890 = 17.700), which counts every item twice',
        },
      ],
    },
    {
      name: 'a Totaal that counts a waarvan row again, in a table with no other total',
      locale: 'nl',
      code: '| Lastencategorie | Begroting |\n|:---|---:|\n| Personeel | 6.210 |\n| *waarvan inhuur* | 1.340 |\n| Materiële lasten | 3.875 |\n| **Totaal lasten** | **11.425** |\n',
      errors: [
        {
          line: 6,
          column: 25,
          message:
            'Total says 11.425, but the rows sum to 10.085 (6.210 + 3.875; row "waarvan inhuur" left out as a part of another row); it counts the part row "waarvan inhuur" a second time, inside its parent and again on its own',
        },
      ],
    },
    {
      name: 'a waarvan row larger than its parent',
      locale: 'nl',
      code: '| Post | Bedrag |\n|:---|---:|\n| Personeel | 1.210 |\n| waarvan inhuur | 1.340 |\n| Huisvesting | 500 |\n',
      errors: [{ line: 4, column: 20, message: 'Row "waarvan inhuur" is a part of row "Personeel" but says 1.340, more than its 1.210' }],
    },
    {
      name: 'a subtotal named by what it leaves out, wrong',
      locale: 'fr',
      code: '| Territoire | Logements |\n|:---|---:|\n| **Métropole** |  |\n| Lyon | 1 842 |\n| Villeurbanne | 615 |\n| *Sous-total Métropole* | *2 457* |\n| **Nouveau Rhône** |  |\n| Tarare | 97 |\n| Givors | 156 |\n| *Sous-total hors Métropole* | *263* |\n',
      errors: [{ line: 10, column: 34, message: 'Total says 263, but the rows sum to 253 (97 + 156)' }],
    },
    {
      name: 'a rounding note excuses no more than the rounding of parts already read as rounded (€ mld)',
      locale: 'nl',
      code: 'Door afronding kunnen de totalen afwijken.\n\n| Financier | € mld |\n|---|---|\n| Rijk | 2,6 |\n| Waterschappen | 1,5 |\n| Provincies | 0,9 |\n| Gemeenten | 0,4 |\n| Totaal | 5,0 |\n',
      errors: [{ line: 9, column: 12, message: /^Total says 5,0, which is the sum without row "Gemeenten" \(2,6 \+ 1,5 \+ 0,9\)/, severity: 1 }],
    },
    {
      name: 'the issue\'s example: a wrong Total beside a sub-envelope row',
      code: `| Source | Amount |
|---|---:|
| EU tranche (InvestAI) | € 50 bn |
| Dedicated AI-gigafactory fund (sub-envelope of EU tranche) | € 20 bn |
| Private pledges (AI Champions) | € 150 bn |
| **Total** | **€ 210 bn** |
`,
      errors: [
        {
          line: 6,
          column: 17,
          endColumn: 25,
          message:
            'Total says € 210 bn, but the rows sum to € 200 bn (50 + 150; row "Dedicated AI-gigafactory fund (sub-envelope of EU tranche)" left out as a part of another row)',
        },
      ],
    },
    {
      name: 'rows 10 + 10 + 10 against 33 without a rounding note',
      code: thirds('Regional counts.', '33'),
      errors: [{ line: 8, column: 11, message: 'Total says 33, but the rows sum to 30 (10 + 10 + 10)' }],
    },
    {
      name: 'a Total row off in one year, and a Total column that adds the years to something else',
      code: `| Provision | 2025 (£bn) | 2026 (£bn) | 2027 (£bn) | Total |
|---|---|---|---|---|
| Halve NICs | 4.7 | 4.8 | 9.7 | 19.2 |
| Abolish NICs | 0.4 | 0.9 | 1.3 | 2.6 |
| Total | 5.1 | 5.7 | 12.0 | 21.8 |
`,
      errors: [
        { line: 5, column: 23, message: 'Total says 12.0, but the rows sum to 11.0 (9.7 + 1.3)' },
        { line: 5, column: 30, message: 'Total says 21.8, but the columns sum to 22.8 (5.1 + 5.7 + 12.0)' },
      ],
    },
    {
      name: 'a Subtotal that misses by 500',
      code: `| Expense Category | 2021-2022 Budget |
|---|---|
| Compensation | $3,347,500 |
| Recruitment | $300,000 |
| Travel | $150,000 |
| Headcount Expense Subtotal | $3,797,000 |
`,
      errors: [
        { line: 6, column: 32, message: 'Total says $3,797,000, but the rows sum to $3,797,500 (3,347,500 + 300,000 + 150,000)' },
      ],
    },
    {
      name: 'a budget in DAI, with section rows, names its unit',
      code: `| **Item** | **Amount** |
|---|---|
| **People** | |
| Facilitators | 59,000 DAI |
| Editors | 24,500 DAI |
| **Other Costs** | |
| Gas | 5,000 DAI |
| **Total** | **88,750 DAI** |
`,
      errors: [{ line: 8, column: 17, message: 'Total says 88,750 DAI, but the rows sum to 88,500 DAI (59,000 + 24,500 + 5,000)' }],
    },
    {
      name: 'a sub-envelope counted twice in the Total',
      code: investai.replace('**€ 200 bn**', '**€ 220 bn**'),
      errors: [
        {
          line: 6,
          column: 17,
          message:
            'Total says € 220 bn, but the rows sum to € 200 bn (50 + 150; row "– sub-envelope: gigafactory fund" left out as a part of another row); it counts the part row "– sub-envelope: gigafactory fund" a second time, inside its parent and again on its own',
        },
      ],
    },
    {
      name: 'a Total at the top of its rows',
      code: '| Item | € m |\n|---|---|\n| **Total** | **310** |\n| Staff | 100 |\n| Buildings | 200 |\n',
      errors: [{ line: 3, column: 17, message: 'Total says 310, but the rows sum to 300 (100 + 200)' }],
    },
    {
      name: 'German Insgesamt with a davon row left out',
      locale: 'de',
      code: `| Posten | Mio. € |
|---|---|
| Bund | 1,5 |
| davon Forschung | 0,5 |
| Länder | 3,0 |
| Insgesamt | 5,0 |
`,
      errors: [
        {
          line: 6,
          column: 15,
          message:
            'Total says 5,0, but the rows sum to 4,5 (1,5 + 3,0; row "davon Forschung" left out as a part of another row); it counts the part row "davon Forschung" a second time, inside its parent and again on its own',
        },
      ],
    },
    {
      name: 'the total is the sum without one unmarked row: a warning that the row looks like a part of another',
      code: `| Source | Amount |
|---|---:|
| EU tranche (InvestAI) | € 50 bn |
| Gigafactory fund | € 20 bn |
| Private pledges (AI Champions) | € 150 bn |
| **Total** | **€ 200 bn** |
`,
      errors: [
        {
          line: 6,
          column: 17,
          endColumn: 25,
          severity: 1,
          message:
            'Total says € 200 bn, which is the sum without row "Gigafactory fund" (50 + 150); row "Gigafactory fund" looks like a part of another row: mark it ("of which", "–") or correct the total',
        },
      ],
    },
    {
      name: 'two rows and a total equal to the larger: the smaller looks like a part of it',
      code: '| Item | € m |\n|---|---|\n| Research | 120 |\n| AI research | 30 |\n| Total | 120 |\n',
      errors: [
        {
          line: 5,
          column: 11,
          severity: 1,
          message:
            'Total says 120, which is the sum without row "AI research" (120); row "AI research" looks like a part of another row: mark it ("of which", "–") or correct the total',
        },
      ],
    },
    {
      name: 'a negative row the total leaves out: say so in its label',
      code: `| Provision | 2025 (£bn) |
|---|---|
| Halve employee NICs | 4.7 |
| Abolish self-employed NICs | 0.4 |
| Triple Lock Plus | 0.8 |
| Anti-tax avoidance investment | -2.0 |
| Total | 5.9 |
`,
      errors: [
        {
          line: 7,
          column: 11,
          severity: 1,
          message:
            'Total says 5.9, which is the sum without row "Anti-tax avoidance investment" (4.7 + 0.4 + 0.8); the total leaves that row out: say so in its label ("Total excl. …") or correct the total',
        },
      ],
    },
    {
      name: 'Dutch: a row that makes the Totaal add up when left out',
      locale: 'nl',
      code: `| Post | Bedrag |
|---|---|
| Personeel | € 1.000 |
| ICT | € 200 |
| Huisvesting | € 500 |
| Totaal | € 1.500 |
`,
      errors: [
        {
          line: 6,
          column: 12,
          severity: 1,
          message:
            'Total says € 1.500, which is the sum without row "ICT" (1.000 + 500); row "ICT" looks like a part of another row: mark it ("of which", "–") or correct the total',
        },
      ],
    },
    {
      name: 'several rows would each reconcile the total when left out: which one is unknown, an error',
      code: thirds('Regional counts.', '20'),
      errors: [
        {
          line: 8,
          column: 11,
          severity: 2,
          message:
            'Total says 20, but the rows sum to 30 (10 + 10 + 10); leaving out any one of rows "North", "South", "East" would match it',
        },
      ],
    },
    {
      name: 'counts are exact: 1 + 2 + 20 is not 24',
      code: '| Agency | Staff |\n|---|---|\n| Customs | 1 |\n| Tax | 2 |\n| Police | 20 |\n| Total | 24 |\n',
      errors: [{ line: 6, column: 11, severity: 2, message: 'Total says 24, but the rows sum to 23 (1 + 2 + 20)' }],
    },
    {
      name: 'a Total row shifted one column to the right (an extra "|")',
      code: '| Item | 2024 | 2025 |\n|---|---|---|\n| A | 10 | 20 |\n| B | 5 | 5 |\n| **Total** | | **15** | **25** |\n',
      errors: [
        {
          line: 5,
          column: 19,
          endColumn: 21,
          message: 'Total row is shifted one column to the right: 15 sums "2024" (10 + 5) but stands under "2025"; 25 sums "2025" (20 + 5) but stands past the last column',
        },
      ],
    },
    {
      name: 'a Total row shifted one column to the left (a cell left out)',
      locale: 'nl',
      code: '| Post | 2024 | 2025 |\n|---|---|---|\n| Personeel | € 1.000 | € 1.200 |\n| Huisvesting | € 500 | € 600 |\n| Totaal | € 1.800 |\n',
      errors: [{ line: 5, column: 12, message: 'Totaal row is shifted one column to the left: € 1.800 sums "2025" (1.200 + 600) but stands under "2024"' }],
    },
    {
      name: 'a one-column Total written past the last column (GitHub drops it)',
      code: '| Item | Amount |\n|---|---|\n| A | 100 |\n| B | 200 |\n| Total | | 300 |\n',
      errors: [{ line: 5, column: 13, message: 'Total row is shifted one column to the right: 300 sums "Amount" (100 + 200) but stands past the last column' }],
    },
    {
      name: 'an HTML table (thead, tbody, omitted end tags) with a wrong Total, reported at the figure in the source',
      locale: 'de',
      code: `<table>
<thead>
<tr><th>Posten</th><th>Betrag</th>
</thead>
<tbody>
<tr><td>Personal<td>1,2&nbsp;Mio.&nbsp;€
<tr><td>Sachkosten<td>0,8&nbsp;Mio.&nbsp;€
<tr><td><b>Insgesamt</b><td><b>2,4&nbsp;Mio.&nbsp;€</b>
</tbody>
</table>
`,
      errors: [{ line: 8, column: 32, endColumn: 52, message: /^Total says 2,4\u00a0Mio\.\u00a0€, but the rows sum to 2,0/ }],
    },
    {
      name: 'a Total row shifted by one column in an HTML table',
      code: '<table>\n<tr><th>Item</th><th>2024</th><th>2025</th></tr>\n<tr><td>A</td><td>10</td><td>20</td></tr>\n<tr><td>B</td><td>5</td><td>5</td></tr>\n<tr><td>Total</td><td></td><td>15</td><td>25</td></tr>\n</table>\n',
      errors: [{ line: 5, column: 32, message: /^Total row is shifted one column to the right: 15 sums "2024" \(10 \+ 5\)/ }],
    },
    {
      name: 'a rounding note never excuses more than half a unit per part: 10 + 10 + 10 is not 33',
      code: thirds('Totals may not sum due to rounding.', '33'),
      errors: [{ line: 8, column: 11, message: 'Total says 33, but the rows sum to 30 (10 + 10 + 10)' }],
    },
    {
      name: 'people are counted exactly: 12 + 8 is not 21',
      code: '| Team | People |\n|---|---|\n| Policy | 12 |\n| Legal | 8 |\n| Total | 21 |\n',
      errors: [{ line: 5, column: 11, severity: 2, message: 'Total says 21, but the rows sum to 20 (12 + 8)' }],
    },
    {
      name: 'a headcount row changed from 1 to 11 is an error, not a part of another row',
      code: '| Team | Headcount |\n|---|---|\n| Policy | 4 |\n| Legal | 3 |\n| Data | 11 |\n| Comms | 2 |\n| Total | 10 |\n',
      errors: [{ line: 7, column: 11, severity: 2, message: 'Total says 10, but the rows sum to 20 (4 + 3 + 11 + 2)' }],
    },
    {
      name: 'a bytes table whose rows sum to 143 against a Total of 141',
      code: `| Field | Bytes |
|---|---|
| chain_id | 32 |
| nonce | 32 |
| sender | 20 |
| gas_limit | 8 |
| fee | 8 |
| data_hash | 32 |
| flags | 11 |
| **Total** | **141** |
`,
      errors: [{ line: 10, column: 17, severity: 2, message: 'Total says 141, but the rows sum to 143 (32 + 32 + 20 + 8 + 8 + 32 + 11)' }],
    },
    {
      name: 'the sum without one row is named only when it really reconciles: 4.7 + 0.4 + 0.8 is 5.9, not 6.0',
      code: '| Provision | £bn |\n|---|---|\n| Tax cut | 4.7 |\n| Levy | 0.4 |\n| Allowance | 0.8 |\n| Relief | 1.3 |\n| Total | 6.0 |\n',
      errors: [{ line: 7, column: 11, severity: 2, message: 'Total says 6.0, but the rows sum to 7.2 (4.7 + 0.4 + 0.8 + 1.3)' }],
    },
    {
      name: 'a named total in the last row under plain items is footed against them all ("Total funding")',
      code: '| Source | 2023–24 |\n|:---|---:|\n| Council tax | £318.4m |\n| Government grants | £205.7m |\n| Retained business rates | £96.2m |\n| Fees and charges | £74.9m |\n| **Total funding** | **£659.2m** |\n',
      errors: [{ line: 7, column: 25, severity: 2, message: 'Total says £659.2m, but the rows sum to £695.2m (318.4 + 205.7 + 96.2 + 74.9)' }],
    },
    {
      name: 'German: a balance named with "insgesamt" last, over signed rows',
      code: '| Sondervermögen | Saldo 2024 |\n|:---|---:|\n| Klimaschutz | −312,4 |\n| Digitalisierung | 48,6 |\n| Wohnraumförderung | −127,9 |\n| Versorgungsrücklage | 205,3 |\n| Saldo insgesamt | −168,4 |\n',
      locale: 'de',
      errors: [{ line: 7, column: 21, severity: 2, message: 'Total says −168,4, but the rows sum to -186,4 (-312,4 + 48,6 − 127,9 + 205,3)' }],
    },
    {
      name: 'a wrong grand total over named subtotals is measured against the subtotals',
      code: grandTotal('$1,386,126.12'),
      errors: [
        { line: 9, column: 23, message: 'Total says $1,386,126.12, but the rows sum to $1,286,126.12 (843,063.12 + 443,063.00)' },
      ],
    },
    {
      name: 'a named subtotal with the total word last that misses its items',
      code: grandTotal('$1,286,126.12').replace('**$443,063.00**', '**$443,163.00**').replace('$1,286,126.12', '$1,286,226.12'),
      errors: [{ line: 8, column: 30, message: 'Total says $443,163.00, but the rows sum to $443,063.00 (300,000.00 + 143,063.00)' }],
    },
    {
      name: 'ETH cells against a wrong Total in ETH',
      code: '| Grant | Amount |\n|---|---|\n| Audit | 6 ETH |\n| Tooling | 3 ETH |\n| **Total** | **10 ETH** |\n',
      errors: [{ line: 5, column: 17, message: 'Total says 10 ETH, but the rows sum to 9 ETH (6 + 3)' }],
    },
    {
      name: 'FTE cells under a bare total that is off',
      code: '| Unit | Staff |\n|---|---|\n| North | 450 FTE |\n| South | 120 FTE |\n| Total | 580 |\n',
      errors: [{ line: 5, column: 11, message: 'Total says 580, but the rows sum to 570 (450 + 120)' }],
    },
    {
      name: 'USDC cells with a dollar sign',
      code: '| Item | Budget |\n|---|---|\n| Lead | $30,000 USDC |\n| Ops | $12,500 USDC |\n| Total | $43,500 USDC |\n',
      errors: [{ line: 5, column: 11, message: 'Total says $43,500 USDC, but the rows sum to $42,500 USDC (30,000 + 12,500)' }],
    },
    {
      name: 'German: "Mio. €" cells against a wrong Insgesamt',
      locale: 'de',
      code: '| Land | Förderung |\n|---|---|\n| Bayern | 1,2 Mio. € |\n| Hessen | 0,8 Mio. € |\n| Insgesamt | 2,4 Mio. € |\n',
      errors: [{ line: 5, column: 15, message: /^Total says 2,4 Mio\. €, but the rows sum to 2,0 Mio\. €/ }],
    },
    {
      name: 'Dutch Totaal, written back the Dutch way',
      locale: 'nl',
      code: `| Post | Bedrag |
|---|---|
| Personeel | € 1.234,50 |
| Huisvesting | € 765,50 |
| Totaal | € 2.100,00 |
`,
      errors: [{ line: 5, column: 12, message: 'Total says € 2.100,00, but the rows sum to € 2.000,00 (1.234,50 + 765,50)' }],
    },
  ],
});

describe('table-total: which labels name a total', () => {
  it('reads a group total with the total word last, and not a share of the total', () => {
    expect(['Ecosystem Total', 'Public Goods Total (USD):', 'Personal gesamt', 'Kosten insgesamt'].map(totalKind)).toEqual(['named', 'named', 'named', 'named']);
    expect(['Share of total', '% of total', 'Aandeel van totaal', 'Total', 'Grand Total'].map(totalKind)).toEqual([undefined, undefined, undefined, 'total', 'total']);
  });
});

describe('table-total: a Total under thousands of rows', () => {
  it('explains the arithmetic on one readable line: the first terms, "+ …" and the last two (issue 20)', async () => {
    const { lintText } = await import('../../src/engine/lint.js');
    const rows = Array.from({ length: 2_000 }, (_, index) => `| row ${index} | ${1_000_000 + index} |`);
    const text = ['| name | value |', '|---|--:|', ...rows, '| Total | 3 |', ''].join('\n');
    const [finding] = lintText(text, { config: { rules: { 'table-total': 'error' } } }).messages;
    expect(finding!.message).toBe(
      'Total says 3, but the rows sum to 2,001,999,000 (1000000 + 1000001 + 1000002 + 1000003 + 1000004 + 1000005 + 1000006 + 1000007 + … + 1001998 + 1001999)',
    );
  });
});
