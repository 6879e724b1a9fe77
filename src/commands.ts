/**
 * The CLI's two helpers beside linting: `brieflint explain <rule-id>` prints a rule's documentation
 * in the terminal, and `brieflint --init` writes a starter `.brieflintrc.json` (asking for the
 * briefs' language only when a person is at the terminal).
 */
import { existsSync, readFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { createInterface } from 'node:readline/promises';
import { Chalk } from 'chalk';
import type { CliIO } from './cli.js';
import { closestId, LOCALE_SETTINGS } from './engine/config.js';
import type { Rule } from './engine/types.js';
import { packageFile } from './package-files.js';

const LOCALES = LOCALE_SETTINGS;
export const INIT_FILE = '.brieflintrc.json';

/** A rule's doc page for a terminal: headings bold, code dimmed, the Markdown otherwise as written. */
export function renderDocForTerminal(markdown: string, color: boolean): string {
  if (!color) return markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  // Level 1 (16 colours) whatever the terminal reports: the caller has decided colour is wanted.
  const paint = new Chalk({ level: 1 });
  let inFence = false;
  const lines = markdown.split('\n').map((line) => {
    if (/^\s*(```|~~~)/.test(line)) {
      inFence = !inFence;
      return paint.dim(line);
    }
    if (inFence) return paint.cyan(line);
    if (/^#{1,6}\s/.test(line)) return paint.bold(line);
    return line.replace(/`([^`]+)`/g, (_code, inner: string) => paint.cyan(inner));
  });
  return `${lines.join('\n').replace(/\n*$/, '')}\n`;
}

/** `brieflint explain <id>`: 0 with the doc printed, 2 for an unknown or missing id. */
export function explain(args: readonly string[], rules: readonly Rule[], io: CliIO, color: boolean): number {
  const ids = rules.map((rule) => rule.meta.id);
  const [id, ...rest] = args;
  if (id === undefined || rest.length > 0) {
    io.stderr.write(`brieflint: explain takes one rule id: brieflint explain <rule-id> (one of ${ids.join(', ')})\n`);
    return 2;
  }
  if (!ids.includes(id)) {
    const suggestion = closestId(id, ids);
    io.stderr.write(`brieflint: unknown rule "${id}"${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; rules: ${ids.join(', ')}\n`);
    return 2;
  }
  const doc = packageFile(`docs/rules/${id}.md`);
  io.stdout.write(renderDocForTerminal(readFileSync(doc, 'utf8'), color));
  return 0;
}

/** The starter config: every rule at its default severity, so the file shows what can be tuned. */
export function starterConfig(rules: readonly Rule[], locale: (typeof LOCALES)[number]): string {
  const config = {
    locale,
    rules: Object.fromEntries(rules.map((rule) => [rule.meta.id, rule.meta.defaultSeverity])),
    ignores: ['node_modules/**', 'CHANGELOG.md'],
  };
  return `${JSON.stringify(config, null, 2)}\n`;
}

/** The answer, or undefined when the input ended (Ctrl+D) or was interrupted before one came. */
async function askLocale(io: CliIO, terminal: Terminal): Promise<(typeof LOCALES)[number] | undefined> {
  const rl = createInterface(terminal);
  // Ctrl+D (or the end of piped input) closes the prompt: a question left waiting then never settles.
  const closed = new Promise<undefined>((resolve) => rl.once('close', () => resolve(undefined)));
  try {
    for (;;) {
      const question = rl.question(`Which language are your briefs written in? (${LOCALES.join('/')}) [auto] `).catch((error: unknown) => {
        if ((error as { code?: string }).code === 'ABORT_ERR' || (error as { name?: string }).name === 'AbortError') return undefined;
        throw error;
      });
      const asked = await Promise.race([question, closed]);
      if (asked === undefined) return undefined;
      const answer = asked.trim().toLowerCase();
      if (answer === '') return 'auto';
      const locale = LOCALES.find((entry) => entry === answer);
      if (locale) return locale;
      io.stdout.write(`Please answer one of ${LOCALES.join(', ')}.\n`);
    }
  } finally {
    rl.close();
  }
}

/** `brieflint --init`: writes .brieflintrc.json in the working directory; never overwrites one. */
/** Where --init asks its question: the process's terminal (tests pass their own streams). */
export interface Terminal {
  input: NodeJS.ReadableStream;
  output: NodeJS.WritableStream;
}

export async function init(rules: readonly Rule[], io: CliIO, interactive: boolean, terminal: Terminal = { input: process.stdin, output: process.stdout }): Promise<number> {
  const target = path.join(io.cwd, INIT_FILE);
  if (existsSync(target)) {
    io.stderr.write(`brieflint: ${INIT_FILE} already exists here; it was left as it is\n`);
    return 2;
  }
  const locale = interactive ? await askLocale(io, terminal) : 'auto';
  if (locale === undefined) {
    io.stderr.write(`\nbrieflint: --init got no answer (the input ended); ${INIT_FILE} was not written\n`);
    return 2;
  }
  try {
    await writeFile(target, starterConfig(rules, locale), { encoding: 'utf8', flag: 'wx' });
  } catch (error) {
    io.stderr.write(`brieflint: cannot write ${INIT_FILE}: ${error instanceof Error ? error.message : String(error)}\n`);
    return 2;
  }
  io.stdout.write(`Wrote ${INIT_FILE} (locale ${locale}, every rule at its default). Run: npx brieflint .\n`);
  return 0;
}
