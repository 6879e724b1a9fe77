/**
 * Quotation spans: words the author cites ("…", “…”, „…“, « … ») keep their source's figures, which the
 * author cannot correct. A blockquote is quoted as a whole (TextBlock.quoted).
 */
import { quotationSpans as quotedText } from '../parse/quotes.js';
import type { Figure, Range, TextBlock } from '../parse/types.js';

const spansOf = new WeakMap<TextBlock, Range[]>();

/** The quoted stretches of a block's text (offsets into it, marks included), read once per block (see parse/quotes.ts). */
export function quotationSpans(block: TextBlock): Range[] {
  const known = spansOf.get(block);
  if (known) return known;
  const spans = quotedText(block.text).map((span) => ({ start: span.start - 1, end: span.end + 1 }));
  spansOf.set(block, spans);
  return spans;
}

/** Whether a figure is the author's own words' or cited: in a blockquote or inside quotation marks. */
export function isQuoted(figure: Figure): boolean {
  if (figure.quoted) return true;
  return quotationSpans(figure.block).some((span) => span.start <= figure.start && figure.end <= span.end);
}
