import { addIntervals, intervalContains, intervalOf, intervalsMeet, sumIntervals, sumsLeavingOneOut, widen, type Interval, type Slack } from '../arith/interval.js';
import { slackOptions } from '../arith/options.js';
import { defineRule, type Report } from '../engine/types.js';
import type { Brief, Figure, Range, Table, TableCell } from '../parse/types.js';
import { absDecimal, compareDecimal, multiplyDecimal, roundDecimal, subtractDecimal, sumDecimals } from '../quantity/decimal.js';
import { writeLike } from '../quantity/format.js';
import type { Locale } from '../quantity/types.js';
import { conceptPattern } from '../lexicon/index.js';
import {
  isPartOfAnotherRow,
  isSurelyPartOfAnotherRow,
  labelOf,
  readCell,
  readNotes,
  totalKind,
  type CellReading,
  type TotalKind,
} from './table-total/reading.js';
import { isShareFigure as isShare, ownNotes, proseBreakdowns } from '../semantics/claims/breakdown.js';
import { fractionInterval, fractionPercent, type ShareValue } from '../semantics/claims/share-value.js';

/** A set of shares that claims to be one whole cut into parts. */
interface Breakdown {
  /** Percentages, and in prose fractions in words ("half", "ein Viertel"). */
  shares: Counted[];
  /** Rows left out as parts of another row ("– sub-envelope", "of which"), with the cell that names them. */
  leftOut: Array<{ label: string; cell: TableCell }>;
  /** The stated 100 %, when the breakdown has a Total. */
  total?: Figure;
  /** Where to report when there is no Total: the column header, or the last share of a sentence. */
  place: Range;
  /** "Totals may not sum due to rounding": another half unit per share. */
  roundingNote: boolean;
  /**
   * What says the shares make one whole: a stated 100 % or a split verb ('stated'); a header "share of
   * total" without a Total row, or a Total of 100 % on top of the rows below it, which a top-ten list
   * may carry too ('partial'); or only the column's
   * sum coming near 100 ('sum'); a list of uses, "45 % goes to A, 35 % to B and 30 % to C", which
   * may leave some uses out but cannot add up to more than the whole ('uses').
   */
  claim: 'stated' | 'partial' | 'sum' | 'uses';
  /** Table rows or columns, which may nest without a marker: a row followed by the rows it splits into. */
  /** 'children': only a row followed by rows that add up to it (a header alone names the whole, so a row left out is not excused). */
  mayNest: boolean | 'children';
  /** Rows whose marker ("– ", "including") may only style a list: counting them may reconcile the sum. */
  weakLeftOut: Counted[];
}

/** A share counted in a breakdown: a percentage figure or a fraction in words. */
type Counted = Pick<ShareValue, 'text' | 'range' | 'figure' | 'fraction'>;

function counted(figure: Figure): Counted {
  return { text: figure.text, range: figure.range, figure };
}

/**
 * A column header's words (lexicon concepts, every language: tables quote other languages' headers).
 * Cells are shares under "%" or a share word ("share", "aandeel", "Anteil", "part", "répartition").
 */
const isShareHeader = (header: string) => header.includes('%') || conceptPattern('any', 'shareHeader').test(header);

/** Headers that say the whole is one total: "Share of total", "% of total", "aandeel in totaal", "Anteil am Gesamt…", "% du total". */
const isOfTotalHeader = (header: string) => conceptPattern('any', 'ofTotalHeader').test(header);

/**
 * "Share of territorial emissions", "Aandeel in de uitstoot", "Anteil an den Gesamtausgaben", "Part des
 * émissions": a share noun that names the one whole the rows are parts of. Such a column may list
 * only the largest parts, but cannot add up to more than the whole.
 */
const isShareOfAWholeHeader = (header: string) => conceptPattern('any', 'shareOfWholeHeader').test(header);

/**
 * A column of rates, changes or scores is no breakdown even when headed "%": interest, tax,
 * unemployment or growth rates, changes on a year (also "Δ", "±", "+/-"), per-row shares of their own base.
 */
const isRateHeader = (header: string) => /Δ|±|\+\/-/u.test(header) || conceptPattern('any', 'rateHeader').test(header);

/**
 * "Share of households with internet", "Anteil der Haushalte mit Internet", "part des adultes qui
 * travaillent": each row's share of its own base. Without a Total, such a column claims no breakdown.
 */
const isOwnBaseHeader = (header: string) => conceptPattern('any', 'ownBaseHeader').test(header);

/** "Respondents could choose several answers", "Mehrfachnennungen möglich", "plusieurs réponses possibles": shares need not sum to 100. */
const MULTIPLE_ANSWERS = conceptPattern('any', 'multiAnswer');

