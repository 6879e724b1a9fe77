/**
 * The Markdown parser, built once per process: parsing is the expensive part, and the processor is reusable.
 */
import type { Root } from 'mdast';
import remarkFrontmatter from 'remark-frontmatter';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { checkParseLimits } from './limits.js';

const processor = unified().use(remarkParse).use(remarkFrontmatter, ['yaml', 'toml']).use(remarkGfm);

/**
 * Parses Markdown to mdast. Shapes the parser would take minutes on are refused first (see limits.ts),
 * and a stack overflow on absurdly deep nesting becomes an error that says so.
 */
export function parseMarkdown(text: string): Root {
  const beyondLimits = checkParseLimits(text);
  if (beyondLimits) throw beyondLimits;
  try {
    return processor.parse(text);
  } catch (error) {
    if (error instanceof RangeError && /call stack/i.test(error.message)) throw new Error('document nests too deeply', { cause: error });
    throw error;
  }
}
