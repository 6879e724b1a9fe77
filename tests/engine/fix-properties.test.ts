/**
 * --fix never changes what a brief says (issue 19), as properties over generated briefs: figures in
 * every style the extractor reads (grouping with , . space and no-break spaces, decimals, currencies
 * before and after, scale words in four languages, percentages, ranges, signs, token tickers), in
 * prose, lists and tables, fixed by the path `--fix` takes (lintText with `fix`, as FileLinter calls it).
 *
 * Read back with the public reader (extractQuantities) under every locale the brief could be in:
 * - a figure the fix touched reads to the same value, range, currency (and currency sign's
 *   candidates) and unit;
 * - a figure with two readings (in doubt, or read differently by the candidate locales) is not touched;
 * - the text between figures comes through byte for byte;
 * - fixing the fixed text changes nothing more.
 *
 * - no full stop is dropped or doubled ("$11 mln." → "$11 million", "€ 11 miljard." → "€ 11 mld..");
 * - a figure in quotation marks of any kind, TeX math, a link's text, or percentage points is left alone.
 *
 * CPU-bounded: NUM_RUNS briefs of a few blocks each (about 0.1 s of CPU a brief: 3–5 s on a loaded 2-core machine).
 * The seed is fixed so a run is repeatable; fast-check prints it with the shrunk counter-example.
 * BRIEFLINT_FIX_SEED and BRIEFLINT_FIX_RUNS explore further by hand.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { buildBrief } from '../../src/parse/index.js';
import { extractQuantities } from '../../src/quantity/extract.js';
import { meaningOf } from '../../src/quantity/meaning.js';
import type { Locale, Quantity } from '../../src/quantity/types.js';
import { builtinRules } from '../../src/rules/index.js';

// Seed 8 meets a quoted, TeX or percentage-point figure the fixer used to rewrite; seed 2 a full stop it used to drop.
const SEED = Number(process.env.BRIEFLINT_FIX_SEED ?? 8);
const NUM_RUNS = Number(process.env.BRIEFLINT_FIX_RUNS ?? 40);

type Lang = Locale;
const LANGS: readonly Lang[] = ['en', 'nl', 'de', 'fr'];

/** Words between figures: no digits, signs or number words, so every figure is in a slot of its own. */
const WORDS: Record<Lang, { lead: string[]; joins: string[]; nouns: string[]; end: string[] }> = {
  en: {
    lead: ['The plan funds', 'In the region the fund holds', 'Spending reached', 'The ministry reports'],
    joins: [' and ', ', while ', '; the rest is ', ', about ', ', more than '],
    nouns: [' homes', ' firms', ' jobs', ' for the project', ' in the budget', ''],
    end: ['.', ' this year.', ' in total.'],
  },
  nl: {
    lead: ['Het plan financiert', 'In de regio heeft het fonds', 'De uitgaven bereikten', 'Het ministerie meldt'],
    joins: [' en ', ', terwijl ', '; de rest is ', ', ongeveer ', ', meer dan '],
    nouns: [' woningen', ' bedrijven', ' banen', ' voor het project', ' in de begroting', ''],
    end: ['.', ' dit jaar.', ' in totaal.'],
  },
  de: {
    lead: ['Der Plan finanziert', 'In der Region hält der Fonds', 'Die Ausgaben erreichten', 'Das Ministerium meldet'],
    joins: [' und ', ', während ', '; der Rest ist ', ', etwa ', ', mehr als '],
    nouns: [' Wohnungen', ' Betriebe', ' Stellen', ' für das Projekt', ' im Haushalt', ''],
    end: ['.', ' in diesem Jahr.', ' insgesamt.'],
  },
  fr: {
    lead: ['Le plan finance', 'Dans la région le fonds détient', 'Les dépenses ont atteint', 'Le ministère annonce'],
    joins: [' et ', ', tandis que ', ' ; le reste est ', ', environ ', ', plus de '],
    nouns: [' logements', ' entreprises', ' emplois', ' pour le projet', ' au budget', ''],
    end: ['.', ' cette année.', ' au total.'],
  },
};