export default defineRule({
  meta: {
    id: 'percent-sum',
    description: 'The shares of an explicit breakdown (a table column of shares, "split as 45 %, 35 % and 20 %") must total 100 %, within rounding',
    category: 'arithmetic',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: slackOptions,
    messages: {
      notHundred:
        'Shares sum to {sum}, not {hundred} ({arithmetic}{leftOutCount, plural, =0 {} one {; row {leftOut} left out as part of another row} other {; rows {leftOut} left out as parts of other rows}})',
      counted: 'counted: {share}',
      leftOut: 'left out as part of another row',
    },
  },
  check(brief, { report, options }) {
    const slack: Slack = { approximate: options.approximateSlack };
    const breakdowns = [
      ...brief.tables.filter((table) => !table.quoted).flatMap((table) => tableBreakdowns(brief, table)),
      ...proseBreakdowns(brief).map(
        (claim): Breakdown => ({
          shares: claim.shares,
          leftOut: [],
          weakLeftOut: [],
          place: claim.place,
          roundingNote: claim.roundingNote,
          claim: claim.claim === 'complete' ? 'stated' : 'uses',
          mayNest: false,
        }),
      ),
    ];
    for (const breakdown of breakdowns) {
      const found = judge(breakdown, slack, brief.locale);
      if (found) report(found);
    }
  },
});

/** The shares' sum against 100 %, each share allowed half a unit of the least precise one (a fraction in words its own spread). */
function judge(breakdown: Breakdown, slack: Slack, locale: Locale): Report | undefined {
  const { shares } = breakdown;
  const figures = shares.flatMap((share) => (share.figure ? [share.figure] : []));
  // The sum is written like the percentages: without one, there is nothing to write it like.
  if (figures.length === 0) return undefined;
  const unit = figures.map((figure) => figure.precision).reduce((widest, precision) => (compareDecimal(precision, widest) > 0 ? precision : widest));
  const intervalOfShare = (share: Counted): Interval =>
    share.figure ? intervalOf({ ...share.figure, precision: unit }, slack) : fractionInterval(share.fraction!, slack);
  /** Whether `count` shares summing to `sum` make 100, the rounding note's allowance included. */
  const sumMakesWhole = (sum: Interval, count: number): boolean =>
    intervalContains(breakdown.roundingNote ? widen(sum, multiplyDecimal(multiplyDecimal(unit, '0.5'), String(count))) : sum, '100');
  const makesWhole = (some: Counted[]): boolean => sumMakesWhole(sumIntervals(some.map(intervalOfShare)), some.length);
  if (makesWhole(shares)) return undefined;
  // A dash or "including" may only style a list: when counting those rows makes 100, the author nested nothing.
  if (breakdown.weakLeftOut.length > 0 && makesWhole([...shares, ...breakdown.weakLeftOut])) return undefined;
  const values = shares.map((share) => (share.figure ? share.figure.value : fractionPercent(share.fraction!)));
  const sum = figures.length === shares.length ? sumDecimals(values) : roundDecimal(sumDecimals(values), -1);
  if (breakdown.mayNest && compareDecimal(sum, '100') > 0 && nestedReadingMakesWhole(shares.map(intervalOfShare), sumMakesWhole, breakdown.mayNest === true)) return undefined;
  const near = nearHundred(sum, unit, shares.length);
  // Two rates ("men 48 %, women 50 %") come near 100 by chance too often: a sum alone needs three shares.
  if (breakdown.claim === 'sum' && (!near || shares.length < 3)) return undefined;
  // A "share of total" column, or "EU-27 100 %" above its members, may list only the largest parts:
  // well short of 100 is no error, beyond it is.
  if (breakdown.claim === 'partial' && !near && compareDecimal(sum, '100') < 0) return undefined;
  if (breakdown.claim === 'uses' && compareDecimal(sum, '100') < 0) return undefined;
  const like = breakdown.total ?? figures[figures.length - 1]!;
  const hundred = breakdown.total ? breakdown.total.text : writeLike(like, '100', locale);
  return {
    range: breakdown.total?.range ?? breakdown.place,
    messageId: 'notHundred',
    data: {
      sum: writeLike(like, sum, locale),
      hundred,
      arithmetic: shares.map((share) => share.figure?.format.digits ?? share.text).join(' + '),
      leftOutCount: breakdown.leftOut.length,
      leftOut: breakdown.leftOut.map((row) => `"${row.label}"`).join(', '),
    },
    related: [
      ...shares.map((share) => ({ range: share.range, messageId: 'counted', data: { share: share.text } })),
      ...breakdown.leftOut.map((row) => ({ range: row.cell.range, messageId: 'leftOut' })),
    ],
  };
}

/**
 * Whether the shares read with one row nested in another make 100, as an editor would try before
 * calling the sum wrong: a row followed by rows that add up to it (its split, without a marker), or,
 * in a list of three or more, any one row left out. Linear in the rows: sums run on as rows are
 * added, and each row is left out of one total sum.
 */
