import { z } from 'zod';
import { defineRule, type Report } from '../engine/types.js';
import type { MessageData } from '../engine/messages.js';
import { quotationSpans } from '../parse/quotes.js';
import { firstStartingFrom } from '../parse/gaps.js';
import type { Brief, Figure, Range, Table, TableCell, TextBlock } from '../parse/types.js';
import type { Locale } from '../quantity/types.js';
import { shiftDecimal } from '../quantity/decimal.js';
import { decimalMarkOf, isClockTime } from '../quantity/numeral.js';
import { LOCALE_NUMBER_STYLE, formatDecimal, scaleExponent } from '../quantity/format.js';
import { WORD_END, WORD_START, alternation, anyLanguage } from '../lexicon/index.js';

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
        allowLakh: z.boolean().default(false).describe('Accept Indian lakh/crore grouping ("12,34,567").'),
      })
      .strict(),
    messages: {
      malformed:
        '"{digits}" {what, select, twoDecimal {has two readings (a decimal, or thousands grouped with "{mark}", which {locale, select, en {English} nl {Dutch} de {German} other {French}} does not write)} twoGroup {has two readings (a thousands group missing a digit, or a decimal "{mark}", which {locale, select, en {English} nl {Dutch} de {German} other {French}} does not write)} foreign {is not a valid {locale, select, en {English} nl {Dutch} de {German} other {French}} number ({reason})} other {is not a valid number}}: {readingCount, plural, =0 {{reason}.} other {did you mean {readings}?}}',
      /** One reading offered: the figure written with other digits, and where the brief writes that value. */
      reading: '{written}{line, select, none {} other { (as on line {line})}}',
      inColumn: '{finding} {named, select, yes {The column "{header}"} other {Column {column}}} writes {count} more figures this way (lines {first}–{last}).',
      writtenHere: '"{text}" is written here',
      writtenSameWay: '"{text}" is written the same way here',
      // Why a figure is malformed (quantity/types.ts MalformedWhy).
      decimalOnPercent: 'decimal "{mark}" on a percentage',
      groupAfterSpace: 'a group of {digits} digits after a space',
      groupAfterMark: 'a group of {digits} digits after "{mark}"',
      notLocaleStyle: '{what, select, decimal {decimal} other {grouping}} "{mark}" is not {locale, select, en {English} nl {Dutch} de {German} other {French}} style',
      groupsInOtherStyle: '"{mark}" before three digits groups thousands in {locale, select, en {English} nl {Dutch} de {German} other {French}} style',
      noLocaleFits: 'separators fit no locale',
      lakh: 'Indian lakh grouping',
    },
  },
  check(brief, { report, options }) {
    // The first well-formed figure of each value (years and dates aside), to name where the brief writes it.
    const firstByValue = new Map<string, Figure>();
    for (const figure of brief.figures) {
      if (figure.malformed || figure.unconfirmed || figure.kind === 'year' || figure.kind === 'date' || firstByValue.has(figure.value)) continue;
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

    const columns = columnsOf(brief);
    const wellFormed = brief.figures.filter((figure) => !figure.malformed && !figure.unconfirmed);
    const confirms = doubtConfirmation(brief, wellFormed, columns, spansOf);
    const findings = new ColumnFindings(columns);
    for (const figure of brief.figures) {
      const malformed = figure.malformed ?? (confirms(figure) ? figure.unconfirmed : undefined);
      if (!malformed) continue;
      if (malformed.kind === 'lakh' && options.allowLakh) continue;
      if (malformed.kind === 'foreign-style' && !(brief.localeCertain && !isQuotation(figure, spansOf))) continue;
      // "0.586.257": no grouped number starts with a lone zero; an identifier (a case number), as the locale vote reads it.
      if (malformed.kind === 'foreign-style' && /^0[.,]\d{3}[.,]\d/.test(figure.format.digits)) continue;

      // A figure in doubt is written with the brief's own group mark: its grouped reading comes first.
      const inDoubt = malformed.kind === 'foreign-style' && malformed.readings.length > 1;
      // The reading the brief uses elsewhere first; else the order of plausibility.
      const readings = (inDoubt ? [...malformed.readings].reverse() : [...malformed.readings]).sort(
        (a, b) => Number(firstWithValue(b) !== undefined) - Number(firstWithValue(a) !== undefined),
      );
      const described = readings.map((reading) => {
        const seen = firstWithValue(reading);
        const written = withDigits(figure, writeReading(reading, figure, brief.locale));
        return { messageId: 'reading', data: { written, line: seen ? String(brief.pointAt(seen.range.start).line) : 'none' } };
      });

      const digitsAt = figure.text.indexOf(figure.format.digits);
      const digitsStart = figure.block.sourceOffset(figure.start + Math.max(0, digitsAt));
      const digitsEnd = figure.block.sourceOffset(figure.start + Math.max(0, digitsAt) + figure.format.digits.length);

      const related = readings.flatMap((reading) => {
        const seen = firstWithValue(reading);
        return seen ? [{ range: seen.range, messageId: 'writtenHere', data: { text: seen.text } }] : [];
      });

      const what =
        malformed.kind === 'foreign-style'
          ? inDoubt
            ? figure.format.decimal === decimalMarkOf(brief.locale)
              ? 'twoDecimal'
              : 'twoGroup'
            : 'foreign'
          : 'invalid';
      // One value written another locale's way, in a brief whose locale only a vote decided: a
      // warning (its value is not in doubt); stated, or with two readings, an error.
      const stated = brief.localeSource === 'option' || brief.localeSource === 'frontmatter';
      // The style a column may share: the mark written, and whether the value is in doubt.
      const style = malformed.kind === 'foreign-style' ? `${figure.format.decimal ?? figure.format.group ?? ''}|${inDoubt}` : undefined;
      findings.add(figure, style, {
        range: figure.range,
        ...(malformed.kind === 'foreign-style' && !inDoubt && !stated ? { severity: 'warn' as const } : {}),
        messageId: 'malformed',
        data: {
          digits: figure.format.digits,
          what,
          mark: figure.format.decimal ?? '',
          locale: brief.locale,
          reason: { separator: '', parts: [{ messageId: malformed.why.id, data: { ...malformed.why } }] },
          readingCount: described.length,
          readings: { parts: described },
        },
        ...(related.length > 0 ? { related } : {}),
        suggestions: readings.map((reading) => {
          const text = writeReading(reading, figure, brief.locale);
          return { desc: `Write ${withDigits(figure, text)}`, fix: { range: { start: digitsStart, end: digitsEnd }, text } };
        }),
      });
    }
    for (const finding of findings.merged(brief)) report(finding);
  },
});

