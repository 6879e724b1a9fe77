import { z } from 'zod';
import {
  intervalOf,
  intervalsMeet,
  multiplyIntervals,
  pointInterval,
  type Interval,
  type Slack,
} from '../arith/interval.js';
import { approximateSlackOption } from '../arith/options.js';
import { defineRule } from '../engine/types.js';
import type { MessageData } from '../engine/messages.js';
import type { Brief, Figure } from '../parse/types.js';
import { compareDecimal, multiplyDecimal, roundDecimal } from '../quantity/decimal.js';
import { writeLike } from '../quantity/format.js';
import type { Locale } from '../quantity/types.js';
import { qualifiedStart, semanticsOf, type CountEachProduct } from '../semantics/index.js';

export default defineRule({
  meta: {
    id: 'product-mismatch',
    description: 'A count times a per-item figure ("4 factories … 100,000 chips each") must match the total stated for them',
    category: 'arithmetic',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: z
      .object({
        approximateSlack: approximateSlackOption,
        synonyms: z
          .array(z.array(z.string().min(1)).min(2))
          .default([])
          .describe('More groups of nouns that count the same things, added to the built-in groups: [["bed", "place"]].'),
      })
      .strict(),
    messages: {
      /** A count times what each holds ("4 × 100,000 chips each = 400,000 chips"). */
      countTimesEach:
        '{count} × {each} each = {bound, select, max {at most } min {at least } about {about } other {}}{computed}{spread, select, yes { ({low}–{high})} other {}}, but the total is {total}',
      /** A figure per period or per item times how many ("£25 a week × 52 = £1,300"). */
      perTimes: '{each}{perPeriod, select, yes { per period} other {}} × {times}{timesRange, select, yes { ({timesLow}–{timesHigh})} other {}} = {computed}, but the total is {total}',
      theCount: 'the count: {count}',
      each: 'each: {each}',
      howMany: 'how many: {times}',
      theTotal: 'the total: {total}',
    },
  },
  check(brief, { report, options }) {
    const slack: Slack = { approximate: options.approximateSlack };
    const locale = brief.locale;
    for (const claim of semanticsOf(brief).claims.products(options.synonyms)) {
      if (claim.how === 'count-each') {
        const product = multiplyIntervals(itemsInterval(claim.count, slack), itemsInterval(claim.each, slack));
        if (intervalsMeet(product, intervalOf(claim.total, slack))) continue;
        report({
          range: claim.total.range,
          messageId: 'countTimesEach',
          data: explain(claim, slack, brief),
          related: [
            { range: claim.count.range, messageId: 'theCount', data: { count: `${claim.count.text}${nounOf(claim.count)}` } },
            { range: claim.each.range, messageId: 'each', data: { each: `${withQualifier(claim.each, locale)}${nounOf(claim.each)}` } },
          ],
        });
        continue;
      }
      // Per period × periods, one rate as another, per item × a count stated after it.
      const times: Interval = claim.times.figure && claim.how === 'per-item' ? itemsInterval(claim.times.figure, slack) : { low: decimalOf(claim.times.low), high: decimalOf(claim.times.high) };
      // "3 uur bijles per week": a count per period is exact, as a count of items is.
      const product = multiplyIntervals(itemsInterval(claim.each, slack), times);
      if (intervalsMeet(product, intervalOf(claim.total, slack))) continue;
      const value = roundDecimal(multiplyDecimal(claim.each.value, decimalOf(claim.times.low)), -2);
      // The total's scale word or digit grouping when only it has one ("£25 a week … £1,300").
      const totalScaled =
        claim.total.scale !== undefined &&
        compareDecimal(value, claim.total.scale) >= 0 &&
        (claim.each.scale === undefined || compareDecimal(claim.total.scale, claim.each.scale) > 0);
      const totalGrouped = !claim.each.scale && !claim.total.scale && !claim.each.format.group && claim.total.format.group;
      const like = totalScaled || totalGrouped ? claim.total : claim.each;
      const computed = writeLike(like, value, locale);
      const timesRange = claim.how !== 'per-item' && claim.times.low !== claim.times.high;
      // Said where the second of the two figures stands ("The £3.6m fund … Each household receives £1,800").
      const later = claim.each.range.start > claim.total.range.start ? claim.each : claim.total;
      report({
        range: later.range,
        messageId: 'perTimes',
        data: {
          each: withQualifier(claim.each, locale),
          perPeriod: claim.how === 'per-item' ? 'no' : 'yes',
          times: claim.times.text,
          timesRange: timesRange ? 'yes' : 'no',
          timesLow: String(claim.times.low),
          timesHigh: String(claim.times.high),
          computed,
          total: withQualifier(claim.total, locale),
        },
        related: [
          later === claim.each
            ? { range: claim.total.range, messageId: 'theTotal', data: { total: claim.total.text } }
            : { range: claim.each.range, messageId: 'each', data: { each: claim.each.text } },
          ...(claim.times.figure ? [{ range: claim.times.figure.range, messageId: 'howMany', data: { times: claim.times.figure.text } }] : []),
        ],
      });
    }
  },
});

