/**
 * Public entry of the quantity reader: a pure function of (text, locale) → quantities.
 * No Markdown in here; the Brief builder hands us prose and cell text only.
 */
export type {
  DateParts,
  ExtractOptions,
  Locale,
  LocaleSetting,
  Malformed,
  NumberFormat,
  Quantity,
  QuantityKind,
} from './types.js';
export { extractQuantities } from './extract.js';
export { detectLocale } from './locale.js';
export {
  absDecimal,
  addDecimal,
  compareDecimal,
  isDecimal,
  multiplyDecimal,
  negateDecimal,
  normalizeDecimal,
  powerOfTen,
  shiftDecimal,
  subtractDecimal,
  sumDecimals,
} from './decimal.js';
