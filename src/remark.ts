/**
 * brieflint as a unified (remark) plugin: `remark --use brieflint`, or
 * `unified().use(remarkParse).use(remarkGfm).use(brieflint)`. It runs the rules on the tree the
 * pipeline parsed (no second parse) and adds one vfile message per finding, as remark-lint does:
 * `ruleId`, `source: 'brieflint'`, `place`, `url` to the rule's doc, and `fatal: true` for errors
 * (so remark-cli fails on them) or `false` for warnings.
 *
 * The rules see what the pipeline's parser read: tables need remark-gfm, front matter
 * remark-frontmatter, exactly as for remark-lint's own table and front-matter rules.
 */
import path from 'node:path';
import type { Root } from 'mdast';
import type { Point, Position } from 'unist';
import type { VFile } from 'vfile';
import { closestId, ConfigError, LOCALE_SETTINGS, validateConfig, type ConfigInput, type ResolvedConfig } from './engine/config.js';
import { builtinRules } from './rules/index.js';
import { configForFile, lintText } from './engine/lint.js';
import type { LintMessage } from './engine/types.js';
import type { LocaleSetting } from './quantity/types.js';
import { helpUri } from './report/sarif.js';

export interface BrieflintPluginOptions {
  /**
   * Config data (the `.brieflintrc.json` shape). Without it, the config file nearest to each file
   * is used (as the CLI does); a file without a path gets every rule's default.
   */
  config?: ConfigInput;
  /** Overrides the config's locale. */
  locale?: LocaleSetting;
}

/** The vfile message place of a lint message: 1-based lines and columns, end exclusive as in unist. */
function placeOf(message: LintMessage): Point | Position {
  const start = { line: message.line, column: message.column };
  if (message.endLine === undefined || message.endColumn === undefined) return start;
  return { start, end: { line: message.endLine, column: message.endColumn } };
}

async function configFor(file: VFile, options: BrieflintPluginOptions): Promise<ResolvedConfig | ConfigInput | undefined> {
  if (options.config !== undefined) return options.config;
  if (!file.path) return undefined;
  return configForFile(path.resolve(file.cwd, file.path), { cwd: file.cwd });
}

const PLUGIN_OPTIONS = ['config', 'locale'] as const;
const SOURCE = 'the brieflint remark plugin options';

/**
 * What is wrong with the plugin's options, in one line, or undefined: only `config` (config data,
 * validated as a config file is) and `locale` are known; an unknown key gets a "did you mean".
 */
export function pluginOptionsProblem(options: unknown): string | undefined {
  if (options === undefined || options === null) return undefined;
  if (typeof options !== 'object' || Array.isArray(options)) return `${SOURCE} must be an object such as { config, locale }`;
  for (const key of Object.keys(options)) {
    if ((PLUGIN_OPTIONS as readonly string[]).includes(key)) continue;
    const suggestion = closestId(key, PLUGIN_OPTIONS);
    return `unknown key "${key}" in ${SOURCE}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known keys: ${PLUGIN_OPTIONS.join(', ')}`;
  }
  const { config, locale } = options as BrieflintPluginOptions;
  if (locale !== undefined && !(LOCALE_SETTINGS as readonly unknown[]).includes(locale)) {
    return `"locale" in ${SOURCE} must be one of ${LOCALE_SETTINGS.join(', ')}, not ${JSON.stringify(locale)}`;
  }
  if (config === undefined) return undefined;
  try {
    validateConfig(config, { source: `"config" in ${SOURCE}`, filePath: null, baseDir: process.cwd(), rules: builtinRules });
  } catch (error) {
    if (error instanceof ConfigError) return error.message;
    throw error;
  }
  return undefined;
}

export default function brieflint(options: BrieflintPluginOptions = {}) {
  // Checked once, when the plugin is attached; told as the file's one fatal message (as remark-lint
  // tells a bad setting), never as a stack trace.
  const problem = pluginOptionsProblem(options);
  return async function transformer(tree: Root, file: VFile): Promise<void> {
    if (problem !== undefined) file.fail(problem, { source: 'brieflint', ruleId: 'options' });
    const config = await configFor(file, options);
    const result = lintText(String(file.value ?? ''), {
      mdast: tree,
      ...(file.path ? { filePath: path.resolve(file.cwd, file.path) } : {}),
      ...(config !== undefined ? { config } : {}),
      ...(options.locale !== undefined ? { locale: options.locale } : {}),
    });
    for (const lintMessage of result.messages) {
      const message = file.message(lintMessage.message, {
        place: placeOf(lintMessage),
        source: 'brieflint',
        ...(lintMessage.ruleId ? { ruleId: lintMessage.ruleId } : {}),
      });
      message.fatal = lintMessage.severity === 2;
      if (lintMessage.ruleId) message.url = helpUri(lintMessage.ruleId);
    }
  };
}
