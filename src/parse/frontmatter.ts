/**
 * Front matter: YAML and TOML come from remark-frontmatter; a Hugo-style JSON object at the very
 * start of the file is found here (remark-frontmatter only knows line fences) and blanked out
 * before parsing so the Markdown parser does not read it as prose, while every offset stays valid.
 */
import { isMap, isScalar, isSeq, parseDocument, type Document } from 'yaml';
import type { Frontmatter, FrontmatterField, Range } from './types.js';

export interface JsonFrontmatterSpan {
  /** Offset just after the closing brace. */
  end: number;
}

/**
 * A JSON object opening the file: its first character is `{` and the matching `}` ends a line.
 * Strings are skipped so braces inside values do not count. An unclosed object whose first line is
 * a lone `{` still counts (up to a line holding only `}`, or the end), so a broken front matter is
 * reported as broken JSON rather than read as prose.
 */
export function findJsonFrontmatter(source: string): JsonFrontmatterSpan | undefined {
  if (source.charCodeAt(0) !== 0x7b) return undefined;
  const close = matchingBrace(source);
  if (close !== undefined && restOfLineIsBlank(source, close + 1)) return { end: close + 1 };
  if (!/^\{[ \t]*(\r\n|\n|\r|$)/.test(source)) return undefined;
  const loneClose = /^\}[ \t]*$/m.exec(source);
  return { end: loneClose ? loneClose.index + 1 : source.length };
}

function matchingBrace(source: string): number | undefined {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < source.length; i++) {
    const char = source[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '{' || char === '[') {
      depth++;
    } else if (char === '}' || char === ']') {
      depth--;
      if (depth === 0) return char === '}' ? i : undefined;
    }
  }
  return undefined;
}

function restOfLineIsBlank(source: string, from: number): boolean {
  const match = /^[ \t]*(\r\n|\n|\r|$)/.exec(source.slice(from, from + 200));
  return match !== null;
}

/** Replaces every character of [0, end) except line breaks by a space: same length, same lines. */
export function blankOut(source: string, end: number): string {
  return source.slice(0, end).replace(/[^\r\n]/g, ' ') + source.slice(end);
}

export function jsonFrontmatter(source: string, span: JsonFrontmatterSpan): Frontmatter {
  const raw = source.slice(0, span.end);
  const range = { start: 0, end: span.end };
  try {
    const data = JSON.parse(raw) as unknown;
    // JSON is YAML: its parser gives the places of the fields, which JSON.parse does not.
    const document = parseDocument(raw, { uniqueKeys: false });
    const fields = document.errors.length === 0 ? fieldsOf(document, raw, (offset) => offset) : undefined;
    return { format: 'json', raw, range, data, ...(fields ? { fields } : {}) };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const position = /at position (\d+)/.exec(message);
    const offset = position ? Number(position[1]) : raw.length;
    return { format: 'json', raw, range, error: { message: cleanMessage(message), range: lineAround(source, offset) } };
  }
}

/** remark-frontmatter's node: `value` is the text between the fences. */
export interface MatterNode {
  type: 'yaml' | 'toml';
  value: string;
  range: Range;
}

export function fencedFrontmatter(source: string, node: MatterNode): Frontmatter {
  const raw = node.value;
  const contentStart = contentOffset(source, node);
  if (node.type === 'toml') return { format: 'toml', raw, range: node.range };
  try {
    const document = parseYaml(raw);
    const [firstError] = document.errors;
    if (firstError) {
      const lenient = parseUnindentedQuotes(raw);
      if (lenient) {
        const toSource = (offset: number) => contentStart + lenient.originalOffset(offset);
        const fields = fieldsOf(lenient.document, lenient.text, toSource);
        return { format: 'yaml', raw, range: node.range, data: lenient.document.toJS({ maxAliasCount: 100 }) as unknown, fields };
      }
      const errorOffset = contentStart + firstError.pos[0];
      return { format: 'yaml', raw, range: node.range, error: { message: cleanMessage(firstError.message), range: lineAround(source, errorOffset) } };
    }
    const fields = fieldsOf(document, raw, (offset) => contentStart + offset);
    return { format: 'yaml', raw, range: node.range, data: document.toJS({ maxAliasCount: 100 }) as unknown, fields };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { format: 'yaml', raw, range: node.range, error: { message: cleanMessage(message), range: lineAround(source, contentStart) } };
  }
}

function parseYaml(text: string): Document.Parsed {
  // Duplicate keys: the last wins, as Jekyll and Hugo read them (11 of the corpus's files repeat a key).
  return parseDocument(text, { prettyErrors: false, uniqueKeys: false });
}

/**
 * Jekyll's YAML reader (libyaml, as Hugo's go-yaml) takes a quoted value whose later lines start
 * at the margin, as 18F's posts write long excerpts:
 *
 *     excerpt: "At 18F, we were thrilled to meet
 *     with Estonia's most prominent technologists."
 *
 * The YAML spec (and the `yaml` package) want those lines indented. When the strict parse fails, a
 * second one indents them by a space; if that parses cleanly the author meant what libyaml reads,
 * and offsets are mapped back through the inserted spaces. Otherwise the strict error stands.
 */
