import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/parse/index.js';

const DOCUMENT = ['Preamble 1.', '', '# Budget 2025', '', 'Intro.', '', '## Costs', '', 'Staff 10.', '', '### Detail', '', 'x', '', '## Income', '', 'Tax 20.', '', 'Setext', '======', '', 'After.', ''].join('\n');

describe('sections and heading paths', () => {
  const brief = buildBrief(DOCUMENT, { locale: 'en' });
  const sectionText = (index: number): string => brief.source.slice(brief.sections[index]!.range.start, brief.sections[index]!.range.end);

  it('has a section per heading plus the part before the first heading', () => {
    expect(brief.sections.map((section) => section.heading && [section.heading.depth, section.heading.text])).toEqual([
      undefined,
      [1, 'Budget 2025'],
      [2, 'Costs'],
      [3, 'Detail'],
      [2, 'Income'],
      [1, 'Setext'],
    ]);
  });

  it('runs each section until the next heading of the same or a higher level', () => {
    expect(sectionText(0)).toBe('Preamble 1.\n\n');
    expect(sectionText(1).startsWith('# Budget 2025')).toBe(true);
    expect(sectionText(1).endsWith('Tax 20.\n\n')).toBe(true);
    expect(sectionText(2)).toBe('## Costs\n\nStaff 10.\n\n### Detail\n\nx\n\n');
    expect(sectionText(3)).toBe('### Detail\n\nx\n\n');
    expect(sectionText(5)).toBe('Setext\n======\n\nAfter.\n');
  });

  it('gives the heading its exact range', () => {
    const heading = brief.sections[2]!.heading!;
    expect(brief.source.slice(heading.range.start, heading.range.end)).toBe('## Costs');
  });

  it('gives every block the texts of the headings above it, outermost first', () => {
    const pathOf = (text: string): string[] | undefined => brief.blocks.find((block) => block.text === text)?.headingPath;
    expect(pathOf('Preamble 1.')).toEqual([]);
    expect(pathOf('Budget 2025')).toEqual([]);
    expect(pathOf('Costs')).toEqual(['Budget 2025']);
    expect(pathOf('Staff 10.')).toEqual(['Budget 2025', 'Costs']);
    expect(pathOf('x')).toEqual(['Budget 2025', 'Costs', 'Detail']);
    expect(pathOf('Tax 20.')).toEqual(['Budget 2025', 'Income']);
    expect(pathOf('After.')).toEqual(['Setext']);
  });

  it('reads heading figures with context "heading"', () => {
    const figure = brief.figures.find((candidate) => candidate.block.kind === 'heading');
    expect(figure?.context).toBe('heading');
    expect(figure?.block.text).toBe('Budget 2025');
  });

  it('makes the whole document one section when it has no headings', () => {
    const plain = buildBrief('Just text.\n');
    expect(plain.sections).toEqual([{ range: { start: 0, end: 11 } }]);
  });

  it('starts the first section after JSON front matter', () => {
    const withJson = buildBrief('{"a": 1}\n\nText\n');
    expect(withJson.sections).toEqual([{ range: { start: 8, end: 15 } }]);
  });
});
