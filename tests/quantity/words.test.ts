import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { matchNumberWords, type WordNumber } from '../../src/quantity/words.js';
import type { Locale } from '../../src/quantity/types.js';
import { cpuMs } from '../helpers/timing.js';

/**
 * A row: the text, the part of it the phrase must cover (from the start), and the reading.
 * `matched` makes the expected end visible in the table instead of a bare offset.
 */
type Row = [text: string, matched: string, value: string, kind: WordNumber['kind'], precision: string];

function expectRows(locale: Locale, rows: Row[]): void {
  it.each(rows)('%s', (text, matched, value, kind, precision) => {
    expect(text.startsWith(matched)).toBe(true);
    expect(matchNumberWords(text, 0, locale)).toEqual({ end: matched.length, value, kind, precision });
  });
}

function expectNoNumber(locale: Locale, cases: Array<[text: string, pos: number]>): void {
  it.each(cases)('%s at %i', (text, pos) => {
    expect(matchNumberWords(text, pos, locale)).toBeNull();
  });
}

describe('English', () => {
  describe('cardinals', () => {
    expectRows('en', [
      ['zero', 'zero', '0', 'cardinal', '1'],
      ['four member states', 'four', '4', 'cardinal', '1'],
      ['Four member states', 'Four', '4', 'cardinal', '1'],
      ['FOUR', 'FOUR', '4', 'cardinal', '1'],
      ['nineteen', 'nineteen', '19', 'cardinal', '1'],
      ['twenty countries', 'twenty', '20', 'cardinal', '1'],
      ['twenty-five countries', 'twenty-five', '25', 'cardinal', '1'],
      ['twenty five countries', 'twenty five', '25', 'cardinal', '1'],
      ['ninety-nine', 'ninety-nine', '99', 'cardinal', '1'],
      ['a hundred firms', 'a hundred', '100', 'cardinal', '100'],
      ['one hundred firms', 'one hundred', '100', 'cardinal', '100'],
      ['three hundred', 'three hundred', '300', 'cardinal', '100'],
      ['three hundred and five', 'three hundred and five', '305', 'cardinal', '1'],
      ['three hundred five', 'three hundred five', '305', 'cardinal', '1'],
      ['twelve hundred', 'twelve hundred', '1200', 'cardinal', '100'],
      ['a thousand jobs', 'a thousand', '1000', 'cardinal', '1000'],
      ['twenty-five thousand', 'twenty-five thousand', '25000', 'cardinal', '1000'],
      ['one hundred and twenty-five thousand people', 'one hundred and twenty-five thousand', '125000', 'cardinal', '1000'],
      ['three hundred thousand', 'three hundred thousand', '300000', 'cardinal', '100000'],
      ['four million', 'four million', '4000000', 'cardinal', '1000000'],
      ['a million', 'a million', '1000000', 'cardinal', '1000000'],
      ['two million three hundred thousand', 'two million three hundred thousand', '2300000', 'cardinal', '100000'],
      ['two billion', 'two billion', '2000000000', 'cardinal', '1000000000'],
      ['one trillion', 'one trillion', '1000000000000', 'cardinal', '1000000000000'],
      ['two thousand and five', 'two thousand and five', '2005', 'cardinal', '1'],
      ['two thousand twenty-five', 'two thousand twenty-five', '2025', 'cardinal', '1'],
      ['two thousand five hundred million', 'two thousand five hundred million', '2500000000', 'cardinal', '100000000'],
      ['a thousand million', 'a thousand million', '1000000000', 'cardinal', '1000000000'],
      ['a dozen eggs', 'a dozen', '12', 'cardinal', '1'],
      ['two dozen eggs', 'two dozen', '24', 'cardinal', '1'],
      ['one\nhundred', 'one\nhundred', '100', 'cardinal', '100'],
      ['two\u00A0million', 'two\u00A0million', '2000000', 'cardinal', '1000000'],
    ]);
  });

  describe('ordinals', () => {
    expectRows('en', [
      ['first pillar', 'first', '1', 'ordinal', '1'],
      ['third', 'third', '3', 'ordinal', '1'],
      ['twelfth', 'twelfth', '12', 'ordinal', '1'],
      ['twentieth', 'twentieth', '20', 'ordinal', '1'],
      ['twenty-first century', 'twenty-first', '21', 'ordinal', '1'],
      ['hundredth anniversary', 'hundredth', '100', 'ordinal', '1'],
      ['one hundred and first', 'one hundred and first', '101', 'ordinal', '1'],
      ['millionth visitor', 'millionth', '1000000', 'ordinal', '1'],
      ['one hundredth anniversary', 'one hundredth', '100', 'ordinal', '1'],
      ['second reading', 'second', '2', 'ordinal', '1'],
      ['second-largest', 'second', '2', 'ordinal', '1'],
      ['twenty-second', 'twenty-second', '22', 'ordinal', '1'],
      ['first one', 'first', '1', 'ordinal', '1'],
    ]);
  });

  describe('multipliers', () => {
    expectRows('en', [
      ['twice as many', 'twice', '2', 'multiplier', '1'],
      ['thrice', 'thrice', '3', 'multiplier', '1'],
      ['tenfold increase', 'tenfold', '10', 'multiplier', '1'],
      ['fourfold', 'fourfold', '4', 'multiplier', '1'],
      ['two-fold', 'two-fold', '2', 'multiplier', '1'],
      ['ten times more', 'ten times', '10', 'multiplier', '1'],
      ['twenty-five-fold', 'twenty-five-fold', '25', 'multiplier', '1'],
      ['a hundredfold', 'a hundredfold', '100', 'multiplier', '100'],
    ]);
  });

  describe('stops where the number stops', () => {
    expectRows('en', [
      ['five four', 'five', '5', 'cardinal', '1'],
      ['nineteen ninety', 'nineteen', '19', 'cardinal', '1'],
      ['twenty-five-year plan', 'twenty-five', '25', 'cardinal', '1'],
      ['ten, twenty', 'ten', '10', 'cardinal', '1'],
      ['two hundred and three hundred', 'two hundred', '200', 'cardinal', '100'],
      ['two thousand and three thousand', 'two thousand', '2000', 'cardinal', '1000'],
      ['one million and five hundred thousand', 'one million', '1000000', 'cardinal', '1000000'],
      ['two and three', 'two', '2', 'cardinal', '1'],
      ['a hundred-year flood', 'a hundred', '100', 'cardinal', '100'],
      ['one or two', 'one', '1', 'cardinal', '1'],
      ['second point', 'second', '2', 'ordinal', '1'],
      ['third round', 'third', '3', 'ordinal', '1'],
    ]);
    it('reads "one" after words other than "no", "any", …', () => {
      expect(matchNumberWords('only one.', 5, 'en')).toEqual({ end: 8, value: '1', kind: 'cardinal', precision: '1' });
      expect(matchNumberWords('One could argue', 0, 'en')).toMatchObject({ value: '1', kind: 'cardinal' });
    });
    it('reads an ordinal after an article when no "of" follows: "a third round"', () => {
      expect(matchNumberWords('a third round', 2, 'en')).toMatchObject({ end: 7, value: '3', kind: 'ordinal' });
      expect(matchNumberWords('the first two', 4, 'en')).toMatchObject({ end: 9, value: '1', kind: 'ordinal' });
    });
    it('reads "a hundred" after "of" when no fraction comes before it', () => {
      expect(matchNumberWords('a panel of a hundred experts', 11, 'en')).toMatchObject({ end: 20, value: '100' });
    });
    it('reads each end of "between one hundred and two hundred"', () => {
      const text = 'between one hundred and two hundred';
      expect(matchNumberWords(text, 8, 'en')).toMatchObject({ end: 19, value: '100' });
      expect(matchNumberWords(text, 24, 'en')).toMatchObject({ end: text.length, value: '200' });
    });
  });

  describe('is not a number', () => {
    expectNoNumber('en', [
      ['someone', 4],
      ['oneself', 0],
      ['ones', 0],
      ['tens of thousands', 0],
      ['hundreds of firms', 0],
      ['thousands', 0],
      ['often', 0],
      ['tenant', 0],
      ['none', 0],
      ['one of the', 0],
      ['One of the members', 0],
      ['no one', 3],
      ['no-one', 3],
      ['every one', 6],
      ['one-off', 0],
      ['one-sided', 0],
      ["one's", 0],
      ['one another', 0],
      ['a', 0],
      ['a few hundred', 0],
      ['a few hundred', 6],
      ['several thousand', 8],
      ['million', 0],
      ['may', 0],
      ['a second later', 2],
      ['per second', 4],
      ['the second of', 4],
      ['second', 0],
      ['seconds', 0],
      ['two thirds', 0],
      ['two-thirds', 0],
      ['one third', 0],
      ['three quarters', 0],
      ['one half', 0],
      ['two point five million', 0],
      ['one and a half million', 0],
      ['a hundred and a half', 0],
      ['at one point', 3],
      ['half a million', 5],
      ['a quarter of a million', 15],
      ['two-thirds of a billion', 14],
      ['zero point five', 0],
      ['two point five', 10],
      ['two thirds', 4],
      ['one third', 4],
      ['a third of the budget', 2],
      ['one second later', 4],
      ['a hundredth of a second', 0],
      ['one thousandth of the budget', 0],
      ['dozens', 0],
      ['dozen', 0],
      ['and', 0],
      ['times', 0],
      ['fold', 0],
      ['onefold', 0],
      ['x', 0],
      ['', 0],
      ['four', 4],
      ['four', -1],
    ]);
  });

  it('reads at a word start inside a sentence', () => {
    const text = 'The plan funds twenty-five new sites.';
    const pos = text.indexOf('twenty');
    expect(matchNumberWords(text, pos, 'en')).toEqual({ end: pos + 'twenty-five'.length, value: '25', kind: 'cardinal', precision: '1' });
  });

  it('refuses a position inside a word', () => {
    expect(matchNumberWords('someone', 4, 'en')).toBeNull();
    expect(matchNumberWords('xten', 1, 'en')).toBeNull();
  });
});

