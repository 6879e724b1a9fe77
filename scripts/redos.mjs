/**
 * Every regular expression brieflint runs, for the ReDoS check (tests/robustness/redos.test.ts):
 * - literals, found by acorn's tokenizer in the built dist/;
 * - `new RegExp(…)` built from strings, recorded as they are constructed: RegExp is wrapped before
 *   dist/ is imported, and every fixture and every example in docs/rules is linted (in each locale)
 *   so that patterns built inside functions show too.
 *
 *   node scripts/redos.mjs --list      JSON list of { pattern, flags, where } on stdout
 *   node scripts/redos.mjs --update    check them all with recheck (in parallel, native backend when
 *                                      present) and rewrite tests/robustness/redos-verdicts.json,
 *                                      keeping each `accepted` reason written by hand
 *   node scripts/redos.mjs --new       check only the patterns that have no verdict yet (seconds, not
 *                                      minutes), keep every other verdict as it is, drop verdicts of
 *                                      patterns no longer found, and time each vulnerable one on its
 *                                      attack string grown to 100 KB so its `accepted` reason can
 *                                      quote a measurement. After a rebase conflict in the verdicts
 *                                      file: take main's side, then run this.
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tokenizer } from 'acorn';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const dist = path.join(root, 'dist');
export const VERDICTS_FILE = path.join(root, 'tests/robustness/redos-verdicts.json');

/**
 * tsc's output, one module per source file. Left out: dist/bundle (the same code, bundled by esbuild)
 * and the entry points that run when imported (the command, the worker thread, the Action's step).
 */
const ENTRY_POINTS = new Set(['main.js', 'engine/worker.js', 'lsp/worker.js', 'action.js']);

function* jsFiles(directory) {
  for (const entry of readdirSync(directory, { withFileTypes: true })) {
    const full = path.join(directory, entry.name);
    const relative = path.relative(dist, full).split(path.sep).join('/');
    if (entry.isDirectory()) {
      if (relative !== 'bundle') yield* jsFiles(full);
    } else if (entry.name.endsWith('.js') && !ENTRY_POINTS.has(relative)) yield full;
  }
}

export function keyOf({ pattern, flags }) {
  return `/${pattern}/${[...flags].filter((flag) => flag !== 'g' && flag !== 'y' && flag !== 'd').sort().join('')}`;
}

/** Literals in dist/, by file. */
function literals() {
  const found = [];
  for (const file of jsFiles(dist)) {
    const code = readFileSync(file, 'utf8');
    for (const token of tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module' })) {
      if (token.type.label !== 'regexp') continue;
      found.push({ pattern: token.value.pattern, flags: token.value.flags, where: path.relative(root, file) });
    }
  }
  return found;
}

/** Patterns built at run time: RegExp wrapped, dist/ imported, the fixtures linted. */
async function constructed() {
  const found = [];
  const Original = globalThis.RegExp;
  const record = (args) => {
    // Only brieflint's own: the caller's frame must be in dist/ (dependencies build patterns too).
    const caller = new Error().stack?.split('\n')[3] ?? '';
    const at = caller.indexOf(pathToFileURL(dist).href);
    if (at < 0) return;
    const where = `dist${caller.slice(at + pathToFileURL(dist).href.length).replace(/:\d+\)?$/, '')}`;
    const [source, flags] = args;
    if (typeof source === 'string') found.push({ pattern: source, flags: flags ?? '', where });
    else if (source instanceof Original) found.push({ pattern: source.source, flags: flags ?? source.flags, where });
  };
  globalThis.RegExp = new Proxy(Original, {
    construct(target, args, newTarget) {
      record(args);
      return Reflect.construct(target, args, newTarget === globalThis.RegExp ? target : newTarget);
    },
    apply(target, thisArg, args) {
      record(args);
      return Reflect.apply(target, thisArg, args);
    },
  });
  try {
    for (const file of jsFiles(dist)) {
      await import(pathToFileURL(file).href);
    }
    // Per-locale patterns are built when a brief first reads them: build them all.
    (await import(pathToFileURL(path.join(dist, 'parse', 'figures.js')).href)).buildEveryLocale();
    const { lintText } = await import(pathToFileURL(path.join(dist, 'index.js')).href);
    const fixtures = path.join(root, 'fixtures');
    for (const name of readdirSync(fixtures)) {
      if (name.endsWith('.md')) lintText(readFileSync(path.join(fixtures, name), 'utf8'), { config: {} });
    }
    // The rules' documented examples reach code paths the fixtures do not (a breakdown of shares,
    // say), in every locale: a pattern built only on such a path would otherwise go unchecked.
    const docs = path.join(root, 'docs', 'rules');
    const examples = [];
    for (const name of readdirSync(docs)) {
      if (!name.endsWith('.md')) continue;
      const doc = readFileSync(path.join(docs, name), 'utf8');
      for (const match of doc.matchAll(/^```markdown\n([\s\S]*?)^```$/gm)) examples.push(match[1]);
    }
    examples.push('A total of € 5 bn + € 5 bn = € 10 bn, of which 20 % (€ 2 bn) on 3 March 2025.\n');
    for (const locale of ['en', 'nl', 'de', 'fr']) for (const example of examples) lintText(example, { config: {}, locale });
  } finally {
    globalThis.RegExp = Original;
  }
  return found;
}

