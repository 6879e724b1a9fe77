/**
 * Every file failure is that file's alone: binary, oversize, invalid UTF-8, unreadable and
 * unparsable files each get one message, and the other files are still linted and reported. A file
 * that cannot be read as Markdown text is never skipped quietly (a CI gate would pass it unread).
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFileSize } from '../../src/engine/config.js';
import { decodeBrief, readBriefFile } from '../../src/engine/files.js';
import { lintFiles } from '../../src/engine/lint.js';
import { runCli, runMain } from '../cli/helpers.js';
import { tempTree } from '../engine/helpers.js';

const SUM_ERROR = 'Composition check: € 50 bn + € 150 bn = € 250 bn.\n';

async function treeWithBadFiles(): Promise<string> {
  const root = await tempTree({ 'good.md': SUM_ERROR, 'emphasis.md': `${'*a '.repeat(2_000)}b${'*'.repeat(2_000)}\n` });
  await writeFile(path.join(root, 'image.md'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d]));
  await writeFile(path.join(root, 'latin1.md'), Buffer.concat([Buffer.from('Caf'), Buffer.from([0xe9]), Buffer.from(`\n\n${SUM_ERROR}`)]));
  await writeFile(path.join(root, 'big.md'), 'x'.repeat(30_000));
  return root;
}

describe('reading files', () => {
  it('refuses binary content, named by its first NUL byte', async () => {
    const root = await treeWithBadFiles();
    expect(await readBriefFile(path.join(root, 'image.md'))).toEqual({
      error: 'Cannot read the file as Markdown text: a NUL byte at byte 9 (binary content, or UTF-16 without a byte-order mark); brieflint reads UTF-8, and UTF-16 with a byte-order mark',
    });
  });

  it('finds a NUL byte anywhere, not only in the first 8 KB', () => {
    const late = Buffer.concat([Buffer.from('a'.repeat(20_000)), Buffer.from([0]), Buffer.from(SUM_ERROR)]);
    expect(decodeBrief(late)).toEqual({ error: expect.stringMatching(/^Cannot read the file as Markdown text: a NUL byte at byte 20001 /) });
  });

  it('decodes UTF-16 with a byte-order mark (never fixed), and refuses UTF-16 without one', () => {
    const text = `\uFEFF${SUM_ERROR}`;
    const warning = (name: string) => `File is ${name} (it starts with a byte-order mark): linted as decoded, but never fixed`;
    expect(decodeBrief(Buffer.from(text, 'utf16le'))).toEqual({ text, warning: warning('UTF-16 LE') });
    expect(decodeBrief(Buffer.from(text, 'utf16le').swap16())).toEqual({ text, warning: warning('UTF-16 BE') });
    expect(decodeBrief(Buffer.from(SUM_ERROR, 'utf16le'))).toEqual({ error: expect.stringMatching(/^Cannot read the file as Markdown text: a NUL byte at byte 2 /) });
    // A lone surrogate, or UTF-32 (whose mark starts as UTF-16 LE's): not text brieflint can read.
    expect(decodeBrief(Buffer.from([0xff, 0xfe, 0x00, 0xd8, 0x61, 0x00]))).toEqual({ error: 'Cannot read the file as Markdown text: it starts with a UTF-16 LE byte-order mark, but is not valid UTF-16 LE' });
    expect(decodeBrief(Buffer.from([0xff, 0xfe, 0x00, 0x00, 0x61, 0x00, 0x00, 0x00]))).toEqual({ error: expect.stringMatching(/^Cannot read the file as Markdown text: a NUL character at character 2 /) });
  });

  it('refuses files over the size limit', async () => {
    const root = await treeWithBadFiles();
    expect(await readBriefFile(path.join(root, 'big.md'), { maxFileSize: 20_480 })).toEqual({
      error: 'Not linted: 29.3 KB is over the size limit of 20 KB (raise maxFileSize in the config or --max-file-size, or list the file in ignores)',
    });
    expect(await readBriefFile(path.join(root, 'big.md'), { maxFileSize: 30_000 })).toEqual({ text: 'x'.repeat(30_000) });
  });

  it('reads invalid UTF-8 with replacement characters and a warning, keeping a byte-order mark', () => {
    expect(decodeBrief(Buffer.from([0xef, 0xbb, 0xbf, 0x61, 0x0a, 0x62, 0xff, 0x0a]))).toEqual({
      text: '\uFEFFa\nb\uFFFD\n',
      warning: 'File is not valid UTF-8 (first bad byte on line 2): read with replacement characters (U+FFFD)',
    });
    expect(decodeBrief(Buffer.from('\uFEFFé', 'utf8'))).toEqual({ text: '\uFEFFé' });
  });

  it('parses sizes as the config and --max-file-size write them', () => {
    expect(['10MB', '512 KB', '1.5gb', '2000', ' 3 B '].map((size) => parseFileSize(size))).toEqual([10_485_760, 524_288, 1_610_612_736, 2000, 3]);
    expect(['', '0', '-1', '1XB', '1e3', 'MB', '10 MB MB'].map((size) => parseFileSize(size))).toEqual(Array(7).fill(undefined));
    expect(parseFileSize(1024)).toBe(1024);
    expect(parseFileSize(1.5)).toBeUndefined();
  });
});

describe('one bad file among good ones', () => {
  it('gives each bad file its own message and lints the others', async () => {
    const root = await treeWithBadFiles();
    const { results } = await lintFiles(['.'], { cwd: root, noConfig: true, maxFileSize: 20_480 });
    const summary = Object.fromEntries(
      results.map((result) => [path.basename(result.filePath), result.messages.map((message) => `${message.severity}${message.fatal ? '!' : ''} ${message.ruleId ?? '-'} ${message.line}`)]),
    );
    expect(summary).toEqual({
      'big.md': ['2! - 1'],
      'emphasis.md': ['2! - 1'],
      'good.md': ['2 sum-mismatch 1'],
      'image.md': ['2! - 1'],
      'latin1.md': ['1 - 1', '2 sum-mismatch 3'],
    });
  });

  it('the CLI: one line per bad file, no stack trace, exit 2 for a file it could not read or parse', async () => {
    const root = await treeWithBadFiles();
    const run = await runCli(['--no-config', '--max-file-size', '20KB', '.'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stdout).toContain('Cannot read the file as Markdown text: a NUL byte at byte 9');
    expect(run.stdout).toContain('Not linted: 29.3 KB is over the size limit of 20 KB');
    expect(run.stdout).toContain('File is not valid UTF-8 (first bad byte on line 1)');
    expect(run.stdout).toContain('Parsing error: the paragraph at line 1 has more than 1000 runs of emphasis markers');
    expect(run.stdout).toContain('good.md');
    expect(`${run.stdout}${run.stderr}`).not.toMatch(/\n\s+at /);

    const readable = await runMain(['--no-config', '--max-file-size', '20KB', 'latin1.md', 'good.md'], { cwd: root });
    expect(readable.code).toBe(1);
    // A brief that cannot be read never passes a gate, whatever the format.
    for (const format of ['stylish', 'json', 'github', 'sarif', 'html']) {
      const unread = await runMain(['--no-config', '--max-file-size', '20KB', '-f', format, 'image.md', 'big.md'], { cwd: root });
      expect(unread.code, format).toBe(2);
      expect(unread.stdout, format).toContain('image.md');
      expect(unread.stdout, format).toMatch(/NUL byte at byte 9/);
    }
  }, 60_000);

  it('takes maxFileSize from the config, and refuses a bad one', async () => {
    const root = await treeWithBadFiles();
    await writeFile(path.join(root, '.brieflintrc.json'), JSON.stringify({ maxFileSize: '10KB' }));
    const { results } = await lintFiles(['big.md'], { cwd: root });
    expect(results[0]!.messages[0]!).toMatchObject({ fatal: true, severity: 2, message: 'Not linted: 29.3 KB is over the size limit of 10 KB (raise maxFileSize in the config or --max-file-size, or list the file in ignores)' });
    await writeFile(path.join(root, '.brieflintrc.json'), JSON.stringify({ maxFileSize: 'huge' }));
    await expect(lintFiles(['big.md'], { cwd: root })).rejects.toThrow(/maxFileSize: expected a size such as "10MB", "512KB" or a whole number of bytes/);
    const run = await runMain(['--max-file-size', 'huge', 'big.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('--max-file-size: expected a size such as 10MB, 512KB or a whole number of bytes, got "huge"');
  }, 30_000);
});
