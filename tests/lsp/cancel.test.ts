/**
 * A newer change stops an older lint: the worker's DocumentLinter asks between the lint's steps
 * whether its document has changed since (server.ts counts the changes in shared memory), and a
 * stopped lint leaves nothing behind that would make the next lint differ from a fresh one.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { LintCancelled } from '../../src/engine/lint.js';
import { DocumentLinter } from '../../src/lsp/linting.js';

const root = mkdtempSync(path.join(tmpdir(), 'brieflint-lsp-cancel-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const BRIEF = readFileSync(path.resolve(import.meta.dirname, '../../fixtures/investai-brief.planted.md'), 'utf8');

function documentFor(text: string, version: number) {
  const filePath = path.join(root, 'brief.md');
  return { uri: pathToFileURL(filePath).href, version, text, filePath };
}

describe('cancelling a lint', () => {
  it('stops before the first step when the document has already changed', async () => {
    await expect(new DocumentLinter(root).lint(documentFor(BRIEF, 1), () => true)).rejects.toBeInstanceOf(LintCancelled);
  });

  it('stops between rules, and the next lint reports what a fresh lint reports', async () => {
    const linter = new DocumentLinter(root);
    let asked = 0;
    // Changed while the third rule was running.
    await expect(linter.lint(documentFor(BRIEF, 1), () => ++asked > 3)).rejects.toBeInstanceOf(LintCancelled);
    expect(asked).toBe(4);
    const edited = BRIEF.replace('€', '€ 1');
    const next = await linter.lint(documentFor(edited, 2), () => false);
    const fresh = await new DocumentLinter(root).lint(documentFor(edited, 2));
    expect(next.length).toBeGreaterThan(0);
    expect(next).toEqual(fresh);
  });
});
