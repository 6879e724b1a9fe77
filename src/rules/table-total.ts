import { slackOptions } from '../arith/options.js';
import { claimedInterval, intervalsMeet, negateInterval, pointInterval, sumIntervals, widen, type Interval, type Slack } from '../arith/interval.js';
import { defineRule, type Report } from '../engine/types.js';
import type { MessageData } from '../engine/messages.js';
import type { Brief, Figure, Table, TableCell } from '../parse/types.js';
import { absDecimal, compareDecimal, exponentOfPower, multiplyDecimal, negateDecimal, shiftDecimal, subtractDecimal, sumDecimals } from '../quantity/decimal.js';
import { scaleExponent, writeLike } from '../quantity/format.js';
import type { Locale } from '../quantity/types.js';
import { anyLanguage, wordsSource } from '../lexicon/index.js';
import {
  isMoneyCode,
  isMoneyHeader,
  isNonAdditiveHeader,
  isPartOfAnotherRow,
  isScaledCaption,
  isBalanceLabel,
  isScaledHeader,
  isSurelyPartOfAnotherRow,
  labelOf,
  mayBeAverageRow,
  readCell,
  readNotes,
  totalKind,
  type CellReading,
  type TableNotes,
  type TotalKind,
} from './table-total/reading.js';
import { joinTerms } from '../arith/terms.js';

interface RowInfo {
  cells: TableCell[];
  readings: CellReading[];
  label: string;
  /** The cell that carries the label (for related places). */
  labelCell?: TableCell;
  /** Index of the first cell after the label cells. */
  dataStart: number;
  total?: TotalKind;
  part: boolean;
  /** A row that nets the rows above it ("Balance", "Net movement", "Saldo", "Solde"), not labelled a total. */
  balance: boolean;
  /** No figure and no "-" anywhere: a section heading inside the table ("**Personnel**"). */
  section: boolean;
}

/** The parts a total may stand for, tried in turn; the first is the one the message shows. */
interface Scope {
  items: Array<{ figure: Figure; name: string; unitWord?: string }>;
  leftOut: RowInfo[];
  what: 'rows' | 'columns';
  /** Its whole numbers are rounded, not exact counts (a scaled header, decimals beside them, a rounding note). */
  rounded: boolean;
}

export default defineRule({
  meta: {
    id: 'table-total',
    description: 'A Total row or column of a table must equal the sum of its parts, within rounding',
    category: 'arithmetic',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: slackOptions,
    messages: {
      wrongTotal:
        'Total says {total}, but the {what, select, columns {columns} other {rows}} sum to {sum} ({arithmetic}{leftOutCount, plural, =0 {} one {; row {leftOut} left out as a part of another row} other {; rows {leftOut} left out as parts of other rows}}){ambiguousCount, plural, =0 {} other {; leaving out any one of rows {ambiguous} would match it}}{doubled, select, parts {; it counts {doubledCount, plural, one {the part row} other {the part rows}} {doubledRows} a second time, inside {doubledCount, plural, one {its parent} other {their parents}} and again on {doubledCount, plural, one {its} other {their}} own} subtotals {; {total} is the subtotals and their own items added together ({doubledArithmetic} = {doubledSum}), which counts every item twice} other {}}',
      balance: '{label} says {total}, but the rows above {signs, select, yes {net to} other {leave}} {sum} ({arithmetic})',
      partExceedsParent: 'Row "{row}" is a part of row "{parent}" but says {part}, more than its {whole}',
      parentRow: 'the row it is a part of',
      sumWithoutRow:
        'Total says {total}, which is the sum without row "{row}" ({arithmetic}{leftOutCount, plural, =0 {} one {; row {leftOut} left out as a part of another row} other {; rows {leftOut} left out as parts of other rows}}); {mayBeInside, select, yes {row "{row}" looks like a part of another row: mark it ("of which", "–") or correct the total} other {the total leaves that row out: say so in its label ("Total excl. …") or correct the total}}',
      shifted: '{label} row is shifted one column to the {direction, select, right {right} other {left}}: {figures}',
      shiftedFigure:
        '{figure} sums {targetNamed, select, yes {"{target}"} other {column {target}}} ({arithmetic}{leftOutCount, plural, =0 {} one {; row {leftOut} left out as a part of another row} other {; rows {leftOut} left out as parts of other rows}}) but stands {past, select, yes {past the last column} other {under {columnNamed, select, yes {"{column}"} other {column {column}}}}}',
      counted: 'counted in the sum',
      partOfAnother: 'left out as a part of another row',
      looksLikePart: 'looks like a part of another row',
      leftOutOfTotal: 'left out of the total',
    },
  },
  check(brief, { report, options }) {
    const slack: Slack = { approximate: options.approximateSlack };
    for (const table of brief.tables) {
      const notes = readNotes(table, brief);
      // The author says the totals are not sums (joint simulation, interactions): nothing to foot.
      if (notes.nonAdditive) continue;
      const reported = new Set<number>();
      const emit = (found: Report): void => {
        if (reported.has(found.range.start)) return;
        reported.add(found.range.start);
        report(found);
      };
      const rows = table.rows.map(describeRow);
      markUnlabelledTotal(brief, rows);
      const rounded = roundedColumns(table, rows);
      checkTotalRows(brief, table, rows, notes, rounded, slack, emit);
      checkBalanceRow(brief, table, rows, notes, rounded, slack, emit);
      checkTotalColumns(brief, table, rows, notes, rounded, slack, emit);
      checkPartsWithinParents(table, rows, rounded, slack, emit);
    }
  },
});

