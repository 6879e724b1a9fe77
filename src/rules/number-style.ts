import { z } from 'zod';
import { defineRule } from '../engine/types.js';
import type { Brief, Figure, Range, TextBlock } from '../parse/types.js';
import { mathSpans, quotationSpans } from '../parse/quotes.js';
import { periodContinuesSentence } from '../parse/sentences.js';
import { extractQuantities } from '../quantity/extract.js';
import { isInDoubt, meaningOf } from '../quantity/meaning.js';
import { LOCALE_NUMBER_STYLE, formatDecimal } from '../quantity/format.js';
import type { Locale, Quantity } from '../quantity/types.js';
import { DIMENSIONS, gapKey, INSTRUCTIONS, scaleLemma, type Dimension, type DimensionId, type Form } from './number-style/forms.js';
import type { MessageData } from '../engine/messages.js';
import { readWritten, writeFigure, type WrittenFigure } from './number-style/written.js';
import { conceptPattern } from '../lexicon/index.js';

export { mathSpans, quotationSpans };

/** Figures that carry a house style; years, dates, ordinals, ranges and multipliers do not. */
const STYLED_KINDS = new Set(['amount', 'percent', 'count', 'number']);

/** Sections that list other people's titles, whose figures keep their publisher's style. */
const REFERENCE_HEADING =
  /^(?:\d+[.)]?\s+)?(?:references?|sources?|bibliograph(?:y|ie)|literature|further reading|literatur(?:verzeichnis)?|quellen(?:verzeichnis)?|bronnen(?:lijst)?|literatuur(?:lijst)?|références|sources et références|notes?|endnotes|footnotes|voetnoten|fußnoten|anmerkungen)\s*:?$/iu;

const SEPARATOR = z.enum([',', '.', ' ', '\u00A0', '\u202F', "'", '’']);

const options = z
  .object({
    thousands: SEPARATOR.optional().describe('The thousands separator: ",", ".", " ", a no-break space, a narrow no-break space, "\'". Unset: the one most of the brief\'s figures use.'),
    decimal: z.enum(['.', ',']).optional().describe('The decimal mark: "." or ",". Unset: the brief\'s majority.'),
    currency: z
      .string()
      .refine((sample) => extractQuantities(sample, { locale: 'en' }).some((figure) => figure.currency !== undefined), 'expected a sample amount such as "€ 20" or "20 €"')
      .optional()
      .describe('A sample amount in the wanted form, for its currency: "€ 20", "€20", "EUR 20", "20 €". Unset: the brief\'s majority.'),
    scale: z
      .string()
      .refine((word) => extractQuantities(`€ 1 ${word.trim()}`, { locale: 'en' })[0]?.scale !== undefined, 'expected a scale word such as "bn", "billion" or "Mrd."')
      .optional()
      .describe('The scale word for its power of ten: "bn", "billion", "m", "Mrd." (the gap before it follows the majority). Unset: the brief\'s majority.'),
    percent: z
      .enum(['%', ' %', '\u00A0%', '\u202F%', 'per cent', 'percent', 'procent', 'Prozent', 'pour cent'])
      .optional()
      .describe('What follows the digits of a percentage: "%", " %", "per cent", "percent". Unset: the brief\'s majority.'),
    minus: z.enum(['-', '\u2212', '\u2013']).optional().describe('The minus sign: "-", "−" or "–". Unset: the brief\'s majority.'),
  })
  .strict();

type Options = z.output<typeof options>;

interface Candidate {
  figure: Figure;
  written: WrittenFigure;
  forms: Map<DimensionId, Form>;
  /** 'document' for prose and lists, else one population per table: tables keep conventions of their own. */
  population: string;
}

/** The form a population is held to in one dimension and bucket. */
interface Convention {
  form: Form;
  /** How many figures write it, of how many that show this dimension; absent when configured. */
  support?: { count: number; total: number };
  /** Configured scale word without a gap: any gap matches. */
  anyGap?: boolean;
}

