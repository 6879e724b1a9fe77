#!/usr/bin/env node
/**
 * `npm run bench:lsp`: the language server's re-lint after a keystroke, in a 50 KB brief (English
 * briefs from fixtures/real, repeated), warm. Two numbers, p50 and p95 of each:
 *
 * - worker: one lint as the server's worker runs it (DocumentLinter.lint: config, Brief, rules,
 *   diagnostics and quick fixes), timed in this process; wall and CPU time (this process is the
 *   only thread working, so its CPU time is the lint's, whatever else loads the machine);
 * - editor: from a didChange sent over stdio to the built `brieflint --lsp` until the diagnostics
 *   of that version arrive (debounce off), what an editor waits for after its debounce.
 *
 * - where the time goes: the median of each phase and of the dearest rules, from the engine's `stats`
 *   (the thread's clock) on the same keystrokes with the same memo of the previous version;
 * - for scale, how long `node -e 0` takes on this machine right now (a loaded machine slows both).
 *
 * The language server keeps what a keystroke did not change from one lint to the next (parse/
 * incremental.ts, BriefMemo): only the touched blocks are parsed and read again.
 *
 *   npm run bench:lsp [-- --keystrokes 200]
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const keystrokes = Number(args.includes('--keystrokes') ? args[args.indexOf('--keystrokes') + 1] : 200);
const WARM_UP = 20;
const TARGET_BYTES = 50 * 1024;

/** English briefs from fixtures/real, front matter left out, repeated until the text weighs 50 KB. */
function fiftyKilobyteBrief() {
  const names = ['2016-10-03-using-rfps-make-every-dollar-count.md', '2022-08-23-whom-does-maryland-tax.md', 'MIP40c3-SP40.md', 'ddp.md', 'eip-7623.md'];
  const parts = names.map((name) => readFileSync(path.join(root, 'fixtures/real', name), 'utf8').replace(/^---\n[\s\S]*?\n---\n/, ''));
  let text = '';
  for (let index = 0; text.length < 2 * TARGET_BYTES; index++) text += `${parts[index % parts.length]}\n\n`;
  // Cut at the first paragraph end past 50 KB.
  return text.slice(0, text.indexOf('\n\n', TARGET_BYTES) + 1);
}

/** A keystroke in the middle of the brief: a letter typed, then taken back, in turn. */
function keystroke(text, index) {
  const at = text.indexOf('\n\n', Math.floor(text.length / 2)) - 1;
  return index % 2 === 0 ? `${text.slice(0, at)}x${text.slice(at)}` : text;
}

const percentile = (values, share) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(share * sorted.length) - 1)];
};
const summary = (values) => `p50 ${percentile(values, 0.5).toFixed(1)} ms, p95 ${percentile(values, 0.95).toFixed(1)} ms`;

async function workerLints(text, workspace) {
  const { DocumentLinter } = await import(pathToFileURL(path.join(root, 'dist/lsp/linting.js')).href);
  const linter = new DocumentLinter(workspace);
  const filePath = path.join(workspace, 'brief.md');
  const document = (version, body) => ({ uri: pathToFileURL(filePath).href, version, text: body, filePath });
  const wall = [];
  const cpu = [];
  for (let index = 0; index < WARM_UP + keystrokes; index++) {
    const body = keystroke(text, index);
    const startCpu = process.cpuUsage();
    const start = performance.now();
    await linter.lint(document(index + 1, body));
    const elapsed = performance.now() - start;
    const used = process.cpuUsage(startCpu);
    if (index < WARM_UP) continue;
    wall.push(elapsed);
    cpu.push((used.user + used.system) / 1000);
  }
  return { wall, cpu };
}

/** The median time of each phase and rule over the same keystrokes (engine `stats`, with a memo as the server keeps). */
async function phases(text, workspace) {
  const { lintText } = await import(pathToFileURL(path.join(root, 'dist/engine/lint.js')).href);
  const { BriefMemo } = await import(pathToFileURL(path.join(root, 'dist/parse/index.js')).href);
  const memo = new BriefMemo();
  const times = new Map();
  for (let index = 0; index < WARM_UP + keystrokes; index++) {
    const result = lintText(keystroke(text, index), { filePath: path.join(workspace, 'brief.md'), stats: true, memo });
    if (index < WARM_UP) continue;
    const pass = result.stats.times.passes[0];
    const add = (name, ms) => times.set(name, [...(times.get(name) ?? []), ms]);
    for (const phase of ['parse', 'brief', 'semantics']) add(`(${phase})`, pass[phase].total);
    for (const [ruleId, time] of Object.entries(pass.rules)) add(ruleId, time.total);
  }
  const medians = [...times].map(([name, values]) => [name, percentile(values, 0.5)]);
  const rules = medians.filter(([name]) => !name.startsWith('(')).sort((a, b) => b[1] - a[1]);
  const shown = [...medians.filter(([name]) => name.startsWith('(')), ...rules.slice(0, 6)];
  const rest = rules.slice(6).reduce((sum, [, ms]) => sum + ms, 0);
  return [...shown.map(([name, ms]) => `${name} ${ms.toFixed(1)}`), `other rules ${rest.toFixed(1)}`].join(', ');
}

