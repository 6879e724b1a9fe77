/**
 * One iterative pass over the mdast: text blocks, tables, lists, comments, code ranges, sections
 * and front matter. Iterative (an explicit stack) so 20 000 nested blockquotes cannot overflow ours.
 */
import type { Heading, List as MdList, ListItem as MdListItem, Nodes, Paragraph, Parent, Root, Table as MdTable } from 'mdast';
import { fencedFrontmatter } from './frontmatter.js';
import { htmlTablesIn } from './html-table.js';
import { Block, emptyFlatText, flattenInline, rangeOf, recording, type BlockPlace, type FlatText, type InlineCollector, type KeptBlocks } from './text-block.js';
import type { BlockKind, Frontmatter, HtmlComment, List, ListItem, Range, Section, Table, TableCell } from './types.js';

export interface Structure {
  blocks: Block[];
  tables: Table[];
  lists: List[];
  comments: HtmlComment[];
  code: Range[];
  sections: Section[];
  frontmatter?: Frontmatter;
}

/** A table cell: a block that knows its place in the grid. */
export class Cell extends Block implements TableCell {
  declare readonly kind: 'tableCell';
  readonly row: number;
  readonly column: number;
  readonly header: boolean;

  constructor(flat: ConstructorParameters<typeof Block>[0], place: BlockPlace, row: number, column: number) {
    super(flat, place);
    this.row = row;
    this.column = column;
    this.header = row === 0;
  }
}

interface Frame {
  node: Nodes;
  parent?: Parent;
  index: number;
  quoted: boolean;
  /** Set on a list item's first paragraph: that paragraph is the item's block. */
  item?: ListItem;
}

interface OpenSection {
  section: Section;
  depth: number;
}

interface PendingNeighbours {
  table: Table;
  parent: Parent;
  index: number;
}

/**
 * `frontmatter`: one found before parsing (JSON), which the mdast does not show. `kept`: the blocks of
 * the last build of an earlier version (the language server's), reused where their node reads the same.
 */
export function walkDocument(root: Root, source: string, frontmatter?: Frontmatter, kept?: KeptBlocks): Structure {
  return new DocumentWalker(root, source, frontmatter, kept).walk();
}

/** The state of one walk: what has been found so far, and where in the heading outline we stand. */
class DocumentWalker {
  readonly #root: Root;
  readonly #source: string;
  readonly #structure: Structure = { blocks: [], tables: [], lists: [], comments: [], code: [], sections: [] };
  readonly #stack: Frame[] = [];
  readonly #paragraphBlocks = new Map<Nodes, Block>();
  readonly #headings: Array<{ depth: number; text: string }> = [];
  readonly #openSections: OpenSection[] = [];
  readonly #neighbours: PendingNeighbours[] = [];
  readonly #collector: InlineCollector;
  /** Shared by all blocks under the same headings (rebuilt only when a heading comes): blocks are many. */
  #headingPath: string[] = [];
  readonly #kept: KeptBlocks | undefined;

  constructor(root: Root, source: string, frontmatter: Frontmatter | undefined, kept: KeptBlocks | undefined) {
    this.#root = root;
    this.#source = source;
    this.#kept = kept;
    if (frontmatter) this.#structure.frontmatter = frontmatter;
    this.#collector = {
      code: (range) => this.#structure.code.push(range),
      html: (range) => collectHtml(source, range, this.#structure),
    };
  }

