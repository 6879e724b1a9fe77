/**
 * A written subtraction of a figure ("minus $28,743", "less $104 billion", "abzüglich 5 Mio.", "moins 3
 * millions"): the figure it leads to is a difference, so its figures are neither the terms of a sum nor
 * parts of a whole. Only right before a figure: "less than", "moins de", "au moins une fois" compare.
 */
import { conceptSource, WORD_END, WORD_START } from '../../lexicon/index.js';
import { perLocale } from '../../parse/figures.js';

export const SUBTRACTION = perLocale(
  (locale) =>
    new RegExp(String.raw`(?<!(?:au|du)\s)${WORD_START}(?:${conceptSource(locale, 'minus')})${WORD_END}\s?(?:\p{Sc}\s?)?\p{N}`, 'iu'),
);
