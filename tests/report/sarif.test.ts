import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadValidator } from './sarif-validator.js';
import sarif, { helpUri, toSarifLog } from '../../src/report/sarif.js';
import { briefSource, conflictingChips, context, cwd, fatalUnreadable, knownRules, malformedChips, message, result } from './results.js';

const validate = loadValidator();

function expectValid(log: unknown): void {
  const valid = validate(log);
  expect(validate.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
}

const malformed = malformedChips;
const conflicting = {
  ...conflictingChips,
  related: [...(conflictingChips.related ?? []), { message: 'and here', line: 9, column: 3, endLine: 9, endColumn: 10 }],
};
const fatal = fatalUnreadable;

describe('sarif', () => {
  const results = [
    result('briefs/invest ai é.md', [malformed, conflicting]),
    result('locked.md', [fatal]),
    result('clean.md', []),
  ];
  const log = JSON.parse(sarif(results, context())) as ReturnType<typeof toSarifLog>;
  const run = log.runs[0]!;

  it('is valid against the official SARIF 2.1.0 schema', () => {
    expectValid(log);
  });

  it('the validator does reject what breaks the schema', () => {
    const broken = structuredClone(log);
    broken.runs[0]!.results[0]!.locations[0]!.physicalLocation.region!.startLine = 0;
    expect(validate(broken)).toBe(false);
    expect(validate({ ...log, version: '2.0.0' })).toBe(false);
  });

  it('describes the tool and every known rule, found or not', () => {
    expect(log.version).toBe('2.1.0');
    expect(log.$schema).toMatch(/sarif-schema-2\.1\.0\.json$/);
    expect(run.tool.driver).toMatchObject({ name: 'brieflint', version: '0.1.0', informationUri: 'https://github.com/brieflint/brieflint' });
    expect(run.tool.driver.rules.map((rule) => rule.id)).toEqual(knownRules.map((rule) => rule.id));
    expect(run.tool.driver.rules[3]).toMatchObject({
      id: 'number-style',
      name: 'NumberStyle',
      shortDescription: { text: 'Figures are written consistently' },
      helpUri: 'https://github.com/brieflint/brieflint/blob/main/docs/rules/number-style.md',
      defaultConfiguration: { level: 'warning' },
      properties: { category: 'style', type: 'style', fixable: false, tags: ['brieflint', 'style'] },
    });
  });

  it('gives each documented rule its doc: the "Why" paragraph as full description, the page as help', () => {
    const doc = readFileSync(new URL('../../docs/rules/sum-mismatch.md', import.meta.url), 'utf8');
    const descriptor = run.tool.driver.rules[1]!;
    expect(descriptor.fullDescription?.text).toMatch(/^A brief that writes "€ 50 bn \+ € 150 bn = € 250 bn" loses its readers at that line\. .* would:$/);
    expect(descriptor.help).toEqual({ text: `A stated sum must equal its parts See ${helpUri('sum-mismatch')}`, markdown: doc });
  });

  it('places results in the file, relative to %SRCROOT%, with UTF-16 columns', () => {
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.originalUriBaseIds['%SRCROOT%']!.uri).toBe(`file://${cwd}/`);
    expect(run.results).toHaveLength(2);
    const [first, second] = run.results;
    expect(first).toEqual({
      ruleId: 'number-format',
      ruleIndex: 0,
      level: 'error',
      message: { text: malformedChips.message },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'briefs/invest%20ai%20%C3%A9.md', uriBaseId: '%SRCROOT%', index: 0 },
            region: { startLine: 4, startColumn: 35, endLine: 4, endColumn: 44 },
          },
        },
      ],
    });
    expect(second!.ruleIndex).toBe(2);
    expect(second!.level).toBe('warning');
    expect(second!.relatedLocations).toEqual([
      {
        id: 1,
        physicalLocation: { artifactLocation: first!.locations[0]!.physicalLocation.artifactLocation, region: { startLine: 4, startColumn: 35, endLine: 4, endColumn: 44 } },
        message: { text: 'first given here' },
      },
      {
        id: 2,
        physicalLocation: { artifactLocation: first!.locations[0]!.physicalLocation.artifactLocation, region: { startLine: 9, startColumn: 3, endLine: 9, endColumn: 10 } },
        message: { text: 'and here' },
      },
    ]);
  });

  it('lists every linted file as an artifact', () => {
    expect(run.artifacts.map((artifact) => artifact.location.uri)).toEqual(['briefs/invest%20ai%20%C3%A9.md', 'locked.md', 'clean.md']);
  });

  it('reports fatal messages as tool execution notifications, not results', () => {
    expect(run.invocations).toEqual([
      {
        executionSuccessful: false,
        toolExecutionNotifications: [
          {
            level: 'error',
            message: { text: 'Could not read file: EACCES' },
            descriptor: { id: 'brieflint/fatal' },
            locations: [{ physicalLocation: { artifactLocation: { uri: 'locked.md', uriBaseId: '%SRCROOT%', index: 1 } } }],
          },
        ],
      },
    ]);
  });

  it('marks a clean run as successful and stays valid with no results', () => {
    const clean = toSarifLog([result('clean.md', [])], context());
    expect(clean.runs[0]!.invocations).toEqual([{ executionSuccessful: true }]);
    expect(clean.runs[0]!.results).toEqual([]);
    expectValid(clean);
    expectValid(toSarifLog([], context({ rules: [] })));
  });

  it('names files outside the working directory by absolute file: URI', () => {
    const outside = toSarifLog([result('/elsewhere/brief.md', [malformed])], context());
    expect(outside.runs[0]!.artifacts[0]!.location).toEqual({ uri: 'file:///elsewhere/brief.md' });
    expectValid(outside);
  });

  it('keeps stdin\'s pseudo file name a valid URI reference', () => {
    const stdin = toSarifLog([result('<text>', [malformed])], context());
    expect(stdin.runs[0]!.artifacts[0]!.location.uri).toBe('%3Ctext%3E');
    expectValid(stdin);
  });

  it('adds a descriptor for a rule id it was not told about, so ruleIndex stays right', () => {
    const unknown = toSarifLog([result('a.md', [message({ ruleId: 'plugin/extra', line: 1, column: 1 })])], context());
    const driverRules = unknown.runs[0]!.tool.driver.rules;
    expect(driverRules.at(-1)).toEqual({ id: 'plugin/extra', helpUri: helpUri('plugin/extra') });
    expect(unknown.runs[0]!.results[0]!.ruleIndex).toBe(driverRules.length - 1);
    expectValid(unknown);
  });

  it('keeps messages silenced by directives as suppressed results', () => {
    const silenced = result('a.md', []);
    silenced.suppressedMessages = [{ ...malformed, suppressions: [{ kind: 'directive', justification: 'quoted from the source' }] }];
    const suppressed = toSarifLog([silenced], context());
    expect(suppressed.runs[0]!.results[0]!.suppressions).toEqual([{ kind: 'inSource', justification: 'quoted from the source' }]);
    expectValid(suppressed);
  });

  it('turns the fix and suggestions into SARIF fixes, placed by line and column', () => {
    const start = briefSource.indexOf('100,00000');
    const range: [number, number] = [start, start + '100,00000'.length];
    const fixable = {
      ...malformedChips,
      fix: { range, text: '100,000' },
      suggestions: [
        { desc: 'Replace with "100,000"', fix: { range, text: '100,000' } },
        { desc: 'Write 10,000,000', fix: { range, text: '10,000,000' } },
      ],
    };
    const log = toSarifLog([result('a.md', [fixable], { source: briefSource })], context());
    const fixes = log.runs[0]!.results[0]!.fixes!;
    // The suggestion that repeats the fix is given once.
    expect(fixes.map((fix) => fix.description.text)).toEqual(['Replace with "100,000"', 'Write 10,000,000']);
    expect(fixes[1]!.artifactChanges[0]!.replacements).toEqual([
      { deletedRegion: { startLine: 4, startColumn: 35, endLine: 4, endColumn: 44 }, insertedContent: { text: '10,000,000' } },
    ]);
    expectValid(log);
  });

  it('gives no fixes without the source their offsets refer to', () => {
    const fixable = { ...malformedChips, fix: { range: [0, 3] as [number, number], text: 'x' } };
    expect(toSarifLog([result('a.md', [fixable])], context()).runs[0]!.results[0]!.fixes).toBeUndefined();
  });
});
