/**
 * Exact decimal arithmetic on decimal strings ("1500000000", "-2.5", "0.001").
 * Internally a scaled bigint: value = coefficient × 10^exponent. Never binary floating point,
 * because money totals must compare exactly.
 */

interface Scaled {
  coefficient: bigint;
  exponent: number;
}

const DECIMAL_PATTERN = /^([+-]?)(\d+)(?:\.(\d+))?$/;

/** True when `text` is a plain decimal string this module accepts ("-12.5", "007", "3"). */
export function isDecimal(text: string): boolean {
  return DECIMAL_PATTERN.test(text);
}

function toScaled(text: string): Scaled {
  const match = DECIMAL_PATTERN.exec(text);
  if (!match) throw new RangeError(`not a decimal string: ${JSON.stringify(text)}`);
  const [, sign, whole, fraction = ''] = match;
  const magnitude = BigInt((whole ?? '0') + fraction);
  return { coefficient: sign === '-' ? -magnitude : magnitude, exponent: -fraction.length };
}

/**
 * `text` without the trailing run of `character`. A loop, not `/0+$/`: that regex retries from every
 * zero of a long run ("1." and 100 000 zeros took a minute).
 */
export function trimTrailing(text: string, character: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === character) end--;
  return text.slice(0, end);
}

function fromScaled({ coefficient, exponent }: Scaled): string {
  const negative = coefficient < 0n;
  let digits = (negative ? -coefficient : coefficient).toString();
  if (exponent >= 0) {
    digits = digits === '0' ? '0' : digits + '0'.repeat(exponent);
  } else {
    const fractionLength = -exponent;
    digits = digits.padStart(fractionLength + 1, '0');
    const whole = digits.slice(0, digits.length - fractionLength);
    const fraction = trimTrailing(digits.slice(digits.length - fractionLength), '0');
    digits = fraction ? `${whole}.${fraction}` : whole;
  }
  return negative && digits !== '0' ? `-${digits}` : digits;
}

/** Both operands with the same exponent, so their coefficients can be added or compared. */
function aligned(left: Scaled, right: Scaled): [bigint, bigint, number] {
  const exponent = Math.min(left.exponent, right.exponent);
  return [
    left.coefficient * 10n ** BigInt(left.exponent - exponent),
    right.coefficient * 10n ** BigInt(right.exponent - exponent),
    exponent,
  ];
}

/** The canonical form: no leading zeros, no trailing fraction zeros, no "-0", no "+" ("007.50" → "7.5"). */
export function normalizeDecimal(text: string): string {
  return fromScaled(toScaled(text));
}

/** `text` × 10^power, exactly ("2.5", 9 → "2500000000"; "25", -2 → "0.25"). */
export function shiftDecimal(text: string, power: number): string {
  const { coefficient, exponent } = toScaled(text);
  return fromScaled({ coefficient, exponent: exponent + power });
}

/** 10^power as a decimal string (3 → "1000", -2 → "0.01"). */
export function powerOfTen(power: number): string {
  return fromScaled({ coefficient: 1n, exponent: power });
}

/** The power of a power of ten, powerOfTen's inverse ("1000" → 3, "0.01" → -2); undefined for any other value ("12"). */
export function exponentOfPower(text: string): number | undefined {
  const { coefficient, exponent } = toScaled(text);
  if (coefficient <= 0n) return undefined;
  const digits = coefficient.toString();
  return /^10*$/.test(digits) ? exponent + digits.length - 1 : undefined;
}

/** `text` rounded half away from zero to a multiple of 10^power ("2.45", -1 → "2.5"; "-1250", 2 → "-1300"). */
export function roundDecimal(text: string, power: number): string {
  const { coefficient, exponent } = toScaled(text);
  if (exponent >= power) return normalizeDecimal(text);
  const divisor = 10n ** BigInt(power - exponent);
  const magnitude = coefficient < 0n ? -coefficient : coefficient;
  const rounded = (magnitude + divisor / 2n) / divisor;
  return fromScaled({ coefficient: coefficient < 0n ? -rounded : rounded, exponent: power });
}

export function addDecimal(left: string, right: string): string {
  const [a, b, exponent] = aligned(toScaled(left), toScaled(right));
  return fromScaled({ coefficient: a + b, exponent });
}

export function subtractDecimal(left: string, right: string): string {
  const [a, b, exponent] = aligned(toScaled(left), toScaled(right));
  return fromScaled({ coefficient: a - b, exponent });
}

export function multiplyDecimal(left: string, right: string): string {
  const a = toScaled(left);
  const b = toScaled(right);
  return fromScaled({ coefficient: a.coefficient * b.coefficient, exponent: a.exponent + b.exponent });
}

export function negateDecimal(text: string): string {
  const { coefficient, exponent } = toScaled(text);
  return fromScaled({ coefficient: -coefficient, exponent });
}

export function absDecimal(text: string): string {
  const { coefficient, exponent } = toScaled(text);
  return fromScaled({ coefficient: coefficient < 0n ? -coefficient : coefficient, exponent });
}

/** -1, 0 or 1 as left is less than, equal to or greater than right. */
export function compareDecimal(left: string, right: string): -1 | 0 | 1 {
  const [a, b] = aligned(toScaled(left), toScaled(right));
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Sum of many decimals ("0" for none). */
export function sumDecimals(values: readonly string[]): string {
  return values.reduce(addDecimal, '0');
}
