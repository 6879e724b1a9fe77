/**
 * Quotations and TeX math inside a block's text: spans where another writer's style stands (quoted
 * figures keep their source's style and never vote on the brief's locale) or where "$" is no money.
 */
import type { Range } from './types.js';

/** Quotation marks that open a quotation, with the marks that may close it. */
const QUOTE_PAIRS: Readonly<Record<string, string>> = { '“': '”', '„': '“”', '«': '»', '»': '«', '"': '"', '‚': '‘’' };

/** Spans of text between quotation marks ("…", “…”, „…“, «…»), where another writer's style stands. */
export function quotationSpans(text: string): Range[] {
  const spans: Range[] = [];
  // An opening mark with no closing mark after it has none after any later one of its kind either:
  // remembering that keeps the scan linear however many marks stay open.
  const unclosed = new Set<string>();
  for (let index = 0; index < text.length; index++) {
    const closers = QUOTE_PAIRS[text[index]!];
    if (closers === undefined || unclosed.has(text[index]!)) continue;
    let end = index + 1;
    while (end < text.length && !closers.includes(text[end]!)) end++;
    if (end >= text.length) {
      unclosed.add(text[index]!);
      continue;
    }
    spans.push({ start: index + 1, end });
    index = end;
  }
  return spans;
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
    if (open >= text.length || /\s/u.test(text[open]!)) continue;
    for (let close = open + 1; close < text.length; close++) {
      if (text[close] !== '$' || /\s/u.test(text[close - 1]!)) continue;
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