/** How long starting Node and doing nothing takes here now, the median of five: the machine's speed and load, for scale. */
function nodeStart() {
  const runs = [];
  for (let index = 0; index < 5; index++) {
    const start = performance.now();
    spawnSync(process.execPath, ['-e', '0']);
    runs.push(performance.now() - start);
  }
  return percentile(runs, 0.5);
}

/** The built server over stdio, as an editor drives it (Content-Length framed JSON-RPC). */
async function editorLints(text, workspace) {
  const server = spawn(process.execPath, [path.join(root, 'bin/brieflint.js'), '--lsp', '--stdio'], { cwd: workspace, stdio: ['pipe', 'pipe', 'inherit'] });
  let buffer = Buffer.alloc(0);
  const waiting = [];
  server.stdout.on('data', (chunk) => {
    buffer = Buffer.concat([buffer, chunk]);
    for (;;) {
      const header = buffer.indexOf('\r\n\r\n');
      if (header < 0) return;
      const length = Number(/Content-Length: (\d+)/i.exec(buffer.subarray(0, header).toString())[1]);
      if (buffer.length < header + 4 + length) return;
      const message = JSON.parse(buffer.subarray(header + 4, header + 4 + length).toString());
      buffer = buffer.subarray(header + 4 + length);
      for (const waiter of [...waiting]) if (waiter.test(message)) waiting.splice(waiting.indexOf(waiter), 1) && waiter.resolve(message);
    }
  });
  const send = (message) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...message });
    server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  const next = (test) => new Promise((resolve) => waiting.push({ test, resolve }));
  const uri = pathToFileURL(path.join(workspace, 'brief.md')).href;
  const published = (version) => next((message) => message.method === 'textDocument/publishDiagnostics' && message.params.version === version);

  const initialized = next((message) => message.id === 1);
  send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: pathToFileURL(workspace).href, capabilities: {}, initializationOptions: { debounceMs: 0 } } });
  await initialized;
  send({ method: 'initialized', params: {} });
  let opened = published(1);
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'markdown', version: 1, text } } });
  await opened;
  const latencies = [];
  for (let index = 0; index < WARM_UP + keystrokes; index++) {
    const version = index + 2;
    const done = published(version);
    const start = performance.now();
    send({ method: 'textDocument/didChange', params: { textDocument: { uri, version }, contentChanges: [{ text: keystroke(text, index) }] } });
    await done;
    if (index >= WARM_UP) latencies.push(performance.now() - start);
  }
  const exited = new Promise((resolve) => server.on('exit', resolve));
  const shutdown = next((message) => message.id === 2);
  send({ id: 2, method: 'shutdown' });
  await shutdown;
  send({ method: 'exit' });
  await exited;
  return latencies;
}

const text = fiftyKilobyteBrief();
const workspace = mkdtempSync(path.join(tmpdir(), 'brieflint-bench-lsp-'));
try {
  mkdirSync(path.join(workspace, '.git'));
  writeFileSync(path.join(workspace, 'brief.md'), text);
  console.log(`Re-lint after a keystroke, ${(Buffer.byteLength(text) / 1024).toFixed(1)} KB brief, ${keystrokes} keystrokes after ${WARM_UP} to warm up:`);
  const worker = await workerLints(text, workspace);
  console.log(`  worker lint, CPU time:   ${summary(worker.cpu)}`);
  console.log(`  worker lint, wall time:  ${summary(worker.wall)}`);
  console.log(`  editor (stdio), wall:    ${summary(await editorLints(text, workspace))}`);
  console.log(`  median ms per phase:     ${await phases(text, workspace)}`);
  console.log(`  for scale, node -e 0:    ${nodeStart().toFixed(0)} ms`);
} finally {
  rmSync(workspace, { recursive: true, force: true });
}
