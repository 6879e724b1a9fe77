import { describe, expect, it } from 'vitest';
import { unifiedDiff } from '../../src/report/diff.js';

describe('unifiedDiff', () => {
  it('is empty when nothing changed', () => {
    expect(unifiedDiff('a/x.md', 'b/x.md', 'same\n', 'same\n')).toBe('');
  });

  it('prints hunks with three lines of context, apart when the changes are far apart', () => {
    const before = Array.from({ length: 20 }, (_, index) => `line ${index + 1}`).join('\n') + '\n';
    const after = before.replace('line 2\n', 'line 2 fixed\n').replace('line 18\n', 'line 18 fixed\n');
    expect(unifiedDiff('a/x.md', 'b/x.md', before, after)).toBe(
      [
        '--- a/x.md',
        '+++ b/x.md',
        '@@ -1,5 +1,5 @@',
        ' line 1',
        '-line 2',
        '+line 2 fixed',
        ' line 3',
        ' line 4',
        ' line 5',
        '@@ -15,6 +15,6 @@',
        ' line 15',
        ' line 16',
        ' line 17',
        '-line 18',
        '+line 18 fixed',
        ' line 19',
        ' line 20',
        '',
      ].join('\n'),
    );
  });

  it('marks a last line without a newline, as diff does', () => {
    expect(unifiedDiff('a/x.md', 'b/x.md', 'one\n3%', 'one\n3 %')).toBe(
      ['--- a/x.md', '+++ b/x.md', '@@ -1,2 +1,2 @@', ' one', '-3%', '\\ No newline at end of file', '+3 %', '\\ No newline at end of file', ''].join('\n'),
    );
  });
});
