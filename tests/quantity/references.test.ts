import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanDates } from '../../src/quantity/dates.js';
import { scanReferences } from '../../src/quantity/references.js';
import type { Locale } from '../../src/quantity/types.js';
import { cpuMs } from '../helpers/timing.js';

/** What a reader sees: [covered text, kind] for each span. */
function spans(text: string, locale: Locale = 'en'): Array<[string, string]> {
  return scanReferences(text, locale).map((span) => [text.slice(span.start, span.end), span.kind]);
}

/** True when no reference touches `figure` inside `text`. */
function leavesAlone(text: string, figure: string, locale: Locale = 'en'): boolean {
  const start = text.indexOf(figure);
  const end = start + figure.length;
  return scanReferences(text, locale).every((span) => span.end <= start || span.start >= end);
}

describe('scanReferences: legal and document references', () => {
  it.each<[string, string, string]>([
    ['Funding comes from Regulation (EU) 2021/694 on Digital Europe.', 'Regulation (EU) 2021/694', 'legal'],
    ['It transposes Directive 2019/1024 on open data.', 'Directive 2019/1024', 'legal'],
    ['The AI Act (Regulation 2024/1689) applies from 2 August 2026.', 'Regulation 2024/1689', 'legal'],
    ['See Directive (EU) 2019/1937 on whistleblowers.', 'Directive (EU) 2019/1937', 'legal'],
    ['under Regulation (EC) No 1049/2001,', 'Regulation (EC) No 1049/2001', 'legal'],
    ['Directive 95/46/EC was repealed.', 'Directive 95/46/EC', 'legal'],
    ['Verordnung (EU) 2016/679 gilt.', 'Verordnung (EU) 2016/679', 'legal'],
    ['The communication COM(2025) 165 final sets out', 'COM(2025) 165 final', 'legal'],
    ['as the staff working document SWD(2025) 12 shows', 'SWD(2025) 12', 'legal'],
    ['In Case C-311/18 the Court held', 'C-311/18', 'legal'],
    ['CELEX 32016R0679 is the GDPR.', '32016R0679', 'legal'],
    ['Wet BWBR0005537 geldt.', 'BWBR0005537', 'legal'],
    ['OJ L 166, 11.5.2021, p. 1.', 'OJ L 166', 'oj'],
    ['ABl. L 119 vom 4.5.2016', 'ABl. L 119', 'oj'],
    ['European Commission, press release IP/25/467, 11 February 2025.', 'IP/25/467', 'legal'],
    ['Kamerstukken II 2020/21, 35 570, nr. 3 bevat het advies.', 'Kamerstukken II 2020/21, 35 570, nr. 3', 'legal'],
    ['Stb. 2020, 123 regelt dit.', 'Stb. 2020, 123', 'legal'],
  ])('finds the reference in "%s"', (text, expected, kind) => {
    expect(spans(text)).toContainEqual([expected, kind]);
  });

  it('splits an Official Journal citation around its date, which scanDates reads', () => {
    const text = 'OJ L 166, 11.5.2021, p. 1.';
    expect(spans(text)).toEqual([
      ['OJ L 166', 'oj'],
      ['p. 1', 'page'],
    ]);
    expect(scanDates(text, 'en').map((quantity) => quantity.text)).toEqual(['11.5.2021']);
  });
});

