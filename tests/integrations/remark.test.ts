/**
 * The remark plugin, in a unified pipeline and through remark-cli (a dev dependency), as users run it.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { VFile } from 'vfile';
import { describe, expect, it } from 'vitest';
import brieflintFromPackage from 'brieflint';
import brieflint from 'brieflint/remark';

const root = path.resolve(import.meta.dirname, '../..');
const planted = path.join(root, 'fixtures/investai-brief.planted.md');

async function lint(text: string, filePath?: string) {
  const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml']).use(remarkGfm).use(brieflint, { config: {} });
  const file = new VFile(filePath ? { value: text, path: filePath } : { value: text });
  await processor.run(processor.parse(file), file);
  return file.messages;
}

describe('remark plugin', () => {
  it('is the package default export too, so `remark --use brieflint` finds it', () => {
    expect(brieflintFromPackage).toBe(brieflint);
  });

  it('adds one vfile message per finding, with rule id, source, place and fatal for errors', async () => {
    const messages = await lint(readFileSync(planted, 'utf8'), planted);
    expect(messages.map((message) => `${message.place && 'start' in message.place ? `${message.place.start.line}:${message.place.start.column}` : ''} ${message.ruleId}`)).toEqual([
      '23:1 number-format',
      '33:37 table-total',
      '35:41 sum-mismatch',
      '42:16 product-mismatch',
      '45:13 number-style',
      '45:22 part-exceeds-whole',
      '45:22 number-style',
    ]);
    for (const message of messages) {
      expect(message.source).toBe('brieflint');
      expect(message.fatal).toBe(message.ruleId !== 'number-style');
      expect(message.url).toMatch(new RegExp(`docs/rules/${message.ruleId}\\.md$`));
    }
    expect(messages[1]?.reason).toContain('Total says € 210 bn, but the rows sum to € 200 bn');
  });

  it('uses the tree it is given: without remark-gfm there is no table to check', async () => {
    const processor = unified().use(remarkParse).use(brieflint, { config: {} });
    const file = new VFile({ value: '| Item | € m |\n|---|---:|\n| Grants | 10 |\n| Loans | 25 |\n| Total | 40 |\n' });
    await processor.run(processor.parse(file), file);
    // The rows are one paragraph then: no table to foot (the sum rule may still read "10 … 25 … Total 40" as prose).
    expect(file.messages.map((message) => message.ruleId)).not.toContain('table-total');
    expect((await lint(String(file.value))).map((message) => message.ruleId)).toEqual(['table-total']);
  });

  it('honours inline disable comments and warnings are not fatal', async () => {
    const text = '<!-- brieflint-disable-next-line number-format -->\nWe bought 100,00000 chips.\n\nWe bought 100,00000 chips.\n';
    const processor = unified().use(remarkParse).use(brieflint, { config: { rules: { 'number-format': 'warn' } } });
    const file = new VFile({ value: text });
    await processor.run(processor.parse(file), file);
    expect(file.messages.map((message) => [message.line, message.fatal])).toEqual([[4, false]]);
  });
});

describe('remark-cli --use brieflint', () => {
  it('reports the planted errors and fails', () => {
    const remark = path.join(root, 'node_modules/.bin/remark');
    const run = spawnSync(remark, ['--use', 'brieflint', '--use', 'remark-gfm', '--use', 'remark-frontmatter', '--no-stdout', '--no-color', 'fixtures/investai-brief.planted.md'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/33:37-33:45\s+error\s+Total says € 210 bn/);
    expect(run.stderr).toMatch(/45:22-45:29\s+error\s+Part larger than its whole.*part-exceeds-whole\s+brieflint/);
    expect(run.stderr).toMatch(/5 errors, ⚠ 2 warnings/);
  });
});
