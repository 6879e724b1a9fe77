import { z } from 'zod';
import { defineRule } from '../engine/types.js';
import { quotationSpans } from '../parse/quotes.js';
import { firstStartingFrom } from '../parse/gaps.js';
import type { Figure, Range, TextBlock } from '../parse/types.js';
import type { Locale } from '../quantity/types.js';
import { shiftDecimal } from '../quantity/decimal.js';
import { LOCALE_NUMBER_STYLE, formatDecimal, scaleExponent } from '../quantity/format.js';

/**
 * How a reading is written back for the reader: in the document's style, without the scale word;
 * the reading the figure has as written keeps its decimals ("$1,50" → "1.50", not "1.5").
 */
function writeReading(reading: string, figure: Figure, locale: Locale): string {
  const unscaled = shiftDecimal(reading, -(scaleExponent(figure.scale) ?? 0));
  const written = formatDecimal(unscaled, LOCALE_NUMBER_STYLE[locale]);
  const decimals = writtenDecimals(figure);
  if (reading !== figure.value || decimals === 0 || !figure.format.decimal) return written;
  const mark = LOCALE_NUMBER_STYLE[locale].decimal;
  const [integer = written, fraction = ''] = written.split(mark);
  return `${integer}${mark}${fraction.padEnd(decimals, '0')}`;
}

/** How many digits follow the decimal mark as written. */
function writtenDecimals(figure: Figure): number {
  const mark = figure.format.decimal;
  return mark === undefined ? 0 : figure.format.digits.length - figure.format.digits.lastIndexOf(mark) - 1;
}

/** The figure as written with other digits ("$1,50" with 1,500 → "$1,500"). */
function withDigits(figure: Figure, digits: string): string {
  return figure.text.replace(figure.format.digits, digits);
}

export default defineRule({
  meta: {
    id: 'number-format',
    description: 'Figures must be written with valid digit grouping and decimal marks for the document\'s locale',
    category: 'number',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: z
      .object({
        /** Accept Indian lakh/crore grouping ("12,34,567"). */
        allowLakh: z.boolean().default(false),
      })
      .strict(),
  },
  check(brief, { report, options }) {
    // The first well-formed figure of each value (years and dates aside), to name where the brief writes it.
    const firstByValue = new Map<string, Figure>();
    for (const figure of brief.figures) {
      if (figure.malformed || figure.kind === 'year' || figure.kind === 'date' || firstByValue.has(figure.value)) continue;
      firstByValue.set(figure.value, figure);
    }
    const firstWithValue = (value: string): Figure | undefined => firstByValue.get(value);
    // Each block's quotations, read once however many of its figures ask.
    const quotations = new Map<TextBlock, Range[]>();
    const spansOf = (block: TextBlock): readonly Range[] => {
      let spans = quotations.get(block);
      if (!spans) quotations.set(block, (spans = quotationSpans(block.text)));
      return spans;
    };

    for (const figure of brief.figures) {
      const malformed = figure.malformed;
      if (!malformed) continue;
      if (malformed.kind === 'lakh' && options.allowLakh) continue;
      if (malformed.kind === 'foreign-style' && !(brief.localeCertain && !isQuotation(figure, spansOf))) continue;

      // A figure in doubt is written with the brief's own group mark: its grouped reading comes first.
      const inDoubt = malformed.kind === 'foreign-style' && malformed.readings.length > 1;
      // The reading the brief uses elsewhere first; else the order of plausibility.
      const readings = (inDoubt ? [...malformed.readings].reverse() : [...malformed.readings]).sort(
        (a, b) => Number(firstWithValue(b) !== undefined) - Number(firstWithValue(a) !== undefined),
      );
      const described = readings.map((reading) => {
        const seen = firstWithValue(reading);
        const written = withDigits(figure, writeReading(reading, figure, brief.locale));
        return seen ? `${written} (as on line ${brief.pointAt(seen.range.start).line})` : written;
      });
      const explanation =
        described.length > 0 ? `did you mean ${joinAlternatives(described)}?` : `${malformed.reason}.`;

      const digitsAt = figure.text.indexOf(figure.format.digits);
      const digitsStart = figure.block.sourceOffset(figure.start + Math.max(0, digitsAt));
      const digitsEnd = figure.block.sourceOffset(figure.start + Math.max(0, digitsAt) + figure.format.digits.length);

      const related = readings.flatMap((reading) => {
        const seen = firstWithValue(reading);
        return seen ? [{ range: seen.range, message: `"${seen.text}" is written here` }] : [];
      });

      const what =
        malformed.kind === 'foreign-style'
          ? inDoubt
            ? `has two readings (a thousands group missing a digit, or a decimal "${figure.format.decimal ?? ''}", which ${LOCALE_NAMES[brief.locale]} does not write)`
            : `is not a valid ${LOCALE_NAMES[brief.locale]} number (${malformed.reason})`
          : 'is not a valid number';
      // One value written another locale's way, in a brief whose locale only a vote decided: a
      // warning (its value is not in doubt); stated, or with two readings, an error.
      const stated = brief.localeSource === 'option' || brief.localeSource === 'frontmatter';
      report({
        range: figure.range,
        ...(malformed.kind === 'foreign-style' && !inDoubt && !stated ? { severity: 'warn' as const } : {}),
        message: `"${figure.format.digits}" ${what}: ${explanation}`,
        ...(related.length > 0 ? { related } : {}),
        suggestions: readings.map((reading) => {
          const text = writeReading(reading, figure, brief.locale);
          return { desc: `Write ${withDigits(figure, text)}`, fix: { range: { start: digitsStart, end: digitsEnd }, text } };
        }),
      });
    }
  },
});

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', nl: 'Dutch', de: 'German', fr: 'French' };

/**
 * A figure written the other locale's way ("1,5" in English) is an error only when the brief's
 * locale is certain: stated (option, config, front matter) or decided by a clear majority of its
 * figures; never in a quotation (a blockquote, or between quotation marks), which keeps its
 * source's style. (Style consistency is number-style's job.)
 */
function isQuotation(figure: Figure, spansOf: (block: TextBlock) => readonly Range[]): boolean {
  if (figure.quoted) return true;
  // The spans are in order and apart: only the last one opening at or before the figure can hold it.
  const spans = spansOf(figure.block);
  const span = spans[firstStartingFrom(spans, figure.start + 1) - 1];
  return span !== undefined && figure.start >= span.start && figure.end <= span.end;
}

/** "a, b or c": alternatives a reader may choose between. */
export function joinAlternatives(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
