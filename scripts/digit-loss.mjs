#!/usr/bin/env node
/**
 * How often number-format catches a thousands figure that lost a digit (issue 14): in real briefs,
 * take figures correctly grouped in the brief's own style, in prose and in table cells, remove one
 * digit from their last thousands group ("$1,500" → "$1,50", "€ 105.594" → "€ 105.59"), lint the
 * brief with that one change, and count whether number-format reports the figure.
 *
 *   node scripts/digit-loss.mjs [--corpus DIR] [--dist DIR] [--per-doc N] [--json]
 *
 * --dist points at another build (e.g. main's dist/) to compare before and after. Each mutation is
 * linted alone, so one lost digit never changes how another is read. Deterministic: the figures
 * are spread evenly over each document and the removed digit cycles through the group.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const option = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const corpus = path.resolve(option('--corpus', path.join(root, '..', 'shared', 'corpus')));
const dist = path.resolve(option('--dist', path.join(root, 'dist')));
const perDoc = Number(option('--per-doc', '4'));
const { buildBrief, lintText, builtinRules } = await import(pathToFileURL(path.join(dist, 'index.js')).href);

const numberFormat = builtinRules.filter((rule) => rule.meta.id === 'number-format');
const GROUP_MARKS = { en: [','], nl: ['.'], de: ['.'], fr: [' ', '\u00A0', '\u202F', '.'] };
const KINDS = new Set(['amount', 'count', 'number', 'percent']);

/** The figures a lost digit is tried on: grouped the brief's way, in prose, lists or tables, not quoted. */
function groupedFigures(brief) {
  return brief.figures.filter((figure) => {
    const { group, digits, words } = figure.format;
    if (words || figure.malformed || figure.quoted || !KINDS.has(figure.kind) || figure.context === 'heading') return false;
    if (group === undefined || !GROUP_MARKS[brief.locale].includes(group)) return false;
    const integer = figure.format.decimal === undefined ? digits : digits.slice(0, digits.lastIndexOf(figure.format.decimal));
    const groups = integer.split(group);
    if (groups.length < 2 || !groups.slice(1).every((part) => /^\d{3}$/.test(part))) return false;
    return brief.source.slice(figure.range.start, figure.range.end) === figure.text;
  });
}

/** Evenly spread picks, so one long table does not fill a document's share. */
function spread(items, count) {
  if (items.length <= count) return items;
  return Array.from({ length: count }, (_, index) => items[Math.floor((index * items.length) / count)]);
}

/** The source with one digit of the figure's last thousands group removed, and where that digit was. */
function loseDigit(brief, figure, which) {
  const { digits, decimal } = figure.format;
  const integerEnd = decimal === undefined ? digits.length : digits.lastIndexOf(decimal);
  const digitAt = integerEnd - 3 + (which % 3);
  const offset = figure.range.start + figure.text.indexOf(digits) + digitAt;
  return { text: brief.source.slice(0, offset) + brief.source.slice(offset + 1), offset };
}

function offsetOf(text, line, column) {
  let at = 0;
  for (let current = 1; current < line; current++) at = text.indexOf('\n', at) + 1;
  return at + column - 1;
}

const tally = {};
const count = (key, flagged, asError) => {
  tally[key] ??= { tried: 0, flagged: 0, errors: 0 };
  tally[key].tried++;
  if (flagged) tally[key].flagged++;
  if (asError) tally[key].errors++;
};
const missed = [];

for (const language of ['en', 'nl', 'de', 'fr']) {
  if (args.includes('--progress')) process.stderr.write(`${language}…\n`);
  const folder = path.join(corpus, language);
  const files = readdirSync(folder, { recursive: true }).filter((name) => String(name).endsWith('.md')).sort();
  for (const name of files) {
    const file = path.join(folder, String(name));
    const source = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
    let brief;
    try {
      brief = buildBrief(source);
    } catch {
      continue;
    }
    const figures = groupedFigures(brief);
    const picks = [
      ...spread(figures.filter((figure) => figure.context !== 'table'), perDoc),
      ...spread(figures.filter((figure) => figure.context === 'table'), perDoc),
    ];
    picks.forEach((figure, index) => {
      const { text, offset } = loseDigit(brief, figure, index);
      const result = lintText(text, { rules: numberFormat, config: { rules: { 'number-format': 'error' } } });
      const hits = result.messages.filter((message) => {
        if (message.ruleId !== 'number-format') return false;
        const start = offsetOf(text, message.line, message.column);
        const end = message.endLine === undefined ? start + 1 : offsetOf(text, message.endLine, message.endColumn);
        return start <= offset && offset <= end;
      });
      const where = figure.context === 'table' ? 'table' : 'prose';
      const asError = hits.some((message) => message.severity === 2);
      count(`${language} ${where}`, hits.length > 0, asError);
      count(`${language} all`, hits.length > 0, asError);
      count('all', hits.length > 0, asError);
      if (hits.length === 0) missed.push(`${path.relative(corpus, file)} [${brief.locale}/${brief.localeSource}] ${figure.text} → ${text.slice(figure.range.start, figure.range.end - 1)}`);
    });
  }
}

if (args.includes('--json')) {
  console.log(JSON.stringify({ tally, missed }, null, 1));
} else {
  const share = (part, whole) => (whole === 0 ? '-' : `${((100 * part) / whole).toFixed(1)} %`);
  for (const [key, { tried, flagged, errors }] of Object.entries(tally).sort()) {
    console.log(`${key.padEnd(10)} ${String(flagged).padStart(4)} of ${String(tried).padStart(4)} flagged (${share(flagged, tried)}), ${errors} as errors (${share(errors, tried)})`);
  }
  if (args.includes('--missed')) for (const line of missed) console.log(`  missed: ${line}`);
}
