import { describe, expect, it } from 'vitest';
import { extractQuantities, type Locale, type Quantity } from '../../src/quantity/index.js';

type Expected = Partial<Quantity>;

/** Each row: a sentence, and the figures it holds (partial Quantities, in order). */
type Row = [string, Expected[]];

function read(text: string, locale: Locale): Quantity[] {
  return extractQuantities(text, { locale });
}

function expectFigures(text: string, locale: Locale, expected: Expected[]): void {
  const found = read(text, locale);
  expect(found.map((quantity) => quantity.text)).toEqual(expected.map((figure) => figure.text));
  found.forEach((quantity, index) => {
    expect(quantity).toMatchObject(expected[index] as Expected);
    expect(text.slice(quantity.start, quantity.end)).toBe(quantity.text);
  });
}

const english: Row[] = [
  [
    'InvestAI will mobilise € 200 bn, of which € 20 bn for AI gigafactories.',
    [
      { text: '€ 200 bn', kind: 'amount', value: '200000000000', precision: '1000000000', currency: 'EUR' },
      { text: '€ 20 bn', kind: 'amount', value: '20000000000', currency: 'EUR' },
    ],
  ],
  [
    'Each gigafactory will house roughly 100,000 next-generation AI chips each.',
    [{ text: '100,000', kind: 'count', value: '100000', precision: '1', unit: 'chips', approximate: true }],
  ],
  ['≈ 100 k GPUs each', [{ text: '100 k', kind: 'count', value: '100000', precision: '1000', unit: 'GPUs', approximate: true }]],
  ['with 400 000 advanced AI accelerators', [{ text: '400 000', value: '400000', precision: '1', unit: 'accelerators', kind: 'count' }]],
  ['€ 2.5 bn in total', [{ text: '€ 2.5 bn', value: '2500000000', precision: '100000000', scale: '1000000000' }]],
  ['$1.5bn and £26.9bn and US$ 3 million', [
    { text: '$1.5bn', currency: 'USD', value: '1500000000' },
    { text: '£26.9bn', currency: 'GBP', value: '26900000000' },
    { text: 'US$ 3 million', currency: 'USD', value: '3000000' },
  ]],
  ['EUR 20 million and 20 EUR and CHF 5', [
    { text: 'EUR 20 million', currency: 'EUR', value: '20000000', format: { digits: '20', currencyPosition: 'before', currencySpaced: true, scaleText: 'million', currencyText: 'EUR' } },
    { text: '20 EUR', currency: 'EUR', format: { digits: '20', currencyPosition: 'after', currencySpaced: true, currencyText: 'EUR' } },
    { text: 'CHF 5', currency: 'CHF' },
  ]],
  ['€20 or €5m', [{ text: '€20', value: '20', format: { digits: '20', currencySpaced: false } }, { text: '€5m', value: '5000000' }]],
  ['25 % and 3 pp and 12 per cent', [
    { text: '25 %', kind: 'percent', value: '25', precision: '1', unit: '%', format: { digits: '25', percentText: '%', percentSpaced: true } },
    { text: '3 pp', kind: 'percent', unit: 'pp' },
    { text: '12 per cent', kind: 'percent', unit: '%' },
  ]],
  ['More than 5 million people; up to 30 %; at least 12; about 7; under 4', [
    { text: '5 million', bound: 'min', unit: 'people', value: '5000000' },
    { text: '30 %', bound: 'max' },
    { text: '12', bound: 'min' },
    { text: '7', approximate: true },
    { text: '4', bound: 'max' },
  ]],
  ['1,500 and 4.800', [{ text: '1,500', value: '1500' }, { text: '4.800', value: '4.8', precision: '0.001' }]],
  ['in 2027, the 2025 budget, 2025 chips, € 2025', [
    { text: '2027', kind: 'year', value: '2027', interval: { start: '2027-01-01', end: '2027-12-31' } },
    { text: '2025', kind: 'year' },
    { text: '2025', kind: 'count', unit: 'chips' },
    { text: '€ 2025', kind: 'amount' },
  ]],
  ['minus 5, -2.0, −2.0 and -€20', [
    { text: 'minus 5', value: '-5', format: { digits: '5', minus: 'minus' } },
    { text: '-2.0', value: '-2', precision: '0.1', format: { digits: '2.0', minus: '-', decimal: '.' } },
    { text: '−2.0', value: '-2', format: { digits: '2.0', minus: '\u2212' } },
    { text: '-€20', value: '-20', currency: 'EUR' },
  ]],
  ['x10, ×10, 10x, 10×, 10-fold and 3 times', [
    { text: 'x10', kind: 'multiplier', value: '10' },
    { text: '×10', kind: 'multiplier' },
    { text: '10x', kind: 'multiplier' },
    { text: '10×', kind: 'multiplier' },
    { text: '10-fold', kind: 'multiplier' },
    { text: '3 times', kind: 'multiplier', value: '3' },
  ]],
  ['the 3rd and 21st call', [{ text: '3rd', kind: 'ordinal', value: '3' }, { text: '21st', kind: 'ordinal', value: '21' }]],
  ['10–20 % and 10-20% and between 30 and 40', [
    { text: '10–20 %', kind: 'range', low: '10', high: '20', unit: '%' },
    { text: '10-20%', kind: 'range', low: '10', high: '20', unit: '%' },
    { text: '30 and 40', kind: 'range', low: '30', high: '40' },
  ]],
  ['€ 20–30 bn and 5 to 10 million homes', [
    { text: '€ 20–30 bn', kind: 'range', low: '20000000000', high: '30000000000', currency: 'EUR', value: '20000000000', scale: '1000000000' },
    { text: '5 to 10 million', kind: 'range', low: '5000000', high: '10000000', unit: 'homes' },
  ]],
  ['it fell from 20 % to 10 %', [{ text: '20 %', kind: 'percent' }, { text: '10 %', kind: 'percent' }]],
  ['Exercises 22,24,26,31 and the years 2024,2025', []],
  ['COVID-19, EIP-1559, 5G, 3D, G7 and v1.2', []],
  ['see assets/images/2020-06-23-basic-income.png and pre-2020 levels', []],
  ['1. Point with 3 items', [{ text: '3', unit: 'items' }]],
  ['digits\uFFFC12 and 3\uFFFC4', [{ text: '12' }, { text: '3' }, { text: '4' }]],
];