export default defineRule({
  meta: {
    id: 'number-style',
    description: 'Figures should be written one way throughout a brief: separators, currency, scale words, percent, minus',
    category: 'style',
    type: 'style',
    defaultSeverity: 'warn',
    fixable: true,
    options,
    messages: {
      restyle: 'Write "{text}", not "{figure}": {reasons}',
      /** One convention: what to change, and who keeps it (the other figures, or the config). */
      reason: '{changes} ({configured, select, yes {as configured} other {as {count} of {total} figures {where, select, table {in this table} other {in this document}} do}})',
      ...INSTRUCTIONS,
      didYouMean:
        'Did you mean "{text}"? "{digits}" groups thousands with "{mark}" and reads as {value}, unlike the other figures in this column ({others})',
    },
  },
  check(brief, { report, options }) {
    const candidates = styledFigures(brief);
    const configured = configuredForms(options, brief.locale);
    for (const [population, members] of groupBy(candidates, (candidate) => candidate.population)) {
      const where = population === 'document' ? 'document' : 'table';
      const conventions = conventionsOf(members, configured, population !== 'document');
      for (const candidate of members) {
        const change = restyle(candidate, conventions, brief, where);
        if (!change) continue;
        report({
          range: candidate.figure.range,
          messageId: 'restyle',
          data: { text: change.text, figure: candidate.figure.text, reasons: { separator: '; ', parts: change.reasons } },
          fix: { range: candidate.figure.range, text: change.text },
        });
      }
    }
    for (const slip of foreignGroupingInColumns(brief)) report(slip);
  },
});

/** Every figure number-style may hold to a convention, with its forms. */
function styledFigures(brief: Brief): Candidate[] {
  const aside = asideRanges(brief);
  const tableOf = new Map<TextBlock, number>();
  brief.tables.forEach((table, index) => {
    for (const cell of [...table.header, ...table.rows.flat()]) tableOf.set(cell, index);
  });
  const spansOf = new Map<TextBlock, Range[]>();
  const candidates: Candidate[] = [];
  for (const figure of brief.figures) {
    if (!isStyled(figure, brief) || aside.some((range) => within(figure.range, range))) continue;
    let spans = spansOf.get(figure.block);
    if (!spans) spansOf.set(figure.block, (spans = [...quotationSpans(figure.block.text), ...mathSpans(figure.block.text)]));
    if (spans.some((span) => figure.start < span.end && figure.end > span.start)) continue;
    if (brief.source.slice(figure.range.start, figure.range.end) !== figure.text) continue;
    const table = tableOf.get(figure.block);
    if (isBareNumber(figure) && (table === undefined || figure.block.text.trim() !== figure.text)) continue;
    if (inFormula(figure)) continue;
    const written = readWritten(figure);
    if (!written) continue;
    const forms = new Map<DimensionId, Form>();
    for (const dimension of DIMENSIONS) {
      const form = dimension.read(figure, written);
      if (form) forms.set(dimension.id, form);
    }
    if (forms.has('currency') && currencyStaysAsWritten(figure)) forms.delete('currency');
    if (forms.has('minus') && written.leadMinus !== '' && minusMayBeDash(figure)) forms.delete('minus');
    if (forms.has('percent') && SHARE_OF_PEOPLE.test(figure.block.text.slice(Math.max(0, figure.start - 24), figure.start))) forms.delete('percent');
    candidates.push({ figure, written, forms, population: table === undefined ? 'document' : `table ${table}` });
  }
  return candidates;
}

/**
 * A number with no unit, currency, percent or scale: in prose it is as often an identifier ("Groep
 * 1.4", "Kamerstuk 32 128", "0.00 tot 18.00 uur") as a quantity, so only a table cell holding
 * nothing else counts.
 */
function isBareNumber(figure: Figure): boolean {
  return figure.kind === 'number' && figure.scale === undefined && figure.format.currencyText === undefined && figure.format.percentText === undefined;
}

/** "($1.1B × 5% = $55M)", "€ 50 bn + € 150 bn = € 200 bn": a formula writes its figures compactly on purpose. */
function inFormula(figure: Figure): boolean {
  const text = figure.block.text;
  const before = text.slice(Math.max(0, figure.start - 4), figure.start);
  const after = text.slice(figure.end, figure.end + 4);
  // Four characters either side: a formula's operator stands right next to its figures.
  return /(?:[×*=÷]|\s\+)\s*[(\[]?\s*$/u.test(before) || /^\s*[)\]]?\s*(?:[×*=÷]|\+\s)/u.test(after);
}