function describeRow(cells: TableCell[]): RowInfo {
  const readings = cells.map(readCell);
  let dataStart = 0;
  while (dataStart < cells.length && (readings[dataStart]!.kind === 'text' || readings[dataStart]!.kind === 'empty')) dataStart++;
  // A row of text only keeps its first column as label, so that a total column further right is still data.
  if (dataStart === cells.length) dataStart = Math.min(1, cells.length);
  const labelCells = cells.slice(0, Math.max(1, dataStart)).filter((cell) => labelOf(cell) !== '');
  const label = labelCells.map(labelOf).join(' ');
  const total = labelCells.map((cell) => totalKind(labelOf(cell))).find((kind) => kind !== undefined);
  const section = readings.every((reading) => reading.kind === 'text' || reading.kind === 'empty');
  return {
    cells,
    readings,
    label,
    ...(labelCells[0] ? { labelCell: labelCells[0] } : {}),
    dataStart: Math.max(1, dataStart),
    ...(total ? { total } : {}),
    part: total === undefined && isPartOfAnotherRow(label),
    balance: total === undefined && isBalanceLabel(label),
    section,
  };
}

type Emit = (report: Report) => void;

/**
 * A last row with no label whose figures are set in bold under rows of figures ("| | **92** |"): the
 * table's total, written the way people set one down without naming it.
 */
function markUnlabelledTotal(brief: Brief, rows: RowInfo[]): void {
  const last = rows[rows.length - 1];
  if (!last || last.label !== '' || last.total || rows.length < 3) return;
  const figures = last.cells.filter((_, column) => last.readings[column]!.kind === 'number');
  if (figures.length === 0 || !figures.every((cell) => isBold(brief, cell))) return;
  const items = rows.slice(0, -1).filter((row) => !row.total && !row.section && row.readings.some((reading) => reading.kind === 'number'));
  if (items.length >= 2) last.total = 'total';
}

function isBold(brief: Brief, cell: TableCell): boolean {
  const written = brief.source.slice(cell.range.start, cell.range.end).trim();
  return written.length > 4 && ((written.startsWith('**') && written.endsWith('**')) || (written.startsWith('__') && written.endsWith('__')));
}
type NumberReading = Extract<CellReading, { kind: 'number' }>;

function isLink(brief: Brief, cell: TableCell): boolean {
  return /\]\(|\]\[/.test(brief.source.slice(cell.range.start, cell.range.end));
}

/**
 * Columns whose whole numbers are rounded rather than exact counts: the header or the caption gives a
 * scale ("£m", "Mio. €", "in thousands"), another cell of the
 * column is written with decimals ("$8333" beside "$2,916.67" was rounded to the dollar), or the column
 * holds money in a code ("DAI", "USDC").
 */
function roundedColumns(table: Table, rows: RowInfo[]): boolean[] {
  const width = rows.reduce((widest, row) => Math.max(widest, row.cells.length), table.header.length);
  const scaledCaption = isScaledCaption(table.before?.text ?? '');
  // Money in a token or currency code ("59,000 DAI") is written to the unit as "$59,000" is.
  const roundedHere = (row: RowInfo, column: number): boolean => {
    const reading = row.readings[column];
    if (reading?.kind !== 'number') return false;
    return (reading.figure.kind !== 'percent' && compareDecimal(reading.figure.precision, '1') < 0) || isMoneyCode(reading.unitWord ?? '');
  };
  return Array.from(
    { length: width },
    (_, column) =>
      scaledCaption ||
      isScaledHeader(columnLabel(table, rows, column, rows.length)) ||
      isMoneyHeader(columnLabel(table, rows, column, rows.length)) ||
      rows.some((row) => roundedHere(row, column)),
  );
}

/**
 * A named total in the last row under plain item rows only ("Total funding", "Totaal mutaties
 * reserves", "Saldo insgesamt" below four items, no section, part or other total row): nothing in
 * the table says it covers fewer rows than all of them, so an auditor foots it against them all.
 */
function closesPlainRows(rows: RowInfo[], index: number): boolean {
  if (index !== rows.length - 1 || index < 2) return false;
  // Part rows ("waarvan inhuur") are left out of the sum; they say nothing of what the total covers.
  return rows.slice(0, index).every((row) => !row.total && !row.section) && rows.slice(0, index).filter((row) => !row.part).length >= 2;
}

/** Footing: a Total row against the rows it covers, column by column. */
function checkTotalRows(brief: Brief, table: Table, rows: RowInfo[], notes: TableNotes, rounded: boolean[], slack: Slack, emit: Emit): void {
  // A named total ("Total taxes") alone in a table may total only some rows; in a table of several
  // totals ("Total welfare reforms", "Total spending changes") the structure shows what it covers.
  const structured = rows.filter((row) => row.total).length >= 2;
  rows.forEach((row, index) => {
    if (!row.total || (row.total === 'named' && !structured && !closesPlainRows(rows, index))) return;
    /** The scopes of rows a figure in `column` may total; none when the column cannot be added. */
    const scopesIn = (column: number): Scope[] => {
      if (isNonAdditiveHeader(columnLabel(table, rows, column, index))) return [];
      return rowScopes(rows, index).flatMap((rowIndices) => {
        const scope = columnOfRows(rows, rowIndices, column, rounded[column] ?? false);
        return scope ? [scope] : [];
      });
    };
    const precisionIn = (column: number): { slack: Slack; rounded: boolean } => ({ slack, rounded: rounded[column] ?? false });
    const sumsOf = (reading: NumberReading, column: number): Scope | undefined => {
      const { comparable, meets } = footing(reading, scopesIn(column), notes, precisionIn(column));
      return comparable.find((scope) => meets(scope));
    };
    const shifted = shiftOf(table, rows, index, sumsOf);
    if (shifted) {
      emit(shiftReport(brief, table, row, shifted));
      return;
    }
    row.cells.forEach((cell, column) => {
      const reading = row.readings[column]!;
      if (column < row.dataStart || reading.kind !== 'number') return;
      const doubled = (): Scope | undefined => doubleCountedScope(rows, index, column, rounded[column] ?? false);
      judge(brief, reading, scopesIn(column), notes, precisionIn(column), emit, mayBeAverageRow(row.label), row.total === 'named' && !structured, doubled);
    });
  });
}