describe('scanReferences: articles, sections and labels', () => {
  it.each<[string, string, string, Locale]>([
    ['Under Article 4(2) the Member States report.', 'Article 4(2)', 'article', 'en'],
    ['Article 4(2)(a) applies.', 'Article 4(2)(a)', 'article', 'en'],
    ['Nach Art. 5 Abs. 1 DSGVO gilt', 'Art. 5 Abs. 1', 'article', 'de'],
    ['Under Art. 5(1) GDPR', 'Art. 5(1)', 'article', 'en'],
    ['Op grond van art. 3 lid 2 Awb', 'art. 3 lid 2', 'article', 'nl'],
    ['gemäß § 5 Abs. 1 Satz 2 BDSG', '§ 5 Abs. 1 Satz 2', 'article', 'de'],
    ['Op grond van artikel 3, lid 2 van de wet', 'artikel 3, lid 2', 'article', 'nl'],
    ['Articles 4, 5 and 6 apply.', 'Articles 4, 5 and 6', 'article', 'en'],
    ['Recital 12 explains why.', 'Recital 12', 'article', 'en'],
    ['As Section 4.2 shows,', 'Section 4.2', 'section', 'en'],
    ['see chapter 3 for the method', 'chapter 3', 'section', 'en'],
    ['Table 2 lists the envelopes.', 'Table 2', 'section', 'en'],
    ['Figure 3.1 plots the trend.', 'Figure 3.1', 'section', 'en'],
    ['Annex 3 gives the list.', 'Annex 3', 'section', 'en'],
    ['Zie hoofdstuk 5.', 'hoofdstuk 5', 'section', 'nl'],
    ['Phase 2 starts later.', 'Phase 2', 'label', 'en'],
    ['Tier 1 capital', 'Tier 1', 'label', 'en'],
    ['Decision No. 5 of the board', 'No. 5', 'label', 'en'],
    ['besluit nr. 12 van de raad', 'nr. 12', 'label', 'nl'],
    ['la décision n° 3 du conseil', 'n° 3', 'label', 'fr'],
  ])('finds "%s" → %s', (text, expected, kind, locale) => {
    expect(spans(text, locale)).toContainEqual([expected, kind]);
  });

  it('reads a bare dotted section number, but not grouped thousands or decimals', () => {
    expect(spans('Heading 3.1.2 covers costs.')).toEqual([['3.1.2', 'section']]);
    expect(spans('Es kostet 1.000.000 Euro.', 'de')).toEqual([]);
    expect(spans('Growth was 1.5 points.')).toEqual([]);
  });

  it('stops a singular article at its number: "Article 4, 5 million people" keeps the amount', () => {
    const text = 'Under Article 4, 5 million people qualify.';
    expect(spans(text)).toEqual([['Article 4', 'article']]);
    expect(leavesAlone(text, '5 million')).toBe(true);
  });

  it('does not take a keyword number that is an amount', () => {
    expect(spans('the table 2 metres long')).toEqual([]);
    expect(spans('we bought spare parts 300 000 units')).toEqual([]);
    expect(spans('Phase 2 billion')).toEqual([]);
    expect(spans('It is the state of the art. 5 projects follow.')).toEqual([]);
    expect(spans('No 5 projects were approved.')).toEqual([]);
    expect(spans('Nr. 5 Mio. Euro', 'de')).toEqual([]);
  });
});

