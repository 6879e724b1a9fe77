/**
 * Writing exact decimal strings back as text, for messages and fixes.
 */

/** Write a decimal string with thousands groups and a decimal mark: ("1234567.5", {group: ",", decimal: "."}) → "1,234,567.5". */
export function formatDecimal(value: string, style: { group: string; decimal: string }): string {
  const negative = value.startsWith('-');
  const [integer = '0', fraction] = (negative ? value.slice(1) : value).split('.');
  const grouped = integer.length > 3 ? integer.replace(/\B(?=(?:\d{3})+$)/g, style.group) : integer;
  return `${negative ? '-' : ''}${grouped}${fraction ? style.decimal + fraction : ''}`;
}
