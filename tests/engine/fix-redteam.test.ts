/**
 * Issue 19, the red team's second pass: fixes that lost or changed text although every figure kept
 * its value. Each case is the red team's input (shortened); each must hold on the fixed text.
 */
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import { extractQuantities } from '../../src/quantity/extract.js';
import { builtinRules } from '../../src/rules/index.js';

const fix = (text: string) => lintText(text, { rules: builtinRules, fix: true }).output ?? text;
const lint = (text: string) => lintText(text, { rules: builtinRules });

const SPENDING = 'Spending was $20 million, $30 million, $40 million, $50 million and $60 million in total.\n';

describe('a fix never drops or doubles a full stop', () => {
  it('keeps the full stop an abbreviation shares with the sentence ("$11 mln." at the end of a line)', () => {
    const output = fix(`# Brief\n\n${SPENDING}The bank reported $11 mln.\nMarkets hit $14 bn and $15 billion and $16 billion.\n`);
    const line = output.split('\n').find((text) => text.startsWith('The bank'));
    expect(line).toMatch(/^The bank reported \$11 (?:mln|million)\.$/u);
    expect(output).toContain('\nMarkets hit');
  });

  it('keeps it before the next sentence on the same line, and in a list of abbreviations', () => {
    const output = fix(`${SPENDING}India added ₹5 crore; the bank reported $7 MM and $8 mil and $9 M and $10 mio and $11 mln.\nMarkets hit $12 tn.\n`);
    expect(output).toMatch(/\$11 (?:mln|million)\.\nMarkets/u);
  });

  it('writes one full stop where an abbreviation ends a sentence ("€ 11 miljard." never "€ 11 mld..")', () => {
    const text = '---\nlang: nl\n---\n# Begroting\n\nDe uitgaven waren € 20 mld., € 30 mld., € 40 mld. en € 50 mld. in totaal.\nHet ministerie gaf € 11 miljard. Een jaar later meer.\n';
    const output = fix(text);
    expect(output).not.toContain('..');
    expect(output).toMatch(/gaf € 11 (?:miljard|mld)\. Een jaar/u);
  });
});

describe('no fix inside quotations, TeX math or link texts', () => {
  it('leaves display and inline TeX alone', () => {
    const text = '# Brief\n\nShares were 25 %, 30 %, 35 % and 40 % across regions, and €20 bn, €30 bn and €40 bn.\n\n$$\n\\text{cost} = \\text{EUR 10 billion} \\times 5\\%\n$$\n\nInline math $z = \\text{EUR 4 billion}$ too.\n';
    const output = fix(text);
    expect(output).toContain('\\text{EUR 10 billion}');
    expect(output).toContain('$z = \\text{EUR 4 billion}$');
  });

  it('leaves a $$ block of a figure alone', () => {
    const output = fix('Spent €20 bn, €30 bn, €40 bn and EUR 50 billion.\n\n$$\nEUR 10 billion\n$$\n');
    expect(output).toContain('$$\nEUR 10 billion\n$$');
  });

  it('leaves every kind of quotation alone: ‹ ›, « », „ “, ‘ ’, \' \'', () => {
    const text = [
      '# Brief\n',
      'The EU spent €20 bn, €30 bn, €40 bn and €50 bn; growth was 1.5 %, 2.5 % and 3.5 %.',
      'The Swiss minister said ‹ 7,5 Mrd. CHF › and the Dane said »8,5 mia. kr« too.',
      'The French minister said « le coût est de 2,5 Md€ et 12,5 % » in Paris.',
      'The Dutch minister said „de kosten zijn € 1,5 miljard“ last week.',
      'The German minister said ‘3,5 Mrd. € und 4,5 %’ yesterday.',
      "The Belgian minister said 'de kost is EUR 6,5 miljard' on TV.",
      '',
    ].join('\n');
    const output = fix(text);
    for (const quoted of ['‹ 7,5 Mrd. CHF ›', '« le coût est de 2,5 Md€ et 12,5 % »', '„de kosten zijn € 1,5 miljard“', '‘3,5 Mrd. € und 4,5 %’', "'de kost is EUR 6,5 miljard'"]) {
      expect(output).toContain(quoted);
    }
  });

  it('leaves link texts alone, a link the parser did not take included', () => {
    const items = Array.from({ length: 8 }, (_, index) => `Item ${index} cost €${20 + index} bn.`).join('\n');
    const output = fix(`# Brief\n\n${items}\n\nSee [EUR 16 billion](http://x/EUR 16 billion) and [EUR 17 billion](https://example.org/plan).\n`);
    expect(output).toContain('[EUR 16 billion](http://x/EUR 16 billion)');
    expect(output).toContain('[EUR 17 billion](https://example.org/plan)');
  });
});