describe('scanReferences: identifiers, versions and addresses', () => {
  it.each<[string, string, string, Locale]>([
    ['Upgrade to v1.2.300 now.', 'v1.2.300', 'version', 'en'],
    ['version 2.0 of the template', 'version 2.0', 'version', 'en'],
    ['The server at 192.168.1.1 answered.', '192.168.1.1', 'ip', 'en'],
    ['Call +32 2 299 11 11 for help.', '+32 2 299 11 11', 'phone', 'en'],
    ['Call +1 (202) 555-0100.', '+1 (202) 555-0100', 'phone', 'en'],
    ['Bel +32 (0)2 299 11 11.', '+32 (0)2 299 11 11', 'phone', 'nl'],
    ['Tel. 030 1234567', '030 1234567', 'phone', 'de'],
    ['ISBN 978-92-76-12345-6 (PDF)', 'ISBN 978-92-76-12345-6', 'isbn', 'en'],
    ['ISSN 1977-0677', 'ISSN 1977-0677', 'issn', 'en'],
    ['Pay to BE71 0961 2345 6769 today.', 'BE71 0961 2345 6769', 'iban', 'en'],
    ['Pay to NL91ABNA0417164300 today.', 'NL91ABNA0417164300', 'iban', 'en'],
    ['EIP-1559 changed fees.', 'EIP-1559', 'identifier', 'en'],
    ['an ERC-20 token', 'ERC-20', 'identifier', 'en'],
    ['after COVID-19 hit', 'COVID-19', 'identifier', 'en'],
    ['SARS-CoV-2 spread', 'SARS-CoV-2', 'identifier', 'en'],
    ['CVE-2024-3094 was found', 'CVE-2024-3094', 'identifier', 'en'],
    ['under H2020 and', 'H2020', 'identifier', 'en'],
    ['CO2 emissions fell', 'CO2', 'identifier', 'en'],
    ['5G networks', '5G', 'identifier', 'en'],
    ['ISO 8601 dates', 'ISO 8601', 'standard', 'en'],
    ['ISO/IEC 27001:2022 certified', 'ISO/IEC 27001:2022', 'standard', 'en'],
    ['EN 301 549 accessibility', 'EN 301 549', 'standard', 'en'],
    ['the value 0x1f2a in memory', '0x1f2a', 'hash', 'en'],
    ['commit 3f9e2b1c fixed it', '3f9e2b1c', 'hash', 'en'],
    ['See https://example.eu/2025/report-1.pdf.', 'https://example.eu/2025/report-1.pdf', 'url', 'en'],
    ['Write to info2025@example.eu today.', 'info2025@example.eu', 'email', 'en'],
    ['doi:10.2760/12345 has it', 'doi:10.2760/12345', 'doi', 'en'],
  ])('finds "%s" → %s', (text, expected, kind, locale) => {
    expect(spans(text, locale)).toContainEqual([expected, kind]);
  });

  it('rejects an IBAN with a wrong check digit', () => {
    expect(spans('BE72 0961 2345 6769')).not.toContainEqual(['BE72 0961 2345 6769', 'iban']);
  });

  it('leaves period codes next to a year to scanDates, but takes a lone "Q4"', () => {
    expect(spans('In Q4 2025 and 2025-Q4 and Q4 of 2025 and Q1–Q3 2025')).toEqual([]);
    expect(spans('In Q4 sales rose')).toEqual([['Q4', 'identifier']]);
  });

  it('leaves words with a capital before a year, multipliers, currency codes and fiscal years alone', () => {
    expect(spans('Pre-2020 levels and Mid-2026 plans')).toEqual([]);
    expect(spans('a x10 rise, EUR100m, Rs500 and FY2025')).toEqual([]);
  });

  it('does not read grouped amounts as phone numbers or addresses', () => {
    expect(spans('+12 000 000 people', 'fr')).toEqual([]);
    expect(spans('1.000.000.000 Euro', 'de')).toEqual([]);
    expect(spans('scientific 1e100000 notation')).toEqual([]);
  });
});