const dutch: Row[] = [
  ['Het kabinet trekt € 1,5 miljard uit.', [{ text: '€ 1,5 miljard', value: '1500000000', precision: '100000000', currency: 'EUR', format: { digits: '1,5', decimal: ',', scaleText: 'miljard' } }]],
  ['voor 100.000 chips en 400 000 accelerators', [
    { text: '100.000', value: '100000', unit: 'chips', format: { digits: '100.000', group: '.' } },
    { text: '400 000', value: '400000', unit: 'accelerators' },
  ]],
  ['ongeveer 12,5 % en ruim 3 mln. inwoners', [
    { text: '12,5 %', value: '12.5', approximate: true, precision: '0.1' },
    { text: '3 mln.', value: '3000000', bound: 'min', unit: 'inwoners' },
  ]],
  ['1,500 en 4.800 en 1 biljoen', [{ text: '1,500', value: '1.5' }, { text: '4.800', value: '4800' }, { text: '1 biljoen', value: '1000000000000' }]],
  ['maximaal 20 procent, tussen 30 en 40 procent', [
    { text: '20 procent', bound: 'max', kind: 'percent' },
    { text: '30 en 40 procent', kind: 'range', low: '30', high: '40', unit: '%' },
  ]],
  ['een bedrag van 500,00 € en EUR 2,5 mld', [{ text: '500,00 €', value: '500', precision: '0.01' }, { text: 'EUR 2,5 mld', value: '2500000000' }]],
];

const german: Row[] = [
  ['Der Bund zahlt 821 710 000 000 Euro.', [{ text: '821 710 000 000 Euro', value: '821710000000', currency: 'EUR', precision: '1' }]],
  ['1,5 Mrd. € und 3 Mio. Menschen', [
    { text: '1,5 Mrd. €', value: '1500000000', currency: 'EUR', format: { digits: '1,5', scaleText: 'Mrd.', currencyPosition: 'after' } },
    { text: '3 Mio.', value: '3000000', unit: 'Menschen' },
  ]],
  ['rund 20 % an 400.000 KI-Beschleuniger', [
    { text: '20 %', approximate: true },
    { text: '400.000', value: '400000', unit: 'KI-Beschleuniger' },
  ]],
  ['1 Billion Euro und 2 Milliarden', [{ text: '1 Billion Euro', value: '1000000000000' }, { text: '2 Milliarden', value: '2000000000' }]],
  ['bis zu 5 Prozent, mindestens 12, zwischen 30 und 40', [
    { text: '5 Prozent', bound: 'max', kind: 'percent' },
    { text: '12', bound: 'min' },
    { text: '30 und 40', kind: 'range' },
  ]],
];

