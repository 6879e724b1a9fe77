/**
 * The HTML report, parsed with parse5 (as a browser would): a document read top to bottom, with the
 * brief rendered (tables as tables), every finding written out as text, exact marks, and nothing from
 * a brief or a message able to become markup or script.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import type { LintMessage, LintResult } from '../../src/engine/types.js';
import html from '../../src/report/html.js';
import { helpUri } from '../../src/report/sarif.js';
import { ruleMetas } from '../../src/rules/index.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const context = { cwd: '/work', color: false, verbose: false, rules: ruleMetas(), version: '0.1.0' };
const root = path.resolve(import.meta.dirname, '../..');

function elements(node: Node): Element[] {
  const found: Element[] = [];
  const stack: Node[] = [node];
  while (stack.length > 0) {
    const current = stack.pop()!;
    if ('tagName' in current) found.push(current);
    const children = 'childNodes' in current ? current.childNodes : [];
    const content = 'content' in current ? [current.content as Node] : [];
    stack.push(...[...children, ...content].reverse());
  }
  return found;
}

function textOf(node: Node): string {
  if (node.nodeName === '#text') return (node as DefaultTreeAdapterMap['textNode']).value;
  return 'childNodes' in node ? node.childNodes.map(textOf).join('') : '';
}

const attr = (element: Element, name: string) => element.attrs.find((entry) => entry.name === name)?.value;
const hasClass = (element: Element, name: string) => (attr(element, 'class') ?? '').split(' ').includes(name);
const parseReport = (results: LintResult[]) => elements(parse(html(results, context)) as unknown as Node);

function render(text: string, filePath = '/work/briefs/brief.md'): { document: Element[]; results: LintResult[] } {
  const results = [lintText(text, { filePath, config: {} })];
  return { document: parseReport(results), results };
}

/** A result with the given messages, as the engine would give it. */
function resultOf(source: string, messages: LintMessage[], filePath = '/work/brief.md'): LintResult {
  const errors = messages.filter((message) => message.severity === 2).length;
  return { filePath, messages, suppressedMessages: [], errorCount: errors, fatalErrorCount: 0, warningCount: messages.length - errors, fixableErrorCount: 0, fixableWarningCount: 0, usedDeprecatedRules: [], source };
}

const findingsIn = (document: Element[]) => document.filter((element) => element.tagName === 'div' && hasClass(element, 'finding'));
const marksIn = (document: Element[]) => document.filter((element) => element.tagName === 'a' && hasClass(element, 'mark'));

