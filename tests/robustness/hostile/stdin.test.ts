/**
 * Standard input gets the protections a file gets: the size limit (read no further than it: a pipe
 * that never ends must not fill the memory), the binary check, and invalid UTF-8 never "fixed" into
 * U+FFFD.
 */
import { describe, expect, it } from 'vitest';
import { main } from '../../../src/cli.js';
import { collector } from '../../cli/helpers.js';

async function runWithStdin(args: string[], stdin: AsyncIterable<Uint8Array>) {
  const stdout = collector();
  const stderr = collector();
  const code = await main(['node', 'brieflint', '--no-config', ...args], { stdout, stderr, stdin, cwd: process.cwd(), env: {} });
  return { code, stdout: stdout.text, stderr: stderr.text };
}

const once = (bytes: Uint8Array): AsyncIterable<Uint8Array> => ({
  async *[Symbol.asyncIterator]() {
    yield bytes;
  },
});

describe('standard input', () => {
  it('stops reading at the size limit, whatever is still coming', async () => {
    let chunks = 0;
    const endless: AsyncIterable<Uint8Array> = {
      async *[Symbol.asyncIterator]() {
        for (;;) {
          chunks++;
          yield new TextEncoder().encode('We bought 100,00000 chips.\n'.repeat(40));
        }
      },
    };
    const run = await runWithStdin(['--stdin', '--max-file-size', '64KB', '-f', 'json'], endless);
    expect(chunks).toBeLessThan(100);
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)[0].messages[0]).toMatchObject({ fatal: true, message: expect.stringMatching(/^Not linted: [\d.]+ KB is over the size limit of 64 KB/) });
  });

  it('refuses binary content (exit 2), and decodes UTF-16 with a byte-order mark', async () => {
    const run = await runWithStdin(['--stdin', '-f', 'json'], once(new Uint8Array([0x57, 0x65, 0x00, 0x31])));
    expect(run.code).toBe(2);
    expect(JSON.parse(run.stdout)[0].messages).toMatchObject([{ severity: 2, fatal: true, message: expect.stringMatching(/^Cannot read standard input as Markdown text: a NUL byte at byte 3 /) }]);
    const utf16 = await runWithStdin(['--stdin', '-f', 'json'], once(new Uint8Array(Buffer.from('\uFEFFComposition check: € 50 bn + € 150 bn = € 250 bn.\n', 'utf16le'))));
    expect(utf16.code).toBe(1);
    const messages = JSON.parse(utf16.stdout)[0].messages as Array<{ ruleId: string | null; message: string }>;
    expect(messages[0]!.message).toBe('Standard input is UTF-16 LE (it starts with a byte-order mark): linted as decoded, but never fixed');
    expect(messages.some((message) => message.ruleId === 'sum-mismatch')).toBe(true);
  });

  it('lints invalid UTF-8 with a warning, and never writes it back with U+FFFD', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('Growth was 25 % in 2024, 12 % in 2025 and 3% in 2026. \u00e9'), 0xff, 0x0a]);
    const linted = await runWithStdin(['--stdin', '-f', 'json'], once(bytes));
    const messages = JSON.parse(linted.stdout)[0].messages as Array<{ message: string; ruleId: string | null }>;
    expect(messages[0]!.message).toBe('Standard input is not valid UTF-8 (first bad byte on line 1): read with replacement characters (U+FFFD)');
    expect(messages.some((message) => message.ruleId === 'number-style')).toBe(true);
    const fixed = await runWithStdin(['--stdin', '--fix-dry-run'], once(bytes));
    expect(fixed.code).toBe(2);
    expect(fixed.stdout).toBe('');
    expect(fixed.stderr).toContain('not valid UTF-8');
    const json = await runWithStdin(['--stdin', '--fix-dry-run', '-f', 'json'], once(bytes));
    expect(JSON.parse(json.stdout)[0].output).toBeUndefined();
  });

  it('still echoes valid text it could not fix, and fixes what it can', async () => {
    const text = new TextEncoder().encode('Growth was 25 % in 2024, 12 % in 2025 and 3% in 2026.\n');
    const fixed = await runWithStdin(['--stdin', '--fix-dry-run'], once(text));
    expect(fixed.stdout).toBe('Growth was 25 % in 2024, 12 % in 2025 and 3 % in 2026.\n');
    const clean = await runWithStdin(['--stdin', '--fix-dry-run'], once(new TextEncoder().encode('Nothing here.\n')));
    expect(clean).toMatchObject({ code: 0, stdout: 'Nothing here.\n' });
  });
});
