/**
 * Spans of text that hold digits but are not figures: legal and document references, article and
 * section numbers, identifiers, versions, addresses, phone numbers, times, footnote markers, list
 * numbering and comma-joined number lists. The quantity reader skips them.
 *
 * Design:
 * - Every pattern is a global regex whose quantifiers are bounded or cannot overlap, so a scan is
 *   linear; candidates from all patterns are then resolved leftmost-longest into non-overlapping spans.
 * - Conservative: when a span could swallow a real amount ("€ 2.5 bn", "1.000.000", "+12 000 000"),
 *   the pattern rejects it. A missed reference costs a stray number; a swallowed amount costs a check.
 * - No span here ever covers a date, period or year range that `scanDates` returns: `scanDates`
 *   drops its candidates that overlap a reference, and the few patterns that could meet a date
 *   (list numbering before "10. Januar 2025") step aside by themselves. The Official Journal
 *   citation "OJ L 166, 11.5.2021, p. 1" is therefore two references ("OJ L 166", "p. 1") and a date.
 */
import type { Locale } from './types.js';

export type ReferenceKind =
  | 'url'
  | 'email'
  | 'doi'
  | 'legal' // Regulation (EU) 2021/694, COM(2025) 165 final, C-311/18, Kamerstukken II 2020/21, 35 570, nr. 3
  | 'oj' // OJ L 166
  | 'page' // p. 1, pp. 12–15, S. 5
  | 'article' // Article 4(2), Art. 5 Abs. 1, § 5 Abs. 1 Satz 2, artikel 3, lid 2
  | 'section' // 3.1.2, Section 4.2, chapter 3, Table 2, Figure 3.1, Annex 3
  | 'label' // Phase 2, Tier 1, Pillar 2, SDG 7, No. 5
  | 'version' // v1.2.300, version 2.0
  | 'standard' // ISO 8601, ISO/IEC 27001:2022, EN 301 549, RFC 9110
  | 'identifier' // EIP-1559, ERC-20, BWBR0005537, H2020, COVID-19, 5G
  | 'hash' // 0x1f2a, 3f9e2b1c
  | 'ip' // 192.168.0.1
  | 'phone' // +32 2 299 11 11
  | 'isbn'
  | 'issn'
  | 'iban'
  | 'time' // 10:30, 14h30, om 10.30, 10.30 uur, 10 Uhr, 3 pm, 24/7, T10:30:00Z
  | 'footnote' // ¹², [12], "the report.12 The"
  | 'exponent' // the ² of m², km²
  | 'list-number' // "1." or "2)" opening the text
  | 'number-list'; // 22,24,26,31 · 2024,2025 · 1,2,3

export interface ReferenceSpan {
  start: number;
  end: number;
  kind: ReferenceKind;
}

interface Span {
  start: number;
  end: number;
}

/**
 * Keeps, from candidates in any order, the leftmost and then longest of each overlapping group:
 * the way a reader takes "Section 3.1.2" over "3.1.2" and "Regulation (EU) 2021/694" over "(EU) 2021/694".
 */
export function pickLeftmostLongest<T extends Span>(candidates: readonly T[]): T[] {
  // A stable sort: among equal spans the earlier candidate (the more specific pattern) wins.
  const ordered = [...candidates].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: T[] = [];
  let reachedEnd = -1;
  for (const candidate of ordered) {
    if (candidate.start >= reachedEnd && candidate.end > candidate.start) {
      kept.push(candidate);
      reachedEnd = candidate.end;
    }
  }
  return kept;
}

/** True when [start, end) overlaps any of the spans (which are sorted and non-overlapping). */
export function overlapsAny(spans: readonly Span[], start: number, end: number): boolean {
  let low = 0;
  let high = spans.length;
  // Binary search for the first span ending after `start`.
  while (low < high) {
    const middle = (low + high) >> 1;
    if (spans[middle]!.end <= start) low = middle + 1;
    else high = middle;
  }
  const next = spans[low];
  return next !== undefined && next.start < end;
}

const AMOUNT_AFTER =
  /[ \u00a0\u202f\u2009]{0,2}(?:%|‰|€|\$|£|¥|(?:bn|mn|mln|mld|mrd|mio|m|k|thousand|million|millions|billion|billions|trillion|miljoen|miljard|Million|Millionen|Milliarde|Milliarden|milliard|milliards|euro|euros|Euro|EUR|USD|GBP|CHF|per cent|percent|procent|Prozent|pour cent|pp|pt|points?)(?![\p{L}\p{N}]))/iuy;
const AMOUNT_BEFORE = /(?:[€$£¥]|\b(?:EUR|USD|GBP|CHF))[ \u00a0\u202f\u2009]{0,2}$/u;

/** True when a currency sign, scale word or percent sign follows `end`: the digits before it are an amount. */
export function amountFollows(text: string, end: number): boolean {
  AMOUNT_AFTER.lastIndex = end;
  return AMOUNT_AFTER.test(text);
}

/** True when a currency sign or code stands right before `start`. */
export function amountPrecedes(text: string, start: number): boolean {
  return AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 6), start));
}

type Verdict = Span | null;

