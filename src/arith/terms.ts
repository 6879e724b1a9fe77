/**
 * The terms of a sum as a message shows them: all of them up to a dozen, else the first eight and the
 * last two around "…". A Total under 50 000 rows is explained on one readable line, not 50 000 terms
 * (a message of 12 KB per finding made reports of gigabytes: issue 20).
 */
export const SHOWN_TERMS = 12;

/** Written terms joined by `join`, elided in the middle beyond SHOWN_TERMS, where `gap` stands. */
export function joinTerms(terms: readonly string[], join: string, gap = '…'): string {
  if (terms.length <= SHOWN_TERMS) return terms.join(join);
  return [...terms.slice(0, 8), gap, ...terms.slice(-2)].join(join);
}
