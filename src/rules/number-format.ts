import { z } from 'zod';
import { defineRule } from '../engine/types.js';
import type { Brief, Figure } from '../parse/types.js';
import type { Locale } from '../quantity/types.js';
import { shiftDecimal } from '../quantity/decimal.js';
import { LOCALE_NUMBER_STYLE, formatDecimal, scaleExponent } from '../quantity/format.js';

/** How a reading is written back for the reader: in the document's style, without the scale word. */
function writeReading(reading: string, figure: Figure, locale: Locale): string {
  return formatDecimal(shiftDecimal(reading, -(scaleExponent(figure.scale) ?? 0)), LOCALE_NUMBER_STYLE[locale]);
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
    const wellFormed = brief.figures.filter((figure) => !figure.malformed);
    const firstWithValue = (value: string): Figure | undefined =>
      wellFormed.find((figure) => figure.value === value && figure.kind !== 'year' && figure.kind !== 'date');

    for (const figure of brief.figures) {
      const malformed = figure.malformed;
      if (!malformed) continue;
      if (malformed.kind === 'lakh' && options.allowLakh) continue;
      if (malformed.kind === 'foreign-style' && !(isLocaleCertain(brief) && !figure.quoted)) continue;

      const readings = [...malformed.readings].sort(
        (a, b) => Number(firstWithValue(b) !== undefined) - Number(firstWithValue(a) !== undefined),
      );
      const described = readings.map((reading) => {
        const seen = firstWithValue(reading);
        const written = writeReading(reading, figure, brief.locale);
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
          ? `is not a valid ${LOCALE_NAMES[brief.locale]} number (${malformed.reason})`
          : 'is not a valid number';
      report({
        range: figure.range,
        message: `"${figure.format.digits}" ${what}: ${explanation}`,
        ...(related.length > 0 ? { related } : {}),
        suggestions: readings.map((reading) => {
          const text = writeReading(reading, figure, brief.locale);
          return { desc: `Write ${text}`, fix: { range: { start: digitsStart, end: digitsEnd }, text } };
        }),
      });
    }
  },
});

const LOCALE_NAMES: Record<Locale, string> = { en: 'English', nl: 'Dutch', de: 'German', fr: 'French' };

/**
 * A figure written the other locale's way ("1,5" in English) has one clear value: it is an error
 * only when the brief's locale is stated (option, config or frontmatter), never on a guess from a
 * vote, and never in a quotation, which keeps its source's style. (Style consistency is
 * number-style's job.)
 */
function isLocaleCertain(brief: Brief): boolean {
  return brief.localeSource === 'option' || brief.localeSource === 'frontmatter';
}

/** "a, b or c": alternatives a reader may choose between. */
export function joinAlternatives(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} or ${items[items.length - 1]}`;
}
