import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/parse/index.js';
import { commentsIn } from '../../src/parse/walk.js';
import { timed } from '../helpers/timing.js';

describe('HTML comments', () => {
  it('finds inline comments with exact ranges', () => {
    const source = 'Costs rose 5 % <!-- brieflint-disable-line number-format --> today.\n';
    const brief = buildBrief(source);
    expect(brief.comments).toEqual([{ value: ' brieflint-disable-line number-format ', range: { start: 15, end: 60 } }]);
    expect(source.slice(15, 60)).toBe('<!-- brieflint-disable-line number-format -->');
    expect(brief.blocks[0]!.text).toBe('Costs rose 5 % \uFFFC today.');
  });

  it('finds several comments in one HTML block, and block comments on their own', () => {
    const source = '<!-- brieflint-disable a -->\n<!-- brieflint-enable a -->\n\nText\n\n<div>\n<!--\nmulti\nline\n-->\n</div>\n';
    const brief = buildBrief(source);
    expect(brief.comments.map((comment) => comment.value)).toEqual([' brieflint-disable a ', ' brieflint-enable a ', '\nmulti\nline\n']);
    for (const comment of brief.comments) {
      expect(source.slice(comment.range.start, comment.range.end)).toBe(`<!--${comment.value}-->`);
    }
  });

  it('finds comments in blockquotes and list items, in document order', () => {
    const source = '> quoted <!-- one -->\n\n- item\n\n  <!-- two -->\n';
    const brief = buildBrief(source);
    expect(brief.comments.map((comment) => [comment.value, source.slice(comment.range.start, comment.range.end)])).toEqual([
      [' one ', '<!-- one -->'],
      [' two ', '<!-- two -->'],
    ]);
  });

  it('does not take comment-like text in code for a comment', () => {
    const brief = buildBrief('`<!-- no -->`\n\n```\n<!-- nor -->\n```\n');
    expect(brief.comments).toEqual([]);
    expect(brief.code).toHaveLength(2);
  });

  it('counts the empty comments CommonMark knows', () => {
    const brief = buildBrief('a <!--> b <!---> c\n');
    expect(brief.comments.map((comment) => comment.value)).toEqual(['', '']);
  });

  it('records HTML as code ranges rules leave alone', () => {
    const source = 'Text <span>12</span>\n\n<table><tr><td>34</td></tr></table>\n';
    const brief = buildBrief(source);
    expect(brief.code.map((range) => source.slice(range.start, range.end))).toEqual(['<span>', '</span>', '<table><tr><td>34</td></tr></table>']);
  });
});

describe('commentsIn', () => {
  it('reads comments inside the given range only, with offsets into the source', () => {
    const source = '<!-- a -->xx<!-- b --><!-- c -->';
    expect(commentsIn(source, 10, 22)).toEqual([{ value: ' b ', range: { start: 12, end: 22 } }]);
  });

  it('stops at an unclosed comment and stays fast on many of them', () => {
    const source = `<!-- ok -->${'<!-- '.repeat(100_000)}`;
    const { result, ms } = timed(() => commentsIn(source, 0, source.length));
    expect(result).toEqual([{ value: ' ok ', range: { start: 0, end: 11 } }]);
    expect(ms).toBeLessThan(1_000);
  });
});