/**
 * A currency marker that is not the house style's to change: a code written beside another
 * currency ("CAD 2,000 (USD 1,570)": the code tells the dollars apart), or a marker that belongs
 * to the next figure ("kalenderjaar 2013 € 19.700.000").
 */
function currencyStaysAsWritten(figure: Figure): boolean {
  const code = figure.format.currencyText ?? '';
  if (/^[A-Z]{3}$/.test(code)) {
    if (figure.sentence.figures.some((other) => other.currency !== undefined && other.currency !== figure.currency)) return true;
    // Another code written with an amount ("DAI 225M", "CHF 40") that the reader does not know as money.
    const others = [...figure.sentence.text.matchAll(/(?<![\p{L}\p{N}])([A-Z]{3,5})\s?\d/gu)].map((match) => match[1]);
    if (others.some((other) => other !== code)) return true;
  }
  return figure.format.currencyPosition === 'after' && /^\s*[\d(]/u.test(figure.block.text.slice(figure.end));
}

/**
 * "20 % -5 %", "2020 – 5 %": a hyphen or dash right after another figure (or a digit, a percent or
 * currency sign, a closing bracket) may join a range or a sum as well as sign what follows, so it
 * is not the house style's to turn into a minus. Only where it can be nothing but a sign is it one.
 */
function minusMayBeDash(figure: Figure): boolean {
  const text = figure.block.text;
  let before = figure.start;
  while (before > 0 && /\s/u.test(text[before - 1]!)) before--;
  if (before === 0) return false;
  const previous = text[before - 1]!;
  if (/[\p{N}%)\]€$£¥₹]/u.test(previous)) return true;
  return figure.block.figures.some((other) => other !== figure && other.end === before);
}

/** "the top 1 percent": a group of people, named the same way in any house style. */
const SHARE_OF_PEOPLE = conceptPattern('any', 'peopleGroup', 'end');

function isStyled(figure: Figure, brief: Brief): boolean {
  if (!STYLED_KINDS.has(figure.kind) || figure.format.words || figure.quoted) return false;
  // A leading zero ("Klasse 05.02", "007") marks a code, not a quantity.
  if (/^0\d/.test(figure.format.digits)) return false;
  if (figure.context === 'heading' || figure.block.kind === 'html') return false;
  if (figure.block.headingPath.some((heading) => REFERENCE_HEADING.test(heading.trim()))) return false;
  const malformed = figure.malformed;
  if (!malformed) return true;
  // A figure in doubt ("$1,50": $1,500 or $1.50) has no one form to restyle, nor a vote on the house
  // style: number-format asks. In doubt in any locale the brief could be in, it is in doubt.
  if (isInDoubt(figure) || inDoubtElsewhere(figure, brief)) return false;
  // number-format reports these as errors when the locale is certain; a guess leaves them to style.
  return malformed.kind === 'foreign-style' && !brief.localeCertain;
}

/** Whether another locale the brief could be in reads the figure two ways ("$1,50" in English). */
function inDoubtElsewhere(figure: Figure, brief: Brief): boolean {
  return brief.localeCandidates.some((locale) => {
    if (locale === brief.locale) return false;
    const [read] = extractQuantities(figure.text, { locale });
    return read !== undefined && isInDoubt(read);
  });
}

function within(inner: Range, outer: Range): boolean {
  return inner.start >= outer.start && inner.end <= outer.end;
}

/** Link texts (often a title: "the €20bn plan") and footnote definitions (citations), from the mdast. */
function asideRanges(brief: Brief): Range[] {
  const ranges: Range[] = [];
  const visit = (node: { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }) => {
    const { start, end } = node.position ?? { start: {}, end: {} };
    if ((node.type === 'link' || node.type === 'linkReference' || node.type === 'footnoteDefinition') && start.offset !== undefined && end.offset !== undefined) {
      ranges.push({ start: start.offset, end: end.offset });
      return;
    }
    for (const child of node.children ?? []) visit(child as Parameters<typeof visit>[0]);
  };
  visit(brief.mdast);
  return ranges;
}

function groupBy<T>(items: readonly T[], keyOf: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const key = keyOf(item);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  }
  return groups;
}

const conventionKey = (dimension: DimensionId, bucket: string) => `${dimension}\u0000${bucket}`;

