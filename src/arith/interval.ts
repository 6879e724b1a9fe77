/**
 * Rounding-aware arithmetic shared by the arithmetic rules, as XBRL Calculations 1.1 compares:
 * a figure written as v with precision p stands for every value in [v − p/2, v + p/2]. Rules add,
 * subtract, multiply or divide these intervals and call a stated result consistent when its own
 * interval meets the computed one — so an author's rounding is never reported as an error.
 *
 * Endpoints are exact decimal strings; null is unbounded on that side ("more than 50" has no high end).
 */
import {
  absDecimal,
  addDecimal,
  compareDecimal,
  multiplyDecimal,
  negateDecimal,
  shiftDecimal,
  subtractDecimal,
  sumDecimals,
} from '../quantity/decimal.js';

export interface Interval {
  low: string | null;
  high: string | null;
}

/** Relative slack for approximate figures ("roughly", "≈", "about"): "0.1" widens by 10 % of the value each way. */
export interface Slack {
  approximate: string;
  /**
   * Widen an approximate figure by at most one unit of its last significant digit: "rund 371.000" was
   * rounded to thousands, "about £210m" to ten millions, so neither stretches to 10 % of its value.
   */
  significant?: boolean;
}

export const DEFAULT_SLACK: Slack = { approximate: '0.1' };

/** What intervalOf needs of a figure (a Figure or Quantity fits). */
export interface IntervalSource {
  value: string;
  precision: string;
  approximate: boolean;
  bound?: 'min' | 'max';
  /** For ranges ("10–20 %"): both ends; the interval then spans them. */
  low?: string;
  high?: string;
}

/** Significant digits a quotient keeps; rounded outward so the interval still holds the true value. */
const QUOTIENT_DIGITS = 30;

/**
 * The values a figure may stand for: [v − p/2, v + p/2], widened by |v| × slack when approximate,
 * open on one side for a bound ("up to", "more than"), spanning both ends for a range.
 */
export function intervalOf(figure: IntervalSource, slack: Slack = DEFAULT_SLACK): Interval {
  const half = multiplyDecimal(figure.precision, '0.5');
  let low = figure.low ?? figure.value;
  let high = figure.high ?? figure.value;
  if (compareDecimal(low, high) > 0) [low, high] = [high, low];
  low = subtractDecimal(low, half);
  high = addDecimal(high, half);
  if (figure.approximate) {
    low = subtractDecimal(low, widening(figure.low ?? figure.value, slack));
    high = addDecimal(high, widening(figure.high ?? figure.value, slack));
  }
  if (figure.bound === 'min') return { low, high: null };
  if (figure.bound === 'max') return { low: null, high };
  return { low, high };
}

/** How far "about" moves one end: the slack's share of it, capped at one unit of its last significant digit when asked. */
function widening(value: string, slack: Slack): string {
  const relative = multiplyDecimal(absDecimal(value), slack.approximate);
  if (!slack.significant) return relative;
  const unit = lastDigitUnit(value);
  return unit !== undefined && compareDecimal(unit, relative) < 0 ? unit : relative;
}

/** The place value of a decimal's last non-zero digit ("371000" → "1000", "5.2" → "0.1"), or undefined for zero. */
export function lastDigitUnit(value: string): string | undefined {
  const digits = value.startsWith('-') ? value.slice(1) : value;
  const point = digits.indexOf('.');
  const whole = point < 0 ? digits : digits.slice(0, point);
  const fraction = point < 0 ? '' : digits.slice(point + 1);
  const lastNonZero = (text: string): number => {
    for (let index = text.length - 1; index >= 0; index--) if (text[index] !== '0') return index;
    return -1;
  };
  const inFraction = lastNonZero(fraction);
  if (inFraction >= 0) return shiftDecimal('1', -(inFraction + 1));
  const inWhole = lastNonZero(whole);
  return inWhole < 0 ? undefined : shiftDecimal('1', whole.length - 1 - inWhole);
}

/** What decides whether a figure was written exact (a Figure or Quantity fits). */
export interface ExactnessSource extends IntervalSource {
  kind?: string;
  scale?: string;
  currency?: string;
}

/**
 * Precision as a careful author would set XBRL's `decimals`: a whole number written without a scale
 * word, currency, percent sign, qualifier or range ("12 agencies", "143 bytes", "7 of the 9") is an
 * exact count (decimals INF), not 11.5–12.5. Figures with decimals or a scale word ("€ 2.5 bn") are
 * rounded, and so is money written to the unit ("$4,071,072": decimals 0, its ledger keeps cents, and
 * a column of such amounts may foot a dollar off). The caller knows whether the context says so too
 * (a scaled column header, a rounding note, decimals in the column).
 */
