/** A block the quantity reader trips on is reported (fatal, at the block), and the rest of the file still counts. */
import { describe, expect, it, vi } from 'vitest';
import type * as QuantityModule from '../../src/quantity/index.js';

vi.mock('../../src/quantity/index.js', async (importOriginal) => {
  const actual = await importOriginal<typeof QuantityModule>();
  return {
    ...actual,
    extractQuantities: (text: string, options?: QuantityModule.ExtractOptions) => {
      if (text.includes('BOOM')) throw new Error('reader failed');
      return actual.extractQuantities(text, options);
    },
  };
});

const { lintText } = await import('../../src/engine/lint.js');

describe('a failing quantity reader', () => {
  it('is an internal error at the block it failed on, and the other blocks are still linted', () => {
    const result = lintText('Four factories with 100,00000 chips.\n\nBOOM 34 units.\n', { locale: 'en' });
    expect(result.messages.map(({ ruleId, line, column, endLine, endColumn, fatal, message }) => ({ ruleId, line, column, endLine, endColumn, fatal, message }))).toEqual([
      expect.objectContaining({ ruleId: 'number-format', line: 1, column: 21 }),
      { ruleId: null, line: 3, column: 1, endLine: 3, endColumn: 15, fatal: true, message: 'Internal error: could not read figures: reader failed' },
    ]);
    expect(result.fatalErrorCount).toBe(1);
  });
});