/**
 * The convention of each dimension and bucket: the configured form, else the population's real
 * majority (at least two figures, and more than all other forms together). A table that is
 * consistent in itself keeps its own separators even against the configuration (a table copied
 * from a source in another locale).
 */
function conventionsOf(members: readonly Candidate[], configured: Map<string, Convention>, isTable: boolean): Map<string, Convention> {
  const conventions = new Map<string, Convention>();
  const tally = new Map<string, Map<string, Candidate[]>>();
  for (const candidate of members) {
    for (const [dimension, form] of candidate.forms) {
      // A form that leaves part of the convention open ("T€": no gap of its own) does not vote.
      if (form.key.includes('~')) continue;
      const key = conventionKey(dimension, form.bucket);
      const byForm = tally.get(key) ?? new Map<string, Candidate[]>();
      tally.set(key, byForm);
      const holders = byForm.get(form.key);
      if (holders) holders.push(candidate);
      else byForm.set(form.key, [candidate]);
    }
  }
  for (const [key, byForm] of tally) {
    const dimension = key.split('\u0000')[0] as DimensionId;
    const ranked = [...byForm.entries()].sort((a, b) => b[1].length - a[1].length);
    const total = ranked.reduce((sum, [, holders]) => sum + holders.length, 0);
    const [formKey, holders] = ranked[0]!;
    const majority = holders.length >= 2 && holders.length * 2 > total ? { formKey, holders } : undefined;
    const fixed = configured.get(key);
    const selfConsistent = ranked.length === 1;
    if (fixed && !(isTable && selfConsistent && (dimension === 'thousands' || dimension === 'decimal'))) {
      // A configured scale word takes the gap most figures use ("bn" after "€ 20 billion" is "€ 20 bn").
      const gap = fixed.anyGap && majority ? mostCommonSurface(majority.holders, dimension).gap : undefined;
      conventions.set(key, gap === undefined ? fixed : withGap(fixed, gap));
    } else if (majority) {
      const surface = mostCommonSurface(majority.holders, dimension);
      conventions.set(key, { form: { bucket: holders[0]!.forms.get(dimension)!.bucket, key: formKey, surface }, support: { count: holders.length, total } });
    }
  }
  return conventions;
}

function withGap(convention: Convention, gap: string): Convention {
  const lemma = convention.form.key.split('|')[1];
  return { form: { ...convention.form, surface: { ...convention.form.surface, gap }, key: `${gapKey(gap)}|${lemma}` } };
}

/** The exact writing most figures of a form use (which space, which spelling). */
function mostCommonSurface(holders: readonly Candidate[], dimension: DimensionId): Form['surface'] {
  const counts = new Map<string, { surface: Form['surface']; count: number }>();
  for (const holder of holders) {
    const surface = holder.forms.get(dimension)!.surface;
    const id = JSON.stringify(surface);
    const entry = counts.get(id) ?? { surface, count: 0 };
    entry.count++;
    counts.set(id, entry);
  }
  return [...counts.values()].sort((a, b) => b.count - a.count)[0]!.surface;
}

function matches(dimension: Dimension, form: Form, convention: Convention): boolean {
  if (convention.anyGap) return form.key.split('|')[1] === convention.form.key.split('|')[1];
  return dimension.matches ? dimension.matches(form, convention.form) : form.key === convention.form.key;
}

/** The figure rewritten to its population's conventions, with a reason per change; undefined when nothing (safely) changes. */
const SCALE_WORD_AGAINST_SIGN = /\p{L}{3}\p{Sc}/u;

