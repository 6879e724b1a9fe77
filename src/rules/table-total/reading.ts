/**
 * How table-total reads a GFM table the way an editor footing it would: which rows and columns are
 * totals, which rows are parts of another row, which columns cannot be added, what each cell holds,
 * and what the notes around the table say about rounding or additivity.
 */
import type { Brief, Figure, Table, TableCell } from '../../parse/types.js';
import { alternation, anyLanguage, conceptPattern, WORD_END, wordPattern } from '../../lexicon/index.js';
import { tableNotes } from '../../semantics/index.js';

/** What one cell holds, for adding. */
export type CellReading =
  /** unitWord: a unit written after the figure that the reader does not carry ("DAI", "MKR"), lower-cased. */
  | { kind: 'number'; figure: Figure; unitWord?: string }
  /** Nothing written: a section row's filler, or a value not given. */
  | { kind: 'empty' }
  /** "-", "–", "n/a": not given (in manifesto costings a dash means "not costed separately", not zero). */
  | { kind: 'missing' }
  | { kind: 'text' };

const ADDABLE_KINDS = new Set(['amount', 'count', 'number', 'percent']);

/** Markup and signs that may stand around a lone figure in a cell without changing what it says. */
const CELL_NOISE = /[\s*_~≈+<>()[\]]/g;

export function readCell(cell: TableCell): CellReading {
  const bare = cell.text.replace(/[\s*_\uFFFC]/g, '');
  if (bare === '') return { kind: 'empty' };
  if (/^(?:[-–—‒]+|n\/?a|n\.?v\.?t\.?|k\.?\s?a\.?|s\.?o\.?|nd|—)$/i.test(bare)) return { kind: 'missing' };
  const figures = cell.figures.filter((figure) => figure.kind !== 'date' && figure.kind !== 'period');
  if (figures.length !== 1) return { kind: 'text' };
  const figure = figures[0]!;
  if (!ADDABLE_KINDS.has(figure.kind) || figure.malformed) return { kind: 'text' };
  // The cell must be the figure and nothing that qualifies it ("£12,084 (+5 %)", "3 of 4"), save
  // its own unit word ("120 bytes", "50,000 DAI", "450 FTE", "12 agencies").
  const before = cell.text.slice(0, figure.start).replace(/\uFFFC/g, '').replace(CELL_NOISE, '');
  const after = cell.text.slice(figure.end).replace(/\uFFFC/g, '');
  const restWords = before + after.replace(CELL_NOISE, '');
  if (restWords !== '' && !isUnitWord(restWords, figure) && !(before === '' && isNounAfter(after))) return { kind: 'text' };
  const unitWord = (restWords || figure.unit || '').toLowerCase();
  return { kind: 'number', figure, ...(unitWord ? { unitWord } : {}) };
}

/**
 * Currency and stablecoin codes written after an amount: money kept in cents and shown to the unit, as
 * "$59,000" is. Tokens such as ETH are granted in whole units ("6 ETH" is six).
 */
const MONEY_CODES = new Set(['eur', 'usd', 'gbp', 'chf', 'dai', 'usdc', 'usdt', 'usds', 'gho']);

export function isMoneyCode(unitWord: string): boolean {
  return MONEY_CODES.has(unitWord.toLowerCase());
}