const SCALES: Record<Lang, string[]> = {
  en: ['bn', 'billion', 'm', 'million', 'mn', 'mln.', 'k', 'thousand', 'tn'],
  nl: ['mld.', 'miljard', 'mln.', 'miljoen', 'duizend'],
  de: ['Mrd.', 'Milliarden', 'Mio.', 'Millionen', 'Tsd.', 'Billionen'],
  fr: ['Md', 'milliards', 'M', 'millions', 'mille', 'Mds'],
};
const PERCENT: Record<Lang, string[]> = {
  en: ['%', ' %', ' per cent', ' percent'],
  nl: ['%', ' %', ' procent'],
  de: ['%', ' %', '\u00A0%', ' Prozent'],
  fr: [' %', '\u202F%', ' pour cent'],
};
const RANGE_WORD: Record<Lang, string> = { en: ' to ', nl: ' tot ', de: ' bis ', fr: ' à ' };
const GROUPS = [',', '.', ' ', '\u00A0', '\u202F', ''];
const DECIMALS = ['.', ','];
const CURRENCY_BEFORE = ['€', '€ ', '$', '$ ', 'US$', '£', '¥', '¥ ', 'EUR ', 'CHF ', 'USD '];
const CURRENCY_AFTER = [' €', '€', ' $', ' EUR', ' CHF', ' kr', ' euro', ' dollars'];
const SIGNS = ['', '', '', '-', '\u2212', '\u2013'];

/** Digits, grouped in threes with `group`, and an optional decimal part after `decimal`. */
function digitsOf(integer: number, group: string, fraction: string, decimal: string): string {
  const plain = String(integer);
  const grouped = group === '' ? plain : plain.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return fraction === '' ? grouped : `${grouped}${decimal}${fraction}`;
}

const number = fc
  .record({
    integer: fc.oneof(fc.integer({ min: 0, max: 99 }), fc.integer({ min: 100, max: 9_999 }), fc.integer({ min: 1_000, max: 99_999_999 })),
    group: fc.constantFrom(...GROUPS),
    decimal: fc.constantFrom(...DECIMALS),
    fraction: fc.oneof(fc.constant(''), fc.constant(''), fc.stringMatching(/^\d{1,3}$/)),
  })
  // Nobody groups with the decimal mark ("1.000.5"): such digits are no figure in any style.
  .filter(({ group, decimal, fraction }) => fraction === '' || group !== decimal)
  .map(({ integer, group, decimal, fraction }) => digitsOf(integer, group, fraction, decimal));

/** One figure as a writer of `lang` might put it, or one borrowed from another language's style. */
function figureIn(lang: Lang): fc.Arbitrary<string> {
  const scale = fc.oneof(fc.constant(''), fc.constantFrom(...SCALES[lang]).map((word) => ` ${word}`), fc.constantFrom(...SCALES[lang]).map((word) => word));
  const money = fc
    .record({ sign: fc.constantFrom(...SIGNS), digits: number, scale, before: fc.boolean(), symbolBefore: fc.constantFrom(...CURRENCY_BEFORE), symbolAfter: fc.constantFrom(...CURRENCY_AFTER) })
    .map(({ sign, digits, scale, before, symbolBefore, symbolAfter }) => (before ? `${sign}${symbolBefore}${digits}${scale}` : `${sign}${digits}${scale}${symbolAfter}`));
  const percent = fc
    .record({ sign: fc.constantFrom(...SIGNS), digits: number, mark: fc.constantFrom(...PERCENT[lang]) })
    .map(({ sign, digits, mark }) => `${sign}${digits}${mark}`);
  const count = fc.record({ digits: number, scale }).map(({ digits, scale }) => `${digits}${scale}`);
  const range = fc
    .record({ low: number, high: number, dash: fc.constantFrom('–', '-', ' – ', RANGE_WORD[lang]), tail: fc.constantFrom('', '%', ' %', ' €', ' bn') })
    .map(({ low, high, dash, tail }) => `${low}${dash}${high}${tail}`);
  const ticker = fc.record({ digits: number, token: fc.constantFrom('$ENS', '$UNI', '$OP') }).map(({ digits, token }) => `${digits} ${token}`);
  return fc.oneof({ weight: 4, arbitrary: money }, { weight: 3, arbitrary: percent }, { weight: 3, arbitrary: count }, { weight: 1, arbitrary: range }, { weight: 1, arbitrary: ticker });
}

/** A piece of the brief: fixed text, or a figure (a slot the fixer may rewrite). */
type Piece = { text: string; figure: boolean };

function sentence(lang: Lang): fc.Arbitrary<Piece[]> {
  const words = WORDS[lang];
  return fc
    .record({
      lead: fc.constantFrom(...words.lead),
      figures: fc.array(fc.tuple(figureIn(lang), fc.constantFrom(...words.nouns), fc.constantFrom(...words.joins)), { minLength: 1, maxLength: 4 }),
      // No end of its own: a figure ending in an abbreviation ("mln.") may end the sentence with its period.
      end: fc.oneof({ weight: 3, arbitrary: fc.constantFrom(...words.end) }, { weight: 1, arbitrary: fc.constant('') }),
    })
    .map(({ lead, figures, end }) => {
      const pieces: Piece[] = [{ text: `${lead} `, figure: false }];
      figures.forEach(([figure, noun, join], index) => {
        pieces.push({ text: figure, figure: true });
        pieces.push({ text: index === figures.length - 1 ? `${noun}${end}` : `${noun}${join}`, figure: false });
      });
      return pieces;
    });
}

