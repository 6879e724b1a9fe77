/**
 * ESLint's JSON formatter, byte for byte: the results exactly as the engine made them, so tools that
 * read ESLint's JSON read ours. Nothing is added or dropped here; the shape is the engine's contract.
 */
import type { LintResult } from '../engine/types.js';
import { guardJson } from './log-safe.js';

export default function json(results: LintResult[]): string {
  // The same data; only a "#" that would open a CI log command is written "\u0023" (see log-safe.ts).
  return guardJson(JSON.stringify(results));
}