/** Every distinct pattern and flags (g, y and d do not change matching), with one place it is from. */
export async function allRegexes() {
  const byKey = new Map();
  for (const regex of [...literals(), ...(await constructed())]) {
    const key = keyOf(regex);
    if (!byKey.has(key)) byKey.set(key, { key, ...regex });
  }
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

/** recheck's verdict on one pattern: status "safe" | "vulnerable" | "unknown", with the complexity or the reason. */
export async function verdict(check, { pattern, flags }, timeout = 10_000) {
  const result = await check(pattern, flags.replace(/[gyd]/g, ''), { timeout });
  return {
    status: result.status,
    ...(result.complexity ? { complexity: result.complexity.type } : {}),
    ...(result.status === 'unknown' ? { reason: result.error?.kind ?? 'unknown' } : {}),
    ...(result.attack ? { attack: result.attack.pattern } : {}),
  };
}

/**
 * CPU milliseconds one match of the pattern takes on the attack string grown to about 100 KB (the
 * size a brief's paragraph can reach under the parser guard), or undefined when the attack is not
 * of recheck's `'a' + 'b'.repeat(n) + 'c'` shape.
 */
function timeAttack({ pattern, flags }, attack) {
  const shape = /^'((?:[^'\\]|\\.)*)' \+ '((?:[^'\\]|\\.)*)'\.repeat\(\d+\)(?: \+ '((?:[^'\\]|\\.)*)')?$/.exec(attack ?? '');
  if (!shape) return undefined;
  const unquote = (text) => JSON.parse(`"${(text ?? '').replace(/\\'/g, "'").replace(/"/g, '\\"')}"`);
  const [prefix, pump, suffix] = [unquote(shape[1]), unquote(shape[2]), unquote(shape[3])];
  if (pump.length === 0) return undefined;
  const input = prefix + pump.repeat(Math.ceil(100_000 / pump.length)) + suffix;
  const regex = new RegExp(pattern, flags.replace(/[gy]/g, ''));
  const start = process.cpuUsage();
  regex.exec(input);
  const used = process.cpuUsage(start);
  return Math.round((used.user + used.system) / 1000);
}

async function update({ onlyNew = false } = {}) {
  process.env.RECHECK_BACKEND ??= 'native';
  const { check } = await import('recheck');
  const regexes = await allRegexes();
  let previous = {};
  try {
    previous = JSON.parse(readFileSync(VERDICTS_FILE, 'utf8'));
  } catch {}
  const entries = {};
  if (onlyNew) {
    for (const regex of regexes) if (previous[regex.key]) entries[regex.key] = previous[regex.key];
  }
  const queue = regexes.filter((regex) => !entries[regex.key]);
  const checked = queue.map((regex) => regex.key);
  const workers = Array.from({ length: 8 }, async () => {
    for (let regex = queue.shift(); regex; regex = queue.shift()) {
      const found = await verdict(check, regex);
      const accepted = previous[regex.key]?.accepted;
      entries[regex.key] = { where: regex.where, ...found, ...(accepted ? { accepted } : {}) };
    }
  });
  await Promise.all(workers);
  const sorted = Object.fromEntries(Object.keys(entries).sort().map((key) => [key, entries[key]]));
  writeFileSync(VERDICTS_FILE, `${JSON.stringify(sorted, null, 2)}\n`);
  const counts = {};
  for (const entry of Object.values(sorted)) counts[entry.status] = (counts[entry.status] ?? 0) + 1;
  console.log(`${regexes.length} regexes:`, counts);
  if (onlyNew) {
    console.log(`checked ${checked.length} new:`);
    for (const key of checked) {
      const entry = sorted[key];
      const timed = entry.status === 'vulnerable' ? timeAttack(regexes.find((regex) => regex.key === key), entry.attack) : undefined;
      console.log(`  ${entry.status}${entry.complexity ? ` (${entry.complexity})` : ''}${timed !== undefined ? `, ${timed} ms on its attack at 100 KB` : ''}: ${key} (${entry.where})`);
    }
  }
  for (const [key, entry] of Object.entries(sorted)) {
    if (entry.status === 'vulnerable' && !entry.accepted) console.log(`vulnerable, not accepted: ${key} (${entry.where})`);
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--update')) await update();
  else if (process.argv.includes('--new')) await update({ onlyNew: true });
  else process.stdout.write(`${JSON.stringify(await allRegexes())}\n`);
}
