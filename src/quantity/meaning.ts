/**
 * What a figure says, as one comparable key: its value (scale applied), range ends, unit, every
 * currency its marker can stand for, every reading a figure in doubt has, and its qualifiers. Two
 * writings of a figure mean the same exactly when their keys are equal; a fix must keep the key.
 */
import { currenciesOf } from './affixes.js';
import type { Quantity } from './types.js';

export function meaningOf(quantity: Quantity): string {
  const currencies = quantity.currency === undefined ? [] : [...currenciesOf(quantity.format.currencyText, quantity.currency)].sort();
  // A figure read one way in another locale's style ("2,5 %" in English) still has one reading.
  const readings = isInDoubt(quantity) ? [...quantity.malformed!.readings].sort() : [];
  return JSON.stringify([
    quantity.kind,
    quantity.value,
    quantity.low ?? null,
    quantity.high ?? null,
    quantity.precision,
    quantity.unit ?? null,
    currencies,
    readings,
    quantity.approximate,
    quantity.bound ?? null,
  ]);
}

/** Whether a figure has more than one value a reader could have meant ("$1,50": $1,500 or $1.50). */
export function isInDoubt(quantity: Quantity): boolean {
  const malformed = quantity.malformed;
  return malformed !== undefined && (malformed.kind === 'grouping' || malformed.kind === 'mixed' || malformed.readings.length > 1);
}