describe('Dutch', () => {
  describe('cardinals, ordinals, multipliers', () => {
    expectRows('nl', [
      ['nul', 'nul', '0', 'cardinal', '1'],
      ['één lidstaat', 'één', '1', 'cardinal', '1'],
      ['Eén', 'Eén', '1', 'cardinal', '1'],
      ['een miljoen', 'een miljoen', '1000000', 'cardinal', '1000000'],
      ['één miljoen', 'één miljoen', '1000000', 'cardinal', '1000000'],
      ['twee', 'twee', '2', 'cardinal', '1'],
      ['tien', 'tien', '10', 'cardinal', '1'],
      ['twintig', 'twintig', '20', 'cardinal', '1'],
      ['vijfentwintig', 'vijfentwintig', '25', 'cardinal', '1'],
      ['tweeëntwintig', 'tweeëntwintig', '22', 'cardinal', '1'],
      ['achtentachtig', 'achtentachtig', '88', 'cardinal', '1'],
      ['achttien', 'achttien', '18', 'cardinal', '1'],
      ['honderd', 'honderd', '100', 'cardinal', '100'],
      ['tweehonderd', 'tweehonderd', '200', 'cardinal', '100'],
      ['honderdeen', 'honderdeen', '101', 'cardinal', '1'],
      ['twaalfhonderd', 'twaalfhonderd', '1200', 'cardinal', '100'],
      ['duizend', 'duizend', '1000', 'cardinal', '1000'],
      ['honderdduizend', 'honderdduizend', '100000', 'cardinal', '100000'],
      ['tweeduizendvijfhonderd', 'tweeduizendvijfhonderd', '2500', 'cardinal', '100'],
      ['tweehonderdvijfentwintigduizend', 'tweehonderdvijfentwintigduizend', '225000', 'cardinal', '1000'],
      ['twee miljoen', 'twee miljoen', '2000000', 'cardinal', '1000000'],
      ['drie miljard', 'drie miljard', '3000000000', 'cardinal', '1000000000'],
      ['vier biljoen', 'vier biljoen', '4000000000000', 'cardinal', '1000000000000'],
      ['twee miljoen driehonderdduizend', 'twee miljoen driehonderdduizend', '2300000', 'cardinal', '100000'],
      ['eerste', 'eerste', '1', 'ordinal', '1'],
      ['tweede', 'tweede', '2', 'ordinal', '1'],
      ['derde', 'derde', '3', 'ordinal', '1'],
      ['vierde', 'vierde', '4', 'ordinal', '1'],
      ['tiende', 'tiende', '10', 'ordinal', '1'],
      ['twintigste', 'twintigste', '20', 'ordinal', '1'],
      ['eenentwintigste', 'eenentwintigste', '21', 'ordinal', '1'],
      ['honderdste', 'honderdste', '100', 'ordinal', '1'],
      ['tienvoudig', 'tienvoudig', '10', 'multiplier', '1'],
      ['tweevoudige', 'tweevoudige', '2', 'multiplier', '1'],
      ['twee keer zoveel', 'twee keer', '2', 'multiplier', '1'],
      ['tien maal', 'tien maal', '10', 'multiplier', '1'],
      ['driemaal', 'driemaal', '3', 'multiplier', '1'],
      ['vijf en twintig', 'vijf', '5', 'cardinal', '1'],
      ['twintig-plus', 'twintig', '20', 'cardinal', '1'],
    ]);
  });

  describe('is not a number', () => {
    expectNoNumber('nl', [
      ['een', 0],
      ['een keer', 0],
      ['een half miljoen', 0],
      ['vieren', 0],
      ['tiental', 0],
      ['tienduizenden', 0],
      ['honderden', 0],
      ['eenvoudig', 0],
      ['eenmaal', 0],
      ['eens', 0],
      ['achter', 0],
      ['tweedehands', 0],
      ['miljoen', 0],
      ['twee derde', 0],
      ['drie kwart', 0],
      ['twee komma vijf', 0],
      ['in acht nemen', 3],
      ['twee derde', 5],
      ['een derde van', 4],
      ['twee komma vijf', 11],
      ['en', 0],
      ['entwintig', 0],
    ]);
  });
});

