import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/parse/index.js';

describe('front matter', () => {
  it('parses YAML and keeps its range, fences included', () => {
    const source = '---\ntitle: Budget\nyear: 2025\n---\n\n# Budget\n';
    const brief = buildBrief(source);
    expect(brief.frontmatter).toEqual({
      format: 'yaml',
      raw: 'title: Budget\nyear: 2025',
      range: { start: 0, end: 32 },
      data: { title: 'Budget', year: 2025 },
      fields: [
        { name: 'title', key: { start: 4, end: 9 }, value: { start: 11, end: 17 } },
        { name: 'year', key: { start: 18, end: 22 }, value: { start: 24, end: 28 } },
      ],
    });
    expect(source.slice(0, 32)).toBe('---\ntitle: Budget\nyear: 2025\n---');
    expect(brief.figures.some((figure) => figure.text === '2025')).toBe(false);
  });

  it('reports broken YAML on its line without throwing', () => {
    const source = '---\ntitle: ok\nlist: [1, 2\nnext: value\n---\nText\n';
    const brief = buildBrief(source);
    const error = brief.frontmatter?.error;
    expect(error).toBeDefined();
    expect(error!.message).not.toMatch(/line \d/);
    expect(error!.message.length).toBeGreaterThan(5);
    expect(brief.pointAt(error!.range.start).line).toBe(4);
    expect(source.slice(error!.range.start, error!.range.end)).toBe('next: value');
    expect(brief.frontmatter!.data).toBeUndefined();
  });

  it('lets the last of two equal keys win, as static site generators do', () => {
    const brief = buildBrief('---\ncover: a.jpg\ntitle: x\ncover: b.jpg\n---\n');
    expect(brief.frontmatter?.error).toBeUndefined();
    expect(brief.frontmatter?.data).toEqual({ cover: 'b.jpg', title: 'x' });
  });

  it('maps YAML error lines through CRLF and a BOM', () => {
    const brief = buildBrief('\uFEFF---\r\na: 1\r\nb: [\r\n---\r\nText\r\n');
    expect(brief.frontmatter?.error).toBeDefined();
    const { start, end } = brief.frontmatter!.error!.range;
    expect(brief.source.slice(start, end)).not.toContain('\r');
    expect(brief.pointAt(start).line).toBeGreaterThanOrEqual(3);
  });

  it('tolerates TOML, kept raw and unparsed', () => {
    const brief = buildBrief('+++\ntitle = "x"\n+++\n\nBody 5\n');
    expect(brief.frontmatter).toEqual({ format: 'toml', raw: 'title = "x"', range: { start: 0, end: 19 } });
    expect(brief.blocks.map((block) => block.text)).toEqual(['Body 5']);
  });

  it('reads a Hugo JSON object at the start and keeps it out of the prose', () => {
    const source = '{\n  "title": "Daten {2024}",\n  "lang": "de-DE"\n}\n\nDer Text 1.500 Euro.\n';
    const brief = buildBrief(source);
    expect(brief.frontmatter).toMatchObject({ format: 'json', data: { title: 'Daten {2024}', lang: 'de-DE' }, range: { start: 0, end: 48 } });
    expect(source.slice(0, 48).endsWith('}')).toBe(true);
    expect(brief.blocks.map((block) => block.text)).toEqual(['Der Text 1.500 Euro.']);
    expect(brief.blocks[0]!.range.start).toBe(source.indexOf('Der'));
    expect(brief.locale).toBe('de');
    expect(brief.localeSource).toBe('frontmatter');
  });

  it('reports broken JSON on the line of the error', () => {
    const source = '{\n  "title": "x",\n  "year" 2025\n}\n\nText\n';
    const brief = buildBrief(source);
    expect(brief.frontmatter?.format).toBe('json');
    expect(brief.frontmatter?.error).toBeDefined();
    const { start, end } = brief.frontmatter!.error!.range;
    expect(source.slice(start, end)).toBe('  "year" 2025');
    expect(brief.blocks.map((block) => block.text)).toEqual(['Text']);
  });

  it('does not take prose that merely starts with a brace for front matter', () => {
    const brief = buildBrief('{braces} and 5 units\n');
    expect(brief.frontmatter).toBeUndefined();
    expect(brief.blocks.map((block) => block.text)).toEqual(['{braces} and 5 units']);
  });

  it('handles a file that is only front matter', () => {
    const brief = buildBrief('---\na: 1\n---\n');
    expect(brief.frontmatter?.data).toEqual({ a: 1 });
    expect(brief.blocks).toEqual([]);
    expect(brief.sections).toEqual([]);
  });

  it('places each top-level field: key, value as written, list items', () => {
    const source = '---\ntitle: "Budget"\ntags:\n  - a\n  - b\nsummary:\ntitle: Final\n---\n';
    const fields = buildBrief(source).frontmatter!.fields!;
    const text = (range: { start: number; end: number } | undefined) => (range ? source.slice(range.start, range.end) : undefined);
    expect(fields.map((field) => [field.name, text(field.key), text(field.value), field.items?.map(text)])).toEqual([
      ['tags', 'tags', '- a\n  - b', ['a', 'b']],
      ['summary', 'summary', undefined, undefined],
      ['title', 'title', 'Final', undefined],
    ]);
  });

  it('places the fields of a JSON object', () => {
    const source = '{\n  "title": "x",\n  "impact": 7\n}\n\nText\n';
    const field = buildBrief(source).frontmatter!.fields!.find((candidate) => candidate.name === 'impact')!;
    expect(source.slice(field.value!.start, field.value!.end)).toBe('7');
  });

  it('reads a quoted value whose later lines start at the margin, as Jekyll does (18F posts)', () => {
    const source = '---\ntitle: "Records: at your\nfingertips"\ndate: 2015-07-15\n---\n\nText\n';
    const frontmatter = buildBrief(source).frontmatter!;
    expect(frontmatter.error).toBeUndefined();
    expect(frontmatter.data).toEqual({ title: 'Records: at your fingertips', date: '2015-07-15' });
    const date = frontmatter.fields!.find((field) => field.name === 'date')!;
    expect(source.slice(date.value!.start, date.value!.end)).toBe('2015-07-15');
  });

  it('keeps the strict error when indenting the margin lines does not help', () => {
    const source = '---\ntitle: "Records: at your\nfingertips"\nlist: [1, 2\n---\n';
    expect(buildBrief(source).frontmatter!.error).toBeDefined();
  });
});
