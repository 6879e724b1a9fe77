/**
 * Words before a figure that change what it claims: "roughly" (approximate), "more than" (a lower
 * bound), "up to" (an upper bound). They are not part of the figure's span.
 */
import { isBlank, isDigit, isLetter, isWordChar, wordBefore } from './chars.js';
import type { Locale } from './types.js';

export interface Qualifier {
  approximate: boolean;
  bound?: 'min' | 'max';
  /** Where the qualifier starts (for "between … and …" and similar look-behinds). */
  start: number;
}

type Meaning = { approximate?: true; bound?: 'min' | 'max' };

const APPROXIMATE: Meaning = { approximate: true };
const MIN: Meaning = { bound: 'min' };
const MAX: Meaning = { bound: 'max' };

/** Signs that qualify in every language and may touch the digits ("~100", "≈ 100 k"). */
const SIGNS: ReadonlyArray<[string, Meaning]> = [
  ['>=', MIN],
  ['<=', MAX],
  ['> =', MIN],
  ['< =', MAX],
  ['~', APPROXIMATE],
  ['≈', APPROXIMATE],
  ['±', APPROXIMATE],
  ['≥', MIN],
  ['>', MIN],
  ['≤', MAX],
  ['<', MAX],
];

const PHRASES: Record<Locale, ReadonlyArray<[string, Meaning]>> = {
  en: [
    ['just under', { approximate: true, bound: 'max' }],
    ['just over', { approximate: true, bound: 'min' }],
    ['just below', { approximate: true, bound: 'max' }],
    ['just above', { approximate: true, bound: 'min' }],
    ['roughly', APPROXIMATE],
    ['about', APPROXIMATE],
    ['around', APPROXIMATE],
    ['approximately', APPROXIMATE],
    ['approx.', APPROXIMATE],
    ['some', APPROXIMATE],
    ['nearly', APPROXIMATE],
    ['almost', APPROXIMATE],
    ['circa', APPROXIMATE],
    ['ca.', APPROXIMATE],
    ['c.', APPROXIMATE],
    ['an estimated', APPROXIMATE],
    ['estimated', APPROXIMATE],
    ['close to', APPROXIMATE],
    ['in the region of', APPROXIMATE],
    ['on the order of', APPROXIMATE],
    ['of the order of', APPROXIMATE],
    ['more than', MIN],
    ['greater than', MIN],
    ['over', MIN],
    ['at least', MIN],
    ['upwards of', MIN],
    ['in excess of', MIN],
    ['no less than', MIN],
    ['not less than', MIN],
    ['a minimum of', MIN],
    ['above', MIN],
    ['exceeding', MIN],
    ['greater than or equal to', MIN],
    ['larger than or equal to', MIN],
    ['more than or equal to', MIN],
    ['at least or equal to', MIN],
    ['less than or equal to', MAX],
    ['smaller than or equal to', MAX],
    ['smaller or equal than', MAX],
    ['smaller or equal to', MAX],
    ['larger than', MIN],
    ['bigger than', MIN],
    ['higher than', MIN],
    ['exceeds', MIN],
    ['exceed', MIN],
    ['surpasses', MIN],
    ['surpass', MIN],
    ['smaller than', MAX],
    ['lower than', MAX],
    ['up to', MAX],
    ['less than', MAX],
    ['fewer than', MAX],
    ['at most', MAX],
    ['no more than', MAX],
    ['not more than', MAX],
    ['a maximum of', MAX],
    ['under', MAX],
    ['below', MAX],
  ],
  nl: [
    // subordinate clauses put the verb inside the comparison ("een getal dat groter is dan 100")
    ['groter is dan', MIN],
    ['meer is dan', MIN],
    ['kleiner is dan', MAX],
    ['minder is dan', MAX],
    ['ongeveer', APPROXIMATE],
    ['circa', APPROXIMATE],
    ['ca.', APPROXIMATE],
    ['bijna', APPROXIMATE],
    ["zo'n", APPROXIMATE],
    ['zo\u2019n', APPROXIMATE],
    ['rond de', APPROXIMATE],
    ['rond', APPROXIMATE],
    ['omstreeks', APPROXIMATE],
    ['ruwweg', APPROXIMATE],
    ['pakweg', APPROXIMATE],
    ['grofweg', APPROXIMATE],
    ['nagenoeg', APPROXIMATE],
    ['naar schatting', APPROXIMATE],
    ['ruim', MIN],
    ['meer dan', MIN],
    ['minstens', MIN],
    ['ten minste', MIN],
    ['tenminste', MIN],
    ['minimaal', MIN],
    ['boven de', MIN],
    ['groter dan of gelijk aan', MIN],
    ['meer dan of gelijk aan', MIN],
    ['kleiner dan of gelijk aan', MAX],
    ['minder dan of gelijk aan', MAX],
    ['groter dan', MIN],
    ['hoger dan', MIN],
    ['kleiner dan', MAX],
    ['lager dan', MAX],
    ['hoogstens', MAX],
    ['groter als', MIN],
    ['hoger als', MIN],
    ['op zijn minst', MIN],
    ['minstens of gelijk aan', MIN],
    ['kleiner als', MAX],
    ['niet meer als', MAX],
    ['niet kleiner als', MIN],
    ['niet groter als', MAX],
    ['kleiner of gelijk aan', MAX],
    ['groter of gelijk aan', MIN],
    ['op zijn meest', MAX],
    ['maximum', MAX],
    ['minimum', MIN],
    ['maximaal', MAX],
    ['tot wel', MAX],
    ['tot', MAX],
    ['hooguit', MAX],
    ['minder dan', MAX],
    ['ten hoogste', MAX],
    ['niet meer dan', MAX],
    ['onder de', MAX],
  ],
  de: [
    ['etwa', APPROXIMATE],
    ['rund', APPROXIMATE],
    ['ungefähr', APPROXIMATE],
    ['fast', APPROXIMATE],
    ['circa', APPROXIMATE],
    ['zirka', APPROXIMATE],
    ['ca.', APPROXIMATE],
    ['annähernd', APPROXIMATE],
    ['nahezu', APPROXIMATE],
    ['schätzungsweise', APPROXIMATE],
    ['knapp', { approximate: true, bound: 'max' }],
    ['gut', { approximate: true, bound: 'min' }],
    ['mehr als', MIN],
    ['mindestens', MIN],
    ['wenigstens', MIN],
    ['über', MIN],
    ['größer oder gleich', MIN],
    ['größer als', MIN],
    ['höher als', MIN],
    ['nicht weniger als', MIN],
    ['kleiner oder gleich', MAX],
    ['kleiner als', MAX],
    ['niedriger als', MAX],
    ['nicht mehr als', MAX],
    ['bis zu', MAX],
    ['höchstens', MAX],
    ['maximal', MAX],
    ['weniger als', MAX],
    ['unter', MAX],
  ],
  fr: [
    ['environ', APPROXIMATE],
    ['env.', APPROXIMATE],
    ['près de', APPROXIMATE],
    ['quelque', APPROXIMATE],
    ['approximativement', APPROXIMATE],
    ['autour de', APPROXIMATE],
    ['à peu près', APPROXIMATE],
    ['presque', APPROXIMATE],
    ['quasiment', APPROXIMATE],
    ["de l'ordre de", APPROXIMATE],
    ['de l\u2019ordre de', APPROXIMATE],
    ['aux alentours de', APPROXIMATE],
    ['ca.', APPROXIMATE],
    ['supérieur ou égal à', MIN],
    ['supérieure ou égale à', MIN],
    ['supérieurs ou égaux à', MIN],
    ['plus de ou égal à', MIN],
    ['au moins ou égal à', MIN],
    ['inférieur ou égal à', MAX],
    ['inférieure ou égale à', MAX],
    ['inférieurs ou égaux à', MAX],
    ['plus petits ou égaux à', MAX],
    ['plus petit ou égal à', MAX],
    ['supérieure à', MIN],
    ['supérieures à', MIN],
    ['supérieures ou égales à', MIN],
    ['inférieures ou égales à', MAX],
    ['inférieures à', MAX],
    ['au moins de', MIN],
    ['supérieurs à', MIN],
    ['plus grand que', MIN],
    ['au-dessus de', MIN],
    ['pas moins de', MIN],
    ['inférieure à', MAX],
    ['inférieurs à', MAX],
    ['plus petit que', MAX],
    ['en dessous de', MAX],
    ['pas plus de', MAX],
    ['plus de', MIN],
    ['au moins', MIN],
    ['au-delà de', MIN],
    ['supérieur à', MIN],
    ['au minimum', MIN],
    ["jusqu'à", MAX],
    ['jusqu\u2019à', MAX],
    ['moins de', MAX],
    ['au plus', MAX],
    ['au maximum', MAX],
    ['tout au plus', MAX],
    ['inférieur à', MAX],
  ],
};

