#!/usr/bin/env node
/**
 * Scores rules on blind sets: passages written by people who never read the rules (format in the
 * helpers' brief: { id, lang, rule, verdict: 'wrong' | 'right', text, culprit?, why? }).
 * Each passage is linted with its rule alone, in its language, through the built package (run
 * `npm run build` first). Recall is wrong passages flagged by the rule / wrong passages; a false alarm is
 * a right passage the rule flags. "off" counts flagged wrong passages whose messages all miss the culprit.
 *
 *   node scripts/blind-score.mjs tests/blind/sum-mismatch.json [more.json …] [--rule ID] [--dist DIR] [--verbose]
 *     --known FILE   rewrite FILE's lists for the scored sets with the passages their rule gets wrong
 *                    (tests/blind/known-failures.json: tests/blind/blind.test.ts runs those as it.fails)
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const args = process.argv.slice(2);
// --dist DIR scores another build (e.g. main's, for a before/after comparison).
const dist = args.includes('--dist') ? path.resolve(args[args.indexOf('--dist') + 1]) : path.join(root, 'dist');
const { lintText, builtinRules } = await import(pathToFileURL(path.join(dist, 'index.js')).href);

const verbose = args.includes('--verbose');
const onlyRule = args.includes('--rule') ? args[args.indexOf('--rule') + 1] : undefined;
const knownFile = args.includes('--known') ? path.resolve(args[args.indexOf('--known') + 1]) : undefined;
const files = args.filter((arg, index) => arg.endsWith('.json') && !['--rule', '--dist', '--known'].includes(args[index - 1]));
if (files.length === 0) {
  console.error('usage: node scripts/blind-score.mjs SET.json [SET.json …] [--rule ID] [--verbose]');
  process.exit(2);
}

/** The messages one rule gives on one passage, linted in the passage's language. */
function messagesOf(passage, ruleId) {
  const rule = builtinRules.find((candidate) => candidate.meta.id === ruleId);
  if (!rule) throw new Error(`no rule ${ruleId}`);
  const result = lintText(passage.text, { rules: [rule], config: { rules: { [ruleId]: 'error' } }, locale: passage.lang });
  return result.messages.filter((message) => message.ruleId === ruleId);
}

/** Whether a message's range touches the culprit (first occurrence of the culprit text). */
function touchesCulprit(passage, message) {
  if (!passage.culprit) return true;
  const at = passage.text.indexOf(passage.culprit);
  if (at < 0) return true;
  const lineStarts = [0];
  for (let index = 0; index < passage.text.length; index++) if (passage.text[index] === '\n') lineStarts.push(index + 1);
  const offset = (line, column) => lineStarts[line - 1] + column - 1;
  const start = offset(message.line, message.column);
  const end = message.endLine ? offset(message.endLine, message.endColumn) : start + 1;
  return start < at + passage.culprit.length && end > at;
}

const rows = new Map();
const missed = [];
const alarms = [];
for (const file of files) {
  const set = path.basename(file).replace(/\.json$/u, '');
  for (const passage of JSON.parse(readFileSync(file, 'utf8')).map((one) => ({ ...one, set }))) {
    const ruleId = onlyRule ?? passage.rule;
    const key = `${ruleId}\t${passage.lang}`;
    const row = rows.get(key) ?? { wrong: 0, flagged: 0, off: 0, right: 0, alarms: 0 };
    rows.set(key, row);
    const messages = messagesOf(passage, ruleId);
    if (passage.verdict === 'wrong') {
      row.wrong++;
      if (messages.length > 0) {
        row.flagged++;
        if (!messages.some((message) => touchesCulprit(passage, message))) row.off++;
      } else missed.push({ ...passage, rule: ruleId });
    } else {
      row.right++;
      if (messages.length > 0) {
        row.alarms++;
        alarms.push({ passage: { ...passage, rule: ruleId }, messages });
      }
    }
  }
}

const percent = (part, whole) => (whole === 0 ? '  -  ' : `${((100 * part) / whole).toFixed(0).padStart(3)} %`);
console.log('rule                  lang  recall            off  false alarms');
const totals = new Map();
for (const [key, row] of [...rows].sort()) {
  const [ruleId, lang] = key.split('\t');
  console.log(`${ruleId.padEnd(21)} ${lang.padEnd(5)} ${`${row.flagged}/${row.wrong}`.padStart(6)} ${percent(row.flagged, row.wrong)}  ${String(row.off).padStart(5)}  ${row.alarms}/${row.right}`);
  const total = totals.get(ruleId) ?? { wrong: 0, flagged: 0, off: 0, right: 0, alarms: 0 };
  for (const field of Object.keys(total)) total[field] += row[field];
  totals.set(ruleId, total);
}
for (const [ruleId, row] of totals) {
  console.log(`${ruleId.padEnd(21)} all   ${`${row.flagged}/${row.wrong}`.padStart(6)} ${percent(row.flagged, row.wrong)}  ${String(row.off).padStart(5)}  ${row.alarms}/${row.right}`);
}
if (verbose) {
  for (const passage of missed) console.log(`\nMISSED ${passage.id}: ${passage.text}\n  culprit: ${passage.culprit}\n  why: ${passage.why}`);
  for (const { passage, messages } of alarms) {
    console.log(`\nFALSE ALARM ${passage.id}: ${passage.text}`);
    for (const message of messages) console.log(`  ${message.line}:${message.column} ${message.message}`);
  }
}

if (knownFile) {
  const known = existsSync(knownFile) ? JSON.parse(readFileSync(knownFile, 'utf8')) : {};
  // By set ("product-mismatch-2"), as tests/blind/blind.test.ts reads them: ids repeat across a rule's sets.
  const sets = new Set(files.map((file) => path.basename(file).replace(/\.json$/u, '')));
  for (const set of sets) known[set] = [];
  for (const passage of [...missed, ...alarms.map(({ passage }) => passage)]) known[passage.set].push(passage.id);
  for (const set of sets) known[set].sort();
  writeFileSync(knownFile, `${JSON.stringify(known, null, 2)}\n`);
  console.log(`\nwrote ${path.relative(process.cwd(), knownFile)}`);
}
