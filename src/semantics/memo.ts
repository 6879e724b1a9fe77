/**
 * A reading of one key (a sentence, a figure) in one locale, made once: asked again in the same locale,
 * the first answer. Kept weakly, so a sentence the language server drops is dropped with it; in another
 * locale the key is read afresh. A memo may hold only facts about its key (see ./index.ts on kept blocks).
 */
import type { Locale } from '../quantity/types.js';

export function memoByLocale<K extends object, T>(read: (key: K, locale: Locale) => T): (key: K, locale: Locale) => T {
  const known = new WeakMap<K, { locale: Locale; value: T }>();
  return (key, locale) => {
    const entry = known.get(key);
    if (entry?.locale === locale) return entry.value;
    const value = read(key, locale);
    known.set(key, { locale, value });
    return value;
  };
}
