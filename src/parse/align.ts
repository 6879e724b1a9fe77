/**
 * Aligning a text node's value to its source slice. The value differs from the source where the
 * author wrote backslash escapes ("\-£485"), character references ("&nbsp;", "&#8212;") or line
 * prefixes the parser strips (indentation, "> " of a blockquote, "\r" of CRLF, trailing spaces).
 */
import { decodeNamedCharacterReference } from 'decode-named-character-reference';

/** Receives, for each value character in order, the source range it was read from. */
export type MapSink = (sourceStart: number, sourceEnd: number) => void;

const CHARACTER_REFERENCE = /&(?:#([0-9]{1,7})|#[xX]([0-9a-fA-F]{1,6})|([A-Za-z][A-Za-z0-9]{0,31}));/y;

/**
 * Walks value and source together and reports one source range per value character.
 * Never fails: source characters the value does not have are skipped, and if the source runs out
 * the remaining characters map to its end, so offsets stay in range and never go backwards.
 */
export function alignValue(value: string, source: string, from: number, to: number, sink: MapSink): void {
  let sourceIndex = from;
  let valueIndex = 0;
  while (valueIndex < value.length) {
    if (sourceIndex >= to) {
      sink(to, to);
      valueIndex++;
      continue;
    }
    const step = matchAt(value, valueIndex, source, sourceIndex, to);
    if (step === undefined) {
      // A source character the value does not have (a line prefix, usually): step over it.
      sourceIndex++;
      continue;
    }
    for (let k = 0; k < step.valueLength; k++) sink(sourceIndex, sourceIndex + step.sourceLength);
    valueIndex += step.valueLength;
    sourceIndex += step.sourceLength;
  }
}

interface Step {
  valueLength: number;
  sourceLength: number;
}

const ONE_TO_ONE: Step = { valueLength: 1, sourceLength: 1 };
const ONE_FROM_TWO: Step = { valueLength: 1, sourceLength: 2 };

/** How the value at valueIndex was written at sourceIndex, or undefined when it was not written there. */
function matchAt(value: string, valueIndex: number, source: string, sourceIndex: number, to: number): Step | undefined {
  const valueCode = value.charCodeAt(valueIndex);
  const sourceCode = source.charCodeAt(sourceIndex);
  if (sourceCode === BACKSLASH && isEscapeOf(source, sourceIndex, to, valueCode)) return ONE_FROM_TWO;
  if (sourceCode === AMPERSAND) {
    const reference = characterReferenceAt(source, sourceIndex, to);
    if (reference && value.startsWith(reference.decoded, valueIndex)) {
      return { valueLength: reference.decoded.length, sourceLength: reference.end - sourceIndex };
    }
  }
  if (sourceCode === valueCode) return ONE_TO_ONE;
  if (valueCode === REPLACEMENT_CHARACTER && sourceCode === NUL) return ONE_TO_ONE;
  if (valueCode === LINE_FEED && sourceCode === CARRIAGE_RETURN) {
    return source.charCodeAt(sourceIndex + 1) === LINE_FEED ? ONE_FROM_TWO : ONE_TO_ONE;
  }
  return undefined;
}

const BACKSLASH = 0x5c;
const AMPERSAND = 0x26;
const LINE_FEED = 0x0a;
const CARRIAGE_RETURN = 0x0d;
const NUL = 0x00;
/** The parser replaces NUL by U+FFFD. */
const REPLACEMENT_CHARACTER = 0xfffd;

function isEscapeOf(source: string, at: number, to: number, valueCode: number): boolean {
  if (at + 1 >= to) return false;
  const escaped = source.charCodeAt(at + 1);
  return escaped === valueCode && isAsciiPunctuation(escaped);
}

/** CommonMark's ASCII punctuation: the characters a backslash can escape. */
export function isAsciiPunctuation(code: number): boolean {
  return (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e);
}

interface CharacterReference {
  decoded: string;
  end: number;
}

/** A character reference as CommonMark decodes it; undefined when the text is not one (e.g. "&foo;"). */
export function characterReferenceAt(source: string, at: number, to: number): CharacterReference | undefined {
  CHARACTER_REFERENCE.lastIndex = at;
  const match = CHARACTER_REFERENCE.exec(source);
  if (!match || match.index + match[0].length > to) return undefined;
  const end = at + match[0].length;
  if (match[3] !== undefined) {
    const named = decodeNamedCharacterReference(match[3]);
    return named === false ? undefined : { decoded: named, end };
  }
  const codePoint = match[1] !== undefined ? Number.parseInt(match[1], 10) : Number.parseInt(match[2]!, 16);
  return { decoded: decodeCodePoint(codePoint), end };
}

/** As micromark decodes them: controls, surrogates, noncharacters and out-of-range code points become U+FFFD. */
function decodeCodePoint(code: number): string {
  const invalid =
    code < 9 ||
    code === 11 ||
    (code > 13 && code < 32) ||
    (code > 126 && code < 160) ||
    (code > 0xd7ff && code < 0xe000) ||
    (code > 0xfdcf && code < 0xfdf0) ||
    (code & 0xffff) === 0xffff ||
    (code & 0xffff) === 0xfffe ||
    code > 0x10ffff;
  return invalid ? '\uFFFD' : String.fromCodePoint(code);
}
