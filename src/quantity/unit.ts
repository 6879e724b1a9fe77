/**
 * The counted noun after a figure, when plain to see: "400 000 advanced AI accelerators" →
 * "accelerators". No tagger: we skip up to two modifiers and take the first word that looks like
 * a plural noun (German: the first capitalised word), stopping at function words and punctuation.
 */
import { isBlank, isDigit, isLetter, wordBefore } from './chars.js';
import type { Locale } from './types.js';

const MAX_WORDS = 3;
const MAX_WORD_LENGTH = 40;

const STOP_WORDS: Record<Locale, ReadonlySet<string>> = {
  en: new Set(('a an the of in on at to for from by with and or but as than that which who each per every ' +
    'is are was were be been will would can could should may might must shall has have had do does did ' +
    'more less most least fewer other such this these those its their our his her it they we you ' +
    'also only still already now then there here so too very much many some all both any no not ' +
    'since until till before after during over under between into onto upon within without across ' +
    'always sometimes across towards years\' year\'s plus minus times').split(' ')),
  nl: new Set(('de het een van in op aan te voor door met en of maar als dan dat die wie elk per ' +
    'is zijn was waren wordt worden werd werden zal zullen kan kunnen moet moeten heeft hebben had ' +
    'meer minder ook nog al nu er hier daar zo zeer veel alle geen niet tot na sinds tijdens bij om uit ' +
    'over onder tussen naar tegen plus minus maal').split(' ')),
  de: new Set(('der die das den dem des ein eine einer eines einem einen von in im an am auf zu zum zur für ' +
    'mit und oder aber als dass wie je pro ist sind war waren wird werden wurde wurden kann können ' +
    'muss müssen hat haben hatte mehr weniger auch noch schon nun so sehr viel viele alle kein keine nicht ' +
    'bis nach seit während bei aus über unter zwischen plus minus mal').split(' ')),
  fr: new Set(('le la les un une des du de d au aux en dans sur à pour par avec et ou mais que qui comme ' +
    'chaque est sont était étaient sera seront peut peuvent doit doivent a ont avait plus moins aussi ' +
    'encore déjà très tous toutes pas ne depuis pendant avant après entre sous vers').split(' ')),
};

/** French adjectives that stand before the noun and look plural ("20 nouvelles usines"). */
const FRENCH_FRONT_ADJECTIVES = new Set(
  'nouveaux nouvelles nouveau grands grandes petits petites autres premiers premières derniers dernières principaux principales gros grosses futurs futures'.split(' '),
);

/** Plural nouns without a plural ending. */
const INVARIANT_PLURALS = new Set(['people', 'staff', 'personnel', 'children', 'men', 'women', 'data', 'mensen', 'personen', 'jaar', 'keer', 'personnes', 'gens']);

/**
 * Nouns that label a numbered part ("Satz 1 Nummer 3", "Kapitel 2304 Titel 687", "artikel 30, derde
 * lid"): a figure next to one is a label, and the word after it is no counted noun. Lower-cased.
 */
const LABEL_WORDS = new Set(
  ('satz sätze sätzen satzes absatz absätze absätzen absatzes nummer nummern buchstabe buchstaben halbsatz ' +
    'kapitel titel artikel artikeln anlage anhang abschnitt hauptabschnitt unterabschnitt gliederungsnummer hoofdgroep groep box lid onderdeel ' +
    'hoofdstuk bijlage afdeling paragraaf vraag tabel figuur section article chapter annex appendix clause ' +
    'paragraph schedule figure table question chapitre annexe alinéa tableau').split(' '),
);

/** Words that continue a list of numbered parts ("Absatz 2 und 3", "artikel 12, 17 en 18"). */
const LIST_LINKS = new Set(['und', 'oder', 'bis', 'sowie', 'en', 'of', 'tot', 'and', 'or', 'to', 'et', 'ou']);
const MAX_LISTED_PARTS = 8;

