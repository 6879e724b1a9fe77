import { z } from 'zod';
import { defineRule } from '../engine/types.js';
import type { Brief, Figure, Range, Table, TextBlock } from '../parse/types.js';
import { byLanguage, literalAlternation } from '../lexicon/dates.js';
import type { Locale } from '../quantity/types.js';

/** One dated step of a timeline: the date as written, where it stands, and the days it covers. */
interface Milestone {
  text: string;
  range: Range;
  start: string;
  end: string;
  /** A span of years ("2015–2024"), which may sum up the single years before it. */
  yearSpan: boolean;
}

/** Which way a sequence runs: 'stated' when its notation says forward (arrows), else read from its steps. */
interface Sequence {
  milestones: Milestone[];
  direction: 'forward' | 'infer';
}

/** "→", "->", "⇒", "—>", "–>", "⟶": the arrows that say "then". */
// The arrow alone: blanks around it stay in the parts (a `\s*` on both sides made long runs of blanks quadratic).
const ARROW = /→|⟶|⇒|(?<![-–—])[-–—]+>/gu;

/** Every language's words, in one pattern: a Dutch brief quotes an English timeline and the reverse. */
const allWords = (table: Record<Locale, readonly string[]>): string => literalAlternation(Object.values(table).flat());

/**
 * What may stand before the date that opens a list item or a cell: a lead word ("By Q4 2025:", "Tegen 2027",
 * "Bis Ende 2026", "D'ici 2030", "courant 2027"), after a numbered step's label ("Phase 2 (2027–2028):");
 * anything else means the item does not begin with its date.
 */
const BEFORE_OPENING_DATE = new RegExp(
  `^[\\s\\p{P}]*(?:(?:${allWords(byLanguage('stepLabel'))})\\s+\\d{1,2}[a-z]?[\\s\\p{P}]*)?(?:(?:${allWords(byLanguage('timelineLead'))})\\s+)?$`,
  'iu',
);

/** Headers of a column of dates ("Date", "Wanneer", "Termin", "Date cible"). */
const TIMELINE_COLUMN = new RegExp(`(?<![\\p{L}])(?:${allWords(byLanguage('timelineColumn'))})(?![\\p{L}])`, 'iu');
/** The whole header names the dates: a first column headed so is a timeline even with undated cells. */
const TIMELINE_HEADER = new RegExp(`^(?:${allWords(byLanguage('timelineColumn'))})\\??$`, 'iu');
/** Headers of a column of steps ("Milestone", "Stap", "Phase", "Étape"). */
const STEP_COLUMN = new RegExp(`^(?:${allWords(byLanguage('stepColumn'))})$`, 'iu');

const DATED_KINDS = new Set(['year', 'date', 'period', 'range']);

export default defineRule({
  meta: {
    id: 'timeline-order',
    description: 'Milestones in a timeline (a dated list, an arrow sequence, a table of dates) must not go back in time',
    category: 'date',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: z.object({}),
    messages: {
      backward: '{next} comes after {previous} in this timeline but ends before it begins',
      newestFirst: '{next} comes after {previous} in this newest-first list but begins after it ends',
      itemBefore: 'the item before: {previous}',
    },
  },
  check(brief, { report }) {
    for (const sequence of sequencesIn(brief)) {
      for (const { previous, next, newestFirst } of outOfOrder(sequence)) {
        const data = { next: next.text, previous: previous.text };
        report({
          range: next.range,
          messageId: newestFirst ? 'newestFirst' : 'backward',
          data,
          related: [{ range: previous.range, messageId: 'itemBefore', data }],
        });
      }
    }
  },
});

function sequencesIn(brief: Brief): Sequence[] {
  const sequences: Sequence[] = [];
  for (const list of brief.lists) {
    if (list.quoted) continue;
    const dated = list.items.map((item) => openingDate(item.block));
    const milestones = dated.filter((milestone) => milestone !== undefined);
    // A list whose items mostly begin with a date; the undated ones are notes between them.
    if (milestones.length >= 3 && milestones.length * 2 >= list.items.length) sequences.push({ milestones, direction: 'infer' });
  }
  for (const table of brief.tables) {
    if (table.quoted) continue;
    const column = timelineColumn(table);
    if (column === undefined) continue;
    const cells = table.rows.map((row) => row[column]).filter((cell) => cell !== undefined && cell.text.trim() !== '');
    const milestones = cells.map((cell) => openingDate(cell)).filter((milestone) => milestone !== undefined);
    const headed = TIMELINE_HEADER.test(table.header[column]?.text.trim() ?? '') || column > 0;
    if (milestones.length >= 3 && (headed || milestones.length === cells.length)) sequences.push({ milestones, direction: 'infer' });
  }
  for (const block of brief.blocks) {
    if (block.quoted) continue;
    for (const sequence of arrowChains(block)) sequences.push(sequence);
  }
  return sequences;
}

