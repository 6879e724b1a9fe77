/**
 * The one place where the core reader calls its sibling modules: number words (words.ts), and
 * dates and references (dates.ts, references.ts). Everything else in the reader depends only on
 * these three functions.
 */
import type { Locale, Quantity } from './types.js';

export interface WordNumber {
  end: number;
  value: string;
  kind: 'cardinal' | 'ordinal' | 'multiplier';
  precision: string;
}

export interface Span {
  start: number;
  end: number;
  kind: string;
}

/** A number-word phrase starting exactly at `pos` ("one hundred and twenty-five thousand", "vier"). */
export function wordNumberAt(text: string, pos: number, locale: Locale): WordNumber | null {
  void text;
  void pos;
  void locale;
  return null;
}

/** Dates, periods and year ranges, fully formed. */
export function datesIn(text: string, locale: Locale): Quantity[] {
  void text;
  void locale;
  return [];
}

/** Spans that are not figures (legal references, section numbers, versions, phone numbers…). */
export function referencesIn(text: string, locale: Locale): Span[] {
  void text;
  void locale;
  return [];
}
