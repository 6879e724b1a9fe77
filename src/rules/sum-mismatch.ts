/**
 * sum-mismatch: arithmetic written out in prose ("€ 50 bn + € 150 bn = € 200 bn", "4 × 100,000 = 400,000",
 * "10 minus 3 is 7") must come out right, within the rounding of the figures written, and must not add
 * different currencies.
 *
 * The reader hands us figures; the operators are the text between them. A few operators the reader
 * keeps inside a figure ("× 100,000" is a multiplier, "3 times" too, "minus 3" is a negative number,
 * "10 − 3" a range), so each figure first becomes the operand pieces it holds.
 */
import {
  addIntervals,
  divideIntervals,
  intervalOf,
  intervalsMeet,
  multiplyIntervals,
  sumIntervals,
  pointInterval,
  subtractIntervals,
  type Interval,
  type Slack,
} from '../arith/interval.js';
import { slackOptions } from '../arith/options.js';
import { defineRule, type Report } from '../engine/types.js';
import { boundedText } from '../parse/gaps.js';
import type { Brief, Figure, Range, TextBlock } from '../parse/types.js';
import { couldMakeUp, semanticsOf, type SumClaim } from '../semantics/index.js';
import { conceptPattern } from '../lexicon/index.js';
import { compareDecimal, shiftDecimal, sumDecimals } from '../quantity/decimal.js';
import { extractQuantities } from '../quantity/index.js';
import { scaleExponent, writeLike } from '../quantity/format.js';
import type { Locale } from '../quantity/types.js';

type Operator = '+' | '−' | '×' | '/';

/** One number taking part in the arithmetic, with the place it is written. */
interface Operand {
  value: string;
  precision: string;
  approximate: boolean;
  bound?: 'min' | 'max';
  currency?: string;
  percent: boolean;
  scale?: string;
  /** The operand as written, for the message ("€ 50 bn", "100,000"). */
  written: string;
  /** Offsets into the block text of the operand itself. */
  start: number;
  end: number;
  /** The span that includes an operator the figure holds ("× 100,000"): gaps to the neighbours are measured from it. */
  outerStart: number;
  outerEnd: number;
  figure: Figure;
  /** An operator the figure itself holds before this operand ("× 100,000", "minus 3", the second end of "10 − 3"). */
  operatorBefore?: Operator;
  /** An operator the figure holds after it ("3 times"). */
  operatorAfter?: Operator;
  /** Its minus was written as a dash ("–", "-"), which prose also uses for ranges. */
  dashed?: boolean;
}

/** A piece that breaks any chain (a year, a date, a doubtful figure). */
interface Barrier {
  barrier: true;
  start: number;
  end: number;
  outerStart: number;
  outerEnd: number;
}

type Piece = Operand | Barrier;

const SPACED_MINUS = /\s[−–-]\s/;
const MULTIPLY_WORDS = 'times|multiplied by|keer|maal|mal|fois|multiplié par';
const DIVIDE_WORDS = 'divided by|gedeeld door|geteilt durch|divisé par';
const MINUS_WORDS = /^(?:minus|min|moins)$/i;
const MULTIPLY_GAP = new RegExp(`^\\s+(?:${MULTIPLY_WORDS})\\s+$`, 'i');
const DIVIDE_GAP = new RegExp(`^\\s+(?:${DIVIDE_WORDS})\\s+$`, 'i');
/** From the first blank of a run only (the lookbehind), so a long run of blanks is not retried from each. */
const MULTIPLY_AFTER = new RegExp(`(?<!\\s)\\s+(?:${MULTIPLY_WORDS})$`, 'i');

/** An operator written in the gap between two figures, or undefined. */
function operatorIn(gap: string): Operator | undefined {
  if (/^\s*(?:\+|plus)\s*$/i.test(gap)) return '+';
  // A dash is a minus only with spaces around it ("10 − 3"); "10-3" is a range or a label.
  if (/^\s+[−–-]\s+$/.test(gap) || /^\s+(?:minus|min|moins)\s+$/i.test(gap)) return '−';
  if (/^\s*[×*]\s*$/.test(gap) || /^\s+x\s+$/i.test(gap) || MULTIPLY_GAP.test(gap)) return '×';
  if (/^\s*[/÷]\s*$/.test(gap) || DIVIDE_GAP.test(gap)) return '/';
  return undefined;
}

