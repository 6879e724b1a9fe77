import { describe, expect, it, vi } from 'vitest';
import type * as QuantityModule from '../../src/quantity/index.js';

// The quantity reader is a colleague's library: if it trips on one block, the Brief must still be built.
vi.mock('../../src/quantity/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof QuantityModule>();
  return {
    ...actual,
    extractQuantities: (text: string, options?: QuantityModule.ExtractOptions) => {
      if (text.includes('BOOM')) throw new Error('reader failed');
      if (text.includes('OUTSIDE')) return [{ ...actual.extractQuantities('7 units', options)[0]!, start: 0, end: text.length + 5 }];
      return actual.extractQuantities(text, options);
    },
    detectLocale: (texts: string[]) => {
      if (texts.some((text) => text.includes('VOTE'))) throw new Error('vote failed');
      return actual.detectLocale(texts);
    },
  };
});

const { buildBrief } = await import('../../src/parse/index.js');

describe('a failing quantity reader', () => {
  it('costs only the block it failed on, and says so', () => {
    const source = 'Before 12 units.\n\nBOOM 34 units.\n\nAfter 56 units.\n';
    const brief = buildBrief(source, { locale: 'en' });
    expect(brief.blocks).toHaveLength(3);
    expect(brief.blocks[1]!.figures).toEqual([]);
    expect(brief.figures.map((figure) => figure.block.text)).toEqual(expect.arrayContaining(['Before 12 units.', 'After 56 units.']));
    expect(brief.readErrors).toEqual([{ message: 'could not read figures: reader failed', range: { start: 18, end: 32 } }]);
    expect(source.slice(18, 32)).toBe('BOOM 34 units.');
  });

  it('drops quantities whose offsets fall outside their text', () => {
    const brief = buildBrief('OUTSIDE\n', { locale: 'en' });
    expect(brief.figures).toEqual([]);
    expect(brief.readErrors).toBeUndefined();
  });

  it('falls back to the default locale when the vote fails', () => {
    const brief = buildBrief('VOTE 12\n');
    expect([brief.locale, brief.localeSource]).toEqual(['en', 'default']);
  });
});
