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
 * The region directives (disable … enable) replayed in order of position, so `disable` then `enable id`
 * re-enables just that id. Offsets are asked in increasing order: each directive is replayed once.
 */
class RegionReplay {
  private next = 0;
  private all: Directive | undefined;
  private readonly reenabled = new Set<string>();
  private readonly perRule = new Map<string, Directive>();

  constructor(private readonly regions: readonly Directive[]) {}

  /** The directive in force for the rule at the offset (not before the last offset asked). */
  suppressorAt(offset: number, ruleId: string): Directive | undefined {
    for (; this.next < this.regions.length; this.next++) {
      const directive = this.regions[this.next]!;
      if (directive.comment.range.end > offset) break;
      this.replay(directive);
    }
    return this.perRule.get(ruleId) ?? (this.all && !this.reenabled.has(ruleId) ? this.all : undefined);
  }

  private replay(directive: Directive): void {
    if (directive.kind === 'disable') {
      if (directive.ruleIds.length === 0) {
        this.all = directive;
        this.reenabled.clear();
      } else {
        for (const id of directive.ruleIds) {
          this.perRule.set(id, directive);
          this.reenabled.delete(id);
        }
      }
    } else if (directive.ruleIds.length === 0) {
      this.all = undefined;
      this.reenabled.clear();
      this.perRule.clear();
    } else {
      for (const id of directive.ruleIds) {
        this.perRule.delete(id);
        if (this.all) this.reenabled.add(id);
      }
    }
  }
}

/** The first directive of each line (or of the file), by rule id and for all rules: a lookup, not a scan. */
class DirectiveIndex {
  private readonly byKey = new Map<string, Directive[]>();

  add(key: string, directive: Directive): void {
    const list = this.byKey.get(key);
    if (list) list.push(directive);
    else this.byKey.set(key, [directive]);
  }

  /** The first directive under `key` that covers the rule (directives are added in order). */
  first(key: string, ruleId: string): Directive | undefined {
    return this.byKey.get(key)?.find((directive) => covers(directive, ruleId));
  }
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
  // Looked up by line, and regions replayed once in order: linear in messages + directives
  // (16 000 disable/enable pairs took 70 s when every message scanned every directive).
  const index = new DirectiveIndex();
  for (const directive of directives) {
    if (directive.kind === 'disable-file') index.add('file', directive);
    else if (directive.kind === 'disable-line') index.add(`line ${brief.pointAt(directive.comment.range.start).line}`, directive);
    else if (directive.kind === 'disable-next-line') {
      const { range } = directive.comment;
      index.add(`line ${brief.pointAt(Math.max(range.start, range.end - 1)).line + 1}#next`, directive);
    }
  }
  const replay = new RegionReplay(directives.filter((d) => d.kind === 'disable' || d.kind === 'enable'));
  const byOffset = placed.map((_, position) => position).sort((a, b) => placed[a]!.range.start - placed[b]!.range.start);
  const suppressors: Array<Directive | undefined> = new Array(placed.length);
  for (const position of byOffset) {
    const { message, range } = placed[position]!;
    const ruleId = message.ruleId;
    if (ruleId === null) continue;
    // Replayed for every message, so the regions advance in step whichever directive wins.
    const region = replay.suppressorAt(range.start, ruleId);
    suppressors[position] =
      index.first('file', ruleId) ?? index.first(`line ${message.line}`, ruleId) ?? index.first(`line ${message.line}#next`, ruleId) ?? region;
  }

  const messages: LintMessage[] = [];
  const suppressed: DirectiveOutcome['suppressed'] = [];
  placed.forEach(({ message }, position) => {
    const suppressor = suppressors[position];
    if (suppressor && message.ruleId !== null) {
      markUsed(suppressor, message.ruleId);
      suppressed.push({ ...message, suppressions: [{ kind: 'directive', justification: suppressor.justification }] });
    } else {
      messages.push(message);
    }
  });

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
