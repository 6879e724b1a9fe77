/**
 * Parsing again after an edit, as the language server does at every keystroke: only the top-level
 * blocks the edit touched are parsed again, with one unchanged block on each side; the rest of the
 * previous tree is kept, its positions moved by the edit. The result is the tree `parseMarkdown`
 * would build for the whole text, or, where that cannot be shown, the whole text is parsed.
 *
 * Why a slice can stand for the whole: Markdown's blocks are read line by line, and a top-level block
 * starts the same way whatever closed before it. When the slice, parsed on its own, starts with the
 * same block as before (same type, extent, children) and ends with the same block as before, the
 * parser stood at a block boundary on both sides in the new text too, so everything outside the
 * slice reads as it did. Front matter is read from the document's first line to its closing fence,
 * so an edit that may open or close it parses the whole text. The one thing a block reads from the
 * rest of the document is its definitions (`[label]: url`, `[^note]: …`): whether `[label]` is a link
 * or text depends on them. So the slice is parsed with a stand-in for each definition outside it
 * appended (`[label]: x`, `[^note]: x`, then dropped), and an edit that adds or removes a definition
 * (which may change how any block reads) parses the whole text, as does a definition inside a block
 * quote or list (kept simple: rare in briefs).
 */
import type { Root, RootContent } from 'mdast';
import { checkParseLimits } from './limits.js';
import { parseMarkdown, parseWithinLimits } from './processor.js';

/** The text a tree was parsed from, and the tree (its nodes are reused, and moved, by the next parse). */
export interface ParsedText {
  text: string;
  tree: Root;
}

type Point = { line: number; column: number; offset?: number };
type Positioned = { position?: { start: Point; end: Point } };

/**
 * The tree `parseMarkdown(text)` builds, parsing only what changed since `previous`. The previous
 * tree must not be used afterwards: its nodes after the edit are moved into the new tree.
 */
export function parseAfterEdit(previous: ParsedText | undefined, text: string): Root {
  if (!previous) return parseMarkdown(text);
  const beyondLimits = checkParseLimits(text);
  if (beyondLimits) throw beyondLimits;
  return reparseChanged(previous, text) ?? parseWithinLimits(text);
}

/** Every definition is written with "]:"; a text without one defines nothing. */
const DEFINES = ']:';

type Definition = Extract<RootContent, { type: 'definition' | 'footnoteDefinition' }>;

function isDefinition(node: { type: string }): node is Definition {
  return node.type === 'definition' || node.type === 'footnoteDefinition';
}

/** What a definition defines, as references are matched: link and footnote labels apart. */
function definedKey(node: Definition): string {
  return `${node.type === 'definition' ? 'link' : 'note'}:${node.identifier}`;
}

/**
 * The definitions among some top-level nodes, or undefined when one stands inside another node (a
 * block quote, a list, a footnote). Only nodes whose source holds "]:" can hold one.
 */
export function definitionsIn(nodes: readonly RootContent[], text: string): Definition[] | undefined {
  const found: Definition[] = [];
  for (const node of nodes) {
    if (isDefinition(node)) found.push(node);
    const source = text.slice(offsetOf(node, 'start'), offsetOf(node, 'end'));
    if (!source.includes(DEFINES)) continue;
    const stack: unknown[] = [...((node as { children?: unknown[] }).children ?? [])];
    while (stack.length > 0) {
      const inner = stack.pop() as { type: string; children?: unknown[] };
      if (isDefinition(inner)) return undefined;
      if (inner.children) for (const child of inner.children) stack.push(child);
    }
  }
  return found;
}

/** A definition of the same label, to append to a slice: `[label]: x` or `[^note]: x`, from its source. */
export function standIn(node: Definition, text: string): string | undefined {
  const start = offsetOf(node, 'start');
  const close = text.indexOf(DEFINES, start);
  const head = text.slice(start, close + DEFINES.length);
  // A label with an escape or a line break in it is left to a whole parse.
  if (close < 0 || close >= offsetOf(node, 'end') || /[\\\r\n]/.test(head)) return undefined;
  return `${head} x`;
}

/** The point just after the last character, as micromark places the end of the document. */
function endOf(text: string): Point {
  const lines = lineEndings(text);
  const lastLine = lineStart(text, text.length);
  return { line: lines + 1, column: text.length - lastLine + 1, offset: text.length };
}

