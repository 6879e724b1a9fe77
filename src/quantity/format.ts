/**
 * Writing exact decimal strings back as text, for messages and fixes.
 */

/** Multiply a decimal string by 10^exponent (exponent may be negative), exactly. */
export function shiftDecimal(value: string, exponent: number): string {
  const negative = value.startsWith('-');
  const unsigned = negative ? value.slice(1) : value;
  const [integer = '0', fraction = ''] = unsigned.split('.');
  let digits = integer + fraction;
  let point = integer.length + exponent;
  if (point <= 0) {
    digits = '0'.repeat(1 - point) + digits;
    point = 1;
  } else if (point > digits.length) {
    digits = digits + '0'.repeat(point - digits.length);
  }
  const whole = digits.slice(0, point).replace(/^0+(?=\d)/, '');
  const rest = digits.slice(point).replace(/0+$/, '');
  const result = rest.length > 0 ? `${whole}.${rest}` : whole;
  return negative && /[1-9]/.test(result) ? `-${result}` : result;
}

/** Write a decimal string with thousands groups and a decimal mark: ("1234567.5", {group: ",", decimal: "."}) → "1,234,567.5". */
export function formatDecimal(value: string, style: { group: string; decimal: string }): string {
  const negative = value.startsWith('-');
  const [integer = '0', fraction] = (negative ? value.slice(1) : value).split('.');
  const grouped = integer.length > 3 ? integer.replace(/\B(?=(?:\d{3})+$)/g, style.group) : integer;
  return `${negative ? '-' : ''}${grouped}${fraction ? style.decimal + fraction : ''}`;
}