describe('scanReferences: times, markers and lists', () => {
  it.each<[string, string, Locale]>([
    ['The meeting starts at 10:30.', '10:30', 'en'],
    ['De vergadering begint om 10.30 uur.', '10.30 uur', 'nl'],
    ['De vergadering begint om 10.30.', '10.30', 'nl'],
    ['Die Sitzung beginnt um 10 Uhr.', '10 Uhr', 'de'],
    ['La réunion commence à 14h30.', '14h30', 'fr'],
    ['The desk opens at 9 am.', '9 am', 'en'],
    ['Support is available 24/7.', '24/7', 'en'],
    ['Logged at 2025-02-11T10:30:00Z by the system.', 'T10:30:00Z', 'en'],
  ])('finds the time in "%s"', (text, expected, locale) => {
    expect(spans(text, locale)).toContainEqual([expected, 'time']);
  });

  it('never reads a decimal amount as a time', () => {
    for (const text of ['It rose to 10.30 per cent.', 'The share closed at 12.50.', 'Ab 12.50 Euro', 'from 10.30 to 12.00']) {
      expect(spans(text).filter(([, kind]) => kind === 'time')).toEqual([]);
    }
  });

  it('finds footnote markers: superscripts and a citation number after a sentence', () => {
    expect(spans('as reported¹² by the Court')).toEqual([['¹²', 'footnote']]);
    expect(spans('as the audit shows.12 The next point')).toEqual([['12', 'footnote']]);
    expect(spans('floor area of 500 m² and 20 ft³')).toEqual([
      ['²', 'exponent'],
      ['³', 'exponent'],
    ]);
    expect(spans('the programme¹²')).toEqual([['¹²', 'footnote']]);
    expect(spans('as shown before [12] and [3, 5–7].')).toEqual([
      ['[12]', 'footnote'],
      ['[3, 5–7]', 'footnote'],
    ]);
  });

  it('does not read an amount after an abbreviation as a footnote', () => {
    expect(spans('Das kostet rund.12 Mio. Euro', 'de')).toEqual([]);
    expect(spans('Die Kosten betragen.12 Mrd. Euro', 'de')).toEqual([]);
    expect(spans('Es kamen max.12 Teilnehmer.', 'de')).toEqual([]);
    expect(spans('There were approx.12 Member States.')).toEqual([]);
  });

  it('finds list numbering at the very start of the text only', () => {
    expect(spans('1. Introduction')).toEqual([['1.', 'list-number']]);
    expect(spans('2) Second point')).toEqual([['2)', 'list-number']]);
    expect(spans('(3) The Member States')).toEqual([['(3)', 'list-number']]);
    expect(spans('We spent 1. Then')).toEqual([]);
    expect(spans('1.5 million people')).toEqual([]);
    expect(spans('2.1 Background')).toEqual([['2.1', 'section']]);
    expect(spans('3.2. Kosten und Nutzen', 'de')).toEqual([['3.2.', 'section']]);
    expect(spans('2.5 Millionen Menschen', 'de')).toEqual([]);
    expect(spans('1.5 billion people')).toEqual([]);
  });

  it('leaves a date or period at the start of the text to scanDates', () => {
    expect(spans('10. Januar 2025 trat es in Kraft.', 'de')).toEqual([]);
    expect(spans('2. Quartal 2025 war stark.', 'de')).toEqual([]);
  });

  it.each<[string, string, Locale]>([
    ['Exercises 22,24,26,31 are optional.', '22,24,26,31', 'en'],
    ['In 2024,2025 the budget grew.', '2024,2025', 'en'],
    ['Items 1,2,3 follow.', '1,2,3', 'nl'],
  ])('finds the number list in "%s"', (text, expected, locale) => {
    expect(spans(text, locale)).toContainEqual([expected, 'number-list']);
  });

  it('leaves decimals, grouped and lakh numbers to the number reader', () => {
    expect(spans('1,5 miljoen', 'nl')).toEqual([]);
    expect(spans('1,000,000 people')).toEqual([]);
    expect(spans('12,34,567 rupees')).toEqual([]);
    expect(spans('100,00000 EUR')).toEqual([]);
  });
});

describe('scanReferences: amounts are never swallowed', () => {
  it.each([
    ['The envelope is € 2.5 bn in 2025.', '€ 2.5 bn'],
    ['Het budget is € 1.500.000 in 2025.', '1.500.000'],
    ['Growth reached 3.1 % in Q4 2025.', '3.1'],
    ['Article 12 sets € 20 bn aside.', '€ 20 bn'],
    ['Section 3 (EUR 5 million) covers it.', '5 million'],
    ['It costs 1.5 million.', '1.5'],
    ['Phase 2: 400 000 accelerators', '400 000'],
  ])('in "%s" the figure %s stays free', (text, figure) => {
    expect(leavesAlone(text, figure, text.includes('Het') ? 'nl' : 'en')).toBe(true);
  });
});

describe('scanReferences: real paragraphs', () => {
  it('reads an English brief paragraph', () => {
    const text =
      'Under Article 4(2) of Regulation (EU) 2021/694 (OJ L 166, 11.5.2021, p. 1), the Commission set aside € 2.5 bn. ' +
      'Section 3.1.2 and Table 2 give the split; the helpdesk (+32 2 299 11 11) is open 24/7 from 09:00 CET.';
    expect(spans(text)).toEqual([
      ['Article 4(2)', 'article'],
      ['Regulation (EU) 2021/694', 'legal'],
      ['OJ L 166', 'oj'],
      ['p. 1', 'page'],
      ['Section 3.1.2', 'section'],
      ['Table 2', 'section'],
      ['+32 2 299 11 11', 'phone'],
      ['24/7', 'time'],
      ['09:00 CET', 'time'],
    ]);
    expect(leavesAlone(text, '€ 2.5 bn')).toBe(true);
  });

  it('reads a Dutch paragraph', () => {
    const text = 'Op grond van artikel 3, lid 2 en Kamerstukken II 2020/21, 35 570, nr. 3 trekt het kabinet € 1,5 miljard uit; overleg om 10.30 uur.';
    expect(spans(text, 'nl')).toEqual([
      ['artikel 3, lid 2', 'article'],
      ['Kamerstukken II 2020/21, 35 570, nr. 3', 'legal'],
      ['10.30 uur', 'time'],
    ]);
    expect(leavesAlone(text, '€ 1,5 miljard', 'nl')).toBe(true);
  });

  it('reads a German paragraph', () => {
    const text = 'Nach § 5 Abs. 1 Satz 2 und Art. 5 Abs. 1 DSGVO stehen 2,5 Mrd. Euro bereit; Sitzung um 14.00 Uhr, ISO 27001:2022 gilt.';
    expect(spans(text, 'de')).toEqual([
      ['§ 5 Abs. 1 Satz 2', 'article'],
      ['Art. 5 Abs. 1', 'article'],
      ['14.00 Uhr', 'time'],
      ['ISO 27001:2022', 'standard'],
    ]);
    expect(leavesAlone(text, '2,5 Mrd.', 'de')).toBe(true);
  });
});