const french: Row[] = [
  ["Il faut 1,5 milliard d'euros et 20 %.", [
    { text: "1,5 milliard d'euros", value: '1500000000', currency: 'EUR' },
    { text: '20 %', kind: 'percent', value: '20' },
  ]],
  ['environ 400 000 accélérateurs avancés', [{ text: '400 000', approximate: true, unit: 'accélérateurs' }]],
  ['plus de 1 million de personnes', [{ text: '1 million', bound: 'min', unit: 'personnes', value: '1000000' }]],
  ['1 000,5 et 1 billion et 3 Mds €', [
    { text: '1 000,5', value: '1000.5', format: { digits: '1 000,5', group: ' ', decimal: ',' } },
    { text: '1 billion', value: '1000000000000' },
    { text: '3 Mds €', value: '3000000000', currency: 'EUR' },
  ]],
  ['entre 30 et 40 %', [{ text: '30 et 40 %', kind: 'range', unit: '%' }]],
];

describe.each([
  ['en', english],
  ['nl', dutch],
  ['de', german],
  ['fr', french],
] as Array<[Locale, Row[]]>)('extractQuantities in %s', (locale, rows) => {
  it.each(rows)('%s', (text, expected) => expectFigures(text, locale, expected));
});

describe('spaces and separators', () => {
  it('groups thousands with no-break and narrow no-break spaces in every locale', () => {
    for (const locale of ['en', 'nl', 'de', 'fr'] as const) {
      expect(read('400\u00a0000 and 1\u202f234\u202f567', locale).map((q) => q.value)).toEqual(['400000', '1234567']);
    }
  });

  it('reads a bracketed cell as a negative figure', () => {
    const [cell] = read('(2.0)', 'en');
    expect(cell).toMatchObject({ text: '(2.0)', start: 0, end: 5, value: '-2', format: { minus: '(' } });
    expect(read('see (2.0) and 3', 'en')[0]?.value).toBe('2');
  });

  it('defaults to English when no locale is given', () => {
    expect(extractQuantities('1,500')[0]?.value).toBe('1500');
  });
});

describe('numbers in words, dates and references from the sibling modules', () => {
  it('reads number words with the same suffixes as digits', () => {
    expectFigures('one hundred and twenty-five thousand chips, four million euros, ten times more', 'en', [
      { text: 'one hundred and twenty-five thousand', value: '125000', unit: 'chips', kind: 'count', format: { digits: 'one hundred and twenty-five thousand', words: true } },
      { text: 'four million euros', value: '4000000', currency: 'EUR', kind: 'amount' },
      { text: 'ten times', kind: 'multiplier', value: '10' },
    ]);
    expectFigures('vier miljard euro en tien procent', 'nl', [
      { text: 'vier miljard euro', value: '4000000000', currency: 'EUR' },
      { text: 'tien procent', value: '10', kind: 'percent' },
    ]);
  });

  it('leaves dates to the date reader and never reads references as figures', () => {
    const found = extractQuantities('On 11 February 2025, Regulation (EU) 2021/694 and Article 4(2) gave € 5 bn in Q4 2025.', { locale: 'en' });
    expect(found.map((quantity) => [quantity.text, quantity.kind])).toEqual([
      ['11 February 2025', 'date'],
      ['€ 5 bn', 'amount'],
      ['Q4 2025', 'period'],
    ]);
  });

  it('does not join digits across the object replacement character', () => {
    expect(extractQuantities('1\uFFFC000 and 2 \uFFFC 000').map((quantity) => quantity.text)).toEqual(['1', '000', '2', '000']);
  });
});

