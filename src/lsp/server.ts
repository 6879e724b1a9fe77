/**
 * brieflint's language server (`brieflint --lsp`, `brieflint-language-server`): the Language Server
 * Protocol over stdio, on vscode-languageserver. This thread only speaks the protocol; the linting runs
 * in a worker thread (worker.ts), so a long lint never keeps the server from answering.
 *
 * Linting: on open at once, on change after a short pause (debounced). One lint runs at a time; a
 * document changed while its lint runs stops that lint at its next step (a shared counter the worker
 * reads between rules) and is linted again, and a stale result that finished anyway is dropped, so a
 * newer change always wins over an older lint. Diagnostics carry the rule id as `code`, its docs as
 * `codeDescription`, the related places as `relatedInformation`; their quick fixes are kept here by
 * document version and offered only for the version they were computed on.
 *
 * Loaded only for --lsp (bundled as dist/bundle/lsp.cjs; see scripts/bundle.mjs), so a lint run from
 * the command line never loads the protocol library.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  TextDocuments,
  TextDocumentSyncKind,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Hover,
  type Range as LspRange,
  type WorkspaceEdit,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { CONFIG_FILE_NAMES } from '../engine/config.js';
import { IGNORE_FILE_NAMES } from '../engine/files.js';
import type { ActionSpec, LintedDiagnostic } from './convert.js';
import type { DocumentSnapshot, ServerRequest, WorkerReply, WorkerStart } from './protocol.js';

/** The bundled server names its worker's bundle (scripts/bundle.mjs); tsc's output has worker.js beside this module. */
declare const BRIEFLINT_LSP_WORKER_FILE: string | undefined;
const WORKER_URL = new URL(typeof BRIEFLINT_LSP_WORKER_FILE === 'string' ? BRIEFLINT_LSP_WORKER_FILE : './worker.js', import.meta.url);

/** Pause after the last keystroke before linting: a word typed is one lint, not five. */
const DEFAULT_DEBOUNCE_MS = 150;
/** A worker that keeps dying (out of memory on every brief, a broken install) is not started forever. */
const MAX_WORKER_FAILURES = 3;
const MARKDOWN_EXTENSIONS = new Set(['.md', '.markdown']);
/** Files whose change alters what applies to a brief: configs and ignore files. */
const WATCHED_NAMES = [...CONFIG_FILE_NAMES, ...IGNORE_FILE_NAMES];

export interface LanguageServerOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** What the client may pass as `initializationOptions`. */
interface InitializationOptions {
  debounceMs?: number;
}

interface Published {
  version: number;
  diagnostics: LintedDiagnostic[];
}

type Pending = { resolve: (reply: WorkerReply) => void; reject: (error: Error) => void };

/** The worker thread and its requests; started again (once per failure) when it dies. */
class LintWorker {
  private worker?: Worker;
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private failures = 0;

  constructor(
    private readonly start: WorkerStart,
    private readonly onRestart: (error: Error) => void,
  ) {}

  private ensure(): Worker {
    if (this.worker) return this.worker;
    if (this.failures >= MAX_WORKER_FAILURES) throw new Error(`the lint worker failed ${this.failures} times; restart the server`);
    const worker = new Worker(fileURLToPath(WORKER_URL), { workerData: this.start });
    worker.on('message', (reply: WorkerReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (reply.type === 'failure') waiting.reject(new Error(reply.message));
      else waiting.resolve(reply);
    });
    const fail = (error: Error) => {
      if (this.worker !== worker) return;
      this.worker = undefined;
      this.failures += 1;
      for (const waiting of this.pending.values()) waiting.reject(error);
      this.pending.clear();
      this.onRestart(error);
    };
    worker.on('error', fail);
    worker.on('exit', (code) => fail(new Error(`the lint worker stopped (exit code ${code})`)));
    // An idle worker must not keep the process alive once the connection has ended.
    worker.unref();
    this.worker = worker;
    return worker;
  }

