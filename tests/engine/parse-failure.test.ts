/** A document the parser cannot handle becomes one fatal message, never an exception. */
import { describe, expect, it, vi } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { wordRule } from './helpers.js';

vi.mock('../../src/parse/index.js', () => ({
  buildBrief: () => {
    throw new RangeError('Maximum call stack size exceeded');
  },
}));

describe('a parser failure', () => {
  it('is reported as ESLint reports a parsing error, at 1:1, fatal', () => {
    const seen: string[] = [];
    const result = lintText('> > > deeply nested\n', {
      filePath: '/docs/a.md',
      rules: [wordRule],
      onInternalError: (_error, where) => seen.push(where),
    });
    expect(result.messages).toEqual([
      { ruleId: null, fatal: true, severity: 2, message: 'Parsing error: Maximum call stack size exceeded', line: 1, column: 1 },
    ]);
    expect(result).toMatchObject({ filePath: '/docs/a.md', errorCount: 1, fatalErrorCount: 1, warningCount: 0 });
    expect(result.source).toBe('> > > deeply nested\n');
    expect(seen).toEqual(['parser']);
  });
});
