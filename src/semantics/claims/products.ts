/**
 * All product claims of a brief, one claim per stated total: count × each ("four gigafactories …
 * 100,000 chips each … 500,000 chips in total"), per period × periods, one rate as another, and per
 * item × a count stated after it (./product.ts). A total claimed by a count × each pair is not read again
 * as another product's total.
 */
import type { Brief, Figure, Sentence } from '../../parse/types.js';
import { compareDecimal } from '../../quantity/decimal.js';
import { DEFAULT_UNIT_SYNONYMS } from '../../quantity/nouns.js';
import type { Synonyms } from '../units.js';
import { countEachClaims } from './count-each.js';
import { productClaims, type ProductClaim } from './product.js';

/** A count of things, what each holds, and the total stated for them. */
export interface CountEachProduct {
  kind: 'product';
  how: 'count-each';
  count: Figure;
  each: Figure;
  total: Figure;
}

export type Product = CountEachProduct | ProductClaim;

/** The product claims of a brief's author's sentences, with more groups of nouns that count the same things. */
export function readProducts(brief: Brief, sentences: readonly Sentence[], synonyms: Synonyms): Product[] {
  const products: Product[] = [];
  const totals = new Set<Figure>();
  for (const { count, each, total } of countEachClaims(sentences, brief.locale, [...DEFAULT_UNIT_SYNONYMS, ...synonyms])) {
    products.push({ kind: 'product', how: 'count-each', count, each, total });
    totals.add(total);
  }
  for (const claim of productClaims(brief)) {
    if (totals.has(claim.total) || claim.total.malformed) continue;
    // A total for several items or periods is more than one of them: a smaller figure is something else.
    if (compareDecimal(claim.total.value, claim.each.value) <= 0) continue;
    totals.add(claim.total);
    products.push(claim);
  }
  return products;
}
