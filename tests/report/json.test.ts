import { describe, expect, it } from 'vitest';
import json from '../../src/report/json.js';
import { briefSource, conflictingChips, context, fatalUnreadable, message, result } from './results.js';

/** The keys ESLint's JSON formatter gives every LintResult, and which of them may be added. */
const resultKeys = ['filePath', 'messages', 'suppressedMessages', 'errorCount', 'fatalErrorCount', 'warningCount', 'fixableErrorCount', 'fixableWarningCount', 'usedDeprecatedRules'];
const optionalResultKeys = ['source', 'output'];
const messageKeys = ['ruleId', 'severity', 'message', 'line', 'column'];
const optionalMessageKeys = ['endLine', 'endColumn', 'fatal', 'fix', 'suggestions', 'related', 'suppressions'];

function checkMessage(value: Record<string, unknown>): void {
  for (const key of messageKeys) expect(value).toHaveProperty(key);
  for (const key of Object.keys(value)) expect([...messageKeys, ...optionalMessageKeys]).toContain(key);
  expect(value.ruleId === null || typeof value.ruleId === 'string').toBe(true);
  expect([1, 2]).toContain(value.severity);
  expect(typeof value.message).toBe('string');
  for (const key of ['line', 'column', 'endLine', 'endColumn']) {
    if (key in value) expect(Number.isInteger(value[key])).toBe(true);
  }
  if (value.fatal !== undefined) {
    expect(value.fatal).toBe(true);
    expect(value.ruleId).toBeNull();
  } else {
    expect(value.line as number).toBeGreaterThanOrEqual(1);
    expect(value.column as number).toBeGreaterThanOrEqual(1);
  }
}

function checkResult(value: Record<string, unknown>): void {
  for (const key of resultKeys) expect(value).toHaveProperty(key);
  for (const key of Object.keys(value)) expect([...resultKeys, ...optionalResultKeys]).toContain(key);
  expect(typeof value.filePath).toBe('string');
  for (const count of resultKeys.filter((key) => key.endsWith('Count'))) expect(Number.isInteger(value[count])).toBe(true);
  const messages = value.messages as Array<Record<string, unknown>>;
  messages.forEach(checkMessage);
  expect(value.errorCount).toBe(messages.filter((m) => m.severity === 2).length);
  expect(value.warningCount).toBe(messages.filter((m) => m.severity === 1).length);
}

describe('json', () => {
  const results = [
    result('a.md', [
      message({ line: 4, column: 35, endLine: 4, endColumn: 44, fix: { range: [60, 69], text: '100,000' } }),
      { ...conflictingChips, suggestions: [{ desc: 'Use 100,000', fix: { range: [60, 69], text: '100,000' } }] },
    ], { source: briefSource }),
    result('broken.md', [fatalUnreadable]),
    result('clean.md', []),
  ];

  it('is JSON.stringify of the results, nothing added or dropped', () => {
    const output = json(results, context());
    expect(output).toBe(JSON.stringify(results));
    expect(JSON.parse(output)).toEqual(results);
  });

  it('keeps ESLint\'s shape: an array of results with exactly ESLint\'s keys and types', () => {
    const parsed: unknown = JSON.parse(json(results, context()));
    expect(Array.isArray(parsed)).toBe(true);
    (parsed as Array<Record<string, unknown>>).forEach(checkResult);
  });

  it('keeps the source only where the engine gave it', () => {
    const parsed = JSON.parse(json(results, context())) as Array<Record<string, unknown>>;
    expect(parsed.map((entry) => 'source' in entry)).toEqual([true, false, false]);
  });

  it('writes an empty array for no results', () => {
    expect(json([], context())).toBe('[]');
  });
});
