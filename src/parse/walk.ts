/**
 * One iterative pass over the mdast: text blocks, tables, lists, comments, code ranges, sections
 * and front matter. Iterative (an explicit stack) so 20 000 nested blockquotes cannot overflow ours.
 */
import type { Heading, List as MdList, ListItem as MdListItem, Nodes, Parent, Root, Table as MdTable, TableCell as MdTableCell } from 'mdast';
import { fencedFrontmatter } from './frontmatter.js';
import { Block, emptyFlatText, flattenInline, rangeOf, type BlockPlace, type InlineCollector } from './text-block.js';
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

/** `frontmatter`: one found before parsing (JSON), which the mdast does not show. */
export function walkDocument(root: Root, source: string, frontmatter?: Frontmatter): Structure {
  const structure: Structure = { blocks: [], tables: [], lists: [], comments: [], code: [], sections: [] };
  if (frontmatter) structure.frontmatter = frontmatter;
  const blockOf = new Map<Nodes, Block>();
  const headingTexts: Array<{ depth: number; text: string }> = [];
  const openSections: OpenSection[] = [];
  const neighbours: PendingNeighbours[] = [];
  const collector: InlineCollector = {
    code: (range) => structure.code.push(range),
    html: (range) => collectHtml(source, range, structure),
  };
  // Shared by all blocks under the same headings (rebuilt only when a heading comes): blocks are many.
  let currentPath: string[] = [];
  const headingPath = (): string[] => currentPath;
  const place = (kind: BlockKind, range: Range, quoted: boolean): BlockPlace => ({ kind, range, quoted, headingPath: headingPath() });
  const addBlock = (node: Parent, kind: BlockKind, range: Range, quoted: boolean): Block => {
    const block = new Block(flattenInline(node, source, collector), place(kind, range, quoted));
    structure.blocks.push(block);
    blockOf.set(node as Nodes, block);
    return block;
  };

  const stack: Frame[] = [];
  pushChildFrames(stack, root, false);
  while (stack.length > 0) {
    const frame = stack.pop()!;
    const { node, quoted } = frame;
    const range = rangeOf(node);
    if (!range) continue;
    const matter = frontmatterNode(node);
    if (matter) {
      if (frame.parent === root && frame.index === 0) structure.frontmatter = fencedFrontmatter(source, { ...matter, range });
      continue;
    }
    switch (node.type) {
      case 'paragraph': {
        const block = addBlock(node, frame.item ? 'listItem' : 'paragraph', range, quoted);
        if (frame.item) frame.item.block = block;
        break;
      }
      case 'heading': {
        closeSections(openSections, node.depth, range.start);
        trimHeadingPath(headingTexts, node.depth);
        currentPath = pathOf(headingTexts);
        const block = addBlock(node, 'heading', range, quoted);
        openHeadingSection(structure, openSections, block, node);
        headingTexts.push({ depth: node.depth, text: block.text });
        currentPath = pathOf(headingTexts);
        break;
      }
      case 'table':
        structure.tables.push(readTable(node, range, quoted, headingPath(), (cellNode, row, column) => {
          const cellRange = cellContentRange(cellNode, source) ?? range;
          const cell = new Cell(flattenInline(cellNode, source, collector), place('tableCell', cellRange, quoted), row, column);
          structure.blocks.push(cell);
          return cell;
        }));
        if (frame.parent) neighbours.push({ table: structure.tables[structure.tables.length - 1]!, parent: frame.parent, index: frame.index });
        break;
      case 'list':
        structure.lists.push(readList(node, range, place('listItem', range, quoted), stack));
        break;
      case 'code':
        structure.code.push(range);
        break;
      case 'html':
        collector.html(range);
        break;
      case 'blockquote':
        pushChildFrames(stack, node, true);
        break;
      default:
        if ('children' in node) pushChildFrames(stack, node, quoted);
    }
  }
  closeSections(openSections, 0, source.length);
  addLeadingSection(structure, source);
  for (const pending of neighbours) attachNeighbours(pending, blockOf);
  structure.code.sort((a, b) => a.start - b.start);
  return structure;
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

function readTable(node: MdTable, range: Range, quoted: boolean, headingPath: string[], makeCell: (cell: MdTableCell, row: number, column: number) => Cell): Table {
  const grid = node.children.map((rowNode, row) => rowNode.children.map((cellNode, column) => makeCell(cellNode, row, column)));
  const [header = [], ...rows] = grid;
  return { range, align: [...(node.align ?? [])], header, rows, quoted, headingPath };
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

function trimHeadingPath(headings: Array<{ depth: number }>, depth: number): void {
  while (headings.length > 0 && headings[headings.length - 1]!.depth >= depth) headings.pop();
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
