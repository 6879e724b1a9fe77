/**
 * The built-in rules, in the order they are documented. Everything that lists rules (--help,
 * the README table, SARIF's driver.rules, config validation) reads this one list.
 */
import type { Rule, RuleMeta } from '../engine/types.js';
import numberFormat from './number-format.js';
import partExceedsWhole from './part-exceeds-whole.js';
import percentOf from './percent-of.js';
import productMismatch from './product-mismatch.js';
import sumMismatch from './sum-mismatch.js';
import tableTotal from './table-total.js';

export const builtinRules: readonly Rule[] = [
  numberFormat,
  sumMismatch,
  tableTotal,
  partExceedsWhole,
  productMismatch,
  percentOf,
];

export function findRule(id: string): Rule | undefined {
  return builtinRules.find((rule) => rule.meta.id === id);
}

export function ruleMetas(): RuleMeta[] {
  return builtinRules.map((rule) => rule.meta);
}
