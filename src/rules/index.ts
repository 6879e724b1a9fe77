/**
 * The built-in rules, in the order they are documented. Everything that lists rules (--help,
 * the README table, SARIF's driver.rules, config validation) reads this one list.
 */
import type { Rule } from '../engine/types.js';

export const builtinRules: Rule[] = [];

export function findRule(id: string): Rule | undefined {
  return builtinRules.find((rule) => rule.meta.id === id);
}