/** What number-format reports: a message of the rule, at a place. */
type Finding = Report & { messageId: string; data: MessageData };

/** Each table cell's table and column. */
function columnsOf(brief: Brief): Map<TextBlock, { table: Table; key: string }> {
  const columns = new Map<TextBlock, { table: Table; key: string }>();
  brief.tables.forEach((table, index) => {
    for (const row of table.rows) for (const cell of row) columns.set(cell, { table, key: `${index}:${cell.column}` });
  });
  return columns;
}

/** A column that writes a figure another locale's way this many times writes in that style: one finding. */
const COLUMN_STYLE_AT = 3;

/**
 * Findings in report order, with those of one table column written one foreign way ("90.7%" down a
 * Dutch column) merged into one finding at the first, naming how many more and where: a table that
 * writes its own style is one thing to fix, as markdownlint reports one inconsistent list style per
 * list, not one per item.
 */
class ColumnFindings {
  readonly #columns: Map<TextBlock, { table: Table; key: string }>;
  readonly #findings: Array<{ figure: Figure; group?: string; finding: Finding }> = [];
  readonly #groups = new Map<string, Figure[]>();

  constructor(columns: Map<TextBlock, { table: Table; key: string }>) {
    this.#columns = columns;
  }

  add(figure: Figure, style: string | undefined, finding: Finding): void {
    const column = this.#columns.get(figure.block);
    const group = style !== undefined && column !== undefined ? `${column.key}|${style}` : undefined;
    this.#findings.push({ figure, ...(group !== undefined ? { group } : {}), finding });
    if (group === undefined) return;
    const members = this.#groups.get(group) ?? [];
    members.push(figure);
    this.#groups.set(group, members);
  }

