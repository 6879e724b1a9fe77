/**
 * SARIF 2.1.0 for GitHub code scanning and other SARIF viewers.
 *
 * - tool.driver.rules lists every known rule (from rule meta), so viewers can show rule help even for
 *   rules that found nothing; a result's ruleIndex points into it.
 * - Locations are relative to `%SRCROOT%` (the working directory, given in originalUriBaseIds), which
 *   is what code scanning expects when the tool runs at the repository root. Files outside it get
 *   absolute file: URIs.
 * - Columns are UTF-16 code units (run.columnKind), the same as ESLint's and ours; endColumn exclusive.
 * - Fatal messages (ruleId null: a file that could not be read or parsed) are not results about the
 *   text but failures of the tool, so they become invocations[0].toolExecutionNotifications (level
 *   error, executionSuccessful false), as Microsoft's ESLint SARIF formatter and CodeQL do; code
 *   scanning accepts these and shows them on the tool status page rather than as alerts.
 * - Messages silenced by inline directives are kept as results with an inSource suppression, so
 *   viewers (and code scanning) show them as suppressed instead of losing them.
 * - A message's fix and suggestions become SARIF fixes (which editors such as VS Code's SARIF viewer
 *   can apply), their regions given by line and column so a BOM cannot shift them.
 */
import path from 'node:path';
import { readFileSync } from 'node:fs';
import type { LintMessage, LintResult, RuleMeta } from '../engine/types.js';
import type { FormatterContext } from './index.js';
import { positionAt } from './lines.js';
import { guardJson } from './log-safe.js';
import { absoluteUri, directoryUri, isInside, relativeUri } from './paths.js';
import { isError } from './summary.js';
import { packageFile } from '../package-files.js';

/** The schema's own id (OASIS, errata 01): the document our tests validate against. */
export const SARIF_SCHEMA_URI = 'https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json';
export const INFORMATION_URI = 'https://github.com/brieflint/brieflint';
const SOURCE_ROOT = '%SRCROOT%';
const FATAL_DESCRIPTOR_ID = 'brieflint/fatal';
/** Messages without a rule that are not failures: an ignored file named explicitly, an unused directive. */
const NOTICE_DESCRIPTOR_ID = 'brieflint/notice';

export function helpUri(ruleId: string): string {
  return `${INFORMATION_URI}/blob/main/docs/rules/${ruleId}.md`;
}

type SarifLevel = 'error' | 'warning';

interface ArtifactLocation {
  uri: string;
  uriBaseId?: string;
  index?: number;
}

interface Region {
  startLine: number;
  startColumn?: number;
  endLine?: number;
  endColumn?: number;
}

interface SarifLocation {
  id?: number;
  physicalLocation: { artifactLocation: ArtifactLocation; region?: Region };
  message?: { text: string };
}

interface ReportingDescriptor {
  id: string;
  name?: string;
  shortDescription?: { text: string };
  fullDescription?: { text: string };
  helpUri?: string;
  help?: { text: string; markdown: string };
  defaultConfiguration?: { level: SarifLevel };
  properties?: { category: string; type: string; fixable: boolean; tags: string[] };
}

interface SarifFix {
  description: { text: string };
  artifactChanges: Array<{
    artifactLocation: ArtifactLocation;
    replacements: Array<{ deletedRegion: Region; insertedContent: { text: string } }>;
  }>;
}

interface SarifResult {
  ruleId: string;
  ruleIndex: number;
  level: SarifLevel;
  message: { text: string };
  locations: SarifLocation[];
  relatedLocations?: SarifLocation[];
  suppressions?: Array<{ kind: 'inSource'; justification?: string }>;
  fixes?: SarifFix[];
}

interface Notification {
  level: SarifLevel;
  message: { text: string };
  descriptor: { id: string };
  /** The rule that crashed, for a fatal message of a rule. */
  associatedRule?: { id: string };
  locations: SarifLocation[];
}

export interface SarifLog {
  $schema: string;
  version: '2.1.0';
  runs: Array<{
    tool: { driver: { name: string; version: string; informationUri: string; rules: ReportingDescriptor[] } };
    invocations: Array<{ executionSuccessful: boolean; toolExecutionNotifications?: Notification[] }>;
    originalUriBaseIds: Record<string, { uri: string; description?: { text: string } }>;
    artifacts: Array<{ location: ArtifactLocation }>;
    columnKind: 'utf16CodeUnits';
    results: SarifResult[];
  }>;
}

