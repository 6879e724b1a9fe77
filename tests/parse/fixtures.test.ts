import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/parse/index.js';
import { readSource } from './helpers.js';

const FIXTURES = join(import.meta.dirname, '../../fixtures');

function markdownFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return markdownFiles(path);
    return entry.name.endsWith('.md') && !/^(PROVENANCE|README)/.test(entry.name) ? [path] : [];
  });
}

/** A text character and the source it was read from agree: itself, escaped, a reference to it, or CRLF for a line feed. */
function readsAs(written: string, char: string): boolean {
  if (char === '\n') return /^(\r?\n|\r|\\\n|[ \t]*\r?\n)$/.test(written) || written.endsWith('\n');
  return readSource(written) === char || readSource(written).includes(char);
}

describe('real documents', () => {
  const files = markdownFiles(FIXTURES);

  it('has fixtures to read', () => {
    expect(files.length).toBeGreaterThan(3);
  });

  for (const file of files) {
    it(`maps every character and figure of ${file.slice(FIXTURES.length + 1)} to its source`, () => {
      const brief = buildBrief(readFileSync(file, 'utf8'));
      let checked = 0;
      for (const block of brief.blocks) {
        for (let i = 0; i < block.text.length; i++) {
          if (block.text[i] === '\uFFFC') continue;
          const { start, end } = block.sourceRange!(i, i + 1);
          expect(readsAs(brief.source.slice(start, end), block.text[i]!), `${JSON.stringify(block.text.slice(i - 10, i + 10))} at ${i}`).toBe(true);
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(100);
      for (const figure of brief.figures) {
        const first = figure.block.sourceRange!(figure.start, figure.start + 1);
        const last = figure.block.sourceRange!(figure.end - 1, figure.end);
        expect(figure.range).toEqual({ start: first.start, end: last.end });
        expect(figure.block.text.slice(figure.start, figure.end)).toBe(figure.text);
      }
    });
  }
});