/** Longest phrase first, so "no more than" wins over "more than". */
const PHRASES_LONGEST_FIRST: Record<Locale, ReadonlyArray<[string, Meaning]>> = {
  en: [...PHRASES.en].sort((a, b) => b[0].length - a[0].length),
  nl: [...PHRASES.nl].sort((a, b) => b[0].length - a[0].length),
  de: [...PHRASES.de].sort((a, b) => b[0].length - a[0].length),
  fr: [...PHRASES.fr].sort((a, b) => b[0].length - a[0].length),
};

/**
 * The same phrases grouped by their last character, each group longest first: a window can only end
 * with a phrase that ends with its last character, so most figures compare against a handful of
 * phrases instead of all of them (qualifierBefore runs for every figure and every fraction).
 */
const PHRASES_BY_LAST_CHARACTER: Record<Locale, ReadonlyMap<string, ReadonlyArray<[string, Meaning]>>> = {
  en: byLastCharacter(PHRASES_LONGEST_FIRST.en),
  nl: byLastCharacter(PHRASES_LONGEST_FIRST.nl),
  de: byLastCharacter(PHRASES_LONGEST_FIRST.de),
  fr: byLastCharacter(PHRASES_LONGEST_FIRST.fr),
};

function byLastCharacter(phrases: ReadonlyArray<[string, Meaning]>): Map<string, Array<[string, Meaning]>> {
  const groups = new Map<string, Array<[string, Meaning]>>();
  for (const entry of phrases) {
    const last = entry[0].slice(-1);
    const group = groups.get(last);
    if (group) group.push(entry);
    else groups.set(last, [entry]);
  }
  return groups;
}

