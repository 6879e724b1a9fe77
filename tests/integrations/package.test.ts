/**
 * The package as users get it: `npm pack`'s tarball installed into a scratch project, the way
 * `npm i -D brieflint` (or a release tarball) installs it. It must hold the built command, the rule
 * docs `explain` prints, the library's types and the licence, and nothing of the sources, tests or
 * fixtures; installing it must run no build (no install scripts, no dev dependencies).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(import.meta.dirname, '../..');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as {
  name: string;
  version: string;
  scripts: Record<string, string>;
  dependencies: Record<string, string>;
  devDependencies: Record<string, string>;
};

let scratch: string;
let files: string[];
let project: string;

function npm(args: string[], cwd: string) {
  const result = spawnSync('npm', args, { cwd, encoding: 'utf8', env: { ...process.env, npm_config_update_notifier: 'false' } });
  expect(result.status, `npm ${args.join(' ')}\n${result.stdout}${result.stderr}`).toBe(0);
  return result.stdout;
}

beforeAll(() => {
  scratch = mkdtempSync(path.join(tmpdir(), 'brieflint-package-'));
  // The suite builds first (pretest), so the pack needs no build of its own here.
  const packed = JSON.parse(npm(['pack', '--ignore-scripts', '--json', '--pack-destination', scratch], root)) as Array<{ filename: string; files: Array<{ path: string }> }>;
  files = packed[0]!.files.map((file) => file.path);
  project = path.join(scratch, 'project');
  mkdirSync(project);
  writeFileSync(path.join(project, 'package.json'), JSON.stringify({ name: 'a-brief-repository', private: true }));
  npm(['install', '--save-dev', '--no-audit', '--no-fund', '--prefer-offline', path.join(scratch, packed[0]!.filename)], project);
}, 300_000);
afterAll(() => {
  if (scratch) rmSync(scratch, { recursive: true, force: true });
}, 120_000);

describe('the packed package', () => {
  it('holds the command, its bundle, the library and its types, the rule docs, README, LICENSE', () => {
    for (const file of ['package.json', 'README.md', 'LICENSE', 'bin/brieflint.js', 'dist/bundle/main.cjs', 'dist/bundle/worker.cjs', 'dist/index.js', 'dist/index.d.ts', 'dist/remark.d.ts', 'docs/rules/number-format.md']) {
      expect(files).toContain(file);
    }
  });

  it('holds no sources, tests, fixtures or scripts', () => {
    expect(files.filter((file) => /^(src|tests|fixtures|scripts|node_modules|\.ci)\//.test(file))).toEqual([]);
  });

  it('runs no script when installed (the build is in the tarball)', () => {
    for (const hook of ['preinstall', 'install', 'postinstall']) expect(manifest.scripts[hook]).toBeUndefined();
  });

  it('installs only its runtime dependencies', () => {
    const installed = path.join(project, 'node_modules');
    for (const dependency of Object.keys(manifest.dependencies)) expect(existsSync(path.join(installed, dependency)), dependency).toBe(true);
    for (const dependency of ['typescript', 'vitest', 'esbuild', 'playwright-core', 'markdownlint-cli2']) expect(existsSync(path.join(installed, dependency)), dependency).toBe(false);
  });

  it('the installed command lints a brief and explains a rule', () => {
    const bin = path.join(project, 'node_modules/.bin/brieflint');
    const lint = spawnSync(bin, [path.join(root, 'fixtures/investai-brief.md')], { cwd: project, encoding: 'utf8' });
    expect(lint.status).toBe(1);
    expect(lint.stdout).toContain('number-format');
    const explain = spawnSync(bin, ['explain', 'number-format'], { cwd: project, encoding: 'utf8' });
    expect(explain.status).toBe(0);
    expect(explain.stdout).toContain('number-format');
    const version = spawnSync(bin, ['--version'], { cwd: project, encoding: 'utf8' });
    expect(version.stdout.trim()).toBe(manifest.version);
  });
});