const RELATION_WORDS = [
  'equals?', 'makes?', 'gives?', 'is', 'are', 'comes to', 'adds up to',
  'is gelijk aan', 'maakt', 'geeft', 'zijn', 'levert',
  'ergibt', 'ergeben', 'macht', 'ist', 'sind', 'ist gleich', 'gleich',
  'égale', 'égalent', 'est égale? à', 'font', 'fait', 'donnent', 'donne', 'est', 'sont', 'soit',
].join('|');
/** Words between the relation and an approximate or bounded result ("is about 200", "= roughly 5"). */
const QUALIFIER_WORDS =
  "roughly|about|around|approximately|approx\\.|some|nearly|almost|ca\\.|circa|c\\.|just over|just under|over|under|more than|less than|at least|at most|" +
  "ongeveer|zo'n|rond|bijna|ruim|meer dan|minder dan|etwa|rund|ungefähr|fast|knapp|über|mehr als|weniger als|environ|près de|presque|quelque|plus de|moins de";
const RELATION = new RegExp(`^\\s*,?\\s*(?:[=≈~≃]\\s*[~≈]?|(?:${RELATION_WORDS}))(?:\\s+(?:${QUALIFIER_WORDS}))?\\s*$`, 'i');

/**
 * "Ages 18 – 24": two like figures, ascending, around a dash, not inside a product ("$470,639.8 x 3 -
 * $345,000" subtracts), are a range.
 */
function looksLikeRange(left: Operand, right: Operand, operatorBeforeLeft: Operator | undefined): boolean {
  return (
    compareDecimal(left.value, right.value) < 0 &&
    left.currency === right.currency &&
    left.percent === right.percent &&
    (operatorBeforeLeft === undefined || operatorBeforeLeft === '+' || operatorBeforeLeft === '−')
  );
}

/** Only an equals sign puts the result first ("€ 200 bn = € 50 bn + € 150 bn"); "is" there is prose. */
const RESULT_FIRST = /^\s*[=≈]\s*[~≈]?\s*$/;

/** Text just before a chain or just after its result that shows the chain goes on beyond the figures we have. */
const OPERATOR_BEFORE = /(?:[+\-−–×*/÷=≈^]|\bx)\s*$/i;
/** A colon after a label ("Treasury: £500 / 8.1%") is no operator; between two figures ("10 : 2") it divides. */
const COLON_BETWEEN = /^\s*:\s*$/;
const OPERATOR_AFTER = /^\s*(?:[+\-−–×*/÷^]|x\s*\d|\d)/i;

/** The operands a figure holds, or a barrier when it cannot take part in arithmetic. */
function piecesOf(figure: Figure, brief: Brief): Piece[] {
  const barrier: Barrier = { barrier: true, start: figure.start, end: figure.end, outerStart: figure.start, outerEnd: figure.end };
  if (figure.malformed) return [barrier];
  const base = {
    approximate: figure.approximate,
    ...(figure.bound ? { bound: figure.bound } : {}),
    ...(figure.currency ? { currency: figure.currency } : {}),
    ...(figure.scale ? { scale: figure.scale } : {}),
    percent: figure.unit === '%',
    figure,
    outerStart: figure.start,
    outerEnd: figure.end,
  };
  switch (figure.kind) {
    case 'amount':
    case 'percent':
    case 'count':
    case 'number': {
      if (figure.unit === 'pp') return [barrier];
      const minus = figure.format.minus;
      if (minus && MINUS_WORDS.test(minus)) {
        // "10 minus 3": the reader's negative number is the operator and its operand.
        const digitsAt = figure.text.lastIndexOf(figure.format.digits);
        return [{ ...base, value: figure.value.replace(/^-/, ''), precision: figure.precision, written: figure.text.slice(digitsAt), start: figure.start + digitsAt, end: figure.end, operatorBefore: '−' }];
      }
      return [{ ...base, value: figure.value, precision: figure.precision, written: figure.text, start: figure.start, end: figure.end }];
    }
    case 'multiplier': {
      const before = /^([×x*])\s*/i.exec(figure.text);
      if (before) {
        // "× 5%": the reader leaves the percent sign outside the multiplier.
        const percentSign = /^\s?%/.exec(figure.block.text.slice(figure.end));
        const end = figure.end + (percentSign ? percentSign[0].length : 0);
        return [{ ...base, percent: percentSign !== null, value: figure.value, precision: figure.precision, written: figure.block.text.slice(figure.start + before[0].length, end), start: figure.start + before[0].length, end, outerEnd: end, operatorBefore: '×' }];
      }
      const after = MULTIPLY_AFTER.exec(figure.text);
      if (after && /^\d/.test(figure.text)) {
        return [{ ...base, value: figure.value, precision: figure.precision, written: figure.text.slice(0, after.index), start: figure.start, end: figure.start + after.index, operatorAfter: '×' }];
      }
      return [barrier];
    }
    case 'range':
      return subtractionOf(figure, brief) ?? [barrier];
    default:
      return [barrier];
  }
}

