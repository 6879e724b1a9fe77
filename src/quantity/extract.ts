import type { ExtractOptions, Quantity } from './types.js';

/** Every figure in `text`, in order of appearance. */
export function extractQuantities(text: string, options: ExtractOptions = {}): Quantity[] {
  const quantities: Quantity[] = [];
  const digitRun = /\d+/gy;
  for (let i = 0; i < text.length; i++) {
    digitRun.lastIndex = i;
    const match = digitRun.exec(text);
    if (!match) continue;
    const digits = match[0];
    quantities.push({
      text: digits, start: i, end: i + digits.length, kind: 'number', value: digits.replace(/^0+(?=\d)/, ''),
      precision: '1', approximate: false, format: { digits },
    });
    i += digits.length;
  }
  void options;
  return quantities;
}