describe('scanReferences: amounts among references (property)', () => {
  const amounts = ['€ 2.5 bn', '1.5 million', '400 000', '25 %', '€ 1.500.000', '3,5 %', '12 000 000', '2025'];
  const references = ['Article 4(2)', 'Section 3.1.2', 'v1.2.3', 'EIP-1559', 'p. 4', '+32 2 299 11 11', '10:30', 'OJ L 166', 'Table 2', '24/7'];
  const joiners = [' ', ', ', '; ', ' and ', ' (', ') ', '. '];

  it('never lets a reference overlap an amount written next to it', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom(...references), fc.constantFrom(...joiners), fc.constantFrom(...amounts), fc.constantFrom(...joiners)), { minLength: 1, maxLength: 6 }),
        fc.constantFrom<Locale>('en', 'nl', 'de', 'fr'),
        (pieces, locale) => {
          let text = 'It says ';
          const placed: Array<[number, number]> = [];
          for (const [reference, before, amount, after] of pieces) {
            text += reference + before;
            placed.push([text.length, text.length + amount.length]);
            text += amount + after + 'x ';
          }
          for (const span of scanReferences(text, locale)) {
            for (const [start, end] of placed) expect(span.end <= start || span.start >= end).toBe(true);
          }
        },
      ),
      { numRuns: Number(process.env.BRIEFLINT_PROPERTY_RUNS ?? 200) },
    );
  });
});

describe('scanReferences: properties and performance', () => {
  const locales: Locale[] = ['en', 'nl', 'de', 'fr'];
  const alphabet = fc.constantFrom(...'0123456789 .,/-:+()§€%aAQHvx Art. p. OJ L EIP-1559 10:30 ²'.split(''));

  it('returns in-bounds, ordered, non-overlapping spans that never overlap a date', () => {
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 80 }).map((chars) => chars.join('')), fc.constantFrom(...locales), (text, locale) => {
        const found = scanReferences(text, locale);
        let previousEnd = 0;
        for (const span of found) {
          expect(span.start).toBeGreaterThanOrEqual(previousEnd);
          expect(span.end).toBeGreaterThan(span.start);
          expect(span.end).toBeLessThanOrEqual(text.length);
          previousEnd = span.end;
        }
        for (const date of scanDates(text, locale)) {
          expect(found.every((span) => span.end <= date.start || span.start >= date.end)).toBe(true);
        }
      }),
    );
  });

  it.each([
    ['1.1.1.1…', '1.'],
    ['1/1/1/…', '1/'],
    ['Q4 Q4 Q4 …', 'Q4 '],
    ['1,1,1,…', '1,'],
    ['+1 +1 …', '+1 '],
    ['aaaa… (one long word)', 'a'],
    ['a1b2c3…', 'a1'],
    ['Articles 1, 2, …', 'Articles 1, '],
    ['1 1 1 …', '1 '],
  ])('scans 100 KB of %s in well under a second', (_name, unit) => {
    const text = unit.repeat(Math.ceil(100_000 / unit.length));
    for (const locale of locales) {
      expect(cpuMs(() => scanReferences(text, locale))).toBeLessThan(1000);
    }
  });
});