describe('German', () => {
  describe('cardinals, ordinals, multipliers', () => {
    expectRows('de', [
      ['null', 'null', '0', 'cardinal', '1'],
      ['eins', 'eins', '1', 'cardinal', '1'],
      ['eine Million', 'eine Million', '1000000', 'cardinal', '1000000'],
      ['einer Milliarde', 'einer Milliarde', '1000000000', 'cardinal', '1000000000'],
      ['zwei', 'zwei', '2', 'cardinal', '1'],
      ['Zwölf', 'Zwölf', '12', 'cardinal', '1'],
      ['zwanzig', 'zwanzig', '20', 'cardinal', '1'],
      ['dreißig', 'dreißig', '30', 'cardinal', '1'],
      ['dreissig', 'dreissig', '30', 'cardinal', '1'],
      ['fünfundzwanzig', 'fünfundzwanzig', '25', 'cardinal', '1'],
      ['fuenfundzwanzig', 'fuenfundzwanzig', '25', 'cardinal', '1'],
      ['einundzwanzig', 'einundzwanzig', '21', 'cardinal', '1'],
      ['achtzehn', 'achtzehn', '18', 'cardinal', '1'],
      ['hundert', 'hundert', '100', 'cardinal', '100'],
      ['einhundert', 'einhundert', '100', 'cardinal', '100'],
      ['hunderteins', 'hunderteins', '101', 'cardinal', '1'],
      ['tausend', 'tausend', '1000', 'cardinal', '1000'],
      ['zweitausend', 'zweitausend', '2000', 'cardinal', '1000'],
      ['zweihundertfünfzigtausend', 'zweihundertfünfzigtausend', '250000', 'cardinal', '1000'],
      ['neunzehnhundert', 'neunzehnhundert', '1900', 'cardinal', '100'],
      ['zwei Millionen', 'zwei Millionen', '2000000', 'cardinal', '1000000'],
      ['drei Milliarden', 'drei Milliarden', '3000000000', 'cardinal', '1000000000'],
      ['zwei Billionen', 'zwei Billionen', '2000000000000', 'cardinal', '1000000000000'],
      ['zwei Millionen dreihunderttausend', 'zwei Millionen dreihunderttausend', '2300000', 'cardinal', '100000'],
      ['erste', 'erste', '1', 'ordinal', '1'],
      ['ersten', 'ersten', '1', 'ordinal', '1'],
      ['zweiter', 'zweiter', '2', 'ordinal', '1'],
      ['drittes', 'drittes', '3', 'ordinal', '1'],
      ['drittem', 'drittem', '3', 'ordinal', '1'],
      ['siebte', 'siebte', '7', 'ordinal', '1'],
      ['achte', 'achte', '8', 'ordinal', '1'],
      ['zehnte', 'zehnte', '10', 'ordinal', '1'],
      ['zwanzigsten', 'zwanzigsten', '20', 'ordinal', '1'],
      ['hundertste', 'hundertste', '100', 'ordinal', '1'],
      ['achten Tag', 'achten', '8', 'ordinal', '1'],
      ['zehnfach', 'zehnfach', '10', 'multiplier', '1'],
      ['zehnfache', 'zehnfache', '10', 'multiplier', '1'],
      ['zweimal', 'zweimal', '2', 'multiplier', '1'],
      ['zehn Mal', 'zehn Mal', '10', 'multiplier', '1'],
    ]);
  });

  describe('is not a number', () => {
    expectNoNumber('de', [
      ['ein', 0],
      ['eine halbe Million', 0],
      ['einfach', 0],
      ['einmal', 0],
      ['einstein', 0],
      ['vierteljahr', 0],
      ['hunderte', 0],
      ['tausende', 0],
      ['Achtung', 0],
      ['achtens', 0],
      ['Millionen', 0],
      ['zwei Drittel', 0],
      ['drei Viertel', 0],
      ['zwei Komma fünf', 0],
      ['Acht geben', 0],
      ['außer Acht', 6],
      ['zwei Komma fünf', 11],
      ['wir achten darauf', 4],
      ['zu achten', 3],
      ['und', 0],
      ['zweieinhalb', 0],
    ]);
  });
});