/** One figure of a shifted Total row: where it stands, and the column whose rows it sums. */
interface ShiftedFigure {
  figure: Figure;
  column: number;
  summed: Scope;
  target: number;
}

interface Shift {
  by: 1 | -1;
  figures: ShiftedFigure[];
}

/**
 * A Total row whose figures sit one column off (an extra or a missing "|", a common Markdown slip):
 * none of its figures sums the column it stands in, each sums the column beside it, and the row shows
 * the slip (it has more or fewer cells than the header, or an empty cell where the rows have figures).
 */
function shiftOf(table: Table, rows: RowInfo[], index: number, sumsOf: (reading: NumberReading, column: number) => Scope | undefined): Shift | undefined {
  const row = rows[index]!;
  const figures = row.readings.flatMap((reading, column) => (column >= row.dataStart && reading.kind === 'number' ? [{ reading, column }] : []));
  if (figures.length === 0) return undefined;
  const items = rows.filter((other) => !other.total && !other.section);
  const emptyUnderFigures = row.readings.some(
    (reading, column) => column >= 1 && reading.kind === 'empty' && items.some((item) => item.readings[column]?.kind === 'number'),
  );
  if (row.cells.length === table.header.length && !emptyUnderFigures) return undefined;
  if (figures.some(({ reading, column }) => sumsOf(reading, column))) return undefined;
  for (const by of [1, -1] as const) {
    const found: ShiftedFigure[] = [];
    for (const { reading, column } of figures) {
      const target = column - by;
      const summed = target >= 1 ? sumsOf(reading, target) : undefined;
      if (!summed) break;
      found.push({ figure: reading.figure, column, summed, target });
    }
    if (found.length === figures.length) return { by, figures: found };
  }
  return undefined;
}

/** A column as messages name it: its header ("Budget"), or its number when it has none. */
function columnData(table: Table, column: number, prefix: 'target' | 'column'): MessageData {
  const header = table.header[column];
  const named = header !== undefined && labelOf(header) !== '';
  return { [`${prefix}Named`]: named ? 'yes' : 'no', [prefix]: named ? labelOf(header) : String(column + 1) };
}

function shiftReport(brief: Brief, table: Table, row: RowInfo, { by, figures }: Shift): Report {
  const parts = figures.map(({ figure, column, summed, target }) => ({
    messageId: 'shiftedFigure',
    data: {
      figure: figure.text,
      ...columnData(table, target, 'target'),
      ...arithmeticOf(brief, figure, summed),
      past: column < table.header.length ? 'no' : 'yes',
      ...(column < table.header.length ? columnData(table, column, 'column') : { columnNamed: 'no', column: '' }),
    },
  }));
  return {
    range: figures[0]!.figure.range,
    messageId: 'shifted',
    data: { label: row.label, direction: by > 0 ? 'right' : 'left', figures: { separator: '; ', parts } },
    related: figures.flatMap(({ summed }) => relatedOf(summed)),
  };
}

/**
 * A column's header, with the text of rows above the total that hold only text: a table whose real
 * header is its second row ("|**2019**|||" then "|Type|Annual Production|Average Duration|").
 */
function columnLabel(table: Table, rows: RowInfo[], column: number, before: number): string {
  const header = table.header[column];
  const inBody = rows
    .slice(0, before)
    .filter((row) => row.section)
    .map((row) => (row.cells[column] ? labelOf(row.cells[column]) : ''));
  return [header ? labelOf(header) : '', ...inBody].join(' ');
}

/**
 * The sets of rows a total may cover. "Subtotal" covers the rows since the previous total; a
 * Total after subtotals covers the subtotals and the rows after them, or every item row; a Total
 * at the top of its block covers the rows below it. Named totals ("Total spending changes") are
 * tried against all of these, because tables nest them ("Total welfare reforms" inside "Total
 * spending changes"). Part rows ("of which") are left out; the scope with them is tried too,
 * in case the marker says less than it seems.
 */