describe('html report', () => {
  const brief = [
    '# Funding',
    '',
    '| Source | Amount |',
    '|---|---:|',
    '| EU tranche | € 50 bn |',
    '| Private pledges | € 150 bn |',
    '| **Total** | **€ 210 bn** |',
    '',
    'Check: € 50 bn + € 150 bn = € 250 bn.',
    '',
  ].join('\r\n');

  it('summarises by severity, by rule (with a link to each finding) and by file', () => {
    const { document, results } = render(brief);
    const tables = document.filter((element) => element.tagName === 'table');
    expect(tables.map((table) => attr(table, 'class'))).toEqual(['by-rule', 'by-file', 'brief-table']);
    expect(textOf(document.find((element) => hasClass(element, 'by-severity'))!)).toMatch(/2 errors.*0 warnings/s);
    const byRule = tables[0]!;
    expect(textOf(byRule)).toContain('table-total');
    const links = elements(byRule).filter((element) => element.tagName === 'a' && attr(element, 'href')?.startsWith('#'));
    const findingIds = findingsIn(document).map((element) => attr(element, 'id'));
    expect(links.map((link) => attr(link, 'href')!.slice(1)).sort()).toEqual([...findingIds].sort());
    expect(findingIds).toHaveLength(results[0]!.messages.length);
    expect(textOf(tables[1]!)).toContain('briefs/brief.md');
  });

  it('writes every finding out as text under its passage, with severity, rule, place and arithmetic, nothing hidden', () => {
    const { document, results } = render(brief);
    const findings = findingsIn(document);
    expect(findings).toHaveLength(2);
    for (const [index, message] of results[0]!.messages.entries()) {
      const text = textOf(findings[index]!).replace(/\s+/g, ' ');
      expect(text).toContain(message.message);
      expect(text).toContain(message.ruleId!);
      expect(text).toContain(`line ${message.line}, column ${message.column}`);
      expect(text).toMatch(/error/i);
    }
    // The table's finding stands right after the table, the sentence's after the sentence.
    const container = document.find((element) => hasClass(element, 'brief'))!;
    const order = container.childNodes.filter((node): node is Element => 'tagName' in node).map((element) => `${element.tagName}.${attr(element, 'class') ?? ''}`);
    expect(order).toEqual(['h3.', 'table.brief-table', 'div.findings', 'p.', 'div.findings']);
    const page = html(results, context);
    expect(page).not.toMatch(/display:\s*none|visibility:\s*hidden|\bhidden\b/);
    expect(document.filter((element) => element.tagName === 'details' && attr(element, 'open') === undefined)).toEqual([]);
  });

  it('marks exactly the figures, numbered as their findings', () => {
    const { document } = render(brief);
    expect(marksIn(document).map(textOf)).toEqual(['€ 210 bn', '€ 250 bn']);
    for (const mark of marksIn(document)) {
      const finding = document.find((element) => attr(element, 'id') === attr(mark, 'href')!.slice(1))!;
      expect(attr(finding, 'class')).toBe('finding error');
      expect(textOf(finding)).toMatch(/rows sum to € 200 bn|= € 200 bn, not € 250 bn/);
    }
    const numbers = document.filter((element) => element.tagName === 'a' && hasClass(element, 'ref'));
    expect(numbers.map(textOf)).toEqual(['1', '2']);
  });

  it('renders the brief as a document: headings, paragraphs, lists, emphasis, links as text, tables as tables', () => {
    const { document } = render(
      [
        '## Plan',
        '',
        'We *will* spend **€ 50 bn** ([source](https://example.org/a?b=1&c=2)), see ![chart](https://example.org/c.png).',
        '',
        '- first item',
        '- second `code` item',
        '',
        '1. one',
        '2. two',
        '',
        '> quoted',
        '',
        '| Year | Amount |',
        '|:---|---:|',
        '| 2024 | € 10 bn |',
        '| 2025 | € 12 bn |',
        '',
        'We bought 100,00000 chips.',
        '',
      ].join('\n'),
    );
    const brief = elements(document.find((element) => hasClass(element, 'brief'))!);
    // The brief's own elements, not those of the findings written out in it.
    const inFindings = new Set(findingsIn(brief).flatMap((finding) => elements(finding)));
    const tags = (name: string) => brief.filter((element) => element.tagName === name && !inFindings.has(element));
    expect(tags('h4').map(textOf)).toEqual(['Plan']);
    expect(tags('em').map(textOf)).toEqual(['will']);
    expect(tags('strong').map(textOf)).toEqual(['€ 50 bn']);
    expect(tags('ul').flatMap((list) => elements(list).filter((element) => element.tagName === 'li')).map(textOf)).toEqual(['first item', 'second code item']);
    expect(tags('ol').flatMap((list) => elements(list).filter((element) => element.tagName === 'li')).map(textOf)).toEqual(['one', 'two']);
    expect(tags('blockquote').map((element) => textOf(element).trim())).toEqual(['quoted']);
    const table = tags('table')[0]!;
    const rows = elements(table).filter((element) => element.tagName === 'tr');
    expect(rows.map((row) => elements(row).filter((cell) => cell.tagName === 'th' || cell.tagName === 'td').map(textOf))).toEqual([
      ['Year', 'Amount'],
      ['2024', '€ 10 bn'],
      ['2025', '€ 12 bn'],
    ]);
    expect(elements(rows[0]!).every((cell) => cell.tagName === 'tr' || cell.tagName === 'th')).toBe(true);
    expect(attr(elements(rows[1]!).find((cell) => cell.tagName === 'td' && textOf(cell) === '€ 10 bn')!, 'class')).toBe('right');
    // The link's words and its address as text; the image as its alt text; neither followed nor loaded.
    const paragraph = textOf(tags('p')[0]!);
    expect(paragraph).toContain('source (https://example.org/a?b=1&c=2)');
    expect(paragraph).toContain('[image: chart]');
    expect(brief.filter((element) => !inFindings.has(element) && (element.tagName === 'img' || (element.tagName === 'a' && !attr(element, 'href')!.startsWith('#'))))).toEqual([]);
    expect(textOf(document.find((element) => hasClass(element, 'brief'))!)).not.toMatch(/\*\*|\|---|^##/m);
  });

  it('renders an HTML table of the brief as a table of text, its wrong total marked', () => {
    const { document, results } = render(
      [
        'Funding:',
        '',
        '<table onclick="alert(1)">',
        '<tr><th>Source</th><th>Amount</th></tr>',
        '<tr><td>EU tranche<script>alert(2)</script></td><td>€ 50 bn</td></tr>',
        '<tr><td>Private <b>pledges</b></td><td>€ 150 bn</td></tr>',
        '<tr><td>Total</td><td>€ 210 bn</td></tr>',
        '</table>',
        '',
      ].join('\n'),
    );
    expect(results[0]!.messages.map((message) => message.ruleId)).toContain('table-total');
    const table = document.find((element) => element.tagName === 'table' && hasClass(element, 'brief-table'))!;
    const rows = elements(table).filter((element) => element.tagName === 'tr');
    expect(rows.map((row) => elements(row).filter((cell) => cell.tagName === 'th' || cell.tagName === 'td').map(textOf))).toEqual([
      ['Source', 'Amount'],
      ['EU tranche', '€ 50 bn'],
      ['Private pledges', '€ 150 bn'],
      ['Total', '€ 210 bn1'],
    ]);
    expect(marksIn(document).map(textOf)).toEqual(['€ 210 bn']);
    expect(document.filter((element) => ['script', 'b'].includes(element.tagName))).toEqual([]);
    expect(document.flatMap((element) => element.attrs).filter((entry) => entry.name.startsWith('on'))).toEqual([]);
  });

  it('links the related places of a finding to the blocks they stand in', () => {
    const { document } = render(brief);
    const related = document.filter((element) => element.tagName === 'ul' && attr(element, 'class') === 'related');
    expect(related.length).toBeGreaterThan(0);
    for (const link of related.flatMap((list) => elements(list)).filter((element) => element.tagName === 'a')) {
      expect(document.some((element) => attr(element, 'id') === attr(link, 'href')!.slice(1))).toBe(true);
    }
  });

  it('underlines the related places in the text, linked to their finding; a place spanning a passage is only linked', () => {
    const { document } = render(brief);
    const also = document.filter((element) => element.tagName === 'a' && hasClass(element, 'also'));
    // The rows counted in the Total, and the two parts of the sum in the sentence.
    expect(also.map(textOf)).toEqual(['€ 50 bn', '€ 150 bn', '€ 50 bn', '€ 150 bn']);
    for (const link of also) expect(findingsIn(document).some((finding) => attr(finding, 'id') === attr(link, 'href')!.slice(1))).toBe(true);
    const passage = `${'word '.repeat(50)}\nWe bought 100,00000 chips.\nMore text here.\n`;
    const widened = parseReport([
      resultOf(passage, [{ ruleId: 'number-format', severity: 2, message: 'x', line: 2, column: 11, endLine: 2, endColumn: 20, related: [{ message: 'the passage', line: 1, column: 1, endLine: 3, endColumn: 16 }] }]),
    ]);
    expect(widened.filter((element) => hasClass(element, 'also'))).toEqual([]);
    expect(marksIn(widened).map(textOf)).toEqual(['100,00000']);
  });

  it("links each rule id to its documentation page, and nothing else outside the page", () => {
    const { document } = render(brief);
    const ruleLinks = document.filter((element) => element.tagName === 'a' && hasClass(element, 'rule'));
    expect(ruleLinks.length).toBeGreaterThan(0);
    for (const link of ruleLinks) expect(attr(link, 'href')).toBe(helpUri(textOf(link)));
  });

  it('escapes a brief and messages full of markup: no script, no handler, nothing loaded, the text as written', () => {
    const hostile = [
      '<script>alert("x")</script>',
      '',
      '<img src="https://evil.example/x.png" onerror="alert(1)"> We bought 100,00000 chips "<b>each</b>" & more.',
      '',
      '<style>body{display:none}</style>',
      '',
      '| A & B | <script>x</script> |',
      '|---|---|',
      '| "q" \'s\' | <iframe src=//evil.example> |',
      '',
    ].join('\n');
    const message = `Total says <script>alert(1)</script> & "quoted" 'single' ##[add-mask] </div>`;
    const results = [
      lintText(hostile, { filePath: '/work/briefs/<script>.md', config: {} }),
      resultOf(hostile, [
        { ruleId: 'table-total', severity: 2, message, line: 7, column: 3, endLine: 7, endColumn: 8, related: [{ message: '<b>related</b> & "x"', line: 9, column: 3, endLine: 9, endColumn: 6 }], suggestions: [{ desc: '<i>fix</i> & "y"', fix: { range: [0, 1], text: '' } }] },
        { ruleId: '<img src=x onerror=alert(1)>', severity: 1, message: 'unknown rule', line: 1, column: 1 },
      ], '/work/second.md'),
    ];
    const page = html(results, context);
    const document = parseReport(results);
    expect(document.filter((element) => ['script', 'img', 'iframe', 'object', 'embed', 'link', 'b', 'i'].includes(element.tagName))).toEqual([]);
    expect(document.filter((element) => element.tagName === 'style')).toHaveLength(1);
    expect(document.flatMap((element) => element.attrs).filter((entry) => entry.name.startsWith('on'))).toEqual([]);
    const rulePages = new Set(ruleMetas().map((meta) => helpUri(meta.id)));
    for (const element of document) {
      expect(attr(element, 'src')).toBeUndefined();
      const href = attr(element, 'href');
      if (href !== undefined) expect(href.startsWith('#') || rulePages.has(href), href).toBe(true);
    }
    const text = textOf(document.find((element) => element.tagName === 'body')!);
    expect(text).toContain('<script>alert("x")</script>');
    expect(text).toContain('onerror="alert(1)"');
    expect(text).toContain('"<b>each</b>" & more.');
    expect(text).toContain(message);
    expect(text).toContain('<b>related</b> & "x"');
    expect(text).toContain('<i>fix</i> & "y"');
    expect(text).toContain('<img src=x onerror=alert(1)>');
    expect(page).not.toContain('##[');
    const sections = document.filter((element) => element.tagName === 'section');
    expect(sections.map((section) => textOf(section.childNodes.find((node): node is Element => 'tagName' in node && node.tagName === 'h2')!))).toEqual([
      expect.stringContaining('briefs/<script>.md'),
      expect.stringContaining('second.md'),
    ]);
    // The table with markup in its cells is still a table, its cells text.
    const cells = document.filter((element) => element.tagName === 'td' || (element.tagName === 'th' && document.some((table) => hasClass(table, 'brief-table') && elements(table).includes(element))));
    expect(cells.map(textOf)).toEqual(expect.arrayContaining(['A & B', '<script>x</script>', '"q" \'s\'', '<iframe src=//evil.example>']));
  });

  it('highlights exactly the figure on lines with tabs and characters outside the BMP', () => {
    const { document } = render('Plan:\t🚀 we bought 100,00000 chips.\n');
    expect(marksIn(document).map(textOf)).toEqual(['100,00000']);
  });

  it('marks figures in list items, quotes and frontmatter, and after a byte order mark', () => {
    const { document, results } = render('\uFEFF---\ntitle: x\n---\n\n- We bought 100,00000 chips.\n\n> And 100,00000 more.\n');
    expect(results[0]!.messages).toHaveLength(2);
    expect(marksIn(document).map(textOf)).toEqual(['100,00000', '100,00000']);
    const items = document.filter((element) => element.tagName === 'li' && textOf(element).includes('We bought'));
    expect(findingsIn(items.flatMap((item) => elements(item)))).toHaveLength(1);
  });

  it('marks figures in text written with escapes, character references, CRLF or indented continuation lines', () => {
    const { document, results } = render('We paid \\$20,000 &amp; bought 100,00000 chips.\r\n\r\n- An item\r\n  with 100,00000 chips\r\n\r\n> quoted &ndash;\r\n> with 100,00000 chips\r\n');
    expect(results[0]!.messages.filter((message) => message.ruleId === 'number-format')).toHaveLength(3);
    expect(marksIn(document).map(textOf)).toEqual(['100,00000', '100,00000', '100,00000']);
    const text = textOf(document.find((element) => hasClass(element, 'brief'))!);
    expect(text).toContain('We paid $20,000 & bought 100,00000');
    expect(text).toContain('quoted –');
  });

  it('shows a brief the parser refuses as its text, findings still marked and written out', () => {
    const deep = `${'> '.repeat(2_100)}We bought 100,00000 chips.\n`;
    const column = deep.indexOf('100,00000') + 1;
    const results = [resultOf(deep, [{ ruleId: 'number-format', severity: 2, message: 'not a valid number', line: 1, column, endLine: 1, endColumn: column + 9 }])];
    const document = parseReport(results);
    expect(marksIn(document).map(textOf)).toEqual(['100,00000']);
    expect(textOf(findingsIn(document)[0]!)).toContain('not a valid number');
  });

  it('writes out a message about the whole file (a file that could not be read) at the top of its section', () => {
    const results: LintResult[] = [{ ...resultOf('', [{ ruleId: null, severity: 2, fatal: true, message: 'Could not read the file: EACCES', line: 0, column: 0 }]), source: undefined, fatalErrorCount: 1 }];
    const document = parseReport(results);
    expect(textOf(findingsIn(document)[0]!)).toContain('Could not read the file: EACCES');
    expect(textOf(findingsIn(document)[0]!)).toContain('whole file');
  });

  it('lists files without findings in the summary only, and gives each file with findings its own section', () => {
    const clean = lintText('All fine: € 50 bn + € 150 bn = € 200 bn.\n', { filePath: '/work/clean.md', config: {} });
    const wrong = lintText(brief, { filePath: '/work/wrong.md', config: {} });
    const other = lintText('We bought 100,00000 chips.\n', { filePath: '/work/other.md', config: {} });
    const document = parseReport([clean, wrong, other]);
    expect(document.filter((element) => element.tagName === 'section').map((section) => attr(section, 'id'))).toEqual(['file-2', 'file-3']);
    expect(textOf(document.find((element) => attr(element, 'class') === 'by-file')!)).toContain('clean.md');
    // With findings in two files, the summary's links name the file.
    expect(textOf(document.find((element) => attr(element, 'class') === 'by-rule')!)).toContain('other.md, line 1');
  });

  it('writes out every finding of the example briefs as text', () => {
    const files = ['fixtures/investai-brief.planted.md', 'fixtures/investai-brief.nl.md', 'fixtures/style/MIP40c3-SP58.md'];
    const results = files.map((file) => lintText(readFileSync(path.join(root, file), 'utf8'), { filePath: path.join(root, file), config: {} }));
    const document = parseReport(results);
    const findings = findingsIn(document);
    const messages = results.flatMap((result) => result.messages);
    expect(messages.length).toBeGreaterThan(6);
    expect(findings).toHaveLength(messages.length);
    messages.forEach((message, index) => expect(textOf(findings[index]!)).toContain(message.message));
  });
});
