/**
 * The HTML report in headless Chromium: the highlights are there, a click opens the finding, nothing
 * is fetched from the network, no script runs, and a screenshot is kept for people to look at.
 * Chromium is Debian's `chromium` package (or CHROMIUM_PATH); without it the test is skipped, saying so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (candidate): candidate is string => candidate !== undefined && candidate !== '' && existsSync(candidate),
);
if (!executablePath) console.warn('Chromium not found (install Debian\'s `chromium` or set CHROMIUM_PATH): skipping the HTML report e2e test.');

describe.skipIf(!executablePath)('html report in Chromium', () => {
  let browser: Browser;
  let scratch: string;
  let report: string;
  let findings: number;

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'brieflint-e2e-'));
    report = path.join(scratch, 'report.html');
    const run = spawnSync(process.execPath, [path.join(root, 'bin/brieflint.js'), '-f', 'html', '-o', report, 'fixtures/investai-brief.planted.md', 'fixtures/clean-brief.md'], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const json = spawnSync(process.execPath, [path.join(root, 'bin/brieflint.js'), '-f', 'json', 'fixtures/investai-brief.planted.md', 'fixtures/clean-brief.md'], { cwd: root, encoding: 'utf8' });
    // Findings on the same characters share one highlight.
    type Place = { line: number; column: number; endLine: number; endColumn: number };
    const places = (JSON.parse(json.stdout) as Array<{ filePath: string; messages: Place[] }>).flatMap((result) =>
      result.messages.map((m) => `${result.filePath}:${m.line}:${m.column}-${m.endLine}:${m.endColumn}`),
    );
    findings = new Set(places).size;
    expect(findings).toBeGreaterThan(4);
    // Without the background-networking flags Chromium tries to reach Google's hosts at start, which a
    // closed network refuses many times over.
    browser = await chromium.launch({
      executablePath,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('shows the highlights, opens a finding on click, loads nothing else, and renders', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(pathToFileURL(report).href);
    // One highlight per place with findings in the planted brief (the clean one has none), from the JSON output.
    expect(await page.locator('a.mark').count()).toBe(findings);
    const mark = page.locator('a.mark', { hasText: '€ 210 bn' });
    const finding = page.locator(`[id="${(await mark.getAttribute('href'))!.slice(1)}"]`);
    expect(await finding.isVisible()).toBe(false);
    await mark.click();
    expect(await finding.isVisible()).toBe(true);
    expect(await finding.innerText()).toContain('Total says € 210 bn, but the rows sum to € 200 bn');
    expect(requests).toEqual([pathToFileURL(report).href]);
    expect(consoleErrors).toEqual([]);
    const shots = path.join(root, 'test-results');
    mkdirSync(shots, { recursive: true });
    const shot = path.join(shots, 'html-report.png');
    await page.screenshot({ path: shot, fullPage: true });
    expect(statSync(shot).size).toBeGreaterThan(10_000);
  });
});
