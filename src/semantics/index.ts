/**
 * semantics: what several rules need to know about a Brief, computed once and shared. A rule that
 * needs a fact about the text asks here; if the fact is missing, add it here, not in the rule.
 * Rules never import rules. Dependencies run one way: parse → lexicon → semantics → rules.
 *
 * Kept by object: the language server keeps a block the keystroke did not touch, with its sentences
 * and figures, from one build to the next (parse/text-block.ts, KeptBlocks). So a WeakMap keyed by a
 * figure, sentence or block may keep only what follows from that block's own text, kind, quotation
 * and headings, in one locale (key the locale too); anything read from other blocks or the brief is
 * kept per Brief (as `semanticsOf`, tables.ts). tests/parse/incremental.test.ts checks random edits.
 *
 * API (all pure; per-figure/per-block facts are memoised in WeakMaps, per-brief ones in `semanticsOf`):
 *
 *   semanticsOf(brief)                 → { sentences, claims }, built lazily once per Brief:
 *       .sentences                       the author's sentences (blockquotes left out)
 *       .claims.partsOfWhole             PartOfWhole[]  { part, whole }                    (claims/part-of-whole.ts)
 *       .claims.sums                     SumClaim[]     { terms, result, how, groups }      (claims/sum.ts)
 *       .claims.products(synonyms?)      Product[]      { how, count?, each, times?, total } (claims/products.ts,
 *                                        count-each.ts, product.ts), one per stated total, kept per synonym list
 *       .claims.statements               Statement[]    { figure, measure, period, words, head, owner, … } (claims/statement.ts),
 *                                        prose, list items and table cells in document order
 *   Figures (figures.ts):   authorsSentences(brief), qualifiedStart(figure, locale), MEASURED, measurable(figure)
 *   Units (units.ts):       sameUnit(a, b, locale?, synonyms?)  one noun: word/lemma/compound head/synonyms
 *                           sameWord(a, b)  folded prefix match ("Mitgliedstaat" ~ "Mitgliedstaaten")
 *                           sameMeasure(a, b, sameNoun?)  same currency (or bare with same scale), same noun, same symbol
 *   Time (period.ts):       isTimeFigure(f), yearsOf(f), yearsIn(figures), samePeriod(yearsA, yearsB)
 *   Subject (subject.ts):   subjectOf(figure, locale) → { head, years, places, scope }
 *   Clauses (clauses.ts):   gapBetween(a, b, locale), clauseAround(sentence, from, at, to?), figuresWithin,
 *                           CLAUSE_END, CLAUSE_REACH, boundedText
 *   Quotes (quotes.ts):     quotationSpans(block), isQuoted(figure)
 *   Tables (tables.ts):     cellContext(brief, block) → { table, cell, header, rowLabel, notes, roundingNote }
 *                           tableNotes(brief, table)  caption and up to 3 paragraphs either side (one index per brief)
 *   Claims:                 partsOfWholeIn(sentence, locale), isPartOfWhole(part, whole, sentence, locale)
 * Vocabulary lives in ../lexicon (conceptPattern(locale, 'total'), wordsFor, anyLanguage, wordPattern).
 */
import type { Brief, Sentence } from '../parse/types.js';
import { distantPartsOfWholeIn, partsOfWholeIn, tablePartsOfWhole, type PartOfWhole } from './claims/part-of-whole.js';
import { readProducts, type Product } from './claims/products.js';
import { statementsIn, tableStatementsIn, type Statement } from './claims/statement.js';
import { sumsIn, type SumClaim } from './claims/sum.js';
import { authorsSentences } from './figures.js';
import type { Synonyms } from './units.js';
import { memoByLocale } from './memo.js';

