/**
 * The document text itself: BOM handling and offset → line/column lookup.
 */
import type { Point } from './types.js';

const BOM = '\uFEFF';

export interface SourceText {
  source: string;
  hasBom: boolean;
}

/** Offsets in a Brief are into the BOM-less text, so the BOM goes before anything else looks at it. */
export function stripBom(text: string): SourceText {
  return text.startsWith(BOM) ? { source: text.slice(1), hasBom: true } : { source: text, hasBom: false };
}

/**
 * Offsets at which each line starts. "\r\n", "\n" and a lone "\r" each end a line,
 * as micromark counts them, so our lines agree with the mdast positions.
 */
export function lineStarts(source: string): Uint32Array {
  const starts: number[] = [0];
  for (let i = 0; i < source.length; i++) {
    const code = source.charCodeAt(i);
    if (code === 10) {
      starts.push(i + 1);
    } else if (code === 13) {
      if (source.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    }
  }
  return Uint32Array.from(starts);
}

/** 1-based line and UTF-16 column of an offset; offsets out of range are clamped to the text. */
export function makePointAt(source: string): (offset: number) => Point {
  const starts = lineStarts(source);
  return (offset: number): Point => {
    const clamped = Math.max(0, Math.min(Number.isFinite(offset) ? Math.trunc(offset) : 0, source.length));
    const lineIndex = lastStartAtOrBefore(starts, clamped);
    return { line: lineIndex + 1, column: clamped - starts[lineIndex]! + 1 };
  };
}

/** The index of the last line start at or before `offset` (binary search). */
export function lastStartAtOrBefore(starts: Uint32Array, offset: number): number {
  let low = 0;
  let high = starts.length - 1;
  while (low < high) {
    const middle = (low + high + 1) >>> 1;
    if (starts[middle]! <= offset) low = middle;
    else high = middle - 1;
  }
  return low;
}
