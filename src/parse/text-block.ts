/**
 * A block's readable text and its map back to the source, built from a phrasing container
 * (paragraph, heading, table cell) without recursion, so deeply nested emphasis cannot overflow the stack.
 */
import type { Nodes, Parent, PhrasingContent } from 'mdast';
import { alignValue, type MapSink } from './align.js';
import type { BlockKind, Figure, Range, Sentence, TextBlock } from './types.js';

/** Stands for anything the reader does not read (inline code, images, inline HTML, bare URLs): figures never merge across it. */
export const OBJECT_REPLACEMENT = '\uFFFC';

export interface OffsetMap {
  /** starts[i]: source offset of text[i]; starts[text.length]: just after the last character. */
  starts: Int32Array;
  /** ends[i]: source offset just after the source of text[i] (an escape or entity is several source characters). */
  ends: Int32Array;
}

export interface FlatText extends OffsetMap {
  text: string;
}

/** What the flattener hands out besides text: the parts of the line that are code or HTML. */
export interface InlineCollector {
  code(range: Range): void;
  html(range: Range): void;
}

export function rangeOf(node: Nodes): Range | undefined {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  return start === undefined || end === undefined ? undefined : { start, end };
}

/** The text of a phrasing container as a reader sees it, with each character's place in the source. */
export function flattenInline(container: Parent, source: string, collector: InlineCollector): FlatText {
  const containerRange = rangeOf(container as Nodes);
  // A text is never longer than its source (escapes, references and line breaks only shrink it), so this rarely grows.
  const offsets = new OffsetWriter(containerRange ? containerRange.end - containerRange.start + 1 : 16);
  const parts: string[] = [];
  const placeholder = (range: Range): void => {
    parts.push(OBJECT_REPLACEMENT);
    offsets.sink(range.start, range.end);
  };
  const pending: Nodes[] = [...(container.children as Nodes[])].reverse();
  while (pending.length > 0) {
    const node = pending.pop()!;
    const range = rangeOf(node);
    if (!range) continue;
    switch (node.type) {
      case 'text':
        pushText(node.value, source, range, parts, offsets.sink);
        break;
      case 'break':
        parts.push('\n');
        offsets.sink(range.start, range.end);
        break;
      case 'inlineCode':
        collector.code(range);
        placeholder(range);
        break;
      case 'html':
        collector.html(range);
        placeholder(range);
        break;
      case 'link':
        if (isBareUrl(node)) placeholder(range);
        else pushChildren(pending, node.children);
        break;
      default:
        if ('children' in node) pushChildren(pending, node.children as Nodes[]);
        else placeholder(range); // image, imageReference, footnoteReference, anything else without readable text
    }
  }
  return { text: parts.join(''), ...offsets.finish(containerRange?.start ?? 0) };
}

/**
 * GFM's literal autolinks, as mdast-util-gfm-autolink-literal finds them: `www.` or `http(s)://` not
 * inside a word, and e-mail addresses. The parser does not make links of them (see processor.ts), so
 * the text does it here, with the same effect: an address is one object character, never prose.
 */
const BARE_ADDRESS = /(?<![\da-z])(?:https?:\/\/|www(?=\.))[\w-]*\.[\w\-.]*[^\t\n\r \uFFFC]*|(?<![\w+\-.@])(?:mailto:|xmpp:)?[\w+\-.]{1,64}@[\w-]{1,63}(?:\.[\w-]{1,63}){1,8}/gi;

/** Pushes a text node's value and its map, with each bare address in it as one object character. */
function pushText(value: string, source: string, range: Range, parts: string[], sink: MapSink): void {
  if (!value.includes('://') && !value.includes('www.') && !value.includes('@')) {
    parts.push(value);
    alignValue(value, source, range.start, range.end, sink);
    return;
  }
  // Rare: map every character first, then hand out the plain stretches and one placeholder per address.
  const starts: number[] = [];
  const ends: number[] = [];
  alignValue(value, source, range.start, range.end, (start, end) => {
    starts.push(start);
    ends.push(end);
  });
  let plainFrom = 0;
  const pushPlain = (to: number): void => {
    parts.push(value.slice(plainFrom, to));
    for (let i = plainFrom; i < to; i++) sink(starts[i]!, ends[i]!);
  };
  for (const match of value.matchAll(BARE_ADDRESS)) {
    const end = match.index + addressLength(match[0]);
    if (end <= match.index) continue;
    pushPlain(match.index);
    parts.push(OBJECT_REPLACEMENT);
    sink(starts[match.index]!, ends[end - 1]!);
    plainFrom = end;
  }
  pushPlain(value.length);
}

