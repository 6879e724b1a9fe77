/**
 * The language server costs a normal run nothing: it is a bundle of its own (scripts/bundle.mjs) that
 * the command loads only for --lsp. The `brieflint-language-server` bin starts the same server.
 */
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const bundle = (name: string) => readFileSync(path.join(repository, 'dist/bundle', name), 'utf8');

function frame(message: object): string {
  const body = JSON.stringify(message);
  return `Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
}

describe('the language server bundle', () => {
  it('is not part of the command bundle every lint loads', () => {
    expect(bundle('main.cjs')).not.toContain('vscode-languageserver');
    expect(bundle('main.cjs')).toContain('"./lsp.cjs"');
    expect(bundle('lsp.cjs')).toContain('startLanguageServer');
    expect(bundle('lsp-worker.cjs')).toContain('DocumentLinter');
  });

  it('brieflint-language-server answers initialize and exits cleanly on shutdown and exit', async () => {
    const child = spawn(process.execPath, [path.join(repository, 'bin/brieflint-language-server.js'), '--stdio'], {
      env: { ...process.env, NODE_DISABLE_COMPILE_CACHE: '1' },
      stdio: ['pipe', 'pipe', 'inherit'],
    });
    let output = '';
    const initialized = new Promise<void>((resolve) =>
      child.stdout.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        if (output.includes('"id":1')) resolve();
      }),
    );
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    child.stdin.write(frame({ jsonrpc: '2.0', id: 1, method: 'initialize', params: { processId: null, rootUri: null, capabilities: {} } }));
    await initialized;
    expect(output).toContain('"hoverProvider":true');
    expect(output).toContain('"codeActionKinds":["quickfix"]');
    child.stdin.write(frame({ jsonrpc: '2.0', id: 2, method: 'shutdown' }));
    child.stdin.write(frame({ jsonrpc: '2.0', method: 'exit' }));
    expect(await exited).toBe(0);
  });
});