export { isPartOfWhole, partsOfWholeIn, type PartOfWhole } from './claims/part-of-whole.js';
export { COMPLEMENT, namesMissing, sameMeasureOf, samePeriodOf, sharedWords, statementsIn, tableStatementsIn, type Statement } from './claims/statement.js';
export { couldMakeUp, type SumClaim } from './claims/sum.js';
export type { CountEachProduct, Product } from './claims/products.js';
export type { ProductClaim } from './claims/product.js';
export { isReferenceNumber } from './references.js';
export { boundedText, CLAUSE_END, CLAUSE_REACH, clauseAround, figuresWithin, gapBetween, MAX_GAP_LENGTH } from './clauses.js';
export { authorsSentences, measurable, MEASURED, qualifiedStart } from './figures.js';
export { isTimeFigure, samePeriod, yearsIn, yearsOf } from './period.js';
export { isQuoted, quotationSpans } from './quotes.js';
export { subjectOf, type Subject } from './subject.js';
export { cellContext, tableNotes, type CellContext } from './tables.js';
export { sameMeasure, sameUnit, sameWord, unitSymbolAfter, type Synonyms } from './units.js';

export interface Claims {
  readonly partsOfWhole: readonly PartOfWhole[];
  readonly sums: readonly SumClaim[];
  /** Products (count × each, per period × periods, per item × count) with their totals, read on first use per list of extra synonyms. */
  products(synonyms?: Synonyms): readonly Product[];
  /** Figures stated as facts about a subject, for restatements (read on first use). */
  readonly statements: readonly Statement[];
}

export interface Semantics {
  /** The author's sentences, in document order (quotations left out). */
  readonly sentences: readonly Sentence[];
  /** The claims read from those sentences, read on first use. */
  readonly claims: Claims;
}

const cache = new WeakMap<Brief, Semantics>();

/**
 * Each sentence's statements, kept by sentence: a sentence the language server keeps from one build
 * to the next (parse/text-block.ts, KeptBlocks) is not read again at every keystroke.
 */
const sentenceStatements = memoByLocale<Sentence, readonly Statement[]>(statementsIn);

/** The semantics of a brief, built once: every rule that asks gets the same object. */
export function semanticsOf(brief: Brief): Semantics {
  const known = cache.get(brief);
  if (known) return known;
  let sentences: Sentence[] | undefined;
  let claims: Claims | undefined;
  const semantics: Semantics = {
    get sentences() {
      return (sentences ??= [...authorsSentences(brief)]);
    },
    get claims() {
      return (claims ??= readClaims(brief, this.sentences));
    },
  };
  cache.set(brief, semantics);
  return semantics;
}

function readClaims(brief: Brief, sentences: readonly Sentence[]): Claims {
  let partsOfWhole: PartOfWhole[] | undefined;
  let sums: SumClaim[] | undefined;
  let statements: Statement[] | undefined;
  const products = new Map<string, readonly Product[]>();
  // Each kind read on first use: a rule asks only for the claims it judges.
  return {
    get partsOfWhole() {
      return (partsOfWhole ??= readPartsOfWhole(brief, sentences));
    },
    get sums() {
      return (sums ??= sumsIn(brief, sentences, this.partsOfWhole));
    },
    products(synonyms: Synonyms = []) {
      const key = JSON.stringify(synonyms);
      let known = products.get(key);
      if (!known) products.set(key, (known = readProducts(brief, sentences, synonyms)));
      return known;
    },
    get statements() {
      // Prose, list items and table cells, in document order: a restatement is judged against what came before it.
      return (statements ??= [...sentences.flatMap((sentence) => sentenceStatements(sentence, brief.locale)), ...tableStatementsIn(brief)].sort(
        (a, b) => a.figure.range.start - b.figure.range.start,
      ));
    },
  };
}

function readPartsOfWhole(brief: Brief, sentences: readonly Sentence[]): PartOfWhole[] {
  const partsOfWhole: PartOfWhole[] = [];
  for (const sentence of sentences) {
    const adjacent = partsOfWholeIn(sentence, brief.locale);
    // One by one: a spread of unbounded length overflows the stack (tests/robustness/hostile/bounds.test.ts).
    for (const claim of adjacent) partsOfWhole.push(claim);
    for (const claim of distantPartsOfWholeIn(sentence, brief, new Set(adjacent.map(({ part }) => part)))) partsOfWhole.push(claim);
  }
  for (const claim of tablePartsOfWhole(brief)) partsOfWhole.push(claim);
  return partsOfWhole;
}
