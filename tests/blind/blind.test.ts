/**
 * Blind sets: passages written by helpers who never read the rules (one JSON file per rule, beside this
 * file). A wrong passage must be flagged by its rule; a right one must get no message from it. Passages
 * a rule still gets wrong are listed in known-failures.json and run as `it.fails`, so that fixing one
 * fails its test until it is taken off the list. Score a set with `node scripts/blind-score.mjs`.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { builtinRules } from '../../src/rules/index.js';
import type { Locale } from '../../src/quantity/types.js';

interface Passage {
  id: string;
  lang: Locale;
  rule: string;
  verdict: 'wrong' | 'right';
  text: string;
  culprit?: string;
  why?: string;
}

const directory = new URL('./', import.meta.url);
const knownFailures = JSON.parse(readFileSync(new URL('known-failures.json', directory), 'utf8')) as Record<string, string[]>;
const sets = readdirSync(directory).filter((name) => name.endsWith('.json') && name !== 'known-failures.json');

function messagesOf(passage: Passage): string[] {
  const rule = builtinRules.find((candidate) => candidate.meta.id === passage.rule)!;
  const result = lintText(passage.text, { rules: [rule], config: { rules: { [passage.rule]: 'error' } }, locale: passage.lang });
  return result.messages.filter((message) => message.ruleId === passage.rule).map((message) => `${message.line}:${message.column} ${message.message}`);
}

for (const name of sets) {
  const passages = JSON.parse(readFileSync(new URL(name, directory), 'utf8')) as Passage[];
  describe(`blind: ${name}`, () => {
    // Known failures are listed by set: "product-mismatch" for product-mismatch.json, "product-mismatch-2" for the second set.
    const set = name.replace(/\.json$/u, '');
    for (const passage of passages) {
      const failing = knownFailures[set]?.includes(passage.id) ?? false;
      const test = failing ? it.fails : it;
      const label = `${passage.rule} ${passage.id} (${passage.verdict}${failing ? ', known failure' : ''}): ${passage.why ?? passage.text.slice(0, 60)}`;
      test(label, () => {
        const messages = messagesOf(passage);
        if (passage.verdict === 'wrong') expect(messages.length, `not flagged: ${passage.culprit}`).toBeGreaterThan(0);
        else expect(messages).toEqual([]);
      });
    }
  });
}
