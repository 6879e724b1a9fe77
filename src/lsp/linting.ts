/**
 * What the language server's worker does with a document: lint it with the nearest config (the CLI's
 * FileLinter and ConfigFinder), turn the messages into diagnostics with quick fixes, keep the Brief
 * of each document's last lint for hovers. A config that cannot be used becomes one diagnostic.
 */
import path from 'node:path';
import type { Hover } from 'vscode-languageserver';
import { ConfigError, type ResolvedConfig } from '../engine/config.js';
import { ignoreReasonFor } from '../engine/files.js';
import { FileLinter, lintText, TEXT_FILE_PATH } from '../engine/lint.js';
import { BriefMemo, buildBrief } from '../parse/index.js';
import type { Brief } from '../parse/types.js';
import { configDiagnostic, lineSpan, lintedDiagnostics, offsetRange, type LintedDiagnostic } from './convert.js';
import { hoverMarkdown } from './hover.js';
import type { DocumentSnapshot } from './protocol.js';

type ConfigOutcome = { config: ResolvedConfig } | { ignored: true } | { error: string };

export class DocumentLinter {
  private linter: FileLinter;
  /** Each open document's Brief from its last lint, by URI. */
  private readonly briefs = new Map<string, { version: number; brief: Brief }>();
  /** Each open document's memo: its last tree and block readings, so a keystroke re-reads one block (see BriefMemo). */
  private readonly memos = new Map<string, BriefMemo>();

  constructor(private readonly root: string) {
    this.linter = this.newLinter();
  }

  private newLinter(): FileLinter {
    return new FileLinter({ cwd: this.root, warnIgnored: false });
  }

  /** A config file changed: the next lint discovers and reads configs afresh. */
  configChanged(): void {
    this.linter = this.newLinter();
    this.briefs.clear();
    this.memos.clear();
  }

  forget(uri: string): void {
    this.briefs.delete(uri);
    this.memos.delete(uri);
  }

  private memoOf(uri: string): BriefMemo {
    let memo = this.memos.get(uri);
    if (!memo) this.memos.set(uri, (memo = new BriefMemo()));
    return memo;
  }

  private async configFor(document: DocumentSnapshot): Promise<ConfigOutcome> {
    const absolutePath = document.filePath ?? path.join(this.root, TEXT_FILE_PATH);
    try {
      // As the CLI leaves out a file its ignore files name: the editor shows nothing for it.
      if (document.filePath && (await ignoreReasonFor(document.filePath, this.linter.expandOptions()))) return { ignored: true };
      return { config: await this.linter.resolvedFor(absolutePath) };
    } catch (error) {
      if (error instanceof ConfigError) return { error: error.message };
      throw error;
    }
  }

  /** Rejects with LintCancelled when `isCancelled` says so between the lint's steps (see LintTextOptions.isCancelled). */
  async lint(document: DocumentSnapshot, isCancelled?: () => boolean): Promise<LintedDiagnostic[]> {
    const outcome = await this.configFor(document);
    if ('ignored' in outcome) return [];
    if ('error' in outcome) return [configDiagnostic(document.text, outcome.error)];
    let brief: Brief | undefined;
    const result = lintText(document.text, {
      filePath: document.filePath,
      config: outcome.config,
      rules: this.linter.rules,
      memo: this.memoOf(document.uri),
      ...(isCancelled ? { isCancelled } : {}),
      onBrief: (built) => {
        brief = built;
      },
    });
    if (brief) this.briefs.set(document.uri, { version: document.version, brief });
    else this.briefs.delete(document.uri);
    return lintedDiagnostics(document.text, brief, document.uri, result.messages);
  }

  /** The Brief of this version of the document: the last lint's, or built now (a hover before the lint). */
  private async briefOf(document: DocumentSnapshot): Promise<Brief | undefined> {
    const kept = this.briefs.get(document.uri);
    if (kept && kept.version === document.version) return kept.brief;
    const outcome = await this.configFor(document);
    if (!('config' in outcome)) return undefined;
    try {
      return buildBrief(document.text, { filePath: document.filePath, locale: outcome.config.locale });
    } catch {
      return undefined;
    }
  }

  async hover(document: DocumentSnapshot, line: number, character: number): Promise<Hover | null> {
    const brief = await this.briefOf(document);
    if (!brief) return null;
    const span = lineSpan(brief.source, line + 1);
    if (!span) return null;
    const offset = Math.min(span.end, span.start + character - (brief.hasBom && line === 0 ? 1 : 0));
    const found = hoverMarkdown(brief, offset);
    return found ? { contents: { kind: 'markdown', value: found.markdown }, range: offsetRange(brief, found.range) } : null;
  }
}
