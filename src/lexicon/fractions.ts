/**
 * Shares written in words, by language: "half", "two thirds", "one in five", "een op de vier", "jede
 * zehnte", "un jeune sur trois". Each entry is a pattern fragment (compiled with Unicode-aware
 * boundaries, like the rest of the vocabulary) and the fraction it says. In "one in N" forms, a
 * capture group holds N as a word or digits.
 */
import type { Locale } from '../quantity/types.js';

export interface FractionWords {
  /** Fixed fractions: [pattern, numerator, denominator]. */
  readonly fixed: readonly (readonly [string, number, number])[];
  /** "one in N" forms: the pattern captures N. */
  readonly oneIn: readonly string[];
  /** "two in five" forms: the pattern captures the numerator, then the denominator (each a number word or digits). */
  readonly someIn: readonly string[];
  /** Number words for N (and ordinals in "jede zehnte"). */
  readonly numbers: Readonly<Record<string, number>>;
}

const EN_NUMBERS = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, twenty: 20 };

export const FRACTION_WORDS: Record<Locale, FractionWords> = {
  en: {
    fixed: [
      ['two[- ]thirds', 2, 3],
      ['three[- ]quarters', 3, 4],
      ['two[- ]fifths', 2, 5],
      ['three[- ]fifths', 3, 5],
      ['four[- ]fifths', 4, 5],
      ['(?:one|a|another)[- ]third', 1, 3],
      ['(?:one|a|another)[- ]quarter', 1, 4],
      ['(?:one|a|another)[- ]fifth', 1, 5],
      ['(?:one|a)[- ]sixth', 1, 6],
      ['(?:one|an)[- ]eighth', 1, 8],
      ['(?:one|a|another)[- ]tenth', 1, 10],
      ['(?:one|a)[- ]half', 1, 2],
      ['half', 1, 2],
    ],
    oneIn: ['one in (\\p{L}+|\\d+)', 'one out of (?:every )?(\\p{L}+|\\d+)'],
    someIn: ['(two|three|four|five|six|seven|eight|nine|[2-9]) (?:in|out of)(?: every)? (\\p{L}+|\\d{1,2})'],
    numbers: EN_NUMBERS,
  },
  nl: {
    fixed: [
      ['twee derde', 2, 3],
      ['drie kwart', 3, 4],
      ['twee vijfde', 2, 5],
      ['drie vijfde', 3, 5],
      ['vier vijfde', 4, 5],
      ['(?:nog )?(?:een|één) derde', 1, 3],
      ['(?:nog )?(?:een|één) kwart', 1, 4],
      ['(?:nog )?(?:een|één) vijfde', 1, 5],
      ['(?:een|één) zesde', 1, 6],
      ['(?:een|één) achtste', 1, 8],
      ['(?:nog )?(?:een|één) tiende', 1, 10],
      ['de helft', 1, 2],
      ['helft', 1, 2],
    ],
    oneIn: ['(?:een|één) op (?:de )?(\\p{L}+|\\d+)'],
    someIn: ['(twee|drie|vier|vijf|zes|zeven|acht|negen|[2-9]) op (?:de )?(\\p{L}+|\\d{1,2})'],
    numbers: { twee: 2, drie: 3, vier: 4, vijf: 5, zes: 6, zeven: 7, acht: 8, negen: 9, tien: 10, twintig: 20 },
  },
  de: {
    fixed: [
      ['zwei Dritteln?', 2, 3],
      ['drei Vierteln?', 3, 4],
      ['zwei Fünfteln?', 2, 5],
      ['drei Fünfteln?', 3, 5],
      ['vier Fünfteln?', 4, 5],
      ['(?:ein|einem|eines)(?: weitere[ns]?)? Drittel[ns]?', 1, 3],
      ['(?:ein|einem|eines)(?: weitere[ns]?)? Viertel[ns]?', 1, 4],
      ['(?:ein|einem|eines)(?: weitere[ns]?)? Fünftel[ns]?', 1, 5],
      ['(?:ein|einem|eines) Sechstel[ns]?', 1, 6],
      ['(?:ein|einem|eines) Achtel[ns]?', 1, 8],
      ['(?:ein|einem|eines)(?: weitere[ns]?)? Zehntel[ns]?', 1, 10],
      ['(?:die|der) Hälfte', 1, 2],
      ['Hälfte', 1, 2],
    ],
    oneIn: ['jede[rs]? (\\p{L}+te)', '(?:einer|eine|eines|ein) von (\\p{L}+|\\d+)'],
    someIn: ['(zwei|drei|vier|fünf|sechs|sieben|acht|neun|[2-9]) von (\\p{L}+|\\d{1,2})'],
    numbers: {
      zwei: 2, drei: 3, vier: 4, fünf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9, zehn: 10, zwanzig: 20,
      zweite: 2, dritte: 3, vierte: 4, fünfte: 5, sechste: 6, siebte: 7, achte: 8, neunte: 9, zehnte: 10, zwanzigste: 20,
    },
  },
  fr: {
    fixed: [
      ['(?:les )?deux tiers', 2, 3],
      ['(?:les )?trois quarts', 3, 4],
      ['(?:les )?deux cinquièmes', 2, 5],
      ['(?:les )?trois cinquièmes', 3, 5],
      ['(?:les )?quatre cinquièmes', 4, 5],
      ['un (?:autre )?tiers', 1, 3],
      ['un (?:autre )?quart', 1, 4],
      ['un (?:autre )?cinquième', 1, 5],
      ['un sixième', 1, 6],
      ['un huitième', 1, 8],
      ['un (?:autre )?dixième', 1, 10],
      ['la moitié', 1, 2],
      ['moitié', 1, 2],
    ],
    oneIn: ['une? (?:[\\p{L}-]+ ){0,2}sur (\\p{L}+|\\d+)'],
    someIn: ['(deux|trois|quatre|cinq|six|sept|huit|neuf|[2-9]) (?:[\\p{L}-]+ ){0,2}sur (\\p{L}+|\\d{1,2})'],
    numbers: { deux: 2, trois: 3, quatre: 4, cinq: 5, six: 6, sept: 7, huit: 8, neuf: 9, dix: 10, vingt: 20 },
  },
};
