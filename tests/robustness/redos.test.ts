/**
 * No regular expression in brieflint may backtrack catastrophically. Every pattern the built dist/
 * holds or builds (scripts/redos.mjs finds them) is compared with the verdicts recheck gave when
 * tests/robustness/redos-verdicts.json was last refreshed (`npm run redos:update`, ~1 minute):
 * - a pattern recheck found vulnerable must carry an `accepted` reason written by hand (its input
 *   is bounded: an error message, a path, a 300-character gap);
 * - a pattern not in the file (new or changed) is checked here, live, and fails when vulnerable.
 * "unknown" (recheck's automaton gives up on big alternations with \b) is allowed: those patterns are
 * exercised by the timed pathological inputs in pathological.test.ts.
 */
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { check } from 'recheck';
import { describe, expect, it } from 'vitest';

interface Found {
  key: string;
  pattern: string;
  flags: string;
  where: string;
}

interface Verdict {
  where: string;
  status: 'safe' | 'vulnerable' | 'unknown';
  complexity?: string;
  attack?: string;
  accepted?: string;
}

const root = new URL('../../', import.meta.url);
const found = JSON.parse(execFileSync(process.execPath, ['scripts/redos.mjs', '--list'], { cwd: root, encoding: 'utf8' })) as Found[];
const verdicts = JSON.parse(readFileSync(new URL('tests/robustness/redos-verdicts.json', root), 'utf8')) as Record<string, Verdict>;

describe('regular expressions', () => {
  it('finds the patterns of dist/, literal and built', () => {
    expect(found.length).toBeGreaterThan(200);
    expect(found.some((regex) => regex.where.includes('references.js:'))).toBe(true);
  });

  it('has no vulnerable pattern without a reason it is accepted', () => {
    const unaccepted = found
      .filter((regex) => verdicts[regex.key]?.status === 'vulnerable' && !verdicts[regex.key]?.accepted)
      .map((regex) => `${regex.where}: ${regex.key} (${verdicts[regex.key]!.complexity}, attack ${verdicts[regex.key]!.attack})`);
    expect(unaccepted).toEqual([]);
  });

  it('checks new and changed patterns live', async () => {
    const unchecked = found.filter((regex) => verdicts[regex.key] === undefined);
    const vulnerable: string[] = [];
    for (const regex of unchecked) {
      const result = await check(regex.pattern, regex.flags.replace(/[gyd]/g, ''), { timeout: 10_000 });
      if (result.status === 'vulnerable') {
        vulnerable.push(`${regex.where}: ${regex.key} is ${result.complexity.type} (attack: ${result.attack.pattern}); fix it, or accept it in redos-verdicts.json after npm run redos:update`);
      }
    }
    expect(vulnerable).toEqual([]);
  }, 120_000);
});
