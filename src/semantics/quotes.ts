/**
 * Quotation spans: words the author cites ("…", “…”, „…“, « … ») keep their source's figures, which the
 * author cannot correct. A blockquote is quoted as a whole (TextBlock.quoted).
 */
import type { Figure, Range, TextBlock } from '../parse/types.js';

/** Opening mark → closing marks it pairs with. Straight double quotes pair with themselves. */
const PAIRS: Readonly<Record<string, string>> = { '"': '"', '“': '”', '„': '“”', '«': '»', '‹': '›', '‘': '’', '‚': '‘’' };

/** Longest quotation read: beyond this, a stray mark is more likely than a quotation. */
const MAX_QUOTE = 600;

const spansOf = new WeakMap<TextBlock, Range[]>();

/** The quoted stretches of a block's text (offsets into it, marks included), read once per block. */
export function quotationSpans(block: TextBlock): Range[] {
  const known = spansOf.get(block);
  if (known) return known;
  const spans: Range[] = [];
  const text = block.text;
  for (let index = 0; index < text.length; index++) {
    const closers = PAIRS[text[index]!];
    if (!closers) continue;
    // "‘" inside a word is an apostrophe ("l‘État"), not a quotation.
    if (text[index] === '‘' && /[\p{L}]/u.test(text[index - 1] ?? '')) continue;
    let end = index + 1;
    const limit = Math.min(text.length, index + MAX_QUOTE);
    while (end < limit && !closers.includes(text[end]!)) end++;
    if (end >= limit || end === index + 1) continue;
    // An apostrophe closes a ‘…’ only before a non-letter ("the fund’s" is no end).
    if (text[end] === '’' && /[\p{L}]/u.test(text[end + 1] ?? '')) continue;
    spans.push({ start: index, end: end + 1 });
    index = end;
  }
  spansOf.set(block, spans);
  return spans;
}

/** Whether a figure is the author's own words' or cited: in a blockquote or inside quotation marks. */
export function isQuoted(figure: Figure): boolean {
  if (figure.quoted) return true;
  return quotationSpans(figure.block).some((span) => span.start <= figure.start && figure.end <= span.end);
}
