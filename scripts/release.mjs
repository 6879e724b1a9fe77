#!/usr/bin/env node
/**
 * Makes a release tag: `node scripts/release.mjs 0.1.0` builds brieflint from the committed tree and
 * tags, as v0.1.0, a commit that holds that tree plus the built bundles (dist/bundle/). The commit sits
 * on top of HEAD but on no branch: main never carries build output, while a workflow that says
 * `uses: brieflint/brieflint@v0.1.0` gets the Action's bundle and installs nothing (action.yml).
 *
 * Refuses when the work tree has changes (the tag must be what was committed), when package.json's
 * version is another, or when CHANGELOG.md has no section for the version. Push with
 * `git push origin v0.1.0` afterwards.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const fail = (message) => {
  process.stderr.write(`release: ${message}\n`);
  process.exit(2);
};
const git = (args, env = process.env) => execFileSync('git', args, { cwd: root, env, encoding: 'utf8' }).trim();

const version = process.argv[2];
if (!version || !/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?$/.test(version)) fail('usage: node scripts/release.mjs <version>, e.g. 0.1.0');
const manifest = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'));
if (manifest.version !== version) fail(`package.json says version ${manifest.version}, not ${version}`);
if (!readFileSync(path.join(root, 'CHANGELOG.md'), 'utf8').includes(`## [${version}]`)) fail(`CHANGELOG.md has no "## [${version}]" section`);
if (git(['status', '--porcelain', '--untracked-files=no']) !== '') fail('the work tree has uncommitted changes');
const tag = `v${version}`;
if (git(['tag', '--list', tag]) !== '') fail(`tag ${tag} exists already`);

execFileSync('npm', ['run', 'build', '--silent'], { cwd: root, stdio: ['ignore', 'ignore', 'inherit'] });

// The release tree is HEAD's tree plus dist/bundle, assembled in a scratch index: the repository's own
// index, branch and work tree are left as they are.
const scratch = mkdtempSync(path.join(tmpdir(), 'brieflint-release-'));
try {
  const env = { ...process.env, GIT_INDEX_FILE: path.join(scratch, 'index') };
  git(['read-tree', 'HEAD'], env);
  git(['add', '--force', '--', 'dist/bundle'], env);
  const tree = git(['write-tree'], env);
  const commit = git(['commit-tree', tree, '-p', 'HEAD', '-m', `Release ${tag}: the tree of ${git(['rev-parse', '--short', 'HEAD'])} with the built bundles (dist/bundle) for the GitHub Action`]);
  git(['tag', '-a', tag, '-m', `brieflint ${version}`, commit]);
  process.stdout.write(`${tag} -> ${commit}\n`);
} finally {
  rmSync(scratch, { recursive: true, force: true });
}
