#!/usr/bin/env node
/**
 * The parser's floor for `npm run bench`: only parse the given Markdown files (a directory is walked) with
 * remark-parse + remark-gfm + remark-frontmatter, on one thread, and print nothing. brieflint parses
 * with the same micromark; what it spends beyond this is its own work (issue 18, goal 2).
 *
 *   node scripts/bench-floor.mjs <file or directory>…
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';

function* markdownFiles(target) {
  if (!statSync(target).isDirectory()) {
    yield target;
    return;
  }
  for (const entry of readdirSync(target, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const full = path.join(target, entry.name);
    if (entry.isDirectory()) yield* markdownFiles(full);
    else if (/\.(?:md|markdown)$/.test(entry.name)) yield full;
  }
}

const processor = unified().use(remarkParse).use(remarkGfm).use(remarkFrontmatter, ['yaml', 'toml']);
let nodes = 0;
for (const target of process.argv.slice(2)) {
  for (const file of markdownFiles(target)) nodes += processor.parse(readFileSync(file, 'utf8')).children.length;
}
if (nodes < 0) console.log(nodes);
