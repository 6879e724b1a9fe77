/**
 * Rules defined for the engine tests, independent of the real rules: they report words in the
 * source, so the tests control exactly what is found where.
 */
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { z } from 'zod';
import { defineRule, type Rule } from '../../src/engine/types.js';

/** Reports every occurrence of `word` (default "TODO"). */
export const wordRule = defineRule({
  meta: {
    id: 'no-word',
    description: 'Reports a word',
    category: 'style',
    type: 'style',
    defaultSeverity: 'warn',
    fixable: true,
    options: z.strictObject({ word: z.string().default('TODO'), fix: z.boolean().default(false) }),
  },
  check(brief, { report, options }) {
    for (const match of brief.source.matchAll(new RegExp(options.word, 'g'))) {
      const range = { start: match.index, end: match.index + options.word.length };
      report({
        range,
        message: `found ${options.word}`,
        ...(options.fix ? { fix: { range, text: 'DONE' } } : {}),
        suggestions: [{ desc: 'remove it', fix: { range, text: '' } }],
        related: [{ range: { start: 0, end: 1 }, message: 'start of file' }],
      });
    }
  },
});

/** Reports the first character of the file as an error. */
export const firstCharRule = defineRule({
  meta: {
    id: 'first-char',
    description: 'Reports the first character',
    category: 'number',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: z.strictObject({}),
  },
  check(brief, { report }) {
    if (brief.source.length > 0) report({ range: { start: 0, end: 1 }, message: 'first character' });
  },
});

/** An error rule that reports "SURE" as an error and lowers its report on "MAYBE" to a warning. */
export const hedgingRule = defineRule({
  meta: {
    id: 'hedging',
    description: 'Reports SURE as an error, MAYBE as a warning',
    category: 'arithmetic',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: z.strictObject({}),
  },
  check(brief, { report }) {
    for (const match of brief.source.matchAll(/SURE|MAYBE/g)) {
      const range = { start: match.index, end: match.index + match[0].length };
      report({ range, message: `found ${match[0]}`, ...(match[0] === 'MAYBE' ? { severity: 'warn' as const } : {}) });
    }
  },
});

export const crashingRule = defineRule({
  meta: {
    id: 'crasher',
    description: 'Always throws',
    category: 'number',
    type: 'problem',
    defaultSeverity: 'error',
    fixable: false,
    options: z.strictObject({}),
  },
  check() {
    throw new Error('boom');
  },
});

export const testRules: Rule[] = [wordRule as Rule, firstCharRule as Rule, crashingRule as Rule];

/** A fresh temporary directory holding the given files (paths with "/" create folders). */
export async function tempTree(files: Record<string, string>): Promise<string> {
  const root = await mkdtemp(path.join(os.tmpdir(), 'brieflint-test-'));
  for (const [name, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, name)), { recursive: true });
    await writeFile(path.join(root, name), text);
  }
  return root;
}
