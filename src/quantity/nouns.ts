/**
 * Unit nouns compared by lemma and synonym: "100,000 chips each" and "a pool of 400 000
 * accelerators" count the same things; "gigafactories" and "factories" do not.
 */
import type { Locale } from './types.js';

/**
 * Groups of nouns that count the same things in a brief. Each entry is a lemma (singular, lower
 * case, accents kept). Projects extend or replace these in a rule's `synonyms` option.
 */
export const DEFAULT_UNIT_SYNONYMS: readonly (readonly string[])[] = [
  ['chip', 'gpu', 'accelerator', 'ai chip', 'ai accelerator', 'processor', 'graphics card', 'versneller', 'beschleuniger', 'puce', 'accélérateur'],
  ['person', 'people', 'individual', 'resident', 'inhabitant', 'citizen', 'persoon', 'mens', 'inwoner', 'mensch', 'einwohner', 'personne', 'habitant'],
  ['job', 'position', 'post', 'baan', 'arbeidsplaats', 'arbeitsplatz', 'stelle', 'emploi', 'poste'],
  ['home', 'house', 'dwelling', 'housing unit', 'woning', 'huis', 'wohnung', 'logement'],
  ['pupil', 'student', 'learner', 'leerling', 'schüler', 'élève'],
  ['company', 'firm', 'business', 'enterprise', 'bedrijf', 'onderneming', 'unternehmen', 'firma', 'entreprise', 'société'],
];

/** Irregular plurals the suffix rules below would get wrong. */
const IRREGULAR: Readonly<Record<string, string>> = {
  people: 'people',
  children: 'child',
  men: 'man',
  women: 'woman',
  data: 'data',
  series: 'series',
  species: 'species',
  indices: 'index',
  analyses: 'analysis',
  crises: 'crisis',
  mensen: 'mens',
  kinderen: 'kind',
  menschen: 'mensch',
};

/**
 * The lemma of a unit noun: lower case, plural suffix removed. Crude on purpose: it only has to map
 * the singular and the plural of one noun to the same key, and never two different nouns to one.
 * A multi-word unit ("AI chips") keeps its words; only the last is reduced.
 */
export function unitLemma(noun: string, locale: Locale = 'en'): string {
  const key = `${locale}\u0000${noun}`;
  const known = LEMMAS.get(key);
  if (known !== undefined) return known;
  const lemma = lemmaOf(noun, locale);
  // The same few hundred nouns are compared again and again (every pair of statements, every lint in
  // the editor); a bounded memo, emptied when full, keeps a long-running server's memory flat.
  if (LEMMAS.size >= MAX_LEMMAS) LEMMAS.clear();
  LEMMAS.set(key, lemma);
  return lemma;
}

const LEMMAS = new Map<string, string>();
const MAX_LEMMAS = 20_000;

function lemmaOf(noun: string, locale: Locale): string {
  const words = noun.trim().split(/\s+/u);
  const last = words.pop() ?? '';
  // An acronym's plural ("GPUs", "SMEs") is its letters and an s, whatever the language.
  const lemma = /^\p{Lu}{2,}s$/u.test(last) ? last.slice(0, -1).toLowerCase() : singular(last.toLowerCase(), locale);
  return [...words.map((word) => word.toLowerCase()), lemma].join(' ');
}

function singular(word: string, locale: Locale): string {
  const irregular = IRREGULAR[word];
  if (irregular !== undefined) return irregular;
  if (word.length <= 3) return word;
  switch (locale) {
    case 'en':
      if (/[^aeiou]ies$/u.test(word)) return `${word.slice(0, -3)}y`;
      if (/(?:ss|x|ch|sh|z)es$/u.test(word)) return word.slice(0, -2);
      if (/[^su]s$/u.test(word)) return word.slice(0, -1);
      return word;
    case 'nl':
      // banen → baan is beyond suffix rules; the -en plural of a doubled vowel is undone where it is regular.
      if (/[^aeiou]en$/u.test(word) && word.length > 5) return word.slice(0, -2);
      if (/[^s]s$/u.test(word)) return word.slice(0, -1);
      return word;
    case 'de':
      if (/(?:ungen|heiten|keiten|schaften)$/u.test(word)) return word.slice(0, -2);
      // The dative plural ("von 500.000 Beschleunigern") drops its n.
      if (/[^aeiouäöü](?:er|el)n$/u.test(word)) return word.slice(0, -1);
      if (/[^s]s$/u.test(word)) return word.slice(0, -1);
      return word;
    case 'fr':
      if (/aux$/u.test(word)) return `${word.slice(0, -3)}al`;
      if (/[^sx][sx]$/u.test(word)) return word.slice(0, -1);
      return word;
  }
}

/**
 * Whether two unit nouns count the same things: equal lemmas, equal last-word lemmas when one is a
 * narrower form of the other ("AI chips" ~ "chips", "KI-Chips" ~ "Chips"), or lemmas in one synonym group.
 */
export function sameUnit(
  a: string,
  b: string,
  locale: Locale = 'en',
  synonyms: readonly (readonly string[])[] = DEFAULT_UNIT_SYNONYMS,
): boolean {
  const left = unitLemma(a, locale);
  const right = unitLemma(b, locale);
  if (left === right) return true;
  // "AI-versnellers", "KI-Chips": a hyphenated compound counts what its last part counts.
  const leftHead = left.split(/[\s-]/u).pop() ?? left;
  const rightHead = right.split(/[\s-]/u).pop() ?? right;
  if (leftHead === rightHead) return true;
  return synonymLemmas(synonyms, locale).some((lemmas) => (lemmas.has(left) || lemmas.has(leftHead)) && (lemmas.has(right) || lemmas.has(rightHead)));
}

/** Each synonym group's lemmas, per list and locale: read once, not at every comparison. */
const SYNONYM_LEMMAS = new WeakMap<readonly (readonly string[])[], Map<Locale, ReadonlyArray<ReadonlySet<string>>>>();

function synonymLemmas(synonyms: readonly (readonly string[])[], locale: Locale): ReadonlyArray<ReadonlySet<string>> {
  let perLocale = SYNONYM_LEMMAS.get(synonyms);
  if (!perLocale) SYNONYM_LEMMAS.set(synonyms, (perLocale = new Map()));
  let groups = perLocale.get(locale);
  if (!groups) perLocale.set(locale, (groups = synonyms.map((group) => new Set(group.map((entry) => unitLemma(entry, locale))))));
  return groups;
}
