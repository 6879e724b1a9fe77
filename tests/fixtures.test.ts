/**
 * The fixtures say what brieflint must find and what it must not: the example brief's typo (in
 * English and Dutch), nothing on the clean brief, nothing on real documents written by others.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../src/parse/index.js';
import { lintText } from '../src/engine/lint.js';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8');
const lint = (name: string) =>
  lintText(fixture(name), { filePath: `fixtures/${name}` }).messages.map(
    (m) => `${m.line}:${m.column}-${m.endLine}:${m.endColumn} ${m.ruleId} ${m.message}`,
  );

describe('fixtures/investai-brief.md', () => {
  it('finds the "100,00000 chips" typo, names the reading used elsewhere and the statement one reading contradicts', () => {
    expect(lint('investai-brief.md')).toEqual([
      '22:1-22:10 number-format "100,00000" is not a valid number: did you mean 100,000 (as on line 39) or 10,000,000?',
      '22:1-22:10 conflicting-figures "…to four large-scale AI gigafactories equipped with 100,00000 next-generation AI chips each" may be read as 10,000,000, which contradicts "…foresees four AI gigafactories containing roughly 100,000 next-generation AI chips each" (line 39); only the reading 100,000 agrees',
    ]);
  });

  it('reads the figures a careful editor reads', () => {
    const brief = buildBrief(fixture('investai-brief.md'));
    expect(brief.locale).toBe('en');
    const find = (text: string) => brief.figures.find((figure) => figure.text === text);
    expect(find('€200 billion')).toMatchObject({ kind: 'amount', value: '200000000000', currency: 'EUR' });
    expect(find('€ 150 bn')).toMatchObject({ value: '150000000000', precision: '1000000000' });
    expect(find('400 000')).toMatchObject({ value: '400000', unit: 'accelerators' });
    expect(find('100 k')).toMatchObject({ value: '100000', approximate: true, unit: 'GPUs' });
    expect(find('25 %')).toMatchObject({ kind: 'percent', value: '25', unit: '%' });
    expect(find('x10')).toMatchObject({ kind: 'multiplier', value: '10' });
    expect(find('100,000')).toMatchObject({ value: '100000', approximate: true, unit: 'chips' });
    expect(find('up to €10 billion') ?? find('€10 billion')).toMatchObject({ value: '10000000000', bound: 'max' });
    expect(find('Q4 2025')).toMatchObject({ kind: 'period', interval: { start: '2025-10-01', end: '2025-12-31' } });
  });
});

describe('fixtures/investai-brief.planted.md (the example brief with planted errors)', () => {
  it('shows the arithmetic of the pool: 4 × roughly 100,000 chips is not 500 000', () => {
    expect(lint('investai-brief.planted.md').filter((entry) => entry.includes('product-mismatch'))).toEqual([
      '42:16-42:23 product-mismatch 4 × roughly 100,000 chips each = about 400,000 chips (360,000–440,000), but the total is 500 000 accelerators',
    ]);
    const result = lintText(fixture('investai-brief.planted.md'), { filePath: 'fixtures/investai-brief.planted.md' });
    const pool = result.messages.find((message) => message.ruleId === 'product-mismatch');
    expect(pool?.related?.map((place) => `${place.line}:${place.column} ${place.message}`)).toEqual([
      '40:19 the count: four gigafactories',
      '40:60 each: roughly 100,000 chips',
    ]);
  });

  it('finds every planted error at its line, and nothing else', () => {
    expect(lint('investai-brief.planted.md').map((entry) => entry.replace(/^(\d+:\d+)-\S+ (\S+) .*$/, '$1 $2'))).toEqual([
      '23:1 number-format',
      '33:37 table-total',
      '35:41 sum-mismatch',
      '42:16 product-mismatch',
      // The planted sentence writes "€ 50 bn" where the prose writes "€200 billion": a true style slip.
      '45:13 number-style',
      '45:22 part-exceeds-whole',
      '45:22 number-style',
    ]);
  });
});

describe('fixtures/investai-brief.nl.md', () => {
  it('finds the Dutch "100.00000 chips" typo', () => {
    expect(lint('investai-brief.nl.md')).toEqual([
      '12:62-12:71 number-format "100.00000" is geen geldig getal: bedoelt u 100.000 (zoals op regel 28) of 10.000.000?',
    ]);
  });

  it('reads Dutch figures', () => {
    const brief = buildBrief(fixture('investai-brief.nl.md'));
    expect(brief.locale).toBe('nl');
    const find = (text: string) => brief.figures.find((figure) => figure.text === text);
    expect(find('€ 1,5 miljard')).toMatchObject({ value: '1500000000', currency: 'EUR', precision: '100000000' });
    expect(find('€ 50 mld.')).toMatchObject({ value: '50000000000' });
    expect(find('400.000')).toMatchObject({ value: '400000' });
    expect(find('€ 25.000')).toMatchObject({ value: '25000', approximate: true });
  });
});

describe('briefs that must produce nothing', () => {
  it('fixtures/clean-brief.md', () => {
    expect(lint('clean-brief.md')).toEqual([]);
  });

  const real = readdirSync(new URL('../fixtures/real/', import.meta.url)).filter(
    (name) => name.endsWith('.md') && name !== 'PROVENANCE.md',
  );
  it.each(real)('fixtures/real/%s (a real document by others)', (name) => {
    expect(lint(`real/${name}`)).toEqual([]);
  });
});
