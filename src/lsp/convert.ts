/**
 * From the engine's results to the Language Server Protocol's shapes: each LintMessage becomes a
 * Diagnostic, with the quick fixes an editor offers for it (the rule's fix, each suggestion, and
 * inline directives that silence it for its line or for the file). Pure: the worker calls it with
 * the Brief of the lint it just ran, so every position comes from the same text the rules read.
 *
 * Positions: LSP counts lines from 0 and characters in UTF-16 code units, as the Brief does (from 1).
 * The Brief's offsets leave a BOM out; an editor that sends one has it before the first line's text.
 */
import type { Diagnostic, Position, Range as LspRange, TextEdit } from 'vscode-languageserver';
import { parseDirective } from '../engine/directives.js';
import type { LintMessage } from '../engine/types.js';
import type { Brief, HtmlComment, Range } from '../parse/types.js';
import { helpUri } from '../report/sarif.js';

/** LSP's DiagnosticSeverity (values, so the worker need not load the protocol library). */
const ERROR = 1;
const WARNING = 2;

export type ActionKind = 'fix' | 'suggestion' | 'disable-line' | 'disable-file';

/** A quick fix as the worker computes it; the server wraps it as a CodeAction for the document. */
export interface ActionSpec {
  kind: ActionKind;
  title: string;
  edits: TextEdit[];
}

export interface LintedDiagnostic {
  diagnostic: Diagnostic;
  actions: ActionSpec[];
}

/** What placing needs of a document: its text without BOM, whether it had one, and 1-based points. */
type Placed = Pick<Brief, 'source' | 'hasBom' | 'pointAt'>;

/** A 1-based line and column of the BOM-less text as an LSP position in the text the editor holds. */
export function toPosition(text: Pick<Brief, 'hasBom'>, line: number, column: number): Position {
  return { line: line - 1, character: column - 1 + (text.hasBom && line === 1 ? 1 : 0) };
}

function offsetPosition(text: Placed, offset: number): Position {
  const point = text.pointAt(offset);
  return toPosition(text, point.line, point.column);
}

export function offsetRange(text: Placed, range: Range): LspRange {
  return { start: offsetPosition(text, range.start), end: offsetPosition(text, Math.max(range.start, range.end)) };
}

/** The first line, for messages about the whole file (they stand at 1:1 with no end). */
function firstLine(text: Placed): LspRange {
  const end = text.source.search(/\r?\n|\r|$/);
  return { start: toPosition(text, 1, 1), end: toPosition(text, 1, end + 1) };
}

function messageRange(text: Placed, message: Pick<LintMessage, 'line' | 'column' | 'endLine' | 'endColumn'>): LspRange {
  if (message.endLine === undefined || message.endColumn === undefined) {
    return message.line === 1 && message.column === 1 ? firstLine(text) : collapsed(toPosition(text, message.line, message.column));
  }
  return { start: toPosition(text, message.line, message.column), end: toPosition(text, message.endLine, message.endColumn) };
}

function collapsed(position: Position): LspRange {
  return { start: position, end: position };
}

/** A text without a Brief (the parser failed): enough to place file-level messages. */
export function plainText(text: string): Placed {
  const hasBom = text.startsWith('\uFEFF');
  const source = hasBom ? text.slice(1) : text;
  return {
    source,
    hasBom,
    pointAt(offset) {
      const before = source.slice(0, offset).split(/\r\n|\r|\n/);
      return { line: before.length, column: (before.at(-1)?.length ?? 0) + 1 };
    },
  };
}

export function toDiagnostic(text: Placed, uri: string, message: LintMessage): Diagnostic {
  const diagnostic: Diagnostic = {
    range: messageRange(text, message),
    severity: message.severity === 2 ? ERROR : WARNING,
    source: 'brieflint',
    message: message.message,
  };
  if (message.ruleId !== null) {
    diagnostic.code = message.ruleId;
    diagnostic.codeDescription = { href: helpUri(message.ruleId) };
  }
  if (message.related?.length) {
    diagnostic.relatedInformation = message.related.map((related) => ({
      location: { uri, range: messageRange(text, related) },
      message: related.message,
    }));
  }
  return diagnostic;
}

function quoteShort(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ');
  return `"${oneLine.length > 40 ? `${oneLine.slice(0, 39)}…` : oneLine}"`;
}

function fixTitle(source: string, fix: { range: [number, number]; text: string }): string {
  const before = source.slice(fix.range[0], fix.range[1]);
  if (fix.text === '') return `Remove ${quoteShort(before)}`;
  if (before === '') return `Insert ${quoteShort(fix.text)}`;
  return `Change ${quoteShort(before)} to ${quoteShort(fix.text)}`;
}

function edit(text: Placed, fix: { range: [number, number]; text: string }): TextEdit {
  return { range: offsetRange(text, { start: fix.range[0], end: fix.range[1] }), newText: fix.text };
}

/** `<!-- brieflint-disable-line a, b -- why -->`, as directives.ts reads it. */
function directiveComment(kind: 'disable-line' | 'disable-file', ruleIds: readonly string[], justification: string): string {
  return `<!-- brieflint-${kind} ${ruleIds.join(', ')}${justification ? ` -- ${justification}` : ''} -->`;
}

