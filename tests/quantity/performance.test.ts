import { describe, expect, it } from 'vitest';
import { detectLocale, extractQuantities, type Locale } from '../../src/quantity/index.js';
import { cpuMs } from '../helpers/timing.js';

const SIZE = 100_000;

function repeatTo(unit: string): string {
  return unit.repeat(Math.ceil(SIZE / unit.length)).slice(0, SIZE);
}

/** Inputs that make naive or backtracking readers quadratic or worse. */
const HOSTILE = [
  '1',
  '1 ',
  '12,34,',
  '€',
  '€ 1',
  '-',
  '- 1',
  '1-',
  '((',
  '1 k ',
  'x1',
  'between 1 and ',
  'a',
  'one ',
  '1 aaaa ',
  '\u00a0',
  // phone-like runs, slash chains, powers of ten, spoken cents, "more than" across wrapped lines
  '07 ',
  '1/',
  '1x10^',
  '1 euro 5',
  'mehr\n ',
];


/** The inputs the issue names. */
const NAMED = ['1,', '1 000 ', '1.'];

const LOCALES: Locale[] = ['en', 'nl', 'fr'];

describe('linear time on hostile input', () => {
  it.each(NAMED.flatMap((unit) => LOCALES.map((locale) => [JSON.stringify(unit), locale, unit] as const)))(
    '100 KB of %s in %s reads well under a second',
    (_label, locale, unit) => {
      const text = repeatTo(unit);
      const elapsed = cpuMs(() => extractQuantities(text, { locale }));
      expect(elapsed).toBeLessThan(1000);
    },
  );

  // Inputs made only of figures (tens of thousands of them in 100 KB) cost more per byte than any
  // brief, but still never more than a few seconds in a cold, instrumented test run.
  it.each(HOSTILE.flatMap((unit) => LOCALES.map((locale) => [JSON.stringify(unit), locale, unit] as const)))(
    '100 KB of %s in %s reads in bounded time',
    (_label, locale, unit) => {
      const text = repeatTo(unit);
      const elapsed = cpuMs(() => extractQuantities(text, { locale }));
      expect(elapsed).toBeLessThan(3000);
    },
  );

  it('grows linearly: ten times the input takes far less than a hundred times as long', () => {
    const small = repeatTo('1,1 1.1 1 000 ').slice(0, 30_000);
    const large = small.repeat(10);
    cpuMs(() => extractQuantities(small));
    const smallTime = Math.max(cpuMs(() => extractQuantities(small)), 1);
    const largeTime = cpuMs(() => extractQuantities(large));
    expect(largeTime).toBeLessThan(smallTime * 40);
  });

  it('votes on a locale over 100 KB of separators quickly', () => {
    const elapsed = cpuMs(() => detectLocale([repeatTo('1,'), repeatTo('1.'), repeatTo('1 000 ')]));
    expect(elapsed).toBeLessThan(1000);
  });
});