  request<T extends WorkerReply>(make: (id: number) => ServerRequest): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      const worker = this.ensure();
      this.pending.set(id, { resolve: resolve as (reply: WorkerReply) => void, reject });
      worker.postMessage(make(id));
    });
  }

  /** A message needing no answer; dropped with the worker (a new one starts with nothing to forget). */
  tell(request: ServerRequest): void {
    this.worker?.postMessage(request);
  }

  async stop(): Promise<void> {
    const worker = this.worker;
    this.worker = undefined;
    this.failures = MAX_WORKER_FAILURES;
    await worker?.terminate();
  }
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

function isBrief(document: TextDocument): boolean {
  if (document.languageId === 'markdown') return true;
  const filePath = filePathOf(document.uri);
  return filePath !== undefined && MARKDOWN_EXTENSIONS.has(path.extname(filePath).toLowerCase());
}

function snapshot(document: TextDocument): DocumentSnapshot {
  const filePath = filePathOf(document.uri);
  return { uri: document.uri, version: document.version, text: document.getText(), ...(filePath ? { filePath } : {}) };
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Whether two ranges meet (touching counts: a cursor right after a figure still asks about it). */
function meets(a: LspRange, b: LspRange): boolean {
  return !before(a.end, b.start) && !before(b.end, a.start);
}

function wanted(only: readonly string[] | undefined, kind: string): boolean {
  return only === undefined || only.some((asked) => kind === asked || kind.startsWith(`${asked}.`));
}

function rootOf(params: { rootUri?: string | null; workspaceFolders?: Array<{ uri: string }> | null }): string {
  const uri = params.workspaceFolders?.[0]?.uri ?? params.rootUri ?? undefined;
  return (uri && filePathOf(uri)) ?? process.cwd();
}

/** Keeps anything the libraries log off stdout, which belongs to the protocol. */
function logToClient(connection: Connection): void {
  console.log = (...values: unknown[]) => connection.console.log(values.map(String).join(' '));
  console.info = console.log;
  console.warn = (...values: unknown[]) => connection.console.warn(values.map(String).join(' '));
  console.error = (...values: unknown[]) => connection.console.error(values.map(String).join(' '));
}

/** Starts the server on the given streams (default: the process's stdin and stdout); runs until the client ends it. */
export function startLanguageServer(options: LanguageServerOptions = {}): Connection {
  const connection = createConnection(options.input ?? process.stdin, options.output ?? process.stdout);
  logToClient(connection);
  const documents = new TextDocuments(TextDocument);
  const published = new Map<string, Published>();
  const timers = new Map<string, NodeJS.Timeout>();
  const due = new Set<string>();
  let linting: string | undefined;
  let debounceMs = DEFAULT_DEBOUNCE_MS;
  let versionedEdits = false;
  let worker: LintWorker | undefined;
  /** Added to when the document being linted changes: the worker stops that lint between its steps. */
  const changes = new Int32Array(new SharedArrayBuffer(Int32Array.BYTES_PER_ELEMENT));

  const clear = (uri: string) => {
    published.delete(uri);
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  };

  /** Runs the next due lint when none is running. */
  const pump = () => {
    if (linting !== undefined || !worker) return;
    const uri = due.values().next().value;
    if (uri === undefined) return;
    due.delete(uri);
    const document = documents.get(uri);
    if (!document) return pump();
    linting = uri;
    worker
      .request<Extract<WorkerReply, { type: 'lint' | 'cancelled' }>>((id) => ({ type: 'lint', id, document: snapshot(document), changes: Atomics.load(changes, 0) }))
      .then((reply) => {
        // Stopped, or finished, after a newer change: that change's own lint is due (or running next).
        if (reply.type === 'cancelled') return;
        const current = documents.get(uri);
        if (!current || current.version !== reply.version) return;
        published.set(uri, { version: reply.version, diagnostics: reply.diagnostics });
        void connection.sendDiagnostics({ uri, version: reply.version, diagnostics: reply.diagnostics.map((entry) => entry.diagnostic) });
      })
      .catch((error: unknown) => connection.console.error(`brieflint: linting ${uri} failed: ${error instanceof Error ? error.message : String(error)}`))
      .finally(() => {
        linting = undefined;
        pump();
      });
  };

  const schedule = (document: TextDocument, delay: number) => {
    if (!isBrief(document)) return;
    clearTimeout(timers.get(document.uri));
    timers.set(
      document.uri,
      setTimeout(() => {
        timers.delete(document.uri);
        due.add(document.uri);
        pump();
      }, delay),
    );
  };

  const relintAll = () => {
    for (const document of documents.all()) schedule(document, 0);
  };

  const configChanged = () => {
    worker?.tell({ type: 'config-changed' });
    relintAll();
  };

  connection.onInitialize((params) => {
    const init = (params.initializationOptions ?? {}) as InitializationOptions;
    if (typeof init.debounceMs === 'number' && init.debounceMs >= 0) debounceMs = init.debounceMs;
    versionedEdits = params.capabilities.workspace?.workspaceEdit?.documentChanges === true;
    const watchDynamically = params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true;
    worker = new LintWorker({ root: rootOf(params), changes: changes.buffer as SharedArrayBuffer }, (error) => {
      connection.console.error(`brieflint: ${error.message}; starting it again`);
      relintAll();
    });
    connection.onInitialized(() => {
      if (!watchDynamically) return;
      void connection.client.register(DidChangeWatchedFilesNotification.type, {
        watchers: WATCHED_NAMES.map((name) => ({ globPattern: `**/${name}` })),
      });
    });
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
        hoverProvider: true,
      },
      serverInfo: { name: 'brieflint' },
    };
  });

  // TextDocuments tells an open as a change too: the version an open brought is linted at once.
  const openedAt = new Map<string, number>();
  documents.onDidOpen(({ document }) => {
    openedAt.set(document.uri, document.version);
    schedule(document, 0);
  });
  documents.onDidChangeContent(({ document }) => {
    // The running lint of this document is stale now: stop it rather than let it finish.
    if (document.uri === linting) Atomics.add(changes, 0, 1);
    if (openedAt.get(document.uri) !== document.version) schedule(document, debounceMs);
  });
  documents.onDidClose(({ document }) => {
    clearTimeout(timers.get(document.uri));
    timers.delete(document.uri);
    due.delete(document.uri);
    openedAt.delete(document.uri);
    worker?.tell({ type: 'forget', uri: document.uri });
    clear(document.uri);
  });
  documents.onDidSave(({ document }) => {
    const filePath = filePathOf(document.uri);
    if (filePath && (WATCHED_NAMES as readonly string[]).includes(path.basename(filePath))) configChanged();
  });
  connection.onDidChangeWatchedFiles(({ changes }) => {
    const names = changes.map((change) => path.basename(filePathOf(change.uri) ?? ''));
    if (names.some((name) => (WATCHED_NAMES as readonly string[]).includes(name))) configChanged();
  });

  connection.onCodeAction((params: CodeActionParams): CodeAction[] => {
    const document = documents.get(params.textDocument.uri);
    const kept = published.get(params.textDocument.uri);
    if (!document || !kept || kept.version !== document.version || !wanted(params.context.only, CodeActionKind.QuickFix)) return [];
    const edit = (spec: ActionSpec): WorkspaceEdit =>
      versionedEdits
        ? { documentChanges: [{ textDocument: { uri: document.uri, version: document.version }, edits: spec.edits }] }
        : { changes: { [document.uri]: spec.edits } };
    return kept.diagnostics
      .filter((entry) => meets(entry.diagnostic.range, params.range))
      .flatMap((entry) =>
        entry.actions.map((spec) => ({
          title: spec.title,
          kind: CodeActionKind.QuickFix,
          diagnostics: [entry.diagnostic],
          ...(spec.kind === 'fix' ? { isPreferred: true } : {}),
          edit: edit(spec),
        })),
      );
  });

  connection.onHover(async (params): Promise<Hover | null> => {
    const document = documents.get(params.textDocument.uri);
    if (!document || !worker || !isBrief(document)) return null;
    const reply = await worker.request<Extract<WorkerReply, { type: 'hover' }>>((id) => ({
      type: 'hover',
      id,
      document: snapshot(document),
      line: params.position.line,
      character: params.position.character,
    }));
    return reply.hover;
  });

  connection.onShutdown(async () => {
    for (const timer of timers.values()) clearTimeout(timer);
    timers.clear();
    due.clear();
    await worker?.stop();
    worker = undefined;
  });

  documents.listen(connection);
  connection.listen();
  return connection;
}
