/**
 * Splitting a block's text into sentences. A sentence ends at ".", "?" or "!" (closing quotes and
 * brackets may follow) when whitespace and then a capital, a digit, an opening quote or the end of
 * the text come next; never after a known abbreviation, an initial, an ellipsis, or inside a number.
 */
import type { Locale } from '../quantity/types.js';

export interface SentenceSpan {
  start: number;
  end: number;
}

/** Lower-cased, with their final period; multi-word ones are matched on their last word plus what precedes it. */
const ABBREVIATIONS = new Set([
  // English
  'e.g.', 'i.e.', 'ca.', 'approx.', 'etc.', 'vs.', 'mr.', 'mrs.', 'ms.', 'dr.', 'prof.',
  'fig.', 'figs.', 'st.', 'cf.', 'incl.', 'excl.', 'est.', 'resp.', 'jr.', 'sr.', 'inc.', 'ltd.', 'co.', 'corp.',
  'dept.', 'vol.', 'ed.', 'eds.', 'para.', 'sec.', 'ch.', 'op.', 'cit.', 'ibid.', 'al.', 'min.', 'max.',
  'jan.', 'feb.', 'mar.', 'apr.', 'jun.', 'jul.', 'aug.', 'sep.', 'sept.', 'oct.', 'nov.', 'dec.', 'u.s.', 'u.k.', 'e.u.',
  // German
  'art.', 'abs.', 'bzw.', 'z.b.', 'd.h.', 'mio.', 'mrd.', 'u.a.', 'vgl.', 'ggf.', 'usw.', 's.', 'bd.', 'jh.',
  'hrsg.', 'gem.', 'inkl.', 'zzgl.', 'evtl.', 'sog.', 'bspw.', 'lit.', 'ziff.', 'buchst.', 'anm.', 'u.ä.', 'o.ä.', 'z.t.',
  'v.', 'vom.', 'bek.', 'bgbl.', 'abl.', 'mn.', 'rn.', 'rdnr.', 'randnr.', 'gen.', 'bzgl.', 'aufl.', 'ebd.', 'f.', 'ff.', 'nr.', 'nrn.',
  // Dutch
  'mln.', 'mld.', 'bijv.', 'stb.', 'stcrt.', 'kamerstukken.', 'nrs.', 'o.a.', 'm.a.w.', 'enz.', 'blz.', 'nl.', 'jl.', 'zgn.', 'i.p.v.', 'm.b.t.',
  // French
  'env.', 'mme.', 'mlle.', 'p.ex.', 'chap.', 'éd.', 'av.', 'md.', 'mds.',
]);

/** Abbreviations that are also plain words ("no."): only abbreviations when a number follows ("No. 4", "p. 12"). */
const NUMBER_ABBREVIATIONS = new Set(['no.', 'nos.', 'p.', 'pp.', 'n°.']);

/** German months are capitalised, so "vom 1. Oktober" looks like a sentence end; it never is. */
const GERMAN_MONTH = /^(?:Januar|Jänner|Februar|März|April|Mai|Juni|Juli|August|September|Oktober|November|Dezember)\b/;

/** An enumerator opening a paragraph ("a.", "4.", "iv."): a label, not a sentence. */
const ENUMERATOR = /^(?:\d{1,3}|[a-z]|[ivxlc]{1,6})$/i;

const TERMINAL = new Set(['.', '?', '!']);
const CLOSERS = new Set(['"', "'", '”', '’', '»', ')', ']', '›']);
const OPENERS = new Set(['"', "'", '“', '‘', '„', '«', '(', '[', '‹', '¿', '¡']);

export function splitSentences(text: string, locale: Locale): SentenceSpan[] {
  const spans: SentenceSpan[] = [];
  let sentenceStart = skipSpaces(text, 0);
  for (let i = sentenceStart; i < text.length; i++) {
    if (!TERMINAL.has(text[i]!)) continue;
    let afterMark = i + 1;
    while (afterMark < text.length && CLOSERS.has(text[afterMark]!)) afterMark++;
    const next = skipSpaces(text, afterMark);
    const endsText = next >= text.length;
    if (!endsText && (next === afterMark || !startsSentence(text, next))) continue;
    if (text[i] === '.' && !periodEndsSentence(text, i, sentenceStart, locale)) continue;
    spans.push({ start: sentenceStart, end: afterMark });
    sentenceStart = next;
    i = next - 1;
  }
  const trimmedEnd = trimEnd(text, text.length);
  if (sentenceStart < trimmedEnd) spans.push({ start: sentenceStart, end: trimmedEnd });
  if (spans.length === 0) spans.push({ start: 0, end: text.length });
  return spans;
}

/**
 * Whether the period at `at` (closing an abbreviation: "$11 mln.") plainly goes on within its
 * sentence: a comma, semicolon, colon or closing bracket follows, or whitespace and a lower-case
 * word. Anywhere else the one mark may also end the sentence, and a fix must keep it.
 */
export function periodContinuesSentence(text: string, at: number): boolean {
  const after = text[at + 1];
  if (after === undefined) return false;
  if (/[,;:)\]]/u.test(after)) return true;
  if (!isSpace(after)) return false;
  const next = skipSpaces(text, at + 1);
  return next < text.length && /\p{Ll}/u.test(text[next]!);
}

function isSpace(char: string | undefined): boolean {
  return char !== undefined && /\s/.test(char);
}

function skipSpaces(text: string, from: number): number {
  let at = from;
  while (at < text.length && isSpace(text[at])) at++;
  return at;
}

function trimEnd(text: string, to: number): number {
  let at = to;
  while (at > 0 && isSpace(text[at - 1])) at--;
  return at;
}

function startsSentence(text: string, at: number): boolean {
  const char = text[at]!;
  return /[\p{Lu}\p{Lt}\p{N}]/u.test(char) || OPENERS.has(char);
}

/** A period ends a sentence unless it closes an abbreviation, an initial, an ellipsis or (in German) an ordinal. */
function periodEndsSentence(text: string, at: number, sentenceStart: number, locale: Locale): boolean {
  if (text[at - 1] === '.' || text[at + 1] === '.') return false; // ellipsis "..."
  const word = wordBefore(text, at, sentenceStart);
  if (word.length === 0) return true;
  const lower = `${word.toLowerCase()}.`;
  if (ABBREVIATIONS.has(lower)) return false;
  if (NUMBER_ABBREVIATIONS.has(lower) && /^\s+\p{N}/u.test(text.slice(at + 1, at + 4))) return false;
  if (/^\p{Lu}$/u.test(word)) return false; // an initial: "J. Smith"
  if (/^\d{1,2}$/.test(word) && (locale === 'de' || GERMAN_MONTH.test(text.slice(at + 2, at + 14)))) return false; // "am 3. Oktober", "der 2. Absatz"
  if (at - word.length === sentenceStart && ENUMERATOR.test(word)) return false;
  return true;
}

/** The word the period is attached to, without opening punctuation: "(z.B" → "z.B". */
function wordBefore(text: string, at: number, sentenceStart: number): string {
  let start = at;
  while (start > sentenceStart && !isSpace(text[start - 1])) start--;
  let word = text.slice(start, at);
  while (word.length > 0 && OPENERS.has(word[0]!)) word = word.slice(1);
  return word;
}
