#!/usr/bin/env node
/**
 * `npm run bench`: brieflint against markdownlint-cli2 and remark-cli (with remark-gfm,
 * remark-frontmatter and remark-preset-lint-recommended) on the same files, runs interleaved
 * (A B C A B C …) so that load on the machine hits every tool alike; medians and ratios printed.
 *
 * Workloads: (a) a directory of briefs — ../shared/corpus when present, else the fixtures copied
 * until they weigh about 2 MiB; (b) one small brief, as a pre-commit hook runs it.
 * Each tool's wall time and CPU time (user + system, its threads and children included), and its peak
 * memory (the maximum resident set size), the last two from GNU time when installed. "parse floor"
 * (scripts/bench-floor.mjs) only parses the same files with remark-parse + remark-gfm +
 * remark-frontmatter on one thread: brieflint's time beyond it is its own work (issue 18, goal 2).
 * After the table, TIMING=1's rows for one brieflint run of the workload (issue 18, goal 5).
 *
 *   npm run bench [-- --runs 5] [-- --only corpus|single]
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readdirSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const runs = Number(args.includes('--runs') ? args[args.indexOf('--runs') + 1] : 5);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const gnuTime = existsSync('/usr/bin/time') ? '/usr/bin/time' : undefined;

function markdownFiles(directory) {
  const found = [];
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) found.push(...markdownFiles(full));
    else if (/\.(?:md|markdown)$/.test(entry.name)) found.push(full);
  }
  return found;
}

/** The directory workload: the shared corpus, or the fixtures repeated in a scratch directory. */
function corpusWorkload() {
  const shared = path.resolve(root, '..', 'shared', 'corpus');
  if (existsSync(shared)) return { directory: shared, cleanup: () => {} };
  const scratch = mkdtempSync(path.join(tmpdir(), 'brieflint-bench-'));
  let bytes = 0;
  for (let copy = 0; bytes < 2 * 1024 * 1024; copy++) {
    cpSync(path.join(root, 'fixtures'), path.join(scratch, `copy-${copy}`), { recursive: true });
    bytes = markdownFiles(scratch).reduce((sum, file) => sum + statSync(file).size, 0);
  }
  return { directory: scratch, cleanup: () => rmSync(scratch, { recursive: true, force: true }) };
}

/** The same job for each tool: lint these Markdown files with its usual setup, report to stdout. */
function tools(target, isDirectory) {
  return [
    { name: 'brieflint', command: process.execPath, args: [path.join(root, 'bin', 'brieflint.js'), '--no-config', '--format', 'json', target] },
    {
      name: 'markdownlint-cli2',
      command: process.execPath,
      args: [path.join(root, 'node_modules', 'markdownlint-cli2', 'markdownlint-cli2-bin.mjs'), isDirectory ? `${target}/**/*.{md,markdown}` : target],
    },
    { name: 'parse floor', command: process.execPath, args: [path.join(root, 'scripts', 'bench-floor.mjs'), target] },
    {
      name: 'remark-cli',
      command: bin('remark'),
      args: ['--use', 'remark-gfm', '--use', 'remark-frontmatter', '--use', 'remark-preset-lint-recommended', '--no-stdout', '--quiet', '--no-config', '--no-ignore', target],
    },
  ];
}

function runOnce(tool) {
  const command = gnuTime ? gnuTime : tool.command;
  const argv = gnuTime ? ['-f', '%M %U %S', tool.command, ...tool.args] : tool.args;
  const started = process.hrtime.bigint();
  const child = spawnSync(command, argv, { cwd: root, encoding: 'utf8', maxBuffer: 1024 * 1024 * 1024 });
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (child.error) throw child.error;
  // GNU time prints the peak RSS (KiB), user and system seconds as the last line of stderr.
  const measured = /^(\d+) (\d+\.\d+) (\d+\.\d+)$/.exec(child.stderr.trim().split('\n').at(-1) ?? '');
  const rssKiB = gnuTime && measured ? Number(measured[1]) : undefined;
  const cpuSeconds = gnuTime && measured ? Number(measured[2]) + Number(measured[3]) : undefined;
  if (child.status !== 0 && child.status !== 1) {
    throw new Error(`${tool.name} failed (exit ${child.status}): ${child.stderr.slice(0, 500)}`);
  }
  return { seconds, rssKiB, cpuSeconds };
}

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = sorted.length >> 1;
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
};