function nestedReadingMakesWhole(intervals: Interval[], makesWhole: (sum: Interval, count: number) => boolean, skipAny: boolean): boolean {
  const shares = intervals;
  const nonNegative = intervals.every((interval) => interval.low !== null && !interval.low.startsWith('-'));
  /** Where the rows right after `parent` that add up to it end (the shortest such run of two or more). */
  const childrenEnd = (parent: number): number | undefined => {
    const whole = intervals[parent]!;
    let sum: Interval | undefined;
    for (let end = parent + 2; end <= shares.length; end++) {
      sum = sum ? addIntervals(sum, intervals[end - 1]!) : intervals[end - 1]!;
      if (end < parent + 3) continue;
      if (intervalsMeet(sum, whole)) return end;
      // Shares are not negative: once the children pass their parent, no longer run meets it.
      if (nonNegative && sum.low !== null && whole.high !== null && compareDecimal(sum.low, whole.high) > 0) return undefined;
    }
    return undefined;
  };
  // Every parent with its children dropped ("Public 40 %: EU 25 %, national 15 %; Private 60 %: …").
  const topLevel: Interval[] = [];
  for (let index = 0; index < shares.length; index++) {
    topLevel.push(intervals[index]!);
    const end = childrenEnd(index);
    if (end !== undefined) index = end - 1;
  }
  if (makesWhole(sumIntervals(topLevel), topLevel.length)) return true;
  return skipAny && shares.length > 2 && sumsLeavingOneOut(intervals).some((sum) => makesWhole(sum, shares.length - 1));
}

/**
 * A column that only its sum marks as a breakdown: a sum more than two units of the least precise
 * share beyond the rounding allowance is more likely a column of rates that happens to come near 100.
 */
function nearHundred(sum: string, unit: string, count: number): boolean {
  const allowance = multiplyDecimal(multiplyDecimal(unit, '0.5'), String(count));
  return compareDecimal(absDecimal(subtractDecimal(sum, '100')), sumDecimals([allowance, multiplyDecimal(unit, '2')])) <= 0;
}

interface Row {
  cells: TableCell[];
  readings: CellReading[];
  label: string;
  labelCell: TableCell | undefined;
  total: TotalKind | undefined;
  part: boolean;
  /** No figure in the row: a heading inside the table. */
  section: boolean;
}

function readRow(cells: TableCell[]): Row {
  const readings = cells.map(readCell);
  const labelCell = cells.find((cell, column) => readings[column]!.kind === 'text' && labelOf(cell) !== '');
  const label = labelCell ? labelOf(labelCell) : '';
  const total = totalKind(label);
  return {
    cells,
    readings,
    label,
    labelCell,
    total,
    part: total === undefined && isPartOfAnotherRow(label),
    section: readings.every((reading) => reading.kind === 'text' || reading.kind === 'empty'),
  };
}

function tableBreakdowns(brief: Brief, table: Table): Breakdown[] {
  const notes = readNotes(table, brief);
  if (notes.nonAdditive) return [];
  const around = [ownNotes(brief, table), ...table.headingPath, ...table.header.map(labelOf)].join('\n');
  if (MULTIPLE_ANSWERS.test(around)) return [];
  const rows = table.rows.map(readRow);
  const found: Breakdown[] = [];
  // Rows of years are a series over time, each year a share of its own year's whole: the column
  // is no breakdown (and columns of years are no breakdown of a row).
  if (rows.filter((row) => row.cells[0] && isTimeLabel(row.cells[0])).length < 2) {
    for (let column = 1; column < table.header.length; column++) {
      const header = labelOf(table.header[column]!);
      if (isRateHeader(header) || totalKind(header)) continue;
      for (const breakdown of columnBreakdowns(table, rows, column, header, notes.rounding)) found.push(breakdown);
    }
  }
  if (!table.header.slice(1).some(isTimeLabel)) for (const breakdown of rowBreakdowns(table, rows, notes.rounding)) found.push(breakdown);
  return found;
}

function isTimeLabel(cell: TableCell): boolean {
  return cell.figures.length === 1 && ['year', 'date', 'period'].includes(cell.figures[0]!.kind) && /^\W*\p{L}{0,3}\W*\d/u.test(labelOf(cell).slice(0, 24));
}

/**
 * One column's breakdowns: one per Total row that states 100 % (whatever the header: "2024" over
 * shares with a Total of 100 % is a breakdown too), or the whole column of a share header when
 * there is no Total.
 */
