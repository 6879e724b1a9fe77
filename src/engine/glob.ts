/**
 * Globs for config `overrides[].files`, matched in time linear in the path for a given pattern.
 *
 * A config is text from the repository, so from a pull request. picomatch compiles a glob to a
 * backtracking regular expression: `*a*a*a*a*a*a*a*a*a*a*b*.md` against a 60-character name was still
 * running after a minute. Here a pattern is a list of segments matched by dynamic programming over
 * (pattern segment, path segment), and a segment by the classic wildcard walk that backtracks only
 * to the last `*`: at most (pattern length × path length) steps, whatever the pattern.
 *
 * The syntax is the one overrides are written in (as picomatch with `dot: true` reads it): `*` (any
 * characters but "/", dot files included), `?` (one character), `[abc]`, `[a-z]`, `[!a]` / `[^a]`,
 * `**` as a whole segment (any number of segments), `{a,b}` alternatives (nested too), `\` escapes,
 * and a leading `!` negating the pattern. Extglobs (`@(a|b)`, `!(a)`, `+(a)`…) are refused with a
 * message rather than read differently from picomatch.
 */

/** A pattern that is not a glob brieflint reads; the message says what to change. */
export class GlobError extends Error {
  override name = 'GlobError';
}

/** At most this many alternatives from `{…}`, so a few braces cannot multiply into millions. */
const MAX_ALTERNATIVES = 256;

type Token = { kind: 'char'; char: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'class'; negated: boolean; test: (char: string) => boolean };
type Segment = { kind: 'globstar' } | { kind: 'tokens'; tokens: Token[] };

/** `{a,b}c` → ["ac", "bc"]; a brace without a top-level comma stays as written. */
function expandBraces(pattern: string): string[] {
  let depth = 0;
  let open = -1;
  for (let index = 0; index < pattern.length; index++) {
    const char = pattern[index];
    if (char === '\\') {
      index++;
      continue;
    }
    if (char === '{') {
      if (depth === 0) open = index;
      depth++;
    } else if (char === '}' && depth > 0) {
      depth--;
      if (depth !== 0) continue;
      const inner = pattern.slice(open + 1, index);
      const options = splitTopLevel(inner);
      if (options.length < 2) continue;
      const before = pattern.slice(0, open);
      const after = expandBraces(pattern.slice(index + 1));
      const expanded: string[] = [];
      for (const option of options) {
        for (const middle of expandBraces(option)) {
          for (const rest of after) {
            expanded.push(before + middle + rest);
            if (expanded.length > MAX_ALTERNATIVES) throw new GlobError(`its braces expand to more than ${MAX_ALTERNATIVES} patterns`);
          }
        }
      }
      return expanded;
    }
  }
  return [pattern];
}

/** "a,{b,c},d" → ["a", "{b,c}", "d"]: commas outside nested braces. */
function splitTopLevel(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '\\') index++;
    else if (char === '{') depth++;
    else if (char === '}') depth--;
    else if (char === ',' && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts;
}

/** `[…]` starting at `open`: the token and the index after `]`, or undefined when it never closes. */
function readClass(segment: string, open: number): { token: Token; next: number } | undefined {
  let index = open + 1;
  const negated = segment[index] === '!' || segment[index] === '^';
  if (negated) index++;
  const singles = new Set<string>();
  const ranges: Array<[string, string]> = [];
  let first = true;
  for (; index < segment.length; index++) {
    let char = segment[index]!;
    if (char === ']' && !first) {
      const test = (candidate: string) => singles.has(candidate) || ranges.some(([from, to]) => candidate >= from && candidate <= to);
      return { token: { kind: 'class', negated, test }, next: index + 1 };
    }
    first = false;
    if (char === '\\' && index + 1 < segment.length) char = segment[++index]!;
    if (segment[index + 1] === '-' && index + 2 < segment.length && segment[index + 2] !== ']') {
      let to = segment[index + 2]!;
      index += 2;
      if (to === '\\' && index + 1 < segment.length) to = segment[++index]!;
      ranges.push([char, to]);
    } else singles.add(char);
  }
  return undefined;
}

