/**
 * Inline directives in HTML comments, as ESLint and markdownlint users know them:
 *   <!-- brieflint-disable id, id -- reason -->  …  <!-- brieflint-enable id -->
 *   <!-- brieflint-disable-next-line id -->   <!-- brieflint-disable-line id -->
 *   <!-- brieflint-disable-file id -->
 * With no id a directive covers every rule. Messages it silences move to `suppressed`, with the
 * reason as ESLint's `justification`.
 */
import type { Brief, HtmlComment, Range } from '../parse/types.js';
import type { LintMessage, LintResult, SeverityLevel } from './types.js';

export interface PlacedMessage {
  message: LintMessage;
  /** Source offsets of the reported figure. */
  range: Range;
}

export interface DirectiveOutcome {
  messages: LintMessage[];
  suppressed: LintResult['suppressedMessages'];
}

export interface DirectiveOptions {
  knownRuleIds: readonly string[];
  /** Severity for directives that silenced nothing; false to say nothing. */
  reportUnusedDirectives: false | SeverityLevel;
}

type DirectiveKind = 'disable' | 'enable' | 'disable-line' | 'disable-next-line' | 'disable-file';

interface Directive {
  kind: DirectiveKind;
  /** Rule ids named; empty means every rule. */
  ruleIds: string[];
  justification: string;
  comment: HtmlComment;
  /** Ids (or '*' for all) that silenced at least one message. */
  used: Set<string>;
}

const DIRECTIVE = /^brieflint-(disable-next-line|disable-line|disable-file|disable|enable)(?=\s|$)([\s\S]*)$/;

export function parseDirective(comment: HtmlComment): Directive | undefined {
  const match = DIRECTIVE.exec(comment.value.trim());
  if (!match) return undefined;
  const [body, justification = ''] = splitOnce(match[2] ?? '', '--');
  const ruleIds = body
    .split(/[\s,]+/)
    .map((id) => id.trim())
    .filter((id) => id.length > 0);
  return { kind: match[1] as DirectiveKind, ruleIds, justification: justification.trim(), comment, used: new Set() };
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + separator.length)];
}

function covers(directive: Directive, ruleId: string): boolean {
  return directive.ruleIds.length === 0 || directive.ruleIds.includes(ruleId);
}

function markUsed(directive: Directive, ruleId: string): void {
  directive.used.add(directive.ruleIds.length === 0 ? '*' : ruleId);
}

/**
 * The region directive (disable … enable) in force for a rule at an offset. Replays the
 * directives that end before the offset, so `disable` then `enable id` re-enables just that id.
 */
function regionSuppressor(regions: Directive[], offset: number, ruleId: string): Directive | undefined {
  let all: Directive | undefined;
  const reenabled = new Set<string>();
  const perRule = new Map<string, Directive>();
  for (const directive of regions) {
    if (directive.comment.range.end > offset) break;
    if (directive.kind === 'disable') {
      if (directive.ruleIds.length === 0) {
        all = directive;
        reenabled.clear();
      } else {
        for (const id of directive.ruleIds) {
          perRule.set(id, directive);
          reenabled.delete(id);
        }
      }
    } else if (directive.ruleIds.length === 0) {
      all = undefined;
      reenabled.clear();
      perRule.clear();
    } else {
      for (const id of directive.ruleIds) {
        perRule.delete(id);
        if (all) reenabled.add(id);
      }
    }
  }
  return perRule.get(ruleId) ?? (all && !reenabled.has(ruleId) ? all : undefined);
}

function commentMessage(brief: Brief, comment: HtmlComment, severity: SeverityLevel, text: string): LintMessage {
  const start = brief.pointAt(comment.range.start);
  const end = brief.pointAt(comment.range.end);
  return {
    ruleId: null,
    severity,
    message: text,
    line: start.line,
    column: start.column,
    endLine: end.line,
    endColumn: end.column,
  };
}

export function applyDirectives(brief: Brief, placed: PlacedMessage[], options: DirectiveOptions): DirectiveOutcome {
  const directives = brief.comments
    .map(parseDirective)
    .filter((directive): directive is Directive => directive !== undefined)
    .sort((a, b) => a.comment.range.start - b.comment.range.start);
  const regions = directives.filter((d) => d.kind === 'disable' || d.kind === 'enable');
  const lineOf = (offset: number) => brief.pointAt(offset).line;

  const messages: LintMessage[] = [];
  const suppressed: DirectiveOutcome['suppressed'] = [];

  for (const { message, range } of placed) {
    const ruleId = message.ruleId;
    const suppressor =
      ruleId === null
        ? undefined
        : (directives.find((d) => d.kind === 'disable-file' && covers(d, ruleId)) ??
          directives.find(
            (d) => d.kind === 'disable-line' && covers(d, ruleId) && lineOf(d.comment.range.start) === message.line,
          ) ??
          directives.find(
            (d) =>
              d.kind === 'disable-next-line' &&
              covers(d, ruleId) &&
              lineOf(Math.max(d.comment.range.start, d.comment.range.end - 1)) + 1 === message.line,
          ) ??
          regionSuppressor(regions, range.start, ruleId));
    if (suppressor && ruleId !== null) {
      markUsed(suppressor, ruleId);
      suppressed.push({ ...message, suppressions: [{ kind: 'directive', justification: suppressor.justification }] });
    } else {
      messages.push(message);
    }
  }

  const known = new Set(options.knownRuleIds);
  for (const directive of directives) {
    for (const id of directive.ruleIds) {
      if (!known.has(id)) {
        messages.push(
          commentMessage(brief, directive.comment, 2, `Definition for rule "${id}" was not found (in a brieflint-${directive.kind} comment).`),
        );
      }
    }
    if (options.reportUnusedDirectives === false || directive.kind === 'enable') continue;
    const severity = options.reportUnusedDirectives;
    if (directive.ruleIds.length === 0) {
      if (!directive.used.has('*')) {
        messages.push(
          commentMessage(brief, directive.comment, severity, `Unused brieflint-${directive.kind} directive (no problems were reported).`),
        );
      }
      continue;
    }
    for (const id of directive.ruleIds.filter((id) => known.has(id) && !directive.used.has(id))) {
      messages.push(
        commentMessage(
          brief,
          directive.comment,
          severity,
          `Unused brieflint-${directive.kind} directive (no problems were reported from "${id}").`,
        ),
      );
    }
  }

  return { messages, suppressed };
}
