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

/** Values for a message's placeholders: figures as written (strings) and small numbers. */
export type MessageData = Readonly<Record<string, string | number>>;

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
    format = new IntlMessageFormat(pattern, locale);
    compiled.set(key, format);
  }
  return oneLine(String(format.format(data)));
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