function parseUnindentedQuotes(raw: string): { document: Document.Parsed; text: string; originalOffset(offset: number): number } | undefined {
  const lines = raw.split(/(?<=\n)/);
  /** Offsets in the indented text of each inserted space, ascending. */
  const inserted: number[] = [];
  let text = '';
  let openQuote: '"' | "'" | undefined;
  for (const line of lines) {
    if (openQuote) {
      if (/^[^\s]/.test(line)) {
        inserted.push(text.length);
        text += ' ';
      }
      text += line;
      if (closingQuoteAt(line, 0, openQuote) >= 0) openQuote = undefined;
      continue;
    }
    text += line;
    const opening = /^[^\s#'"][^:]*:[ \t]+(["'])/.exec(line);
    if (opening && closingQuoteAt(line, opening[0].length, opening[1] as '"' | "'") < 0) openQuote = opening[1] as '"' | "'";
  }
  if (inserted.length === 0) return undefined;
  const document = parseYaml(text);
  if (document.errors.length > 0) return undefined;
  return { document, text, originalOffset: (offset) => offset - inserted.filter((at) => at < offset).length };
}

/** Index of the quote that closes a quoted scalar in `line` from `from`, or -1. */
function closingQuoteAt(line: string, from: number, quote: '"' | "'"): number {
  for (let i = from; i < line.length; i++) {
    const char = line[i];
    if (quote === '"' && char === '\\') i++;
    else if (quote === "'" && char === "'" && line[i + 1] === "'") i++;
    else if (char === quote) return i;
  }
  return -1;
}

/**
 * The top-level fields of a parsed mapping with their source ranges (trailing line breaks of a
 * block value left out); `toSource` maps offsets in the parsed `text` to the file's.
 */
function fieldsOf(document: Document.Parsed, text: string, toSource: (offset: number) => number): FrontmatterField[] {
  if (!isMap(document.contents)) return [];
  const place = (range: readonly number[] | null | undefined): Range | undefined => {
    if (!range) return undefined;
    const start = range[0]!;
    let end = range[1]!;
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return { start: toSource(start), end: toSource(end) };
  };
  const byName = new Map<string, FrontmatterField>();
  for (const pair of document.contents.items) {
    if (!isScalar(pair.key)) continue;
    const key = place(pair.key.range);
    if (!key) continue;
    const name = String(pair.key.value);
    const field: FrontmatterField = { name, key };
    const value = pair.value;
    const hasValue = value !== null && !(isScalar(value) && value.value === null && value.source === '');
    const valueRange = hasValue ? place((value as { range?: readonly number[] | null }).range) : undefined;
    if (valueRange) field.value = valueRange;
    if (isSeq(value)) field.items = value.items.map((item) => place((item as { range?: readonly number[] | null }).range) ?? valueRange ?? key);
    byName.delete(name);
    byName.set(name, field);
  }
  return [...byName.values()];
}

/** Where the value starts in the source: after the opening fence's line break. */
function contentOffset(source: string, node: MatterNode): number {
  const lineBreak = /\r\n|\n|\r/.exec(source.slice(node.range.start, node.range.end));
  const afterFence = lineBreak ? node.range.start + lineBreak.index + lineBreak[0].length : node.range.end;
  if (source.startsWith(node.value, afterFence)) return afterFence;
  const found = source.indexOf(node.value, node.range.start);
  return found >= 0 && found < node.range.end ? found : afterFence;
}

/** The whole source line holding `offset`, line break excluded. */
export function lineAround(source: string, offset: number): Range {
  const at = Math.max(0, Math.min(offset, source.length));
  let start = at;
  while (start > 0 && !isLineBreak(source.charCodeAt(start - 1))) start--;
  let end = at;
  while (end < source.length && !isLineBreak(source.charCodeAt(end))) end++;
  return { start, end };
}

function isLineBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** The parsers' own line numbers count from the front matter's first line, not the file's: drop them, the range says where. */
function cleanMessage(message: string): string {
  const firstLine = message.split('\n')[0] ?? message;
  return firstLine
    .replace(/ at line \d+, column \d+:?$/, '')
    .replace(/ in JSON at position \d+.*$/, '')
    .replace(/ \(line \d+ column \d+\)$/, '')
    .trim();
}

/** A locale written in the front matter (`lang`, `locale` or `language`, any case), as its language code. */
export function frontmatterLanguage(data: unknown): string | undefined {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return undefined;
  for (const [key, value] of Object.entries(data)) {
    if (!/^(lang|locale|language)$/i.test(key)) continue;
    const language = languageCode(value);
    if (language) return language;
  }
  return undefined;
}

/** The language code of a locale value ("nl", "nl-BE", "en_US" → "nl", "nl", "en"), lower case. */
export function languageCode(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const language = /^([a-z]{2})(?:$|[-_])/i.exec(value.trim());
  return language ? language[1]!.toLowerCase() : undefined;
}
