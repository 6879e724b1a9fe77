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
  headingPath: string[];
  sentences: Sentence[] = [];
  figures: Figure[] = [];
  #map: OffsetMap;
  /** Every range handed out, by text span, when the block may be kept for a later build (see KeptBlocks). */
  #issued?: Map<string, { range: Range; start: number; end: number }>;

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

  /**
   * The source range of text[start, end): from the first character's start to the last character's
   * end. A block kept for later builds hands out one range per span, placed again when it moves.
   */
  sourceRange(start: number, end: number): Range {
    if (!this.#issued) return this.#rangeOf(start, end);
    const key = `${start},${end}`;
    const known = this.#issued.get(key);
    if (known) return known.range;
    const range = this.#rangeOf(start, end);
    this.#issued.set(key, { range, start, end });
    return range;
  }

  #rangeOf(start: number, end: number): Range {
    const from = this.sourceOffset(start);
    if (end <= start) return { start: from, end: from };
    return { start: from, end: this.#map.ends[clampIndex(end - 1, this.text.length)]! };
  }

  /** From now on, every range this block hands out (its sentences' and figures' too) can be placed again by `moveTo`. */
  keepRanges(): void {
    this.#issued ??= new Map();
  }

  /**
   * The same node in a later version of the document, moved by `delta` characters (the incremental
   * parser keeps the nodes a keystroke did not touch, and their text): the block takes its new place
   * (map, range, heading path), and every range it handed out is placed again, in place, so whatever
   * holds one (a figure, a sentence, a claim read from them) points at the new place.
   */
  moveBy(delta: number, place: BlockPlace): void {
    if (delta !== 0) {
      for (let index = 0; index < this.#map.starts.length; index++) {
        this.#map.starts[index]! += delta;
        this.#map.ends[index]! += delta;
      }
    }
    this.range.start = place.range.start;
    this.range.end = place.range.end;
    this.headingPath = place.headingPath;
    for (const issued of this.#issued?.values() ?? []) {
      const placed = this.#rangeOf(issued.start, issued.end);
      issued.range.start = placed.start;
      issued.range.end = placed.end;
    }
  }
}

/** What reading a node's inline content told the walker besides its text: its code and HTML, in order. */
type InlineEvent = { kind: 'code' | 'html'; range: Range };

interface KeptBlock {
  block: Block;
  /** Where the node started when the block was read from it. */
  nodeStart: number;
  events: readonly InlineEvent[];
}

/**
 * The blocks of one build of a document kept for the next (the language server's BriefMemo). The
 * incremental parser keeps the mdast nodes a keystroke did not touch (moved); a block read from such
 * a node, of the same kind, quotation and headings, is the same block, moved: its text is not
 * flattened again, and once its figures were read in the build's locale, its sentences and figures
 * are not read again either, so whatever was read from them (per-sentence claims, kept by object)
 * stands. A build in another locale keeps nothing (see `sameLocale`).
 */
export class KeptBlocks {
  #last = new Map<object, KeptBlock>();
  #next = new Map<object, KeptBlock>();
  #read = new WeakSet<Block>();
  #moved = new Set<Block>();
  #locale: string | undefined;

  /** A build begins (whatever a failed build left is dropped). */
  begin(): void {
    this.#next = new Map();
    this.#moved = new Set();
  }

  /**
   * The last build's block for this node, moved to `place`, its code and HTML told to `collector`
   * again; undefined when there is none or it stood otherwise (then the caller reads the node and
   * hands the block to `keep`).
   */
  moved(node: object, place: BlockPlace, collector: InlineCollector, cell?: { row: number; column: number }): Block | undefined {
    const kept = this.#last.get(node);
    const nodeStart = (node as Nodes).position?.start.offset;
    if (!kept || nodeStart === undefined || this.#moved.has(kept.block)) return undefined;
    const { block } = kept;
    const delta = nodeStart - kept.nodeStart;
    const stood = block.kind === place.kind && block.quoted === place.quoted && sameHeadings(block.headingPath, place.headingPath);
    const placed = block.range.start + delta === place.range.start && block.range.end + delta === place.range.end;
    const asCell = block as Partial<Record<'row' | 'column', number>>;
    if (!stood || !placed || asCell.row !== cell?.row || asCell.column !== cell?.column) return undefined;
    block.moveBy(delta, place);
    for (const event of kept.events) collector[event.kind]({ start: event.range.start + delta, end: event.range.end + delta });
    this.#moved.add(block);
    this.#next.set(node, { block, nodeStart, events: kept.events });
    return block;
  }

  /** A block read afresh from a node, kept for the next build; `events`: what reading it told the collector. */
  keep(node: object, block: Block, events: readonly InlineEvent[]): void {
    const nodeStart = (node as Nodes).position?.start.offset;
    block.keepRanges();
    if (nodeStart !== undefined) this.#next.set(node, { block, nodeStart, events });
  }

  /** Whether this build's block is the last build's, its sentences and figures already read in this locale. */
  figuresRead(block: Block): boolean {
    return this.#moved.has(block) && this.#read.has(block);
  }

  /** Whether this build reads in the last build's locale (else what was read from its kept blocks was read in another). */
  sameLocale(locale: string): boolean {
    return this.#moved.size === 0 || this.#locale === locale;
  }

  /** Forgets every block kept: this build reads every node afresh. */
  clear(): void {
    this.#last = new Map();
    this.begin();
  }

  /** A block's figures were read in this build. */
  read(block: Block): void {
    this.#read.add(block);
  }

  /** The build is done, in this locale: its blocks are those the next build may keep. */
  settle(locale: string): void {
    this.#last = this.#next;
    this.#locale = locale;
    this.begin();
  }
}

/** A collector that also records what it is told, for a block kept for the next build. */
export function recording(collector: InlineCollector): { collector: InlineCollector; events: InlineEvent[] } {
  const events: InlineEvent[] = [];
  return {
    events,
    collector: {
      code: (range) => {
        events.push({ kind: 'code', range: { ...range } });
        collector.code(range);
      },
      html: (range) => {
        events.push({ kind: 'html', range: { ...range } });
        collector.html(range);
      },
    },
  };
}

function sameHeadings(a: readonly string[], b: readonly string[]): boolean {
  return a === b || (a.length === b.length && a.every((heading, index) => heading === b[index]));
}

function clampIndex(index: number, length: number): number {
  if (!Number.isFinite(index) || index <= 0) return 0;
  return Math.min(Math.trunc(index), length);
}
