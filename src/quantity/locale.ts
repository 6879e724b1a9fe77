import type { Locale } from './types.js';

/** The locale the unambiguous figures of a document vote for; undefined without evidence. */
export function detectLocale(texts: string[]): Locale | undefined {
  void texts;
  return undefined;
}
