import { describe, expect, it } from 'vitest';
import { buildBrief } from '../../src/parse/index.js';

const DUTCH = 'De overheid geeft in 2025 ongeveer € 1.500 miljoen uit aan de zorg. Dat is 12,5 procent meer dan vorig jaar en het tekort van het kabinet stijgt.';

describe('locale', () => {
  it('lets the document\'s own frontmatter win over the configured locale', () => {
    const brief = buildBrief('---\nlang: de\n---\nText\n', { locale: 'fr' });
    expect([brief.locale, brief.localeSetting, brief.localeSource]).toEqual(['de', 'fr', 'frontmatter']);
  });

  it('takes the configured locale when the document declares none', () => {
    const brief = buildBrief('Het kost € 1,5 miljoen.\n', { locale: 'fr' });
    expect([brief.locale, brief.localeSource]).toEqual(['fr', 'option']);
  });

  it('reads lang, locale or language from the front matter, region and case ignored', () => {
    for (const [key, value, expected] of [
      ['lang', 'nl', 'nl'],
      ['locale', 'nl-BE', 'nl'],
      ['language', 'de_DE', 'de'],
      ['Lang', 'FR', 'fr'],
    ] as const) {
      const brief = buildBrief(`---\n${key}: ${value}\n---\nText\n`);
      expect([brief.locale, brief.localeSetting, brief.localeSource]).toEqual([expected, 'auto', 'frontmatter']);
    }
  });

  it('ignores a language it does not know and votes instead', () => {
    const brief = buildBrief(`---\nlang: es\n---\n${DUTCH}\n`);
    expect(brief.localeSource === 'vote' || brief.localeSource === 'default').toBe(true);
  });

  it('falls back to English when there is nothing to vote on', () => {
    const brief = buildBrief('# \n');
    expect([brief.locale, brief.localeSource]).toEqual(['en', 'default']);
  });

  it('reads figures with the locale it chose', () => {
    const brief = buildBrief('Het kost 1.500 euro.\n', { locale: 'nl' });
    expect(brief.locale).toBe('nl');
    expect(brief.figures.length).toBeGreaterThan(0);
    expect(brief.figures.every((figure) => figure.block === brief.blocks[0])).toBe(true);
  });

  it('keeps the file path it was given', () => {
    expect(buildBrief('x', { filePath: 'briefs/a.md' }).filePath).toBe('briefs/a.md');
    expect('filePath' in buildBrief('x')).toBe(false);
  });
});
