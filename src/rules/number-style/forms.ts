/**
 * The six conventions number-style holds a document to, each as a "dimension": how to read a
 * figure's form in it (a key that compares, and the surface that writes it), how to say in a message
 * what to change, and how to rewrite a figure into another form.
 */
import type { MessageData } from '../../engine/messages.js';
import type { Locale, Quantity } from '../../quantity/types.js';
import type { WrittenFigure } from './written.js';

export type DimensionId = 'thousands' | 'decimal' | 'currency' | 'scale' | 'percent' | 'minus';

/** The concrete pieces a form writes: a mark, a word and the gap before it, a currency's place. */
export interface Surface {
  mark?: string;
  text?: string;
  gap?: string;
  position?: 'before' | 'after';
}

export interface Form {
  /** Forms compete only within a bucket: one currency, one power of ten. */
  bucket: string;
  /** Equal keys are the same convention (a space and a no-break space group alike). */
  key: string;
  surface: Surface;
}

export interface Dimension {
  id: DimensionId;
  read(figure: Quantity, written: WrittenFigure): Form | undefined;
  /**
   * What to change to go from one form to another, for messages: 'no space after "€"', 'spell out
   * "billion"', 'group thousands with ","', as messages of the rule (`INSTRUCTIONS`). It names the
   * change only, never a form the brief may not write.
   */
  instruct(from: Form, to: Form): Instruction[];
  /** Whether a figure's form keeps the convention (default: equal keys). */
  matches?(form: Form, target: Form): boolean;
  /** The figure rewritten into `target`; undefined when that cannot be done without doubt. */
  rewrite(written: WrittenFigure, target: Surface, locale: Locale): WrittenFigure | undefined;
}

/** One change, as a message of number-style with its data. */
export interface Instruction {
  messageId: keyof typeof INSTRUCTIONS;
  data: MessageData;
}

/** The changes messages name, in English (ICU MessageFormat); translations in src/messages/<lang>.ts. */
export const INSTRUCTIONS = {
  groupWithSpace: 'group thousands with a space',
  groupWith: 'group thousands with "{mark}"',
  decimalsWith: 'write decimals with "{mark}"',
  writeInstead: 'write "{to}" instead of "{from}"',
  spellOut: 'spell out "{to}"',
  abbreviate: 'abbreviate "{from}" to "{to}"',
  putSign: 'put "{text}" {position, select, before {before} other {after}} the number',
  space: '{space, select, yes {a space} other {no space}} {side, select, before {before} other {after}} "{text}"',
  minusAs: 'write the minus as {sign, select, hyphen {a hyphen "-"} minus {a minus sign "\u2212"} enDash {an en dash "\u2013"} figureDash {a figure dash "\u2012"} other {"{mark}"}}',
} as const;

const SPACES = /^[\s\u00A0\u202F\u2009]+$/u;

/** Gaps compare by presence: a space, a no-break space and a thin space are one convention. */
export function gapKey(gap: string | undefined): string {
  return gap === undefined || gap === '' ? '' : ' ';
}

/** 'a space before "bn"' or 'no space before "bn"'. */
function spaceNear(to: Surface, side: 'before' | 'after', text: string): Instruction {
  return { messageId: 'space', data: { space: gapKey(to.gap) === ' ' ? 'yes' : 'no', side, text } };
}

/** A word for a sign or an abbreviation: 'spell out "billion"', 'write "%" instead of "percent"', 'abbreviate "billion" to "bn"'. */
function changeWord(from: string, to: string): Instruction {
  const spelledOut = (text: string) => /^\p{L}{4,}$/u.test(text);
  if (spelledOut(to) && !spelledOut(from)) return { messageId: 'spellOut', data: { to } };
  if (spelledOut(from) && !spelledOut(to) && /\p{L}/u.test(to)) return { messageId: 'abbreviate', data: { from, to } };
  return { messageId: 'writeInstead', data: { from, to } };
}