function tokenize(segment: string): Token[] {
  const tokens: Token[] = [];
  for (let index = 0; index < segment.length; index++) {
    const char = segment[index]!;
    if ('@!+*?'.includes(char) && segment[index + 1] === '(') {
      throw new GlobError(`extglob patterns such as "${char}(…)" are not supported; use {a,b} or several patterns`);
    }
    if (char === '\\' && index + 1 < segment.length) tokens.push({ kind: 'char', char: segment[++index]! });
    else if (char === '*') {
      // Runs of stars in a segment are one star (`a**b` is `a*b`, as in picomatch).
      if (tokens.at(-1)?.kind !== 'star') tokens.push({ kind: 'star' });
    } else if (char === '?') tokens.push({ kind: 'any' });
    else if (char === '[') {
      const read = readClass(segment, index);
      if (read) {
        tokens.push(read.token);
        index = read.next - 1;
      } else tokens.push({ kind: 'char', char });
    } else tokens.push({ kind: 'char', char });
  }
  return tokens;
}

/** Splits at "/" outside brackets; "\/" stays inside a segment as a literal character. */
function compileAlternative(pattern: string): Segment[] {
  return pattern
    .split('/')
    .filter((part, index, parts) => part !== '' || index === parts.length - 1)
    .map((part): Segment => (part === '**' ? { kind: 'globstar' } : { kind: 'tokens', tokens: tokenize(part) }));
}

function tokenMatches(token: Token, char: string): boolean {
  if (token.kind === 'any') return true;
  if (token.kind === 'char') return token.char === char;
  if (token.kind === 'class') return token.test(char) !== token.negated;
  return false;
}

/** Wildcard matching of one segment: backtracking only to the last star, O(tokens × characters). */
function segmentMatches(tokens: readonly Token[], text: string): boolean {
  let tokenIndex = 0;
  let textIndex = 0;
  let starToken = -1;
  let starText = 0;
  while (textIndex < text.length) {
    const token = tokens[tokenIndex];
    if (token !== undefined && token.kind === 'star') {
      starToken = tokenIndex++;
      starText = textIndex;
    } else if (token !== undefined && tokenMatches(token, text[textIndex]!)) {
      tokenIndex++;
      textIndex++;
    } else if (starToken >= 0) {
      tokenIndex = starToken + 1;
      textIndex = ++starText;
    } else return false;
  }
  while (tokens[tokenIndex]?.kind === 'star') tokenIndex++;
  return tokenIndex === tokens.length;
}

/** Whether segments match the path's parts: a table over (pattern segment, path part), each cell once. */
function pathMatches(segments: readonly Segment[], parts: readonly string[]): boolean {
  const width = parts.length + 1;
  // matches[i * width + j]: segments from i on match the parts from j on.
  const matches = new Uint8Array((segments.length + 1) * width);
  matches[segments.length * width + parts.length] = 1;
  for (let i = segments.length - 1; i >= 0; i--) {
    const segment = segments[i]!;
    for (let j = parts.length; j >= 0; j--) {
      let result: boolean;
      if (segment.kind === 'globstar') result = matches[(i + 1) * width + j] === 1 || (j < parts.length && matches[i * width + j + 1] === 1);
      else result = j < parts.length && matches[(i + 1) * width + j + 1] === 1 && segmentMatches(segment.tokens, parts[j]!);
      matches[i * width + j] = result ? 1 : 0;
    }
  }
  return matches[0] === 1;
}

/** A matcher for one glob; throws GlobError for a pattern it does not read. */
export function compileGlob(pattern: string): (relativePath: string) => boolean {
  const negated = pattern.startsWith('!') && !pattern.startsWith('!(');
  const body = negated ? pattern.slice(1) : pattern;
  const alternatives = expandBraces(body).map(compileAlternative);
  return (relativePath) => {
    const parts = relativePath.split('/');
    return alternatives.some((segments) => pathMatches(segments, parts)) !== negated;
  };
}

/** A matcher for several globs: any of them matches. */
export function compileGlobs(patterns: readonly string[]): (relativePath: string) => boolean {
  const matchers = patterns.map(compileGlob);
  return (relativePath) => matchers.some((matches) => matches(relativePath));
}
