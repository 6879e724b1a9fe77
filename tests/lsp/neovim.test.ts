/**
 * The language server driven by a real editor's LSP client: Neovim headless (Debian's `neovim`, which
 * .ci/run installs) runs tests/lsp/neovim-client.lua against the built `brieflint --lsp` over stdio,
 * and this file checks what the editor received. Skipped, saying so, where nvim is not installed.
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const hasNeovim = spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
const title = hasNeovim
  ? "Neovim's LSP client and brieflint --lsp"
  : "Neovim's LSP client and brieflint --lsp (SKIPPED: nvim is not installed; `apt-get install neovim`, as .ci/run does)";

const BRIEF = `# Compute fund

Roughly € 2.5 bn goes to the fund. The budget is 100,00000 euro.

| Item | Amount |
|---|---|
| A | 50 |
| B | 150 |
| Total | 250 |
`;

interface Diagnostic {
  code?: string;
  message: string;
  severity: number;
  codeDescription?: { href: string };
  relatedInformation?: Array<{ message: string; location: { range: { start: { line: number; character: number } } } }>;
  range: { start: { line: number; character: number }; end: { line: number; character: number } };
}

interface Report {
  error?: string;
  opened: Diagnostic[];
  format_actions: string[];
  after_reading: string[];
  reading_line: string;
  after_correction: string[];
  hover: string;
  after_disable: string[];
  disabled_line: string;
  broken_config: Diagnostic[];
  repaired_config: string[];
  stopped: boolean;
}

const scratch = mkdtempSync(path.join(tmpdir(), 'brieflint-nvim-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

function runNeovim(root: string, reportFile: string): Promise<{ code: number | null; stderr: string }> {
  const server = [process.execPath, path.join(repository, 'bin/brieflint.js'), '--lsp', '--stdio'];
  const child = spawn('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${path.join(repository, 'tests/lsp/neovim-client.lua')}`], {
    cwd: root,
    env: {
      ...process.env,
      BRIEFLINT_NVIM_REPORT: reportFile,
      BRIEFLINT_NVIM_SERVER: JSON.stringify(server),
      BRIEFLINT_NVIM_ROOT: root,
      // Neovim's log, state and swap, and the command's code cache, stay in the scratch folder.
      XDG_CACHE_HOME: path.join(scratch, 'cache'),
      XDG_STATE_HOME: path.join(scratch, 'state'),
      XDG_DATA_HOME: path.join(scratch, 'data'),
      XDG_CONFIG_HOME: path.join(scratch, 'config'),
      NODE_DISABLE_COMPILE_CACHE: '1',
    },
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.on('close', (code) => resolve({ code, stderr })));
}

describe.skipIf(!hasNeovim)(title, () => {
  it('shows findings, applies quick fixes, hovers figures, and survives a broken config', async () => {
    const root = path.join(scratch, 'workspace');
    mkdirSync(path.join(root, '.git'), { recursive: true });
    writeFileSync(path.join(root, 'brief.md'), BRIEF);
    const reportFile = path.join(scratch, 'report.json');
    const run = await runNeovim(root, reportFile);
    const report = JSON.parse(readFileSync(reportFile, 'utf8')) as Report;
    expect(report.error, run.stderr).toBeUndefined();
    expect(run.code).toBe(0);

    // Diagnostics on open: rule id, docs link, severity, exact range, related places.
    const format = report.opened.find((diagnostic) => diagnostic.code === 'number-format')!;
    expect(format.codeDescription?.href).toMatch(/docs\/rules\/number-format\.md$/);
    expect(format.range.start).toEqual({ line: 2, character: BRIEF.split('\n')[2]!.indexOf('100,00000') });
    const total = report.opened.find((diagnostic) => diagnostic.code === 'table-total')!;
    expect(total.message).toBe('Total says 250, but the rows sum to 200 (50 + 150)');
    expect(total.range).toEqual({ start: { line: 8, character: 10 }, end: { line: 8, character: 13 } });
    expect(total.relatedInformation?.map((related) => related.location.range.start.line)).toEqual([6, 7]);

    // Quick fixes: each reading, then disabling; the chosen reading is written and the finding goes.
    expect(report.format_actions).toEqual(['Write 100,000 euro', 'Write 10,000,000 euro', 'Disable number-format for this line', 'Disable number-format for this file']);
    expect(report.reading_line).toBe('Roughly € 2.5 bn goes to the fund. The budget is 100,000 euro.');
    expect(report.after_reading).toEqual(['table-total']);
    expect(report.after_correction).toEqual([]);

    expect(report.hover).toContain('brieflint reads `€ 2.5 bn` as money');
    expect(report.hover).toContain('value 2,500,000,000, currency EUR');
    expect(report.hover).toContain('approximate');

    expect(report.disabled_line).toBe('| Total | 250 | <!-- brieflint-disable-line table-total -->');
    expect(report.after_disable).toEqual([]);

    // A broken config is one clear diagnostic; the server lives on and reads the repaired one.
    expect(report.broken_config).toHaveLength(1);
    expect(report.broken_config[0]).toMatchObject({ code: 'config', severity: 1 });
    expect(report.broken_config[0]!.message).toContain('table-totl');
    expect(report.repaired_config).toEqual([]);
    expect(report.stopped).toBe(true);
  }, 600_000);
});
