/**
 * A figure's text taken apart into the pieces a style convention governs (minus sign, currency
 * marker and its gap, digits with their group and decimal marks, scale word, percent sign), and put
 * back together. A figure whose text does not come back byte for byte is left alone: a fix must
 * change nothing but the piece it is about.
 */
import type { Quantity } from '../../quantity/types.js';

export interface WrittenFigure {
  /** A minus before everything ("−€5m", "−3 %"). */
  leadMinus: string;
  currency?: { text: string; gap: string; position: 'before' | 'after' };
  /** A minus between a currency marker and the digits ("$-5m"). */
  innerMinus: string;
  /** Digit groups of the integer part as written ("400 000" → ["400", "000"]), and the fraction. */
  integerGroups: string[];
  group?: string;
  decimal?: string;
  fraction?: string;
  scale?: { text: string; gap: string };
  percent?: { text: string; gap: string };
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function optional(text: string | undefined): string {
  return text === undefined ? '()' : `(${escape(text)})?`;
}

/** Takes a figure's text apart; undefined when it does not have the expected shape. */
export function readWritten(figure: Pick<Quantity, 'text' | 'format'>): WrittenFigure | undefined {
  const { format, text } = figure;
  if (format.words) return undefined;
  const at = text.indexOf(format.digits);
  if (at < 0) return undefined;
  const currencyBefore = format.currencyText !== undefined && format.currencyPosition === 'before' ? format.currencyText : undefined;
  const currencyAfter = format.currencyText !== undefined && format.currencyPosition === 'after' ? format.currencyText : undefined;
  const minus = format.minus;
  const prefix = new RegExp(`^${optional(minus)}(?:${currencyBefore === undefined ? '()()' : `(${escape(currencyBefore)})(\\s*)`})${optional(minus)}$`, 'u').exec(text.slice(0, at));
  const piece = (marker: string | undefined) => (marker === undefined ? '()()' : `(?:(\\s*)(${escape(marker)}))?`);
  const suffix = new RegExp(`^${piece(format.scaleText)}${piece(currencyAfter)}${piece(format.percentText)}$`, 'u').exec(
    text.slice(at + format.digits.length),
  );
  if (!prefix || !suffix) return undefined;
  const digits = readDigits(format.digits, format.group, format.decimal);
  if (!digits) return undefined;
  const written: WrittenFigure = {
    leadMinus: prefix[1] ?? '',
    innerMinus: prefix[4] ?? '',
    ...digits,
  };
  if (currencyBefore !== undefined && prefix[2] !== undefined) written.currency = { text: currencyBefore, gap: prefix[3] ?? '', position: 'before' };
  if (currencyAfter !== undefined && suffix[4]) written.currency = { text: currencyAfter, gap: suffix[3] ?? '', position: 'after' };
  if (format.scaleText !== undefined && suffix[2]) written.scale = { text: format.scaleText, gap: suffix[1] ?? '' };
  if (format.percentText !== undefined && suffix[6]) written.percent = { text: format.percentText, gap: suffix[5] ?? '' };
  return writeFigure(written) === text ? written : undefined;
}

function readDigits(digits: string, group: string | undefined, decimal: string | undefined): Pick<WrittenFigure, 'integerGroups' | 'group' | 'decimal' | 'fraction'> | undefined {
  const decimalAt = decimal === undefined ? -1 : digits.lastIndexOf(decimal);
  const integer = decimalAt < 0 ? digits : digits.slice(0, decimalAt);
  const fraction = decimalAt < 0 ? undefined : digits.slice(decimalAt + 1);
  const integerGroups = group === undefined ? [integer] : integer.split(group);
  if (!integerGroups.every((part) => /^\d+$/.test(part)) || (fraction !== undefined && !/^\d+$/.test(fraction))) return undefined;
  return {
    integerGroups,
    ...(group !== undefined && integerGroups.length > 1 ? { group } : {}),
    ...(fraction !== undefined ? { decimal, fraction } : {}),
  };
}

export function writeDigits(written: Pick<WrittenFigure, 'integerGroups' | 'group' | 'decimal' | 'fraction'>): string {
  const integer = written.integerGroups.join(written.group ?? '');
  return written.fraction === undefined ? integer : `${integer}${written.decimal ?? '.'}${written.fraction}`;
}

export function writeFigure(written: WrittenFigure): string {
  const { currency, scale, percent } = written;
  return [
    written.leadMinus,
    currency?.position === 'before' ? currency.text + currency.gap : '',
    written.innerMinus,
    writeDigits(written),
    scale ? scale.gap + scale.text : '',
    currency?.position === 'after' ? currency.gap + currency.text : '',
    percent ? percent.gap + percent.text : '',
  ].join('');
}