interface Pattern {
  kind: ReferenceKind;
  regex: RegExp;
  /** Locales the pattern applies to; all when absent. */
  locales?: readonly Locale[];
  /** A string every match contains: the pattern is skipped when the text lacks it (most table cells). */
  needs?: string;
  /**
   * A test every text with a kept span passes, for patterns that are slow to run over prose: the pattern
   * is skipped when it fails. Gates start at a digit (`\d(?<=…)`), which V8 finds fast, and look back from
   * there for what must come before it, instead of trying a keyword or lookbehind at every position.
   */
  gate?: RegExp;
  /** Decides on a match: null to reject it, or the span to keep (the whole match when absent). */
  judge?: (match: RegExpExecArray, text: string, locale: Locale) => Verdict;
}

const wholeMatch = (match: RegExpExecArray): Span => ({ start: match.index, end: match.index + match[0].length });

/** The span of capture group 1 (patterns that look at context they do not own use `d` and a group). */
const groupOne = (match: RegExpExecArray): Verdict => {
  const indices = match.indices?.[1];
  return indices ? { start: indices[0], end: indices[1] } : null;
};

/** Drops trailing sentence punctuation that a greedy URL pattern took in. */
function trimTrailingPunctuation(match: RegExpExecArray): Verdict {
  let end = match.index + match[0].length;
  while (end > match.index && /[.,;:!?)\]'"’”]/.test(match[0][end - match.index - 1]!)) end--;
  return end > match.index ? { start: match.index, end } : null;
}

/** Thousands groups: every part after the first has exactly three digits ("1.000.000", "12 000 000"). */
function looksGrouped(parts: readonly string[]): boolean {
  return parts.length > 1 && parts.slice(1).every((part) => part.length === 3);
}

function isPlausibleYear(digits: string): boolean {
  const year = Number(digits);
  return digits.length === 4 && year >= 1800 && year <= 2199;
}

/** ISO 13616 check digits: move the first four characters to the end, letters to numbers, mod 97 = 1. */
function hasValidIbanChecksum(iban: string): boolean {
  const compact = iban.replace(/\s/g, '');
  if (compact.length < 15 || compact.length > 34) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const code = char >= 'A' && char <= 'Z' ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of code) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

const SPACE = '[ \\u00a0\\u202f\\u2009]';
const BEFORE_WORD = '(?<![\\p{L}\\p{N}_])';
const AFTER_WORD = '(?![\\p{L}\\p{N}_])';
/** Not glued to more digits or to a decimal/grouping tail ("3.1.2" must not end inside "3.1.25"). */
const AFTER_NUMBER = '(?![\\p{N}]|[.,]\\p{N})';
/** Not preceded by a word character, nor by a separator that continues a number or identifier. */
const BEFORE_NUMBER = '(?<![\\p{L}\\p{N}_]|[\\p{L}\\p{N}][.,/:\\-–])';

const EU_ACT_WORDS = [
  'Regulation',
  'Regulations',
  'Implementing Regulation',
  'Delegated Regulation',
  'Directive',
  'Directives',
  'Implementing Directive',
  'Delegated Directive',
  'Decision',
  'Implementing Decision',
  'Framework Decision',
  'Recommendation',
  'Verordnung',
  'Durchführungsverordnung',
  'Richtlinie',
  'Beschluss',
  'Verordening',
  'Uitvoeringsverordening',
  'Richtlijn',
  'Besluit',
  'Aanbeveling',
  'Règlement',
  "Règlement d'exécution",
  'Directive',
  'Décision',
];
const EU_BODY = '\\((?:EU|EC|EEC|Euratom|UE|CE|CEE|EG|EWG|EU, Euratom|UE, Euratom)\\)';
const EU_SUFFIX = '(?:/(?:EU|EC|EEC|EG|EWG|UE|CE|CEE|JHA|JBZ|JAI|GASP|PESC|CFSP))';
const ACT_NUMBER_PREFIX = `(?:(?:No|Nr|nr|n°|N°|no)\\.?${SPACE}{0,2})`;
const actWords = [...new Set(EU_ACT_WORDS)].sort((a, b) => b.length - a.length).join('|');

/** Keywords before article numbers; their chains may go on with sub-parts ("Art. 5 Abs. 1"). Case-insensitive. */
const ARTICLE_WORDS = [
  'articles?',
  'artikel(?:en|s)?',
  'recitals?',
  'overwegingen',
  'overweging',
  'erwägungsgründe',
  'erwägungsgrund',
  'considérants?',
  '§§?',
];
/**
 * "Art." is capitalized in English; a lower-case "art." is the law's abbreviation only in nl, de and fr
 * ("art. 3 lid 2"), while in English it ends "the state of the art." before the next sentence's figure.
 */
const CAPITALIZED_ARTICLE_WORDS = ['Arts?\\.', 'ARTS?\\.'];
const LOWER_CASE_ARTICLE_WORDS = ['arts?\\.'];
const SUB_ARTICLE_WORDS = [
  'paragraphs?',
  'paras?\\.',
  'subparagraphs?',
  'points?',
  'indents?',
  'leden',
  'lid',
  'sub',
  'abs\\.',
  'absatz',
  'unterabsatz',
  'uabs\\.',
  'satz',
  'nr\\.',
  'ziffer',
  'buchst\\.',
  'lit\\.',
  'alinéas?',
  'al\\.',
  'paragraphe',
];
/** Section-like keywords that are safe in any case ("see section 3", "hoofdstuk 2"). */
const SECTION_WORDS = [
  'sections?',
  'sect\\.',
  'secties?',
  'abschnitte?',
  'chapters?',
  'ch\\.',
  'hoofdstuk(?:ken)?',
  'kapitel',
  'kap\\.',
  'chapitres?',
  'annex(?:es)?',
  'annexes?',
  'bijlagen?',
  'anhang',
  'anlage',
  'appendix',
  'appendices',
  'appendice',
  'figs?\\.',
  'figuu?r(?:en)?',
  'abbildung(?:en)?',
  'abb\\.',
  'graphiques?',
  'tabel(?:len)?',
  'tabelle[n]?',
  'tab\\.',
  'tableaux?',
  'kader',
  'encadrés?',
  'footnotes?',
  'endnotes?',
  'voetnoten?',
  'fußnoten?',
  'fussnoten?',
  'paragraaf',
  'paragrafen',
];
/**
 * Keywords that are also common nouns ("spare parts 300", "a table 2 metres long"): only capitalized.
 * German nouns are always capitalized, so their labels live here too.
 */
