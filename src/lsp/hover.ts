/**
 * Hover on a figure: how brieflint read it (value, unit or currency, precision and the values it stands
 * for, approximate or bound), so a writer sees what the rules compare. Pure: a Brief and an offset in.
 */
import { DEFAULT_SLACK, intervalOf } from '../arith/interval.js';
import { formatDecimal, LOCALE_NUMBER_STYLE } from '../quantity/format.js';
import type { Locale } from '../quantity/types.js';
import type { Brief, Figure } from '../parse/types.js';

/** The figure under the cursor: the shortest one whose span holds the offset (or ends right at it). */
export function figureAt(brief: Pick<Brief, 'figures'>, offset: number): Figure | undefined {
  let best: Figure | undefined;
  for (const figure of brief.figures) {
    if (figure.range.start > offset) break;
    if (offset > figure.range.end) continue;
    if (!best || figure.range.end - figure.range.start < best.range.end - best.range.start) best = figure;
  }
  return best;
}

const KIND_NAMES: Record<Figure['kind'], string> = {
  amount: 'money',
  percent: 'a percentage',
  count: 'a count',
  number: 'a number',
  multiplier: 'a multiplier',
  year: 'a year',
  date: 'a date',
  period: 'a period',
  range: 'a range',
  ordinal: 'an ordinal',
};

function code(text: string): string {
  const ticks = /`+/g.exec(text)?.[0].length ?? 0;
  const fence = '`'.repeat(ticks + 1);
  return `${fence}${ticks > 0 ? ' ' : ''}${text}${ticks > 0 ? ' ' : ''}${fence}`;
}

function unitText(figure: Figure): string | undefined {
  if (figure.currency) return `currency ${figure.currency}`;
  if (figure.unit === '%') return 'unit % (per cent)';
  if (figure.unit === 'pp') return 'unit pp (percentage points)';
  return figure.unit ? `unit "${figure.unit}"` : undefined;
}

/** The lines of the hover, each a Markdown list item after the heading. */
function describe(figure: Figure, locale: Locale): string[] {
  const number = (value: string) => formatDecimal(value, LOCALE_NUMBER_STYLE[locale]);
  const lines: string[] = [];
  const unit = unitText(figure);
  if (figure.kind === 'date' || figure.kind === 'period' || figure.kind === 'year') {
    lines.push(figure.interval ? `covers ${figure.interval.start} to ${figure.interval.end}` : `not a date that exists (${figure.value} as written)`);
  } else if (figure.low !== undefined && figure.high !== undefined) {
    lines.push(`from ${number(figure.low)} to ${number(figure.high)}${unit ? `, ${unit}` : ''}`);
  } else {
    lines.push(`value ${number(figure.value)}${unit ? `, ${unit}` : ''}`);
  }
  if (figure.kind !== 'date' && figure.kind !== 'period' && figure.kind !== 'year' && figure.kind !== 'ordinal') {
    lines.push(precisionLine(figure, number));
  }
  if (figure.approximate) lines.push(`approximate: the rules allow ${Number(DEFAULT_SLACK.approximate) * 100} % either way (by default)`);
  if (figure.bound === 'min') lines.push('a lower bound ("more than", "at least"): any higher value fits');
  if (figure.bound === 'max') lines.push('an upper bound ("up to", "less than"): any lower value fits');
  if (figure.malformed) {
    lines.push(`written unusually: ${figure.malformed.reason}; it could mean ${figure.malformed.readings.map(number).join(' or ')}`);
  }
  if (figure.quoted) lines.push('inside a blockquote (a quotation)');
  return lines;
}

function precisionLine(figure: Figure, number: (value: string) => string): string {
  const exact = figure.precision === '1' && !figure.approximate && !figure.bound && figure.low === undefined;
  if (exact && !figure.value.includes('.')) return 'exact (a whole number as written)';
  const interval = intervalOf(figure);
  const low = interval.low === null ? 'no lower limit' : number(interval.low);
  const high = interval.high === null ? 'no upper limit' : number(interval.high);
  return `written to the nearest ${number(figure.precision)}: stands for ${low} … ${high}`;
}

/** The hover's Markdown for the figure at `offset`, or undefined when no figure is there. */
export function hoverMarkdown(brief: Pick<Brief, 'figures' | 'locale'>, offset: number): { markdown: string; range: Figure['range'] } | undefined {
  const figure = figureAt(brief, offset);
  if (!figure) return undefined;
  const heading = `brieflint reads ${code(figure.text)} as ${KIND_NAMES[figure.kind]}`;
  const markdown = [heading, '', ...describe(figure, brief.locale).map((line) => `- ${line}`)].join('\n');
  return { markdown, range: figure.range };
}
