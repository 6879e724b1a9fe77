/**
 * This work tree as a commit in a scratch repository of its own, for tests that install brieflint
 * the way a user's tool does from a git repository (pre-commit, a release tag). Tracked and untracked
 * files are taken as they stand (.gitignore honoured), so the tests check the code, committed or not;
 * the snapshot is made with a scratch index, leaving the repository's index, branches and work tree alone.
 */
import { spawnSync } from 'node:child_process';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '../..');

function git(args: string[], cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const result = spawnSync('git', args, { cwd, env, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`git ${args.join(' ')}: ${result.stderr}`);
  return result.stdout.trim();
}

/** Creates `<scratch>/brieflint`, whose branch `main` holds this work tree; returns that commit. */
export function snapshotRepository(scratch: string): { repository: string; commit: string } {
  const env = {
    ...process.env,
    GIT_INDEX_FILE: path.join(scratch, 'snapshot-index'),
    GIT_AUTHOR_NAME: 'Test',
    GIT_AUTHOR_EMAIL: 'test@example.org',
    GIT_COMMITTER_NAME: 'Test',
    GIT_COMMITTER_EMAIL: 'test@example.org',
  };
  git(['read-tree', 'HEAD'], root, env);
  git(['add', '-A'], root, env);
  const tree = git(['write-tree'], root, env);
  const commit = git(['commit-tree', tree, '-p', 'HEAD', '-m', 'brieflint work tree snapshot'], root, env);
  const repository = path.join(scratch, 'brieflint');
  git(['init', '-q', '-b', 'main', repository], scratch);
  git(['fetch', '-q', root, commit], repository);
  git(['reset', '-q', '--hard', commit], repository);
  return { repository, commit };
}
