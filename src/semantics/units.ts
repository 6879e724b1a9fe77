/**
 * One notion of "the same unit": two figures measure the same thing when they share a currency (or
 * one is bare with the same scale word), and their counted nouns are one noun (lemma, plural,
 * accents, compounds "AI-chips" ~ "chips", the synonym list), and any measurement symbol after them
 * ("750 MB", "10 ETH") is the same.
 */
import type { Figure } from '../parse/types.js';
import { DEFAULT_UNIT_SYNONYMS, sameUnit as sameLemma } from '../quantity/nouns.js';
import type { Locale } from '../quantity/types.js';
import { measurable } from './figures.js';

export type Synonyms = readonly (readonly string[])[];

/** "chip"/"chips", "lidstaat"/"lidstaten", "Mitgliedstaat"/"Mitgliedstaaten", "Région"/"regions": one word. */
export function sameWord(left: string, right: string): boolean {
  const a = fold(left);
  const b = fold(right);
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  if (short.length >= 3 && long.startsWith(short) && long.length - short.length <= 2) return true;
  // A compound names what its last part names: "Gesamtschulen" ~ "Schulen", "windparken" ~ "parken".
  return short.length >= 5 && long.endsWith(short);
}

function fold(word: string): string {
  return word.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Two counted nouns count the same things: one word, one lemma, a compound's head, or synonyms. */
export function sameUnit(left: string, right: string, locale: Locale = 'en', synonyms: Synonyms = DEFAULT_UNIT_SYNONYMS): boolean {
  return sameWord(left, right) || sameLemma(left, right, locale, synonyms);
}

/**
 * Same currency and the same counted noun, or no noun on one side ("6 of the 27 Member States"): two
 * non-negative amounts or counts that can be compared or added. `sameNoun` decides when both have a noun.
 */
export function sameMeasure(a: Figure, b: Figure, sameNoun: (left: string, right: string) => boolean = sameWord): boolean {
  if (!measurable(a) || !measurable(b)) return false;
  if (a.currency !== b.currency) {
    // "€ 50 bn, of which 20 bn": a bare figure with the same scale word shares the other's currency.
    const bare = a.currency ? b : a;
    const money = a.currency ? a : b;
    if (bare.unit || bare.currency || !bare.scale || bare.scale !== money.scale) return false;
  }
  if (a.unit && b.unit && !sameNoun(a.unit, b.unit)) return false;
  // The reader keeps no unit for symbols ("2 GB, of which 750 MB"): a figure followed by one is
  // compared only with a figure followed by the same symbol.
  const aSymbol = unitSymbolAfter(a);
  const bSymbol = unitSymbolAfter(b);
  if (aSymbol || bSymbol) {
    // "2,600 MW" and "1,200 megawatts": a symbol and the word it abbreviates are one unit.
    const aUnit = aSymbol ?? symbolNamed(a.unit);
    const bUnit = bSymbol ?? symbolNamed(b.unit);
    if (!(aUnit && bUnit && (aUnit === bUnit || sameWord(aUnit, bUnit)))) return false;
  }
  return true;
}

/** Unit words and the symbol each is written as. */
const SYMBOL_OF_WORD: ReadonlyArray<[RegExp, string]> = [
  [/^megawatt/iu, 'MW'],
  [/^gigawatt/iu, 'GW'],
  [/^kilowatt/iu, 'kW'],
  [/^(?:kilomet(?:re|er)|kilomètre)/iu, 'km'],
  [/^hect(?:are|aren?)/iu, 'ha'],
  [/^(?:tonne|tonnen?|ton)s?$/iu, 't'],
];

function symbolNamed(unit: string | undefined): string | undefined {
  if (!unit) return undefined;
  return SYMBOL_OF_WORD.find(([word]) => word.test(unit))?.[1];
}

/** Measurement symbols and words the reader does not take as a counted noun. */
const SYMBOL = /^(?:[kMGTPmµn]?(?:B|b|W|Wh|Hz|J|g|m|l|L|s|t|bit|bits|byte|bytes|eV|gas)|km2|m2|m3|ha|mph|kph|min|h|hrs?|sec|yr|yrs|tonnes?|tons?|bps|gwei|wei|[A-Z]{2,5})$/u;

/**
 * The symbol right after a figure's digits ("750 MB", "10 ETH", "3 km"), if any. Money has its
 * currency for a unit: the capitals after "€ 50 bn EU tranche" name the fund.
 */
export function unitSymbolAfter(figure: Figure): string | undefined {
  if (figure.currency) return undefined;
  const match = /^[\s\u00A0\u202F]?([\p{L}µ°][\p{L}\d]*)/u.exec(figure.block.text.slice(figure.end, figure.end + 12));
  const word = match?.[1];
  return word && SYMBOL.test(word) ? word : undefined;
}
