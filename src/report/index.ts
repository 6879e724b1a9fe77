/**
 * Output formatters. Each lives in its own file and is imported only when asked for, so `--format json`
 * never loads chalk and the code frame.
 */
import type { LintResult, RuleMeta } from '../engine/types.js';

export interface FormatterContext {
  /** Paths are shown relative to this directory; SARIF's %SRCROOT%. */
  cwd: string;
  color: boolean;
  /** Code frames and related places under each message (stylish). */
  verbose: boolean;
  /** Metadata of all known rules (SARIF lists them all). */
  rules: RuleMeta[];
  /** The --max-warnings limit, when given. The CLI reports exceeding it; formatters do not repeat it. */
  maxWarnings?: number;
  version: string;
}

export type Formatter = (results: LintResult[], context: FormatterContext) => string;

const loaders = {
  stylish: () => import('./stylish.js'),
  json: () => import('./json.js'),
  sarif: () => import('./sarif.js'),
  github: () => import('./github.js'),
  html: () => import('./html.js'),
} satisfies Record<string, () => Promise<{ default: Formatter }>>;

export type FormatterName = keyof typeof loaders;

export const formatterNames: readonly string[] = Object.freeze(Object.keys(loaders));

function isFormatterName(name: string): name is FormatterName {
  return Object.hasOwn(loaders, name);
}

/** The formatter of that name; an unknown name throws an Error that lists the valid ones. */
export async function loadFormatter(name: string): Promise<Formatter> {
  if (!isFormatterName(name)) {
    throw new Error(`Unknown format "${name}". Valid formats: ${formatterNames.join(', ')}.`);
  }
  const module = await loaders[name]();
  return module.default;
}