/** A directive of this kind naming rules, already in the comments given: the new id joins it. */
function joinExisting(brief: Brief, comments: readonly HtmlComment[], kind: 'disable-line' | 'disable-file', ruleId: string): TextEdit | undefined {
  for (const comment of comments) {
    const directive = parseDirective(comment);
    if (!directive || directive.kind !== kind || directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId)) continue;
    const newText = directiveComment(kind, [...directive.ruleIds, ruleId], directive.justification);
    return { range: offsetRange(brief, comment.range), newText };
  }
  return undefined;
}

function inside(range: Range, offset: number): boolean {
  return offset >= range.start && offset < range.end;
}

/** Source offsets of a 1-based line: where it starts and where its text ends (before the line break). */
export function lineSpan(source: string, line: number): Range | undefined {
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = source.slice(start).search(/\r\n|\r|\n/);
    if (next < 0) return undefined;
    start += next + (source.startsWith('\r\n', start + next) ? 2 : 1);
  }
  const length = source.slice(start).search(/\r\n|\r|\n|$/);
  return { start, end: start + length };
}

/**
 * `<!-- brieflint-disable-line id -->` at the end of the message's first line (the line directives.ts
 * compares), before a hard break's trailing spaces or backslash. None inside front matter or code,
 * where a comment is no comment.
 */
export function disableLineEdit(brief: Brief, line: number, ruleId: string): TextEdit | undefined {
  const span = lineSpan(brief.source, line);
  if (!span) return undefined;
  if (brief.frontmatter && inside(brief.frontmatter.range, span.start)) return undefined;
  const onLine = brief.comments.filter((comment) => comment.range.start >= span.start && comment.range.start <= span.end);
  const joined = joinExisting(brief, onLine, 'disable-line', ruleId);
  if (joined) return joined;
  const text = brief.source.slice(span.start, span.end);
  let at = text.length;
  // A loop, not /[ \t]+$/: that pattern backtracks quadratically on a long run of blanks.
  while (at > 0 && (text[at - 1] === ' ' || text[at - 1] === '\t')) at -= 1;
  if (/[^\\]\\$/.test(text.slice(0, at)) || text.slice(0, at) === '\\') at -= 1;
  // Inside a code block the comment would be code (an inline code span or comment may end right there).
  const insertAt = span.start + at;
  if (brief.code.some((code) => code.start < insertAt && insertAt < code.end)) return undefined;
  const gap = at > 0 && !/[ \t]$/.test(text.slice(0, at)) ? ' ' : '';
  const trailing = at < text.length && !/^[ \t]/.test(text.slice(at)) ? ' ' : '';
  const position = offsetPosition(brief, insertAt);
  return { range: collapsed(position), newText: `${gap}${directiveComment('disable-line', [ruleId], '')}${trailing}` };
}

/** `<!-- brieflint-disable-file id -->` on a line of its own at the top, after any front matter. */
export function disableFileEdit(brief: Brief, ruleId: string): TextEdit {
  const joined = joinExisting(brief, brief.comments, 'disable-file', ruleId);
  if (joined) return joined;
  const comment = directiveComment('disable-file', [ruleId], '');
  if (!brief.frontmatter) return { range: collapsed(offsetPosition(brief, 0)), newText: `${comment}\n\n` };
  const after = brief.source.slice(brief.frontmatter.range.end).match(/^[ \t]*(\r\n|\r|\n)?/);
  const end = brief.frontmatter.range.end + (after?.[0].length ?? 0);
  const newText = after?.[1] ? `${comment}\n\n` : `\n${comment}\n`;
  return { range: collapsed(offsetPosition(brief, end)), newText };
}

function actionsFor(brief: Brief, message: LintMessage): ActionSpec[] {
  const actions: ActionSpec[] = [];
  if (message.fix) actions.push({ kind: 'fix', title: fixTitle(brief.source, message.fix), edits: [edit(brief, message.fix)] });
  for (const suggestion of message.suggestions ?? []) {
    actions.push({ kind: 'suggestion', title: suggestion.desc, edits: [edit(brief, suggestion.fix)] });
  }
  const ruleId = message.ruleId;
  if (ruleId === null) return actions;
  const line = disableLineEdit(brief, message.line, ruleId);
  if (line) actions.push({ kind: 'disable-line', title: `Disable ${ruleId} for this line`, edits: [line] });
  actions.push({ kind: 'disable-file', title: `Disable ${ruleId} for this file`, edits: [disableFileEdit(brief, ruleId)] });
  return actions;
}

/**
 * The diagnostics of one lint, each with its quick fixes. Without a Brief (the parser failed) the
 * messages are placed on the plain text and offer no actions.
 */
export function lintedDiagnostics(text: string, brief: Brief | undefined, uri: string, messages: readonly LintMessage[]): LintedDiagnostic[] {
  const placed = brief ?? plainText(text);
  return messages.map((message) => ({
    diagnostic: toDiagnostic(placed, uri, message),
    actions: brief && !message.fatal ? actionsFor(brief, message) : [],
  }));
}

/** One diagnostic for a config that cannot be used: the editor says why, and the server keeps running. */
export function configDiagnostic(text: string, message: string): LintedDiagnostic {
  return {
    diagnostic: {
      range: firstLine(plainText(text)),
      severity: ERROR,
      source: 'brieflint',
      code: 'config',
      message: `brieflint cannot use its config, so this file is not linted: ${message}`,
    },
    actions: [],
  };
}