describe('percentage points are not per cent', () => {
  it.each([
    ['en', 'Unemployment was 5 %, 6 %, 7 % and 8 % in the four regions.\nIt then fell by 2 percent points and 9 per cent of GDP.\n', '2 percent points'],
    ['nl', '---\nlang: nl\n---\nDe werkloosheid was 5 %, 6 %, 7 % en 8 % in de regio\'s.\nZe daalde 3 procent punt en 9 procent van het bbp.\n', '3 procent punt'],
    ['de', '---\nlang: de\n---\nDie Quote lag bei 5 %, 6 %, 7 % und 8 %.\nSie sank um 2 Prozent Punkte und 9 Prozent.\n', '2 Prozent Punkte'],
  ])('%s: "percent points" is never written "% points"', (_lang, text, kept) => {
    expect(fix(text)).toContain(kept);
  });

  it.each([
    ['2 percent points', 'en'],
    ['3 per cent points', 'en'],
    ['3 procent punt', 'nl'],
    ['2 Prozent Punkte', 'de'],
    ['4 % points', 'en'],
    ['2 points de pourcentage', 'fr'],
  ] as const)('reads "%s" as percentage points', (text, locale) => {
    const [figure] = extractQuantities(`It fell ${text} last year.`, { locale });
    expect(figure?.unit).toBe('pp');
    expect(figure?.text).toBe(text);
  });
});

describe('figures in doubt decide nothing', () => {
  const text = '# Brief\n\nInflation was 1.5 %, 2.5 %, 3.5 % and 4.5 % over four years, and 90,000 people lost jobs.\nBread cost $1,50 and 450,00 people queued; the rate was 2,5 % and 0,5 % later.\nA further 12,50 million and 1,5 million and 7,25 bn were spent; 1,0 % was lost.\n';

  it('does not flip a sound "1.5 %" into "1,5 %" on the votes of "$1,50" and "450,00"', () => {
    const output = fix(text);
    expect(output).toContain('Inflation was 1.5 %, 2.5 %, 3.5 % and 4.5 %');
  });
});

describe('a lint offers only the fixes --fix applies', () => {
  const texts = [
    'De bijdrage is 3,5% van het loon, de toeslag is 2,5% van het loon en de premie is 4.4% van het loon.\n',
    `${SPENDING}The bank reported $11 mln.\n`,
    'Spent €20 bn, €30 bn, €40 bn and EUR 50 billion.\n\n$$\nEUR 10 billion\n$$\n',
  ];

  it.each(texts)('counts as fixable only what --fix changes: %j', (text) => {
    const linted = lint(text);
    const fixable = linted.fixableErrorCount + linted.fixableWarningCount;
    expect(fixable).toBe(linted.messages.filter((message) => message.fix).length);
    const fixed = lintText(text, { rules: builtinRules, fix: true });
    if (fixable === 0) expect(fixed.output).toBeUndefined();
    else expect(fixed.output).toBeDefined();
  });

  it('does not offer the fix that would make the brief read another way afresh', () => {
    const linted = lint(texts[0]!);
    expect(linted.messages.some((message) => message.ruleId === 'number-style')).toBe(true);
    expect(linted.fixableWarningCount).toBe(0);
  });
});

describe('"€ 20 mld., € 30 mld., … en € 50 mld. in totaal" is a list, not a sum', () => {
  it.each([
    '---\nlang: nl\n---\nDe uitgaven waren € 20 mld., € 30 mld., € 40 mld. en € 50 mld. in totaal.\n',
    '---\nlang: en\n---\nSpending was $20 mln., $30 mln., $40 mln. and $50 mln. in total.\n',
    '---\nlang: de\n---\nDie Ausgaben waren 20 Mrd. €, 30 Mrd. €, 40 Mrd. € und 50 Mrd. € insgesamt.\n',
  ])('%j', (text) => {
    expect(lint(text).messages.filter((message) => message.ruleId === 'sum-mismatch')).toEqual([]);
  });

  it('still reads a total set apart from the list', () => {
    const messages = lint('Spending was $20 million, $30 million and $40 million, $80 million in total.\n').messages;
    expect(messages.filter((message) => message.ruleId === 'sum-mismatch')).toHaveLength(1);
  });
});

describe('the red team on the final main (third pass)', () => {
  it('leaves the text between an inline HTML tag and its closing tag alone, and still fixes around it', () => {
    const text = 'We spend €3 bn, €4 bn and €5 bn, and <span title="x">€3bn</span> more, and €6bn <b>again</b>.\n';
    const output = fix(text);
    expect(output).toContain('<span title="x">€3bn</span>');
    expect(output).toContain('€6 bn <b>again</b>');
  });

  it('never runs a spelled-out scale word into a currency sign ("1 M€" is not "1 million€")', () => {
    const text = '---\nlang: fr\n---\n\n2 millions €, 3 millions € et 5 millions €, puis 1 M€.\n';
    expect(fix(text)).toBe(text);
  });
});
