import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';

const BAD = '100,00000 chips';

function lint(code: string, reportUnusedDirectives: false | 1 | 2 = false) {
  const result = lintText(code, { reportUnusedDirectives });
  return {
    reported: result.messages.map((m) => `${m.line}:${m.ruleId ?? 'null'}:${m.severity}`),
    messages: result.messages,
    suppressed: result.suppressedMessages.map((m) => `${m.line}:${m.suppressions[0]?.justification}`),
  };
}

describe('inline directives', () => {
  it('disable … enable silences the region, for the named rule', () => {
    const code = [`A ${BAD}.`, '', '<!-- brieflint-disable number-format -- copied from the source -->', '', `B ${BAD}.`, '', '<!-- brieflint-enable number-format -->', '', `C ${BAD}.`].join('\n');
    const { reported, suppressed } = lint(code);
    expect(reported).toEqual(['1:number-format:2', '9:number-format:2']);
    expect(suppressed).toEqual(['5:copied from the source']);
  });

  it('disable without ids covers every rule until a plain enable', () => {
    const code = ['<!-- brieflint-disable -->', '', `B ${BAD}.`, '', '<!-- brieflint-enable -->', '', `C ${BAD}.`].join('\n');
    expect(lint(code).reported).toEqual(['7:number-format:2']);
  });

  it('enable of one id after disabling all re-enables just that id', () => {
    const code = ['<!-- brieflint-disable -->', '<!-- brieflint-enable number-format -->', '', `B ${BAD}.`].join('\n');
    expect(lint(code).reported).toEqual(['4:number-format:2']);
  });

  it('disable-line silences its own line only', () => {
    const code = [`A ${BAD}. <!-- brieflint-disable-line number-format -->`, '', `B ${BAD}.`].join('\n');
    expect(lint(code).reported).toEqual(['3:number-format:2']);
  });

  it('disable-next-line silences the following line only', () => {
    const code = ['<!-- brieflint-disable-next-line -->', `A ${BAD}, still the same paragraph.`, `B ${BAD}.`].join('\n');
    expect(lint(code).reported).toEqual(['3:number-format:2']);
  });

  it('disable-file silences the rule anywhere in the file', () => {
    const code = [`A ${BAD}.`, '', '<!-- brieflint-disable-file number-format -->'].join('\n');
    const { reported, suppressed } = lint(code);
    expect(reported).toEqual([]);
    expect(suppressed).toEqual(['1:']);
  });

  it('a directive for another rule does not silence this one', () => {
    const code = [`A ${BAD}. <!-- brieflint-disable-line not-a-rule -->`].join('\n');
    const { messages } = lint(code);
    expect(messages.map((m) => m.ruleId)).toContain('number-format');
    expect(messages.find((m) => m.ruleId === null)?.message).toBe(
      'Definition for rule "not-a-rule" was not found (in a brieflint-disable-line comment).',
    );
  });

  it('directives inside code are not directives', () => {
    const code = ['```', '<!-- brieflint-disable -->', '```', '', `A ${BAD}.`].join('\n');
    expect(lint(code).reported).toEqual(['5:number-format:2']);
  });

  it('--report-unused-directives reports directives that silenced nothing, at the comment', () => {
    const code = ['Fine: 100,000 chips. <!-- brieflint-disable-line number-format -->', '', '<!-- brieflint-disable -->'].join('\n');
    const { messages } = lint(code, 1);
    expect(messages.map((m) => [m.line, m.column, m.severity, m.message])).toEqual([
      [1, 22, 1, 'Unused brieflint-disable-line directive (no problems were reported from "number-format").'],
      [3, 1, 1, 'Unused brieflint-disable directive (no problems were reported).'],
    ]);
  });
});