function restyle(candidate: Candidate, conventions: Map<string, Convention>, brief: Brief, where: string): { text: string; reasons: Reason[] } | undefined {
  const locale = brief.locale;
  let written = candidate.written;
  const reasons: Reason[] = [];
  for (const dimension of DIMENSIONS) {
    const form = candidate.forms.get(dimension.id);
    const convention = form && conventions.get(conventionKey(dimension.id, form.bucket));
    if (!form || !convention || matches(dimension, form, convention)) continue;
    // A configured scale word without a gap keeps the figure's own gap.
    const target = convention.anyGap && convention.form.surface.gap === undefined ? { ...convention.form.surface, gap: form.surface.gap } : convention.form.surface;
    const rewritten = dimension.rewrite(written, target, locale);
    const shown = rewritten && dimension.read(candidate.figure, rewritten);
    if (!rewritten || !shown) continue;
    written = rewritten;
    reasons.push(reason(dimension, form, shown, convention, where));
  }
  // Never group with the decimal mark: the figure would read as another value.
  if (written.group !== undefined && written.group === written.decimal) return undefined;
  const text = writeFigure(written);
  if (reasons.length === 0 || text === candidate.figure.text || !readsTheSame(text, candidate.figure, brief)) return undefined;
  // "1 M€" restyled as "1 million€": a spelled-out scale word run into a currency sign is no form the
  // brief writes (its "millions €" has a space), so it is not offered.
  if (SCALE_WORD_AGAINST_SIGN.test(text) && !SCALE_WORD_AGAINST_SIGN.test(candidate.figure.text)) return undefined;
  const stopped = withOneFullStop(text, candidate.figure, brief.source);
  return stopped === candidate.figure.text ? undefined : { text: stopped, reasons };
}

/**
 * An abbreviation's period may also end the sentence ("reported $11 mln."): the new form keeps that
 * one mark ("$11 million."), and a form that ends in an abbreviation before the sentence's own full
 * stop leaves it to that stop ("€ 11 miljard." → "€ 11 mld.", never "mld.."). See fix-guard.ts.
 */
function withOneFullStop(text: string, figure: Figure, source: string): string {
  const end = figure.range.end;
  if (figure.text.endsWith('.') && !periodContinuesSentence(source, end - 1)) return text.endsWith('.') ? text : `${text}.`;
  if (!figure.text.endsWith('.') && text.endsWith('.') && source[end] === '.') return text.slice(0, -1);
  return text;
}

/**
 * What to change, plainly ("no space after "€"", "spell out "billion""), from the figure's form to the
 * convention as the rewritten figure shows it, and who keeps the convention: the other figures, or the config.
 */
function reason(dimension: Dimension, form: Form, shown: Form, convention: Convention, where: string): Reason {
  const changes = { separator: ', ', parts: dimension.instruct(form, shown) };
  const support: MessageData = convention.support
    ? { configured: 'no', count: String(convention.support.count), total: String(convention.support.total), where }
    : { configured: 'yes' };
  return { messageId: 'reason', data: { changes, ...support } };
}

/** One convention a figure breaks, as the rule's message 'reason'. */
interface Reason {
  messageId: 'reason';
  data: MessageData;
}

/**
 * The rewritten figure must say what the figure says under every locale the brief could be in: read
 * alone, one figure of the same value, currency (every currency its marker can stand for) and unit.
 */
function readsTheSame(text: string, figure: Figure, brief: Brief): boolean {
  // A figure with two readings (another value in another candidate locale) is offered, never restyled.
  const values = new Set(brief.localeCandidates.map((locale) => valueOf(extractQuantities(figure.text, { locale })[0])));
  if (values.size > 1) return false;
  return brief.localeCandidates.every((locale) => {
    const [original, ...others] = extractQuantities(figure.text, { locale });
    const [read, ...more] = extractQuantities(text, { locale });
    if (!original || !read || others.length > 0 || more.length > 0) return false;
    if (read.start !== 0 || read.end !== text.length || isInDoubt(original) || isInDoubt(read)) return false;
    if (locale === brief.locale && read.malformed) return false;
    return meaningOf(read) === meaningOf(original) && (locale !== brief.locale || read.value === figure.value);
  });
}

function valueOf(quantity: Quantity | undefined): string {
  return quantity === undefined ? '' : `${quantity.value} ${quantity.low ?? ''} ${quantity.high ?? ''}`;
}

