import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/parse/index.js';

describe('lists', () => {
  it('reads ordered and unordered lists with each item as one block', () => {
    const brief = buildBrief('- one 1\n- two 2\n\n1. first\n2. second\n');
    expect(brief.lists.map((list) => list.ordered)).toEqual([false, true]);
    expect(brief.lists.map((list) => list.items.map((item) => item.block.text))).toEqual([
      ['one 1', 'two 2'],
      ['first', 'second'],
    ]);
    expect(brief.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['listItem', 'one 1'],
      ['listItem', 'two 2'],
      ['listItem', 'first'],
      ['listItem', 'second'],
    ]);
    const digitFigures = brief.figures.filter((figure) => /\d/.test(figure.text));
    expect(digitFigures.map((figure) => [figure.text, figure.context])).toEqual([
      ['1', 'listItem'],
      ['2', 'listItem'],
    ]);
  });

  it('makes only the first paragraph of a loose item its block, the rest paragraphs', () => {
    const brief = buildBrief('- lead para\n\n  second para\n\n  - nested\n- next\n');
    const [outer, nested] = brief.lists;
    expect(outer!.items.map((item) => item.block.text)).toEqual(['lead para', 'next']);
    expect(nested!.items[0]!.block.text).toBe('nested');
    expect(brief.blocks.map((block) => [block.kind, block.text])).toEqual([
      ['listItem', 'lead para'],
      ['paragraph', 'second para'],
      ['listItem', 'nested'],
      ['listItem', 'next'],
    ]);
  });

  it('gives item and list ranges, and the block the range of its paragraph', () => {
    const source = 'Intro\n\n* alpha 10\n  beta\n* [ ] task 20\n';
    const brief = buildBrief(source);
    const [list] = brief.lists;
    expect(source.slice(list!.range.start, list!.range.end)).toBe('* alpha 10\n  beta\n* [ ] task 20');
    expect(list!.items.map((item) => source.slice(item.range.start, item.range.end))).toEqual(['* alpha 10\n  beta', '* [ ] task 20']);
    expect(list!.items.map((item) => source.slice(item.block.range.start, item.block.range.end))).toEqual(['alpha 10\n  beta', 'task 20']);
  });

  it('gives an item without a paragraph an empty block that is not in brief.blocks', () => {
    const brief = buildBrief('-\n- ```\n  code 5\n  ```\n');
    expect(brief.lists[0]!.items.map((item) => item.block.text)).toEqual(['', '']);
    expect(brief.blocks).toHaveLength(0);
    expect(brief.code).toHaveLength(1);
  });
});