/**
 * The column that dates a table's rows: the first, or one headed as dates ("Date", "Wanneer", "Termin")
 * when the first column names steps ("| Milestone | Date |", "| Stap | Wanneer |", "| Phase | Zeitraum |").
 * A table of workstreams or countries with a date each is sorted by something else.
 */
function timelineColumn(table: Table): number | undefined {
  const headers = table.header.map((cell) => cell.text.trim());
  if (!STEP_COLUMN.test(headers[0] ?? '')) return 0;
  const dated = headers.findIndex((header, index) => index > 0 && TIMELINE_COLUMN.test(header));
  return dated > 0 ? dated : 0;
}

function isDated(figure: Figure): boolean {
  return DATED_KINDS.has(figure.kind);
}

/**
 * The milestone dated by `figures[index]`. "Q1–Q3 2025", "March–April 2025" and "20–21 March 2025"
 * are two figures joined by a dash or slash: together they date one step, from the first to the last.
 */
function milestoneAt(block: TextBlock, figures: readonly Figure[], index: number): Milestone | undefined {
  const figure = figures[index];
  if (figure?.interval === undefined || !isDated(figure)) return undefined;
  const milestone = { text: figure.text, range: figure.range, ...figure.interval, yearSpan: figure.kind === 'range' };
  const second = figures[index + 1];
  if (second?.interval === undefined || !isDated(second) || !/^\s*[-–—/]\s*$/u.test(block.text.slice(figure.end, second.start))) return milestone;
  if (second.interval.end < figure.interval.start) return milestone;
  return { text: block.text.slice(figure.start, second.end), range: { start: figure.range.start, end: second.range.end }, start: figure.interval.start, end: second.interval.end, yearSpan: false };
}

/**
 * After the opening date, a mark that sets it apart ("2027: first factories", "Q4 2025 – call",
 * "In 2019, …") or nothing: "2019 Climate Act" names a thing by its year, and a list of such
 * things is sorted by something else.
 */
const DATE_SET_APART = /^\s*(?:[:–—\-,.;()]|$)/u;

/** The date an item or cell opens with ("Q4 2025: call for interest", "By End 2027, report", "Phase 2 (2027–2028):"). */
function openingDate(block: TextBlock): Milestone | undefined {
  // A step's number ("Phase 2") may come first: the date is the first dated figure of the first two.
  const index = block.figures.slice(0, 2).findIndex(isDated);
  const first = block.figures[index];
  if (first === undefined || !BEFORE_OPENING_DATE.test(block.text.slice(0, first.start))) return undefined;
  const milestone = milestoneAt(block, block.figures, index);
  const after = milestone === undefined ? '' : block.text.slice(first.start + milestone.text.length);
  return milestone !== undefined && DATE_SET_APART.test(after) ? milestone : undefined;
}

/** "Q4 2025 → H1 2026 → 2027 → End 2027": runs of three or more arrowed parts, each holding one date. */
function arrowChains(block: TextBlock): Sequence[] {
  const text = block.text;
  const parts: Range[] = [];
  let from = 0;
  for (const arrow of text.matchAll(ARROW)) {
    parts.push({ start: from, end: arrow.index });
    from = arrow.index + arrow[0].length;
  }
  if (parts.length < 2) return [];
  parts.push({ start: from, end: text.length });
  const chains: Sequence[] = [];
  let chain: Milestone[] = [];
  const close = () => {
    if (chain.length >= 3) chains.push({ milestones: chain, direction: 'forward' });
    chain = [];
  };
  // Figures and parts are both in text order: one pass over each, not every figure for every part.
  const figures = block.figures;
  let next = 0;
  parts.forEach((part, index) => {
    while (next < figures.length && figures[next]!.start < part.start) next++;
    const dated: Figure[] = [];
    for (; next < figures.length && figures[next]!.start < part.end; next++) {
      const figure = figures[next]!;
      if (figure.end <= part.end && isDated(figure)) dated.push(figure);
    }
    const milestone = milestoneAt(block, dated, 0);
    const alone = milestone !== undefined && milestone.range.end === dated[dated.length - 1]!.range.end;
    // A part with no date, or two, ends the chain: "2025 → 2026 → 2027. In 2024 …" is two sentences.
    if (!alone || (index > 0 && /[.;!?]\s/u.test(text.slice(part.start, dated[0]!.start)))) close();
    if (alone) chain.push(milestone);
  });
  close();
  return chains;
}

type Step = 'forward' | 'backward' | 'overlap';

/**
 * How many pairs of items (earlier, later) run forward in time and how many backward, in O(n log n):
 * each item is counted against the earlier ones through two Fenwick trees over the dates' ranks
 * (a long dated list compared pair by pair is quadratic).
 */