describe('French', () => {
  describe('cardinals, ordinals, multipliers', () => {
    expectRows('fr', [
      ['zéro', 'zéro', '0', 'cardinal', '1'],
      ['un million', 'un million', '1000000', 'cardinal', '1000000'],
      ['deux', 'deux', '2', 'cardinal', '1'],
      ['seize', 'seize', '16', 'cardinal', '1'],
      ['dix', 'dix', '10', 'cardinal', '1'],
      ['dix-sept', 'dix-sept', '17', 'cardinal', '1'],
      ['dix-neuf', 'dix-neuf', '19', 'cardinal', '1'],
      ['vingt', 'vingt', '20', 'cardinal', '1'],
      ['vingt et un', 'vingt et un', '21', 'cardinal', '1'],
      ['vingt-et-une', 'vingt-et-une', '21', 'cardinal', '1'],
      ['vingt-deux', 'vingt-deux', '22', 'cardinal', '1'],
      ['soixante', 'soixante', '60', 'cardinal', '1'],
      ['soixante-dix', 'soixante-dix', '70', 'cardinal', '1'],
      ['soixante et onze', 'soixante et onze', '71', 'cardinal', '1'],
      ['soixante-douze', 'soixante-douze', '72', 'cardinal', '1'],
      ['soixante-dix-sept', 'soixante-dix-sept', '77', 'cardinal', '1'],
      ['quatre-vingts', 'quatre-vingts', '80', 'cardinal', '1'],
      ['quatre-vingt-un', 'quatre-vingt-un', '81', 'cardinal', '1'],
      ['quatre-vingt-dix', 'quatre-vingt-dix', '90', 'cardinal', '1'],
      ['quatre-vingt-onze', 'quatre-vingt-onze', '91', 'cardinal', '1'],
      ['quatre-vingt-dix-neuf', 'quatre-vingt-dix-neuf', '99', 'cardinal', '1'],
      ['septante-cinq', 'septante-cinq', '75', 'cardinal', '1'],
      ['cent', 'cent', '100', 'cardinal', '100'],
      ['cent un', 'cent un', '101', 'cardinal', '1'],
      ['deux cents', 'deux cents', '200', 'cardinal', '100'],
      ['deux cent mille', 'deux cent mille', '200000', 'cardinal', '100000'],
      ['mille', 'mille', '1000', 'cardinal', '1000'],
      ['deux mille vingt-cinq', 'deux mille vingt-cinq', '2025', 'cardinal', '1'],
      ['trois cent soixante-cinq', 'trois cent soixante-cinq', '365', 'cardinal', '1'],
      ['deux millions', 'deux millions', '2000000', 'cardinal', '1000000'],
      ['trois milliards', 'trois milliards', '3000000000', 'cardinal', '1000000000'],
      ['deux billions', 'deux billions', '2000000000000', 'cardinal', '1000000000000'],
      ['mille milliards', 'mille milliards', '1000000000000', 'cardinal', '1000000000000'],
      ['premier', 'premier', '1', 'ordinal', '1'],
      ['neuf pays', 'neuf', '9', 'cardinal', '1'],
      ['vingt et un mille', 'vingt et un mille', '21000', 'cardinal', '1000'],
      ['première', 'première', '1', 'ordinal', '1'],
      ['deuxième', 'deuxième', '2', 'ordinal', '1'],
      ['troisième', 'troisième', '3', 'ordinal', '1'],
      ['cinquième', 'cinquième', '5', 'ordinal', '1'],
      ['neuvième', 'neuvième', '9', 'ordinal', '1'],
      ['dixième', 'dixième', '10', 'ordinal', '1'],
      ['dix-septième', 'dix-septième', '17', 'ordinal', '1'],
      ['vingt et unième', 'vingt et unième', '21', 'ordinal', '1'],
      ['centième', 'centième', '100', 'ordinal', '1'],
      ['deux fois plus', 'deux fois', '2', 'multiplier', '1'],
      ['dix fois', 'dix fois', '10', 'multiplier', '1'],
      ['décuple', 'décuple', '10', 'multiplier', '1'],
    ]);
    it('reads "vingt" before a conjunction "et"', () => {
      expect(matchNumberWords('entre vingt et trente', 6, 'fr')).toEqual({ end: 11, value: '20', kind: 'cardinal', precision: '1' });
    });
  });

  describe('is not a number', () => {
    expectNoNumber('fr', [
      ['un', 0],
      ['Premier ministre', 0],
      ['remis à neuf', 8],
      ['un dixième du budget', 3],
      ['deux virgule cinq', 13],
      ['deux millions et demi', 0],
      ['une fois', 0],
      ['un demi-million', 0],
      ['cinq pour cent', 10],
      ['pour mille', 5],
      ['cents', 0],
      ['vingts', 0],
      ['millions', 0],
      ['deux tiers', 0],
      ['trois dixièmes', 0],
      ['deux virgule cinq', 0],
      ['deux et demi', 0],
      ['centaine', 0],
      ['douzaine', 0],
      ['et', 0],
    ]);
  });
});

