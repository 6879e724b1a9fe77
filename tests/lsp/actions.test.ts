/**
 * The language server's quick fixes and hovers, computed by the worker's DocumentLinter (the same code
 * the server runs in its worker thread): every "disable" action, applied, must silence exactly its
 * message (as the engine's directive reading decides), every fix and suggestion must change only
 * the figure, and a hover must say how the figure was read. tests/lsp/neovim.test.ts drives the
 * whole server through a real editor.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import type { TextEdit } from 'vscode-languageserver';
import { lintText } from '../../src/engine/lint.js';
import { DocumentLinter } from '../../src/lsp/linting.js';

const root = mkdtempSync(path.join(tmpdir(), 'brieflint-lsp-actions-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

function documentFor(name: string, text: string, version = 1) {
  const filePath = path.join(root, name);
  return { uri: pathToFileURL(filePath).href, version, text, filePath };
}

/** Applies LSP edits (UTF-16 positions, 0-based) to a text. */
function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineStarts = [0];
  for (let index = 0; index < text.length; index++) if (text[index] === '\n') lineStarts.push(index + 1);
  const offset = (position: { line: number; character: number }) => lineStarts[position.line]! + position.character;
  const sorted = [...edits].sort((a, b) => offset(b.range.start) - offset(a.range.start));
  return sorted.reduce((current, edit) => current.slice(0, offset(edit.range.start)) + edit.newText + current.slice(offset(edit.range.end)), text);
}

const BRIEF = [
  '---',
  'title: Budget',
  '---',
  '# Budget',
  '',
  'The fund has 25% of € 20 bn, and 30 % of 40 %, plus 12 % and 13 %. The budget is 100,00000 euro.  ',
  'Next line.',
  '',
  '| Item | Amount |',
  '|---|---|',
  '| A | 50 |',
  '| B | 150 |',
  '| Total | 250 |',
  '',
].join('\n');

describe('quick fixes', () => {
  const linter = new DocumentLinter(root);

  it('offers the fix, each reading, and disabling for the line and for the file', async () => {
    const diagnostics = await linter.lint(documentFor('brief.md', BRIEF));
    const byRule = new Map(diagnostics.map((entry) => [entry.diagnostic.code, entry]));
    expect([...byRule.keys()].sort()).toEqual(['number-format', 'number-style', 'table-total']);
    expect(byRule.get('number-format')!.actions.map((action) => action.title)).toEqual([
      'Write 100,000 euro',
      'Write 10,000,000 euro',
      'Disable number-format for this line',
      'Disable number-format for this file',
    ]);
    expect(byRule.get('number-style')!.actions[0]).toMatchObject({ kind: 'fix', title: 'Change "25%" to "25 %"' });
    const total = byRule.get('table-total')!.diagnostic;
    expect(total.codeDescription?.href).toMatch(/docs\/rules\/table-total\.md$/);
    expect(total.relatedInformation?.map((related) => related.location.range.start)).toEqual([
      { line: 10, character: 6 },
      { line: 11, character: 6 },
    ]);
  });

  it('every disable action silences its own message and nothing else, and keeps the hard break and the table', async () => {
    const diagnostics = await linter.lint(documentFor('brief.md', BRIEF));
    const before = lintText(BRIEF, { filePath: path.join(root, 'brief.md') });
    for (const entry of diagnostics) {
      for (const action of entry.actions.filter((candidate) => candidate.kind.startsWith('disable'))) {
        const edited = applyEdits(BRIEF, action.edits);
        const after = lintText(edited, { filePath: path.join(root, 'brief.md') });
        const rules = (messages: ReadonlyArray<{ ruleId: string | null }>) => messages.map((message) => message.ruleId).sort();
        expect(rules(after.messages), action.title).toEqual(rules(before.messages).filter((id) => id !== entry.diagnostic.code));
        expect(after.suppressedMessages.map((message) => message.ruleId)).toContain(entry.diagnostic.code);
        // The front matter stays first, the paragraph keeps its hard break, the table its rows.
        expect(edited.startsWith('---\ntitle: Budget\n---\n')).toBe(true);
        expect(edited).toMatch(/euro\.( <!--[^\n]*-->)?  \nNext line\./);
      }
    }
  });

  it('joins a rule to a disable-line comment already on the line instead of adding a second', async () => {
    const text = 'The budget is 100,00000 euro and 25% of 30 %, 40 %, 50 %. <!-- brieflint-disable-line number-style -->\n';
    const [entry] = await linter.lint(documentFor('joined.md', text));
    const action = entry!.actions.find((candidate) => candidate.kind === 'disable-line')!;
    expect(applyEdits(text, action.edits)).toBe(
      'The budget is 100,00000 euro and 25% of 30 %, 40 %, 50 %. <!-- brieflint-disable-line number-style, number-format -->\n',
    );
  });

  it('fixes and suggestions change only the figure', async () => {
    const diagnostics = await linter.lint(documentFor('brief.md', BRIEF));
    for (const entry of diagnostics) {
      for (const action of entry.actions.filter((candidate) => candidate.kind === 'fix' || candidate.kind === 'suggestion')) {
        const edited = applyEdits(BRIEF, action.edits);
        const [edit] = action.edits;
        expect(action.edits).toHaveLength(1);
        const lines = BRIEF.split('\n');
        const editedLines = edited.split('\n');
        expect(editedLines.filter((_, index) => index !== edit!.range.start.line)).toEqual(lines.filter((_, index) => index !== edit!.range.start.line));
      }
    }
  });

  it('places positions after a BOM on the first line', async () => {
    const text = '\uFEFFThe budget is 100,00000 euro.\n';
    const [entry] = await linter.lint(documentFor('bom.md', text));
    expect(entry!.diagnostic.range.start).toEqual({ line: 0, character: 15 });
    const suggestion = entry!.actions.find((action) => action.kind === 'suggestion')!;
    expect(applyEdits(text, suggestion.edits)).toBe('\uFEFFThe budget is 100,000 euro.\n');
    const disableFile = entry!.actions.find((action) => action.kind === 'disable-file')!;
    expect(applyEdits(text, disableFile.edits).startsWith('\uFEFF<!-- brieflint-disable-file number-format -->\n')).toBe(true);
  });
});