const CAPITALIZED_SECTION_WORDS = ['Parts?', 'PARTS?', 'Deel', 'Teile?', 'Parties?', 'Titles?', 'Titels?', 'Titres?', 'Titel', 'Figures?', 'FIGURES?', 'Tables?', 'TABLES?', 'Box(?:es)?', 'Kasten', 'Graphs?', 'Charts?', 'Notes?'];
const CAPITALIZED_LABEL_WORDS = [
  'Phases?',
  'Stages?',
  'Tiers?',
  'Levels?',
  'Pillars?',
  'Scopes?',
  'Objectives?',
  'SDGs?',
  'Priorit(?:y|ies)',
  'Steps?',
  'Options?',
  'Scenarios?',
  'Waves?',
  'Rounds?',
  'Fase',
  'Pijler',
  'Doelstelling',
  'Stap',
  'Niveau',
  'Prioriteit',
  'Stufe',
  'Säule',
  'Ebene',
  'Schritt',
  'Ziel',
  'Étape',
  'Pilier',
  'Objectif',
  'Volet',
  'Axe',
];

const alternation = (words: readonly string[]): string => [...words].sort((a, b) => b.length - a.length).join('|');

/** "4", "4a", "4(2)", "4(2)(a)", "3.1": an article or section number with its sub-parts, not glued to more digits. */
const REF_NUMBER = `\\d{1,3}[a-z]?(?:\\.\\d{1,3}){0,4}(?:\\((?:\\d{1,3}[a-z]?|[a-z]{1,4})\\))*${AFTER_NUMBER}`;
const LIST_JOINER = `(?:${SPACE}{0,2}(?:,|-|–|/)${SPACE}{0,2}|${SPACE}{1,2}(?:and|or|to|en|of|t/m|tot|und|oder|bis|et|ou|à)${SPACE}{1,2})`;
const SUB_PARTS = `(?:,?${SPACE}{1,2}(?:${alternation(SUB_ARTICLE_WORDS)})${SPACE}{0,2}${REF_NUMBER})*`;
const FIRST_NUMBER = new RegExp(REF_NUMBER, 'iuy');
const SUB_PARTS_AT = new RegExp(SUB_PARTS, 'iuy');
const PLURAL_KEYWORDS = new Set(['artikelen', 'overwegingen', 'erwägungsgründe', '§§', 'hoofdstukken', 'bijlagen', 'tabellen', 'figuren', 'abbildungen', 'voetnoten', 'fußnoten', 'fussnoten', 'abschnitte', 'teile', 'paragrafen', 'tableaux', 'secties']);

/** A chain's first number follows its keyword: a text where no digit does has no match. */
function keywordChainGate(keywords: readonly string[], flags: string): RegExp {
  return new RegExp(`\\d(?<=(?:${alternation(keywords)})${SPACE}{0,2}\\d)`, flags);
}

function keywordChain(keywords: readonly string[], withSubParts: boolean): string {
  const list = `${REF_NUMBER}(?:${LIST_JOINER}${REF_NUMBER})*`;
  return `${BEFORE_WORD}(?:${alternation(keywords)})${SPACE}{0,2}${list}${withSubParts ? SUB_PARTS : ''}`;
}

function isPluralKeyword(keyword: string): boolean {
  const bare = keyword.toLowerCase();
  if (PLURAL_KEYWORDS.has(bare)) return true;
  return /s\.?$/u.test(bare) && !/^(?:abs|sect|als)\.?$/u.test(bare);
}

/**
 * A chain goes on with a list ("Articles 4, 5 and 6") only after a plural keyword: after "Article 4, 5 million"
 * the 5 million is an amount. A chain followed by a scale word or currency is no reference at all.
 */