// ---------------------------------------------------------------------------------------------
// Property: every number below a billion, written out in English, reads back whole.

const ONES = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];

function belowHundred(n: number): string {
  if (n < 20) return ONES[n]!;
  const unit = n % 10;
  return unit === 0 ? TENS[Math.floor(n / 10)]! : `${TENS[Math.floor(n / 10)]}-${ONES[unit]}`;
}

function belowThousand(n: number, britishAnd: boolean): string {
  const hundreds = Math.floor(n / 100);
  const rest = n % 100;
  const parts = hundreds > 0 ? [`${ONES[hundreds]} hundred`] : [];
  if (rest > 0) parts.push(hundreds > 0 && britishAnd ? `and ${belowHundred(rest)}` : belowHundred(rest));
  return parts.join(' ');
}

function renderEnglish(n: number, britishAnd: boolean): string {
  if (n === 0) return 'zero';
  const groups: Array<[number, string]> = [
    [Math.floor(n / 1e6), ' million'],
    [Math.floor(n / 1e3) % 1000, ' thousand'],
    [n % 1000, ''],
  ];
  const written = groups.filter(([group]) => group > 0).map(([group, scale]) => belowThousand(group, britishAnd) + scale);
  // British English: "one million and five", "two thousand and twenty"
  const last = n % 1000;
  if (britishAnd && n >= 1000 && last > 0 && last < 100) written[written.length - 1] = `and ${belowHundred(last)}`;
  return written.join(' ');
}