function rowScopes(rows: RowInfo[], totalIndex: number): number[][] {
  const isItem = (row: RowInfo): boolean => !row.total && !row.section;
  let previousTotal = -1;
  for (let index = totalIndex - 1; index >= 0; index--) {
    if (rows[index]!.total) {
      previousTotal = index;
      break;
    }
  }
  const range = (from: number, to: number): number[] =>
    Array.from({ length: Math.max(0, to - from) }, (_, offset) => from + offset);
  const since = range(previousTotal + 1, totalIndex).filter((index) => isItem(rows[index]!));
  const all = range(0, totalIndex).filter((index) => isItem(rows[index]!));
  const scopes: number[][] = [];
  let overSubtotals = false;
  if (since.length > 0) scopes.push(since);
  if (previousTotal >= 0) {
    // A total over the subtotals before it (since the last plain Total) and the items after the last one.
    let lastPlain = -1;
    for (let index = previousTotal; index >= 0; index--) {
      if (rows[index]!.total === 'total') {
        lastPlain = index;
        break;
      }
    }
    const subtotals = range(lastPlain + 1, totalIndex).filter((index) => rows[index]!.total && rows[index]!.total !== 'total');
    const kind = rows[totalIndex]!.total;
    const last = !rows.slice(totalIndex + 1).some((row) => row.total);
    // A named total gathers only rows that say they are subtotals ("Zwischensumme …"), not other named totals.
    const trueSubtotals = subtotals.filter((index) => rows[index]!.total === 'subtotal').length;
    const enough = since.length > 0 || (subtotals.length >= 2 && (kind === 'total' || (kind === 'named' && last && trueSubtotals >= 2)));
    // A subtotal covers only the rows since the previous one; Totals and named totals may gather subtotals.
    // A Total is read over the subtotals first, and so is the last named total of a table ("Total tax
    // reforms" under "Total Capital Gains Tax reforms"); a named total with another total below it is
    // read first over its own block: "Public Goods Total" after "Ecosystem Total" is its sibling.
    if (subtotals.length > 0 && enough && (kind === 'total' || (kind === 'named' && last))) {
      scopes.unshift([...subtotals, ...since]);
      overSubtotals = trueSubtotals >= 2;
    }
    else if (subtotals.length > 0 && enough && kind === 'named') scopes.push([...subtotals, ...since]);
    if (all.length > since.length && rows[totalIndex]!.total !== 'named') scopes.push(all);
  }
  // A named total covers the rows right above it ("Total Loans" under a block of non-performing loans names other loans).
  // The last named total under two subtotals or more ("Gesamtkosten" under "Zwischensumme Bauwerk" and
  // "Zwischensumme sonstige Kosten") gathers them.
  if (rows[totalIndex]!.total === 'named' && since.length === 0 && !overSubtotals) return [];
  if (since.length === 0) {
    const below: number[] = [];
    for (let index = totalIndex + 1; index < rows.length && !rows[index]!.total; index++) {
      if (isItem(rows[index]!)) below.push(index);
    }
    if (below.length > 0) scopes.push(below);
  }
  const single = rows[totalIndex]!.total === 'subtotal';
  return scopes.filter((scope) => scope.length >= 2 || single || scope.some((index) => rows[index]!.total));
}

/** The figures of one column over some rows; undefined when a cell there is not a plain figure. */
function columnOfRows(rows: RowInfo[], rowIndices: number[], column: number, rounded: boolean): Scope | undefined {
  const items: Scope['items'] = [];
  const leftOut: RowInfo[] = [];
  for (const index of rowIndices) {
    const row = rows[index]!;
    const reading = row.readings[column];
    if (!reading || reading.kind !== 'number') return undefined;
    if (row.part) {
      leftOut.push(row);
      continue;
    }
    items.push({ figure: reading.figure, name: row.label, ...(reading.unitWord ? { unitWord: reading.unitWord } : {}) });
  }
  if (items.length === 0) return undefined;
  return { items, leftOut, what: 'rows', rounded };
}

/** Cross-footing: a Total column against the columns before it, row by row (the Total row too: a grand total both ways). */
function checkTotalColumns(brief: Brief, table: Table, rows: RowInfo[], notes: TableNotes, rounded: boolean[], slack: Slack, emit: Emit): void {
  const totalColumns = table.header
    .map((cell, column) => ({ column, kind: totalKind(labelOf(cell)) }))
    .filter(({ column, kind }) => column > 0 && (kind === 'total' || kind === 'subtotal'));
  for (const { column: totalColumn } of totalColumns) {
    // "| Item | Quantity | Cost | Total |": the Total is a product of a count and a price, not a sum.
    const countHeader = table.header.slice(0, totalColumn).some((cell) => COUNT_HEADER.test(labelOf(cell)));
    if (countHeader) continue;
    const previousTotal = totalColumns.reduce((last, { column }) => (column < totalColumn ? Math.max(last, column) : last), 0);
    for (const row of rows) {
      const reading = row.readings[totalColumn];
      if (!reading || reading.kind !== 'number') continue;
      const scopes: Scope[] = [];
      for (const from of new Set([Math.max(previousTotal + (previousTotal > 0 ? 1 : 0), row.dataStart), row.dataStart])) {
        const scope = columnsOfRow(table, row, from, totalColumn, rounded);
        if (scope) scopes.push(scope);
      }
      judge(brief, reading, scopes, notes, { slack, rounded: rounded[totalColumn]! }, emit);
    }
  }
}

/** "Quantity", "Anzahl", "Quantité", "#": a count; whole words in any language (never `\b`, which fails at "é"). */
const COUNT_HEADER = new RegExp(String.raw`${wordsSource(anyLanguage('countHeader'))}|#`, 'iu');