/** Words for percentage points, which are no per cent: never written "%" by a fix. */
const POINTS: Record<Lang, string[]> = {
  en: [' percent points', ' per cent points', ' percentage points'],
  nl: [' procent punt', ' procentpunt', ' procent punten'],
  de: [' Prozent Punkte', ' Prozentpunkte'],
  fr: [' points de pourcentage'],
};

/**
 * A figure no fix may touch: inside quotation marks of any kind, TeX math, a link's text, or a
 * percentage in points. All of it is one piece of fixed text, so any change fails the property.
 */
function untouchable(lang: Lang): fc.Arbitrary<Piece[]> {
  const wrapped = fc
    .record({
      figure: figureIn(lang),
      wrap: fc.constantFrom<[string, string]>(['‹ ', ' ›'], ['« ', ' »'], ['„', '“'], ['“', '”'], ['‘', '’'], [" '", "' "], ['"', '"'], ['[', '](https://example.org/a)'], [' $\\text{', '}$ ']),
    })
    .map(({ figure, wrap: [open, close] }) => `${WORDS[lang].lead[0]} ${open}${figure}${close} ${WORDS[lang].end[0]}\n\n`);
  const display = figureIn(lang).map((figure) => `$$\n\\text{${figure}} \\times 2\n$$\n\n`);
  const points = fc
    .record({ digits: fc.integer({ min: 1, max: 40 }), words: fc.constantFrom(...POINTS[lang]) })
    .map(({ digits, words }) => `${WORDS[lang].lead[2]} ${digits}${words}${WORDS[lang].end[0]}\n\n`);
  return fc.oneof(wrapped, display, points).map((text) => [{ text, figure: false }]);
}

function block(lang: Lang): fc.Arbitrary<Piece[]> {
  const paragraph = fc.array(sentence(lang), { minLength: 1, maxLength: 2 }).map((sentences) => [...joinWith(sentences, ' '), { text: '\n\n', figure: false }]);
  const list = fc.array(sentence(lang), { minLength: 2, maxLength: 3 }).map((items) => [
    ...items.flatMap((item) => [{ text: '- ', figure: false }, ...item, { text: '\n', figure: false }]),
    { text: '\n', figure: false },
  ]);
  const label = fc.constantFrom('Homes', 'Woningen', 'Wohnungen', 'Logements', 'Firms', 'Total');
  const table = fc.array(fc.tuple(label, figureIn(lang)), { minLength: 2, maxLength: 4 }).map((rows) => [
    { text: '| Item | Value |\n|---|---:|\n', figure: false },
    ...rows.flatMap(([name, value]) => [{ text: `| ${name} | `, figure: false }, { text: value, figure: true }, { text: ' |\n', figure: false }]),
    { text: '\n', figure: false },
  ]);
  return fc.oneof({ weight: 3, arbitrary: paragraph }, { weight: 1, arbitrary: list }, { weight: 1, arbitrary: table }, { weight: 2, arbitrary: untouchable(lang) });
}

function joinWith(groups: Piece[][], separator: string): Piece[] {
  return groups.flatMap((group, index) => (index === 0 ? group : [{ text: separator, figure: false }, ...group]));
}

const brief = fc
  .record({
    lang: fc.constantFrom(...LANGS),
    stated: fc.boolean(),
  })
  .chain(({ lang, stated }) =>
    fc.array(block(lang), { minLength: 1, maxLength: 3 }).map((blocks) => {
      const head: Piece[] = stated ? [{ text: `---\nlang: ${lang}\n---\n\n`, figure: false }] : [];
      return { lang, pieces: [...head, ...blocks.flat()] };
    }),
  );

const render = (pieces: readonly Piece[]) => pieces.map((piece) => piece.text).join('');

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * The figure slots of `output`, when it is `pieces` with only the figures changed (each fixed text in
 * place, on its own line); null when anything else changed.
 */
function slotsOf(pieces: readonly Piece[], output: string): Array<{ start: number; end: number; text: string }> | null {
  const pattern = new RegExp(`^${pieces.map((piece) => (piece.figure ? '([^\\n|]*?)' : escape(piece.text))).join('')}$`, 'du');
  const match = pattern.exec(output);
  if (!match?.indices) return null;
  return match.indices.slice(1).map(([start, end]) => ({ start, end, text: output.slice(start, end) }));
}

function originalSlots(pieces: readonly Piece[]): Array<{ start: number; end: number; text: string }> {
  const slots: Array<{ start: number; end: number; text: string }> = [];
  let at = 0;
  for (const piece of pieces) {
    if (piece.figure) slots.push({ start: at, end: at + piece.text.length, text: piece.text });
    at += piece.text.length;
  }
  return slots;
}

