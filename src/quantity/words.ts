/**
 * Numbers written in words: "twenty-five thousand", "honderdduizend", "fünfundzwanzig", "quatre-vingt-dix".
 *
 * A phrase is read word by word. Each word becomes a few tokens (English and French words are one
 * token each; Dutch and German words are compounds split into known pieces, "tweehonderdvijftig" →
 * twee + honderd + vijftig). The tokens drive one small grammar shared by all four languages; the
 * longest prefix of words that forms a complete number is the match. Values are bigints, never floats.
 *
 * Precision is the value of one unit of the last word written, in its place: "four" → 1,
 * "a hundred" → 100, "twenty-five thousand" → 1000, "three hundred thousand" → 100000.
 * Below a hundred every word counts as exact ("twenty" → 1, like the digits "20"): briefs write
 * "twenty countries" for a count, whereas "hundred", "thousand", … mark a rounded place.
 * Ordinals ("hundredth") and dozens ("two dozen" → 24) are exact: precision 1.
 */
import type { Locale } from './types.js';

export interface WordNumber {
  /** Offset after the last character of the phrase (exclusive). */
  end: number;
  /** Exact decimal string, e.g. "125000". */
  value: string;
  kind: 'cardinal' | 'ordinal' | 'multiplier';
  /** Value of one unit of the smallest word written ("four million" → "1000000"). */
  precision: string;
}

// ---------------------------------------------------------------------------------------------
// Tokens

type Token =
  | { type: 'zero' }
  | { type: 'digit'; value: number; ordinal?: boolean } // 1–9
  | { type: 'teen'; value: number; ordinal?: boolean } // 10–19
  | { type: 'tens'; value: number; ordinal?: boolean; plural?: boolean } // 20–90
  | { type: 'article' } // "a", "een", "eine", "un": 1, but only before hundred/scale/dozen
  | { type: 'and' } // "and", "et", and the compound joints "en", "ën", "und"
  | { type: 'hundred'; needsQuantifier: boolean; ordinal?: boolean; plural?: boolean }
  | { type: 'scale'; value: bigint; needsQuantifier: boolean; ordinal?: boolean; plural?: boolean }
  | { type: 'dozen' }
  | { type: 'times' } // "times", "keer", "Mal", "fois", and the suffixes "fold", "voudig", "fach"
  | { type: 'fixedMultiplier'; value: bigint }; // "twice", "thrice", "décuple"

const digit = (value: number, ordinal = false): Token => ({ type: 'digit', value, ordinal });
const teen = (value: number, ordinal = false): Token => ({ type: 'teen', value, ordinal });
const tens = (value: number, ordinal = false): Token => ({ type: 'tens', value, ordinal });

// ---------------------------------------------------------------------------------------------
// Lexicons

interface TrieNode {
  next: Map<string, TrieNode>;
  token?: Token;
}

interface ContextRules {
  /** Words that, right after a cardinal, make it the numerator of a fraction ("two thirds"). */
  fractionWords: Set<string>;
  /** Word sequences that continue a cardinal as a decimal or fraction ("two point five", "one and a half"). */
  decimalContinuations: string[][];
  /** A one-word phrase is not a number when the word before it is one of these ("no one", "pour cent"). */
  blockedAfter: Map<string, Set<string>>;
  /** A one-word phrase is not a number when the word after it is one of these ("one of", "in acht nemen"). */
  blockedBefore: Map<string, Set<string>>;
  /** One-word phrases that are not numbers when a hyphen follows ("one-off", "one-sided"). */
  blockedBeforeHyphen: Set<string>;
  /** A phrase starting with an article is not a number after these words ("half a million"). */
  articleBlockedAfter: Set<string>;
  /** "of": after a fraction word it makes a denominator ("a quarter of a million", "a third of the budget"). */
  ofWords: Set<string>;
  /** The spoken decimal mark: the words after it are decimals ("two point five"). */
  decimalMarks: Set<string>;
  /** Ordinals that are read only when a noun-like word follows ("second" is also a unit of time). */
  ordinalNeedsNoun: Set<string>;
  /** Words after which such an ordinal is not an ordinal ("a second later", "the second of"). */
  notNouns: Set<string>;
}

interface Lexicon {
  /** Whole words, looked up first. */
  words: Map<string, Token>;
  /** Pieces of compound words ("vijf", "en", "twintig"), tried when a word is not in `words`. */
  pieces: TrieNode;
  /** Lower-cased first characters of every word and piece, for O(1) rejection. */
  firstChars: Set<string>;
  /** English and French join number words with hyphens ("twenty-five", "dix-sept"). */
  hyphenJoinsWords: boolean;
  /** Dutch and German join units and tens inside one word ("vijfentwintig", "fünfundzwanzig"). */
  compoundAnd: boolean;
  /** French: "vingt et un", "quatre-vingts", "soixante-dix". */
  frenchTens: boolean;
  context: ContextRules;
}

type Entries = ReadonlyArray<readonly [string, Token]>;

interface LexiconSpec {
  words: Entries;
  pieces: Entries;
  hyphenJoinsWords: boolean;
  compoundAnd: boolean;
  frenchTens: boolean;
  context: ContextRules;
}

function buildTrie(entries: Entries): TrieNode {
  const root: TrieNode = { next: new Map() };
  for (const [text, token] of entries) {
    let node = root;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charAt(i); // UTF-16 units, as `decompose` walks them
      let child = node.next.get(unit);
      if (!child) {
        child = { next: new Map() };
        node.next.set(unit, child);
      }
      node = child;
    }
    node.token = token;
  }
  return root;
}