function judgeChain(withSubParts: boolean) {
  return (match: RegExpExecArray, text: string): Verdict => {
    let span = wholeMatch(match);
    const keyword = /^[^\s\d\u00a0\u202f\u2009(]+/u.exec(match[0])?.[0] ?? '';
    if (!isPluralKeyword(keyword)) {
      const firstDigit = match.index + match[0].search(/\d/u);
      FIRST_NUMBER.lastIndex = firstDigit;
      const first = FIRST_NUMBER.exec(text);
      let end = firstDigit + (first?.[0].length ?? 0);
      if (withSubParts) {
        SUB_PARTS_AT.lastIndex = end;
        end += SUB_PARTS_AT.exec(text)?.[0].length ?? 0;
      }
      span = { start: match.index, end };
    }
    return amountFollows(text, span.end) ? null : span;
  };
}

function judgeSectionNumber(match: RegExpExecArray, text: string): Verdict {
  const parts = match[0].split('.');
  // Thousands groups ("1.000.000") and semver patch numbers are left to the number reader.
  if (parts.slice(1).some((part) => part.length > 2)) return null;
  if (amountFollows(text, match.index + match[0].length)) return null;
  return wholeMatch(match);
}

function judgeIp(match: RegExpExecArray): Verdict {
  const address = match[0].split('/')[0]!;
  const parts = address.split('.');
  if (looksGrouped(parts)) return null;
  return parts.every((part) => Number(part) <= 255) ? wholeMatch(match) : null;
}

function judgePhone(match: RegExpExecArray, text: string): Verdict {
  let written = match[0];
  // "+32 2 299 11 11 2025 …": a year after a complete number is the sentence going on, not more digits.
  const lastGroup = /[ \u00a0](\d{4})$/u.exec(written);
  if (lastGroup && isPlausibleYear(lastGroup[1]!) && written.replace(/\D/g, '').length - 4 >= 8) {
    written = written.slice(0, lastGroup.index);
  }
  const groups = written.match(/\d+/g) ?? [];
  const digitCount = groups.join('').length;
  if (digitCount < 8 || digitCount > 15) return null;
  if (looksGrouped(groups)) return null;
  const end = match.index + written.length;
  if (amountFollows(text, end)) return null;
  return { start: match.index, end };
}

function judgeIsbn(match: RegExpExecArray): Verdict {
  const digits = match[0].replace(/^ISBN(?:-1[03])?:?/u, '').replace(/[^\dX]/g, '');
  return digits.length === 10 || digits.length === 13 ? wholeMatch(match) : null;
}

function judgeIban(match: RegExpExecArray): Verdict {
  return hasValidIbanChecksum(match[0]) ? wholeMatch(match) : null;
}

function judgeHash(match: RegExpExecArray): Verdict {
  const token = match[0];
  if (!/\d/.test(token) || !/[a-f]/i.test(token)) return null;
  if (/^\d+e\d+$/i.test(token)) return null; // scientific notation: 1e10
  if (/[a-f]/.test(token) && /[A-F]/.test(token)) return null; // mixed case is a word, not a hash
  return wholeMatch(match);
}

/** Letters that glue to an amount ("EUR100m", "Rs500", "DM5"): such tokens are money, not identifiers. */
const CURRENCY_CODES = new Set([
  'EUR', 'USD', 'GBP', 'CHF', 'JPY', 'CNY', 'SEK', 'DKK', 'NOK', 'PLN', 'CZK', 'HUF', 'RON', 'BGN', 'CAD', 'AUD', 'INR',
  'RS', 'RP', 'KR', 'DM', 'FR', 'SFR', 'NIS',
]);
const PERIOD_CODE = /^[QHSTK]\d$/u;
/** A year after a period code, maybe after the range's second code: "Q4 2025", "Q4 of 2025", "Q1–Q3 2025". */
const YEAR_AFTER =
  /(?:[ \u00a0]{0,2}[-–/][ \u00a0]{0,2}[QHSTK]\d)?[ \u00a0\u202f\u2009/-]{0,3}(?:(?:of|van|de|von|des Jahres)[ \u00a0]{1,3})?(?:(?:1[89]|2[01])\d\d|['’‘]\d{2})(?!\d)/uy;
const YEAR_BEFORE = /(?:1[89]|2[01])\d\d[ \u00a0\u202f\u2009/-]{0,3}$/u;

/** Letter-led tokens with digits: identifiers, except the figures that look like them. */
function judgeGluedIdentifier(match: RegExpExecArray, text: string): Verdict {
  const token = match[0];
  const end = match.index + token.length;
  const letters = /^\p{L}+/u.exec(token)?.[0] ?? '';
  if (CURRENCY_CODES.has(letters.toUpperCase())) return null; // EUR100m
  if (/^[xX×]\d/u.test(token) && /^[xX×][\d.,]+$/u.test(token)) return null; // x10 multiplier
  if (/^FY\d/u.test(token)) return null; // fiscal years are the year reader's
  if (PERIOD_CODE.test(token)) {
    // "Q4 2025", "2025-Q4" are periods (dates.ts); a lone "Q4" is a label.
    YEAR_AFTER.lastIndex = end;
    if (YEAR_AFTER.test(text) || YEAR_BEFORE.test(text.slice(Math.max(0, match.index - 8), match.index))) return null;
  }
  return wholeMatch(match);
}

function judgeHyphenIdentifier(match: RegExpExecArray): Verdict {
  const head = match[0].split('-')[0]!;
  if (CURRENCY_CODES.has(head)) return null;
  const capitals = head.replace(/[^A-Z]/g, '').length;
  if (capitals < 2 && head.length > 1) return null; // "Pre-2020", "Mid-2026" are words
  if (head.length === 1 && /^[QHST]$/u.test(head)) return null; // "Q-4" periods
  return wholeMatch(match);
}

function judgeTimeWithContext(match: RegExpExecArray, text: string): Verdict {
  const span = groupOne(match);
  if (span === null || amountFollows(text, span.end)) return null;
  return span;
}

const ABBREVIATIONS_BEFORE_NUMBERS =
  /(?:approx|appr|circa|ongeveer|environ|about|around|ruim|bijna|nearly|almost|total|totaal|max|min|resp|incl|excl|inkl|vgl|zie|see|cf)$/iu;
const SCALE_WORD_AFTER = /^\s+(?:Mio|Mrd|Mill|Million|Millionen|Milliarde|Milliarden|Billion|Billionen|Mn|Bn|Md|Tsd|EUR|USD|GBP|CHF|Euro|Prozent|Dollar|Pfund|Franken)\b/u;

/** A citation number glued after the period that ends a sentence: "as the report shows.12 The". */
function judgeCitationAfterPeriod(match: RegExpExecArray, text: string): Verdict {
  const span = groupOne(match);
  if (span === null) return null;
  const wordBefore = /\p{L}+(?=[.)"”’]$)/u.exec(text.slice(Math.max(0, span.start - 20), span.start))?.[0] ?? '';
  if (ABBREVIATIONS_BEFORE_NUMBERS.test(wordBefore)) return null;
  if (SCALE_WORD_AFTER.test(text.slice(span.end, span.end + 16))) return null;
  return span;
}

/** "1. Introduction" opens the text; "10. Januar 2025" and "3. Quartal 2025" are dates and periods. */
function judgeListNumber(match: RegExpExecArray, text: string): Verdict {
  const span = groupOne(match);
  if (span === null) return null;
  return /^\s+\p{L}+\.?\s+\d{4}(?!\d)/u.test(text.slice(span.end, span.end + 40)) ? null : span;
}

function judgeNumberList(match: RegExpExecArray): Verdict {
  const parts = match[0].split(',');
  const allYears = parts.every(isPlausibleYear);
  const allShort = parts.every((part) => part.length <= 2);
  // "1,5" is a decimal and "1,000" a grouped number; only lists that can be neither are kept.
  if (allYears || (allShort && parts.length >= 3)) return wholeMatch(match);
  return null;
}

/**
 * A keyword and its numbers ("Articles 4, 5 and 6", "Section 3.1"), gated: a keyword alternation behind
 * a lookbehind is tried at every position of the text, the gate only at digits.
 */
function chainPattern(
  kind: ReferenceKind,
  keywords: readonly string[],
  { ignoreCase, withSubParts, locales }: { ignoreCase: boolean; withSubParts: boolean; locales?: readonly Locale[] },
): Pattern {
  const flags = ignoreCase ? 'iu' : 'u';
  const pattern: Pattern = {
    kind,
    regex: new RegExp(keywordChain(keywords, withSubParts), `g${flags}`),
    judge: judgeChain(withSubParts),
    gate: keywordChainGate(keywords, flags),
  };
  if (locales) pattern.locales = locales;
  return pattern;
}

const TIME_UNITS = `(?:uur|Uhr|h|u|hrs|o'clock|a\\.m\\.|p\\.m\\.|am|pm|AM|PM|CET|CEST|UTC|GMT|BST)`;

const PATTERNS: readonly Pattern[] = [
  // Addresses: digits inside them are never figures.
  { kind: 'url', regex: /\b(?:https?|ftp):\/\/[^\s<>"\uFFFC]+/gu, judge: trimTrailingPunctuation, needs: '://' },
  { kind: 'url', regex: /(?<![\p{L}\p{N}_./@])www\.[^\s<>"\uFFFC]+/gu, judge: trimTrailingPunctuation, needs: 'www.' },
  { kind: 'email', regex: /(?<![\p{L}\p{N}_.+-])[\p{L}\p{N}_.+-]{1,64}@[\p{L}\p{N}-]{1,63}(?:\.[\p{L}\p{N}-]{1,63}){1,8}/gu, needs: '@' },
  { kind: 'doi', regex: /(?:\bdoi:\s?)?(?<![\p{L}\p{N}_.])10\.\d{4,9}\/[^\s<>"\uFFFC]+/giu, judge: trimTrailingPunctuation, needs: '10.' },

  // Legal acts and documents.
  {
    kind: 'legal',
    needs: '/',
    regex: new RegExp(
      `(?:(?:${actWords})${SPACE}{1,2})?${EU_BODY}${SPACE}{0,2}${ACT_NUMBER_PREFIX}?\\d{1,4}/\\d{1,4}${EU_SUFFIX}?${AFTER_NUMBER}`,
      'gu',
    ),
  },
  {
    kind: 'legal',
    needs: '/',
    regex: new RegExp(`\\b(?:${actWords})${SPACE}{1,2}${ACT_NUMBER_PREFIX}?\\d{1,4}/\\d{1,4}${EU_SUFFIX}?${AFTER_NUMBER}`, 'gu'),
  },
  { kind: 'legal', regex: new RegExp(`${BEFORE_NUMBER}\\d{1,4}/\\d{1,4}${EU_SUFFIX}${AFTER_WORD}`, 'gu'), needs: '/' },
  { kind: 'legal', regex: new RegExp(`(?<![\\p{L}])(?:No|Nr|n°|N°)\\.?${SPACE}{0,2}\\d{1,4}/\\d{2,4}${AFTER_NUMBER}`, 'gu'), needs: '/' },
  {
    kind: 'legal',
    needs: '(',
    regex: new RegExp(
      `\\b(?:COM|SWD|SEC|JOIN|C|SGS|PE|P\\d_TA(?:-PROV)?)${SPACE}{0,2}\\(\\d{4}\\)${SPACE}{0,2}\\d{1,5}(?:${SPACE}(?:final|def|fin|endg|definitief|final/2))?${AFTER_WORD}`,
      'gu',
    ),
  },
  { kind: 'legal', regex: /(?<![\p{L}\p{N}_-])[CTF]-\d{1,4}\/\d{2}(?:\s?P)?(?![\p{L}\p{N}])/gu, needs: '/' }, // CJEU cases
  { kind: 'legal', regex: /\b(?:IP|MEMO|SPEECH|STATEMENT|QANDA|MEX|AC|DOC)\/\d{2}\/\d{1,5}(?![\p{N}])/gu, needs: '/' }, // press releases
  { kind: 'legal', regex: /\bECLI:[A-Z]{2}:[A-Z0-9]{1,7}:\d{4}:[0-9A-Z.]{1,25}/gu, needs: 'ECLI' },
  { kind: 'legal', regex: /(?<![\p{L}\p{N}])[1-9CE]\d{4}[A-Z]{1,2}\d{4}(?:\(\d{2}\))?(?![\p{L}\p{N}])/gu, gate: /\d[A-Z]/u }, // CELEX
  { kind: 'legal', regex: /\bBWB[RV]\d{7}\b/gu, needs: 'BWB' },
  { kind: 'legal', regex: /\bBGBl\.\s?I{1,3}\s?(?:S\.|Nr\.)\s?\d{1,5}/gu, needs: 'BGBl' },
  { kind: 'legal', regex: /\b(?:Stb|Stcrt|Trb)\.\s?\d{4},\s?\d{1,6}/gu, needs: '.' },
  {
    kind: 'legal',
    needs: 'Kamerstuk',
    regex: /\bKamerstuk(?:ken)?(?:\s(?:I|II))?\s(?:\d{4}\/\d{2},\s)?\d{2}\s?\d{3}(?:-[A-Z0-9]{1,4})?(?:,\s(?:nr|nrs)\.\s?\d{1,4}(?:[-–]\d{1,4})?)?/gu,
  },
  { kind: 'oj', regex: /(?<![\p{L}])(?:OJ|ABl\.|PB|JO|GU|DO|Pb\.)\s?(?:L|C|CA|CI|LI)\s?\d{1,4}(?:\s?[A-E](?![\p{L}]))?(?:\/\d{1,4})?(?![\p{N}])/gu },
  {
    kind: 'page',
    needs: '.',
    regex: new RegExp(
      `(?<![\\p{L}.])(?:pp?|S|blz|pag|Rn|Rz|Rdnr|fn)\\.${SPACE}{0,2}\\d{1,5}(?:${SPACE}{0,2}[-–]${SPACE}{0,2}\\d{1,5})?(?:${SPACE}?ff?\\.)?${AFTER_NUMBER}`,
      'gu',
    ),
    judge: (match, text) => (amountFollows(text, match.index + match[0].length) ? null : wholeMatch(match)),
    gate: new RegExp(`\\d(?<=(?:pp?|S|blz|pag|Rn|Rz|Rdnr|fn)\\.${SPACE}{0,2}\\d)`, 'u'),
  },
  chainPattern('article', ARTICLE_WORDS, { ignoreCase: true, withSubParts: true }),
  chainPattern('article', CAPITALIZED_ARTICLE_WORDS, { ignoreCase: false, withSubParts: true }),
  chainPattern('article', LOWER_CASE_ARTICLE_WORDS, { ignoreCase: false, withSubParts: true, locales: ['nl', 'de', 'fr'] }),
  chainPattern('section', SECTION_WORDS, { ignoreCase: true, withSubParts: false }),
  chainPattern('section', CAPITALIZED_SECTION_WORDS, { ignoreCase: false, withSubParts: false }),
  chainPattern('label', CAPITALIZED_LABEL_WORDS, { ignoreCase: false, withSubParts: false }),
  {
    kind: 'section',
    regex: new RegExp(`${BEFORE_NUMBER}\\d{1,3}(?:\\.\\d{1,3}){2,}${AFTER_NUMBER}`, 'gu'),
    judge: judgeSectionNumber,
    needs: '.',
    gate: /\d\.\d{1,3}\./u,
  },

  // Addresses and numbers of things.
  { kind: 'ip', regex: /(?<![\p{L}\p{N}_.,])\d{1,3}(?:\.\d{1,3}){3}(?:\/\d{1,2})?(?![\p{N}]|[.,]\d)/gu, judge: judgeIp, needs: '.' },
  {
    kind: 'phone',
    needs: '+',
    // An area code in brackets comes right after the country code ("+32 (0)2 …", "+1 (202) …"), never later.
    regex: /(?<![\p{L}\p{N}_+])\+(?:\d{8,15}|\d{1,3}(?:[ \u00a0./-]?\(\d{1,4}\)\d{0,4})?(?:[ \u00a0./-]\d{1,4}){1,7})(?![\p{N}]|[.,]\d)/gu,
    judge: judgePhone,
  },
  {
    kind: 'phone',
    // The keyword is matched, not looked behind for: a lookbehind is tried at every position of the
    // text, a keyword only where its first letter stands. The number (group 1) is the span either way.
    regex: /\b(?:[Tt]el|[Pp]hone|[Tt]elefoon|[Tt]elefon|[Tt]él|[Tt]éléphone|[Ff]ax)\.?:?[ \u00a0]{0,2}(\+?\(?\d[\d ()./-]{6,20}\d)(?![\p{N}])/dgu,
    judge: (match, text) => {
      const span = groupOne(match);
      const digits = match[1]?.replace(/\D/g, '').length ?? 0;
      return span !== null && digits >= 8 && digits <= 15 && !amountFollows(text, span.end) ? span : null;
    },
  },
  { kind: 'isbn', regex: /\bISBN(?:-1[03])?:?\s{0,2}[\dX][\dX \u00a0-]{8,20}[\dX](?![\p{L}\p{N}])/gu, judge: judgeIsbn, needs: 'ISBN' },
  { kind: 'issn', regex: /\b(?:e-|p-)?ISSN:?\s{0,2}\d{4}-\d{3}[\dX](?![\p{L}\p{N}])/gu, needs: 'ISSN' },
  { kind: 'iban', regex: /(?<![\p{L}\p{N}])[A-Z]{2}\d{2}(?:[ \u00a0]?[A-Z0-9]{4}){2,7}(?:[ \u00a0]?[A-Z0-9]{1,3})?(?![\p{L}\p{N}])/gu, judge: judgeIban },

  // Versions, standards, identifiers, hashes.
  { kind: 'version', regex: /(?<![\p{L}\p{N}_.])[vV]\d{1,4}(?:\.\d{1,4}){0,4}(?:-[0-9A-Za-z]{1,12}(?:\.[0-9A-Za-z]{1,12}){0,3})?(?![\p{L}\p{N}_]|[.,]\d)/gu },
  {
    kind: 'version',
    regex: new RegExp(`\\b(?:version|versie|release|Version|Release|Fassung)${SPACE}{1,2}\\d{1,3}(?:\\.\\d{1,4}){0,4}${AFTER_NUMBER}`, 'giu'),
    gate: new RegExp(`\\d(?<=(?:version|versie|release|fassung)${SPACE}{1,2}\\d)`, 'iu'),
    judge: (match, text) => (amountFollows(text, match.index + match[0].length) ? null : wholeMatch(match)),
  },
  {
    kind: 'standard',
    regex: new RegExp(
      `\\b(?:ISO(?:/IEC)?(?:/TS|/TR)?|IEC|EN(?:\\sISO)?|DIN(?:\\sEN)?(?:\\sISO)?|NEN(?:-EN)?(?:-ISO)?|RFC|IEEE|ETSI(?:\\s(?:EN|TS|TR|ES))?|ITU-[TR](?:\\s[A-Z]\\.)?|BS|CEN/TS|ÖNORM|NF)${SPACE}{0,2}[A-Z]?\\d{1,6}(?:${SPACE}\\d{3}(?!\\d)){0,2}(?:[-.]\\d{1,4}){0,3}[a-z]{0,3}(?::\\d{4})?${AFTER_NUMBER}`,
      'gu',
    ),
  },
  {
    kind: 'identifier',
    regex: /(?<![\p{L}\p{N}_-])[A-Z][A-Za-z]{0,9}(?:-[A-Za-z]{1,10})*-\d[\dA-Za-z]{0,15}(?:-\d{1,8}[A-Za-z]{0,4})*(?![\p{L}\p{N}_]|[.,]\d)/gu,
    judge: judgeHyphenIdentifier,
  },
  { kind: 'hash', regex: /(?<![\p{L}\p{N}_])0x[0-9a-fA-F]{1,128}(?![\p{L}\p{N}_])/gu, needs: '0x' },
  // The first hex digit is read before the lookbehind, so most positions fail on one cheap class test.
  // The gate holds for every hash judgeHash keeps (digits and letters mixed, so some digit touches a
  // letter), not for every match; the matches are whole hex tokens, so one left unread hides no other.
  {
    kind: 'hash',
    regex: /[0-9a-fA-F](?<![\p{L}\p{N}_][0-9a-fA-F])[0-9a-fA-F]{6,127}(?![\p{L}\p{N}_])/gu,
    judge: judgeHash,
    gate: /\d(?:(?<=[a-fA-F]\d)|(?=[a-fA-F]))/u,
  },
  {
    kind: 'identifier',
    regex: /(?<![\p{L}\p{N}_])\p{L}{1,12}\d[\p{L}\p{N}]{0,24}(?:\.\d{1,3}(?![\p{L}\p{N}]))?(?![\p{L}\p{N}_])/gu,
    judge: judgeGluedIdentifier,
    gate: /\d(?<=\p{L}\d)/u,
  },
  { kind: 'identifier', regex: /(?<![\p{L}\p{N}_.,])(?:[2-6]G|[234]D)(?![\p{L}\p{N}_])/gu },

  // Times.
  {
    kind: 'time',
    needs: ':',
    regex: new RegExp(`${BEFORE_NUMBER}(?:[01]?\\d|2[0-4]):[0-5]\\d(?::[0-5]\\d)?(?:${SPACE}?${TIME_UNITS}(?![\\p{L}]))?(?![\\p{N}]|[.,:]\\d)`, 'gu'),
    judge: (match, text) => (amountFollows(text, match.index + match[0].length) ? null : wholeMatch(match)),
  },
  {
    kind: 'time',
    regex: new RegExp(`${BEFORE_NUMBER}(?:[01]?\\d|2[0-4])\\.[0-5]\\d${SPACE}?${TIME_UNITS}(?![\\p{L}])`, 'gu'),
  },
  {
    kind: 'time',
    regex: new RegExp(`(?<=(?<![\\p{L}])(?:om|um|à|vanaf|dès|ab)${SPACE}{1,2})((?:[01]?\\d|2[0-4])\\.[0-5]\\d)(?![\\p{N}]|[.,]\\d)`, 'dgu'),
    gate: new RegExp(`\\d(?<=(?:om|um|à|vanaf|dès|ab)${SPACE}{1,2}\\d)`, 'u'),
    judge: judgeTimeWithContext,
  },
  { kind: 'time', regex: /(?<![\p{L}\p{N}_.,])(?:[01]?\d|2[0-4])h[0-5]\d(?![\p{L}\p{N}])/gu, needs: 'h' },
  { kind: 'time', regex: /(?<![\p{L}\p{N}_.,])(?:[01]?\d|2[0-4])h(?![\p{L}\p{N}])/gu, locales: ['fr'], needs: 'h' },
  { kind: 'time', regex: new RegExp(`${BEFORE_NUMBER}(?:[01]?\\d|2[0-4])${SPACE}?Uhr(?![\\p{L}])`, 'gu'), needs: 'Uhr' },
  {
    kind: 'time',
    regex: new RegExp(`${BEFORE_NUMBER}(?:1[0-2]|0?[1-9])${SPACE}?(?:a\\.m\\.|p\\.m\\.|pm|PM|am|AM)(?![\\p{L}])`, 'gu'),
    gate: new RegExp(`\\d${SPACE}?[apAP]`, 'u'),
    locales: ['en', 'nl', 'fr'],
  },
  {
    kind: 'time',
    regex: new RegExp(`${BEFORE_NUMBER}(?:1[0-2]|0?[1-9])${SPACE}?(?:a\\.m\\.|p\\.m\\.|pm|PM)(?![\\p{L}])`, 'gu'),
    locales: ['de'],
    gate: new RegExp(`\\d${SPACE}?[pP]`, 'u'),
  },
  { kind: 'time', regex: /(?<![\p{L}\p{N}_.,/])24\/7(?![\p{N}]|[.,/]\d)/gu, needs: '24/7' },
  { kind: 'time', regex: /(?<=\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2})?(?![\p{N}])/gu, needs: ':', gate: /\dT\d/u }, // ISO 8601 time after a date

  // Markers and lists.
  { kind: 'exponent', regex: /(?<=(?:m|ft)\s?)[\u00b2\u00b3](?![\u00b9\u00b2\u00b3\u2070\u2074-\u2079])/gu, gate: /[\u00b2\u00b3]/u }, // m², km², ft³
  { kind: 'footnote', regex: /(?<![\u00b9\u00b2\u00b3\u2070\u2074-\u2079])[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]+/gu, gate: /[\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/u },
  {
    kind: 'footnote',
    regex: /(?<=\p{Ll}{3}[.)"”’])(\d{1,3})(?=\s+[\p{Lu}]|\s*$)/dgu,
    gate: /\d(?<=\p{Ll}{3}[.)"”’]\d)/u,
    judge: judgeCitationAfterPeriod,
    // German capitalizes every noun: "max.12 Teilnehmer" is a count, so a capital after proves nothing.
    locales: ['en', 'nl', 'fr'],
  },
  { kind: 'footnote', regex: /\[\d{1,3}(?:(?:,[ \u00a0]?|[-–])\d{1,3}){0,12}\]/gu, needs: '[' }, // bracketed citations: [12], [3, 5–7]
  {
    kind: 'label',
    // "No. 5", "nr. 12", "n° 3": item numbers. Without the dot, "No 5 projects" is English "no".
    regex: new RegExp(`(?<![\\p{L}.])(?:No|no|Nr|nr|NO|NR)\\.${SPACE}{0,2}\\d{1,5}${AFTER_NUMBER}|(?<![\\p{L}])[nN]°${SPACE}{0,2}\\d{1,5}${AFTER_NUMBER}`, 'gu'),
    judge: (match, text) => (amountFollows(text, match.index + match[0].length) ? null : wholeMatch(match)),
  },
  {
    kind: 'section',
    // A heading's number: "2.1 Background", "3.2. Kosten". In nl and de "2.1" is no number at all.
    regex: /^[ \t]*(\d{1,2}(?:\.\d{1,2}){1,5}\.?)(?=[ \t\u00a0]+\p{Lu}\p{L}{2})/dgu,
    judge: (match, text) => {
      const span = groupOne(match);
      return span === null || amountFollows(text, span.end) ? null : span;
    },
  },
  { kind: 'list-number', regex: /^[ \t]*(\(?\d{1,3}[.)])(?=[ \t\u00a0])/dgu, judge: judgeListNumber },
  { kind: 'number-list', regex: /(?<![\p{L}\p{N}_.,])\d{1,4}(?:,\d{1,4})+(?![\p{N}]|[.,]\d)/gu, judge: judgeNumberList, needs: ',' },
];

const HAS_DIGIT = /[0-9\u00b9\u00b2\u00b3\u2070\u2074-\u2079]/u;

/** Spans that must never be read as figures, in order, non-overlapping. */
export function scanReferences(text: string, locale: Locale): ReferenceSpan[] {
  // Without a digit there is no figure to protect.
  if (!HAS_DIGIT.test(text)) return [];
  const candidates: ReferenceSpan[] = [];
  for (const pattern of PATTERNS) {
    if (pattern.locales && !pattern.locales.includes(locale)) continue;
    if (pattern.needs !== undefined && !text.includes(pattern.needs)) continue;
    if (pattern.gate !== undefined && !pattern.gate.test(text)) continue;
    const regex = pattern.regex;
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const span = pattern.judge ? pattern.judge(match, text, locale) : wholeMatch(match);
      if (span !== null) candidates.push({ start: span.start, end: span.end, kind: pattern.kind });
    }
  }
  return pickLeftmostLongest(candidates);
}