/** A multiplier as an exact decimal string (durations and counts are small; weeks a year keep two decimals). */
function decimalOf(value: number): string {
  return String(Math.round(value * 10000) / 10000);
}

/** "gigafactories" after "four" when the figure's text does not hold its noun. */
function nounOf(figure: Figure): string {
  return figure.kind === 'count' && figure.unit && !figure.text.includes(figure.unit) ? ` ${figure.unit}` : '';
}

/** The figure as written with its qualifier ("roughly 100,000"); a figure in words as digits ("four" → "4"). */
function withQualifier(figure: Figure, locale: Locale): string {
  const qualifier = figure.block.text.slice(qualifiedStart(figure, locale), figure.start);
  return `${qualifier}${figure.format.words ? figure.value : figure.text}`.replace(/\s+/gu, ' ');
}

/**
 * A count written as an integer is exact: "four gigafactories" are four, not 3.5 to 4.5, and "3 seats"
 * are three. Money and scaled figures ("€ 5 bn", "100 k") keep their rounding.
 */
function itemsInterval(figure: Figure, slack: Slack): Interval {
  // ("18 kilometer": a whole number whose noun the reader left to the word after is a count as well.)
  if ((figure.kind === 'count' || figure.kind === 'number') && !figure.approximate && !figure.bound && !figure.scale && figure.precision === '1' && /^\d+$/u.test(figure.value)) {
    return pointInterval(figure.value);
  }
  return intervalOf(figure, slack);
}

/** "4 × roughly 100,000 chips each = about 400,000 (360,000–440,000), but the total is 500 000". */
function explain(claim: CountEachProduct, slack: Slack, brief: Brief): MessageData {
  const { count, each, total } = claim;
  const locale = brief.locale;
  // "$12,000 … = $283.2 billion, but the total is $300 billion": the total's scale word when only it has
  // one, and its digit grouping when only it shows one ("500 people each = 2,000, but the total is 2,500").
  const like = (!each.scale && total.scale) || (!each.format.group && total.format.group && !each.scale) ? total : each;
  const write = (value: string): string => writeLike(like, value, locale);
  const product = multiplyDecimal(count.value, each.value);
  const loose = count.approximate || each.approximate;
  const bound = count.bound ?? each.bound ?? (loose ? 'about' : 'none');
  // The spread the "roughly" allows, without the half-unit of rounding that only clutters the message.
  const spread = loose
    ? multiplyIntervals(intervalOf({ ...count, precision: '0' }, slack), intervalOf({ ...each, precision: '0' }, slack))
    : { low: null, high: null };
  return {
    count: withQualifier(count, locale),
    each: `${withQualifier(each, locale)}${nounOf(each)}`,
    bound,
    computed: `${write(product)}${nounOf(each)}`,
    spread: spread.low !== null && spread.high !== null ? 'yes' : 'no',
    low: spread.low !== null ? write(spread.low) : '',
    high: spread.high !== null ? write(spread.high) : '',
    total: `${withQualifier(total, locale)}${nounOf(total)}`,
  };
}
