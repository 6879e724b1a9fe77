/** Character classes for the hand-written scanner (index loops, no backtracking). */

export function isDigit(char: string | undefined): boolean {
  return char !== undefined && char >= '0' && char <= '9';
}

const LETTER = /\p{L}/u;

export function isLetter(char: string | undefined): boolean {
  if (char === undefined) return false;
  if ((char >= 'a' && char <= 'z') || (char >= 'A' && char <= 'Z')) return true;
  return char > '\u007f' && LETTER.test(char);
}

export function isWordChar(char: string | undefined): boolean {
  return isLetter(char) || isDigit(char) || char === '_';
}

/** Spaces that group thousands in every locale: space, no-break space, narrow no-break space, thin space. */
export function isGroupSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\u00a0' || char === '\u202f' || char === '\u2009';
}

/**
 * Blanks that may stand between a figure and its currency, scale word, percent sign or noun. A line
 * break counts: Markdown paragraphs wrap anywhere ("400.000\nAI-versnellers"). Digit groups never
 * continue across one (see isGroupSpace).
 */
export function isBlank(char: string | undefined): boolean {
  return isGroupSpace(char) || char === '\t' || char === '\n' || char === '\r';
}

export function isMinusSign(char: string | undefined): boolean {
  return char === '-' || char === '\u2212';
}

export function isDash(char: string | undefined): boolean {
  return char === '-' || char === '\u2013' || char === '\u2014' || char === '\u2212';
}

/** Index after the blanks starting at `pos` (at most `max` of them). */
export function skipBlanks(text: string, pos: number, max = 1): number {
  let index = pos;
  while (index - pos < max && isBlank(text[index])) index++;
  return index;
}

/**
 * If `text` at `pos` starts with one of `words` (case-insensitive unless `caseSensitive`), ending at a
 * word boundary, the index after it. Words are tried in the order given: put longer ones first.
 */
export function matchWordAt(
  text: string,
  pos: number,
  words: readonly string[],
  caseSensitive = false,
): { word: string; end: number } | null {
  const first = text[pos];
  if (first === undefined) return null;
  const firstLower = first.toLowerCase();
  for (const word of words) {
    const wordFirst = word[0] as string;
    if (wordFirst !== first && (caseSensitive || wordFirst.toLowerCase() !== firstLower)) continue;
    const candidate = text.slice(pos, pos + word.length);
    const same = caseSensitive ? candidate === word : candidate.toLowerCase() === word.toLowerCase();
    if (!same) continue;
    const end = pos + word.length;
    const lastIsLetter = isWordChar(word[word.length - 1]);
    if (lastIsLetter && isWordChar(text[end])) continue;
    return { word: candidate, end };
  }
  return null;
}

/** The word (letters only) that ends before `pos`, blanks between allowed, lower-cased; '' if none. */
export function wordBefore(text: string, pos: number): string {
  let end = pos;
  while (end > 0 && isBlank(text[end - 1])) end--;
  let start = end;
  while (start > 0 && isLetter(text[start - 1])) start--;
  return text.slice(start, end).toLowerCase();
}