function columnsOfRow(table: Table, row: RowInfo, from: number, to: number, rounded: boolean[]): Scope | undefined {
  const items: Scope['items'] = [];
  let anyRounded = false;
  for (let column = from; column < to; column++) {
    const header = table.header[column];
    const headerLabel = header ? labelOf(header) : '';
    // A column headed "waarvan …" or "of which …" is part of the column before it, as a part row is.
    if (isNonAdditiveHeader(headerLabel) || totalKind(headerLabel) || isPartOfAnotherRow(headerLabel)) continue;
    const reading = row.readings[column];
    if (!reading || reading.kind !== 'number') return undefined;
    anyRounded ||= rounded[column]!;
    items.push({ figure: reading.figure, name: headerLabel, ...(reading.unitWord ? { unitWord: reading.unitWord } : {}) });
  }
  if (items.length < 2) return undefined;
  return { items, leftOut: [], what: 'columns', rounded: anyRounded };
}

/** A row whose leaving out reconciles the total, in the scope where it does. */
interface SingleRow {
  scope: Scope;
  skip: number;
}

/** What footing a total needs: the scopes it can be compared with, and whether a sum meets it. */
interface Footing {
  comparable: Scope[];
  meetsSum(sum: Interval, partCount: number): boolean;
  partsSum(scope: Scope, figures: Figure[]): Interval;
  meets(scope: Scope, extraRows?: Figure[]): boolean;
}

function footing(reading: NumberReading, scopes: Scope[], notes: TableNotes, { slack, rounded }: { slack: Slack; rounded: boolean }): Footing {
  const total = reading.figure;
  const comparable = scopes.filter(
    (scope) => sameMeasure(total, scope.items.map((item) => item.figure)) && sameUnitWord(reading.unitWord, scope.items.map((item) => item.unitWord)),
  );
  const claimed = claimedInterval(total, slack, rounded);
  const meetsSum = (sum: Interval, partCount: number): boolean => intervalsMeet(claimed, allowance(sum, partCount, total, notes));
  const partsSum = (scope: Scope, figures: Figure[]): Interval => sumIntervals(figures.map((figure) => claimedInterval(figure, slack, scope.rounded)));
  const meets = (scope: Scope, extraRows: Figure[] = []): boolean => {
    const figures = [...scope.items.map((item) => item.figure), ...extraRows];
    const intervals = figures.map((figure) => claimedInterval(figure, slack, scope.rounded));
    return meetsSum(sumIntervals(intervals), exactCount(intervals));
  };
  return { comparable, meetsSum, partsSum, meets };
}

/**
 * Report the total when no scope's sum meets it; say nothing when the figures cannot be compared.
 * When leaving out exactly one unmarked row reconciles it, that row more likely is a part of another
 * row than the total wrong: a warning that names the row. When several rows would each do, nothing
 * says which: the error, naming them.
 */
function judge(
  brief: Brief,
  reading: NumberReading,
  scopes: Scope[],
  notes: TableNotes,
  { slack, rounded }: { slack: Slack; rounded: boolean },
  emit: Emit,
  mayBeAverage = false,
  mayCoverFewer = false,
  doubled?: () => Scope | undefined,
): void {
  const total = reading.figure;
  // A total that links to its own source (PolicyEngine's tables link each cell to a simulation) was
  // computed on its own, as a combined run, not added up from the cells above it.
  if (isLink(brief, total.block as TableCell)) return;
  const { comparable, meets, meetsSum, partsSum } = footing(reading, scopes, notes, { slack, rounded });
  if (comparable.length === 0) return;
  /** By the figure's place, so that one row found in two scopes counts once. */
  const singleRows = new Map<number, SingleRow>();
  for (const scope of comparable) {
    if (meets(scope)) return;
    // A weak marker (a leading dash, "including") may only style a list: if counting those rows
    // reconciles the total, the author nested them. A row that says "of which" or "davon" and is
    // counted in the total is double counting.
    const leftOutFigures = scope.leftOut.filter((row) => !isSurelyPartOfAnotherRow(row.label)).flatMap((row) => figureIn(row, total));
    if (leftOutFigures.length > 0 && meets(scope, leftOutFigures)) return;
    if (scope.what === 'rows' && scope.items.length >= 2) {
      // Named only when the written figures of the other rows really add up to the total (within the
      // total's own rounding): an interval that merely meets it would name a row whose removal does not reconcile.
      const sumOfAll = sumDecimals(scope.items.map((item) => item.figure.value));
      scope.items.forEach((item, skip) => {
        const others = pointInterval(subtractDecimal(sumOfAll, item.figure.value));
        if (!singleRows.has(item.figure.range.start) && meetsSum(others, scope.items.length - 1)) singleRows.set(item.figure.range.start, { scope, skip });
      });
    }
  }
  // "76.000 DAI" under rows in thousands: a thousands point in an English table, number-format's
  // and number-style's concern; the sum is right.
  if (total.format.decimal && /[.,]\d{3}$/.test(total.format.digits)) {
    const asGrouped = { ...total, value: shiftDecimal(total.value, 3), precision: shiftDecimal(total.precision, 3) };
    const grouped = claimedInterval(asGrouped, slack, true);
    if (comparable.some((scope) => intervalsMeet(grouped, partsSum(scope, scope.items.map((item) => item.figure))))) return;
  }
  // An "Overall" that lies between the smallest and the largest part is their average, not a wrong sum.
  if (mayBeAverage && comparable.some((scope) => liesAmong(total.value, scope.items.map((item) => item.figure.value)))) return;
  const singles = [...singleRows.values()];
  // A named total ("Total taxes") that leaving out one row reconciles, or that is smaller than one of
  // its parts when none is negative (£12,084 of taxes under £40,000 of wages), totals only the rows it names.
  if (mayCoverFewer && (singles.length > 0 || comparable.some((scope) => isSmallerThanAPart(total, scope)))) return;
  if (singles.length === 1) emit(partWarning(brief, total, singles[0]!));
  else emit(message(brief, total, comparable[0]!, singles.map(({ scope, skip }) => scope.items[skip]!.name), doubleCounting(brief, total, comparable[0]!, doubled?.(), meets)));
}