describe('bounds, ranges and notation', () => {
  it('takes the longest qualifier', () => {
    expect(extractQuantities('no more than 50 people')[0]?.bound).toBe('max');
    expect(extractQuantities('niet meer dan 5', { locale: 'nl' })[0]?.bound).toBe('max');
    expect(extractQuantities('no less than 20')[0]?.bound).toBe('min');
  });

  it('reads bounds written after the figure, unless they belong to the next one', () => {
    expect(extractQuantities('50 or more applicants')[0]?.bound).toBe('min');
    expect(extractQuantities('500 ou moins', { locale: 'fr' })[0]?.bound).toBe('max');
    expect(extractQuantities('200 or more than 190').map((quantity) => quantity.bound)).toEqual([undefined, 'min']);
  });

  it('joins opposite bounds into one range when they can be one', () => {
    expectFigures('greater than 100 and smaller than 300', 'en', [{ text: '100 and smaller than 300', kind: 'range', low: '100', high: '300' }]);
    expectFigures('at most 100 and at least 20 apples', 'en', [{ kind: 'range', low: '20', high: '100', text: '100 and at least 20' }]);
    expect(extractQuantities('More than 40 and less than 10').map((quantity) => quantity.kind)).toEqual(['number', 'number']);
  });

  it('keeps a percentage and an amount apart', () => {
    expect(extractQuantities('est monté de 15 % à 415,9 millions $', { locale: 'fr' }).map((quantity) => quantity.text)).toEqual(['15 %', '415,9 millions $']);
  });

  it('reads scale letters on both ends of a dash range, and "~" and "through"', () => {
    expectFigures('The range is 5k-20k, 20~100 and 20 through 100', 'en', [
      { text: '5k-20k', low: '5000', high: '20000' },
      { text: '20~100', low: '20', high: '100' },
      { text: '20 through 100', low: '20', high: '100' },
    ]);
  });

  it('reads scientific notation, leading decimal marks and minus words', () => {
    expectFigures('1.3e6 and -12e-1 and .08', 'en', [
      { text: '1.3e6', value: '1300000', precision: '100000' },
      { text: '-12e-1', value: '-1.2', precision: '0.1' },
      { text: '.08', value: '0.08', precision: '0.01' },
    ]);
    expectFigures('het antwoord is min 5 en ,5', 'nl', [{ text: 'min 5', value: '-5' }, { text: ',5', value: '0.5' }]);
  });

  it('reads combined scale and currency codes', () => {
    expectFigures('120 MEUR, 30 kEUR and 75 USD million', 'en', [
      { text: '120 MEUR', value: '120000000', currency: 'EUR' },
      { text: '30 kEUR', value: '30000', currency: 'EUR' },
      { text: '75 USD million', value: '75000000', currency: 'USD' },
    ]);
  });
});

describe('figures cut short by a date or reference', () => {
  it('reads nothing where a date starts right after a sign or a decimal mark', () => {
    expect(extractQuantities('Er zijn -11.5.2021 en ,11.5.2021', { locale: 'nl' }).map((quantity) => quantity.kind)).toEqual(['date', 'date']);
  });
});

describe('wrapped paragraphs', () => {
  it('reads the scale word and the noun across a line break, never digit groups', () => {
    expectFigures('een pool van 400.000\nAI-versnellers en € 20\nmiljard', 'nl', [
      { text: '400.000', unit: 'AI-versnellers' },
      { text: '€ 20\nmiljard', value: '20000000000' },
    ]);
    expect(extractQuantities('400\n000').map((quantity) => quantity.text)).toEqual(['400', '000']);
  });
});

describe('German ordinals', () => {
  it('reads "3." after an article as an ordinal, and a sentence end as a number', () => {
    expectFigures('die 3. Stufe und zum 2. Mal', 'de', [
      { text: '3.', kind: 'ordinal', value: '3' },
      { text: '2.', kind: 'ordinal', value: '2' },
    ]);
    expectFigures('Es waren 3. Dann kam mehr.', 'de', [{ text: '3', kind: 'number' }]);
  });
});

describe('more forms', () => {
  it('reads ranges written in words', () => {
    expectFigures('between two and three million people', 'en', [{ text: 'two and three million', kind: 'range', low: '2000000', high: '3000000', unit: 'people' }]);
  });

  it('groups thousands with apostrophes', () => {
    expectFigures("CHF 1'000'000", 'de', [{ text: "CHF 1'000'000", value: '1000000', currency: 'CHF', format: { digits: "1'000'000", group: "'" } }]);
  });
});

describe('scale multiplier', () => {
  it('is recorded when a scale word is written, and absent otherwise', () => {
    const [scaled, plain] = extractQuantities('100 k and 400 000');
    expect(scaled?.scale).toBe('1000');
    expect(plain).not.toHaveProperty('scale');
  });
});

describe('percentages with the other locale\'s decimal mark', () => {
  it('reads "86.0%" in Dutch as a decimal written the English way, not as a bad thousands group', () => {
    const [figure] = extractQuantities('een percentage van 86.0% van de kosten', { locale: 'nl' });
    expect(figure).toMatchObject({
      text: '86.0%',
      value: '86',
      precision: '0.1',
      kind: 'percent',
      format: { decimal: '.' },
      malformed: { kind: 'foreign-style', readings: ['86'] },
    });
    expect(figure?.format.group).toBeUndefined();
  });
});

describe('a lone zero before a group mark', () => {
  it('is never a bad thousands group', () => {
    expect(extractQuantities('np.arange(0,1001, 50)', { locale: 'en' }).filter((q) => q.malformed)).toEqual([]);
    const [money] = extractQuantities('costs € 0,1001 per unit', { locale: 'en' });
    expect(money?.malformed).toMatchObject({ kind: 'foreign-style', readings: ['0.1001'] });
  });
});