function buildLexicon(spec: LexiconSpec): Lexicon {
  const words = new Map<string, Token>(spec.words);
  const firstChars = new Set<string>();
  for (const [text] of [...spec.words, ...spec.pieces]) firstChars.add(text.charAt(0));
  return {
    words,
    pieces: buildTrie(spec.pieces),
    firstChars,
    hyphenJoinsWords: spec.hyphenJoinsWords,
    compoundAnd: spec.compoundAnd,
    frenchTens: spec.frenchTens,
    context: spec.context,
  };
}

/** A German spelling without umlaut or ß ("fuenf", "zwoelf", "dreissig"), as typed on some keyboards. */
function asciiGerman(text: string): string {
  return text.replace(/ü/g, 'ue').replace(/ö/g, 'oe').replace(/ß/g, 'ss');
}

function withAsciiSpellings(entries: Entries): Entries {
  const ascii = entries.filter(([text]) => asciiGerman(text) !== text).map(([text, token]) => [asciiGerman(text), token] as const);
  return [...entries, ...ascii];
}

function entriesOf(names: readonly string[], first: number, step: number, make: (v: number) => Token): Entries {
  return names.map((name, i) => [name, make(first + i * step)] as const);
}

const set = (...words: string[]): Set<string> => new Set(words);

// ---- English

