#!/usr/bin/env node
/**
 * `npm run spec:peer`: run the quantity reader over the Recognizers-Text test cases in
 * ../shared/peer-specs and print, per suite, the share of cases written with digits whose values we
 * read the same. A case counts when its input holds a digit and every expected figure is written
 * with digits only (no number words: "3 hundred and 21" and "1 over three" are left out). A yardstick, not a specification. Needs the build (`npx tsc -p .`).
 * `--verbose` lists the disagreements.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');
const specRoot = join(repoRoot, '..', 'shared', 'peer-specs');
const verbose = process.argv.includes('--verbose');

if (!existsSync(specRoot)) {
  console.log(`spec:peer skipped: ${specRoot} is absent.`);
  process.exit(0);
}
const built = join(repoRoot, 'dist', 'quantity', 'index.js');
if (!existsSync(built)) {
  console.error(`spec:peer: ${relative(process.cwd(), built)} is missing; build first (npx tsc -p .).`);
  process.exit(1);
}
const { extractQuantities, normalizeDecimal, shiftDecimal } = await import(pathToFileURL(built).href);
const { matchNumberWords } = await import(pathToFileURL(join(repoRoot, 'dist', 'quantity', 'words.js')).href);

const LOCALES = { English: 'en', Dutch: 'nl', German: 'de', French: 'fr' };
const HAS_DIGIT = /\d/;

/** A figure written with digits only: a digit in it and no number word ("3 hundred and 21" is not). */
function writtenWithDigits(text, locale) {
  if (!HAS_DIGIT.test(text)) return false;
  for (let pos = 0; pos < text.length; pos++) {
    const startsWord = /\p{L}/u.test(text[pos]) && (pos === 0 || !/[\p{L}\d]/u.test(text[pos - 1]));
    if (startsWord && matchNumberWords(text, pos, locale)) return false;
  }
  return true;
}

/** Suite files: <root>/…/{Number,NumberWithUnit}/<Language>/<Model>.json */
function findSuites(folder) {
  const suites = [];
  for (const name of readdirSync(folder)) {
    const path = join(folder, name);
    if (statSync(path).isDirectory()) suites.push(...findSuites(path));
    else if (name.endsWith('Model.json')) {
      const language = dirname(path).split(/[\\/]/).pop();
      const group = dirname(dirname(path)).split(/[\\/]/).pop();
      if (LOCALES[language]) suites.push({ path, locale: LOCALES[language], name: `${group}/${language}/${name.replace('.json', '')}` });
    }
  }
  return suites.sort((a, b) => a.name.localeCompare(b.name));
}

/** A Recognizers-Text value ("1,5" in Dutch files, "1.2E+15", "50%") as our exact decimal, or null. */
function peerDecimal(raw, locale) {
  if (raw === undefined || raw === null || raw === 'null') return null;
  let text = String(raw).replace(/%$/, '').replace(/\s/g, '');
  if (locale !== 'en' && text.includes(',') && !text.includes('.')) text = text.replace(',', '.');
  const match = /^(-?\d+(?:\.\d+)?)(?:E([+-]?\d+))?$/i.exec(text);
  if (!match) return null;
  return match[2] ? shiftDecimal(match[1], Number(match[2])) : normalizeDecimal(match[1]);
}

/** "(20,35]", "[20,)", "(,30)": the two ends, '' for an open end. */
function peerRange(raw, locale) {
  const match = /^[[(]\s*([^,]*?)\s*,\s*([^,]*?)\s*[\])]$/.exec(String(raw));
  if (!match) return null;
  const end = (side) => (side === '' ? '' : peerDecimal(side, locale));
  return `${end(match[1])}..${end(match[2])}`;
}

const NUMBER_KINDS = new Set(['number', 'count', 'amount', 'percent', 'year', 'ordinal', 'multiplier']);

/** What each suite compares: the values the peer expects and the values we read, as strings. */
const COMPARISONS = {
  NumberModel: {
    expected: (result, locale) => peerDecimal(result.Resolution?.value, locale),
    ours: (quantity) => (quantity.kind === 'range' ? [quantity.low, quantity.high] : NUMBER_KINDS.has(quantity.kind) ? [quantity.value] : []),
  },
  PercentModel: {
    expected: (result, locale) => peerDecimal(result.Resolution?.value, locale),
    ours: (quantity) => (quantity.unit !== '%' ? [] : quantity.kind === 'range' ? [quantity.low, quantity.high] : [quantity.value]),
  },
  NumberRangeModel: {
    expected: (result, locale) => peerRange(result.Resolution?.value, locale),
    ours: (quantity) => {
      if (quantity.kind === 'range') return [`${quantity.low}..${quantity.high}`];
      if (quantity.bound === 'min') return [`${quantity.value}..`];
      if (quantity.bound === 'max') return [`..${quantity.value}`];
      return [];
    },
  },
  CurrencyModel: {
    expected: (result, locale) => peerDecimal(result.Resolution?.value, locale),
    ours: (quantity) => (quantity.currency === undefined ? [] : quantity.kind === 'range' ? [quantity.low, quantity.high] : [quantity.value]),
  },
};

function sameMultiset(left, right) {
  return left.length === right.length && [...left].sort().join('|') === [...right].sort().join('|');
}

let anyBelow = false;
console.log('suite'.padEnd(40), 'digits', 'same', 'share');
for (const suite of findSuites(specRoot)) {
  const model = suite.name.split('/').pop();
  const comparison = COMPARISONS[model];
  if (!comparison) continue;
  const cases = JSON.parse(readFileSync(suite.path, 'utf8'));
  let considered = 0;
  let same = 0;
  const disagreements = [];
  for (const testCase of cases) {
    const results = testCase.Results ?? [];
    if (!HAS_DIGIT.test(testCase.Input) || !results.every((result) => writtenWithDigits(result.Text, suite.locale))) continue;
    const expected = results.map((result) => comparison.expected(result, suite.locale)).filter((value) => value !== null);
    const ours = extractQuantities(testCase.Input, { locale: suite.locale }).flatMap(comparison.ours);
    considered++;
    if (sameMultiset(expected, ours)) same++;
    else disagreements.push({ input: testCase.Input, expected, ours });
  }
  const share = considered === 0 ? 1 : same / considered;
  if (share < 0.8) anyBelow = true;
  console.log(suite.name.padEnd(40), String(considered).padStart(6), String(same).padStart(4), `${(share * 100).toFixed(1)} %`);
  if (verbose) for (const { input, expected, ours } of disagreements) console.log(`    ${JSON.stringify(input)}\n      peer: ${JSON.stringify(expected)}  ours: ${JSON.stringify(ours)}`);
}
if (anyBelow) console.log('(some suites are below 80 %; run with --verbose to see the disagreements)');
