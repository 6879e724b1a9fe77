/**
 * The HTML report in headless Chromium, as a policy editor would read it: every finding written out
 * and visible without a click (on screen and in print), the brief rendered (its table a table), a
 * click on a mark keeping the marked figure and its finding in view, nothing fetched from the network,
 * no script; printed to PDF by Chromium itself (--print-to-pdf), every message is in the PDF's text.
 * Screenshots and the PDF's pages are kept in test-results/ for people to look at.
 * Chromium is Debian's `chromium` package (or CHROMIUM_PATH), pdftotext and pdftoppm Debian's
 * `poppler-utils`; without them the test (or its PDF part) is skipped, saying so.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const shots = path.join(root, 'test-results');
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'].find(
  (candidate): candidate is string => candidate !== undefined && candidate !== '' && existsSync(candidate),
);
if (!executablePath) console.warn('Chromium not found (install Debian\'s `chromium` or set CHROMIUM_PATH): skipping the HTML report e2e test.');
const hasPoppler = spawnSync('pdftotext', ['-v']).error === undefined && spawnSync('pdftoppm', ['-v']).error === undefined;
if (!hasPoppler) console.warn('pdftotext/pdftoppm not found (install Debian\'s `poppler-utils`): skipping the PDF check.');

// Without the background-networking flags Chromium tries to reach Google's hosts at start, which a
// closed network refuses many times over.
const CHROMIUM_FLAGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

type Place = { line: number; column: number; endLine: number; endColumn: number; message: string };

/** Text compared without white space: the PDF's lines break wherever the page width says. */
const squeezed = (text: string) => text.replace(/\s+/g, '');

describe.skipIf(!executablePath)('html report in Chromium', () => {
  let browser: Browser;
  let scratch: string;
  let report: string;
  let messages: string[];
  let places: number;

  beforeAll(async () => {
    scratch = mkdtempSync(path.join(tmpdir(), 'brieflint-e2e-'));
    report = path.join(scratch, 'report.html');
    const files = ['fixtures/investai-brief.planted.md', 'fixtures/clean-brief.md'];
    const run = spawnSync(process.execPath, [path.join(root, 'bin/brieflint.js'), '-f', 'html', '-o', report, ...files], { cwd: root, encoding: 'utf8' });
    expect(run.status).toBe(1);
    const json = spawnSync(process.execPath, [path.join(root, 'bin/brieflint.js'), '-f', 'json', ...files], { cwd: root, encoding: 'utf8' });
    const results = JSON.parse(json.stdout) as Array<{ filePath: string; messages: Place[] }>;
    messages = results.flatMap((result) => result.messages.map((message) => message.message));
    expect(messages.length).toBeGreaterThan(4);
    // Findings on the same characters share one mark.
    places = new Set(results.flatMap((result) => result.messages.map((m) => `${result.filePath}:${m.line}:${m.column}-${m.endLine}:${m.endColumn}`))).size;
    mkdirSync(shots, { recursive: true });
    browser = await chromium.launch({ executablePath, args: CHROMIUM_FLAGS });
  });

  afterAll(async () => {
    await browser?.close();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('shows every finding as text without a click, loads nothing else, runs no script', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const requests: string[] = [];
    const consoleErrors: string[] = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => {
      if (message.type() === 'error') consoleErrors.push(message.text());
    });
    await page.goto(pathToFileURL(report).href);
    expect(await page.locator('script').count()).toBe(0);
    expect(await page.locator('a.mark').count()).toBe(places);
    const findings = page.locator('.finding');
    expect(await findings.count()).toBe(messages.length);
    for (const [index, message] of messages.entries()) {
      const finding = findings.nth(index);
      expect(await finding.isVisible()).toBe(true);
      expect(await finding.innerText()).toContain(message);
    }
    // The brief's table is a table, its Total row marked.
    const rows = page.locator('table.brief-table tr');
    expect(await rows.first().locator('th').allInnerTexts()).toEqual(['Source', 'Amount', 'Share of total']);
    // The Total row, its figure marked and numbered as its finding.
    expect(await rows.last().locator('td').allInnerTexts()).toEqual(['Total', '€ 210 bn2', '100 %']);
    // No raw Markdown left in the rendered brief.
    expect(await page.locator('.brief').innerText()).not.toMatch(/\*\*|\|---|^#+ /m);
    await page.screenshot({ path: path.join(shots, 'html-report.png'), fullPage: true });
    expect(statSync(path.join(shots, 'html-report.png')).size).toBeGreaterThan(10_000);
    // In print, too, nothing is hidden.
    await page.emulateMedia({ media: 'print' });
    for (let index = 0; index < messages.length; index++) expect(await findings.nth(index).isVisible()).toBe(true);
    expect(requests).toEqual([pathToFileURL(report).href]);
    expect(consoleErrors).toEqual([]);
  });

  it('keeps the marked figure and its finding in view when a mark is clicked', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 700 } });
    await page.goto(pathToFileURL(report).href);
    const mark = page.locator('a.mark', { hasText: '€ 210 bn' });
    await mark.click();
    const finding = page.locator(`[id="${(await mark.getAttribute('href'))!.slice(1)}"]`);
    expect(await finding.innerText()).toContain('Total says € 210 bn, but the rows sum to € 200 bn');
    const inView = async (box: { y: number; height: number } | null) => box !== null && box.y >= 0 && box.y + box.height <= 700;
    expect(await inView(await finding.boundingBox())).toBe(true);
    expect(await inView(await mark.boundingBox())).toBe(true);
    await page.screenshot({ path: path.join(shots, 'html-report-clicked.png') });
  });

  it.skipIf(!hasPoppler)('prints to PDF with every message in it', () => {
    const pdf = path.join(scratch, 'report.pdf');
    const print = spawnSync(executablePath!, [...CHROMIUM_FLAGS, '--no-pdf-header-footer', `--user-data-dir=${path.join(scratch, 'profile')}`, `--print-to-pdf=${pdf}`, pathToFileURL(report).href], { encoding: 'utf8', timeout: 110_000 });
    expect(existsSync(pdf), print.stderr).toBe(true);
    const text = spawnSync('pdftotext', ['-enc', 'UTF-8', pdf, '-'], { encoding: 'utf8' }).stdout;
    for (const message of messages) expect(squeezed(text), message).toContain(squeezed(message));
    // Each page as an image, for people to look at.
    spawnSync('pdftoppm', ['-r', '60', '-png', pdf, path.join(shots, 'html-report-print')]);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });
});
