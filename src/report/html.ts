/**
 * One self-contained HTML page for people who never open a terminal, read from top to bottom (or
 * printed): a summary (problems by severity, by rule with links to each finding, by file), then each
 * brief with findings rendered as a document — headings, paragraphs, lists, tables as tables — with
 * every figure a finding is about marked and numbered, and every finding written out in full under
 * the passage it is about: severity, rule (linked to its documentation), place, the message with
 * its arithmetic, the related places (linked) and the possible fixes. Nothing is hidden, on screen
 * or in print. No script, no network, no external asset, and every piece of document text is
 * escaped (a brief is untrusted input).
 */
import type { LintMessage, LintResult } from '../engine/types.js';
import { stripBom } from '../parse/source.js';
import { escapeHtml, offsetFinder, renderBrief, type PlacedFinding } from './html-brief.js';
import type { FormatterContext } from './index.js';
import { portablePath } from './paths.js';
import { helpUri } from './sarif.js';
import { countOf, countsByRule, NO_RULE, problemSummary, sumTotals } from './summary.js';


function severityName(message: LintMessage): 'error' | 'warning' {
  return message.severity === 2 ? 'error' : 'warning';
}

interface Finding extends PlacedFinding {
  message: LintMessage;
  placed: boolean;
}

interface FileReport {
  result: LintResult;
  /** The text without its BOM (the messages' lines and columns count without it). */
  source: string | undefined;
  offsetOf: (line: number, column: number) => number;
  fileId: string;
  name: string;
  findings: Finding[];
}

/** "line 33, column 37", or nothing for a message about the whole file. */
function placeName(place: { line: number; column: number }): string {
  return place.line >= 1 ? `line ${place.line}, column ${place.column}` : 'whole file';
}

function ruleLink(ruleId: string | null, knownRules: ReadonlySet<string>): string {
  if (ruleId === null) return '<span class="rule">brieflint</span>';
  if (!knownRules.has(ruleId)) return `<span class="rule">${escapeHtml(ruleId)}</span>`;
  return `<a class="rule" href="${escapeHtml(helpUri(ruleId))}">${escapeHtml(ruleId)}</a>`;
}

function renderFinding(finding: Finding, blockAt: (offset: number) => string | undefined, offsetOf: (line: number, column: number) => number, knownRules: ReadonlySet<string>): string {
  const { message } = finding;
  const related = (message.related ?? []).map((place) => {
    const target = place.line >= 1 ? blockAt(offsetOf(place.line, place.column)) : undefined;
    const where = escapeHtml(placeName(place));
    return `<li>${target ? `<a href="#${target}">${where}</a>` : where}: ${escapeHtml(place.message)}</li>`;
  });
  const suggestions = (message.suggestions ?? []).map((suggestion) => `<li>${escapeHtml(suggestion.desc)}</li>`);
  const fix = message.fix ? `<p class="fix"><code>brieflint --fix</code> writes ${message.fix.text === '' ? 'nothing in its place' : `“${escapeHtml(message.fix.text)}”`}.</p>` : '';
  return [
    `<div class="finding ${finding.severity}" id="${finding.id}">`,
    `<p class="head"><a class="num" href="#${finding.id}">${finding.number}</a> <span class="severity">${finding.severity}</span> ${ruleLink(message.ruleId, knownRules)} <span class="where">${escapeHtml(placeName(message))}</span></p>`,
    `<p class="message">${escapeHtml(message.message)}</p>`,
    related.length > 0 ? `<p class="label">Related places:</p><ul class="related">${related.join('')}</ul>` : '',
    suggestions.length > 0 ? `<p class="label">Possible corrections:</p><ul class="suggestions">${suggestions.join('')}</ul>` : '',
    fix,
    '</div>',
  ].join('');
}

/**
 * Related places short enough to underline (a figure, a cell, a phrase); a place spanning a passage
 * is only linked: underlining it would hide the marks inside it.
 */
const RELATED_UNDERLINE_LIMIT = 200;

function relatedSpans(message: LintMessage, offsetOf: (line: number, column: number) => number): Array<{ start: number; end: number }> {
  const spans: Array<{ start: number; end: number }> = [];
  for (const place of message.related ?? []) {
    if (!(place.line >= 1)) continue;
    const start = offsetOf(place.line, place.column);
    const end = offsetOf(place.endLine, place.endColumn);
    if (end > start && end - start <= RELATED_UNDERLINE_LIMIT) spans.push({ start, end });
  }
  return spans;
}

