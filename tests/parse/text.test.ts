import { describe, expect, it } from 'vitest';
import { alignValue } from '../../src/parse/align.js';
import { buildBrief } from '../../src/parse/index.js';
import { blockWithText, indexIn, sourceOf } from './helpers.js';

const OBJECT = '\uFFFC';

function alignment(value: string, source: string): Array<[number, number]> {
  const pairs: Array<[number, number]> = [];
  alignValue(value, source, 0, source.length, (start, end) => pairs.push([start, end]));
  return pairs;
}

describe('alignValue', () => {
  it('maps a backslash escape to both source characters', () => {
    expect(alignment('-£4', '\\-£4')).toEqual([[0, 2], [2, 3], [3, 4]]);
  });

  it('maps an escaped backslash as one character', () => {
    expect(alignment('\\x', '\\\\x')).toEqual([[0, 2], [2, 3]]);
  });

  it('keeps a backslash before a letter as itself', () => {
    expect(alignment('a\\b', 'a\\b')).toEqual([[0, 1], [1, 2], [2, 3]]);
  });

  it('maps named, decimal and hex references to the whole reference', () => {
    expect(alignment('7\u00A0000', '7&nbsp;000')).toEqual([[0, 1], [1, 7], [7, 8], [8, 9], [9, 10]]);
    expect(alignment('a—', 'a&#8212;')).toEqual([[0, 1], [1, 8]]);
    expect(alignment('€5', '&#x20AC;5')).toEqual([[0, 8], [8, 9]]);
  });

  it('maps both halves of an astral reference to the reference', () => {
    expect(alignment('😀', '&#128512;')).toEqual([[0, 9], [0, 9]]);
  });

  it('leaves unknown references as text', () => {
    expect(alignment('&foo;', '&foo;')).toHaveLength(5);
    expect(alignment('&foo;', '&foo;')[4]).toEqual([4, 5]);
  });

  it('steps over line prefixes and maps CRLF to the line feed', () => {
    expect(alignment('a\nb', 'a \r\n>  b')).toEqual([[0, 1], [2, 4], [7, 8]]);
  });

  it('maps characters it cannot find to the end of the source, in order', () => {
    expect(alignment('ab', 'a')).toEqual([[0, 1], [1, 1]]);
  });
});