/** The place of the last word written: its group's scale, times 100 when the group ends in "hundred". */
function expectedPrecision(n: number): string {
  if (n === 0) return '1';
  let scale = 1;
  let group = n % 1000;
  while (group === 0) {
    n = Math.floor(n / 1000);
    scale *= 1000;
    group = n % 1000;
  }
  return String(group % 100 === 0 ? scale * 100 : scale);
}

describe('property: English words read back', () => {
  it('reads every n below a billion, to the end of the words', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999 }), fc.boolean(), (n, britishAnd) => {
        const words = renderEnglish(n, britishAnd);
        const read = matchNumberWords(words, 0, 'en');
        expect(read).toEqual({ end: words.length, value: String(n), kind: 'cardinal', precision: expectedPrecision(n) });
      }),
      { numRuns: 2000 },
    );
  });

  it('reads the same number inside a sentence, capitalised or not', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 999_999_999 }), (n) => {
        const words = renderEnglish(n, true);
        const capitalised = words.charAt(0).toUpperCase() + words.slice(1);
        const text = `Budget: ${capitalised} euros.`;
        const read = matchNumberWords(text, 8, 'en');
        expect(read?.value).toBe(String(n));
        expect(read?.end).toBe(8 + words.length);
      }),
      { numRuns: 500 },
    );
  });
});