/**
 * "10 − 3" and "€ 50 bn − € 20 bn" read as ranges. With a spaced minus they may be a subtraction; the two
 * ends are read again on their own so each keeps its precision and currency, and used only when they
 * give back the range's own ends (so "€ 50 − 20 bn", where the scale belongs to both, is left alone).
 */
function subtractionOf(figure: Figure, brief: Brief): Operand[] | undefined {
  const dash = SPACED_MINUS.exec(figure.text);
  if (!dash || figure.low === undefined || figure.high === undefined) return undefined;
  // "Ages 18 – 24": a dash between ascending figures is a range; a subtraction takes the smaller from the larger.
  const dashed = !dash[0].includes('−');
  if (dashed && compareDecimal(figure.low, figure.high) < 0) return undefined;
  const halves = [
    { text: figure.text.slice(0, dash.index), offset: 0, expected: figure.low },
    { text: figure.text.slice(dash.index + dash[0].length), offset: dash.index + dash[0].length, expected: figure.high },
  ];
  const operands: Operand[] = [];
  for (const half of halves) {
    const read = extractQuantities(half.text, { locale: brief.locale });
    const [quantity] = read;
    if (read.length !== 1 || !quantity || quantity.value !== half.expected || quantity.malformed) return undefined;
    if (!['amount', 'percent', 'count', 'number'].includes(quantity.kind)) return undefined;
    operands.push({
      value: quantity.value,
      precision: quantity.precision,
      approximate: figure.approximate,
      ...(quantity.currency ? { currency: quantity.currency } : {}),
      ...(quantity.scale ? { scale: quantity.scale } : {}),
      percent: quantity.unit === '%',
      written: quantity.text,
      start: figure.start + half.offset + quantity.start,
      end: figure.start + half.offset + quantity.end,
      // The two ends share the dash: the first ends where the second begins.
      outerStart: half.offset > 0 ? figure.start + dash.index : figure.start,
      outerEnd: half.offset > 0 ? figure.end : figure.start + dash.index,
      figure,
      ...(half.offset > 0 ? { operatorBefore: '−' as const, dashed } : {}),
    });
  }
  return operands;
}

/**
 * "4 gigafactories × 100,000 chips = 400,000 chips": the counted noun stands between a number and the
 * operator. The gap is read without one such word, unless the gap already is an operator or relation
 * as it stands ("150 equals 250", where the reader took "equals" for a noun).
 */
function splitUnitNoun(gap: string): { gap: string; unit?: string } {
  if (operatorIn(gap) || RELATION.test(gap)) return { gap };
  const noun = /^\s+(\p{L}[\p{L}-]*)(?=\s)/u.exec(gap);
  return noun ? { gap: gap.slice(noun[0].length), unit: noun[1]! } : { gap };
}

/**
 * Labels around the operands of a written-out sum: "Broadband vouchers ($1.8bn) + middle-mile grants
 * ($3.1bn) = $4.9bn", "45 M€ (cloud) + 30 M€ (cybersécurité) = 75 M€", "€ 50 bn EU money + € 150 bn
 * private = € 200 bn". Only around a written "+" or "=": a word operator among words is prose.
 */
