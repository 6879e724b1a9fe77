/**
 * brieflint's public API. Everything exported here is a contract others build on.
 */
export * from './quantity/index.js';
export { buildBrief, type BuildBriefOptions } from './parse/index.js';
export type {
  Brief,
  Figure,
  Frontmatter,
  FrontmatterField,
  HtmlComment,
  List,
  ListItem,
  Point,
  Range,
  Section,
  Sentence,
  Table,
  TableCell,
  TextBlock,
} from './parse/types.js';
export {
  configForFile,
  lintFiles,
  lintStdin,
  lintText,
  type LintFilesOptions,
  type LintFilesOutcome,
  type LintTextOptions,
} from './engine/lint.js';
export { ConfigError, type ConfigInput, type ResolvedConfig } from './engine/config.js';
/** ESLint's `stats` on a result (lintText's `stats` option, `--stats`). */
export type { Stats, TimePass, TimeTotal } from './engine/timing.js';
/** Applying the `fix` of messages (what `lintText({ fix: true })` does pass by pass), e.g. for an editor. */
export { applyFixes, MAX_FIX_PASSES } from './engine/fix.js';
export {
  defineRule,
  type Fix,
  type LintMessage,
  type LintResult,
  type Report,
  type Rule,
  type RuleCategory,
  type RuleContext,
  type RuleMeta,
  type SeverityLevel,
  type SeverityName,
  type Suggestion,
} from './engine/types.js';
export { builtinRules, findRule, ruleMetas } from './rules/index.js';
export { formatterNames, loadFormatter, type Formatter, type FormatterContext } from './report/index.js';
/** The remark plugin is the package's default export, so `remark --use brieflint` finds it (also at `brieflint/remark`). */
export { default, type BrieflintPluginOptions } from './remark.js';
