/**
 * part-exceeds-whole: a part ("of which", "X out of Y", "Of the 30 agencies, 12 …") must not be larger
 * than its whole. The claims are read in semantics/claims/part-of-whole.ts; this rule judges them.
 */
import { intervalOf, type Slack } from '../arith/interval.js';
import { slackOptions } from '../arith/options.js';
import { defineRule } from '../engine/types.js';
import { compareDecimal, subtractDecimal } from '../quantity/decimal.js';
import { writeLike } from '../quantity/format.js';
import { conceptPattern } from '../lexicon/index.js';
import { perLocale } from '../parse/figures.js';
import { sameMeasure, sameUnit, semanticsOf } from '../semantics/index.js';

const DURATION = perLocale((locale) => conceptPattern(locale, 'duration'));

export default defineRule({
  meta: {
    id: 'part-exceeds-whole',
    description: 'A part ("of which", "X out of Y", "waarvan", "davon", "dont") must not be larger than its whole',
    category: 'arithmetic',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: slackOptions,
    messages: {
      exceeds: 'Part larger than its whole: {part} is part of {whole}, but exceeds it by {excess}',
      theWhole: 'the whole: {whole}',
    },
  },
  check(brief, { report, options }) {
    // "About" widens one side, the whole's if it has one, by at most its last written digit: "rund 49.000
    // Sozialwohnungen, davon 53.000" cannot fit any reading an author rounding to thousands meant.
    const slack: Slack = { approximate: options.approximateSlack, significant: true };
    for (const { part, whole, marked } of semanticsOf(brief).claims.partsOfWhole) {
      // A marked part may count a subgroup by its own noun, unless that noun is a duration ("140 hours").
      const sameNoun = (a: string, b: string): boolean => sameUnit(a, b, brief.locale) || (marked === true && !DURATION[brief.locale].test(part.unit ?? ''));
      if (!sameMeasure(part, whole, sameNoun)) continue;
      const partLow = intervalOf({ ...part, approximate: part.approximate && !whole.approximate }, slack).low;
      const wholeHigh = intervalOf(whole, slack).high;
      // Rounding and "about" are honoured: only a part that cannot fit in any reading of its whole.
      if (partLow === null || wholeHigh === null || compareDecimal(partLow, wholeHigh) <= 0) continue;
      const excess = writeLike(whole, subtractDecimal(part.value, whole.value), brief.locale);
      report({
        range: part.range,
        messageId: 'exceeds',
        data: { part: part.text, whole: whole.text, excess },
        related: [{ range: whole.range, messageId: 'theWhole', data: { whole: whole.text } }],
      });
    }
  },
});
