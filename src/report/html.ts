/**
 * One self-contained HTML page for people who never open a terminal: a summary by rule and by file,
 * then each brief as written, line by line, with every finding highlighted in place. Clicking a
 * highlight opens the finding under its line: the message (with its arithmetic) and links to the
 * related places. No script, no network, no external asset: CSS `:target` does the opening, and
 * every piece of document text is escaped (a brief is untrusted input).
 */
import type { LintMessage, LintResult } from '../engine/types.js';
import type { FormatterContext } from './index.js';
import { splitLines } from './lines.js';
import { portablePath } from './paths.js';
import { countOf, countsByRule, problemSummary, sumTotals } from './summary.js';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '#': '&#35;', '\n': '&#10;', '\r': '&#13;' };

/**
 * Text as HTML. "#" and line breaks as character references too: the page printed to a CI log must
 * hold no "##[" and start no line with outside text (see log-safe.ts); a browser shows the same.
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"'#\n\r]/g, (char) => ESCAPES[char] ?? char);
}

function severityName(message: LintMessage): 'error' | 'warning' {
  return message.severity === 2 ? 'error' : 'warning';
}


interface Finding {
  id: string;
  message: LintMessage;
}

/** The part of a line a finding covers, as [start, end) UTF-16 columns from 0. */
function spanOnLine(message: LintMessage, lineNumber: number, lineLength: number): [number, number] | undefined {
  const endLine = message.endLine ?? message.line;
  if (lineNumber < message.line || lineNumber > endLine || !(message.line >= 1)) return undefined;
  const start = lineNumber === message.line ? Math.max(0, message.column - 1) : 0;
  const end = lineNumber === endLine && message.endColumn !== undefined ? message.endColumn - 1 : lineLength;
  const clampedEnd = Math.min(Math.max(end, start), lineLength);
  // An empty range (a message at the end of a line, or with no end) still gets one visible character.
  if (clampedEnd === start) return start < lineLength ? [start, start + 1] : [lineLength, lineLength];
  return [start, clampedEnd];
}