function withoutLabels(gap: string, bracketedBefore: boolean): string {
  const sign = /^(\s*\([^()\d]{1,60}\)|\s*\)|(?:\s+[\p{L}][\p{L}'’.-]*){1,4})?(\s*[+=]\s*)((?:[\p{L}][\p{L}'’.-]*\s+){0,5}\(\s*)?$/u.exec(gap);
  // A lone ")" closes a label only when it opened right before the operand ("($3.1bn) ="); in
  // "1 - (100,000/1,100,000) = 0.91" it closes a group, and the sum before it is more than we read.
  if (sign && sign[3] === undefined && sign[1] !== undefined && /^\s*\)$/u.test(sign[1]) && !bracketedBefore) return gap;
  return sign && (sign[1] !== undefined || sign[3] !== undefined) ? sign[2]! : gap;
}

/** "chips" and "chip", "MW" and "mw" are one unit. */
function unitKey(word: string): string {
  return word.toLowerCase().replace(/s$/, '');
}

/**
 * The words after the operands ("1 km + 500 m = 1.5 km", "2 hours + 30 minutes = 2.5 hours") must name
 * one unit for the numbers alone to add up; unlike units need a conversion the rule cannot see, so the
 * claim is left alone. A product's result must be in a unit of one of its factors ("4 factories ×
 * 100,000 chips = 400,000 chips").
 */
function unitsAgree(claim: Claim): boolean {
  const units = new Set(claim.units.flatMap((unit) => (unit ? [unitKey(unit)] : [])));
  if (units.size === 0) return true;
  const additive = claim.operators.every((operator) => operator === '+' || operator === '−');
  if (additive && units.size > 1) return false;
  const after = /^\s+(\p{L}[\p{L}-]*)/u.exec(claim.block.text.slice(claim.result.outerEnd));
  return !after || FUNCTION_WORDS.test(after[1]!) || units.has(unitKey(after[1]!));
}

/** Words after a result that name no unit ("= $1.65 per hour", "= 200 in total"). */
const FUNCTION_WORDS =
  /^(?:per|each|a|an|in|of|for|to|and|or|the|as|at|on|with|by|from|total|overall|altogether|je|pro|par|pour|en|et|de|du|des|van|voor|op|met|und|im|am|zu|für|mit|insgesamt|au|soit)$/i;

function isOperand(piece: Piece | undefined): piece is Operand {
  return piece !== undefined && !('barrier' in piece);
}

/** Operands joined by operators, and the result it claims when one is stated. */
interface Chain {
  operands: Operand[];
  operators: Operator[];
  result?: Operand;
  block: TextBlock;
  /** The noun written after each operand, if any ("chips"). */
  units: Array<string | undefined>;
  /** Every operator is a written "+" sign ("€ 50 bn + $ 150 bn"), not a word. */
  plusSigns: boolean;
}

interface Claim extends Chain {
  result: Operand;
}

function isClaim(chain: Chain): chain is Claim {
  return chain.result !== undefined;
}

/**
 * Every "A op B (op C …) rel R" in a block, and every "A + B" without a result (for currencies).
 * Exported for audits over a corpus: every chain the rule reads, right or wrong.
 */
