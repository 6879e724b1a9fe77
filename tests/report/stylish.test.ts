import { describe, expect, it } from 'vitest';
import stylish from '../../src/report/stylish.js';
import { briefSource, conflictingChips, context, fatalUnreadable, malformedChips, message, result } from './results.js';

const malformed = malformedChips;
const conflicting = conflictingChips;

describe('stylish', () => {
  it('prints nothing when no file has messages', () => {
    expect(stylish([result('clean.md', [])], context())).toBe('');
    expect(stylish([], context())).toBe('');
  });

  it('prints each file with messages, aligned, and a summary (ESLint layout)', () => {
    const output = stylish(
      [result('clean.md', []), result('briefs/investai.md', [malformed, conflicting]), result('nl.md', [message({ line: 12, column: 3 })])],
      context(),
    );
    expect(output).toBe(
      [
        '',
        'briefs/investai.md',
        '  4:35  error    "100,00000" breaks the grouping rules: did you mean 100,000 or 10,000,000?  number-format',
        '  5:17  warning  Chips per gigafactory: 100,000 here, 10,000,000 before                      conflicting-figures',
        '',
        'nl.md',
        '  12:3  error  Malformed figure  number-format',
        '',
        '✖ 3 problems (2 errors, 1 warning)',
        '',
      ].join('\n'),
    );
    expect(output).not.toContain('clean.md');
  });

  it('right-aligns line numbers and left-aligns columns within a file', () => {
    const output = stylish([result('a.md', [message({ line: 7, column: 120 }), message({ line: 104, column: 2 })])], context());
    expect(output).toContain('\n    7:120  error');
    expect(output).toContain('\n  104:2    error');
  });

  it('uses singular words for one problem and says what --fix can do', () => {
    const fixable = message({ line: 1, column: 1, fix: { range: [0, 3], text: 'abc' } });
    const output = stylish([result('a.md', [fixable])], context());
    expect(output).toContain('✖ 1 problem (1 error, 0 warnings)\n');
    expect(output).toContain('  1 error and 0 warnings potentially fixable with the --fix option.\n');
    expect(stylish([result('a.md', [message({ line: 1, column: 1 })])], context())).not.toContain('fixable');
  });

  it('prints fatal messages, which have no rule id', () => {
    const output = stylish([result('locked.md', [fatalUnreadable])], context());
    expect(output).toContain('locked.md\n  0:0  error  Could not read file: EACCES\n');
    expect(output).toContain('✖ 1 problem (1 error, 0 warnings)');
  });

  it('shows paths outside the working directory as they are', () => {
    const output = stylish([result('/elsewhere/brief.md', [message({ line: 1, column: 1 })])], context());
    expect(output).toContain('\n/elsewhere/brief.md\n');
  });

  it('colours only when asked, and then never breaks the alignment', () => {
    const plain = stylish([result('a.md', [malformed, conflicting])], context());
    const coloured = stylish([result('a.md', [malformed, conflicting])], context({ color: true }));
    expect(plain).not.toMatch(/\u001b\[/);
    expect(coloured).toMatch(/\u001b\[31merror/);
    expect(coloured).toMatch(/\u001b\[4ma\.md/);
    expect(coloured.replace(/\u001b\[[0-9;]*m/g, '')).toBe(plain);
  });

  describe('verbose', () => {
    it('adds a code frame with the figure underlined and the related places', () => {
      const output = stylish([result('a.md', [malformed, conflicting], { source: briefSource })], context({ verbose: true }));
      expect(output).toBe(
        [
          '',
          'a.md',
          '  4:35  error    "100,00000" breaks the grouping rules: did you mean 100,000 or 10,000,000?  number-format',
          '    4 | Four gigafactories, equipped with 100,00000 next-generation AI chips each.',
          `      | ${' '.repeat(34)}^^^^^^^^^`, // column 35: 34 characters before the figure
          '',
          '  5:17  warning  Chips per gigafactory: 100,000 here, 10,000,000 before                      conflicting-figures',
          '    5 |     Later: roughly 100,000 chips each.',
          '      |                    ^^^^^^^',
          '    related: 4:35 "100,00000" first given here',
          '',
          '✖ 2 problems (1 error, 1 warning)',
          '',
        ].join('\n'),
      );
    });

    it('does not quote a related place twice when its message quotes it already', () => {
      const quoting = { ...conflicting, related: [{ ...conflicting.related![0]!, message: '"100,00000" is written here' }] };
      const output = stylish([result('a.md', [quoting], { source: briefSource })], context({ verbose: true }));
      expect(output).toContain('    related: 4:35 "100,00000" is written here\n');
    });

    it('keeps line numbers right under CRLF line ends', () => {
      const onCrlfLine = message({ line: 3, column: 18, endLine: 3, endColumn: 22, message: 'x' });
      const output = stylish([result('a.md', [onCrlfLine], { source: briefSource })], context({ verbose: true }));
      expect(output).toContain('    3 | The EU mobilises €200 billion.\n      |                  ^^^^\n');
      expect(output).not.toContain('\r');
    });

    it('prints no frame without a source, but still the related places', () => {
      const output = stylish([result('a.md', [conflicting])], context({ verbose: true }));
      expect(output).not.toContain(' | ');
      expect(output).toContain('    related: 4:35 first given here\n');
    });

    it('prints no frame for a fatal message at line 0', () => {
      const output = stylish([result('a.md', [fatalUnreadable], { source: briefSource })], context({ verbose: true }));
      expect(output).not.toContain(' | ');
    });
  });
  it('pads messages for alignment only up to a screen\'s width: one very long message does not pad every line (issue 20)', () => {
    const long = message({ line: 1, column: 1, message: `Total says 3, but the rows sum to ${'9 + '.repeat(3_000)}9` });
    const short = Array.from({ length: 2_000 }, (_, index) => message({ line: index + 2, column: 1, message: 'Malformed figure' }));
    const output = stylish([result('a.md', [long, ...short])], context());
    const lines = output.split('\n');
    expect(lines.find((line) => line.includes('Malformed figure'))!.length).toBeLessThan(140);
    expect(output.length).toBeLessThan(long.message.length + 2_000 * 140);
    // Short lines are still aligned with one another.
    expect(new Set(short.slice(0, 20).map((_, index) => lines[index + 4]!.indexOf('number-format'))).size).toBe(1);
  });
});
