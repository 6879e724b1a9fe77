/**
 * The text of a message: a rule reports a `messageId` and its `data`; the words come from the rule's
 * English `meta.messages` or from the catalogue of the message locale (src/messages/<lang>.ts), in ICU
 * MessageFormat, formatted with intl-messageformat (FormatJS). A message missing from a catalogue is
 * shown in English. Messages are one line: text quoted across a hard line break is joined with a space.
 */
import { IntlMessageFormat } from 'intl-messageformat';
import { CATALOGUES } from '../messages/index.js';
import type { Locale } from '../quantity/types.js';
import type { Brief } from '../parse/types.js';

/**
 * Values for a message's placeholders: figures as written (strings), small numbers (for plurals), and
 * alternatives (a list, joined as the message's language joins them: "1,000 or 100,000", "1.000 of 100.000").
 */
export type MessageData = Readonly<Record<string, string | number | readonly string[] | MessageParts>>;

/**
 * Several findings in one message ("a row shifted by one column": one clause per figure): each part is
 * another message of the same rule, worded in the same language, joined by `separator`, or without
 * one as alternatives ("1,500 (as on line 3) or 15.00").
 */
export interface MessageParts {
  readonly separator?: string;
  readonly parts: ReadonlyArray<{ readonly messageId: string; readonly data?: MessageData }>;
}

/** 'auto': the brief's language when it is stated or clear from its text, else English. */
export type MessageLocaleSetting = 'auto' | Locale;

export const MESSAGE_LOCALE_SETTINGS = ['auto', 'en', 'nl', 'de', 'fr'] as const satisfies readonly MessageLocaleSetting[];

/** The language of a brief's messages. */
export function messageLocaleFor(setting: MessageLocaleSetting, brief: Pick<Brief, 'locale' | 'localeSource'>): Locale {
  if (setting !== 'auto') return setting;
  return brief.localeSource === 'default' ? 'en' : brief.locale;
}

const compiled = new Map<string, IntlMessageFormat>();

/** The pattern of a rule's message in a locale: its translation, or the English of `meta.messages`. */
export function messagePattern(ruleId: string, messageId: string, english: Readonly<Record<string, string>> | undefined, locale: Locale): string {
  const pattern = (locale === 'en' ? undefined : CATALOGUES[locale]?.[ruleId]?.[messageId]) ?? english?.[messageId];
  if (pattern === undefined) throw new Error(`rule ${ruleId} has no message "${messageId}"`);
  return pattern;
}

/** A rule's message in a locale, with its data filled in, on one line. */
export function formatMessage(ruleId: string, messageId: string, english: Readonly<Record<string, string>> | undefined, data: MessageData, locale: Locale): string {
  const pattern = messagePattern(ruleId, messageId, english, locale);
  const key = `${locale}\u0000${pattern}`;
  let format = compiled.get(key);
  if (format === undefined) {
    format = withKnownLocale(() => new IntlMessageFormat(pattern, locale));
    compiled.set(key, format);
  }
  return oneLine(String(format.format(withListsJoined(data, locale, (part) => formatMessage(ruleId, part.messageId, english, part.data ?? {}, locale)))));
}

/**
 * A message format for one of brieflint's own locales, made without asking ICU which locales its number
 * formats support: intl-messageformat asks (Intl.NumberFormat.supportedLocalesOf) for every format it
 * makes, and the first answer loads ICU's locale data, about 25 ms of CPU, a twentieth of linting one
 * brief, while no message formats a number with ICU. For a locale given as one tag the answer changes
 * nothing: supported or not, it resolves to `new Intl.Locale(tag)`. Set only while the format is made
 * (synchronously), so another user of intl-messageformat in the same process never sees the change.
 */
function withKnownLocale(make: () => IntlMessageFormat): IntlMessageFormat {
  const resolveLocale = IntlMessageFormat.resolveLocale;
  IntlMessageFormat.resolveLocale = (locales) => new Intl.Locale(Array.isArray(locales) ? (locales[0] as string) : (locales as string));
  try {
    return make();
  } finally {
    IntlMessageFormat.resolveLocale = resolveLocale;
  }
}

/**
 * The word joining the last alternative in each message language, as CLDR's disjunction lists write it
 * ("a, b or c" in British English: no comma before "or"; "a, b of c"; "a, b oder c"; "a, b ou c").
 * Joined here rather than by Intl.ListFormat, whose first use loads ICU's locale data (see
 * withKnownLocale); tests/engine/messages.test.ts holds the joins to Intl.ListFormat's.
 */
const OR: Readonly<Record<Locale, string>> = { en: 'or', nl: 'of', de: 'oder', fr: 'ou' };

/** "a, b or c" in the message's language. */
export function alternatives(items: readonly string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} ${OR[locale]} ${items.at(-1)}`;
}

/** Lists in the data as alternatives in the message's language ("a, b or c", "a, b of c", "a, b oder c", "a, b ou c"). */
function withListsJoined(data: MessageData, locale: Locale, word: (part: MessageParts['parts'][number]) => string): Record<string, string | number> {
  const joined: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(data)) {
    if (typeof value === 'string' || typeof value === 'number') {
      joined[name] = value;
      continue;
    }
    if ('parts' in value) {
      const words = value.parts.map(word);
      joined[name] = value.separator === undefined ? alternatives(words, locale) : words.join(value.separator);
      continue;
    }
    joined[name] = alternatives(value, locale);
  }
  return joined;
}

/** A text broken over lines (a figure quoted across a soft line break), shown on one. */
export function oneLine(text: string): string {
  if (!text.includes('\n') && !text.includes('\r')) return text;
  // Split and trimmed, not one replace: a pattern of blanks around the break backtracks on long runs of blanks.
  return text
    .split(/\r\n|\r|\n/u)
    .map((line, index) => (index === 0 ? line : line.trimStart()))
    .map((line, index, lines) => (index === lines.length - 1 ? line : line.trimEnd()))
    .join(' ');
}
