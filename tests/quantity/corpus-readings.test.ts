/**
 * Misreadings found by reading a sample of the corpus (/work/shared/corpus) like an editor: each row
 * is a real sentence (shortened) and what a careful reader takes from it.
 */
import { describe, expect, it } from 'vitest';
import { extractQuantities, type Locale, type Quantity } from '../../src/quantity/index.js';

type Expected = Partial<Quantity>;
type Row = [Locale, string, Expected[]];

function expectFigures(locale: Locale, text: string, expected: Expected[]): void {
  const found = extractQuantities(text, { locale });
  expect(found.map((quantity) => quantity.text)).toEqual(expected.map((figure) => figure.text));
  found.forEach((quantity, index) => {
    expect(quantity).toMatchObject(expected[index] as Expected);
    expect(text.slice(quantity.start, quantity.end)).toBe(quantity.text);
  });
}

const rows: Row[] = [
  // Legal labels: the number of a sentence, paragraph or chapter counts nothing.
  ['de', 'der Wert der geldwerten Ansprüche nach Satz 1 Nummer 3 jeweils 50 250 Euro', [
    { text: '1', kind: 'number' },
    { text: '3', kind: 'number' },
    { text: '50 250 Euro', kind: 'amount', value: '50250' },
  ]],
  ['de', 'Eine weitere Steuerentlastung kann für die in Satz 2 genannten Energieerzeugnisse nicht gewährt werden.', [{ text: '2', kind: 'number' }]],
  ['de', 'nach § 6 Absatz 2 Nummer 2 auf 309 Euro', [
    { text: '2', kind: 'number' },
    { text: '309 Euro', kind: 'amount' },
  ]],
  ['de', 'Kapitel 2304 Titel', [{ text: '2304', kind: 'number' }]],
  ['nl', 'Hoofdgroep 6 Implantaten', [{ text: '6', kind: 'number' }]],
  ['de', 'die für die Leistungen nach Absatz 2 Satz 1 Nummer 1 und\n3 zuständigen Stellen', [
    { text: '2', kind: 'number' },
    { text: '1', kind: 'number' },
    { text: '1', kind: 'number' },
    { text: '3', kind: 'number' },
  ]],
  ['de', 'für 2 und 3 Kinder', [{ text: '2', kind: 'number' }, { text: '3', kind: 'count', unit: 'Kinder' }]],
  // A counted noun is still found where no label stands.
  ['de', 'von insgesamt mehr als drei Jahren festgestellt wird', [{ text: 'drei', kind: 'count', unit: 'Jahren', bound: 'min' }]],
  // A wrapped line inside "mehr als" keeps the bound.
  ['de', 'seit der Entstehung der anrechenbaren Steuer mehr\n    als zwei Jahre, aber nicht mehr als vier Jahre vergangen sind.', [
    { text: 'zwei', bound: 'min' },
    { text: 'vier', bound: 'max' },
  ]],
  // An arrow is no "greater than".
  ['en', 'The declining benefit ($1,600 -> $1,280) occurs because', [
    { text: '$1,600', value: '1600' },
    { text: '$1,280', value: '1280' },
  ]],
  ['en', 'more than 100 teams', [{ text: '100', bound: 'min' }]],
  // A step in percentage points and the level it reaches are two figures, not one range.
  ['nl', 'De eindejaarsuitkering wordt eenmalig verhoogd met 0,6 procentpunt tot 1%.', [
    { text: '0,6 procentpunt', kind: 'percent', unit: 'pp', value: '0.6' },
    { text: '1%', kind: 'percent', unit: '%', value: '1' },
  ]],
  ['nl', 'Kinderen tot 6 jaar', [{ text: '6', bound: 'max' }]],
  ['nl', 'De eindejaarsuitkering wordt eenmalig verhoogd met 0,4 procentpunt tot 0,8%.', [
    { text: '0,4 procentpunt', unit: 'pp' },
    { text: '0,8%', unit: '%' },
  ]],
  ['de', 'oder der nach Satz 1 Nummer 2 bis 4 erteilten Zulassung', [
    { text: '1', kind: 'number' },
    { text: '2 bis 4', kind: 'range', low: '2', high: '4' },
  ]],
  ['de', '**Hauptabschnitt 6 Vollstreckung**', [{ text: '6', kind: 'number' }]],
  ['nl', 'Hierna is de verdeling van bedragen over box 1 en box 3 aangeven.', [
    { text: '1', kind: 'number' },
    { text: '3', kind: 'number' },
  ]],
  ['nl', 'Het percentage is gelijk aan 100 minus het percentage, bedoeld in artikel 3.16.', [{ text: '100', kind: 'number' }]],
  // "tot en met" only closes a range, even after "vanaf"; a change stays two figures.
  ['nl', '| 119  | Restgroep diagnoses - vanaf 3.000 tot en met 5.999 minuten  |', [
    { text: '119' },
    { text: '3.000 tot en met 5.999', kind: 'range', low: '3000', high: '5999', unit: 'minuten' },
  ]],
  ['nl', 'de gehandhaafde EHBO-toelage verhoogd van € 8,97 tot € 8,99 per maand.', [
    { text: '€ 8,97', kind: 'amount' },
    { text: '€ 8,99', kind: 'amount' },
  ]],
  ['fr', 'Le nombre varie de 1000 à 5000', [{ text: '1000 à 5000', kind: 'range', low: '1000', high: '5000' }]],
  ['en', 'The credit ranges from $500 to $1,000 per child.', [{ text: '$500 to $1,000', kind: 'range', low: '500', high: '1000' }]],
  // Identifiers: a file number with a scale letter, a tax number, a question label, a phone number.
  ['nl', 'het besluit van 1 oktober 2003, nr. CPP2003/1606M (woonverenigingen).', [{ kind: 'date', text: '1 oktober 2003' }]],
  ['fr', "Le numéro d'identification fiscale suivant nous a été attribué : 14/209/11640", []],
  ['nl', 'Bij vraag 1B geeft u aan of alle gemeenten deelnemen.', []],
  // A fraction or ratio is not two figures.
  ['nl', 'Voor aanvragers zonder partner is de toeslag 1/6 van de kosten.', []],
  ['en', 'the online portion of validators becomes a 2/3 majority, open 24/7', []],
  ['en', 'in 2016/17 the cost', [{ text: '2016/17', kind: 'range', low: '2016', high: '2017' }]],
  ['en', 'See Question 1B for the details.', []],
  ['en', 'grew to $1B and 10M users', [
    { text: '$1B', value: '1000000000' },
    { text: '10M', value: '10000000', unit: 'users' },
  ]],
  ['nl', '|Rouwprotocol |Nelly Riksen |070 426 6450 |', []],
  // Function words and adjectives are not counted nouns.
  ['nl', 'Een lening met een hoofdsom van 10 miljoen tegen een rente van 2,94%.', [
    { text: '10 miljoen', kind: 'number', value: '10000000' },
    { text: '2,94%', value: '2.94' },
  ]],
  ['fr', 'et donné à 200 000 futurs Canadiens les meilleures chances', [{ text: '200 000', unit: 'Canadiens' }]],
  // "au moins 20" is at least 20, not minus 20; a real "moins 20" still is.
  ['fr', 'Il y a des pommes au moins 20.', [{ text: '20', value: '20', bound: 'min' }]],
  ['fr', 'Il fait moins 20 degrés.', [{ text: 'moins 20', value: '-20' }]],
  // "fürs Erste" means "for now".
  ['de', 'Fürs Erste ist Chinas Bevölkerung 1 414 021 100.', [{ text: '1 414 021 100', value: '1414021100' }]],
];