/**
 * How much of a matched address is the address, as GFM trims it: not the sentence's closing
 * punctuation, nor a closing parenthesis that has no opening one inside the address.
 */
function addressLength(address: string): number {
  let end = address.length;
  for (;;) {
    const last = address[end - 1];
    if (last === undefined) return 0;
    if ('.,:;!?"\'*_~'.includes(last)) {
      end--;
      continue;
    }
    if (last === ')') {
      const inside = address.slice(0, end);
      if (count(inside, ')') > count(inside, '(')) {
        end--;
        continue;
      }
    }
    return end;
  }
}

function count(text: string, char: string): number {
  let n = 0;
  for (const c of text) if (c === char) n++;
  return n;
}

/** Collects the offset map in typed arrays, sized up front: blocks are many, and plain arrays cost the garbage collector. */
class OffsetWriter {
  #starts: Int32Array;
  #ends: Int32Array;
  #length = 0;

  constructor(capacity: number) {
    this.#starts = new Int32Array(Math.max(capacity, 1));
    this.#ends = new Int32Array(Math.max(capacity, 1));
  }

  readonly sink = (start: number, end: number): void => {
    if (this.#length + 1 >= this.#starts.length) this.#grow();
    this.#starts[this.#length] = start;
    this.#ends[this.#length] = end;
    this.#length++;
  };

  /** The map with its closing entry: just after the last character, or `emptyAt` when there is none. */
  finish(emptyAt: number): OffsetMap {
    const after = this.#length > 0 ? this.#ends[this.#length - 1]! : emptyAt;
    if (this.#length + 1 > this.#starts.length) this.#grow();
    this.#starts[this.#length] = after;
    this.#ends[this.#length] = after;
    const used = this.#length + 1;
    return { starts: this.#starts.subarray(0, used), ends: this.#ends.subarray(0, used) };
  }

  #grow(): void {
    const starts = new Int32Array(this.#starts.length * 2);
    const ends = new Int32Array(this.#ends.length * 2);
    starts.set(this.#starts);
    ends.set(this.#ends);
    this.#starts = starts;
    this.#ends = ends;
  }
}

function pushChildren(pending: Nodes[], children: readonly PhrasingContent[] | readonly Nodes[]): void {
  for (let i = children.length - 1; i >= 0; i--) pending.push(children[i] as Nodes);
}

/** A link whose text is its own address (an autolink or a GFM bare URL): an address, not prose, so its digits are not figures. */
function isBareUrl(link: { url: string; children: PhrasingContent[] }): boolean {
  if (link.children.length !== 1) return false;
  const only = link.children[0]!;
  if (only.type !== 'text') return false;
  const shown = only.value;
  return link.url === shown || link.url === `mailto:${shown}` || link.url === `http://${shown}`;
}

/** An empty text, for list items whose first child is not a paragraph. */
export function emptyFlatText(at: number): FlatText {
  return { text: '', starts: Int32Array.of(at), ends: Int32Array.of(at) };
}

export interface BlockPlace {
  kind: BlockKind;
  range: Range;
  quoted: boolean;
  headingPath: string[];
}

/** A TextBlock whose sentences and figures are filled in once the document's locale is known. */
export class Block implements TextBlock {
  readonly kind: BlockKind;
  readonly text: string;
  readonly range: Range;
  readonly quoted: boolean;
  readonly headingPath: string[];
  sentences: Sentence[] = [];
  figures: Figure[] = [];
  readonly #map: OffsetMap;

  constructor(flat: FlatText, place: BlockPlace) {
    this.kind = place.kind;
    this.text = flat.text;
    this.range = place.range;
    this.quoted = place.quoted;
    this.headingPath = place.headingPath;
    this.#map = { starts: flat.starts, ends: flat.ends };
  }

  sourceOffset(index: number): number {
    return this.#map.starts[clampIndex(index, this.text.length)]!;
  }

  /** The source range of text[start, end): from the first character's start to the last character's end. */
  sourceRange(start: number, end: number): Range {
    const from = this.sourceOffset(start);
    if (end <= start) return { start: from, end: from };
    return { start: from, end: this.#map.ends[clampIndex(end - 1, this.text.length)]! };
  }
}

function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index) || index <= 0) return 0;
  return Math.min(Math.trunc(index), length);
}