  walk(): Structure {
    pushChildFrames(this.#stack, this.#root, false);
    while (this.#stack.length > 0) this.#visit(this.#stack.pop()!);
    closeSections(this.#openSections, 0, this.#source.length);
    addLeadingSection(this.#structure, this.#source);
    for (const pending of this.#neighbours) attachNeighbours(pending, this.#paragraphBlocks);
    this.#structure.code.sort((a, b) => a.start - b.start);
    return this.#structure;
  }

  #visit(frame: Frame): void {
    const { node, quoted } = frame;
    const range = rangeOf(node);
    if (!range) return;
    const matter = frontmatterNode(node);
    if (matter) {
      if (frame.parent === this.#root && frame.index === 0) this.#structure.frontmatter = fencedFrontmatter(this.#source, { ...matter, range });
      return;
    }
    switch (node.type) {
      case 'paragraph':
        this.#paragraph(node, range, frame);
        break;
      case 'heading':
        this.#heading(node, range, quoted);
        break;
      case 'table':
        this.#table(node, range, frame);
        break;
      case 'list':
        this.#structure.lists.push(readList(node, range, this.#place('listItem', range, quoted), this.#stack));
        break;
      case 'code':
        this.#structure.code.push(range);
        break;
      case 'html':
        this.#collector.html(range);
        this.#htmlTables(range, frame);
        break;
      case 'blockquote':
        pushChildFrames(this.#stack, node, true);
        break;
      default:
        if ('children' in node) pushChildFrames(this.#stack, node, quoted);
    }
  }

  #place(kind: BlockKind, range: Range, quoted: boolean): BlockPlace {
    return { kind, range, quoted, headingPath: this.#headingPath };
  }

  #addBlock(node: Parent, place: BlockPlace): Block {
    const block = this.#read(node, place, (flat) => new Block(flat, place));
    this.#structure.blocks.push(block);
    return block;
  }

  /** A node's block: the last build's, moved, when the memo kept it; else read from the node (and kept for the next build). */
  #read<B extends Block>(node: Parent, place: BlockPlace, make: (flat: FlatText) => B, cell?: { row: number; column: number }): B {
    if (!this.#kept) return make(flattenInline(node, this.#source, this.#collector));
    const moved = this.#kept.moved(node, place, this.#collector, cell);
    if (moved) return moved as B;
    const { collector, events } = recording(this.#collector);
    const block = make(flattenInline(node, this.#source, collector));
    this.#kept.keep(node, block, events);
    return block;
  }

  #paragraph(node: Paragraph, range: Range, frame: Frame): void {
    const block = this.#addBlock(node, this.#place(frame.item ? 'listItem' : 'paragraph', range, frame.quoted));
    this.#paragraphBlocks.set(node, block);
    if (frame.item) frame.item.block = block;
  }

  #heading(node: Heading, range: Range, quoted: boolean): void {
    closeSections(this.#openSections, node.depth, range.start);
    while (this.#headings.length > 0 && this.#headings[this.#headings.length - 1]!.depth >= node.depth) this.#headings.pop();
    this.#headingPath = pathOf(this.#headings);
    const block = this.#addBlock(node, this.#place('heading', range, quoted));
    openHeadingSection(this.#structure, this.#openSections, block, node);
    this.#headings.push({ depth: node.depth, text: block.text });
    this.#headingPath = pathOf(this.#headings);
  }

  /** `<table>` blocks: tables like the GFM ones, their cells read from the HTML at their places. */
  #htmlTables(range: Range, frame: Frame): void {
    for (const grid of htmlTablesIn(this.#source, range.start, range.end)) {
      const cells = grid.rows.map((cells, row) =>
        cells.map(({ flat, range: cellRange }, column) => {
          const cell = new Cell(flat, this.#place('tableCell', cellRange, frame.quoted), row, column);
          this.#structure.blocks.push(cell);
          return cell;
        }),
      );
      this.#addTable(cells, grid.range, [], frame);
    }
  }

  #addTable(grid: Cell[][], range: Range, align: Table['align'], frame: Frame): void {
    const [header = [], ...rows] = grid;
    const table: Table = { range, align, header, rows, quoted: frame.quoted, headingPath: this.#headingPath };
    this.#structure.tables.push(table);
    if (frame.parent) this.#neighbours.push({ table, parent: frame.parent, index: frame.index });
  }

  #table(node: MdTable, range: Range, frame: Frame): void {
    const grid = node.children.map((rowNode, row) =>
      rowNode.children.map((cellNode, column) => {
        const place = this.#place('tableCell', cellContentRange(cellNode, this.#source) ?? range, frame.quoted);
        const cell = this.#read(cellNode, place, (flat) => new Cell(flat, place, row, column), { row, column });
        this.#structure.blocks.push(cell);
        return cell;
      }),
    );
    this.#addTable(grid, range, [...(node.align ?? [])], frame);
  }
}

/** remark-frontmatter's nodes; mdast's types know `yaml` but not `toml`. */
function frontmatterNode(node: Nodes): { type: 'yaml' | 'toml'; value: string } | undefined {
  const type: string = node.type;
  if ((type === 'yaml' || type === 'toml') && 'value' in node && typeof node.value === 'string') return { type, value: node.value };
  return undefined;
}

function pushChildFrames(stack: Frame[], parent: Parent, quoted: boolean, item?: ListItem): void {
  const children = parent.children as Nodes[];
  for (let index = children.length - 1; index >= 0; index--) {
    const frame: Frame = { node: children[index]!, parent, index, quoted };
    if (item && index === 0 && children[index]!.type === 'paragraph') frame.item = item;
    stack.push(frame);
  }
}

/** The list and its items; each item's children go on the stack, its first paragraph marked as the item's block. */
function readList(node: MdList, range: Range, itemPlace: BlockPlace, stack: Frame[]): List {
  const quoted = itemPlace.quoted;
  const list: List = { range, ordered: node.ordered === true, items: [], quoted };
  const itemFrames: Array<{ itemNode: MdListItem; item: ListItem }> = [];
  for (const itemNode of node.children) {
    const itemRange = rangeOf(itemNode) ?? range;
    const item: ListItem = {
      range: itemRange,
      block: new Block(emptyFlatText(itemRange.start), { ...itemPlace, range: { start: itemRange.start, end: itemRange.start } }),
    };
    list.items.push(item);
    itemFrames.push({ itemNode, item });
  }
  for (let i = itemFrames.length - 1; i >= 0; i--) pushChildFrames(stack, itemFrames[i]!.itemNode, quoted, itemFrames[i]!.item);
  return list;
}

/** The cell's content without the surrounding pipes and spaces (an escaped "\|" at the edge is content). */
function cellContentRange(cell: Parent, source: string): Range | undefined {
  const first = cell.children[0] as Nodes | undefined;
  const last = cell.children[cell.children.length - 1] as Nodes | undefined;
  const firstRange = first && rangeOf(first);
  const lastRange = last && rangeOf(last);
  if (firstRange && lastRange) return { start: firstRange.start, end: lastRange.end };
  const whole = rangeOf(cell as Nodes);
  if (!whole) return undefined;
  let start = whole.start;
  let end = whole.end;
  while (start < end && /[\s|]/.test(source[start]!)) start++;
  while (end > start && /[\s|]/.test(source[end - 1]!)) end--;
  return { start, end };
}

function closeSections(open: OpenSection[], depth: number, at: number): void {
  while (open.length > 0 && open[open.length - 1]!.depth >= depth) {
    open.pop()!.section.range.end = at;
  }
}

/** Frozen: one array is shared by every block under the same headings. */
function pathOf(headings: Array<{ text: string }>): string[] {
  return Object.freeze(headings.map((heading) => heading.text)) as string[];
}

function openHeadingSection(structure: Structure, open: OpenSection[], block: Block, node: Heading): void {
  const section: Section = {
    heading: { text: block.text, depth: node.depth, range: block.range },
    range: { start: block.range.start, end: block.range.end },
  };
  structure.sections.push(section);
  open.push({ section, depth: node.depth });
}

/** The part of the document before its first heading, when it holds anything besides front matter. */
function addLeadingSection(structure: Structure, source: string): void {
  const firstHeading = structure.sections[0]?.range.start ?? source.length;
  const contentStart = structure.frontmatter?.range.end ?? 0;
  if (contentStart >= firstHeading || source.slice(contentStart, firstHeading).trim() === '') return;
  structure.sections.unshift({ range: { start: contentStart, end: firstHeading } });
}

/** A table's caption and note: the paragraph right before and after it, looking past blank lines and HTML comments. */
function attachNeighbours(pending: PendingNeighbours, blockOf: Map<Nodes, Block>): void {
  const siblings = pending.parent.children as Nodes[];
  const before = nearestParagraph(siblings, pending.index, -1);
  const after = nearestParagraph(siblings, pending.index, 1);
  const beforeBlock = before && blockOf.get(before);
  const afterBlock = after && blockOf.get(after);
  if (beforeBlock) pending.table.before = beforeBlock;
  if (afterBlock) pending.table.after = afterBlock;
}

function nearestParagraph(siblings: Nodes[], from: number, direction: 1 | -1): Nodes | undefined {
  for (let i = from + direction; i >= 0 && i < siblings.length; i += direction) {
    const sibling = siblings[i]!;
    if (sibling.type === 'paragraph') return sibling;
    if (sibling.type !== 'html' || !isOnlyComments(sibling.value)) return undefined;
  }
  return undefined;
}

/** An HTML node is code to the rules; the comments in it are directives. A block node can hold several. */
function collectHtml(source: string, range: Range, structure: Structure): void {
  structure.code.push(range);
  for (const comment of commentsIn(source, range.start, range.end)) structure.comments.push(comment);
}

/**
 * The HTML comments in source[from, to), by indexOf rather than a regular expression so that many
 * unclosed "<!--" cannot make it quadratic. CommonMark also counts "<!-->" and "<!--->" as (empty) comments.
 */
export function commentsIn(source: string, from: number, to: number): HtmlComment[] {
  const html = source.slice(from, to);
  const comments: HtmlComment[] = [];
  let open = html.indexOf('<!--');
  while (open >= 0) {
    const emptyLength = html.startsWith('>', open + 4) ? 5 : html.startsWith('->', open + 4) ? 6 : 0;
    const close = emptyLength > 0 ? open + emptyLength - 3 : html.indexOf('-->', open + 4);
    if (close < 0) break;
    comments.push({ value: html.slice(open + 4, Math.max(open + 4, close)), range: { start: from + open, end: from + close + 3 } });
    open = html.indexOf('<!--', close + 3);
  }
  return comments;
}

/** Blank or HTML comments only: what may stand between a table and its caption. */
function isOnlyComments(html: string): boolean {
  let rest = html;
  for (const comment of commentsIn(html, 0, html.length).reverse()) rest = rest.slice(0, comment.range.start) + rest.slice(comment.range.end);
  return rest.trim() === '';
}