describe('hover', () => {
  const linter = new DocumentLinter(root);
  const text = 'Roughly € 2.5 bn went to 400 000 chips, up to 12.5 % of the fund.\n';
  const hover = async (character: number) => {
    const found = await linter.hover(documentFor('hover.md', text), 0, character);
    return found && typeof found.contents === 'object' && 'value' in found.contents ? found.contents.value : undefined;
  };

  it('tells value, currency, precision and approximation of money', async () => {
    const markdown = await hover(text.indexOf('2.5'));
    expect(markdown).toContain('brieflint reads `€ 2.5 bn` as money');
    expect(markdown).toContain('value 2,500,000,000, currency EUR');
    expect(markdown).toContain('written to the nearest 100,000,000');
    expect(markdown).toContain('approximate');
  });

  it('tells a count is exact and a bound is open on one side', async () => {
    expect(await hover(text.indexOf('400'))).toContain('exact (a whole number as written)');
    const bound = await hover(text.indexOf('12.5'));
    expect(bound).toContain('unit % (per cent)');
    expect(bound).toContain('an upper bound');
    expect(bound).toContain('no lower limit');
  });

  it('has nothing to say between figures', async () => {
    expect(await hover(text.indexOf('went'))).toBeUndefined();
  });
});

describe('config', () => {
  it('a broken config is one diagnostic, and a repaired one is read again after configChanged', async () => {
    const folder = mkdtempSync(path.join(root, 'config-'));
    writeFileSync(path.join(folder, '.git'), 'gitdir: elsewhere\n');
    writeFileSync(path.join(folder, '.brieflintrc.json'), '{ "rules": { "number-formt": "error" } }');
    const linter = new DocumentLinter(folder);
    const document = { ...documentFor('x.md', 'The budget is 100,00000 euro.\n'), filePath: path.join(folder, 'x.md') };
    const broken = await linter.lint(document);
    expect(broken).toHaveLength(1);
    expect(broken[0]!.diagnostic).toMatchObject({ code: 'config', severity: 1 });
    expect(broken[0]!.diagnostic.message).toContain('number-formt');
    writeFileSync(path.join(folder, '.brieflintrc.json'), '{ "rules": { "number-format": "warn" } }');
    linter.configChanged();
    const repaired = await linter.lint(document);
    expect(repaired.map((entry) => [entry.diagnostic.code, entry.diagnostic.severity])).toEqual([['number-format', 2]]);
  });
});
