/**
 * Files shipped in the package (package.json, docs/), found from wherever the running code lives:
 * dist/ as tsc writes it, or the bundle in dist/bundle/. The package root is the nearest directory upwards
 * that holds brieflint's package.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

let root: string | undefined;

export function packageRoot(): string {
  if (root !== undefined) return root;
  let directory = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const candidate = path.join(directory, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'brieflint') {
      root = directory;
      return directory;
    }
    const parent = path.dirname(directory);
    if (parent === directory) throw new Error('brieflint: cannot find its own package.json');
    directory = parent;
  }
}

/** The absolute path of a file in the package, from a path relative to its root ("docs/rules/x.md"). */
export function packageFile(relative: string): string {
  return path.join(packageRoot(), relative);
}

let version: string | undefined;

/** brieflint's version, read once per process (the cache asks for it for every file). */
export function packageVersion(): string {
  version ??= (JSON.parse(readFileSync(packageFile('package.json'), 'utf8')) as { version: string }).version;
  return version;
}
