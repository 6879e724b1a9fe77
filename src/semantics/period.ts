/**
 * One notion of a year or period, from the reader's own dates: a figure read as a year, a date or a
 * period ("Q4 2025", "2027-2028") names the years it covers; a sentence, a clause or a heading names
 * the years of the figures in it.
 */
import type { Figure } from '../parse/types.js';

const YEAR_DIGITS = /^(?:18|19|20|21)\d\d$/u;

/** A figure that names a time: a year, a date or a period, or a range of years ("2027–2028"). */
export function isTimeFigure(figure: Figure): boolean {
  if (figure.kind === 'year' || figure.kind === 'date' || figure.kind === 'period') return true;
  return figure.kind === 'range' && !figure.unit && !figure.currency && YEAR_DIGITS.test(figure.low ?? '') && YEAR_DIGITS.test(figure.high ?? '');
}

/** The years a figure names (both ends of a range of years); none for an amount or a count. */
export function yearsOf(figure: Figure): number[] {
  if (figure.kind === 'year') return [Number(figure.value)];
  if (figure.kind === 'date' || figure.kind === 'period') return figure.date?.year ? [figure.date.year] : [];
  if (isTimeFigure(figure)) {
    const years: number[] = [];
    for (let year = Number(figure.low); year <= Number(figure.high) && years.length < 50; year++) years.push(year);
    return years;
  }
  return [];
}

/** The years named by a list of figures (a sentence's, a clause's, a heading's). */
export function yearsIn(figures: readonly Figure[]): Set<number> {
  const years = new Set<number>();
  for (const figure of figures) for (const year of yearsOf(figure)) years.add(year);
  return years;
}

/** Whether two sets of years could be the same period: either is unstated, or they share a year. */
export function samePeriod(a: ReadonlySet<number>, b: ReadonlySet<number>): boolean {
  if (a.size === 0 || b.size === 0) return true;
  for (const year of a) if (b.has(year)) return true;
  return false;
}
