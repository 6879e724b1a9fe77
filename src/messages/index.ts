/**
 * Message catalogues beside English (English is each rule's `meta.messages`): per language, per rule
 * id, per message id, an ICU MessageFormat pattern with the same placeholders as the English one.
 */
import type { Locale } from '../quantity/types.js';
import de from './de.js';
import fr from './fr.js';
import nl from './nl.js';

export type Catalogue = Readonly<Record<string, Readonly<Record<string, string>>>>;

export const CATALOGUES: Readonly<Partial<Record<Locale, Catalogue>>> = { nl, de, fr };
