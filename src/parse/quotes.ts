/**
 * Quotations and TeX math inside a block's text: spans where another writer's style stands (quoted
 * figures keep their source's style and never vote on the brief's locale) or where "$" is no money.
 */
import type { Range } from './types.js';

/** Quotation marks that open a quotation, with the marks that may close it. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '„': '“”', '«': '»', '»': '«', '‹': '›', '›': '‹', '"': '"', '‚': '‘’', '‘': '’' };

/** Longest quotation read: beyond this, a stray mark is more likely than a quotation. */
const MAX_QUOTE = 600;

const isLetter = (char: string | undefined) => char !== undefined && /\p{L}/u.test(char);

/**
 * Spans of text between quotation marks ("…", “…”, „…“, «…», ‹…›, ‘…’, and '…' standing apart from
 * words), where another writer's style stands; offsets inside the marks.
 */
export function quotationSpans(text: string): Range[] {
  const spans: Range[] = [];
  // An opening mark with no closing mark after it has none after any later one of its kind either:
  // remembering that keeps the scan linear however many marks stay open.
  const unclosed = new Set<string>();
  for (let index = 0; index < text.length; index++) {
    const mark = text[index]!;
    if (unclosed.has(mark)) continue;
    const end = mark === "'" ? closingStraightQuote(text, index) : closingMark(text, index);
    if (end === undefined) continue;
    if (end < 0) {
      unclosed.add(mark);
      continue;
    }
    spans.push({ start: index + 1, end });
    index = end;
  }
  return spans;
}

/** Where the quotation opened at `index` closes; undefined when no quotation opens there, -1 when none closes. */
function closingMark(text: string, index: number): number | undefined {
  const closers = QUOTE_PAIRS[text[index]!];
  if (closers === undefined) return undefined;
  // "‘" inside a word is an apostrophe ("l‘État"), not a quotation.
  if (text[index] === '‘' && isLetter(text[index - 1])) return undefined;
  const limit = Math.min(text.length, index + MAX_QUOTE);
  for (let end = index + 1; end < limit; end++) {
    if (!closers.includes(text[end]!)) continue;
    // An apostrophe closes a ‘…’ only before a non-letter ("the fund’s" is no end).
    if (text[end] === '’' && isLetter(text[end + 1])) continue;
    return end === index + 1 ? undefined : end;
  }
  return limit < text.length ? undefined : -1;
}

/**
 * A straight single quote opens a quotation only where it stands apart from a word ("said 'de kost
 * is EUR 6,5 miljard' on TV"), and closes one only before a non-letter: "the fund's" and "'90s" are
 * apostrophes.
 */
function closingStraightQuote(text: string, index: number): number | undefined {
  const before = text[index - 1];
  if ((before !== undefined && !/[\s([{]/u.test(before)) || !/[^\s\d]/u.test(text[index + 1] ?? ' ')) return undefined;
  const limit = Math.min(text.length, index + MAX_QUOTE);
  for (let end = index + 2; end < limit; end++) {
    if (text[end] === '\n' && text[end + 1] === '\n') return undefined;
    if (text[end] !== "'" || /\s/u.test(text[end - 1]!) || isLetter(text[end + 1]) || /\d/u.test(text[end + 1] ?? '')) continue;
    return end;
  }
  return undefined;
}

/**
 * TeX math between dollar signs ("$2$", "$$r_n=1$$"), by Pandoc's rule: the opening "$" has a
 * non-space after it, the closing one a non-space before it and no digit after it. "$5 and $10"
 * is money: the second "$" follows a space.
 */
export function mathSpans(text: string): Range[] {
  const spans: Range[] = [];
  for (let index = 0; index < text.length; index++) {
    if (text[index] !== '$') continue;
    const display = text[index + 1] === '$';
    const open = index + (display ? 2 : 1);
    // Display math may open and close on lines of their own ("$$\n x = 1 \n$$"); inline math may not.
    if (open >= text.length || (!display && /\s/u.test(text[open]!))) continue;
    for (let close = open + 1; close < text.length; close++) {
      if (text[close] !== '$' || (!display && /\s/u.test(text[close - 1]!))) continue;
      if (display ? text[close + 1] !== '$' : /\d/.test(text[close + 1] ?? '')) continue;
      spans.push({ start: index, end: close + (display ? 2 : 1) });
      index = close + (display ? 1 : 0);
      break;
    }
  }
  return spans;
}

/** The text with its quotations blanked out (same length), for what must not read them. */
export function withoutQuotations(text: string): string {
  let result = '';
  let at = 0;
  for (const span of quotationSpans(text)) {
    result += text.slice(at, span.start) + ' '.repeat(span.end - span.start);
    at = span.end;
  }
  return result + text.slice(at);
}