/** A line with its findings' spans marked; overlapping spans split into segments that link to the narrowest. */
function renderLine(text: string, lineNumber: number, findings: readonly Finding[]): string {
  const spans = findings
    .map((finding) => ({ finding, span: spanOnLine(finding.message, lineNumber, text.length) }))
    .filter((entry): entry is { finding: Finding; span: [number, number] } => entry.span !== undefined);
  if (spans.length === 0) return escapeHtml(text);
  const cuts = new Set<number>([0, text.length]);
  for (const { span } of spans) {
    cuts.add(span[0]);
    cuts.add(span[1]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  let html = '';
  for (let index = 0; index < points.length - 1; index++) {
    const [from, to] = [points[index]!, points[index + 1]!];
    const covering = spans.filter(({ span }) => span[0] <= from && span[1] >= to);
    const piece = escapeHtml(text.slice(from, to));
    if (covering.length === 0) {
      html += piece;
      continue;
    }
    const narrowest = covering.reduce((best, entry) => (entry.span[1] - entry.span[0] < best.span[1] - best.span[0] ? entry : best));
    const severity = covering.some(({ finding }) => finding.message.severity === 2) ? 'error' : 'warning';
    const title = covering.map(({ finding }) => `${finding.message.ruleId ?? 'brieflint'}: ${finding.message.message}`).join('\n');
    html += `<a class="mark ${severity}" href="#${narrowest.finding.id}" title="${escapeHtml(title)}">${piece}</a>`;
  }
  // A finding at the very end of a line (nothing to underline): a visible marker.
  for (const { finding, span } of spans) {
    if (span[0] === text.length && span[1] === text.length) {
      html += `<a class="mark ${severityName(finding.message)} eol" href="#${finding.id}" title="${escapeHtml(finding.message.message)}">¶</a>`;
    }
  }
  return html;
}

function renderFinding(finding: Finding, fileId: string): string {
  const { message } = finding;
  const related = (message.related ?? [])
    .map((place) => `<li><a href="#${fileId}-L${place.line}">line ${place.line}:${place.column}</a> ${escapeHtml(place.message)}</li>`)
    .join('');
  const suggestions = (message.suggestions ?? []).map((suggestion) => `<li>${escapeHtml(suggestion.desc)}</li>`).join('');
  return [
    `<div class="finding ${severityName(message)}" id="${finding.id}">`,
    `<p><span class="severity">${severityName(message)}</span> <span class="where">${message.line}:${message.column}</span> ${escapeHtml(message.message)} <code class="rule">${escapeHtml(message.ruleId ?? '')}</code></p>`,
    related ? `<ul class="related">${related}</ul>` : '',
    suggestions ? `<p>Suggestions:</p><ul class="suggestions">${suggestions}</ul>` : '',
    `<a class="close" href="#${fileId}">close</a>`,
    '</div>',
  ].join('');
}

/** Messages without a place in the text (a file that could not be read) are listed above its source. */
function renderFile(result: LintResult, index: number, context: FormatterContext): string {
  const fileId = `file-${index + 1}`;
  const findings: Finding[] = result.messages.map((message, position) => ({ id: `${fileId}-m${position + 1}`, message }));
  const placeless = findings.filter(({ message }) => !(message.line >= 1));
  const name = escapeHtml(portablePath(result.filePath, context.cwd));
  const parts = [`<section class="file" id="${fileId}">`, `<h2>${name} <small>${escapeHtml(problemSummary(sumTotals([result])))}</small></h2>`];
  for (const finding of placeless) parts.push(renderFinding(finding, fileId).replace('class="finding', 'class="finding shown'));
  if (result.source !== undefined) {
    const byStartLine = new Map<number, Finding[]>();
    for (const finding of findings) {
      if (!(finding.message.line >= 1)) continue;
      const list = byStartLine.get(finding.message.line) ?? [];
      list.push(finding);
      byStartLine.set(finding.message.line, list);
    }
    // One string without separators: the list is white-space: pre-wrap, a newline between items would show.
    const items: string[] = [];
    splitLines(result.source).forEach((line, lineIndex) => {
      const lineNumber = lineIndex + 1;
      const here = findings.filter(({ message }) => message.line >= 1 && lineNumber >= message.line && lineNumber <= (message.endLine ?? message.line));
      const opened = (byStartLine.get(lineNumber) ?? []).map((finding) => renderFinding(finding, fileId)).join('');
      items.push(`<li id="${fileId}-L${lineNumber}"><span class="line">${renderLine(line, lineNumber, here)}</span>${opened}</li>`);
    });
    parts.push(`<ol class="source">${items.join('')}</ol>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

function summaryTables(results: readonly LintResult[], context: FormatterContext): string {
  const known = new Map(context.rules.map((meta) => [meta.id, meta]));
  const ruleRows = countsByRule(results)
    .map(([rule, counts]) => `<tr><td><code>${escapeHtml(rule)}</code></td><td>${escapeHtml(known.get(rule)?.description ?? '')}</td><td class="n">${counts.errors}</td><td class="n">${counts.warnings}</td></tr>`)
    .join('\n');
  const fileRows = results
    .map((result, index) => {
      const name = escapeHtml(portablePath(result.filePath, context.cwd));
      const link = result.messages.length > 0 ? `<a href="#file-${index + 1}">${name}</a>` : name;
      return `<tr><td>${link}</td><td class="n">${result.errorCount}</td><td class="n">${result.warningCount}</td></tr>`;
    })
    .join('\n');
  return [
    ruleRows ? `<h2>By rule</h2>\n<table class="by-rule"><thead><tr><th>Rule</th><th>What it checks</th><th>Errors</th><th>Warnings</th></tr></thead><tbody>\n${ruleRows}\n</tbody></table>` : '',
    `<h2>By file</h2>\n<table class="by-file"><thead><tr><th>File</th><th>Errors</th><th>Warnings</th></tr></thead><tbody>\n${fileRows}\n</tbody></table>`,
  ].join('\n');
}

const STYLE = `
body{font:15px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:72rem;padding:0 1rem;color:#1b1f24}
h1{font-size:1.6rem}h2{font-size:1.2rem;margin-top:2rem}h2 small{font-weight:normal;color:#57606a}
table{border-collapse:collapse}th,td{border:1px solid #d0d7de;padding:.25rem .6rem;text-align:left;vertical-align:top}td.n{text-align:right}
ol.source{font:13px/1.6 ui-monospace,monospace;background:#f6f8fa;border:1px solid #d0d7de;padding:.5rem .5rem .5rem 3.5rem;white-space:pre-wrap;overflow-wrap:anywhere}
ol.source li::marker{color:#8c959f}
a.mark{color:inherit;text-decoration:none;border-bottom:2px solid;border-radius:2px}
a.mark.error{background:#ffebe9;border-color:#cf222e}a.mark.warning{background:#fff8c5;border-color:#bf8700}
.finding{display:none;font-family:system-ui,sans-serif;white-space:normal;margin:.3rem 0 .6rem;padding:.4rem .7rem;border-left:4px solid;background:#fff}
.finding:target,.finding.shown{display:block}.finding.error{border-color:#cf222e}.finding.warning{border-color:#bf8700}
.finding p{margin:.2rem 0}.severity{font-weight:600;text-transform:uppercase;font-size:.75rem}.error .severity{color:#cf222e}.warning .severity{color:#9a6700}
.where{color:#57606a}.rule{color:#57606a}.close{font-size:.8rem}
`;

export default function html(results: LintResult[], context: FormatterContext): string {
  const totals = sumTotals(results);
  const withFindings = results.map((result, index) => ({ result, index })).filter(({ result }) => result.messages.length > 0);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // Nothing may load from elsewhere, and no script may run, whatever a brief contains.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<title>brieflint report</title>',
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<h1>brieflint report</h1>',
    `<p class="totals">${escapeHtml(problemSummary(totals))} in ${countOf(totals.filesWithProblems, 'file')} of ${countOf(totals.filesLinted, 'file')} checked. Click a highlighted figure to see what is wrong with it.</p>`,
    summaryTables(results, context),
    ...withFindings.map(({ result, index }) => renderFile(result, index, context)),
    `<footer><p>brieflint ${escapeHtml(context.version)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