/** Readings the Recognizers-Text specs (../shared/peer-specs) showed we got wrong. */
const peerRows: Row[] = [
  ['en', 'It costs 15 dollars 50.', [{ text: '15 dollars 50', kind: 'amount', value: '15.5', precision: '0.01', currency: 'USD' }]],
  ['en', 'it only cost 3 dollars 50 cents.', [{ text: '3 dollars 50 cents', value: '3.5' }]],
  ['nl', 'Het bedrag is 3 euro en 50 cent', [{ text: '3 euro en 50 cent', value: '3.5', currency: 'EUR' }]],
  ['en', '10 $ 30 cent', [{ text: '10 $ 30 cent', value: '10.3', currency: 'USD' }]],
  // Without a cent word the two digits must close the sentence.
  ['nl', 'Het kost 5 euro 50 keer per jaar', [{ text: '5 euro', value: '5' }, { text: '50 keer', kind: 'multiplier' }]],
  ['en', 'We paid 20 dollars, 15 people came.', [{ text: '20 dollars', value: '20' }, { text: '15', unit: 'people' }]],
  // A code or sign is no spoken amount: "rmb 10 usd 20" is ten dollars and a twenty.
  ['en', 'rmb 10 usd 20', [{ text: '10 usd', value: '10' }, { text: '20', kind: 'number' }]],
  ['fr', 'il a été condamné à une amende de 10000 francs suisses.', [{ text: '10000 francs suisses', currency: 'CHF' }]],
  ['en', 'They bought 3 dozen eggs, then 2.5 dozen more.', [
    { text: '3 dozen', value: '36', unit: 'eggs' },
    { text: '2.5 dozen', value: '30' },
  ]],
  ['fr', '3 douzaines', [{ text: '3 douzaines', value: '36' }]],
  ['en', 'a density of 1.3x10^6 and 6.23 × 10^-4', [
    { text: '1.3x10^6', value: '1300000', precision: '100000' },
    { text: '6.23 × 10^-4', value: '0.000623' },
  ]],
  ['en', 'That account revenue target is US$ 1MM', [{ text: 'US$ 1MM', value: '1000000', currency: 'USD' }]],
  ['en', '322 hundred', [{ text: '322 hundred', value: '32200', precision: '100' }]],
  ['nl', 'Dit is een getal wat groter is dan 100, maar kleiner als 300', [{ text: '100, maar kleiner als 300', kind: 'range', low: '100', high: '300' }]],
  ['fr', 'La gamme de nombres est de 1000 à 5000', [{ text: '1000 à 5000', kind: 'range' }]],
];

describe('readings the peer specs showed wrong', () => {
  it.each(peerRows)('%s: %s', (locale, text, expected) => expectFigures(locale, text, expected));
});

describe('readings of real corpus sentences', () => {
  it.each(rows)('%s: %s', (locale, text, expected) => expectFigures(locale, text, expected));

  it('reads no bound at the end of an arrow', () => {
    for (const arrow of ['->', '=>', '\u2013>']) {
      const [, after] = extractQuantities(`($1,600 ${arrow} $1,280)`, { locale: 'en' });
      expect(after?.bound).toBeUndefined();
    }
  });

  it('reads no bound in the level a step reaches, nor a unit on numbered parts', () => {
    const [, level] = extractQuantities('verhoogd met 0,6 procentpunt tot 1%.', { locale: 'nl' });
    expect(level?.bound).toBeUndefined();
    const [, parts] = extractQuantities('nach Satz 1 Nummer 2 bis 4 erteilten Zulassung', { locale: 'de' });
    expect(parts?.unit).toBeUndefined();
  });
});