/** Words that bound only when they do not join two figures ("van 10 tot 20" is not "tot 20"). */
const CONNECTORS = new Set(['tot', 'to', 'bis']);

const LOOK_BEHIND = 40;

function endsWithPhrase(window: string, phrase: string): boolean {
  if (!window.endsWith(phrase)) return false;
  return !isWordChar(window[window.length - phrase.length - 1]) || !isWordChar(phrase[0]);
}

/** The qualifier written just before `start` (blanks between allowed), if any. */
export function qualifierBefore(text: string, start: number, locale: Locale): Qualifier | null {
  let end = start;
  while (end > 0 && isBlank(text[end - 1]) && start - end < 3) end--;
  const windowStart = Math.max(0, end - LOOK_BEHIND);
  const raw = text.slice(windowStart, end).toLowerCase();
  // "$1,600 -> $1,280", "=> 5": the end of an arrow is no bound.
  for (const [sign, meaning] of SIGNS) {
    if (raw.endsWith(sign) && !/[<=>\-\u2013\u2014]/.test(raw[raw.length - sign.length - 1] ?? '')) return { approximate: meaning.approximate ?? false, ...boundOf(meaning), start: end - sign.length };
  }
  // Wrapped lines put a line break and an indent inside a phrase ("mehr\n    als zwei Jahre").
  const window = raw.replace(/\s+/g, ' ');
  for (const [phrase, meaning] of PHRASES_BY_LAST_CHARACTER[locale].get(window.slice(-1)) ?? []) {
    if (!endsWithPhrase(window, phrase)) continue;
    const phraseStart = phraseStartBefore(text, end, phrase);
    if (CONNECTORS.has(phrase) && followsFigure(text, phraseStart)) continue;
    return { approximate: meaning.approximate ?? false, ...boundOf(meaning), start: phraseStart };
  }
  return null;
}

