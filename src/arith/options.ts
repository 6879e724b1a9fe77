/**
 * Options the arithmetic rules share, so a misconfigured slack reads the same in every rule.
 */
import { z } from 'zod';
import { isDecimal } from '../quantity/decimal.js';

/**
 * Relative slack for approximate figures ("≈", "roughly", "~"): "0.1" is 10 %. Written as a string or
 * as a number (`approximateSlack: 0.05`, as YAML and JSON users write it); kept as a decimal string, so
 * the arithmetic stays exact. A number is taken as JavaScript prints it (0.05 → "0.05").
 */
export const approximateSlackOption = z
  .union([z.string(), z.number()])
  // The default before the transform, so the config schema and the docs show it (zod's input side).
  .default('0.1')
  .transform((value) => (typeof value === 'number' ? String(value) : value))
  .refine(isDecimal, 'a decimal such as 0.1 or "0.1"')
  .describe('How far an approximate figure ("≈", "roughly", "about", "~") may be off, relative to its value, as a decimal: "0.1" is 10 %.');

/** The options object of every arithmetic rule whose only option is the slack. */
export const slackOptions = z
  .object({
    approximateSlack: approximateSlackOption,
  })
  .strict();