function isSmallerThanAPart(total: Figure, scope: Scope): boolean {
  const values = scope.items.map((item) => item.figure.value);
  return values.every((value) => compareDecimal(value, '0') >= 0) && values.some((value) => compareDecimal(value, total.value) > 0);
}

function withoutItem(scope: Scope, skip: number): Scope {
  return { ...scope, items: scope.items.filter((_, index) => index !== skip) };
}

function liesAmong(value: string, values: string[]): boolean {
  return values.some((other) => compareDecimal(other, value) <= 0) && values.some((other) => compareDecimal(other, value) >= 0);
}

/** The left-out row's figure in the same column as the total. */
function figureIn(row: RowInfo, total: Figure): Figure[] {
  const column = (total.block as TableCell).column;
  const reading = row.readings[column];
  return reading && reading.kind === 'number' ? [reading.figure] : [];
}

/**
 * The parts a rounding note can still excuse: those read as exact. A part that is already an interval
 * (rounded to its last digit) carries its rounding; the note adds none to it, or 5.4 would pass for 5.0.
 */
function exactCount(intervals: Interval[]): number {
  return intervals.filter((interval) => interval.low !== null && interval.high !== null && compareDecimal(interval.low, interval.high) === 0).length;
}

/**
 * "Totals may not sum due to rounding": each part may be off by half a unit of the total's last digit,
 * and no more (exact counts stay exact under the note; the note is their rounding).
 */
function allowance(sum: Interval, partCount: number, total: Figure, notes: TableNotes): Interval {
  if (!notes.rounding) return sum;
  return widen(sum, multiplyDecimal(multiplyDecimal(total.precision, '0.5'), String(partCount)));
}

/**
 * Money in one currency, counts of one noun, plain numbers; no percentages (percent-sum's job),
 * and no mix of scaled and bare cells ("£6bn" above a bare "5.5"), whose scale the header may or
 * may not give.
 */
function sameMeasure(total: Figure, parts: Figure[]): boolean {
  const figures = [total, ...parts];
  if (figures.some((figure) => figure.kind === 'percent')) return false;
  const currencies = new Set(figures.map((figure) => figure.currency).filter((currency) => currency !== undefined));
  if (currencies.size > 1) return false;
  const units = new Set(figures.map((figure) => figure.unit?.toLowerCase()).filter((unit) => unit !== undefined));
  if (units.size > 1) return false;
  const scales = new Set(figures.map((figure) => figure.scale ?? '1'));
  if (scales.size > 1 && figures.some((figure) => figure.scale === undefined && figure.currency === undefined)) return false;
  // "£785bn" over "£80,000" and "£25,000": a total of something larger than these rows (a population
  // over two example households), not their sum with a slip.
  if (scales.size > 1 && farApart(total.value, sumDecimals(parts.map((part) => part.value)))) return false;
  return true;
}

/** Three orders of magnitude or more between two positive values. */
function farApart(left: string, right: string): boolean {
  if (compareDecimal(left, '0') <= 0 || compareDecimal(right, '0') <= 0) return false;
  return compareDecimal(left, multiplyDecimal(right, '1000')) >= 0 || compareDecimal(right, multiplyDecimal(left, '1000')) >= 0;
}

/**
 * "6 ETH" over "3 ETH" adds up; "6 ETH" over "$30,000 USDC" does not. The parts all name one unit or
 * none, and the total names that unit or none (a bare total under a column of "FTE" counts, and "88,750 DAI"
 * under bare figures).
 */
function sameUnitWord(totalUnit: string | undefined, partUnits: Array<string | undefined>): boolean {
  const units = new Set(partUnits.map((unit) => unitKey(unit ?? '')));
  if (units.size > 1) return false;
  const total = unitKey(totalUnit ?? '');
  return total === '' || units.has(total) || units.has('');
}

/** A unit word, singular: "agencies" and "agency", "FTEs" and "FTE" are one unit. */
function unitKey(word: string): string {
  return word
    .toLowerCase()
    .replace(/ies$/u, 'y')
    .replace(/(?<=\p{L}{2})s$/u, '');
}

/** A part as the reader sees it: its own digits when it shares the total's scale ("2.0", not "2"). */
function writePart(total: Figure, part: Figure, locale: Locale): string {
  if ((part.scale ?? '') === (total.scale ?? '') && !part.format.words) return part.format.digits;
  return writeLike(total, absDecimal(part.value), locale, { bare: true });
}

/** Decimal places written in the parts, so that a sum of "2.0 + 1.0" shows as "3.0". */
function fractionDigits(total: Figure, parts: Figure[]): number {
  const exponent = scaleExponent(total.scale) ?? 0;
  // A reduce, not Math.max(...): a table of 150 000 rows is as many parts, too many arguments for the stack.
  return [total, ...parts].reduce((most, figure) => Math.max(most, -(exponentOfPower(shiftDecimal(figure.precision, -exponent)) ?? 0)), 0);
}

