import { describe, expect, it } from 'vitest';
import { sameUnit, unitLemma } from '../../src/quantity/nouns.js';

describe('unitLemma', () => {
  it.each([
    ['chips', 'en', 'chip'],
    ['GPUs', 'en', 'gpu'],
    ['factories', 'en', 'factory'],
    ['businesses', 'en', 'business'],
    ['people', 'en', 'people'],
    ['AI chips', 'en', 'ai chip'],
    ['woningen', 'nl', 'woning'],
    ['bedrijven', 'nl', 'bedrijv'],
    ['Wohnungen', 'de', 'wohnung'],
    ['Chips', 'de', 'chip'],
    ['Beschleunigern', 'de', 'beschleuniger'],
    ['emplois', 'fr', 'emploi'],
    ['hôpitaux', 'fr', 'hôpital'],
  ] as const)('%s (%s) → %s', (noun, locale, lemma) => {
    expect(unitLemma(noun, locale)).toBe(lemma);
  });
});

describe('sameUnit', () => {
  it('matches singular and plural, synonyms, and a narrower form', () => {
    expect(sameUnit('chip', 'chips')).toBe(true);
    expect(sameUnit('chips', 'accelerators')).toBe(true);
    expect(sameUnit('GPUs', 'AI chips')).toBe(true);
    expect(sameUnit('AI chips', 'chips')).toBe(true);
    expect(sameUnit('jobs', 'positions')).toBe(true);
    expect(sameUnit('KI-Chips', 'Beschleuniger', 'de')).toBe(true);
    expect(sameUnit('chips', 'AI-versnellers', 'nl')).toBe(true);
    expect(sameUnit('puces', 'accélérateurs', 'fr')).toBe(true);
  });
  it('keeps different things apart', () => {
    expect(sameUnit('gigafactories', 'factories')).toBe(false);
    expect(sameUnit('chips', 'factories')).toBe(false);
    expect(sameUnit('jobs', 'homes')).toBe(false);
  });
  it('takes a project synonym list', () => {
    expect(sameUnit('beds', 'places')).toBe(false);
    expect(sameUnit('beds', 'places', 'en', [['bed', 'place']])).toBe(true);
  });
});