/** The configured forms, by dimension and bucket. */
function configuredForms(options: Options, locale: Locale): Map<string, Convention> {
  const configured = new Map<string, Convention>();
  const mark = (dimension: DimensionId, value: string | undefined) => {
    if (value === undefined) return;
    const key = dimension === 'thousands' && /^[\s\u00A0\u202F]$/u.test(value) ? ' ' : value;
    configured.set(conventionKey(dimension, ''), { form: { bucket: '', key, surface: { mark: value } } });
  };
  mark('thousands', options.thousands);
  mark('decimal', options.decimal);
  mark('minus', options.minus);
  if (options.percent !== undefined) {
    const text = options.percent.trim();
    const gap = /^\p{L}/u.test(text) ? ' ' : options.percent.slice(0, options.percent.length - text.length);
    configured.set(conventionKey('percent', ''), { form: { bucket: '', key: `${gap}|${text.toLowerCase()}`, surface: { text, gap } } });
  }
  if (options.currency !== undefined) {
    const form = sampleForm('currency', options.currency, locale);
    if (form) configured.set(conventionKey('currency', form.bucket), { form });
  }
  if (options.scale !== undefined) {
    const sample = extractQuantities(`€ 1 ${options.scale}`, { locale })[0];
    const exponent = sample?.scale && /^10*$/.test(sample.scale) ? String(sample.scale.length - 1) : undefined;
    if (exponent !== undefined) {
      const text = options.scale.trim();
      configured.set(conventionKey('scale', exponent), { form: { bucket: exponent, key: `?|${scaleLemma(text)}`, surface: { text } }, anyGap: true });
    }
  }
  return configured;
}

/** A configured sample ("€ 20") read as a figure, in the dimension asked for. */
function sampleForm(dimension: DimensionId, sample: string, locale: Locale): Form | undefined {
  const [figure] = extractQuantities(sample, { locale });
  const written = figure && readWritten(figure);
  return written ? DIMENSIONS.find((entry) => entry.id === dimension)!.read(figure, written) : undefined;
}

/** A report with its readings offered as suggestions, never applied: a fix must not change a value. */
interface Slip {
  range: Range;
  messageId: 'didYouMean';
  data: MessageData;
  suggestions: Array<{ desc: string; fix: { range: Range; text: string } }>;
}

/**
 * A table column of figures grouped the document's way ("12,000", "7,500") with one written the
 * other locale's way ("19.500"), which reads as a small decimal (19.5) where a thousands figure was
 * likely meant. Likely, not surely ("Average household size 2.375"): the thousands reading is
 * offered as a suggestion, never applied as a fix.
 */
function foreignGroupingInColumns(brief: Brief): Slip[] {
  const ownGroup = LOCALE_NUMBER_STYLE[brief.locale].group;
  const otherGroup = ownGroup === ',' ? '.' : ownGroup === '.' ? ',' : undefined;
  if (otherGroup === undefined) return [];
  const slips: Slip[] = [];
  const foreign = new RegExp(`^\\d{1,3}(?:\\${otherGroup}\\d{3})+$`);
  for (const table of brief.tables) {
    if (table.quoted) continue;
    const width = table.rows.reduce((widest, row) => Math.max(widest, row.length), 0);
    for (let column = 0; column < width; column++) {
      const figures = table.rows.flatMap((row) => {
        const cellFigures = row[column]?.figures ?? [];
        return cellFigures.length === 1 && ['number', 'count', 'amount'].includes(cellFigures[0]!.kind) && !cellFigures[0]!.format.words ? [cellFigures[0]!] : [];
      });
      const grouped = figures.filter((figure) => figure.format.group === ownGroup && figure.format.decimal === undefined);
      const slipped = figures.filter((figure) => foreign.test(figure.format.digits) && figure.format.group === undefined);
      const others = figures.filter((figure) => !slipped.includes(figure));
      if (grouped.length < 2 || slipped.length !== 1 || others.some((figure) => figure.format.decimal !== undefined)) continue;
      const slip = slipped[0]!;
      const digitsAt = slip.text.indexOf(slip.format.digits);
      const digits = slip.format.digits.split(otherGroup).join(ownGroup);
      const text = slip.text.slice(0, digitsAt) + digits + slip.text.slice(digitsAt + slip.format.digits.length);
      if (brief.source.slice(slip.range.start, slip.range.end) !== slip.text) continue;
      const shown = grouped.slice(0, 2).map((figure) => `"${figure.text}"`).join(', ');
      slips.push({
        range: slip.range,
        messageId: 'didYouMean',
        data: { text, digits: slip.format.digits, mark: otherGroup, value: formatDecimal(slip.value, LOCALE_NUMBER_STYLE[brief.locale]), others: shown },
        suggestions: [{ desc: `Write ${text}`, fix: { range: slip.range, text } }],
      });
    }
  }
  return slips;
}
