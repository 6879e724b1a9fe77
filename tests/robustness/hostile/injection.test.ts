/**
 * A pull request is hostile input: its file names, its config and its briefs reach the CI log through
 * every output. None of them may make the runner run a workflow command (helpers/runner-log.ts reads a
 * log as actions/runner does); only the `github` format's own annotations are commands.
 */
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { loadFormatter, formatterNames } from '../../../src/report/index.js';
import { guardLog, printable } from '../../../src/report/log-safe.js';
import { context, message, result } from '../../report/results.js';
import { runMain } from '../../cli/helpers.js';
import { runnerCommands } from '../../helpers/runner-log.js';

const FORGED = '::warning file=x.md,line=1::INJECTED';
const HOSTILE_SOURCE = [
  '# Budget',
  '',
  `  ${FORGED}`,
  'Total: € 5 bn ##[add-mask]secret and ##vso[task.setvariable variable=x]1',
  '\u0085::error::INJECTED after NEL',
  '',
].join('\n');

const hostileResults = [
  result(`a\n${FORGED}\n.md`, [
    message({
      line: 3,
      column: 3,
      endLine: 4,
      endColumn: 10,
      ruleId: `x\n${FORGED}`,
      message: `Total says 5\r${FORGED}\n##[error]INJECTED \u2028::error::x`,
      related: [{ line: 4, column: 1, endLine: 4, endColumn: 40, message: `part\n${FORGED}` }],
    }),
  ], { source: HOSTILE_SOURCE }),
  result(`::error::INJECTED.md`, [message({ line: 5, column: 1, message: 'plain' })], { source: HOSTILE_SOURCE }),
];

describe('every output format keeps pull-request text out of the runner\'s commands', () => {
  it.each(formatterNames.flatMap((name) => [[name, false], [name, true]] as Array<[string, boolean]>))('%s (verbose/colour %s)', async (name, rich) => {
    const output = (await loadFormatter(name))(hostileResults, context({ verbose: rich, color: rich }));
    const commands = runnerCommands(output);
    if (name === 'github') {
      // Its own annotations, one per message, and nothing else.
      expect(commands).toHaveLength(2);
      expect(commands.every((line) => /^::(error|warning) file=[^\n]*::/.test(line))).toBe(true);
    } else expect(commands).toEqual([]);
  });

  it('machine formats keep the data exact', async () => {
    const json = JSON.parse((await loadFormatter('json'))(hostileResults, context())) as typeof hostileResults;
    expect(json).toEqual(hostileResults);
    const sarif = JSON.parse((await loadFormatter('sarif'))(hostileResults, context())) as { runs: Array<{ results: Array<{ message: { text: string } }> }> };
    expect(sarif.runs[0]!.results[0]!.message.text).toContain('##[error]INJECTED');
  });

  it('stylish shows the text, escaped onto one line', async () => {
    const output = (await loadFormatter('stylish'))(hostileResults, context({ verbose: true }));
    expect(output).toContain('a\\n::warning file=x.md,line=1::INJECTED\\n.md');
    expect(output).toContain('\n:\u200B:error::INJECTED.md');
    expect(output).toContain('Total says 5\\r::warning');
    expect(output).toContain('#\u200B#[error]INJECTED \\u2028::error::x');
  });

  it('guardLog and printable cost linear time on long runs of blank lines and colons', () => {
    const text = `${'\n'.repeat(200_000)}${' '.repeat(200_000)}${':'.repeat(200_000)}${'#'.repeat(200_000)}`;
    const started = process.cpuUsage();
    guardLog(printable(text));
    guardLog(text);
    const used = process.cpuUsage(started);
    expect((used.user + used.system) / 1000).toBeLessThan(1_000);
  });
});

