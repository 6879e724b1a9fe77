/**
 * Messages between the language server's thread (server.ts: the LSP connection, never busy) and its
 * lint worker (worker.ts: config, Brief, rules). Plain data only: they cross a thread boundary.
 */
import type { Hover } from 'vscode-languageserver';
import type { LintedDiagnostic } from './convert.js';

export interface WorkerStart {
  /** The workspace root: where config discovery and ignore files are looked up from. */
  root: string;
  /**
   * One Int32 the server adds to whenever the document being linted changes: a lint started at one
   * count stops between its steps when the count has moved (its result would be dropped anyway).
   */
  changes: SharedArrayBuffer;
}

/** A document as the server holds it; `filePath` is absent for a document with no file (untitled). */
export interface DocumentSnapshot {
  uri: string;
  version: number;
  text: string;
  filePath?: string;
}

export type ServerRequest =
  | { type: 'lint'; id: number; document: DocumentSnapshot; changes: number }
  | { type: 'hover'; id: number; document: DocumentSnapshot; line: number; character: number }
  | { type: 'forget'; uri: string }
  | { type: 'config-changed' };

export type WorkerReply =
  | { type: 'lint'; id: number; uri: string; version: number; diagnostics: LintedDiagnostic[]; elapsedMs: number }
  | { type: 'cancelled'; id: number; uri: string; version: number }
  | { type: 'hover'; id: number; hover: Hover | null }
  | { type: 'failure'; id: number; message: string };
