/**
 * ESLint's JSON formatter, byte for byte: the results exactly as the engine made them, so tools that
 * read ESLint's JSON read ours. Nothing is added or dropped here; the shape is the engine's contract.
 */
import type { LintResult } from '../engine/types.js';

export default function json(results: LintResult[]): string {
  return JSON.stringify(results);
}