// Dutch, German and French below a million: compounds, "und"/"en" joints, "soixante-dix", "quatre-vingts".

const NL_ONES = ['', 'een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen', 'tien', 'elf', 'twaalf',
  'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const NL_TENS = ['', '', 'twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
const DE_ONES = ['', 'ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf',
  'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const DE_TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
const FR_ONES = ['', 'un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf', 'dix', 'onze', 'douze',
  'treize', 'quatorze', 'quinze', 'seize'];
const FR_TENS = ['', '', 'vingt', 'trente', 'quarante', 'cinquante', 'soixante'];

/** Dutch writes numbers below a million as one word: "tweeëntwintigduizenddriehonderdeen". */
function renderDutch(n: number): string {
  if (n === 0) return 'nul';
  if (n === 1) return 'één'; // a lone "een" is the article
  const below100 = (m: number): string => {
    if (m < 20) return NL_ONES[m]!;
    const unit = NL_ONES[m % 10]!;
    const tens = NL_TENS[Math.floor(m / 10)]!;
    return m % 10 === 0 ? tens : `${unit}${unit.endsWith('e') ? 'ën' : 'en'}${tens}`;
  };
  const below1000 = (m: number): string => {
    const h = Math.floor(m / 100);
    return (h === 0 ? '' : h === 1 ? 'honderd' : `${NL_ONES[h]}honderd`) + (m % 100 ? below100(m % 100) : '');
  };
  const thousands = Math.floor(n / 1000);
  return (thousands === 0 ? '' : thousands === 1 ? 'duizend' : `${below1000(thousands)}duizend`) + (n % 1000 ? below1000(n % 1000) : '');
}

/** German: "zweihunderteinundzwanzigtausendeins"; "eins" only at the very end. */
function renderGerman(n: number): string {
  if (n === 0) return 'null';
  const below100 = (m: number, last: boolean): string => {
    if (m === 1) return last ? 'eins' : 'ein';
    if (m < 20) return DE_ONES[m]!;
    const tens = DE_TENS[Math.floor(m / 10)]!;
    return m % 10 === 0 ? tens : `${DE_ONES[m % 10]}und${tens}`;
  };
  const below1000 = (m: number, last: boolean): string => {
    const h = Math.floor(m / 100);
    return (h ? `${DE_ONES[h]}hundert` : '') + (m % 100 ? below100(m % 100, last) : '');
  };
  const thousands = Math.floor(n / 1000);
  return (thousands ? `${below1000(thousands, false)}tausend` : '') + (n % 1000 ? below1000(n % 1000, true) : '');
}

/** French (traditional spelling): "deux cent quatre-vingt mille soixante et onze". */
function renderFrench(n: number): string {
  if (n === 0) return 'zéro';
  const below100 = (m: number, last: boolean): string => {
    if (m <= 16) return FR_ONES[m]!;
    if (m < 20) return `dix-${FR_ONES[m - 10]}`;
    if (m < 70) {
      const tens = FR_TENS[Math.floor(m / 10)]!;
      const unit = m % 10;
      return unit === 0 ? tens : unit === 1 ? `${tens} et un` : `${tens}-${FR_ONES[unit]}`;
    }
    if (m === 71) return 'soixante et onze';
    if (m < 80) return `soixante-${below100(m - 60, last)}`;
    if (m === 80) return last ? 'quatre-vingts' : 'quatre-vingt';
    return `quatre-vingt-${below100(m - 80, last)}`;
  };
  const below1000 = (m: number, last: boolean): string => {
    const h = Math.floor(m / 100);
    const rest = m % 100;
    const hundreds = h === 0 ? '' : h === 1 ? 'cent' : `${FR_ONES[h]} cent${rest === 0 && last ? 's' : ''}`;
    return [hundreds, rest ? below100(rest, last) : ''].filter(Boolean).join(' ');
  };
  const thousands = Math.floor(n / 1000);
  const head = thousands === 0 ? '' : thousands === 1 ? 'mille' : `${below1000(thousands, false)} mille`;
  return [head, n % 1000 ? below1000(n % 1000, true) : ''].filter(Boolean).join(' ');
}

describe('property: Dutch, German and French words read back', () => {
  const renderers: Array<[Locale, (n: number) => string]> = [['nl', renderDutch], ['de', renderGerman], ['fr', renderFrench]];
  it.each(renderers)('%s: every n below a million', (locale, render) => {
    // French "un" alone is the article, read only as part of a larger number
    const min = locale === 'fr' ? 2 : 0;
    fc.assert(
      fc.property(fc.integer({ min, max: 999_999 }), (n) => {
        const words = render(n);
        expect(matchNumberWords(words, 0, locale)).toEqual({ end: words.length, value: String(n), kind: 'cardinal', precision: expectedPrecision(n) });
      }),
      { numRuns: 2000 },
    );
  });

  it('spot-checks the renderers against hand-written spellings', () => {
    expect(renderDutch(22_301)).toBe('tweeëntwintigduizenddriehonderdeen');
    expect(renderGerman(221_001)).toBe('zweihunderteinundzwanzigtausendeins');
    expect(renderFrench(280_071)).toBe('deux cent quatre-vingt mille soixante et onze');
    expect(renderFrench(200)).toBe('deux cents');
  });
});

describe('performance', () => {
  it('rejects non-number words quickly and stays linear on long inputs', () => {
    const text = 'the quick brown fox jumps over the lazy dog '.repeat(20_000);
    let found = 0;
    const elapsed = cpuMs(() => {
      for (let pos = 0; pos < text.length; pos++) {
        if (pos === 0 || text.charAt(pos - 1) === ' ') found += matchNumberWords(text, pos, 'nl') ? 1 : 0;
      }
    });
    expect(found).toBe(0);
    expect(elapsed).toBeLessThan(2000);
  });
});

describe('Unicode', () => {
  it('reads accents written as combining marks, ending after the marks', () => {
    const decomposed = 'e\u0301e\u0301n miljoen';
    expect(matchNumberWords(decomposed, 0, 'nl')).toEqual({ end: decomposed.length, value: '1000000', kind: 'cardinal', precision: '1000000' });
  });
});