function bench(label, target, isDirectory) {
  const list = tools(target, isDirectory);
  const samples = new Map(list.map((tool) => [tool.name, []]));
  runOnce(list[0]); // warm the file cache once for everyone
  for (let run = 0; run < runs; run++) for (const tool of list) samples.get(tool.name).push(runOnce(tool));
  const medianOf = (name, key) => {
    const values = samples.get(name).map((sample) => sample[key]).filter((value) => value !== undefined);
    return values.length > 0 ? median(values) : undefined;
  };
  const ratio = (mine, theirs) => (mine === undefined || theirs === undefined ? 'n/a' : (mine / theirs).toFixed(2));
  console.log(`\n${label}: ${target} (${runs} interleaved runs each, median)`);
  console.log(`${'tool'.padEnd(18)} ${'wall s'.padStart(8)} ${'CPU s'.padStart(8)} ${'brieflint ÷ tool: wall'.padStart(23)} ${'CPU'.padStart(6)} ${'peak RSS MiB'.padStart(13)}`);
  for (const tool of list) {
    const wall = medianOf(tool.name, 'seconds');
    const cpu = medianOf(tool.name, 'cpuSeconds');
    const rss = medianOf(tool.name, 'rssKiB');
    console.log(
      `${tool.name.padEnd(18)} ${wall.toFixed(3).padStart(8)} ${(cpu === undefined ? 'n/a' : cpu.toFixed(3)).padStart(8)} ${ratio(medianOf('brieflint', 'seconds'), wall).padStart(23)} ${ratio(medianOf('brieflint', 'cpuSeconds'), cpu).padStart(6)} ${(rss === undefined ? 'n/a' : (rss / 1024).toFixed(0)).padStart(13)}`,
    );
  }
  // Where brieflint's time goes (TIMING=1, as ESLint prints it): one more run, its table only.
  const timed = spawnSync(list[0].command, list[0].args, { cwd: root, encoding: 'utf8', env: { ...process.env, TIMING: '1' }, maxBuffer: 1024 * 1024 * 1024 });
  const table = timed.stdout.slice(timed.stdout.lastIndexOf('Rule '));
  if (table.startsWith('Rule ')) console.log(`\nTIMING=1 (one run; wall milliseconds per rule and phase, summed over files):\n${table.trimEnd()}`);
}

const nodeStart = () => {
  const times = [];
  for (let run = 0; run < runs; run++) {
    const started = process.hrtime.bigint();
    spawnSync(process.execPath, ['-e', '0']);
    times.push(Number(process.hrtime.bigint() - started) / 1e9);
  }
  return median(times);
};

if (!existsSync(path.join(root, 'dist', 'cli.js'))) {
  console.error('bench: run `npm run build` first');
  process.exit(2);
}
console.log(`brieflint bench — Node ${process.version}, ${availableParallelism()} CPUs (${cpus()[0]?.model ?? 'unknown'}); node -e 0: ${nodeStart().toFixed(3)} s`);
if (only !== 'single') {
  const corpus = corpusWorkload();
  try {
    const files = markdownFiles(corpus.directory);
    const mib = files.reduce((sum, file) => sum + statSync(file).size, 0) / 1024 / 1024;
    bench(`(a) directory, ${files.length} files, ${mib.toFixed(1)} MiB`, corpus.directory, true);
  } finally {
    corpus.cleanup();
  }
}
if (only !== 'corpus') bench('(b) one brief, as a pre-commit hook', path.join('fixtures', 'investai-brief.md'), false);
