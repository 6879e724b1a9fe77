/**
 * Options the arithmetic rules share, so a misconfigured slack reads the same in every rule.
 */
import { z } from 'zod';
import { isDecimal } from '../quantity/decimal.js';

/** Relative slack for approximate figures ("≈", "roughly", "~"), as a decimal string: "0.1" is 10 %. */
export const approximateSlackOption = z.string().refine(isDecimal, 'a decimal such as "0.1"').default('0.1');

/** The options object of every arithmetic rule whose only option is the slack. */
export const slackOptions = z
  .object({
    approximateSlack: approximateSlackOption,
  })
  .strict();