export function chainsIn(block: TextBlock, brief: Brief): Chain[] {
  const pieces = block.figures.flatMap((figure) => piecesOf(figure, brief));
  const chains: Chain[] = [];
  const textBetween = (left: Piece | undefined, right: Piece): string =>
    boundedText(block.text, left ? left.outerEnd : 0, right.outerStart);

  let index = 0;
  while (index < pieces.length) {
    const first = pieces[index];
    const previous = pieces[index - 1];
    const before = textBetween(previous, first);
    if (!isOperand(first) || first.operatorBefore || OPERATOR_BEFORE.test(before) || (previous && COLON_BETWEEN.test(before))) {
      index++;
      continue;
    }
    let operands: Operand[] = [first];
    const operators: Operator[] = [];
    let units: Array<string | undefined> = [];
    let plusSigns = true;
    /** A minus written as a dash: only "=" or "≈" makes the chain a claim, not "is" or "are" ("ages 18 – 24 are 12"). */
    let dashed = first.dashed === true;
    let next = index + 1;
    let claim: Claim | undefined;
    /** "€ 200 bn = € 50 bn + € 150 bn": the result written first, before an equals sign. */
    let resultFirst: Operand | undefined;
    while (next < pieces.length) {
      const left = pieces[next - 1] as Operand;
      const right = pieces[next];
      if (!isOperand(right)) break;
      const between = textBetween(left, right);
      const split = splitUnitNoun(between);
      let { gap } = split;
      let unit = split.unit;
      const bracketedBefore = /\(\s*$/u.test(block.text.slice(Math.max(0, left.outerStart - 3), left.outerStart));
      if (!operatorIn(gap) && !RELATION.test(gap) && !RESULT_FIRST.test(gap) && withoutLabels(between, bracketedBefore) !== between) {
        gap = withoutLabels(between, bracketedBefore);
        unit = undefined;
      }
      units.push(unit);
      const embedded = left.operatorAfter ?? right.operatorBefore;
      let operator = embedded ? (gap.trim() === '' ? embedded : undefined) : operatorIn(gap);
      const dashGap = operator === '−' && /[–-]/.test(gap);
      if (dashGap && looksLikeRange(left, right, operators[operators.length - 1])) operator = undefined;
      dashed ||= dashGap || right.dashed === true;
      if (!operator && !embedded && !resultFirst && operators.length === 0 && RESULT_FIRST.test(gap)) {
        resultFirst = left;
        operands = [right];
        units = [];
        next++;
        continue;
      }
      if (operator) {
        plusSigns &&= operator === '+' && gap.includes('+');
        operands.push(right);
        operators.push(operator);
        next++;
        continue;
      }
      if (!resultFirst && !embedded && operators.length > 0 && !right.operatorAfter && RELATION.test(gap) && (!dashed || /[=≈~≃]/.test(gap))) {
        const after = block.text.slice(right.end, pieces[next + 1]?.outerStart ?? block.text.length);
        // "= 200 + 10", "= 3/4": the right side is itself arithmetic; not a claim we can check.
        const following = pieces[next + 1];
        const continues =
          following !== undefined &&
          (operatorIn(textBetween(right, following)) !== undefined ||
            (isOperand(following) && following.operatorBefore !== undefined && textBetween(right, following).trim() === ''));
        if (!OPERATOR_AFTER.test(after) && !continues) {
          claim = { operands, operators, result: right, block, units, plusSigns };
        }
        next++;
      }
      break;
    }
    if (resultFirst) {
      // The chain must end here: "= 50 + 150 = 200" or "= 50 + 150 + 2024" is more than we read.
      const last = operands[operands.length - 1]!;
      const following = pieces[next];
      const tail = block.text.slice(last.outerEnd, following?.outerStart ?? block.text.length);
      const ends = !OPERATOR_AFTER.test(tail) && !/^\s*[=≈~]/.test(tail) && !last.operatorAfter &&
        !(following && (operatorIn(tail) || (isOperand(following) && following.operatorBefore)));
      if (operators.length > 0 && ends) chains.push({ operands, operators, result: resultFirst, block, units, plusSigns });
    } else if (claim) chains.push(claim);
    else if (operators.length > 0) chains.push({ operands, operators, block, units, plusSigns });
    index = Math.max(index + 1, next);
  }
  return chains;
}

/**
 * The result read as written, and, when only one side has a scale word, with the scale shared: "3 + 4 =
 * 7 milliards" means 3 bn + 4 bn, "€ 3 bn + € 4 bn = 7" a total of 7 bn.
 */
function sharedScaleReadings(claim: Claim, claimed: Interval): Array<{ claimed: Interval; displayShift: number }> {
  const readings = [{ claimed, displayShift: 0 }];
  const operandScales = new Set(claim.operands.map((operand) => operand.scale ?? '1'));
  const resultScale = claim.result.scale;
  if (resultScale && operandScales.size === 1 && operandScales.has('1')) {
    const power = scaleExponent(resultScale);
    if (power !== undefined) readings.push({ claimed: scaleInterval(claimed, -power), displayShift: power });
  } else if (!resultScale && operandScales.size === 1 && !operandScales.has('1')) {
    const power = scaleExponent([...operandScales][0]!);
    if (power !== undefined) readings.push({ claimed: scaleInterval(claimed, power), displayShift: -power });
  }
  return readings;
}

const roundingNoted = new WeakMap<TextBlock, boolean>();

/**
 * "figures are rounded", "afgerond", "gerundet", "arrondis": then whole numbers are rounded too. Read
 * once per block: asked for every operand, the block's whole text scanned each time was quadratic
 * ("1 + 1 + … = 3" with 100,000 terms: 30 s).
 */
function mentionsRounding(block: TextBlock): boolean {
  let noted = roundingNoted.get(block);
  if (noted === undefined) {
    noted = conceptPattern('any', 'roundingNote').test(block.text);
    roundingNoted.set(block, noted);
  }
  return noted;
}

/** A whole number written without a scale word ("4", "100,000", "€ 1,234") counts exactly; rounding is for "€ 2.5 bn" and "12 %". */
function isExactInteger(operand: Operand): boolean {
  return !operand.scale && !operand.percent && !operand.approximate && operand.precision === '1';
}

/**
 * An operand written as a whole number is taken as exact (so "2 + 2 = 5" is wrong); a stated result keeps
 * its rounding ("15 × $10 / 12 = $13" rounds $12.50).
 */
function intervalOfOperand(operand: Operand, slack: string, asFraction: boolean, isResult = false): Interval {
  const precision = !isResult && isExactInteger(operand) && !mentionsRounding(operand.figure.block) ? '0' : operand.precision;
  const interval = intervalOf({ ...operand, precision }, { approximate: slack });
  return asFraction ? scaleInterval(interval, -2) : interval;
}

function scaleInterval(interval: Interval, power: number): Interval {
  return {
    low: interval.low === null ? null : shiftDecimal(interval.low, power),
    high: interval.high === null ? null : shiftDecimal(interval.high, power),
  };
}

interface Evaluation {
  computed: Interval;
  /** The value the written operands give, exactly (a division to 30 digits). */
  value: string;
  /** The result's interval on the same footing (a percent result of a ratio as a fraction). */
  claimed: Interval;
  /** Multiply the value by 10^this to write it in the result's unit (2 for a ratio stated in %). */
  displayShift: number;
}

/**
 * The claim's arithmetic, or undefined when its dimensions do not line up (a percent added to an amount,
 * a plain sum stated as a percent): those are not sums we can check.
 */
function evaluate(claim: Claim, slack: string): Evaluation | undefined {
  // Split into terms at + and −, so × and / bind first.
  const terms: Array<{ sign: '+' | '−'; factors: Array<{ operator: '×' | '/' | null; operand: Operand }> }> = [];
  claim.operands.forEach((operand, position) => {
    const operator = position === 0 ? '+' : claim.operators[position - 1]!;
    if (operator === '+' || operator === '−') terms.push({ sign: operator, factors: [{ operator: null, operand }] });
    else terms[terms.length - 1]!.factors.push({ operator, operand });
  });

  // A lone percent term adds as percent; inside a product or ratio a percent is a fraction ("€ 200 × 25 %").
  const percentTerms = terms.filter((term) => term.factors.length === 1 && term.factors[0]!.operand.percent).length;
  if (percentTerms > 0 && percentTerms < terms.length) return undefined;
  const expressionInPercent = percentTerms === terms.length;
  const hasRatio = claim.operators.some((operator) => operator === '/') ||
    terms.some((term) => term.factors.length > 1 && term.factors.some((factor) => factor.operand.percent));

  let computed: Interval = pointInterval('0');
  let value: Interval = pointInterval('0');
  for (const term of terms) {
    let termInterval: Interval | undefined;
    let termValue: Interval | undefined;
    for (const { operator, operand } of term.factors) {
      const asFraction = operand.percent && !expressionInPercent;
      const interval = intervalOfOperand(operand, slack, asFraction);
      const exact = pointInterval(asFraction ? shiftDecimal(operand.value, -2) : operand.value);
      if (!termInterval || !termValue) {
        termInterval = interval;
        termValue = exact;
      } else if (operator === '/') {
        termInterval = divideIntervals(termInterval, interval);
        termValue = divideIntervals(termValue, exact);
      } else {
        termInterval = multiplyIntervals(termInterval, interval);
        termValue = multiplyIntervals(termValue, exact);
      }
    }
    computed = term.sign === '+' ? addIntervals(computed, termInterval!) : subtractIntervals(computed, termInterval!);
    value = term.sign === '+' ? addIntervals(value, termValue!) : subtractIntervals(value, termValue!);
  }
  if (value.low === null) return undefined; // a division by zero as written

  const result = claim.result;
  let displayShift = 0;
  let claimed = intervalOfOperand(result, slack, false, true);
  if (result.percent && !expressionInPercent) {
    if (!hasRatio) return undefined;
    claimed = scaleInterval(claimed, -2);
    displayShift = 2;
  } else if (!result.percent && expressionInPercent) {
    return undefined;
  }
  return { computed, value: value.low, claimed, displayShift };
}

/** The computed value written the way the document writes the claimed result (currency, scale word, decimals). */
function writeLikeResult(value: string, result: Operand, locale: Locale): string {
  const like = { text: result.written, format: result.figure.format, ...(result.scale ? { scale: result.scale } : {}) };
  return writeLike(like, value, locale, { roundTo: result.precision, minus: '−' });
}

function describeLeftSide(claim: Claim): string {
  return claim.operands
    .map((operand, position) => (position === 0 ? operand.written : `${claim.operators[position - 1]} ${operand.written}`))
    .join(' ');
}

function rangeOf(operand: Operand): Range {
  const block = operand.figure.block;
  return block.sourceRange
    ? block.sourceRange(operand.start, operand.end)
    : { start: block.sourceOffset(operand.start), end: block.sourceOffset(operand.end) };
}

const OPENING_QUOTE = /["“‘'„«‹]\s*$/;
const CLOSING_QUOTE = /^\s*["”’'“»›]/;

/**
 * Sums nobody means as arithmetic: a quoted one ("2 + 2 = 5", Orwell's), and the synergy idiom
 * "1 + 1 = 3" (every operand a bare 1).
 */
function isFigureOfSpeech(claim: Claim): boolean {
  const text = claim.block.text;
  const first = claim.operands[0]!;
  if (OPENING_QUOTE.test(text.slice(0, first.outerStart)) && CLOSING_QUOTE.test(text.slice(claim.result.outerEnd))) return true;
  return claim.operands.every((operand) => operand.value === '1' && !operand.currency && !operand.percent);
}

/**
 * Different currencies added or subtracted (or a result in another currency than its parts): the
 * second currency met, or undefined.
 */
function currencyClash(chain: Chain): { operand: Operand; first: Operand } | undefined {
  const additive = chain.operators.every((operator) => operator === '+' || operator === '−');
  const candidates = additive ? chain.operands : [];
  let first: Operand | undefined;
  for (const operand of chain.result ? [...candidates, chain.result] : candidates) {
    if (!operand.currency) continue;
    if (!first) first = operand;
    else if (operand.currency !== first.currency) return { operand, first };
  }
  return undefined;
}

/**
 * A sum claim read from prose (semantics/claims/sum.ts): the result must be the sum of one of its
 * groups of terms, within the rounding of every figure written; a whole number without a scale word
 * counts exactly unless the text says figures are rounded.
 */
function judgeProseSum(claim: SumClaim, slack: string, brief: Brief): Report | undefined {
  // "About" widens one side of the claim, not both, and by no more than the figure's last written digit:
  // "rund 329.000 … rund 22.000, zusammen also rund 371.000" is 20,000 off, whatever the words say.
  const widen: Slack = { approximate: slack, significant: true };
  const exactly = (figure: Figure): Interval => {
    const whole = figure.precision === '1' || (figure.format.words === true && !figure.value.includes('.'));
    const approximate = figure.approximate && !claim.result.approximate;
    const precision = !figure.scale && !approximate && whole && !mentionsRounding(figure.block) ? '0' : figure.precision;
    return intervalOf({ ...figure, precision, approximate }, widen);
  };
  const claimed = intervalOf(claim.result, widen);
  const adds = (group: readonly Figure[]): boolean => intervalsMeet(sumIntervals(group.map(exactly)), claimed);
  // A term restating the result ("€ 200 bn: € 50 bn and € 150 bn, € 200 bn in all") opens the terms after it.
  const restated = claim.terms.findLastIndex((term) => intervalsMeet(exactly(term), claimed));
  const read = restated >= 0 ? [claim.terms.slice(restated + 1)] : claim.groups;
  // Only readings whose terms could make up the result are claims the author made.
  const groups = read.filter((group) => group.length >= 2 && couldMakeUp(group, claim.result));
  if (groups.length === 0 || groups.some(adds)) return undefined;
  const terms = groups[0]!;
  const sum = writeLike(claim.result, sumDecimals(terms.map((term) => term.value)), brief.locale);
  return {
    range: claim.result.range,
    messageId: 'termsSum',
    data: { terms: terms.map((term) => term.text).join(' + '), sum, result: claim.result.text },
    related: terms.map((term) => ({ range: term.range, messageId: 'counted', data: { term: term.text } })),
  };
}

export default defineRule({
  meta: {
    id: 'sum-mismatch',
    description: 'Arithmetic written in prose ("A + B = C", "A × B = C") must be right, within rounding',
    category: 'arithmetic',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: slackOptions,
    messages: {
      /** Arithmetic the brief writes out ("50 + 150 = 250"). */
      wrongResult: '{arithmetic} = {computed}, not {result}',
      /** A sum the brief states in words ("€ 50 bn and € 150 bn, € 250 bn in all"). */
      termsSum: '{terms} = {sum}, not {result}',
      counted: '"{term}" counted here',
      currencies:
        '"{operand}" is in {currency}, but "{first}" is in {firstCurrency}: amounts in different currencies cannot be added or compared without a conversion',
      inCurrency: 'in {currency} here',
    },
  },
  check(brief, { report, options }) {
    for (const block of brief.blocks) {
      for (const chain of chainsIn(block, brief)) {
        // Without a result, only a written "+" between amounts is a sum ("€ 5 bn plus $ 3 bn from the US" lists two).
        if (!isClaim(chain) ? !chain.plusSigns : isFigureOfSpeech(chain) || !unitsAgree(chain)) continue;
        const clash = currencyClash(chain);
        if (clash) {
          report({
            range: rangeOf(clash.operand),
            messageId: 'currencies',
            data: { operand: clash.operand.written, currency: clash.operand.currency!, first: clash.first.written, firstCurrency: clash.first.currency! },
            related: [{ range: rangeOf(clash.first), messageId: 'inCurrency', data: { currency: clash.first.currency! } }],
          });
          continue;
        }
        if (!isClaim(chain)) continue;
        const claim = chain;
        const evaluation = evaluate(claim, options.approximateSlack);
        if (!evaluation) continue;
        const readings = sharedScaleReadings(claim, evaluation.claimed);
        if (readings.some(({ claimed }) => intervalsMeet(evaluation.computed, claimed))) continue;
        // With a scale word on one side only, the shared reading is what the author meant ("3 + 4 = 8 milliards").
        const shift = evaluation.displayShift + readings[readings.length - 1]!.displayShift;
        const shown = writeLikeResult(shiftDecimal(evaluation.value, shift), claim.result, brief.locale);
        report({
          range: rangeOf(claim.result),
          messageId: 'wrongResult',
          data: { arithmetic: describeLeftSide(claim), computed: shown, result: claim.result.written },
          related: claim.operands.map((operand) => ({ range: rangeOf(operand), messageId: 'counted', data: { term: operand.written } })),
        });
      }
    }
    for (const claim of semanticsOf(brief).claims.sums) {
      const found = judgeProseSum(claim, options.approximateSlack, brief);
      if (found) report(found);
    }
  },
});