function fileReport(result: LintResult, index: number, context: FormatterContext): FileReport {
  const fileId = `file-${index + 1}`;
  const source = result.source === undefined ? undefined : stripBom(result.source).source;
  const offsetOf = offsetFinder(source ?? '');
  const findings = result.messages.map((message, position): Finding => {
    const placed = source !== undefined && message.line >= 1;
    const start = placed ? offsetOf(message.line, message.column) : 0;
    const end = placed && message.endLine !== undefined && message.endColumn !== undefined ? offsetOf(message.endLine, message.endColumn) : start;
    // An empty range (a message at a place, not on characters) still marks one character where there is one.
    const visibleEnd = end > start ? end : Math.min(start + 1, source?.length ?? 0);
    const related = placed ? relatedSpans(message, offsetOf) : [];
    return { id: `${fileId}-f${position + 1}`, number: position + 1, severity: severityName(message), message, placed, start, end: Math.max(visibleEnd, start), related };
  });
  return { result, source, offsetOf, fileId, name: portablePath(result.filePath, context.cwd), findings };
}

/** Messages without a place in the text (a file that could not be read) are written above its text. */
function renderFile(file: FileReport, knownRules: ReadonlySet<string>): string {
  const { result, source, offsetOf, fileId, findings } = file;
  const parts = [`<section class="file" id="${fileId}">`, `<h2>${escapeHtml(file.name)} <small>${escapeHtml(problemSummary(sumTotals([result])))}</small></h2>`];
  const noBlock = () => undefined;
  const placeless = findings.filter((finding) => !finding.placed);
  if (placeless.length > 0) parts.push(`<div class="findings">${placeless.map((finding) => renderFinding(finding, noBlock, offsetOf, knownRules)).join('')}</div>`);
  if (source !== undefined) {
    const placed = findings.filter((finding) => finding.placed);
    const brief = renderBrief(source, fileId, placed, (finding, blockAt) => renderFinding(finding, blockAt, offsetOf, knownRules));
    parts.push(`<div class="brief">${brief}</div>`);
  }
  parts.push('</section>');
  return parts.join('\n');
}

function summary(files: readonly FileReport[], context: FormatterContext, knownRules: ReadonlySet<string>): string {
  const described = new Map(context.rules.map((meta) => [meta.id, meta.description]));
  const linksByRule = new Map<string, string[]>();
  // The file's name in a link only when findings stand in more than one file.
  const severalFiles = files.filter((file) => file.findings.length > 0).length > 1;
  for (const file of files) {
    for (const finding of file.findings) {
      const key = finding.message.ruleId ?? NO_RULE;
      const links = linksByRule.get(key) ?? [];
      const line = finding.message.line >= 1 ? `line ${finding.message.line}` : 'whole file';
      const where = severalFiles ? `${file.name}, ${line}` : line;
      links.push(`<a class="${finding.severity}" href="#${finding.id}"><span class="num">${finding.number}</span> ${escapeHtml(where)}</a>`);
      linksByRule.set(key, links);
    }
  }
  const results = files.map((file) => file.result);
  const ruleRows = countsByRule(results).map(([rule, counts]) => {
    const name = rule === NO_RULE ? escapeHtml(rule) : ruleLink(rule, knownRules);
    return `<tr><td>${name}</td><td>${escapeHtml(described.get(rule) ?? '')}</td><td class="n">${counts.errors}</td><td class="n">${counts.warnings}</td><td class="links">${(linksByRule.get(rule) ?? []).join(' ')}</td></tr>`;
  });
  const fileRows = files.map((file) => {
    const name = escapeHtml(file.name);
    const link = file.result.messages.length > 0 ? `<a href="#${file.fileId}">${name}</a>` : name;
    return `<tr><td>${link}</td><td class="n">${file.result.errorCount}</td><td class="n">${file.result.warningCount}</td></tr>`;
  });
  const totals = sumTotals(results);
  return [
    `<ul class="by-severity"><li class="error"><strong>${countOf(totals.errors, 'error')}</strong>: figures that are wrong</li><li class="warning"><strong>${countOf(totals.warnings, 'warning')}</strong>: figures to check or write differently</li></ul>`,
    ruleRows.length > 0 ? `<h2>By rule</h2>\n<table class="by-rule"><thead><tr><th>Rule</th><th>What it checks</th><th>Errors</th><th>Warnings</th><th>Findings</th></tr></thead><tbody>\n${ruleRows.join('\n')}\n</tbody></table>` : '',
    `<h2>By file</h2>\n<table class="by-file"><thead><tr><th>File</th><th>Errors</th><th>Warnings</th></tr></thead><tbody>\n${fileRows.join('\n')}\n</tbody></table>`,
  ].join('\n');
}

