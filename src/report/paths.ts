/**
 * File paths as each output shows them. Formatters get absolute paths from the engine (as ESLint's
 * LintResult.filePath) and show them relative to the working directory, where the reader stands.
 */
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Relative to cwd when the file lies inside it; otherwise as given (absolute, or a stdin name such as "<text>"). */
export function displayPath(filePath: string, cwd: string): string {
  if (!path.isAbsolute(filePath)) return filePath;
  const relative = path.relative(cwd, filePath);
  if (relative === '' || relative.startsWith('..') || path.isAbsolute(relative)) return filePath;
  return relative;
}

/** displayPath with forward slashes, for outputs read on any platform (GitHub annotations, SARIF). */
export function portablePath(filePath: string, cwd: string): string {
  return displayPath(filePath, cwd).split(path.sep).join('/');
}

/** True when the file lies under cwd, so it can be named relative to a source root. */
export function isInside(filePath: string, cwd: string): boolean {
  return path.isAbsolute(filePath) && displayPath(filePath, cwd) !== filePath;
}

/** A relative URI reference for a path under cwd: each segment percent-encoded (spaces, "#", "?", non-ASCII). */
export function relativeUri(filePath: string, cwd: string): string {
  return portablePath(filePath, cwd).split('/').map(encodeURIComponent).join('/');
}

/** The absolute file: URI of a path, as SARIF wants for files outside the source root. */
export function absoluteUri(filePath: string): string {
  return pathToFileURL(filePath).href;
}

/** The file: URI of a directory, with the trailing slash SARIF requires of a base URI. */
export function directoryUri(directory: string): string {
  const href = pathToFileURL(directory).href;
  return href.endsWith('/') ? href : `${href}/`;
}
