/**
 * A unified diff of a file before and after --fix-dry-run, as `diff -u` prints it (three lines of
 * context), so that it can be read or applied with `patch`. Fixes edit within lines, so when both
 * texts have the same number of lines they are compared line by line; otherwise the changed middle
 * (after the common first and last lines) is one hunk: a valid diff, if not the shortest.
 */
const CONTEXT = 3;

/** Lines with their ends kept off; `missingEnd` when the text does not end with a newline. */
function splitLines(text: string): { lines: string[]; missingEnd: boolean } {
  if (text === '') return { lines: [], missingEnd: false };
  const lines = text.split('\n');
  const missingEnd = lines[lines.length - 1] !== '';
  if (!missingEnd) lines.pop();
  return { lines, missingEnd };
}

/** Pairs of [old index range, new index range] that differ, in order. */
function changedRuns(before: string[], after: string[]): Array<{ oldFrom: number; oldTo: number; newFrom: number; newTo: number }> {
  if (before.length === after.length) {
    const runs: Array<{ oldFrom: number; oldTo: number; newFrom: number; newTo: number }> = [];
    for (let index = 0; index < before.length; index++) {
      if (before[index] === after[index]) continue;
      const last = runs[runs.length - 1];
      if (last && last.oldTo === index) {
        last.oldTo = index + 1;
        last.newTo = index + 1;
      } else runs.push({ oldFrom: index, oldTo: index + 1, newFrom: index, newTo: index + 1 });
    }
    return runs;
  }
  let prefix = 0;
  while (prefix < before.length && prefix < after.length && before[prefix] === after[prefix]) prefix++;
  let suffix = 0;
  while (
    suffix < before.length - prefix &&
    suffix < after.length - prefix &&
    before[before.length - 1 - suffix] === after[after.length - 1 - suffix]
  ) {
    suffix++;
  }
  return [{ oldFrom: prefix, oldTo: before.length - suffix, newFrom: prefix, newTo: after.length - suffix }];
}

type Run = ReturnType<typeof changedRuns>[number];

/** A line as the diff shows it, with git's marker after a last line that has no newline. */
function showLine(prefix: string, line: string): string[] {
  return line.endsWith('\0') ? [`${prefix}${line.slice(0, -1)}`, '\\ No newline at end of file'] : [`${prefix}${line}`];
}

function hunkText(runs: Run[], oldLines: string[], newLines: string[]): string {
  const first = runs[0]!;
  const last = runs[runs.length - 1]!;
  const oldFrom = Math.max(first.oldFrom - CONTEXT, 0);
  const oldTo = Math.min(last.oldTo + CONTEXT, oldLines.length);
  const newFrom = first.newFrom - (first.oldFrom - oldFrom);
  const newTo = last.newTo + (oldTo - last.oldTo);
  const body: string[] = [];
  let at = oldFrom;
  for (const run of runs) {
    for (; at < run.oldFrom; at++) body.push(...showLine(' ', oldLines[at]!));
    for (let index = run.oldFrom; index < run.oldTo; index++) body.push(...showLine('-', oldLines[index]!));
    for (let index = run.newFrom; index < run.newTo; index++) body.push(...showLine('+', newLines[index]!));
    at = run.oldTo;
  }
  for (; at < oldTo; at++) body.push(...showLine(' ', oldLines[at]!));
  const range = (from: number, count: number) => (count === 1 ? `${from + 1}` : `${count === 0 ? from : from + 1},${count}`);
  return `@@ -${range(oldFrom, oldTo - oldFrom)} +${range(newFrom, newTo - newFrom)} @@\n${body.join('\n')}\n`;
}

/** Marks a last line without a newline, so that adding or removing that newline shows as a change. */
function comparable(text: string): string[] {
  const { lines, missingEnd } = splitLines(text);
  if (missingEnd) lines[lines.length - 1] += '\0';
  return lines;
}

export function unifiedDiff(oldName: string, newName: string, before: string, after: string): string {
  if (before === after) return '';
  const oldLines = comparable(before);
  const newLines = comparable(after);
  const groups: Run[][] = [];
  for (const run of changedRuns(oldLines, newLines)) {
    const group = groups[groups.length - 1];
    const previous = group?.[group.length - 1];
    if (group && previous && run.oldFrom - previous.oldTo <= 2 * CONTEXT) group.push(run);
    else groups.push([run]);
  }
  return `--- ${oldName}\n+++ ${newName}\n${groups.map((group) => hunkText(group, oldLines, newLines)).join('')}`;
}