function columnBreakdowns(table: Table, rows: Row[], column: number, header: string, roundingNote: boolean): Breakdown[] {
  // Total rows that say something in this column; a Total with an empty share cell says nothing of the shares.
  const totals = rows.map((row, index) => ({ row, index })).filter(({ row }) => row.total && row.readings[column]?.kind === 'number');
  if (totals.length === 0) {
    // Without a Total only the header can say the cells are shares of one whole.
    if (!isShareHeader(header) || isOwnBaseHeader(header)) return [];
    const scope = sharesOfRows(rows, rows.map((_, index) => index), column);
    if (!scope) return [];
    if (isOfTotalHeader(header)) return [{ ...scope, place: table.header[column]!.range, roundingNote, claim: 'partial', mayNest: true }];
    const wholeNamed = isShareOfAWholeHeader(header) && scope.shares.length >= 3;
    return [{ ...scope, place: table.header[column]!.range, roundingNote, claim: wholeNamed ? 'partial' : 'sum', mayNest: wholeNamed ? 'children' : true }];
  }
  const found: Breakdown[] = [];
  for (const { row, index } of totals) {
    const reading = row.readings[column];
    if (!reading || reading.kind !== 'number') continue;
    const total = reading.figure;
    // A Total of 99.9 % is table-total's matter; a subtotal's 100 % is a block of its own.
    if (!isShare(total) || compareDecimal(total.value, '100') !== 0 || row.total === 'subtotal') continue;
    const covered = rowsCoveredBy(rows, index);
    const scope = sharesOfRows(rows, covered, column);
    const onTop = covered.length > 0 && covered[0]! > index;
    if (scope) found.push({ ...scope, total, place: total.range, roundingNote, claim: onTop ? 'partial' : 'stated', mayNest: true });
  }
  return found;
}

/** The rows a Total covers: the rows since the previous Total, or, for a Total on top of its block, the rows below it. */
function rowsCoveredBy(rows: Row[], totalIndex: number): number[] {
  const isItem = (index: number): boolean => !rows[index]!.total && !rows[index]!.section;
  const above: number[] = [];
  for (let index = totalIndex - 1; index >= 0 && rows[index]!.total !== 'total'; index--) {
    if (isItem(index)) above.unshift(index);
  }
  if (above.length > 0) return above;
  const below: number[] = [];
  for (let index = totalIndex + 1; index < rows.length && !rows[index]!.total; index++) {
    if (isItem(index)) below.push(index);
  }
  return below;
}

type RowScope = Pick<Breakdown, 'shares' | 'leftOut' | 'weakLeftOut'>;

/** The shares of one column over some rows; undefined when a row there holds no plain share (then nothing can be added). */
function sharesOfRows(rows: Row[], indices: number[], column: number): RowScope | undefined {
  const scope: RowScope = { shares: [], leftOut: [], weakLeftOut: [] };
  for (const index of indices) {
    const row = rows[index]!;
    if (row.section || row.total) continue;
    const reading = row.readings[column];
    if (!reading || reading.kind !== 'number' || !isShare(reading.figure)) return undefined;
    if (row.part) {
      if (row.labelCell) scope.leftOut.push({ label: row.label, cell: row.labelCell });
      if (!isSurelyPartOfAnotherRow(row.label)) scope.weakLeftOut.push(counted(reading.figure));
      continue;
    }
    scope.shares.push(counted(reading.figure));
  }
  return scope.shares.length >= 2 ? scope : undefined;
}

/** "| Group | Men | Women | Total |" with a Total column of 100 %: each such row is a breakdown across the columns. */
function rowBreakdowns(table: Table, rows: Row[], roundingNote: boolean): Breakdown[] {
  const totalColumn = table.header.findIndex((cell, column) => column > 0 && totalKind(labelOf(cell)) === 'total');
  if (totalColumn < 0) return [];
  const skippedColumns = table.header
    .slice(1, totalColumn)
    .filter((cell) => isPartOfAnotherRow(labelOf(cell)) || totalKind(labelOf(cell))).length;
  const found: Breakdown[] = [];
  for (const row of rows) {
    const reading = row.readings[totalColumn];
    if (!reading || reading.kind !== 'number' || !isShare(reading.figure) || compareDecimal(reading.figure.value, '100') !== 0) continue;
    const shares: Figure[] = [];
    for (let column = 1; column < totalColumn; column++) {
      const header = labelOf(table.header[column]!);
      if (isPartOfAnotherRow(header) || totalKind(header)) continue;
      const cell = row.readings[column]!;
      if (cell.kind !== 'number' || !isShare(cell.figure)) break;
      shares.push(cell.figure);
    }
    if (shares.length !== totalColumn - 1 - skippedColumns || shares.length < 2) continue;
    found.push({ shares: shares.map(counted), leftOut: [], weakLeftOut: [], total: reading.figure, place: reading.figure.range, roundingNote, claim: 'stated', mayNest: true });
  }
  return found;
}