function sameKeys(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size === b.size && [...a].every((key) => b.has(key));
}

function opensFrontmatter(text: string): boolean {
  return text.startsWith('---') || text.startsWith('+++');
}

function isFrontmatter(node: RootContent): boolean {
  return (node.type as string) === 'yaml' || (node.type as string) === 'toml';
}

function offsetOf(node: Positioned, end: 'start' | 'end'): number {
  return node.position?.[end].offset ?? -1;
}

export function lineEndings(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 10) count++;
    else if (code === 13) {
      count++;
      if (text.charCodeAt(index + 1) === 10) index++;
    }
  }
  return count;
}

/** The offset where the line holding `offset` starts (micromark's line endings: \n, \r\n, \r). */
function lineStart(text: string, offset: number): number {
  let index = offset;
  while (index > 0) {
    const code = text.charCodeAt(index - 1);
    if (code === 10 || code === 13) break;
    index--;
  }
  return index;
}

function reparseChanged(previous: ParsedText, text: string): Root | undefined {
  const old = previous.text;
  const children = previous.tree.children;
  if (children.length === 0) return undefined;
  if (children.some((child) => offsetOf(child, 'start') < 0 || offsetOf(child, 'end') < 0)) return undefined;
  // The edit: old[first, oldEnd) became text[first, newEnd).
  const shortest = Math.min(old.length, text.length);
  const first = sharedPrefix(old, text, shortest);
  const same = sharedSuffix(old, text, shortest - first);
  const oldEnd = old.length - same;
  const delta = text.length - old.length;
  // Blocks touching the edit (a letter typed right after a block belongs to it) are parsed again,
  // with the untouched block before and after them.
  let firstTouched = 0;
  while (firstTouched < children.length && offsetOf(children[firstTouched]!, 'end') < first) firstTouched++;
  let lastTouched = children.length - 1;
  while (lastTouched >= 0 && offsetOf(children[lastTouched]!, 'start') > oldEnd) lastTouched--;
  // A fence at the very start opens front matter, and until it is closed the whole document reads
  // otherwise (lists and all): only a closed, untouched front matter block leaves the rest alone.
  if ((opensFrontmatter(old) || opensFrontmatter(text)) && !(firstTouched > 0 && isFrontmatter(children[0]!))) return undefined;
  const before = firstTouched > 0 ? children[firstTouched - 1] : undefined;
  const after = lastTouched + 1 < children.length ? children[lastTouched + 1] : undefined;
  const start = before ? lineStart(old, offsetOf(before, 'start')) : 0;
  const oldStop = after ? offsetOf(after, 'end') : old.length;
  const newStop = oldStop + delta;
  if (start > first || oldStop < oldEnd) return undefined;
  const slice = text.slice(start, newStop);
  // Definitions outside the slice, each given to the slice as a stand-in.
  const defining = old.includes(DEFINES) || text.includes(DEFINES);
  const windowFirst = before ? firstTouched - 1 : firstTouched;
  const windowEnd = after ? lastTouched + 2 : lastTouched + 1;
  const outside = defining ? definitionsIn([...children.slice(0, windowFirst), ...children.slice(windowEnd)], old) : [];
  const inWindowBefore = defining ? definitionsIn(children.slice(windowFirst, windowEnd), old) : [];
  if (!outside || !inWindowBefore) return undefined;
  const standIns: string[] = [];
  for (const definition of outside) {
    const written = standIn(definition, old);
    if (written === undefined) return undefined;
    standIns.push(written);
  }
  const sliceTree = parseWithinLimits(standIns.length > 0 ? `${slice}\n\n${standIns.join('\n\n')}\n` : slice);
  const appended = sliceTree.children.splice(sliceTree.children.length - standIns.length, standIns.length);
  if (appended.length !== standIns.length || !appended.every(isDefinition)) return undefined;
  if (defining) {
    const inWindowAfter = definitionsIn(sliceTree.children, slice);
    if (!inWindowAfter) return undefined;
    // A definition added, removed or relabelled may turn a "[label]" anywhere into a link or back.
    const keys = (found: readonly Definition[]) => new Set([...outside, ...found].map(definedKey));
    if (!sameKeys(keys(inWindowBefore), keys(inWindowAfter))) return undefined;
  }
  const startLine = before ? before.position!.start.line : 1;
  const lineDelta = lineEndings(slice) - lineEndings(old.slice(start, oldStop));
  const toDocument = { offset: start, line: startLine - 1 };
  const parsed = sliceTree.children;
  if (before && !sameNode(parsed[0], before, toDocument, { offset: 0, line: 0 })) return undefined;
  if (after && !sameNode(parsed[parsed.length - 1], after, toDocument, { offset: delta, line: lineDelta })) return undefined;
  const middle = parsed.slice(before ? 1 : 0, after ? parsed.length - 1 : parsed.length);
  for (const node of middle) move(node, toDocument);
  const kept = children.slice(lastTouched + 1);
  if (delta !== 0 || lineDelta !== 0) for (const node of kept) move(node, { offset: delta, line: lineDelta });
  const end = after
    ? shifted(previous.tree.position!.end, { offset: delta, line: lineDelta })
    : standIns.length > 0
      ? endOf(text)
      : shifted(sliceTree.position!.end, toDocument);
  const tree: Root = { ...previous.tree, children: [...children.slice(0, firstTouched), ...middle, ...kept], position: { start: previous.tree.position!.start, end } };
  return tree;
}

