import { characterReferenceAt } from '../../src/parse/align.js';
import type { Brief, TextBlock } from '../../src/parse/index.js';

/** What a reader sees of a source slice: backslash escapes and character references decoded. */
export function readSource(slice: string): string {
  let out = '';
  for (let i = 0; i < slice.length; i++) {
    const char = slice[i]!;
    if (char === '\\' && i + 1 < slice.length && /[!-/:-@[-`{-~]/.test(slice[i + 1]!)) {
      out += slice[i + 1];
      i++;
      continue;
    }
    if (char === '&') {
      const reference = characterReferenceAt(slice, i, slice.length);
      if (reference) {
        out += reference.decoded;
        i = reference.end - 1;
        continue;
      }
    }
    out += char;
  }
  return out;
}

export function blockWithText(brief: Brief, text: string): TextBlock {
  const block = brief.blocks.find((candidate) => candidate.text === text);
  if (!block) throw new Error(`no block reads ${JSON.stringify(text)}; blocks: ${JSON.stringify(brief.blocks.map((b) => b.text))}`);
  return block;
}

/** The source of text[start, end) of a block: first character's start to last character's end. */
export function sourceOf(brief: Brief, block: TextBlock, start: number, end: number): string {
  const range = block.sourceRange!(start, end);
  return brief.source.slice(range.start, range.end);
}

/** The offset of `needle` in the block's text, failing loudly when absent. */
export function indexIn(block: TextBlock, needle: string): number {
  const index = block.text.indexOf(needle);
  if (index < 0) throw new Error(`${JSON.stringify(needle)} not in ${JSON.stringify(block.text)}`);
  return index;
}
