/**
 * main() in-process, with the rule registry replaced by test rules: the one way to make a rule
 * crash on purpose and check that the CLI reports it, exits 2 and shows the stack only under --debug.
 */
import { describe, expect, it, vi } from 'vitest';
import { shouldColor } from '../../src/cli.js';
import { tempTree } from '../engine/helpers.js';
import { runMain } from './helpers.js';

vi.mock('../../src/rules/index.js', async () => {
  const { crashingRule, wordRule } = await import('../engine/helpers.js');
  const builtinRules = [wordRule, crashingRule];
  return { builtinRules, findRule: (id: string) => builtinRules.find((rule) => rule.meta.id === id) };
});

describe('a rule that crashes', () => {
  it('becomes a fatal message naming the rule, the other rules still run, exit 2', async () => {
    const root = await tempTree({ 'a.md': 'TODO\n' });
    const run = await runMain(['a.md', '-f', 'json'], { cwd: root });
    expect(run.code).toBe(2);
    const [result] = JSON.parse(run.stdout) as Array<{ messages: Array<{ ruleId: string; message: string; fatal?: boolean }> }>;
    expect(result!.messages.map((message) => [message.ruleId, message.message, message.fatal ?? false])).toEqual([
      ['no-word', 'found TODO', false],
      ['crasher', 'rule crasher crashed: boom', true],
    ]);
    expect(run.stderr).toBe('');
  });

  it('is a failed run in SARIF (a notice naming the rule), not a finding about the text', async () => {
    const root = await tempTree({ 'a.md': 'TODO\n' });
    const run = await runMain(['a.md', '-f', 'sarif'], { cwd: root });
    expect(run.code).toBe(2);
    const sarif = JSON.parse(run.stdout) as {
      runs: Array<{ results: Array<{ ruleId: string }>; invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications: unknown[] }> }>;
    };
    expect(sarif.runs[0]!.results.map((result) => result.ruleId)).toEqual(['no-word']);
    expect(sarif.runs[0]!.invocations[0]).toEqual({
      executionSuccessful: false,
      toolExecutionNotifications: [
        expect.objectContaining({ level: 'error', descriptor: { id: 'brieflint/fatal' }, associatedRule: { id: 'crasher' }, message: { text: 'rule crasher crashed: boom' } }),
      ],
    });
  });

  it('prints the stack under --debug only', async () => {
    const root = await tempTree({ 'a.md': 'TODO\n' });
    const debug = await runMain(['a.md', '--debug'], { cwd: root });
    expect(debug.code).toBe(2);
    expect(debug.stderr).toMatch(/^brieflint: rule crasher failed:\nError: boom\n\s+at /);
  });

  it('lists the registry\'s rules in --help', async () => {
    const run = await runMain(['--help'], { cwd: '/' });
    expect(run.code).toBe(0);
    expect(run.stdout).toMatch(/\n {2}no-word +warn +Reports a word\n {2}crasher +error +Always throws\n/);
  });
});

describe('shouldColor', () => {
  const tty = { isTTY: true, write: () => true };
  const pipe = { isTTY: false, write: () => true };
  it('follows the flag, then FORCE_COLOR, then NO_COLOR, then the terminal', () => {
    expect(shouldColor(false, { env: { FORCE_COLOR: '1' }, stdout: tty }, false)).toBe(false);
    expect(shouldColor(true, { env: { NO_COLOR: '1' }, stdout: pipe }, true)).toBe(true);
    expect(shouldColor(undefined, { env: {}, stdout: tty }, true)).toBe(false);
    expect(shouldColor(undefined, { env: { FORCE_COLOR: '0' }, stdout: tty }, false)).toBe(false);
    expect(shouldColor(undefined, { env: { FORCE_COLOR: '1' }, stdout: pipe }, false)).toBe(true);
    expect(shouldColor(undefined, { env: { NO_COLOR: '1' }, stdout: tty }, false)).toBe(false);
    expect(shouldColor(undefined, { env: {}, stdout: tty }, false)).toBe(true);
    expect(shouldColor(undefined, { env: {}, stdout: pipe }, false)).toBe(false);
  });
});