/** Where `phrase`, which ends at `end`, starts in `text` when each of its spaces may stand for a run of blanks. */
function phraseStartBefore(text: string, end: number, phrase: string): number {
  let index = end;
  for (let char = phrase.length - 1; char >= 0; char--) {
    if (phrase[char] === ' ') {
      while (index > 0 && /\s/.test(text[index - 1] as string)) index--;
    } else {
      index--;
    }
  }
  return index;
}

function boundOf(meaning: Meaning): { bound?: 'min' | 'max' } {
  return meaning.bound ? { bound: meaning.bound } : {};
}

function followsFigure(text: string, pos: number): boolean {
  let index = pos;
  while (index > 0 && isBlank(text[index - 1])) index--;
  // "met 0,6 procentpunt tot 1%", "von 5 Euro bis 10 Euro": the figure before may end in its unit word.
  if (FIGURE_END_WORDS.has(wordBefore(text, index))) {
    while (index > 0 && isLetter(text[index - 1])) index--;
    while (index > 0 && isBlank(text[index - 1])) index--;
  }
  const previous = text[index - 1];
  return isDigit(previous) || previous === '%';
}

/** Percent, percentage-point and currency words that end a figure. */
const FIGURE_END_WORDS = new Set(
  'percent procent prozent pourcent pp procentpunt procentpunten prozentpunkt prozentpunkte prozentpunkten euro euros eur dollar dollars usd'.split(' '),
);

/** Bounds written after the figure: "50 or more", "200 of meer", "500 ou moins". */
const TRAILING_BOUNDS: Record<Locale, ReadonlyArray<[string, 'min' | 'max']>> = {
  en: [
    ['or more', 'min'], ['or greater', 'min'], ['or higher', 'min'], ['or above', 'min'], ['or over', 'min'],
    ['and above', 'min'], ['and over', 'min'], ['and more', 'min'], ['or less', 'max'], ['or fewer', 'max'],
    ['or lower', 'max'], ['or below', 'max'], ['and below', 'max'], ['and under', 'max'],
  ],
  nl: [['of meer', 'min'], ['of hoger', 'min'], ['en meer', 'min'], ['of minder', 'max'], ['of lager', 'max']],
  de: [['oder mehr', 'min'], ['und mehr', 'min'], ['oder darüber', 'min'], ['oder weniger', 'max'], ['oder darunter', 'max']],
  fr: [['ou plus', 'min'], ['et plus', 'min'], ['ou davantage', 'min'], ['ou moins', 'max']],
};

/** The bound a phrase right after the figure sets ("or more" → 'min'), if any. */
export function boundAfter(text: string, end: number, locale: Locale): 'min' | 'max' | undefined {
  if (!isBlank(text[end])) return undefined;
  const start = end + 1;
  for (const [phrase, bound] of TRAILING_BOUNDS[locale]) {
    const candidate = text.slice(start, start + phrase.length).toLowerCase();
    if (candidate !== phrase || isWordChar(text[start + phrase.length])) continue;
    // "200 or more than 190": the bound belongs to the figure after it.
    if (COMPARATIVE_LINKS.has(nextWord(text, start + phrase.length))) return undefined;
    return bound;
  }
  return undefined;
}

const COMPARATIVE_LINKS = new Set(['than', 'dan', 'als', 'que', 'de']);

function nextWord(text: string, pos: number): string {
  let start = pos;
  while (isBlank(text[start])) start++;
  let end = start;
  while (end - start < 8 && isWordChar(text[end])) end++;
  return text.slice(start, end).toLowerCase();
}
