/**
 * A figure's subject: what it is a figure of. The head noun phrase (the counted noun, or the words
 * naming an amount), and the qualifiers that make two figures of one noun different facts: the year
 * or period, the place (capitalised names), the scope ("for single parents").
 */
import type { Figure } from '../parse/types.js';
import { conceptPattern } from '../lexicon/index.js';
import type { Locale } from '../quantity/types.js';
import { clauseAround, figuresWithin } from './clauses.js';
import { yearsIn } from './period.js';

export interface Subject {
  /** The counted noun or the amount's head noun phrase as written ("chips", "EU money"); '' when none is plain. */
  head: string;
  /** Years named in the figure's clause, else in its sentence, else in its heading. */
  years: ReadonlySet<number>;
  /** Capitalised names in the clause, past the sentence's first word ("Germany", "Brussels"). */
  places: readonly string[];
  /** Whom or what the figure is for, from an opening "For …," / "Voor …," / "Für …" / "Pour …,". */
  scope: string;
}

const WORD = /[\p{L}][\p{L}\p{N}'’-]*/gu;
const SCOPE_OPENING = /^\s*(?:for|among|voor|bij|onder|für|bei|unter|pour|chez|parmi)\s+([^\s,;:][^,;:]{0,59})(?=,)/iu;

/** Function words never head a noun phrase. */
const FUNCTION_WORD =
  /^(?:the|a|an|of|to|in|on|for|and|or|with|by|at|from|as|is|are|was|were|be|will|would|has|have|had|its|their|this|that|each|per|de|het|een|van|voor|met|op|aan|bij|en|of|is|zijn|wordt|worden|der|die|das|den|dem|des|ein|eine|von|für|mit|auf|an|bei|und|ist|sind|wird|werden|le|la|les|un|une|du|des|de|d|au|aux|pour|avec|sur|par|en|est|sont|et|à)$/iu;

const subjects = new WeakMap<Figure, Subject>();

/** The subject of a figure, read once per figure. */
export function subjectOf(figure: Figure, locale: Locale): Subject {
  const known = subjects.get(figure);
  if (known) return known;
  const sentence = figure.sentence;
  const text = figure.block.text;
  const clause = clauseAround(sentence, sentence.start, figure.start, figure.end);
  const clauseYears = yearsIn(figuresWithin(sentence, clause.start, clause.end).filter((other) => other !== figure));
  const sentenceYears = clauseYears.size > 0 ? clauseYears : yearsIn(sentence.figures.filter((other) => other !== figure));
  const heading = figure.block.headingPath.at(-1) ?? '';
  const headingYears = new Set((heading.match(/(?<![\p{N}])(?:19|20)\d\d(?![\p{N}])/gu) ?? []).map(Number));
  const years = sentenceYears.size > 0 ? sentenceYears : headingYears;
  const clauseText = text.slice(clause.start, clause.end);
  const sentenceFirst = /[\p{L}][\p{L}\p{N}'’-]*/u.exec(sentence.text)?.[0] ?? '';
  const places = (clauseText.match(WORD) ?? []).filter((word) => /^\p{Lu}/u.test(word) && word !== sentenceFirst && !/^\p{Lu}{1,3}$/u.test(word));
  const scope = SCOPE_OPENING.exec(sentence.text)?.[1]?.trim() ?? '';
  const subject = { head: headOf(figure, locale, clause.end), years, places, scope };
  subjects.set(figure, subject);
  return subject;
}

/** The counted noun, or for an amount the content words right after it ("€ 50 bn EU money"), up to three. */
function headOf(figure: Figure, locale: Locale, clauseEnd: number): string {
  if (figure.unit && figure.unit !== '%' && figure.unit !== 'pp') return figure.unit;
  const after = figure.block.text.slice(figure.end, Math.min(clauseEnd, figure.end + 60));
  const words: string[] = [];
  for (const word of after.match(WORD) ?? []) {
    if (FUNCTION_WORD.test(word) || conceptPattern(locale, 'total').test(word) || words.length === 3) break;
    words.push(word);
  }
  return words.join(' ');
}
