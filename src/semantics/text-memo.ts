/**
 * Facts that depend only on a text and its language (does it say "multiple answers", where are its
 * fractions in words), kept by text: a brief has many texts, and the language server asks again at
 * every keystroke about texts all but one of which are unchanged. Bounded in texts and in characters
 * (emptied when full), so a long-running server's memory stays flat however long its texts are.
 */
import type { Locale } from '../quantity/types.js';

const MAX_TEXTS = 20_000;
const MAX_CHARACTERS = 4_000_000;

export function memoOnText<T>(read: (text: string, locale: Locale) => T): (text: string, locale: Locale) => T {
  const kept = new Map<string, T>();
  let characters = 0;
  return (text, locale) => {
    const key = `${locale}${text}`;
    const known = kept.get(key);
    if (known !== undefined || kept.has(key)) return known as T;
    const value = read(text, locale);
    if (text.length > MAX_CHARACTERS) return value;
    if (kept.size >= MAX_TEXTS || characters + text.length > MAX_CHARACTERS) {
      kept.clear();
      characters = 0;
    }
    kept.set(key, value);
    characters += text.length;
    return value;
  };
}
