/**
 * The words of dates, per language, as data: month and weekday names, ordinals, quarter and half
 * nouns, the edges of a year ("end", "eind", "Ende", "fin"), seasons, and the words timelines and
 * ranges are written with. The date reader (dates.ts) and the date rules build their patterns from
 * these lists with `wordAlternation`; a language's words are added here, not in a rule's regex.
 */
import type { Locale } from './types.js';

/** Month names and abbreviations, January first. */
export const MONTH_WORDS: Record<Locale, readonly (readonly string[])[]> = {
  en: [
    ['january', 'jan'],
    ['february', 'feb'],
    ['march', 'mar'],
    ['april', 'apr'],
    ['may'],
    ['june', 'jun'],
    ['july', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['october', 'oct'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  nl: [
    ['januari', 'jan'],
    ['februari', 'feb'],
    ['maart', 'mrt', 'mar'],
    ['april', 'apr'],
    ['mei'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['augustus', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['december', 'dec'],
  ],
  de: [
    ['januar', 'jan', 'jänner', 'jän'],
    ['februar', 'feb', 'feber'],
    ['märz', 'mär', 'maerz', 'mrz'],
    ['april', 'apr'],
    ['mai'],
    ['juni', 'jun'],
    ['juli', 'jul'],
    ['august', 'aug'],
    ['september', 'sep', 'sept'],
    ['oktober', 'okt'],
    ['november', 'nov'],
    ['dezember', 'dez'],
  ],
  fr: [
    ['janvier', 'janv'],
    ['février', 'fevrier', 'févr', 'fév'],
    ['mars'],
    ['avril', 'avr'],
    ['mai'],
    ['juin'],
    ['juillet', 'juil'],
    ['août', 'aout'],
    ['septembre', 'sept'],
    ['octobre', 'oct'],
    ['novembre', 'nov'],
    ['décembre', 'decembre', 'déc'],
  ],
};

/** Weekday names and abbreviations, Sunday first (Date.getUTCDay order). */
export const WEEKDAY_WORDS: Record<Locale, readonly (readonly string[])[]> = {
  en: [
    ['sunday', 'sun'],
    ['monday', 'mon'],
    ['tuesday', 'tue', 'tues'],
    ['wednesday', 'wed'],
    ['thursday', 'thu', 'thur', 'thurs'],
    ['friday', 'fri'],
    ['saturday', 'sat'],
  ],
  nl: [['zondag', 'zo'], ['maandag', 'ma'], ['dinsdag', 'di'], ['woensdag', 'wo'], ['donderdag', 'do'], ['vrijdag', 'vr'], ['zaterdag', 'za']],
  de: [['sonntag', 'so'], ['montag', 'mo'], ['dienstag', 'di'], ['mittwoch', 'mi'], ['donnerstag', 'do'], ['freitag', 'fr'], ['samstag', 'sonnabend', 'sa']],
  fr: [['dimanche', 'dim'], ['lundi', 'lun'], ['mardi', 'mar'], ['mercredi', 'mer'], ['jeudi', 'jeu'], ['vendredi', 'ven'], ['samedi', 'sam']],
};

/** Ordinals before "quarter"/"half" words; index 0 stands for "last". */
export const ORDINAL_WORDS: Record<Locale, ReadonlyArray<readonly [string, number]>> = {
  en: [['first', 1], ['second', 2], ['third', 3], ['fourth', 4], ['last', 0], ['final', 0]],
  nl: [['eerste', 1], ['tweede', 2], ['derde', 3], ['vierde', 4], ['laatste', 0]],
  de: [
    ['erste', 1], ['erstes', 1], ['ersten', 1], ['erster', 1],
    ['zweite', 2], ['zweites', 2], ['zweiten', 2], ['zweiter', 2],
    ['dritte', 3], ['drittes', 3], ['dritten', 3], ['dritter', 3],
    ['vierte', 4], ['viertes', 4], ['vierten', 4], ['vierter', 4],
    ['letzte', 0], ['letztes', 0], ['letzten', 0], ['letzter', 0],
  ],
  fr: [
    ['premier', 1], ['première', 1], ['deuxième', 2], ['second', 2], ['seconde', 2], ['troisième', 3],
    ['quatrième', 4], ['dernier', 0], ['dernière', 0],
  ],
};

export const PART_NOUNS: Record<Locale, ReadonlyArray<readonly [string, 'quarter' | 'half']>> = {
  en: [['quarter', 'quarter'], ['half', 'half'], ['half-year', 'half']],
  nl: [['kwartaal', 'quarter'], ['helft', 'half'], ['halfjaar', 'half'], ['jaarhelft', 'half']],
  de: [['quartal', 'quarter'], ['halbjahr', 'half'], ['jahreshälfte', 'half'], ['hälfte', 'half']],
  fr: [['trimestre', 'quarter'], ['semestre', 'half'], ['moitié', 'half']],
};

/** Edges of a year: 1 = start (Q1), 2 = middle (April–September), 3 = end (Q4). */
export const EDGE_WORDS: Record<Locale, ReadonlyArray<readonly [string, number]>> = {
  en: [['early', 1], ['beginning', 1], ['start', 1], ['mid', 2], ['middle', 2], ['end', 3], ['late', 3], ['year-end', 3]],
  nl: [['begin', 1], ['medio', 2], ['midden', 2], ['eind', 3], ['einde', 3]],
  de: [['anfang', 1], ['beginn', 1], ['jahresanfang', 1], ['mitte', 2], ['ende', 3], ['jahresende', 3]],
  fr: [['début', 1], ['debut', 1], ['mi', 2], ['milieu', 2], ['fin', 3]],
};

export const SEASON_WORDS: Record<Locale, ReadonlyArray<readonly [string, number]>> = {
  en: [['spring', 1], ['summer', 2], ['autumn', 3], ['fall', 3], ['winter', 4]],
  nl: [['lente', 1], ['voorjaar', 1], ['zomer', 2], ['herfst', 3], ['najaar', 3], ['winter', 4]],
  de: [['frühling', 1], ['frühjahr', 1], ['sommer', 2], ['herbst', 3], ['winter', 4]],
  fr: [['printemps', 1], ['été', 2], ['automne', 3], ['hiver', 4]],
};

/** Words between a period word and its year: "end of 2027", "eind van 2027", "fin de 2027". */
export const YEAR_CONNECTORS: Record<Locale, readonly string[]> = {
  en: ['of', 'of the year'],
  nl: ['van', 'van het jaar'],
  de: ['des jahres', 'von'],
  fr: ['de', "de l'année", 'de l’année'],
};

/** Letter codes of quarters and halves: "Q4 2025", "H1 2026", French "T3 2025", "S1 2026". */
export const PERIOD_CODES: Record<Locale, Readonly<Record<string, 'quarter' | 'half'>>> = {
  en: { Q: 'quarter', H: 'half' },
  nl: { Q: 'quarter', H: 'half', K: 'quarter' },
  de: { Q: 'quarter', H: 'half' },
  fr: { Q: 'quarter', H: 'half', T: 'quarter', S: 'half' },
};

export const RANGE_WORDS = ['to', 'until', 'till', 'through', 'tot', 'tot en met', 't/m', 'bis', 'à', 'au'];
export const BETWEEN_WORDS = [
  ['between', 'and'],
  ['tussen', 'en'],
  ['zwischen', 'und'],
  ['entre', 'et'],
] as const;


/**
 * Words that may stand before the date that opens a timeline's item ("By Q4 2025:", "Tegen 2027",
 * "Bis Ende 2026", "D'ici 2030", "courant 2027"); anything else means the item does not begin with its date.
 */
export const TIMELINE_LEAD_WORDS: Record<Locale, readonly string[]> = {
  en: ['by', 'in', 'from', 'until', 'till', 'before', 'after', 'since', 'during', 'in the course of', 'no later than'],
  nl: ['tegen', 'per', 'vanaf', 'uiterlijk', 'tot', 'vóór', 'voor', 'na', 'sinds', 'in', 'in de loop van', 'gedurende'],
  de: ['bis', 'ab', 'im', 'in', 'seit', 'vor', 'nach', 'bis spätestens', 'spätestens', 'im laufe', 'im lauf', 'während'],
  fr: ["d'ici", 'd’ici', 'en', 'dès', 'à partir de', "jusqu'en", 'jusqu’en', "jusqu'à", 'jusqu’à', 'avant', 'après', 'depuis', 'courant', 'durant', 'pendant', 'au plus tard'],
};

/**
 * Labels of numbered steps that may stand before an item's date: "Phase 2 (2027–2028):", "Fase 1 (2025-2026)",
 * "Stufe 3 (2026)", "Étape 2 (2026)". Only with a number after them.
 */
export const STEP_LABELS: Record<Locale, readonly string[]> = {
  en: ['phase', 'stage', 'step', 'wave', 'tranche', 'milestone'],
  nl: ['fase', 'stap', 'etappe', 'tranche', 'mijlpaal'],
  de: ['phase', 'stufe', 'schritt', 'etappe', 'tranche', 'meilenstein'],
  fr: ['phase', 'étape', 'etape', 'vague', 'tranche', 'jalon'],
};

/**
 * Column headers that say a table's column holds the dates of a timeline ("Date", "Wanneer", "Termin",
 * "Échéance", "Date cible"): a header holding one of these words.
 */
export const TIMELINE_COLUMN_WORDS: Record<Locale, readonly string[]> = {
  en: ['timeline', 'date', 'dates', 'when', 'deadline', 'deadlines', 'milestone', 'milestones', 'planning', 'schedule', 'timing', 'year', 'period', 'target date', 'due'],
  nl: ['datum', 'data', 'wanneer', 'termijn', 'deadline', 'planning', 'tijdpad', 'mijlpaal', 'mijlpalen', 'jaar', 'periode', 'tijdstip', 'streefdatum', 'gereed'],
  de: ['datum', 'termin', 'termine', 'zeitplan', 'zeitraum', 'frist', 'wann', 'jahr', 'zeitpunkt', 'meilenstein', 'meilensteine', 'bis wann', 'fälligkeit'],
  fr: ['date', 'dates', 'quand', 'échéance', 'échéances', 'calendrier', 'période', 'année', 'jalon', 'jalons', 'délai', 'date limite', 'date cible', 'horizon'],
};

/**
 * Headers of the column that names a timeline's steps, when the dates stand in another column
 * ("| Milestone | Date |", "| Stap | Wanneer |", "| Phase | Zeitraum |"): a table of such steps is in time order.
 * A table of workstreams, countries or measures with a deadline each is sorted by something else.
 */
export const STEP_COLUMN_WORDS: Record<Locale, readonly string[]> = {
  en: ['milestone', 'milestones', 'step', 'steps', 'phase', 'phases', 'stage', 'stages', 'event', 'events', 'next steps'],
  nl: ['mijlpaal', 'mijlpalen', 'stap', 'stappen', 'fase', 'fasen', 'fases', 'etappe', 'gebeurtenis'],
  de: ['meilenstein', 'meilensteine', 'schritt', 'schritte', 'phase', 'phasen', 'stufe', 'etappe', 'ereignis', 'verfahrensschritt'],
  fr: ['jalon', 'jalons', 'étape', 'étapes', 'etape', 'phase', 'phases', 'événement', 'évènement'],
};

/**
 * Nouns of a year that straddles two calendar years, written "2024/25" or "2024-2025": a school, academic
 * or fiscal year, a season. Such a pair runs forward by one year; "Schuljahr 2014/2013" is written backwards.
 */
export const STRADDLING_YEAR_NOUNS: Record<Locale, readonly string[]> = {
  en: ['school year', 'academic year', 'fiscal year', 'financial year', 'tax year', 'season', 'winter', 'FY'],
  nl: ['schooljaar', 'studiejaar', 'collegejaar', 'academisch jaar', 'boekjaar', 'belastingjaar', 'seizoen', 'winter'],
  de: ['schuljahr', 'studienjahr', 'wintersemester', 'haushaltsjahr', 'wirtschaftsjahr', 'geschäftsjahr', 'kita-jahr', 'saison', 'winter'],
  fr: ['année scolaire', 'année universitaire', 'exercice', 'campagne', 'saison', 'hiver'],
};

/** The English words and, since briefs quote English, a language's own words with them. */
export function wordsFor(table: Record<Locale, readonly string[]>, locale: Locale): string[] {
  return locale === 'en' ? [...table.en] : [...table[locale], ...table.en];
}

/**
 * An alternation of the words, longest first, blanks matching any run of blanks (a word with an
 * apostrophe is listed in both forms, "d'ici" and "d’ici"), for a pattern with
 * Unicode-aware word boundaries (`(?<![\p{L}\p{N}])(?:…)(?![\p{L}\p{N}])`, flag `u`; never `\b`).
 */
export function wordAlternation(words: Iterable<string>): string {
  return [...new Set(words)]
    .sort((a, b) => b.length - a.length)
    .map((word) => word.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&').replace(/ /g, '[ \\u00a0\\u202f\\u2009\\t\\n]{1,3}'))
    .join('|');
}

/** A case-insensitive pattern that matches any of the words as a whole word. */
export function wordPattern(words: Iterable<string>, flags = 'iu'): RegExp {
  return new RegExp(`(?<![\\p{L}\\p{N}_])(?:${wordAlternation(words)})(?![\\p{L}\\p{N}_])`, flags);
}