const THOUSANDS: Dimension = {
  id: 'thousands',
  read(_figure, written) {
    if (written.group === undefined) return undefined;
    const key = SPACES.test(written.group) ? ' ' : written.group;
    return { bucket: '', key, surface: { mark: written.group } };
  },
  instruct(_from, to) {
    const change: Instruction = to.key === ' ' ? { messageId: 'groupWithSpace', data: {} } : { messageId: 'groupWith', data: { mark: to.key } };
    return [change];
  },
  rewrite(written, target) {
    // Grouping with the decimal mark would make the figure read as another value.
    if (target.mark === undefined || target.mark === written.decimal || written.group === undefined) return undefined;
    return { ...written, group: target.mark };
  },
};

const DECIMAL: Dimension = {
  id: 'decimal',
  read(_figure, written) {
    return written.decimal === undefined ? undefined : { bucket: '', key: written.decimal, surface: { mark: written.decimal } };
  },
  instruct: (_from, to) => [{ messageId: 'decimalsWith', data: { mark: to.key } }],
  rewrite(written, target) {
    if (target.mark === undefined || target.mark === written.group) return undefined;
    return { ...written, decimal: target.mark };
  },
};

/** Currency words ("euro", "Euro", "d'euros", "dollars") are prose, not a marker style. */
function isCurrencyWord(text: string): boolean {
  return /\p{Ll}/u.test(text);
}

const CURRENCY: Dimension = {
  id: 'currency',
  read(figure, written) {
    const currency = written.currency;
    if (!currency || !figure.currency || isCurrencyWord(currency.text)) return undefined;
    // After a scale word ("20 Mrd. €", "292 794 000 T€") the gap follows the word, not the digits.
    const gap = currency.position === 'after' && written.scale ? '~' : gapKey(currency.gap);
    return {
      bucket: figure.currency,
      key: `${currency.position}|${gap}|${currency.text}`,
      surface: { text: currency.text, gap: currency.gap, position: currency.position },
    };
  },
  instruct(from, to) {
    const [text, fromText] = [to.surface.text ?? '', from.surface.text ?? ''];
    const changes: Instruction[] = [];
    if (text !== fromText) changes.push({ messageId: 'writeInstead', data: { from: fromText, to: text } });
    if (to.surface.position !== from.surface.position) changes.push({ messageId: 'putSign', data: { text, position: to.surface.position === 'before' ? 'before' : 'after' } });
    else if (gapKey(to.surface.gap) !== gapKey(from.surface.gap)) changes.push(spaceNear(to.surface, to.surface.position === 'before' ? 'after' : 'before', text));
    return changes;
  },
  matches(form, target) {
    const [position, gap, text] = form.key.split('|');
    const [targetPosition, targetGap, targetText] = target.key.split('|');
    return position === targetPosition && text === targetText && (gap === targetGap || gap === '~' || targetGap === '~');
  },
  rewrite(written, target) {
    const { currency } = written;
    if (!currency || target.text === undefined || target.position === undefined) return undefined;
    if (currency.position === 'after' && written.scale && target.position === 'after') return { ...written, currency: { ...currency, text: target.text } };
    // Moving the marker across a minus would need a choice of where the minus goes.
    if (target.position !== currency.position && (written.leadMinus || written.innerMinus)) return undefined;
    // A marker glued after a scale word ("5bn$") stays where its scale word is.
    if (target.position !== currency.position && written.percent) return undefined;
    return { ...written, currency: { text: target.text, gap: target.gap ?? '', position: target.position } };
  },
};

/** Inflected scale words and their lemma: "Milliarden" and "Milliarde" are one convention. */
const SCALE_LEMMAS: Readonly<Record<string, string>> = {
  milliarden: 'milliarde',
  milliards: 'milliard',
  millionen: 'million',
  millions: 'million',
  miljoenen: 'miljoen',
  miljarden: 'miljard',
  billionen: 'billion',
  billions: 'billion',
  trillions: 'trillion',
  thousands: 'thousand',
  mds: 'md',
};

export function scaleLemma(text: string): string {
  const lower = text.toLowerCase().replace(/\.$/, '');
  return SCALE_LEMMAS[lower] ?? lower;
}

/**
 * German and French inflect their long scale words after a number ("1 Milliarde", "2 Milliarden";
 * "1,5 milliard", "2 milliards"); English and Dutch do not ("2 billion", "2 miljard").
 */
