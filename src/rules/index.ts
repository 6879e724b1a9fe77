/**
 * The built-in rules, in the order they are documented. Everything that lists rules (--help,
 * the README table, SARIF's driver.rules, config validation) reads this one list.
 */
import type { Rule, RuleMeta } from '../engine/types.js';
import conflictingFigures from './conflicting-figures.js';
import dateInvalid from './date-invalid.js';
import frontmatterSchema from './frontmatter-schema.js';
import numberFormat from './number-format.js';
import numberStyle from './number-style.js';
import partExceedsWhole from './part-exceeds-whole.js';
import percentOf from './percent-of.js';
import percentSum from './percent-sum.js';
import productMismatch from './product-mismatch.js';
import rangeOrder from './range-order.js';
import sumMismatch from './sum-mismatch.js';
import tableTotal from './table-total.js';
import timelineOrder from './timeline-order.js';
import weekdayMismatch from './weekday-mismatch.js';

export const builtinRules: readonly Rule[] = [
  numberFormat,
  sumMismatch,
  tableTotal,
  partExceedsWhole,
  productMismatch,
  conflictingFigures,
  percentSum,
  percentOf,
  dateInvalid,
  weekdayMismatch,
  timelineOrder,
  rangeOrder,
  numberStyle,
  frontmatterSchema,
];

export function findRule(id: string): Rule | undefined {
  return builtinRules.find((rule) => rule.meta.id === id);
}

export function ruleMetas(): RuleMeta[] {
  return builtinRules.map((rule) => rule.meta);
}
