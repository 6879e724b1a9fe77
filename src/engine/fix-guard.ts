/**
 * What a fix may never touch, and what must come through it unchanged (issue 19): whatever a rule
 * proposes, the engine refuses a fix inside another writer's words (quotations, blockquotes), TeX
 * math or a link's text, and a fix that changes anything but the figure's own characters (a full
 * stop dropped or doubled at an abbreviation: "$11 mln." → "$11 million", "€ 11 miljard." → "€ 11 mld..").
 */
import { mathSpans, quotationSpans } from '../parse/quotes.js';
import { periodContinuesSentence } from '../parse/sentences.js';
import { lastEndingBy } from '../parse/gaps.js';
import type { Brief, Range } from '../parse/types.js';
import type { LintMessage } from './types.js';

/** Source ranges no fix may touch, merged and in order. */
export function untouchableRanges(brief: Brief): Range[] {
  const ranges: Range[] = [];
  for (const block of brief.blocks) {
    if (block.quoted) {
      ranges.push(block.range);
      continue;
    }
    for (const span of [...quotationSpans(block.text), ...mathSpans(block.text), ...bracketedTexts(block.text)]) {
      ranges.push(block.sourceRange?.(span.start, span.end) ?? { start: block.sourceOffset(span.start), end: block.sourceOffset(span.end) });
    }
  }
  const visit = (node: { type: string; position?: { start: { offset?: number }; end: { offset?: number } }; children?: unknown[] }) => {
    const { start, end } = node.position ?? { start: {}, end: {} };
    if (UNTOUCHABLE_NODES.has(node.type) && start.offset !== undefined && end.offset !== undefined) {
      ranges.push({ start: start.offset, end: end.offset });
      return;
    }
    const open: Array<{ name: string; start: number }> = [];
    for (const child of node.children ?? []) {
      const typed = child as Parameters<typeof visit>[0] & { value?: string };
      // "<span title="…">€3bn</span>": the text between an inline tag and its closing tag is HTML's too.
      const at = typed.position;
      if (typed.type === 'html' && typeof typed.value === 'string' && at?.start.offset !== undefined && at.end.offset !== undefined) {
        const opening = /^<([A-Za-z][\w-]*)(?:\s[^<>]*)?>$/u.exec(typed.value);
        const closing = /^<\/([A-Za-z][\w-]*)\s*>$/u.exec(typed.value);
        if (opening && !typed.value.endsWith('/>')) open.push({ name: opening[1]!.toLowerCase(), start: at.start.offset });
        else if (closing) {
          // The nearest open tag of that name among the last few (a bounded look: thousands of unclosed tags stay linear).
          const name = closing[1]!.toLowerCase();
          let index = open.length - 1;
          while (index >= 0 && open.length - index < 8 && open[index]!.name !== name) index--;
          if (index >= 0 && open[index]!.name === name) {
            ranges.push({ start: open[index]!.start, end: at.end.offset });
            open.length = index;
          }
        }
      }
      visit(typed);
    }
  };
  visit(brief.mdast);
  return merged(ranges);
}

/** Links (their text is often a title: "the €20bn plan"), quotations, math and HTML, as the parser reads them. */
const UNTOUCHABLE_NODES = new Set(['link', 'linkReference', 'blockquote', 'inlineMath', 'math', 'html']);

/**
 * "[EUR 16 billion](http://x/EUR 16 billion)": a link the parser did not take (a space in its
 * address) is still a link's text to its writer. Offsets of the text inside the brackets.
 */
function bracketedTexts(text: string): Range[] {
  const spans: Range[] = [];
  let open = text.indexOf('[');
  while (open >= 0) {
    const close = text.indexOf(']', open + 1);
    if (close < 0) break;
    const nested = text.lastIndexOf('[', close);
    if (nested === open && (text[close + 1] === '(' || text[close + 1] === '[')) spans.push({ start: open + 1, end: close });
    open = text.indexOf('[', nested === open ? close + 1 : nested);
  }
  return spans;
}

function merged(ranges: Range[]): Range[] {
  const sorted = ranges.filter((range) => range.end > range.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const result: Range[] = [];
  for (const range of sorted) {
    const last = result[result.length - 1];
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else result.push({ ...range });
  }
  return result;
}

/** Whether [start, end) overlaps one of the merged, ordered ranges (binary search: linear over all fixes). */
function overlaps(ranges: readonly Range[], start: number, end: number): boolean {
  const first = ranges[lastEndingBy(ranges, start) + 1];
  return first !== undefined && first.start < Math.max(end, start + 1);
}

/** The messages with the fixes that touch an untouchable range taken off (the problem is still reported). */
export function withoutUntouchableFixes(messages: readonly LintMessage[], brief: Brief): LintMessage[] {
  if (!messages.some((message) => message.fix)) return [...messages];
  const ranges = untouchableRanges(brief);
  return messages.map((message) => {
    if (!message.fix || !overlaps(ranges, message.fix.range[0], message.fix.range[1])) return message;
    const { fix: _fix, ...rest } = message;
    return rest;
  });
}

/**
 * Each figure's punctuation, as one comparable key per figure: the punctuation right before it and
 * right after its own characters. A fix may change a figure's characters and nothing around them;
 * a period that ends a figure ("mln.") counts as the text's unless it plainly goes on within its
 * sentence, as it may also be the full stop, which no fix may drop or double.
 */
export function punctuationAround(brief: Brief): string[] {
  const source = brief.source;
  return brief.figures.map((figure) => {
    const { start } = figure.range;
    let { end } = figure.range;
    if (end > start + 1 && source[end - 1] === '.' && !periodContinuesSentence(source, end - 1)) end--;
    let before = start;
    while (before > 0 && PUNCTUATION.test(source[before - 1]!)) before--;
    let after = end;
    while (after < source.length && PUNCTUATION.test(source[after]!)) after++;
    return `${source.slice(before, start)}\u0000${source.slice(end, after)}`;
  });
}

const PUNCTUATION = /\p{P}/u;