/** What a figure says, as the reader tells it: value, range, unit, currency, and all a sign may stand for. */
function said(quantity: Quantity): string {
  return JSON.stringify([quantity.value, quantity.low ?? null, quantity.high ?? null, quantity.unit ?? null, quantity.currency ?? null, meaningOf(quantity)]);
}

/** The meanings of the figures that start in each slot, under one locale. */
function slotMeanings(text: string, slots: ReadonlyArray<{ start: number; end: number }>, locale: Locale): string[][] {
  const quantities = extractQuantities(text, { locale });
  return slots.map((slot) => quantities.filter((quantity) => quantity.start >= slot.start && quantity.start < Math.max(slot.end, slot.start + 1)).map(said));
}

/**
 * Whether the figure the fix changed had two readings: in doubt for the reader, or read as another
 * value (range, currency) by another candidate locale over the same characters. `changed` is the part
 * of the slot the fix rewrote; a locale that reads those characters as part of a longer figure (a
 * range it knows the word of) reads something else, not another value of the same figure.
 */
function hadTwoReadings(text: string, changed: { start: number; end: number }, locales: readonly Locale[]): boolean {
  const touching = (locale: Locale) => extractQuantities(text, { locale }).filter((quantity) => quantity.start < Math.max(changed.end, changed.start + 1) && quantity.end > changed.start);
  const read = locales.map(touching);
  if (read.some((quantities) => quantities.some((quantity) => (quantity.malformed?.readings.length ?? 0) > 1))) return true;
  const valueAt = new Map<string, string>();
  for (const quantities of read)
    for (const quantity of quantities) {
      const place = `${quantity.start}:${quantity.end}`;
      const value = JSON.stringify([quantity.value, quantity.low, quantity.high, quantity.currency]);
      if ((valueAt.get(place) ?? value) !== value) return true;
      valueAt.set(place, value);
    }
  return false;
}

/** The part of `before` that `after` rewrites: what lies between their common start and common end. */
function changedPart(before: string, after: string): { start: number; end: number } {
  let start = 0;
  while (start < before.length && start < after.length && before[start] === after[start]) start++;
  let end = 0;
  while (end < before.length - start && end < after.length - start && before[before.length - 1 - end] === after[after.length - 1 - end]) end++;
  return { start, end: before.length - end };
}

const fix = (text: string) => lintText(text, { rules: builtinRules, fix: true });

/**
 * Periods that may end a sentence (before a space and no lower-case word or currency sign, or at a
 * line's end: "mld. €" is an abbreviation inside a figure), and doubled periods.
 */
function fullStops(text: string): { ends: number; doubled: number } {
  return { ends: text.match(/\.(?=\s|$)(?!\s+[\p{Ll}\p{Sc}])/gu)?.length ?? 0, doubled: text.match(/\.\./gu)?.length ?? 0 };
}

describe('--fix keeps what every figure says (generated briefs, four languages)', () => {
  it('touches only figures, keeps their value, currency and unit, leaves figures in doubt alone, and is idempotent', () => {
    let touched = 0;
    fc.assert(
      fc.property(brief, ({ lang, pieces }) => {
        const text = render(pieces);
        const output = fix(text).output ?? text;
        const slots = slotsOf(pieces, output);
        // Nothing but figures changed, and every line is where it was.
        expect(slots, `the text outside figures changed:\n${output}`).not.toBeNull();
        const before = originalSlots(pieces);
        const locales = [...new Set<Locale>([...buildBrief(text).localeCandidates, lang])];
        for (const locale of locales) {
          const old = slotMeanings(text, before, locale);
          const now = slotMeanings(output, slots!, locale);
          before.forEach((slot, index) => {
            if (slot.text === slots![index]!.text) return;
            expect(now[index], `"${slot.text}" → "${slots![index]!.text}" read as ${locale}`).toEqual(old[index]);
          });
        }
        before.forEach((slot, index) => {
          if (slot.text === slots![index]!.text) return;
          touched++;
          const part = changedPart(slot.text, slots![index]!.text);
          const changed = { start: slot.start + part.start, end: slot.start + part.end };
          expect(hadTwoReadings(text, changed, locales), `"${slot.text}" has two readings but became "${slots![index]!.text}"`).toBe(false);
        });
        // No full stop dropped ("$11 mln." → "$11 million") or doubled ("€ 11 miljard." → "€ 11 mld..").
        expect(fullStops(output), `a full stop was dropped or doubled:\n${output}`).toEqual(fullStops(text));
        if (output !== text) expect(fix(output).output, 'a second --fix changed more').toBeUndefined();
      }),
      { seed: SEED, numRuns: NUM_RUNS, endOnFailure: false },
    );
    // The briefs do get fixed: the property is not vacuous.
    expect(touched).toBeGreaterThan(5);
  });
});