function pairOrders(milestones: readonly Milestone[]): { forward: number; backward: number } {
  const days = [...new Set(milestones.flatMap(({ start, end }) => [start, end]))].sort();
  const rank = new Map(days.map((day, index) => [day, index + 1]));
  const ends = new FenwickTree(days.length);
  const starts = new FenwickTree(days.length);
  const counts = { forward: 0, backward: 0 };
  milestones.forEach((later, index) => {
    // Earlier items that end before this one starts (forward), and that start after it ends (backward).
    counts.forward += ends.countUpTo(rank.get(later.start)! - 1);
    counts.backward += index - starts.countUpTo(rank.get(later.end)!);
    ends.add(rank.get(later.end)!);
    starts.add(rank.get(later.start)!);
  });
  // Overlapping spans of years that are shifted ("2025–2026", then "2026–2027") count as steps too; few
  // items are such spans, so they are compared pair by pair, up to a bound that keeps this linear.
  const spans = milestones.filter((milestone) => milestone.yearSpan);
  if (spans.length <= MAX_SPANS_COMPARED) {
    spans.forEach((earlier, index) => {
      for (const later of spans.slice(index + 1)) {
        if (later.end < earlier.start || later.start > earlier.end) continue; // counted above
        if (later.start > earlier.start && later.end > earlier.end) counts.forward++;
        else if (later.start < earlier.start && later.end < earlier.end) counts.backward++;
      }
    });
  }
  return counts;
}

const MAX_SPANS_COMPARED = 64;

/** Counts of ranks 1…size added so far, with prefix counts in O(log size). */
class FenwickTree {
  private readonly counts: number[];
  constructor(size: number) {
    this.counts = new Array<number>(size + 1).fill(0);
  }
  add(rank: number): void {
    for (let index = rank; index < this.counts.length; index += index & -index) this.counts[index]!++;
  }
  countUpTo(rank: number): number {
    let total = 0;
    for (let index = rank; index > 0; index -= index & -index) total += this.counts[index]!;
    return total;
  }
}

function stepBetween(previous: Milestone, next: Milestone): Step {
  if (next.end < previous.start) return 'backward';
  if (next.start > previous.end) return 'forward';
  // Phases of several years may overlap, but one that starts and ends earlier than the phase before
  // it goes back: "Phase 2 (2027–2028)" then "Phase 3 (2026–2027)".
  if (previous.yearSpan && next.yearSpan && next.start < previous.start && next.end < previous.end) return 'backward';
  // Nested or overlapping periods ("2027" then "End 2027") are in order either way.
  return 'overlap';
}

/**
 * The steps that break the sequence's direction. Arrows state it; otherwise it is the order most
 * pairs of items agree on (every item against every later one), and only when at least two pairs
 * agree and fewer disagree: a changelog runs newest first, and "2022, 2021, 2022, 2021" says nothing.
 */
function outOfOrder(sequence: Sequence): Array<{ previous: Milestone; next: Milestone; newestFirst: boolean }> {
  const { milestones } = sequence;
  const steps = milestones.slice(1).map((next, index) => stepBetween(milestones[index]!, next));
  let against: Step;
  if (sequence.direction === 'forward') {
    // "Backcasting: 2050 → 2040 → 2030" runs back on purpose when every step does.
    if (!steps.includes('forward')) return [];
    against = 'backward';
  } else {
    const { forward, backward } = pairOrders(milestones);
    if (forward >= 2 && forward > backward) against = 'backward';
    else if (backward >= 2 && backward > forward) against = 'forward';
    else return [];
  }
  const breaks = [];
  for (let index = 0; index < steps.length; index++) {
    if (steps[index] !== against) continue;
    const [previous, next] = [milestones[index]!, milestones[index + 1]!];
    if (startsAgain(milestones, index + 1) || isSummary(milestones, next)) continue;
    breaks.push({ previous, next, newestFirst: against === 'forward' });
  }
  return breaks;
}

/**
 * "2019, 2020, 2021, 2019, 2020, 2021": a table in two groups starts its years again at the top, and
 * goes on as the first group went. One item equal to the first ("Q4 2025 … End 2025") is no new group.
 */
function startsAgain(milestones: readonly Milestone[], index: number): boolean {
  const same = (a: Milestone | undefined, b: Milestone | undefined) => a !== undefined && b !== undefined && a.start === b.start && a.end === b.end;
  return same(milestones[index], milestones[0]) && same(milestones[index + 1], milestones[1]);
}

/** "2020, 2021, 2022, 2010–2019": a last row that spans years after rows of single ones sums up a period. */
function isSummary(milestones: readonly Milestone[], next: Milestone): boolean {
  return next === milestones[milestones.length - 1] && next.yearSpan && milestones.slice(0, -1).every((each) => !each.yearSpan);
}