/** "table-total" → "TableTotal": SARIF's readable rule name. */
function ruleName(id: string): string {
  return id
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** A built-in rule's doc page as shipped in the package (docs/rules/<id>.md), or undefined. */
function ruleDoc(id: string): string | undefined {
  if (!/^[a-z0-9-]+$/.test(id)) return undefined;
  try {
    return readFileSync(packageFile(`docs/rules/${id}.md`), 'utf8');
  } catch {
    return undefined;
  }
}

/** The first paragraph of a doc's "## Why" section, on one line: SARIF's full description. */
export function whyParagraph(doc: string): string | undefined {
  const why = /(?:^|\n)## Why\n+([\s\S]*?)(?:\n\n|\n#|$)/.exec(doc);
  return why?.[1]?.replace(/\s*\n\s*/g, ' ').trim() || undefined;
}

export function ruleDescriptor(meta: RuleMeta): ReportingDescriptor {
  const doc = ruleDoc(meta.id);
  return {
    id: meta.id,
    name: ruleName(meta.id),
    shortDescription: { text: meta.description },
    fullDescription: { text: (doc && whyParagraph(doc)) ?? meta.description },
    helpUri: helpUri(meta.id),
    // Code scanning shows help.markdown as the alert's rule help: the whole doc, examples included.
    ...(doc ? { help: { text: `${meta.description} See ${helpUri(meta.id)}`, markdown: doc } } : {}),
    defaultConfiguration: { level: meta.defaultSeverity === 'error' ? 'error' : 'warning' },
    properties: { category: meta.category, type: meta.type, fixable: meta.fixable, tags: ['brieflint', meta.category] },
  };
}

/** The driver's rule list, and a lookup from rule id to its index; unknown ids get a bare descriptor. */
class RuleTable {
  readonly descriptors: ReportingDescriptor[] = [];
  private readonly indexById = new Map<string, number>();

  constructor(metas: readonly RuleMeta[]) {
    for (const meta of metas) this.add(meta.id, () => ruleDescriptor(meta));
  }

  indexOf(ruleId: string): number {
    return this.add(ruleId, () => ({ id: ruleId, helpUri: helpUri(ruleId) }));
  }

  private add(id: string, describe: () => ReportingDescriptor): number {
    const known = this.indexById.get(id);
    if (known !== undefined) return known;
    this.descriptors.push(describe());
    this.indexById.set(id, this.descriptors.length - 1);
    return this.descriptors.length - 1;
  }
}

/** The artifacts list, one entry per file, and each file's location by path. */
class ArtifactTable {
  readonly artifacts: Array<{ location: ArtifactLocation }> = [];
  private readonly indexByPath = new Map<string, number>();

  constructor(private readonly cwd: string) {}

  locationOf(filePath: string): ArtifactLocation {
    let index = this.indexByPath.get(filePath);
    if (index === undefined) {
      this.artifacts.push({ location: this.uriOf(filePath) });
      index = this.artifacts.length - 1;
      this.indexByPath.set(filePath, index);
    }
    return { ...this.uriOf(filePath), index };
  }

  private uriOf(filePath: string): ArtifactLocation {
    if (isInside(filePath, this.cwd)) return { uri: relativeUri(filePath, this.cwd), uriBaseId: SOURCE_ROOT };
    if (path.isAbsolute(filePath)) return { uri: absoluteUri(filePath) };
    // A name that is not a path (stdin's "<text>"): a relative reference, percent-encoded.
    return { uri: filePath.split(/[\\/]/).map(encodeURIComponent).join('/'), uriBaseId: SOURCE_ROOT };
  }
}

/** SARIF regions need startLine ≥ 1; a message without a place in the file gets none. */
function regionOf(place: { line: number; column: number; endLine?: number; endColumn?: number }): Region | undefined {
  if (!(place.line >= 1)) return undefined;
  const region: Region = { startLine: place.line };
  if (place.column >= 1) region.startColumn = place.column;
  if (place.endLine !== undefined && place.endLine >= place.line) region.endLine = place.endLine;
  if (place.endColumn !== undefined && place.endColumn >= 1) region.endColumn = place.endColumn;
  return region;
}

function locationAt(artifact: ArtifactLocation, place: Parameters<typeof regionOf>[0]): SarifLocation {
  const region = regionOf(place);
  return { physicalLocation: region === undefined ? { artifactLocation: artifact } : { artifactLocation: artifact, region } };
}

function relatedLocations(message: LintMessage, artifact: ArtifactLocation): SarifLocation[] | undefined {
  if (message.related === undefined || message.related.length === 0) return undefined;
  // Ids from 1, so messages may link to them as [text](1).
  return message.related.map((place, index) => ({
    id: index + 1,
    ...locationAt(artifact, place),
    message: { text: place.message === '' ? 'related place' : place.message },
  }));
}

type Edit = NonNullable<LintMessage['fix']>;

function describeEdit(edit: Edit): string {
  return edit.text === '' ? 'Delete the text' : `Replace with "${edit.text}"`;
}

function toFix(description: string, edit: Edit, artifact: ArtifactLocation, source: string): SarifFix {
  const from = positionAt(source, edit.range[0]);
  const to = positionAt(source, edit.range[1]);
  const deletedRegion: Region = { startLine: from.line, startColumn: from.column, endLine: to.line, endColumn: to.column };
  return {
    description: { text: description },
    artifactChanges: [{ artifactLocation: artifact, replacements: [{ deletedRegion, insertedContent: { text: edit.text } }] }],
  };
}

/** The fix and the suggestions as SARIF fixes; none without the source, whose offsets they need. */
function fixesOf(message: LintMessage, artifact: ArtifactLocation, source: string | undefined): SarifFix[] | undefined {
  if (source === undefined) return undefined;
  const edits: Array<[string, Edit]> = [];
  if (message.fix !== undefined) edits.push([describeEdit(message.fix), message.fix]);
  for (const suggestion of message.suggestions ?? []) edits.push([suggestion.desc, suggestion.fix]);
  // SARIF wants the fixes of a result distinct.
  const fixes = new Map<string, SarifFix>();
  for (const [description, edit] of edits) {
    const fix = toFix(description, edit, artifact, source);
    fixes.set(JSON.stringify(fix), fix);
  }
  return fixes.size === 0 ? undefined : [...fixes.values()];
}

function toResult(message: LintMessage & { ruleId: string }, artifact: ArtifactLocation, rules: RuleTable, source?: string): SarifResult {
  const result: SarifResult = {
    ruleId: message.ruleId,
    ruleIndex: rules.indexOf(message.ruleId),
    level: isError(message) ? 'error' : 'warning',
    message: { text: message.message },
    locations: [locationAt(artifact, message)],
  };
  const related = relatedLocations(message, artifact);
  if (related !== undefined) result.relatedLocations = related;
  const fixes = fixesOf(message, artifact, source);
  if (fixes !== undefined) result.fixes = fixes;
  return result;
}

/**
 * Only a fatal message (a file that could not be read or parsed) is a failure of the run; the other
 * rule-less messages (an ignored file named explicitly, an unused directive) keep their own severity.
 */
function toNotification(message: LintMessage, artifact: ArtifactLocation): Notification {
  return {
    level: isError(message) ? 'error' : 'warning',
    message: { text: message.message },
    descriptor: { id: message.fatal === true ? FATAL_DESCRIPTOR_ID : NOTICE_DESCRIPTOR_ID },
    ...(message.ruleId !== null ? { associatedRule: { id: message.ruleId } } : {}),
    locations: [locationAt(artifact, message)],
  };
}

/** A finding about the text. A rule that crashed (fatal, with its id) found nothing: a tool failure. */
function hasRule(message: LintMessage): message is LintMessage & { ruleId: string } {
  return message.ruleId !== null && message.fatal !== true;
}

export function toSarifLog(results: readonly LintResult[], context: FormatterContext): SarifLog {
  const rules = new RuleTable(context.rules);
  const artifacts = new ArtifactTable(context.cwd);
  const sarifResults: SarifResult[] = [];
  const notifications: Notification[] = [];
  for (const lintResult of results) {
    const artifact = artifacts.locationOf(lintResult.filePath);
    for (const message of lintResult.messages) {
      if (hasRule(message)) sarifResults.push(toResult(message, artifact, rules, lintResult.source));
      else notifications.push(toNotification(message, artifact));
    }
    for (const suppressed of lintResult.suppressedMessages) {
      if (!hasRule(suppressed)) continue;
      const result = toResult(suppressed, artifact, rules, lintResult.source);
      result.suppressions = suppressed.suppressions.map(({ justification }) =>
        justification === '' ? { kind: 'inSource' } : { kind: 'inSource', justification },
      );
      sarifResults.push(result);
    }
  }
  const executionSuccessful = !notifications.some((notification) => notification.descriptor.id === FATAL_DESCRIPTOR_ID);
  const invocation = notifications.length === 0 ? { executionSuccessful } : { executionSuccessful, toolExecutionNotifications: notifications };
  return {
    $schema: SARIF_SCHEMA_URI,
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'brieflint', version: context.version, informationUri: INFORMATION_URI, rules: rules.descriptors } },
        invocations: [invocation],
        originalUriBaseIds: { [SOURCE_ROOT]: { uri: directoryUri(context.cwd) } },
        artifacts: artifacts.artifacts,
        columnKind: 'utf16CodeUnits',
        results: sarifResults,
      },
    ],
  };
}

export default function sarif(results: LintResult[], context: FormatterContext): string {
  // Printed to a CI log by the Action's `format: sarif`: guarded as json.ts is.
  return `${guardJson(JSON.stringify(toSarifLog(results, context), null, 2))}\n`;
}