/** True when the figure at `start` is the number of a part ("Satz 2", "§ 6", "vraag 3", "Absatz 2 und 3"), not a count. */
export function isLabelNumber(text: string, start: number): boolean {
  let figureStart = start;
  // Walk back over a short list of part numbers to the label that heads it.
  for (let listed = 0; listed < MAX_LISTED_PARTS; listed++) {
    let index = figureStart;
    while (index > 0 && isBlank(text[index - 1])) index--;
    const word = wordBefore(text, figureStart);
    if (text[index - 1] === '§' || LABEL_WORDS.has(word)) return true;
    if (text[index - 1] === ',') index--;
    else if (LIST_LINKS.has(word)) index -= word.length;
    else return false;
    while (index > 0 && isBlank(text[index - 1])) index--;
    // "13b", "1a": a part number may carry a letter
    if (index > 0 && isLetter(text[index - 1]) && isDigit(text[index - 2])) index--;
    if (!isDigit(text[index - 1])) return false;
    while (index > 0 && isDigit(text[index - 1])) index--;
    figureStart = index;
  }
  return false;
}

interface Word {
  text: string;
  end: number;
}

function readWord(text: string, pos: number): Word | null {
  let index = pos;
  while (index - pos < MAX_WORD_LENGTH && (isLetter(text[index]) || isInnerJoin(text, index, pos))) index++;
  if (index === pos || isLetter(text[index])) return null;
  return { text: text.slice(pos, index), end: index };
}

/** A hyphen or apostrophe inside a word ("next-generation", "AI-chips"). */
function isInnerJoin(text: string, index: number, wordStart: number): boolean {
  const char = text[index];
  return (char === '-' || char === '\u2011') && index > wordStart && isLetter(text[index + 1]);
}

function looksPlural(word: string, locale: Locale): boolean {
  const lower = word.toLowerCase();
  const head = lower.slice(lower.lastIndexOf('-') + 1);
  if (INVARIANT_PLURALS.has(head)) return true;
  if (head.length < 2) return false;
  switch (locale) {
    case 'en':
      if (/^[A-Z]{2,}s$/.test(word.slice(word.lastIndexOf('-') + 1))) return true; // GPUs, SMEs
      return head.endsWith('s') && !/(ss|us|is|ous|'s)$/.test(head) && head.length > 2;
    case 'nl':
      return (head.endsWith('en') || head.endsWith('s')) && !/(isch|ss)$/.test(head) && head.length > 3;
    case 'fr':
      return (head.endsWith('s') || head.endsWith('x')) && !FRENCH_FRONT_ADJECTIVES.has(head);
    case 'de':
      return false;
  }
}

function isCapitalised(word: string): boolean {
  const first = word[0] ?? '';
  return first !== first.toLowerCase();
}

/** The counted noun starting after `pos` (one blank first), or undefined. */
export function unitAfter(text: string, pos: number, locale: Locale, limit: number, afterScale: boolean): string | undefined {
  let index = pos;
  if (!isBlank(text[index])) return undefined;
  index++;
  for (let count = 0; count < MAX_WORDS; count++) {
    const word = readWord(text, index);
    if (!word || word.end > limit) return undefined;
    const lower = word.text.toLowerCase();
    const skipsFrenchDe = locale === 'fr' && afterScale && count === 0 && (lower === 'de' || lower === 'd');
    if (!skipsFrenchDe && (STOP_WORDS[locale].has(lower) || LABEL_WORDS.has(lower))) return undefined;
    if (!skipsFrenchDe && isHeadNoun(word.text, locale)) return word.text;
    index = word.end;
    if (text[index] === "'" || text[index] === '\u2019') index++;
    else if (isBlank(text[index])) index++;
    else return undefined;
  }
  return undefined;
}

function isHeadNoun(word: string, locale: Locale): boolean {
  if (locale === 'de') return isCapitalised(word) && word.length > 1;
  return looksPlural(word, locale);
}