/** "50 + 150", each part written as the reader sees it, with the rows left out as parts named. */
function arithmeticOf(brief: Brief, total: Figure, scope: Scope): { arithmetic: string; leftOutCount: number; leftOut: string } {
  const arithmetic = scope.items
    .map((item, index) => {
      const written = writePart(total, item.figure, brief.locale);
      const negative = compareDecimal(item.figure.value, '0') < 0;
      if (index === 0) return negative ? `-${written}` : written;
      return negative ? `− ${written}` : `+ ${written}`;
    });
  return { arithmetic: joinTerms(arithmetic, ' ', '+ …'), leftOutCount: scope.leftOut.length, leftOut: joinTerms(scope.leftOut.map((row) => `"${row.label}"`), ', ') };
}

function relatedOf(scope: Scope): NonNullable<Report['related']> {
  return [
    ...scope.items.map((item) => ({ range: item.figure.range, messageId: 'counted' })),
    ...scope.leftOut.flatMap((row) => (row.labelCell ? [{ range: row.labelCell.range, messageId: 'partOfAnother' }] : [])),
  ];
}

/** A unit the reader does not carry ("520,000 DAI") is still how the table says it. */
function unitWordAfter(total: Figure): string {
  const unitAfter = total.block.text.slice(total.end).replace(/[\s*_]/g, '');
  return /^[A-Za-z]{2,5}$/.test(unitAfter) ? ` ${unitAfter}` : '';
}

/**
 * The total meets the sum without one unmarked row: most likely a sub-item written as an item. A row
 * that cannot be inside another counted row (negative, or larger than each of them: "Anti-tax
 * avoidance investment −2.0" under the tax cuts it pays for) is one the total leaves out unsaid.
 */
function partWarning(brief: Brief, total: Figure, { scope, skip }: SingleRow): Report {
  const row = scope.items[skip]!;
  const counted = withoutItem(scope, skip);
  const mayBeInside =
    compareDecimal(row.figure.value, '0') >= 0 && counted.items.some((item) => compareDecimal(item.figure.value, row.figure.value) >= 0);
  return {
    range: total.range,
    messageId: 'sumWithoutRow',
    data: { total: `${total.text}${unitWordAfter(total)}`, row: row.name, ...arithmeticOf(brief, total, counted), mayBeInside: mayBeInside ? 'yes' : 'no' },
    related: [{ range: row.figure.range, messageId: mayBeInside ? 'looksLikePart' : 'leftOutOfTotal' }, ...relatedOf(counted)],
    severity: 'warn',
  };
}

/** The wrong total; `eachReconciles` names the rows of which leaving out any one would reconcile it. */
function message(brief: Brief, total: Figure, scope: Scope, eachReconciles: string[] = [], counted: Doubled = { doubled: 'none' }): Report {
  const sum = sumDecimals(scope.items.map((item) => item.figure.value));
  const places = fractionDigits(total, scope.items.map((item) => item.figure));
  const sumText = writeLike(total, sum, brief.locale, { minFractionDigits: places });
  const unit = unitWordAfter(total);
  return {
    range: total.range,
    messageId: 'wrongTotal',
    data: {
      total: `${total.text}${unit}`,
      what: scope.what,
      sum: `${sumText}${unit}`,
      ...arithmeticOf(brief, total, scope),
      ambiguousCount: eachReconciles.length,
      ambiguous: joinTerms(eachReconciles.map((name) => `"${name}"`), ', '),
      doubledCount: 0,
      doubledRows: '',
      doubledArithmetic: '',
      doubledSum: '',
      ...counted,
    },
    related: relatedOf(scope),
  };
}

/**
 * Every row above a total since the last plain Total, items and subtotals alike: the sum a grand total
 * shows when it adds the subtotals and their items together. Only when there are subtotals to double.
 */
function doubleCountedScope(rows: RowInfo[], totalIndex: number, column: number, rounded: boolean): Scope | undefined {
  let from = 0;
  for (let index = totalIndex - 1; index >= 0; index--) {
    if (rows[index]!.total === 'total') {
      from = index + 1;
      break;
    }
  }
  const above = rows.slice(from, totalIndex).map((_, offset) => from + offset);
  const indices = above.filter((index) => !rows[index]!.section && rows[index]!.readings[column]?.kind === 'number');
  if (!indices.some((index) => rows[index]!.total) || !indices.some((index) => !rows[index]!.total)) return undefined;
  return columnOfRows(
    rows.map((row) => ({ ...row, part: false })),
    indices,
    column,
    rounded,
  );
}

/**
 * Why a wrong total is what it is, when the table shows it: the "of which" rows counted again, or
 * the subtotals added to their own items. Empty when neither reading meets the total.
 */
/** How a wrong total counts rows twice, as a message's data: part rows again on their own, or subtotals with their items. */
type Doubled = { doubled: 'none' } | { doubled: 'parts'; doubledCount: number; doubledRows: string } | { doubled: 'subtotals'; doubledArithmetic: string; doubledSum: string };

function doubleCounting(brief: Brief, total: Figure, scope: Scope, doubled: Scope | undefined, meets: (scope: Scope, extraRows?: Figure[]) => boolean): Doubled {
  const parts = scope.leftOut.filter((row) => isSurelyPartOfAnotherRow(row.label));
  const partFigures = parts.flatMap((row) => figureIn(row, total));
  if (partFigures.length > 0 && partFigures.length === parts.length && meets(scope, partFigures)) {
    return { doubled: 'parts', doubledCount: parts.length, doubledRows: joinTerms(parts.map((row) => `"${row.label}"`), ', ') };
  }
  if (doubled && meets(doubled)) {
    const sum = writeLike(total, sumDecimals(doubled.items.map((item) => item.figure.value)), brief.locale, { minFractionDigits: fractionDigits(total, doubled.items.map((item) => item.figure)) });
    return { doubled: 'subtotals', doubledArithmetic: arithmeticOf(brief, total, doubled).arithmetic, doubledSum: sum };
  }
  return { doubled: 'none' };
}