function inflectScale(lemma: string, surface: string, unscaled: string, locale: Locale): string {
  const german: Record<string, [string, string]> = { milliarde: ['Milliarde', 'Milliarden'], million: ['Million', 'Millionen'], billion: ['Billion', 'Billionen'] };
  const french: Record<string, [string, string]> = { milliard: ['milliard', 'milliards'], million: ['million', 'millions'], billion: ['billion', 'billions'] };
  if (locale === 'de' && german[lemma]) return Number(unscaled) === 1 ? german[lemma][0] : german[lemma][1];
  if (locale === 'fr' && french[lemma]) return Math.abs(Number(unscaled)) < 2 ? french[lemma][0] : french[lemma][1];
  return surface;
}

const SCALE: Dimension = {
  id: 'scale',
  read(figure, written) {
    // Money only: "1.5 million people" is prose, "€ 1.5m" a house style.
    if (!written.scale || figure.kind !== 'amount' || !written.currency || isCurrencyWord(written.currency.text)) return undefined;
    const exponent = figure.scale === undefined ? undefined : /^10*$/.test(figure.scale) ? figure.scale.length - 1 : undefined;
    if (exponent === undefined) return undefined;
    const lemma = scaleLemma(written.scale.text);
    return { bucket: String(exponent), key: `${gapKey(written.scale.gap)}|${lemma}`, surface: { text: written.scale.text, gap: written.scale.gap } };
  },
  instruct(from, to) {
    const [text, fromText] = [to.surface.text ?? '', from.surface.text ?? ''];
    if (scaleLemma(text) !== scaleLemma(fromText)) return [changeWord(fromText, text)];
    return [spaceNear(to.surface, 'before', text)];
  },
  rewrite(written, target, locale) {
    if (!written.scale || target.text === undefined) return undefined;
    const unscaled = `${written.integerGroups.join('')}${written.fraction ? `.${written.fraction}` : ''}`;
    const text = inflectScale(scaleLemma(target.text), target.text, unscaled, locale);
    return { ...written, scale: { text, gap: target.gap ?? written.scale.gap } };
  },
};

const PERCENT: Dimension = {
  id: 'percent',
  read(figure, written) {
    if (!written.percent || figure.unit !== '%') return undefined;
    const { text, gap } = written.percent;
    return { bucket: '', key: `${gapKey(gap)}|${text.toLowerCase()}`, surface: { text, gap } };
  },
  instruct(from, to) {
    const [text, fromText] = [to.surface.text ?? '', from.surface.text ?? ''];
    if (text.toLowerCase() !== fromText.toLowerCase()) return [changeWord(fromText, text)];
    return [spaceNear(to.surface, 'before', text)];
  },
  rewrite(written, target) {
    if (!written.percent || target.text === undefined) return undefined;
    // A word needs a space before it, whatever gap the sign had.
    const gap = /^\p{L}/u.test(target.text) && !target.gap ? ' ' : (target.gap ?? '');
    return { ...written, percent: { text: target.text, gap } };
  },
};

const MINUS_SIGNS = new Set(['-', '\u2212', '\u2013', '\u2012']);
/** The minus signs by the names messages select on. */
const MINUS_NAMES: Record<string, string> = { '-': 'hyphen', '\u2212': 'minus', '\u2013': 'enDash', '\u2012': 'figureDash' };

const MINUS: Dimension = {
  id: 'minus',
  read(_figure, written) {
    const sign = written.leadMinus || written.innerMinus;
    return MINUS_SIGNS.has(sign) ? { bucket: '', key: sign, surface: { mark: sign } } : undefined;
  },
  instruct: (_from, to) => [{ messageId: 'minusAs', data: { sign: MINUS_NAMES[to.key] ?? 'other', mark: to.key } }],
  rewrite(written, target) {
    if (target.mark === undefined || !MINUS_SIGNS.has(target.mark)) return undefined;
    return written.leadMinus ? { ...written, leadMinus: target.mark } : { ...written, innerMinus: target.mark };
  },
};

/** In the order messages name them. */
export const DIMENSIONS: readonly Dimension[] = [THOUSANDS, DECIMAL, CURRENCY, SCALE, PERCENT, MINUS];