export function isWrittenExact(figure: ExactnessSource): boolean {
  return (
    figure.precision === '1' &&
    figure.scale === undefined &&
    figure.currency === undefined &&
    figure.kind !== 'percent' &&
    !figure.approximate &&
    figure.bound === undefined &&
    figure.low === undefined &&
    figure.high === undefined
  );
}

/**
 * The values a figure may stand for, counts exact: intervalOf, except that a figure written exact is
 * its own value unless `rounded` says its context rounds it (then half a unit of its last digit).
 */
export function claimedInterval(figure: ExactnessSource, slack: Slack = DEFAULT_SLACK, rounded = false): Interval {
  return intervalOf(!rounded && isWrittenExact(figure) ? { ...figure, precision: '0' } : figure, slack);
}

/** The exact interval of one decimal value. */
export function pointInterval(value: string): Interval {
  return { low: value, high: value };
}

export function addIntervals(a: Interval, b: Interval): Interval {
  return {
    low: a.low === null || b.low === null ? null : addDecimal(a.low, b.low),
    high: a.high === null || b.high === null ? null : addDecimal(a.high, b.high),
  };
}

export function negateInterval(a: Interval): Interval {
  return {
    low: a.high === null ? null : negateDecimal(a.high),
    high: a.low === null ? null : negateDecimal(a.low),
  };
}

export function subtractIntervals(a: Interval, b: Interval): Interval {
  return addIntervals(a, negateInterval(b));
}

export function sumIntervals(items: readonly Interval[]): Interval {
  const lows = items.map((item) => item.low);
  const highs = items.map((item) => item.high);
  return {
    low: lows.some((low) => low === null) ? null : sumDecimals(lows as string[]),
    high: highs.some((high) => high === null) ? null : sumDecimals(highs as string[]),
  };
}

/**
 * For each item, the sum of all the others, in linear time: one sum, then each item taken off it
 * (summing the others anew for each item is quadratic, minutes on a table of a few thousand rows).
 * An unbounded end stays unbounded unless the item left out is the only unbounded one.
 */
export function sumsLeavingOneOut(items: readonly Interval[]): Interval[] {
  const othersAt = (ends: Array<string | null>): Array<string | null> => {
    const unbounded = ends.filter((end) => end === null).length;
    const bounded = sumDecimals(ends.filter((end): end is string => end !== null));
    return ends.map((end) => (end === null ? (unbounded === 1 ? bounded : null) : unbounded > 0 ? null : subtractDecimal(bounded, end)));
  };
  const lows = othersAt(items.map((item) => item.low));
  const highs = othersAt(items.map((item) => item.high));
  return items.map((_, index) => ({ low: lows[index]!, high: highs[index]! }));
}

/**
 * An endpoint on the extended line: a decimal, or −∞ / +∞. Products and quotients of intervals are
 * the extremes of their endpoint combinations, which may involve the unbounded ends.
 */
type Extended = string | '-inf' | '+inf';

function lowEnd(a: Interval): Extended {
  return a.low ?? '-inf';
}

function highEnd(a: Interval): Extended {
  return a.high ?? '+inf';
}

function signOf(value: Extended): -1 | 0 | 1 {
  if (value === '-inf') return -1;
  if (value === '+inf') return 1;
  return compareDecimal(value, '0');
}

function isInfinite(value: Extended): value is '-inf' | '+inf' {
  return value === '-inf' || value === '+inf';
}

function infinityOfSign(sign: -1 | 1): Extended {
  return sign < 0 ? '-inf' : '+inf';
}

function compareExtended(left: Extended, right: Extended): -1 | 0 | 1 {
  if (left === right) return 0;
  if (left === '-inf' || right === '+inf') return -1;
  if (left === '+inf' || right === '-inf') return 1;
  return compareDecimal(left, right);
}

/** The smallest and largest candidates as an interval (infinite ends become null). */
function hull(lows: readonly Extended[], highs: readonly Extended[]): Interval {
  const low = lows.reduce((best, value) => (compareExtended(value, best) < 0 ? value : best));
  const high = highs.reduce((best, value) => (compareExtended(value, best) > 0 ? value : best));
  return { low: isInfinite(low) ? null : low, high: isInfinite(high) ? null : high };
}