/** A raw control a terminal or a log viewer acts on, or a bidi control that reorders what is read. */
const RAW_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u;
/** Colour, which stylish and the terminal add themselves. */
const withoutColour = (text: string) => text.replace(/\u001B\[[0-9;]*m/g, '');
const ESCAPES = '\u001B]0;owned\u0007\u001B[2J\u009B31m\u202Eevil\u2066';

describe('every output format shows terminal escapes and bidi controls, never sends them', () => {
  const escaping = [
    result(`x${ESCAPES}.md`, [
      message({ line: 1, column: 1, endColumn: 5, ruleId: `r${ESCAPES}`, message: `Total ${ESCAPES} wrong`, related: [{ line: 1, column: 1, message: `part ${ESCAPES}` }] }),
    ], { source: `Total ${ESCAPES} € 5 bn\n` }),
  ];
  it.each(formatterNames.flatMap((name) => [[name, false], [name, true]] as Array<[string, boolean]>))('%s (verbose/colour %s)', async (name, rich) => {
    const output = (await loadFormatter(name))(escaping, context({ verbose: rich, color: rich }));
    expect(RAW_CONTROL.exec(withoutColour(output))?.[0]).toBeUndefined();
    if (name === 'json' || name === 'sarif') expect(JSON.stringify(JSON.parse(output))).toContain(JSON.stringify(`Total ${ESCAPES} wrong`).slice(1, -1));
  });

  it('the command: a file name with ESC in every format, a fix-dry-run diff and stderr', async () => {
    const root = await mkdtemp(path.join(tmpdir(), 'brieflint-hostile-'));
    try {
      await writeFile(path.join(root, `a${ESCAPES}.md`), `# Chips ${ESCAPES}\n\nWe bought 100,00000 chips ${ESCAPES}.\n\nGrowth was 25 % in 2024, 12 % in 2025 and 3% in 2026.\n`);
      for (const format of formatterNames) {
        const run = await runMain(['--no-config', '-f', format, '--verbose', '.'], { cwd: root });
        expect(run.code, format).toBe(1);
        expect(RAW_CONTROL.exec(run.stdout + run.stderr)?.[0], format).toBeUndefined();
      }
      const github = await runMain(['--no-config', '-f', 'github', '.'], { cwd: root });
      expect(github.stdout).toContain('file=a\\x1b]0;owned\\x07\\x1b[2J\\x9b31m\\u202eevil\\u2066.md');
      const dry = await runMain(['--no-config', '--fix-dry-run', '.'], { cwd: root });
      expect(RAW_CONTROL.exec(dry.stdout + dry.stderr)?.[0]).toBeUndefined();
      await writeFile(path.join(root, '.brieflintrc.json'), JSON.stringify({ rules: { [`x${ESCAPES}`]: 'off' } }));
      const config = await runMain(['.'], { cwd: root });
      expect(config.code).toBe(2);
      expect(RAW_CONTROL.exec(config.stdout + config.stderr)?.[0]).toBeUndefined();
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  }, 180_000);
});

describe('the command, with hostile file names and config', () => {
  let root: string | undefined;
  afterEach(async () => {
    if (root) await rm(root, { recursive: true, force: true });
    root = undefined;
  });

  it('names a file whose name holds line breaks and commands without running them', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'brieflint-hostile-'));
    const name = `a\n${FORGED}\n##[add-mask]x.md`;
    await writeFile(path.join(root, name), `# Chips\n\n${FORGED}\n\nThe gigafactories get 100,00000 chips each.\n`);
    for (const format of ['stylish', 'json', 'sarif', 'html']) {
      const run = await runMain(['--no-config', '-f', format, '--verbose', '.'], { cwd: root });
      expect(run.code).toBe(1);
      expect(runnerCommands(run.stdout + run.stderr)).toEqual([]);
    }
    const dry = await runMain(['--no-config', '--fix-dry-run', '.'], { cwd: root, env: {} });
    expect(runnerCommands(dry.stdout + dry.stderr)).toEqual([]);
  });

  it('quotes config text on stderr', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'brieflint-hostile-'));
    await writeFile(path.join(root, '.brieflintrc.json'), JSON.stringify({ rules: { [`x\n${FORGED}`]: 'off', '##[add-mask]y': 'off' } }));
    await writeFile(path.join(root, 'brief.md'), 'Fine.\n');
    const run = await runMain(['brief.md'], { cwd: root });
    expect(run.code).toBe(2);
    expect(run.stderr).toContain('unknown rule "x\\n::warning');
    expect(runnerCommands(run.stderr)).toEqual([]);
    const printed = await runMain(['--print-config', `${FORGED}##[add-mask]x.md`], { cwd: root });
    expect(runnerCommands(printed.stdout + printed.stderr)).toEqual([]);
  });

  it('writes a fix-dry-run diff whose context lines cannot run', async () => {
    root = await mkdtemp(path.join(tmpdir(), 'brieflint-hostile-'));
    await writeFile(path.join(root, 'brief.md'), `${FORGED}\n  ::error::two\nGrowth was 25 % in 2024, 12 % in 2025 and 3% in 2026.\n`);
    const run = await runMain(['--no-config', '--fix-dry-run', 'brief.md'], { cwd: root });
    expect(run.stdout).toContain('+Growth was 25 % in 2024, 12 % in 2025 and 3 % in 2026.');
    expect(runnerCommands(run.stdout)).toEqual([]);
    // The file itself is untouched by a dry run.
    expect(await readFile(path.join(root, 'brief.md'), 'utf8')).toContain(FORGED);
  });
});

describe('the step summary (Markdown the job page renders)', () => {
  it('turns no file name or message into a link, an image or HTML', async () => {
    const { stepSummary } = await import('../../../src/action.js');
    const summary = stepSummary([result('[click](https://evil.example/).md', [message({ line: 1, column: 1, message: 'see ![](https://evil.example/p.png) <img src=x> `code` | cell' })])], '/work/briefs');
    expect(summary).not.toMatch(/(?<!\\)\]\(/);
    expect(summary).not.toContain('<img');
    expect(summary).toContain('\\[click\\](https:');
  });
});