const EN_DIGITS = ['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine'];
const EN_DIGIT_ORDINALS = ['first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth'];
const EN_TEENS = ['ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const EN_TEEN_ORDINALS = ['tenth', 'eleventh', 'twelfth', ...EN_TEENS.slice(3).map((w) => `${w}th`)];
const EN_TENS = ['twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const EN_TENS_ORDINALS = EN_TENS.map((w) => `${w.slice(0, -1)}ieth`);
const EN_SCALES: ReadonlyArray<readonly [string, bigint]> = [
  ['thousand', 10n ** 3n],
  ['million', 10n ** 6n],
  ['billion', 10n ** 9n],
  ['trillion', 10n ** 12n],
];

const EN_NUMBER_PIECES: Entries = [
  ...entriesOf(EN_DIGITS, 1, 1, (v) => digit(v)),
  ...entriesOf(EN_DIGIT_ORDINALS, 1, 1, (v) => digit(v, true)),
  ...entriesOf(EN_TEENS, 10, 1, (v) => teen(v)),
  ...entriesOf(EN_TEEN_ORDINALS, 10, 1, (v) => teen(v, true)),
  ...entriesOf(EN_TENS, 20, 10, (v) => tens(v)),
  ...entriesOf(EN_TENS_ORDINALS, 20, 10, (v) => tens(v, true)),
  ['hundred', { type: 'hundred', needsQuantifier: true }],
  ['hundredth', { type: 'hundred', needsQuantifier: true, ordinal: true }],
  ...EN_SCALES.map(([name, value]) => [name, { type: 'scale', value, needsQuantifier: true }] as const),
  ...EN_SCALES.map(([name, value]) => [`${name}th`, { type: 'scale', value, needsQuantifier: true, ordinal: true }] as const),
];

const EN: LexiconSpec = {
  words: [
    ...EN_NUMBER_PIECES,
    ['zero', { type: 'zero' }],
    ['a', { type: 'article' }],
    ['and', { type: 'and' }],
    ['dozen', { type: 'dozen' }],
    ['times', { type: 'times' }],
    ['fold', { type: 'times' }],
    ['twice', { type: 'fixedMultiplier', value: 2n }],
    ['thrice', { type: 'fixedMultiplier', value: 3n }],
  ],
  // "fourfold", "tenfold", "hundredfold"
  pieces: [...EN_NUMBER_PIECES, ['fold', { type: 'times' }]],
  hyphenJoinsWords: true,
  compoundAnd: false,
  frenchTens: false,
  context: {
    fractionWords: set(
      'half', 'halves', 'quarter', 'quarters',
      ...[...EN_DIGIT_ORDINALS.slice(2), ...EN_TEEN_ORDINALS, ...EN_TENS_ORDINALS, 'hundredth', 'thousandth', 'millionth']
        .flatMap((w) => [w, `${w}s`]),
    ),
    decimalContinuations: [
      ['point'],
      ['and', 'a', 'half'],
      ['and', 'one', 'half'],
      ['and', 'a', 'quarter'],
      ['and', 'a', 'third'],
      ['and', 'three', 'quarters'],
    ],
    blockedAfter: new Map([
      ['one', set('no', 'any', 'every', 'each', 'some', 'the', 'this', 'that', 'which', 'little', 'loved', 'another')],
    ]),
    blockedBefore: new Map([['one', set('of', 'another', 'anothers')]]),
    blockedBeforeHyphen: set('one'),
    articleBlockedAfter: set('half'),
    ofWords: set('of'),
    decimalMarks: set('point'),
    ordinalNeedsNoun: set('second'),
    notNouns: set(
      'of', 'and', 'or', 'to', 'in', 'on', 'at', 'by', 'for', 'from', 'with', 'later', 'ago', 'after', 'before',
      'per', 'than', 'the', 'a', 'an', 'is', 'are', 'was', 'were', 'be', 'that', 'this', 'it', 'its', 'hand',
    ),
  },
};

// ---- Dutch

const NL_DIGITS = ['een', 'twee', 'drie', 'vier', 'vijf', 'zes', 'zeven', 'acht', 'negen'];
const NL_DIGIT_ORDINALS = ['eerste', 'tweede', 'derde', 'vierde', 'vijfde', 'zesde', 'zevende', 'achtste', 'negende'];
const NL_TEENS = ['tien', 'elf', 'twaalf', 'dertien', 'veertien', 'vijftien', 'zestien', 'zeventien', 'achttien', 'negentien'];
const NL_TENS = ['twintig', 'dertig', 'veertig', 'vijftig', 'zestig', 'zeventig', 'tachtig', 'negentig'];
const NL_SCALES: ReadonlyArray<readonly [string, bigint]> = [
  ['miljoen', 10n ** 6n],
  ['miljard', 10n ** 9n],
  ['biljoen', 10n ** 12n], // the long scale: a Dutch "biljoen" is 10^12
];

const NL_PIECES: Entries = [
  ...entriesOf(NL_DIGITS, 1, 1, (v) => digit(v)),
  ['één', digit(1)],
  ['eén', digit(1)],
  ...entriesOf(NL_DIGIT_ORDINALS, 1, 1, (v) => digit(v, true)),
  ...entriesOf(NL_TEENS, 10, 1, (v) => teen(v)),
  ...entriesOf(NL_TEENS.map((w) => `${w}de`), 10, 1, (v) => teen(v, true)),
  ...entriesOf(NL_TENS, 20, 10, (v) => tens(v)),
  ...entriesOf(NL_TENS.map((w) => `${w}ste`), 20, 10, (v) => tens(v, true)),
  ['en', { type: 'and' }],
  ['ën', { type: 'and' }], // "tweeëntwintig"
  ['honderd', { type: 'hundred', needsQuantifier: false }],
  ['honderdste', { type: 'hundred', needsQuantifier: false, ordinal: true }],
  ['duizend', { type: 'scale', value: 1000n, needsQuantifier: false }],
  ['duizendste', { type: 'scale', value: 1000n, needsQuantifier: false, ordinal: true }],
  ['maal', { type: 'times' }],
  ['voud', { type: 'times' }],
  ['voudig', { type: 'times' }],
  ['voudige', { type: 'times' }],
];

const NL: LexiconSpec = {
  words: [
    ...NL_PIECES.filter(([, token]) => token.type !== 'and'),
    ['een', { type: 'article' }], // alone, "een" is the article "a": a number only in "een miljoen"
    ['nul', { type: 'zero' }],
    ['keer', { type: 'times' }],
    ...NL_SCALES.map(([name, value]) => [name, { type: 'scale', value, needsQuantifier: true }] as const),
    ...NL_SCALES.map(([name, value]) => [`${name}ste`, { type: 'scale', value, needsQuantifier: true, ordinal: true }] as const),
  ],
  pieces: NL_PIECES,
  hyphenJoinsWords: false,
  compoundAnd: true,
  frenchTens: false,
  context: {
    fractionWords: set(
      'half', 'halve', 'kwart', 'kwarten',
      ...NL_DIGIT_ORDINALS.slice(2), ...NL_TEENS.map((w) => `${w}de`), ...NL_TENS.map((w) => `${w}ste`), 'honderdste', 'duizendste',
    ),
    decimalContinuations: [['komma'], ['en', 'een', 'half'], ['en', 'een', 'kwart'], ['en', 'half']],
    blockedAfter: new Map(),
    // "in acht nemen" (to take into account), "acht slaan op" (to heed)
    blockedBefore: new Map([['acht', set('nemen', 'genomen', 'neemt', 'nam', 'namen', 'slaan', 'sloeg', 'geslagen', 'slaat')]]),
    blockedBeforeHyphen: set(),
    articleBlockedAfter: set(),
    ofWords: set('van'),
    decimalMarks: set('komma'),
    ordinalNeedsNoun: set(),
    notNouns: set(),
  },
};

// ---- German

const DE_DIGITS = ['ein', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun'];
const DE_DIGIT_ORDINAL_STEMS = ['erst', 'zweit', 'dritt', 'viert', 'fünft', 'sechst', 'siebt', 'acht', 'neunt'];
const DE_TEENS = ['zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const DE_TENS = ['zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
const DE_ORDINAL_ENDINGS = ['e', 'en', 'er', 'es', 'em'];
const DE_SCALES: ReadonlyArray<readonly [string, string, bigint]> = [
  ['million', 'millionen', 10n ** 6n],
  ['milliarde', 'milliarden', 10n ** 9n],
  ['billion', 'billionen', 10n ** 12n], // the long scale: a German "Billion" is 10^12
];

/** "dritt" → "dritte", "dritten", "dritter", "drittes", "drittem". */
function germanOrdinals(stems: readonly string[], first: number, step: number, make: (v: number) => Token): Entries {
  return stems.flatMap((stem, i) => DE_ORDINAL_ENDINGS.map((ending) => [`${stem}${ending}`, make(first + i * step)] as const));
}

const DE_PIECES: Entries = withAsciiSpellings([
  ...entriesOf(DE_DIGITS, 1, 1, (v) => digit(v)),
  ['eins', digit(1)],
  ['zwo', digit(2)],
  ...germanOrdinals(DE_DIGIT_ORDINAL_STEMS, 1, 1, (v) => digit(v, true)),
  ...germanOrdinals(['siebent'], 7, 0, (v) => digit(v, true)),
  ...entriesOf(DE_TEENS, 10, 1, (v) => teen(v)),
  ...germanOrdinals(DE_TEENS.map((w) => `${w}t`), 10, 1, (v) => teen(v, true)),
  ...entriesOf(DE_TENS, 20, 10, (v) => tens(v)),
  ...germanOrdinals(DE_TENS.map((w) => `${w}st`), 20, 10, (v) => tens(v, true)),
  ['und', { type: 'and' }],
  ['hundert', { type: 'hundred', needsQuantifier: false }],
  ...germanOrdinals(['hundertst'], 100, 0, () => ({ type: 'hundred', needsQuantifier: false, ordinal: true })),
  ['tausend', { type: 'scale', value: 1000n, needsQuantifier: false }],
  ...germanOrdinals(['tausendst'], 1000, 0, () => ({ type: 'scale', value: 1000n, needsQuantifier: false, ordinal: true })),
  ['mal', { type: 'times' }],
  ...['fach', 'fache', 'fachen', 'facher', 'faches', 'fachem'].map((w) => [w, { type: 'times' }] as const),
]);

const DE: LexiconSpec = {
  words: [
    ...DE_PIECES.filter(([, token]) => token.type !== 'and'),
    // alone, these are the article "a": a number only in "eine Million"
    ...['ein', 'eine', 'einer', 'einen', 'einem', 'eines'].map((w) => [w, { type: 'article' }] as const),
    ['null', { type: 'zero' }],
    ...DE_SCALES.flatMap(([singular, plural, value]) => [
      [singular, { type: 'scale', value, needsQuantifier: true }] as const,
      [plural, { type: 'scale', value, needsQuantifier: true, plural: true }] as const,
    ]),
    ...DE_SCALES.flatMap(([singular, , value]) =>
      germanOrdinals([`${singular}st`], 0, 0, () => ({ type: 'scale', value, needsQuantifier: true, ordinal: true })),
    ),
  ],
  pieces: DE_PIECES,
  hyphenJoinsWords: false,
  compoundAnd: true,
  frenchTens: false,
  context: {
    fractionWords: set(
      ...['halb', 'halbe', 'halben', 'halber', 'halbes'],
      // "Drittel", "Viertel", "Zehntel", "Hundertstel"
      ...[...DE_DIGIT_ORDINAL_STEMS.slice(2), ...DE_TEENS.map((w) => `${w}t`), ...DE_TENS.map((w) => `${w}st`), 'hundertst', 'tausendst']
        .flatMap((stem) => [`${stem}el`, asciiGerman(`${stem}el`)]),
    ),
    decimalContinuations: [['komma'], ['und', 'ein', 'halb'], ['und', 'eine', 'halbe'], ['einhalb']],
    // "achten" is also the verb "to pay attention": "wir achten darauf", "zu achten"
    // "fürs Erste" (for now) is an idiom, not an ordinal
    blockedAfter: new Map([
      ['acht', set('außer', 'ausser')],
      ['achten', set('zu', 'wir', 'sie', 'ihr', 'man', 'und')],
      ['erste', set('fürs')],
    ]),
    // "Acht geben" (to pay attention), "in Acht nehmen", "außer Acht lassen"
    blockedBefore: new Map([
      ['acht', set('geben', 'gegeben', 'gibt', 'gab', 'lassen', 'gelassen', 'lässt', 'nehmen', 'genommen', 'nimmt')],
      ['achten', set('auf', 'darauf', 'sehr', 'streng', 'genau', 'sie', 'wir')],
    ]),
    blockedBeforeHyphen: set(),
    articleBlockedAfter: set(),
    ofWords: set(), // German fractions are their own words ("Drittel")
    decimalMarks: set('komma'),
    ordinalNeedsNoun: set(),
    notNouns: set(),
  },
};

// ---- French

const FR_DIGITS = ['un', 'deux', 'trois', 'quatre', 'cinq', 'six', 'sept', 'huit', 'neuf'];
const FR_TEENS = ['dix', 'onze', 'douze', 'treize', 'quatorze', 'quinze', 'seize'];
const FR_TENS: ReadonlyArray<readonly [string, number]> = [
  ['vingt', 20], ['trente', 30], ['quarante', 40], ['cinquante', 50], ['soixante', 60],
  ['septante', 70], ['huitante', 80], ['octante', 80], ['nonante', 90], // Belgian and Swiss
];
const FR_SCALES: ReadonlyArray<readonly [string, bigint]> = [
  ['million', 10n ** 6n],
  ['milliard', 10n ** 9n],
  ['billion', 10n ** 12n], // the long scale: a French "billion" is 10^12
];

/** "quatre" → "quatrième", "cinq" → "cinquième", "neuf" → "neuvième", "un" → "unième". */
function frenchOrdinal(cardinal: string): string {
  if (cardinal === 'cinq') return 'cinquième';
  if (cardinal === 'neuf') return 'neuvième';
  return `${cardinal.endsWith('e') ? cardinal.slice(0, -1) : cardinal}ième`;
}

const FR_ORDINALS: Entries = [
  ['premier', digit(1, true)], ['première', digit(1, true)], ['premiers', digit(1, true)], ['premières', digit(1, true)],
  ...entriesOf(FR_DIGITS.map(frenchOrdinal), 1, 1, (v) => digit(v, true)),
  ...entriesOf(FR_TEENS.map(frenchOrdinal), 10, 1, (v) => teen(v, true)),
  ...FR_TENS.map(([name, value]) => [frenchOrdinal(name), tens(value, true)] as const),
  ['centième', { type: 'hundred', needsQuantifier: false, ordinal: true }],
  ['millième', { type: 'scale', value: 1000n, needsQuantifier: false, ordinal: true }],
  ...FR_SCALES.map(([name, value]) => [frenchOrdinal(name), { type: 'scale', value, needsQuantifier: true, ordinal: true }] as const),
];

const FR_WORDS: Entries = [
  ...entriesOf(FR_DIGITS.slice(1), 2, 1, (v) => digit(v)),
  ['un', { type: 'article' }], // "un"/"une" are the article "a" except in "vingt et un" and "un million"
  ['une', { type: 'article' }],
  ...entriesOf(FR_TEENS, 10, 1, (v) => teen(v)),
  ...FR_TENS.map(([name, value]) => [name, tens(value)] as const),
  ['vingts', { type: 'tens', value: 20, plural: true }], // "quatre-vingts"
  ['zéro', { type: 'zero' }],
  ['et', { type: 'and' }],
  ['cent', { type: 'hundred', needsQuantifier: false }],
  ['cents', { type: 'hundred', needsQuantifier: false, plural: true }],
  ['mille', { type: 'scale', value: 1000n, needsQuantifier: false }],
  ...FR_SCALES.flatMap(([name, value]) => [
    [name, { type: 'scale', value, needsQuantifier: true }] as const,
    [`${name}s`, { type: 'scale', value, needsQuantifier: true, plural: true }] as const,
  ]),
  ['fois', { type: 'times' }],
  ['décuple', { type: 'fixedMultiplier', value: 10n }],
  ['centuple', { type: 'fixedMultiplier', value: 100n }],
  ...FR_ORDINALS,
];

const FR: LexiconSpec = {
  words: FR_WORDS,
  pieces: [], // French writes its compounds with spaces and hyphens
  hyphenJoinsWords: true,
  compoundAnd: false,
  frenchTens: true,
  context: {
    fractionWords: set(
      'demi', 'demie', 'demis', 'tiers', 'quart', 'quarts',
      ...FR_ORDINALS.filter(([text]) => !text.startsWith('premi')).map(([text]) => `${text}s`),
    ),
    decimalContinuations: [['virgule'], ['et', 'demi'], ['et', 'demie'], ['et', 'quart']],
    // "pour cent" (per cent), "pour mille" (per mille), "remis à neuf" (refurbished: "neuf" is also "new")
    blockedAfter: new Map([['cent', set('pour')], ['mille', set('pour')], ['neuf', set('à', 'tout', 'flambant')]]),
    // "Premier ministre" is the head of government, not a first minister
    blockedBefore: new Map([['premier', set('ministre')], ['première', set('ministre')]]),
    blockedBeforeHyphen: set(),
    articleBlockedAfter: set(),
    ofWords: set('de', 'du', 'des', 'd'),
    decimalMarks: set('virgule'),
    ordinalNeedsNoun: set(),
    notNouns: set(),
  },
};

const LEXICONS: Record<Locale, Lexicon> = {
  en: buildLexicon(EN),
  nl: buildLexicon(NL),
  de: buildLexicon(DE),
  fr: buildLexicon(FR),
};

// ---------------------------------------------------------------------------------------------
// Grammar: one state machine for all four languages

/** The part below a hundred of the group being written, and what may still join it. */
type Small =
  | { kind: 'empty' }
  | { kind: 'article' } // "a", "een", "eine", "un": waits for hundred/scale/dozen
  | { kind: 'unit'; value: number } // 1–9
  | { kind: 'teen'; value: number } // 10–19, closed
  | { kind: 'dix'; value: number } // French 10, 70, 90: "dix-sept", "soixante-dix-huit"
  | { kind: 'tens'; value: number } // 20–90: "twenty" may take "-five"
  | { kind: 'full'; value: number } // closed: "twenty-five", "vijfentwintig"
  | { kind: 'unitAnd'; value: number } // "vijfen…", "fünfund…": waits for the tens
  | { kind: 'tensAnd'; value: number }; // "vingt et …": waits for "un" or "onze"

type Kind = WordNumber['kind'];

interface State {
  /** Some number word has been read (a bare "duizend" is a number, a bare "thousand" is not). */
  written: boolean;
  /** Sum of the groups already closed by a scale word. */
  total: bigint;
  totalPrecision: bigint;
  /** The last scale word's value, 0 when none: scales must fall ("two million three thousand"). */
  lastScale: bigint;
  /** The multiplier written before "hundred" in the current group ("three hundred" → 3). */
  hundreds: bigint | null;
  small: Small;
  /** English "and" was read: a part below a hundred must follow. */
  pendingAnd: boolean;
  /** The group began with "and" after a scale ("two thousand and five"): no hundred or scale may follow. */
  belowHundredOnly: boolean;
  /** Set when nothing may follow: ordinals, multipliers, dozens, zero. */
  closed: { value: bigint; precision: bigint; kind: Kind } | null;
}

const EMPTY: Small = { kind: 'empty' };

const INITIAL: State = {
  written: false,
  total: 0n,
  totalPrecision: 0n,
  lastScale: 0n,
  hundreds: null,
  small: EMPTY,
  pendingAnd: false,
  belowHundredOnly: false,
  closed: null,
};

function smallValue(small: Small): number {
  if (small.kind === 'empty') return 0;
  if (small.kind === 'article') return 1;
  return small.value;
}

function groupWritten(state: State): boolean {
  return state.hundreds !== null || state.small.kind !== 'empty';
}

function groupValue(state: State): bigint {
  return (state.hundreds ?? 0n) * 100n + BigInt(smallValue(state.small));
}

/** Words below a hundred count as exact (precision 1); a group ending in "hundred" is rounded to 100. */
function groupPrecision(state: State): bigint {
  return state.small.kind !== 'empty' ? 1n : 100n;
}

function valueOf(state: State): bigint {
  return state.closed ? state.closed.value : state.total + groupValue(state);
}

function precisionOf(state: State): bigint {
  if (state.closed) return state.closed.precision;
  return groupWritten(state) ? groupPrecision(state) : state.totalPrecision;
}

function isComplete(state: State): boolean {
  if (state.closed) return true;
  if (!state.written || state.pendingAnd) return false;
  const kind = state.small.kind;
  return kind !== 'article' && kind !== 'unitAnd' && kind !== 'tensAnd';
}

function close(state: State, value: bigint, precision: bigint, kind: Kind): State {
  return { ...state, written: true, closed: { value, precision, kind } };
}

/** Joins a word below a hundred to the part below a hundred already written, or refuses. */
function joinBelowHundred(small: Small, token: { type: 'digit' | 'teen' | 'tens'; value: number }, lex: Lexicon): Small | null {
  const { type, value } = token;
  switch (small.kind) {
    case 'empty':
      if (type === 'digit') return { kind: 'unit', value };
      if (type === 'tens') return { kind: 'tens', value };
      return lex.frenchTens && value === 10 ? { kind: 'dix', value } : { kind: 'teen', value };
    case 'unit':
      // "quatre-vingt(s)" is 4 × 20
      return lex.frenchTens && small.value === 4 && type === 'tens' && value === 20 ? { kind: 'tens', value: 80 } : null;
    case 'tens':
      // Dutch and German put the unit first ("vijfentwintig"); English and French after ("twenty-five").
      if (type === 'digit') return lex.compoundAnd ? null : { kind: 'full', value: small.value + value };
      // "soixante-dix", "soixante-douze", "quatre-vingt-onze"
      if (type === 'teen' && lex.frenchTens && (small.value === 60 || small.value === 80)) {
        return value === 10 ? { kind: 'dix', value: small.value + 10 } : { kind: 'full', value: small.value + value };
      }
      return null;
    case 'dix':
      return type === 'digit' && value >= 7 ? { kind: 'full', value: small.value + value } : null;
    case 'unitAnd':
      return type === 'tens' ? { kind: 'full', value: small.value + value } : null;
    case 'tensAnd':
      // "vingt et un", "soixante et onze"
      if (type === 'digit' && value === 1) return { kind: 'full', value: small.value + 1 };
      return type === 'teen' && value === 11 && small.value === 60 ? { kind: 'full', value: 71 } : null;
    default:
      return null;
  }
}

function addBelowHundred(state: State, token: { type: 'digit' | 'teen' | 'tens'; value: number; plural?: boolean }, lex: Lexicon): State | null {
  if (token.plural && !state.written) return null; // "vingts" needs its "quatre"
  const small = joinBelowHundred(state.small, token, lex);
  return small ? { ...state, written: true, small, pendingAnd: false } : null;
}

function addArticle(state: State, lex: Lexicon): State | null {
  if (!state.written) return { ...state, written: true, small: { kind: 'article' } };
  // French "un" inside a number is the digit: "vingt et un", "cent un", "quatre-vingt-un"
  return lex.frenchTens ? addBelowHundred(state, { type: 'digit', value: 1 }, lex) : null;
}

function addAnd(state: State, lex: Lexicon): State | null {
  const small = state.small;
  if (lex.compoundAnd) return small.kind === 'unit' ? { ...state, small: { kind: 'unitAnd', value: small.value } } : null;
  if (lex.frenchTens) return small.kind === 'tens' && small.value !== 80 ? { ...state, small: { kind: 'tensAnd', value: small.value } } : null;
  // English: "one hundred and five", "two thousand and five"
  if (state.pendingAnd || small.kind !== 'empty') return null;
  if (state.hundreds !== null) return { ...state, pendingAnd: true };
  return state.lastScale > 0n ? { ...state, pendingAnd: true, belowHundredOnly: true } : null;
}

type HundredToken = Extract<Token, { type: 'hundred' }>;
type ScaleToken = Extract<Token, { type: 'scale' }>;

/** English "hundred" and "million" need a number before them ("a few hundred" is no number). */
function missingQuantifier(state: State, token: HundredToken | ScaleToken): boolean {
  if (token.plural) return !state.written;
  return token.needsQuantifier && (state.written || !token.ordinal);
}

function addHundred(state: State, token: HundredToken): State | null {
  if (state.hundreds !== null || state.pendingAnd || state.belowHundredOnly) return null;
  const small = state.small;
  if (small.kind === 'unitAnd' || small.kind === 'tensAnd') return null;
  if (small.kind === 'empty' && missingQuantifier(state, token)) return null;
  const multiplier = small.kind === 'empty' ? 1n : BigInt(smallValue(small));
  return { ...state, written: true, hundreds: multiplier, small: EMPTY };
}

function afterScale(state: State, total: bigint, precision: bigint, scale: bigint): State {
  return { ...state, written: true, total, totalPrecision: precision, lastScale: scale, hundreds: null, small: EMPTY };
}

function addScale(state: State, token: ScaleToken): State | null {
  if (state.pendingAnd || state.belowHundredOnly) return null;
  const small = state.small;
  if (small.kind === 'unitAnd' || small.kind === 'tensAnd') return null;
  const scale = token.value;
  if (!groupWritten(state)) {
    if (!state.written) return missingQuantifier(state, token) ? null : afterScale(state, scale, scale, scale); // "mille", "duizend"
    // "mille milliards", "a thousand million": the scale multiplies everything before it
    return scale > state.lastScale ? afterScale(state, state.total * scale, state.totalPrecision * scale, scale) : null;
  }
  const group = groupValue(state);
  const precision = groupPrecision(state) * scale;
  if (state.lastScale === 0n || scale < state.lastScale) return afterScale(state, state.total + group * scale, precision, scale);
  // "two thousand five hundred million"
  const whole = state.total + group;
  return scale > state.lastScale && whole < scale ? afterScale(state, whole * scale, precision, scale) : null;
}

/** "a dozen", "two dozen": exact counts, so precision 1 (a dozen is not a rounding place like "hundred"). */
function addDozen(state: State): State | null {
  if (state.lastScale > 0n || state.hundreds !== null || state.pendingAnd) return null;
  const kind = state.small.kind;
  if (kind === 'empty' || kind === 'unitAnd' || kind === 'tensAnd') return null;
  return close(state, BigInt(smallValue(state.small)) * 12n, 1n, 'cardinal');
}

function advance(state: State, token: Token, lex: Lexicon): State | null {
  switch (token.type) {
    case 'zero':
      return state.written ? null : close(state, 0n, 1n, 'cardinal');
    case 'fixedMultiplier':
      return state.written ? null : close(state, token.value, 1n, 'multiplier');
    case 'digit':
    case 'teen':
    case 'tens':
      return addBelowHundred(state, token, lex);
    case 'article':
      return addArticle(state, lex);
    case 'and':
      return addAnd(state, lex);
    case 'hundred':
      return addHundred(state, token);
    case 'scale':
      return addScale(state, token);
    case 'dozen':
      return addDozen(state);
    case 'times':
      return isComplete(state) ? close(state, valueOf(state), precisionOf(state), 'multiplier') : null;
  }
}

/** Ordinals are exact positions: precision 1, and nothing may follow them. */
function step(state: State, token: Token, lex: Lexicon): State | null {
  if (state.closed) return null;
  const next = advance(state, token, lex);
  if (!next) return null;
  const ordinal = 'ordinal' in token && token.ordinal === true;
  return ordinal ? close(next, valueOf(next), 1n, 'ordinal') : next;
}

/** All pieces of one word must be read: "vier" is no number inside "vieren", nor "tien" in "tiental". */
function applyWord(state: State, tokens: readonly Token[], lex: Lexicon): State | null {
  // A joint "en"/"und" lives inside a word: "vijf en twintig" may be a range ("between five and twenty").
  if (lex.compoundAnd && tokens[0]?.type === 'and') return null;
  let current: State | null = state;
  for (const token of tokens) {
    current = step(current, token, lex);
    if (!current) return null;
  }
  return current.small.kind === 'unitAnd' ? null : current;
}

// ---------------------------------------------------------------------------------------------
// Words and separators

const MAX_WORD_LENGTH = 80;
const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

function isWordChar(code: number): boolean {
  if (code < 128) return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57);
  return WORD_CHAR.test(String.fromCharCode(code));
}

function isHyphen(code: number): boolean {
  return code === 0x2d || code === 0x2010 || code === 0x2011;
}

function isSpace(code: number): boolean {
  return code === 0x20 || code === 0x09 || code === 0x0a || code === 0x0d || code === 0xa0 || code === 0x202f || code === 0x2009;
}

function isApostrophe(code: number): boolean {
  return code === 0x27 || code === 0x2019;
}

function wordEnd(text: string, start: number): number {
  let end = start;
  while (end < text.length && isWordChar(text.charCodeAt(end))) end++;
  return end;
}

/**
 * Where the next word starts after `at`, when only a space run (one line break at most: a soft
 * break inside a paragraph) or one hyphen separates it; null when anything else comes between.
 */
function nextWordStart(text: string, at: number, allowHyphen: boolean): { start: number; hyphen: boolean } | null {
  if (at < text.length && isHyphen(text.charCodeAt(at))) {
    return allowHyphen && isWordChar(text.charCodeAt(at + 1)) ? { start: at + 1, hyphen: true } : null;
  }
  let i = at;
  let lineBreaks = 0;
  while (i < text.length && isSpace(text.charCodeAt(i))) {
    if (text.charCodeAt(i) === 0x0a && ++lineBreaks > 1) return null;
    i++;
  }
  return i > at && i < text.length && isWordChar(text.charCodeAt(i)) ? { start: i, hyphen: false } : null;
}

/** Splits a compound into pieces, longest piece first ("achttien" before "acht" + "tien"). */
function decompose(word: string, root: TrieNode): Token[] | null {
  const deadEnds = new Set<number>();
  const walk = (start: number): Token[] | null => {
    if (start === word.length) return [];
    if (deadEnds.has(start)) return null;
    const matches: Array<{ end: number; token: Token }> = [];
    let node: TrieNode | undefined = root;
    for (let i = start; i < word.length && node; i++) {
      node = node.next.get(word.charAt(i));
      if (node?.token) matches.push({ end: i + 1, token: node.token });
    }
    for (let k = matches.length - 1; k >= 0; k--) {
      const match = matches[k]!;
      const rest = walk(match.end);
      if (rest) return [match.token, ...rest];
    }
    deadEnds.add(start);
    return null;
  };
  return walk(0);
}

function tokensOfWord(word: string, lex: Lexicon): Token[] | null {
  const whole = lex.words.get(word);
  if (whole) return [whole];
  return word.length > 0 && lex.pieces.next.has(word.charAt(0)) ? decompose(word, lex.pieces) : null;
}

// ---------------------------------------------------------------------------------------------
// Reading a phrase

interface Phrase {
  end: number;
  state: State;
  /** The words read, lower-cased. */
  words: string[];
}

function readPhrase(text: string, pos: number, lex: Lexicon): Phrase | null {
  let state = INITIAL;
  let best: Phrase | null = null;
  const words: string[] = [];
  // English "and" / French "et" is a conjunction when the number after it cannot continue:
  // "between two hundred and three hundred" is 200, not 203.
  let lastAndIndex = -1;
  let bestBeforeAnd: Phrase | null = null;
  let stoppedAtNumberWord = false;
  let start = pos;
  for (;;) {
    const end = wordEnd(text, start);
    if (end - start > MAX_WORD_LENGTH) break;
    // NFC: "één" may arrive with combining accents; offsets stay those of the original text
    const word = text.slice(start, end).toLowerCase().normalize('NFC');
    const tokens = tokensOfWord(word, lex);
    if (!tokens) break;
    const next = applyWord(state, tokens, lex);
    if (!next) {
      stoppedAtNumberWord = true;
      break;
    }
    if (tokens.length === 1 && tokens[0]?.type === 'and') {
      lastAndIndex = words.length;
      bestBeforeAnd = best;
    }
    state = next;
    words.push(word);
    if (isComplete(state)) best = { end, state, words: [...words] };
    const separator = nextWordStart(text, end, lex.hyphenJoinsWords);
    if (!separator) break;
    start = separator.start;
  }
  if (stoppedAtNumberWord && best && lastAndIndex >= 0 && best.words.length > lastAndIndex) return bestBeforeAnd;
  return best;
}

// ---------------------------------------------------------------------------------------------
// Context: where a brief would not mean a number

/** The word before `pos` when only spaces or a hyphen separate them, with its start. */
function previousWord(text: string, pos: number): { word: string; start: number } | null {
  let end = pos;
  while (end > 0 && (isSpace(text.charCodeAt(end - 1)) || isHyphen(text.charCodeAt(end - 1)))) end--;
  if (end === pos) return null;
  let start = end;
  while (start > 0 && isWordChar(text.charCodeAt(start - 1))) start--;
  return start < end ? { word: text.slice(start, end).toLowerCase(), start } : null;
}

/** "half a million", "a quarter of a million": the article phrase is a fraction's denominator. */
function isFractionOfArticle(text: string, pos: number, rules: ContextRules): boolean {
  const previous = previousWord(text, pos);
  if (!previous) return false;
  if (rules.articleBlockedAfter.has(previous.word)) return true;
  if (!rules.ofWords.has(previous.word)) return false;
  const fraction = previousWord(text, previous.start);
  return fraction !== null && (rules.fractionWords.has(fraction.word) || rules.articleBlockedAfter.has(fraction.word));
}

interface FollowingWord {
  word: string;
  hyphen: boolean;
}

function followingWords(text: string, end: number, count: number): FollowingWord[] {
  const out: FollowingWord[] = [];
  let at = end;
  while (out.length < count) {
    const next = nextWordStart(text, at, true);
    if (!next) break;
    at = wordEnd(text, next.start);
    out.push({ word: text.slice(next.start, at).toLowerCase(), hyphen: next.hyphen });
  }
  return out;
}

function rejectsBareWord(word: string, previous: string | null, following: FollowingWord[], rules: ContextRules): boolean {
  const after = following[0];
  if (previous !== null && rules.blockedAfter.get(word)?.has(previous)) return true;
  if (after && !after.hyphen && rules.blockedBefore.get(word)?.has(after.word)) return true;
  if (after?.hyphen && rules.blockedBeforeHyphen.has(word)) return true;
  // "the second reading" is an ordinal; "a second later", "per second" are not
  return rules.ordinalNeedsNoun.has(word) && (!after || rules.notNouns.has(after.word));
}

/** "two thirds", "two point five", "one and a half": the cardinal is part of something else. */
function continuesAsFraction(following: FollowingWord[], rules: ContextRules): boolean {
  const after = following[0];
  if (after && rules.fractionWords.has(after.word)) return true;
  return rules.decimalContinuations.some((sequence) => sequence.every((word, i) => following[i]?.word === word));
}

/**
 * "two thirds", "twee derde", "one second": an ordinal right after a cardinal is a fraction's
 * denominator (or, for "second", a unit of time); after an article it is one when "of" follows
 * ("a third of the budget", but "a third round").
 */
function isDenominator(previous: string, following: FollowingWord[], lex: Lexicon): boolean {
  const tokens = tokensOfWord(previous.normalize('NFC'), lex);
  const last = tokens?.[tokens.length - 1];
  if (!last) return false;
  if (last.type === 'article') return following[0] !== undefined && lex.context.ofWords.has(following[0].word);
  if (last.type === 'zero') return true;
  return (last.type === 'digit' || last.type === 'teen' || last.type === 'tens') && last.ordinal !== true;
}

function isOne(word: string | undefined, lex: Lexicon): boolean {
  const token = word === undefined ? undefined : lex.words.get(word);
  return token?.type === 'article' || (token?.type === 'digit' && token.value === 1 && token.ordinal !== true);
}

function rejectedByContext(text: string, pos: number, phrase: Phrase, lex: Lexicon): boolean {
  const rules = lex.context;
  // "one's", "ten's": a possessive or a contraction, not a figure
  if (isApostrophe(text.charCodeAt(phrase.end)) && isWordChar(text.charCodeAt(phrase.end + 1))) return true;
  const previous = previousWord(text, pos)?.word ?? null;
  const following = followingWords(text, phrase.end, 3);
  const [first] = phrase.words;
  if (phrase.words.length === 1 && first !== undefined && rejectsBareWord(first, previous, following, rules)) return true;
  const startsWithArticle = first !== undefined && lex.words.get(first)?.type === 'article';
  if (startsWithArticle && isFractionOfArticle(text, pos, rules)) return true;
  if (phrase.state.closed?.kind === 'multiplier' && phrase.state.closed.value < 2n) return true; // "einfach", "eenmaal"
  if (previous !== null && rules.decimalMarks.has(previous)) return true; // "point five", "Komma fünf"
  const kind = phrase.state.closed?.kind ?? 'cardinal';
  if (kind === 'ordinal') {
    // "a hundredth of a second", "one thousandth of the budget"
    const fractionOf = following[0] !== undefined && rules.ofWords.has(following[0].word) && phrase.words.length > 1 && isOne(first, lex);
    return fractionOf || (previous !== null && isDenominator(previous, following, lex));
  }
  return kind === 'cardinal' && continuesAsFraction(following, rules);
}

/**
 * Reads the longest number written in words that starts exactly at `pos` (a word start) and
 * ends at a word boundary: "one hundred and twenty-five thousand", "tweehonderd", "zehn Mal".
 * Returns null when no number starts there, or when the words mean something else in context
 * ("no one", "one of the", "two thirds", "half a million", "pour cent").
 */
export function matchNumberWords(text: string, pos: number, locale: Locale): WordNumber | null {
  const lex = LEXICONS[locale];
  if (pos < 0 || pos >= text.length) return null;
  if (!lex.firstChars.has(text.charAt(pos).toLowerCase())) return null;
  if (pos > 0 && isWordChar(text.charCodeAt(pos - 1))) return null;
  const phrase = readPhrase(text, pos, lex);
  if (!phrase || rejectedByContext(text, pos, phrase, lex)) return null;
  return {
    end: phrase.end,
    value: valueOf(phrase.state).toString(),
    kind: phrase.state.closed?.kind ?? 'cardinal',
    precision: precisionOf(phrase.state).toString(),
  };
}
