import { describe, expect, it } from 'vitest';
import github, { annotation, escapeData, escapeProperty } from '../../src/report/github.js';
import { context, fatalUnreadable, message, result } from './results.js';

describe('github escaping', () => {
  it('escapes %, CR and LF in data, % first so escapes are not escaped again', () => {
    expect(escapeData('50% of\r\nbudget %0A')).toBe('50%25 of%0D%0Abudget %250A');
  });

  it('also escapes : and , in properties', () => {
    expect(escapeProperty('briefs/a:b,c%.md')).toBe('briefs/a%3Ab%2Cc%25.md');
  });
});

describe('github', () => {
  it('writes one workflow command per message, then a plain summary', () => {
    const output = github(
      [
        result('briefs/investai.md', [
          message({ line: 4, column: 35, endLine: 4, endColumn: 44, message: 'Malformed "100,00000"' }),
          message({ ruleId: 'number-style', severity: 1, line: 7, column: 1, endLine: 7, endColumn: 5, message: 'Write 25 % as 25%' }),
        ]),
        result('clean.md', []),
      ],
      context(),
    );
    expect(output).toBe(
      [
        '::error file=briefs/investai.md,line=4,col=35,endLine=4,endColumn=44,title=number-format::Malformed "100,00000"',
        '::warning file=briefs/investai.md,line=7,col=1,endLine=7,endColumn=5,title=number-style::Write 25 %25 as 25%25',
        'brieflint: 2 problems (1 error, 1 warning) in 1 file of 2 files',
        '',
      ].join('\n'),
    );
  });

  it('escapes file names and multi-line messages', () => {
    const line = annotation(message({ line: 2, column: 3, message: 'Sum: 50 + 150\nis not 250' }), 'dir,x/a:b.md');
    expect(line).toBe('::error file=dir%2Cx/a%3Ab.md,line=2,col=3,title=number-format::Sum: 50 + 150%0Ais not 250');
    expect(line.split('\n')).toHaveLength(1);
  });

  it('annotates the file itself for a fatal message without a place', () => {
    expect(annotation(fatalUnreadable, 'a.md')).toBe('::error file=a.md,title=brieflint::Could not read file: EACCES');
  });

  it('uses forward slashes and paths relative to the working directory', () => {
    const output = github([result('sub/dir/a.md', [message({ line: 1, column: 1 })])], context());
    expect(output).toContain('file=sub/dir/a.md,');
  });

  it('says so when there is nothing to report', () => {
    expect(github([result('a.md', [])], context())).toBe('brieflint: no problems in 1 file\n');
  });
});