/**
 * A last row that nets the rows above it ("Net movement in reserves", "Saldo", "Solde", "Restbetrag"):
 * a sum with signs ("(1,250) + 430 + (2,100) + 180"), or what is left of the first row once the
 * others are taken off (budget, spent, remaining). Totals above stand for their items. Reported only
 * when it is neither, in either direction.
 */
function checkBalanceRow(brief: Brief, table: Table, rows: RowInfo[], notes: TableNotes, rounded: boolean[], slack: Slack, emit: Emit): void {
  const index = rows.length - 1;
  const row = rows[index];
  if (!row || !row.balance || index < 2) return;
  const above = rows.filter((other, at) => at < index && !other.section && !other.part);
  const totals = above.filter((other) => other.total);
  const items = above.filter((other) => !other.total);
  // The totals alone when there are several ("Total income", "Total spending", "Balance"); the items;
  // and every row, for a budget on top of what was spent ("Total budget", "Spent", "Remaining").
  const candidates = [...(totals.length >= 2 ? [totals] : []), items, ...(totals.length > 0 && above[0]!.total ? [above] : [])].filter((terms) => terms.length >= 2);
  if (candidates.length === 0) return;
  row.readings.forEach((reading, column) => {
    if (column < row.dataStart || reading.kind !== 'number' || isLink(brief, reading.figure.block as TableCell)) return;
    if (isNonAdditiveHeader(columnLabel(table, rows, column, index))) return;
    let first: Scope | undefined;
    for (const terms of candidates) {
      const scope = columnOfRows(terms, terms.map((_, at) => at), column, rounded[column] ?? false);
      if (!scope) continue;
      const { comparable, meetsSum } = footing(reading, [scope], notes, { slack, rounded: scope.rounded });
      if (comparable.length === 0) continue;
      const intervals = scope.items.map((item) => claimedInterval(item.figure, slack, scope.rounded));
      const signed = sumIntervals(intervals);
      const difference = sumIntervals([intervals[0]!, ...intervals.slice(1).map(negateInterval)]);
      // Stages nested in the first ("Allocated", "Committed", "Spent", "Remaining (uncommitted)"): the
      // balance may be the first less any one of the others.
      const lessOne = intervals.slice(1).map((interval) => sumIntervals([intervals[0]!, negateInterval(interval)]));
      const parts = exactCount(intervals);
      if ([signed, difference, ...lessOne].some((sum) => meetsSum(sum, parts) || meetsSum(negateInterval(sum), parts))) return;
      first ??= scope;
    }
    if (first) emit(balanceReport(brief, row, reading.figure, first));
  });
}

function balanceReport(brief: Brief, row: RowInfo, total: Figure, scope: Scope): Report {
  const signs = scope.items.some((item) => compareDecimal(item.figure.value, '0') < 0);
  // With signs written, the rows are a sum; all positive, the balance is the first row less the others.
  const shown: Scope = signs
    ? scope
    : { ...scope, items: scope.items.map((item, index) => (index === 0 ? item : { ...item, figure: { ...item.figure, value: negateDecimal(item.figure.value) } })) };
  const value = sumDecimals(shown.items.map((item) => item.figure.value));
  const sum = writeLike(total, value, brief.locale, { minFractionDigits: fractionDigits(total, scope.items.map((item) => item.figure)) });
  const unit = unitWordAfter(total);
  return {
    range: total.range,
    messageId: 'balance',
    data: { label: row.label, total: `${total.text}${unit}`, signs: signs ? 'yes' : 'no', sum: `${sum}${unit}`, arithmetic: arithmeticOf(brief, total, shown).arithmetic },
    related: relatedOf(scope),
  };
}

/**
 * A row marked as a part of the row above ("of which", "waarvan", "davon", "dont") cannot be more
 * than that row. Shares, rates and changes aside; negative figures aside.
 */
function checkPartsWithinParents(table: Table, rows: RowInfo[], rounded: boolean[], slack: Slack, emit: Emit): void {
  let parentIndex = -1;
  rows.forEach((row, index) => {
    if (!row.part) {
      parentIndex = row.section || row.total ? -1 : index;
      return;
    }
    const parent = rows[parentIndex];
    if (!parent || !isSurelyPartOfAnotherRow(row.label)) return;
    row.readings.forEach((reading, column) => {
      const whole = parent.readings[column];
      if (column < row.dataStart || reading.kind !== 'number' || whole?.kind !== 'number') return;
      if (isNonAdditiveHeader(columnLabel(table, rows, column, index))) return;
      if (!sameMeasure(whole.figure, [reading.figure]) || !sameUnitWord(whole.unitWord, [reading.unitWord])) return;
      if (compareDecimal(whole.figure.value, '0') < 0 || compareDecimal(reading.figure.value, '0') < 0) return;
      const part = claimedInterval(reading.figure, slack, rounded[column] ?? false);
      const of = claimedInterval(whole.figure, slack, rounded[column] ?? false);
      if (part.low === null || of.high === null || compareDecimal(part.low, of.high) <= 0) return;
      emit({
        range: reading.figure.range,
        messageId: 'partExceedsParent',
        data: { row: row.label, parent: parent.label, part: reading.figure.text, whole: whole.figure.text },
        related: [{ range: whole.figure.range, messageId: 'parentRow' }],
      });
    });
  });
}