/** One word right after the figure, naming what was counted: "12 agencies", "3 Projekte", "450 FTE". */
const NOUN_AFTER = /^[\s*_]*(\p{L}[\p{L}'’-]{0,23})[\s*_]*$/u;
/** Words after a figure that qualify it rather than name its unit: an estimate, a bound, a rate, a share. */
const QUALIFIER_AFTER =
  /^(?:est|estimated|estimate|approx|approximately|about|around|roughly|ca|circa|tbc|tbd|each|apiece|pa|max|min|maximum|minimum|only|plus|more|less|fewer|total|per|avg|average|net|gross|ongeveer|elk|per|etwa|ungefähr|rund|je|pro|environ|chacun|par|brut|netto|brutto|yes|no|ja|nee|nein|oui|non)$/iu;

function isNounAfter(after: string): boolean {
  const match = NOUN_AFTER.exec(after);
  return match !== null && !QUALIFIER_AFTER.test(match[1]!);
}

function isUnitWord(word: string, figure: Figure): boolean {
  if (figure.unit && word.toLowerCase() === figure.unit.toLowerCase()) return true;
  // Token and currency codes the reader does not know as money ("DAI", "USDC", "ETH"): one word in capitals.
  return /^[A-Z]{2,5}$/.test(word);
}

/** The readable label of a cell: markup, a trailing colon and a parenthetical unit removed. */
export function labelOf(cell: TableCell): string {
  return cell.text
    .replace(/\uFFFC/g, '')
    .replace(/[*_`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Total words of a row label, every language (lexicon: totalRow). */
const TOTAL_WORDS = alternation(anyLanguage('totalRow'));

/** "Total", "**Grand total**", "Totaal:", "Total (€ m)", "Summe 2025": the label is a total word and nothing more. */
// Each optional part starts with the character it needs, so blanks are never split between two `\s*`
// (a label of "Total" and 100 000 blanks is read in linear time).
const EXACT_TOTAL = new RegExp(`^${TOTAL_WORDS}(?:\\s*:)?(?:\\s*\\([^)]*\\))?(?:\\s*:)?\\s*$`, 'iu');
/** "Total spending changes", "Totaal uitgaven": a total of a named group, whose scope is less certain. */
const NAMED_TOTAL = new RegExp(`^${TOTAL_WORDS}${WORD_END}`, 'iu');
/** Words that make a labelled total no sum of its rows at all: a rate, an average, a change, a condition (lexicon: averageLabel, effectLabel). */
const NOT_A_SUM = wordPattern([...anyLanguage('averageLabel'), ...anyLanguage('effectLabel')]);
/** … nor a net of them (lexicon: averageLabel). */
const NOT_A_NET = conceptPattern('any', 'averageLabel');
/** A named total that is not the plain sum of the rows above: "Total excl. avoidance", "Total if unmarried", "Total per person". */
const NOT_A_PLAIN_SUM = wordPattern([...anyLanguage('exceptLabel'), ...anyLanguage('averageLabel'), ...anyLanguage('effectLabel')]);
const SUBTOTAL = conceptPattern('any', 'subtotalRow');

export type TotalKind = 'total' | 'subtotal' | 'named';

/** Whether a label names a total, and what kind. */
/** "Overall", "Ensemble": in a table of scores or rates this row is an average as often as a sum. */
export function mayBeAverageRow(label: string): boolean {
  return conceptPattern('any', 'averageRow', 'start').test(label);
}

export function totalKind(label: string): TotalKind | undefined {
  if (SUBTOTAL.test(label) && (EXACT_TOTAL.test(label) || NAMED_TOTAL.test(label) || /subtotal$/i.test(label))) {
    // A subtotal covers the rows of its block, whatever its name says they exclude ("Sous-total hors
    // Métropole", "Subtotal excl. grants" over the rows it names): only a rate or a change is no sum.
    return NOT_A_SUM.test(label) ? undefined : 'subtotal';
  }
  if (EXACT_TOTAL.test(label)) return 'total';
  if (/^(?:headcount|non-headcount|[\w-]+)\s+(?:expenses?\s+)?(?:sub-?total|subtotaal)$/i.test(label)) return 'subtotal';
  if ((NAMED_TOTAL.test(label) || endsWithTotalWord(label) || TOTAL_COMPOUND.test(label)) && !NOT_A_PLAIN_SUM.test(label)) return 'named';
  return undefined;
}

/** "Gesamtkosten", "Totaalbedrag": a total named by one compound word (lexicon: totalCompound). */
const TOTAL_COMPOUND = conceptPattern('any', 'totalCompound', 'start');
/** "Balance", "Net movement in reserves", "Saldo", "Restbetrag", "Solde" (lexicon: balanceRow). */
const BALANCE_ROW = conceptPattern('any', 'balanceRow', 'start');
/** "Unobligated balance", "Fund balance", "Solde" last: the balance word closes the label. */
const BALANCE_ROW_END = conceptPattern('any', 'balanceRow', 'end');

/** A row that nets the rows above it (a sum with signs, or what is left of the first row): not a rate or an average of them. */
export function isBalanceLabel(label: string): boolean {
  return (BALANCE_ROW.test(label) || BALANCE_ROW_END.test(label)) && !NOT_A_NET.test(label) && !label.includes('%');
}

/** Total words that may close a group's label: "Ecosystem Total", "Personal gesamt", "Kosten insgesamt". */
const TRAILING_TOTAL_WORDS = new Set(anyLanguage('totalRowAfter'));
/** "Share of total", "% van totaal", "Anteil am Gesamt": a share of the total, not one. */
const OF_WORDS = new Set(anyLanguage('shareOfTotal'));

/**
 * A label with the total word last ("Ecosystem Total", "Public Goods Total (USD):"). By splitting, not a
 * regular expression, so that a long label is read in linear time.
 */
function endsWithTotalWord(label: string): boolean {
  let text = label.trim();
  while (text.endsWith(':')) text = text.slice(0, -1).trimEnd();
  const open = text.lastIndexOf('(');
  if (text.endsWith(')') && open > 0) text = text.slice(0, open).trimEnd();
  while (text.endsWith(':')) text = text.slice(0, -1).trimEnd();
  if (text.includes('%')) return false;
  const words = text.toLowerCase().split(/\s+/u);
  if (words.length < 2) return false;
  return TRAILING_TOTAL_WORDS.has(words[words.length - 1]!) && !words.slice(-3, -1).some((word) => OF_WORDS.has(word));
}

/** A row that is part of another row: "of which", "thereof", "– sub-envelope", "davon", "dont", a leading dash or dot. */
const PART_MARKER_ANYWHERE = wordPattern([...anyLanguage('rowPart'), ...anyLanguage('rowPartWeak')]);
const PART_MARKER_LEADING = conceptPattern('any', 'rowPartLeading', 'start');

export function isPartOfAnotherRow(label: string): boolean {
  return /^(?:[–—·•]|-\s)/u.test(label) || PART_MARKER_LEADING.test(label) || PART_MARKER_ANYWHERE.test(label);
}

/** Words that say outright that a row is inside another ("of which", "davon"), unlike a dash or "including", which may only style a list. */
const STRONG_PART_MARKER = conceptPattern('any', 'rowPart');

export function isSurelyPartOfAnotherRow(label: string): boolean {
  return STRONG_PART_MARKER.test(label);
}

/** Column headers whose values cannot be added: shares, averages, rates, per-unit figures. */
const NON_ADDITIVE_HEADER = conceptPattern('any', 'nonAdditiveHeader');

export function isNonAdditiveHeader(header: string): boolean {
  return /[%Ø⌀]/u.test(header) || NON_ADDITIVE_HEADER.test(header);
}

/**
 * Words of a column header that give a scale ("€ m", "£bn", "Mio. €", "in thousands", "(000s)"): its
 * whole numbers are rounded to that scale, not exact counts. A false reading only makes the rule more
 * lenient, so the words are taken broadly ("m" may be metres).
 */
const SCALE_TOKENS = new Set([
  'k', 'm', 'mn', 'mln', 'bn', 'b', 'bln', 'mld', 'mrd', 'md', 'mds', 'mio', 'tsd', "'000", '000', "'000s", '000s',
  'thousand', 'thousands', 'million', 'millions', 'billion', 'billions', 'duizend', 'duizenden', 'miljoen', 'miljoenen',
  'miljard', 'miljarden', 'tausend', 'millionen', 'milliarde', 'milliarden', 'milliers', 'milliard', 'milliards',
]);
/** "x 1.000", "× € 1,000": amounts in thousands. */
const TIMES_THOUSAND = /[x×]\s?(?:[€$£]\s?)?1[.,\s\u202f]?000/iu;

/** A caption that gives the table's scale: "(in € million)", "in thousands of euros", "x 1.000 euro", "en milliers". */
const SCALED_CAPTION =
  /(?:(?<![\p{L}\p{N}])(?:in|en)\s+(?:[€$£]\s?|eur\p{L}*\s+|dollars?\s+)?(?:thousands?|millions?|billions?|duizend(?:en)?|miljoen(?:en)?|miljard(?:en)?|tausend|millionen|milliarden|mio\.?|mrd\.?|tsd\.?|milliers|milliards?|mln\.?|mld\.?)|[x×]\s?(?:[€$£]\s?)?1[.,\s\u202f]?000(?![\p{L}\p{N}])|\((?:[€$£]\s?)(?:k|m|mn|bn|mln|mld)\))/iu;

/** A header that names money ("Amount (€)", "Budget USD", "DAI"): whole amounts under it are kept to the unit. */
const MONEY_HEADER = /[€$£¥]|(?<![\p{L}])(?:eur|usd|gbp|chf|dai|usdc|usdt|euros?|dollars?|pounds?)(?![\p{L}])/iu;

export function isMoneyHeader(header: string): boolean {
  return MONEY_HEADER.test(header);
}

export function isScaledHeader(header: string): boolean {
  if (TIMES_THOUSAND.test(header)) return true;
  // By words, split at blanks and brackets, with currency signs and a closing point taken off ("£bn", "Mio.").
  return header
    .toLowerCase()
    .split(/[\s()[\]/,;:]+/u)
    .some((word) => SCALE_TOKENS.has(trimSigns(word)));
}

function trimSigns(word: string): string {
  let from = 0;
  let to = word.length;
  while (from < to && '€$£¥'.includes(word[from]!)) from++;
  while (to > from && '€$£¥.'.includes(word[to - 1]!)) to--;
  return word.slice(from, to);
}

export function isScaledCaption(caption: string): boolean {
  return SCALED_CAPTION.test(caption);
}

export interface TableNotes {
  /** "Totals may not sum due to rounding", "afrondingsverschillen", "Rundungsdifferenzen", "arrondis". */
  rounding: boolean;
  /** "not additive", "because of interactions", "combined simulation": totals are not sums. */
  nonAdditive: boolean;
}

const ROUNDING_NOTE = conceptPattern('any', 'roundingNote');
const NON_ADDITIVE_NOTE = conceptPattern('any', 'nonAdditiveNote');
const DOES_NOT_SUM = conceptPattern('any', 'doesNotSum');

/** What the notes an author writes about a table (see `tableNotes`) say about rounding and additivity. */
export function readNotes(table: Table, brief: Brief): TableNotes {
  const text = tableNotes(brief, table);
  const rounding = ROUNDING_NOTE.test(text);
  const nonAdditive = NON_ADDITIVE_NOTE.test(text) || (!rounding && DOES_NOT_SUM.test(text));
  return { rounding, nonAdditive };
}