const STYLE = `
body{font:16px/1.55 Georgia,'DejaVu Serif',serif;margin:2rem auto;max-width:50rem;padding:0 1rem;color:#1b1f24;background:#fff}
h1,h2,h3,h4,h5,h6,table,.finding,.by-severity,footer{font-family:system-ui,'DejaVu Sans',sans-serif}
h1{font-size:1.7rem}h2{font-size:1.3rem;margin-top:2.2rem;border-bottom:1px solid #d0d7de;padding-bottom:.2rem}h2 small{font-weight:normal;font-size:.85rem;color:#57606a}
table{border-collapse:collapse;margin:1rem 0;font-size:.9rem}th,td{border:1px solid #d0d7de;padding:.3rem .6rem;text-align:left;vertical-align:top}th{background:#f6f8fa}
td.n,.right{text-align:right}.center{text-align:center}table.by-rule{width:100%}td.links a{display:inline-block;margin-right:.5rem}.by-rule .rule{white-space:nowrap}
.brief{margin-top:1rem}.brief h3{font-size:1.5rem}.brief h4{font-size:1.2rem}.brief h5,.brief h6{font-size:1rem}
.brief blockquote{margin:1rem 0;padding-left:1rem;border-left:3px solid #d0d7de;color:#424a53}
.brief pre{font:13px/1.5 ui-monospace,'DejaVu Sans Mono',monospace;background:#f6f8fa;border:1px solid #d0d7de;padding:.5rem .7rem;white-space:pre-wrap;overflow-wrap:anywhere}
.brief pre.frontmatter::before{content:"Frontmatter";display:block;font:600 .7rem system-ui,sans-serif;text-transform:uppercase;color:#57606a}
.url,.image,.definition{color:#57606a;font-size:.85em;overflow-wrap:anywhere}
a.mark{color:inherit;text-decoration:none;border-bottom:2px solid;padding:0 1px}
a.mark.error{background:#ffebe9;border-color:#cf222e}a.mark.warning{background:#fff8c5;border-color:#bf8700}
a.also{color:inherit;text-decoration:underline dotted #0969da;text-decoration-thickness:2px;text-underline-offset:3px}
a.ref{font:700 .7rem system-ui,sans-serif;vertical-align:super;margin-left:1px;padding:0 .25rem;border-radius:.6rem;color:#fff;text-decoration:none}
a.ref.error,.error .num{background:#cf222e}a.ref.warning,.warning .num{background:#9a6700}
.findings{margin:.4rem 0 1rem}
.finding{font-size:.9rem;line-height:1.45;margin:.4rem 0;padding:.45rem .8rem;border:1px solid #d0d7de;border-left:5px solid;border-radius:3px;background:#fff;scroll-margin-top:35vh;break-inside:avoid}
.finding.error{border-left-color:#cf222e}.finding.warning{border-left-color:#bf8700}.finding:target{outline:3px solid #0969da}
.finding p{margin:.15rem 0}.finding ul{margin:.1rem 0 .2rem;padding-left:1.4rem}.finding .message{font-size:1rem}
.num{display:inline-block;min-width:1.2rem;text-align:center;color:#fff;font-weight:700;border-radius:.6rem;text-decoration:none;padding:0 .2rem}
.severity{font-weight:700;text-transform:uppercase;font-size:.75rem;letter-spacing:.03em}.error .severity{color:#cf222e}.warning .severity{color:#9a6700}
.rule{font-family:ui-monospace,'DejaVu Sans Mono',monospace;font-size:.85rem}.where,.label{color:#57606a}.label{font-size:.8rem}
.by-severity{list-style:none;padding:0}.by-severity li{margin:.2rem 0;padding-left:.6rem;border-left:5px solid}.by-severity .error{border-color:#cf222e}.by-severity .warning{border-color:#bf8700}
footer{margin-top:3rem;color:#57606a;font-size:.8rem}
@media print{
*{-webkit-print-color-adjust:exact;print-color-adjust:exact}
body{margin:0;max-width:none;font-size:11pt}
section.file{break-before:page}
h1,h2,h3,h4,h5,h6{break-after:avoid}
tr,.brief-table,.finding,pre{break-inside:avoid}
a{color:inherit}
.finding a.rule::after{content:" (" attr(href) ")";font-size:.75rem;color:#57606a;overflow-wrap:anywhere}
.finding:target{outline:none}
}
`;

export default function html(results: LintResult[], context: FormatterContext): string {
  const totals = sumTotals(results);
  const knownRules = new Set(context.rules.map((meta) => meta.id));
  const files = results.map((result, index) => fileReport(result, index, context));
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
    `<p class="totals">${escapeHtml(problemSummary(totals))} in ${countOf(totals.filesWithProblems, 'file')} of ${countOf(totals.filesLinted, 'file')} checked. Each brief follows below as written; every figure brieflint questions is marked and numbered, the places a finding refers to are underlined with dots, and each finding is written out under the passage it is about.</p>`,
    summary(files, context, knownRules),
    ...files.filter((file) => file.result.messages.length > 0).map((file) => renderFile(file, knownRules)),
    `<footer><p>brieflint ${escapeHtml(context.version)}</p></footer>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