/** Characters compared at once (the engine compares strings natively; a loop over characters is slower by far). */
const RUN = 512;

/** How many characters the two texts share at their start, at most `limit`. */
function sharedPrefix(a: string, b: string, limit: number): number {
  let at = 0;
  while (at + RUN <= limit && a.slice(at, at + RUN) === b.slice(at, at + RUN)) at += RUN;
  while (at < limit && a.charCodeAt(at) === b.charCodeAt(at)) at++;
  return at;
}

/** How many characters the two texts share at their end, at most `limit`. */
function sharedSuffix(a: string, b: string, limit: number): number {
  let same = 0;
  while (same + RUN <= limit && a.slice(a.length - same - RUN, a.length - same) === b.slice(b.length - same - RUN, b.length - same)) same += RUN;
  while (same < limit && a.charCodeAt(a.length - 1 - same) === b.charCodeAt(b.length - 1 - same)) same++;
  return same;
}

interface Shift {
  offset: number;
  line: number;
}

function shifted(point: Point, by: Shift): Point {
  // Two literals, not a spread: every node after a keystroke moves, at every keystroke.
  if (point.offset === undefined) return { line: point.line + by.line, column: point.column };
  return { line: point.line + by.line, column: point.column, offset: point.offset + by.offset };
}

/** Moves a node and everything in it (new position objects: micromark may share one point between nodes). */
export function move(root: RootContent, by: Shift): void {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop() as Positioned & { children?: unknown[] };
    if (node.position) node.position = { start: shifted(node.position.start, by), end: shifted(node.position.end, by) };
    if (node.children) for (const child of node.children) stack.push(child);
  }
}

/** Whether a node of the slice (positions moved by `slice`) is the old node (moved by `old`): every field and child. */
function sameNode(parsed: RootContent | undefined, kept: RootContent, slice: Shift, old: Shift): boolean {
  if (!parsed) return false;
  const stack: Array<[unknown, unknown]> = [[parsed, kept]];
  while (stack.length > 0) {
    const [a, b] = stack.pop()!;
    if (a === b) continue;
    if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
    if (Array.isArray(a) !== Array.isArray(b)) return false;
    const keysA = Object.keys(a);
    if (keysA.length !== Object.keys(b).length) return false;
    for (const key of keysA) {
      if (!Object.hasOwn(b, key)) return false;
      const valueA = (a as Record<string, unknown>)[key];
      const valueB = (b as Record<string, unknown>)[key];
      if (key === 'position' && !Array.isArray(a)) {
        if (!samePosition(valueA as Positioned['position'], valueB as Positioned['position'], slice, old)) return false;
      } else stack.push([valueA, valueB]);
    }
  }
  return true;
}

function samePosition(a: Positioned['position'], b: Positioned['position'], slice: Shift, old: Shift): boolean {
  if (!a || !b) return a === b;
  return samePoint(a.start, b.start, slice, old) && samePoint(a.end, b.end, slice, old);
}

function samePoint(a: Point, b: Point, slice: Shift, old: Shift): boolean {
  return (
    a.column === b.column &&
    a.line + slice.line === b.line + old.line &&
    (a.offset === undefined ? b.offset === undefined : b.offset !== undefined && a.offset + slice.offset === b.offset + old.offset)
  );
}