describe('block text', () => {
  it('reads escapes and references as the reader sees them, mapped to their source', () => {
    const brief = buildBrief('Savings of \\-£485 m &euro; 12&nbsp;000 \\*\n');
    const block = blockWithText(brief, 'Savings of -£485 m € 12\u00A0000 *');
    const minus = indexIn(block, '-£485');
    expect(sourceOf(brief, block, minus, minus + 5)).toBe('\\-£485');
    const euro = indexIn(block, '€');
    expect(sourceOf(brief, block, euro, euro + 1)).toBe('&euro;');
    const twelve = indexIn(block, '12');
    expect(sourceOf(brief, block, twelve, twelve + 6)).toBe('12&nbsp;000');
    expect(block.sourceOffset(block.text.length)).toBe(brief.source.indexOf('\n'));
  });

  it('keeps link text and drops the address', () => {
    const brief = buildBrief('Spent [4.7 bn](https://example.org/2019/x "t 2020") and [ref 8][r].\n\n[r]: https://example.org/1999\n');
    const block = brief.blocks[0]!;
    expect(block.text).toBe('Spent 4.7 bn and ref 8.');
    expect(brief.blocks).toHaveLength(1);
    expect(sourceOf(brief, block, 6, 12)).toBe('4.7 bn');
  });

  it('replaces bare URLs, inline code, images, inline HTML and footnote references by one object character', () => {
    const brief = buildBrief('See https://x.org/2025 then `x = 42` and ![chart 7](c.png) <b>9</b> note[^1].\n\n[^1]: Footnote 3.\n');
    const block = brief.blocks[0]!;
    expect(block.text).toBe(`See ${OBJECT} then ${OBJECT} and ${OBJECT} ${OBJECT}9${OBJECT} note${OBJECT}.`);
    const code = indexIn(block, `then ${OBJECT}`) + 5;
    expect(sourceOf(brief, block, code, code + 1)).toBe('`x = 42`');
    expect(blockWithText(brief, 'Footnote 3.').kind).toBe('paragraph');
  });

  it('reads bare addresses as GFM does: trailing punctuation and an unopened parenthesis stay prose', () => {
    const brief = buildBrief('Data (see https://x.org/a_(b)/2025). Mail info@eu.int, or www.ec.eu/3; not awww.x 5 or a@b.\n');
    const block = brief.blocks[0]!;
    expect(block.text).toBe(`Data (see ${OBJECT}). Mail ${OBJECT}, or ${OBJECT}; not awww.x 5 or a@b.`);
    const url = block.text.indexOf(OBJECT);
    expect(sourceOf(brief, block, url, url + 1)).toBe('https://x.org/a_(b)/2025');
    const mail = block.text.indexOf(OBJECT, url + 1);
    expect(sourceOf(brief, block, mail, mail + 1)).toBe('info@eu.int');
    expect(brief.figures.map((figure) => figure.text)).toEqual(['5']);
  });

  it('keeps the map exact around an address in a text with escapes and entities', () => {
    const brief = buildBrief('A \\* &amp; https://x.org/1 and 7 %\n');
    const block = brief.blocks[0]!;
    expect(block.text).toBe(`A * & ${OBJECT} and 7 %`);
    expect(sourceOf(brief, block, 2, 5)).toBe('\\* &amp;');
    const seven = block.text.indexOf('7');
    expect(sourceOf(brief, block, seven, seven + 3)).toBe('7 %');
  });

  it('flattens emphasis, strong and strikethrough, and turns a hard break into a line feed', () => {
    const brief = buildBrief('A *b* **c** ~~d~~ e  \nf\\\ng\n');
    expect(brief.blocks[0]!.text).toBe('A b c d e\nf\ng');
  });

  it('does not read code blocks or inline code as prose', () => {
    const brief = buildBrief('Text with `12` here.\n\n```\n3400 units\n```\n\n    5600 units\n');
    expect(brief.blocks.map((block) => block.text)).toEqual([`Text with ${OBJECT} here.`]);
    expect(brief.code.map((range) => brief.source.slice(range.start, range.end))).toEqual(['`12`', '```\n3400 units\n```', '    5600 units']);
    expect(brief.figures.some((figure) => /12|3400|5600/.test(figure.text))).toBe(false);
  });

  it('marks blockquote content as quoted, nested lists included', () => {
    const brief = buildBrief('Plain 1.\n\n> Quoted 2.\n>\n> - item 3\n> > deeper 4\n');
    expect(brief.blocks.map((block) => [block.text, block.quoted])).toEqual([
      ['Plain 1.', false],
      ['Quoted 2.', true],
      ['item 3', true],
      ['deeper 4', true],
    ]);
    expect(brief.lists[0]!.quoted).toBe(true);
    for (const figure of brief.figures) expect(figure.quoted).toBe(figure.block.quoted);
  });

  it('maps soft line breaks in quotes and list items past the line prefixes', () => {
    const brief = buildBrief('> one 11\n>   two 22\n\n- three 33\n    four 44\n');
    const quote = blockWithText(brief, 'one 11\ntwo 22');
    expect(sourceOf(brief, quote, indexIn(quote, '22'), indexIn(quote, '22') + 2)).toBe('22');
    const item = blockWithText(brief, 'three 33\nfour 44');
    expect(sourceOf(brief, item, indexIn(item, '44'), indexIn(item, '44') + 2)).toBe('44');
  });

  it('has every non-object character of every block at a source character that reads as it', () => {
    const brief = buildBrief('# H&amp;M 1\n\n> a\\_b &lt;5\r\n> c\td\n\n| x \\| y | z&#x27; |\n|---|---|\n| `q` | w |\n');
    for (const block of brief.blocks) {
      for (let i = 0; i < block.text.length; i++) {
        const char = block.text[i]!;
        if (char === OBJECT || char === '\n') continue;
        const at = block.sourceOffset(i);
        const written = brief.source.slice(at, at + 12);
        expect(written.startsWith(char) || written.startsWith(`\\${char}`) || written.startsWith('&')).toBe(true);
      }
    }
  });
});
