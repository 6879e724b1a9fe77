/**
 * The text between two figures, or before one, as rules read it with their connector patterns
 * ("of which", "= ", "van de", "an operator right before the chain"). Those patterns allow a few words
 * and blanks; a longer stretch holds none of them. Bounding what they see keeps every rule linear on
 * pathological input (100 000 tabs between "5 + 5" and "= 10" made `^\s*[=≈]\s*[~≈]?\s*$` take 40 s)
 * without changing what they find in real prose.
 */

/** Longer than any connector the rules know, noun words included ("of the 27 Member States' regions, or"). */
export const MAX_GAP_LENGTH = 300;

/**
 * `text` from `start` to `end`; when longer than MAX_GAP_LENGTH, only its last MAX_GAP_LENGTH
 * characters after an ellipsis. Patterns anchored at both ends ("^\s*=\s*$") then fail, as they
 * should for figures that far apart, and patterns anchored at the end only ("[+=]\s*$", "the clause
 * that opens with the whole") still see what stands right before `end`, not a false `^`.
 */
export function boundedText(text: string, start: number, end: number): string {
  return end - start > MAX_GAP_LENGTH ? `\u2026${text.slice(end - MAX_GAP_LENGTH, end)}` : text.slice(start, end);
}

/** The index of the first item that starts at or after `offset`, found by bisection: the items are in text order. */
export function firstStartingFrom(items: readonly { start: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle]!.start < offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * The index of the last item that ends at or before `offset`, or -1: the items are in text order and
 * do not overlap, so their ends are in order too.
 */
export function lastEndingBy(items: readonly { start: number; end: number }[], offset: number): number {
  let low = 0;
  let high = items.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (items[middle]!.end <= offset) low = middle + 1;
    else high = middle;
  }
  return low - 1;
}