/** Endpoint product; 0 × ∞ is 0, the convention that keeps interval products tight and still sound. */
function multiplyExtended(left: Extended, right: Extended): Extended {
  const sign = signOf(left) * signOf(right);
  if (sign === 0) return '0';
  if (isInfinite(left) || isInfinite(right)) return infinityOfSign(sign as -1 | 1);
  return multiplyDecimal(left, right);
}

export function multiplyIntervals(a: Interval, b: Interval): Interval {
  const products: Extended[] = [];
  for (const left of [lowEnd(a), highEnd(a)]) {
    for (const right of [lowEnd(b), highEnd(b)]) products.push(multiplyExtended(left, right));
  }
  return hull(products, products);
}

/** A decimal string as an integer and a power of ten: "-2.50" → [-250n, -2]. */
function toInteger(value: string): [bigint, number] {
  const point = value.indexOf('.');
  const fractionDigits = point < 0 ? 0 : value.length - point - 1;
  return [BigInt(shiftDecimal(value, fractionDigits)), -fractionDigits];
}

/** numerator / denominator, rounded toward −∞ ('floor') or +∞ ('ceil'), to at least QUOTIENT_DIGITS significant digits. */
function divideDecimal(numerator: string, denominator: string, direction: 'floor' | 'ceil'): string {
  const [top, topExponent] = toInteger(numerator);
  const [bottom, bottomExponent] = toInteger(denominator);
  if (bottom === 0n) throw new RangeError('division by zero');
  const digitsOf = (n: bigint): number => (n < 0n ? -n : n).toString().length;
  const shift = Math.max(0, QUOTIENT_DIGITS + 1 + digitsOf(bottom) - digitsOf(top));
  const scaledTop = top * 10n ** BigInt(shift);
  let quotient = scaledTop / bottom; // truncates toward zero
  const exact = quotient * bottom === scaledTop;
  const negative = scaledTop < 0n !== bottom < 0n;
  if (!exact) {
    if (direction === 'floor' && negative) quotient -= 1n;
    if (direction === 'ceil' && !negative) quotient += 1n;
  }
  return shiftDecimal(quotient.toString(), topExponent - bottomExponent - shift);
}

/** Endpoint quotient candidates, outward-rounded: [for the low end, for the high end]. */
function divideExtended(left: Extended, right: Extended): Array<[Extended, Extended]> {
  const sign = signOf(left) * signOf(right);
  if (isInfinite(left) && isInfinite(right)) {
    // ∞/∞ is indeterminate: anything between 0 and the signed infinity.
    return [['0', '0'], [infinityOfSign(sign as -1 | 1), infinityOfSign(sign as -1 | 1)]];
  }
  if (isInfinite(right)) return [['0', '0']];
  if (isInfinite(left)) return [[infinityOfSign(sign as -1 | 1), infinityOfSign(sign as -1 | 1)]];
  return [[divideDecimal(left, right, 'floor'), divideDecimal(left, right, 'ceil')]];
}

/**
 * a / b. A divisor interval that contains 0 gives an unbounded result (the claim cannot be checked);
 * quotients are rounded outward to 30 significant digits.
 */
export function divideIntervals(a: Interval, b: Interval): Interval {
  if (compareExtended(lowEnd(b), '0') <= 0 && compareExtended(highEnd(b), '0') >= 0) {
    return { low: null, high: null };
  }
  const lows: Extended[] = [];
  const highs: Extended[] = [];
  for (const left of [lowEnd(a), highEnd(a)]) {
    for (const right of [lowEnd(b), highEnd(b)]) {
      for (const [low, high] of divideExtended(left, right)) {
        lows.push(low);
        highs.push(high);
      }
    }
  }
  return hull(lows, highs);
}

/** True when some value lies in both (ends included: a sum exactly on the rounding edge is consistent). */
export function intervalsMeet(a: Interval, b: Interval): boolean {
  const lowBelowHigh = (low: string | null, high: string | null): boolean =>
    low === null || high === null || compareDecimal(low, high) <= 0;
  return lowBelowHigh(a.low, b.high) && lowBelowHigh(b.low, a.high);
}

/** True when value lies in the interval. */
export function intervalContains(a: Interval, value: string): boolean {
  return intervalsMeet(a, pointInterval(value));
}

/** The interval grown by `amount` each way (e.g. n × half a unit for "may not sum due to rounding"). */
export function widen(a: Interval, amount: string): Interval {
  return {
    low: a.low === null ? null : subtractDecimal(a.low, amount),
    high: a.high === null ? null : addDecimal(a.high, amount),
  };
}