  *merged(brief: Brief): Generator<Finding> {
    for (const { figure, group, finding } of this.#findings) {
      const members = group === undefined ? [figure] : (this.#groups.get(group) as Figure[]);
      if (members.length < COLUMN_STYLE_AT) {
        yield finding;
        continue;
      }
      if (members[0] !== figure) continue;
      const column = this.#columns.get(figure.block)!;
      const index = (figure.block as TableCell).column;
      const header = column.table.header[index]?.text.trim() ?? '';
      const others = members.slice(1);
      const lines = others.map((other) => brief.pointAt(other.range.start).line);
      // A header of dashes or nothing names no column: its position does.
      const named = /[\p{L}\p{N}]/u.test(header);
      yield {
        ...finding,
        messageId: 'inColumn',
        data: {
          finding: { separator: '', parts: [{ messageId: finding.messageId, data: finding.data }] },
          named: named ? 'yes' : 'no',
          header,
          column: String(index + 1),
          count: String(others.length),
          first: String(lines[0]),
          last: String(lines[lines.length - 1]),
        },
        related: [...(finding.related ?? []), ...others.map((other) => ({ range: other.range, messageId: 'writtenSameWay', data: { text: other.text } }))],
      };
    }
  }
}

/**
 * Whether the document shows that a figure with an unconfirmed malformation ("21,00" in English,
 * "12.50" in Dutch) is a figure in doubt, not a decimal or a clause number: its locale is clear, it is
 * not quoted, and the document groups thousands with that same mark elsewhere. A time of day
 * ("9.00", "17.30" in Dutch) stays a time unless its table column groups thousands that way.
 */
function doubtConfirmation(
  brief: Brief,
  wellFormed: readonly Figure[],
  columns: Map<TextBlock, { key: string }>,
  spansOf: (block: TextBlock) => readonly Range[],
): (figure: Figure) => boolean {
  const marks = new Set<string>();
  const columnMarks = new Set<string>();
  for (const figure of wellFormed) {
    const mark = figure.format.group;
    if (mark === undefined || figure.quoted) continue;
    marks.add(mark);
    const column = columns.get(figure.block)?.key;
    if (column !== undefined) columnMarks.add(`${column}:${mark}`);
  }
  let times: boolean | undefined;
  const writesTimes = (): boolean => (times ??= brief.blocks.some((block) => TIME_OF_DAY.test(block.text)));
  return (figure) => {
    // The one mark the figure is written with, read as a decimal ("1,50") or as a short group ("2.00").
    const mark = figure.format.group ?? figure.format.decimal;
    if (!figure.unconfirmed || mark === undefined || !brief.localeCertain || isQuotation(figure, spansOf)) return false;
    const column = columns.get(figure.block)?.key;
    if (column !== undefined && columnMarks.has(`${column}:${mark}`)) return true;
    if (!marks.has(mark)) return false;
    // "9.25" may be a time of day or a section number ("### 3.10", "onderdeel 3.10", "3.10, tweede
    // lid"): a thousands figure in doubt only in a brief that writes no times, outside headings and
    // sentences that cite sections, and not as the label that opens a block.
    if (!isClockTime(figure.format.digits)) return true;
    return !writesTimes() && figure.context !== 'heading' && !REFERENCE.test(figure.sentence.text) && !opensAsLabel(figure);
  };
}

/** Words that number what follows them ("artikel", "onderdeel", "Absatz", "alinéa"), in any language. */
const REFERENCE = new RegExp(`${WORD_START}${alternation(anyLanguage('reference'))}${WORD_END}`, 'iu');

/** A figure that opens its block (after other numbers only) and is followed by a word or another number: a section's label ("10.00 10.00. ALGEMEEN"). */
function opensAsLabel(figure: Figure): boolean {
  if (!/^[\d.\s]*$/.test(figure.block.text.slice(0, figure.start))) return false;
  // Trimmed first, then one mark and its blank at most: no two runs of blanks for a pattern to split.
  const after = figure.block.text.slice(figure.end).trimStart();
  return after === '' || /^(?:[.:] ?)?[\p{L}\p{N}]/u.test(after);
}

/** "9.30": the shape of a time of day written with a point, as Dutch, German and French briefs write them. */
const CLOCK = String.raw`(?:[01]?\d|2[0-4])\.[0-5]\d(?![\d.,]?\d)`;
/**
 * A time of day the brief writes as one: "9.30 uur", "17.45 Uhr", "om 9.30", "9.30–12.00", "9.00 tot 17.00". A brief
 * that writes none has no times: its "9.25" or "8.21" is a thousands figure that lost a digit.
 */
const TIME_OF_DAY = new RegExp(
  String.raw`(?<![\d.,])${CLOCK}(?:\s?${alternation(anyLanguage('clockAfter'))}${WORD_END}|\s?[-–—]\s?${CLOCK}|\s${alternation(anyLanguage('clockRange'))}\s${CLOCK})|${WORD_START}${alternation(anyLanguage('clockBefore'))}\s${CLOCK}`,
  'iu',
);

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
