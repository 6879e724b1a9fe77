/**
 * Docs that cannot lie: every example under "### Flagged" in docs/rules/<id>.md must be reported by
 * that rule, and every example under "### Not flagged" must not.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lintText } from '../src/engine/lint.js';
import { ruleMetas } from '../src/rules/index.js';

function examples(doc: string, heading: string): string[] {
  const start = doc.indexOf(`### ${heading}\n`);
  if (start < 0) return [];
  const next = doc.indexOf('\n#', start + heading.length + 5);
  const part = doc.slice(start, next < 0 ? undefined : next);
  return [...part.matchAll(/^```markdown\n([\s\S]*?)^```$/gm)].map((match) => match[1]!);
}

for (const meta of ruleMetas()) {
  describe(`docs/rules/${meta.id}.md`, () => {
    const doc = readFileSync(new URL(`../docs/rules/${meta.id}.md`, import.meta.url), 'utf8');
    const flagged = examples(doc, 'Flagged');
    const clean = examples(doc, 'Not flagged');
    const only = { rules: { [meta.id]: 'error' as const } };

    it('has examples of both kinds', () => {
      expect(flagged.length).toBeGreaterThan(0);
      expect(clean.length).toBeGreaterThan(0);
    });
    it.each(flagged)('flags: %s', (code) => {
      expect(lintText(code, { config: only }).messages.filter((m) => m.ruleId === meta.id).length).toBeGreaterThan(0);
    });
    it.each(clean)('does not flag: %s', (code) => {
      expect(lintText(code, { config: only }).messages).toEqual([]);
    });
  });
}
