/**
 * The HTML report, parsed with parse5 (as a browser would): its structure, exact highlights, and
 * that nothing from a brief can become markup or script.
 */
import { parse } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';
import { describe, expect, it } from 'vitest';
import { lintText } from '../../src/engine/lint.js';
import type { LintResult } from '../../src/engine/types.js';
import html from '../../src/report/html.js';
import { ruleMetas } from '../../src/rules/index.js';

type Node = DefaultTreeAdapterMap['node'];
type Element = DefaultTreeAdapterMap['element'];

const context = { cwd: '/work', color: false, verbose: false, rules: ruleMetas(), version: '0.1.0' };

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

function render(text: string, filePath = '/work/briefs/brief.md'): { document: Element[]; results: LintResult[] } {
  const results = [lintText(text, { filePath, config: {} })];
  const document = elements(parse(html(results, context)) as unknown as Node);
  return { document, results };
}

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

  it('summarises by rule and by file, then shows the brief with each finding highlighted in place', () => {
    const { document } = render(brief);
    const tables = document.filter((element) => element.tagName === 'table');
    expect(tables.map((table) => attr(table, 'class'))).toEqual(['by-rule', 'by-file']);
    expect(textOf(tables[0]!)).toContain('table-total');
    expect(textOf(tables[1]!)).toContain('briefs/brief.md');
    const marks = document.filter((element) => element.tagName === 'a' && attr(element, 'class')?.startsWith('mark'));
    expect(marks.map(textOf)).toEqual(['€ 210 bn', '€ 250 bn']);
    for (const mark of marks) {
      const target = attr(mark, 'href')!.slice(1);
      const finding = document.find((element) => attr(element, 'id') === target)!;
      expect(attr(finding, 'class')).toBe('finding error');
      expect(textOf(finding)).toMatch(/rows sum to € 200 bn|= € 200 bn, not € 250 bn/);
    }
    const lines = document.filter((element) => element.tagName === 'li' && attr(element, 'id')?.startsWith('file-1-L'));
    expect(lines).toHaveLength(10);
  });

  it('links the related places of a finding to their lines', () => {
    const { document } = render(brief);
    const related = document.filter((element) => element.tagName === 'ul' && attr(element, 'class') === 'related');
    expect(related.length).toBeGreaterThan(0);
    for (const link of elements(related[0]!).filter((element) => element.tagName === 'a')) {
      expect(document.some((element) => attr(element, 'id') === attr(link, 'href')!.slice(1))).toBe(true);
    }
  });

  it('renders a brief full of markup as text: no script, no handler, nothing loaded from elsewhere', () => {
    const hostile = [
      '<script>alert("x")</script>',
      '',
      '<img src="https://evil.example/x.png" onerror="alert(1)"> We bought 100,00000 chips "<b>each</b>" & more.',
      '',
      '<style>body{display:none}</style>',
      '',
    ].join('\n');
    const { document } = render(hostile, '/work/briefs/<script>.md');
    expect(document.filter((element) => ['script', 'img', 'iframe', 'object', 'embed', 'link'].includes(element.tagName))).toEqual([]);
    expect(document.filter((element) => element.tagName === 'style')).toHaveLength(1);
    expect(document.flatMap((element) => element.attrs).filter((entry) => entry.name.startsWith('on'))).toEqual([]);
    for (const element of document) {
      for (const name of ['href', 'src']) expect(attr(element, name) ?? '#').toMatch(/^#/);
    }
    const source = textOf(document.find((element) => element.tagName === 'ol')!);
    expect(source).toContain('<script>alert("x")</script>');
    expect(source).toContain('onerror="alert(1)"');
    expect(textOf(document.find((element) => element.tagName === 'h2' && textOf(element).includes('.md'))!)).toContain('<script>.md');
  });

  it('highlights exactly the figure on lines with tabs and characters outside the BMP', () => {
    const { document } = render('Plan:\t🚀 we bought 100,00000 chips.\n');
    const marks = document.filter((element) => element.tagName === 'a' && attr(element, 'class')?.startsWith('mark'));
    expect(marks.map(textOf)).toEqual(['100,00000']);
  });

  it('lists files without findings in the summary only', () => {
    const results = [lintText('All fine: € 50 bn + € 150 bn = € 200 bn.\n', { filePath: '/work/clean.md', config: {} })];
    const document = elements(parse(html(results, context)) as unknown as Node);
    expect(document.filter((element) => element.tagName === 'section')).toEqual([]);
    expect(textOf(document.find((element) => attr(element, 'class') === 'by-file')!)).toContain('clean.md');
  });
});
