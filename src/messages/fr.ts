/** Messages en français (French messages), by rule id and message id; placeholders as in the English `meta.messages`. */
import type { Catalogue } from './index.js';
import { calendarDay, monthName, weekdayName } from './names.js';

const DATE_AS_WRITTEN = `{shape, select, day {${calendarDay('fr')}} other {{written}}}`;
/** French puts a no-break space before ":" and "?". */
const COLON = '\u00a0:';
const QUESTION = '\u00a0?';

const SEMICOLON = '\u00a0;';
/** French quotation marks, with no-break spaces inside. */
const quoted = (text: string): string => `«\u00a0${text}\u00a0»`;
/** Rows left out of a sum as parts of another row. */
const LEFT_OUT = `{leftOutCount, plural, =0 {} one {${SEMICOLON} ligne {leftOut} non comptée, car elle fait partie d’une autre ligne} other {${SEMICOLON} lignes {leftOut} non comptées, car elles font partie d’autres lignes}}`;
const BOUND = '{bound, select, max {au plus } min {au moins } about {environ } other {}}';
const SPREAD = '{spread, select, yes { ({low}–{high})} other {}}';
const TIMES_RANGE = '{timesRange, select, yes { ({timesLow}–{timesHigh})} other {}}';
/** What "about 100,000" allows, for each of the two figures. */
const ALLOWANCES = `{allowance, select, yes {${SEMICOLON} {allowed} admet de {low} à {high}} other {}}{otherAllowance, select, yes {${SEMICOLON} {otherAllowed} admet de {otherLow} à {otherHigh}} other {}}`;

/** A language, as in "en français". */
const LANGUAGE = '{locale, select, en {anglais} nl {néerlandais} de {allemand} other {français}}';

export default {
  'date-invalid': {
    noSuchMonth: `${DATE_AS_WRITTEN} n’existe pas${COLON} il n’y a pas de mois {problemMonth}`,
    monthDays: `${DATE_AS_WRITTEN} n’existe pas${COLON} ${monthName('fr', 'problemMonth')} compte {days} jours`,
    notLeapYear: `${DATE_AS_WRITTEN} n’existe pas${COLON} {problemYear} n’est pas une année bissextile`,
    februaryDays: `${DATE_AS_WRITTEN} n’existe pas${COLON} février compte {days} jours en {problemYear}`,
    noSuchQuarter: `{period}${COLON} une année compte quatre trimestres`,
    noSuchHalf: `{period}${COLON} une année compte deux semestres`,
  },
  'weekday-mismatch': {
    wrongWeekday: `Le ${calendarDay('fr')}{context, select, yes { (l’année des autres dates ici)} other {}} est un ${weekdayName('fr', 'actual')}, pas un ${weekdayName('fr', 'claimed')}`,
    eitherReading: `{text} est un ${weekdayName('fr', 'firstActual')} (${calendarDay('fr', 'first')}) ou un ${weekdayName('fr', 'secondActual')} (${calendarDay('fr', 'second')}), pas un ${weekdayName('fr', 'claimed')}`,
  },
  'timeline-order': {
    backward: '{next} vient après {previous} dans ce calendrier, mais se termine avant le début de {previous}',
    newestFirst: '{next} vient après {previous} dans cette liste (du plus récent au plus ancien), mais commence après la fin de {previous}',
    itemBefore: `l’élément précédent${COLON} {previous}`,
  },
  'range-order': {
    reversed: `La fourchette {range} est à l’envers${COLON} {low} > {high}`,
    reversedYears: `La fourchette {range} est à l’envers${COLON} elle se termine en {high}, avant son début en {low} ({swapped}${QUESTION})`,
    reversedAmounts: `La fourchette {range} est à l’envers${COLON} {low} est supérieur à {high} ({swapped}${QUESTION})`,
  },
  'part-exceeds-whole': {
    exceeds: `Partie plus grande que le tout${COLON} {part} fait partie de {whole}, mais le dépasse de {excess}`,
    theWhole: `le tout${COLON} {whole}`,
  },
  'percent-of': {
    wrongShare: '{part} / {whole} = {computed}, et non {share}',
    wrongFraction: '{part} / {whole} = {percent}\u00a0%{nearer, select, none {} other { (plus proche de {nearer})}}, et non {share}',
    thePart: `la partie${COLON} {part}`,
    theWhole: `le tout${COLON} {whole}`,
  },
  'percent-sum': {
    notHundred: `Les parts totalisent {sum}, et non {hundred} ({arithmetic}${LEFT_OUT})`,
    counted: `comptée${COLON} {share}`,
    leftOut: `non comptée${COLON} fait partie d’une autre ligne`,
  },
  'sum-mismatch': {
    wrongResult: '{arithmetic} = {computed}, et non {result}',
    termsSum: 'La somme des éléments est de {sum} ({terms}), et non de {result} comme indiqué',
    counted: `${quoted('{term}')} compté ici`,
    currencies: `${quoted('{operand}')} est en {currency}, mais ${quoted('{first}')} en {firstCurrency}${COLON} des montants en devises différentes ne peuvent être additionnés ni comparés sans conversion`,
    inCurrency: 'ici en {currency}',
  },
  'product-mismatch': {
    countTimesEach: `{count} × {each} par unité = ${BOUND}{computed}${SPREAD}, mais le total indiqué est de {total}`,
    perTimes: `{each}{perPeriod, select, yes { par période} other {}} × {times}${TIMES_RANGE} = {computed}, mais le total indiqué est de {total}`,
    theCount: `le nombre${COLON} {count}`,
    each: `par unité${COLON} {each}`,
    howMany: `combien de fois${COLON} {times}`,
    theTotal: `le total${COLON} {total}`,
  },
  'table-total': {
    wrongTotal: `Le total indiqué est de {total}, mais les {what, select, columns {colonnes} other {lignes}} totalisent {sum} ({arithmetic}${LEFT_OUT}){ambiguousCount, plural, =0 {} other {${SEMICOLON} sans l’une quelconque des lignes {ambiguous}, le compte serait juste}}{doubled, select, parts {${SEMICOLON} {doubledCount, plural, one {la ligne} other {les lignes}} {doubledRows} {doubledCount, plural, one {est comptée} other {sont comptées}} deux fois, dans la ligne dont {doubledCount, plural, one {elle fait} other {elles font}} partie et à part} subtotals {${SEMICOLON} {total} additionne les sous-totaux et leurs propres postes ({doubledArithmetic} = {doubledSum}), ce qui compte chaque poste deux fois} other {}}`,
    balance: `{label} indique {total}, mais les lignes au-dessus {signs, select, yes {donnent un solde de {sum}} other {laissent {sum}}} ({arithmetic})`,
    partExceedsParent: `La ligne ${quoted('{row}')} fait partie de la ligne ${quoted('{parent}')} mais indique {part}, plus que ses {whole}`,
    parentRow: 'la ligne dont elle fait partie',
    sumWithoutRow: `Le total indiqué, {total}, est la somme sans la ligne ${quoted('{row}')} ({arithmetic}${LEFT_OUT})${SEMICOLON} {mayBeInside, select, yes {la ligne ${quoted('{row}')} semble faire partie d’une autre ligne${COLON} signalez-le (${quoted('dont')}, ${quoted('–')}) ou corrigez le total} other {le total omet cette ligne${COLON} indiquez-le dans son libellé (${quoted('Total hors …')}) ou corrigez le total}}`,
    shifted: `La ligne {label} est décalée d’une colonne vers la {direction, select, right {droite} other {gauche}}${COLON} {figures}`,
    shiftedFigure: `{figure} est la somme de {targetNamed, select, yes {${quoted('{target}')}} other {la colonne {target}}} ({arithmetic}${LEFT_OUT}), mais se trouve {past, select, yes {après la dernière colonne} other {sous {columnNamed, select, yes {${quoted('{column}')}} other {la colonne {column}}}}}`,
    counted: 'comptée dans la somme',
    partOfAnother: `non comptée${COLON} fait partie d’une autre ligne`,
    looksLikePart: 'semble faire partie d’une autre ligne',
    leftOutOfTotal: 'omise du total',
  },
  'conflicting-figures': {
    contradictsSubject: `${quoted('{quote}')} contredit ${quoted('{otherQuote}')} (ligne {line})${COLON} {figure} n’est pas {other} pour le même objet{period, select, none {} other { en {period}}}${ALLOWANCES}`,
    someReadings: `${quoted('{quote}')} peut se lire {conflicting}, ce qui contredit ${quoted('{otherQuote}')} (ligne {line})${SEMICOLON} seule la lecture {agreeing} concorde`,
    everyReading: `${quoted('{quote}')} contredit ${quoted('{otherQuote}')} (ligne {line}) quelle que soit la lecture ({conflicting})`,
    statedHere: `ici figure ${quoted('{otherQuote}')}`,
  },
  'number-style': {
    restyle: `Écrire ${quoted('{text}')} et non ${quoted('{figure}')}${COLON} {reasons}`,
    reason: '{changes} ({configured, select, yes {selon la configuration} other {comme {count} des {total} nombres {where, select, table {de ce tableau} other {de ce document}}}})',
    groupWithSpace: 'séparer les milliers par une espace',
    groupWith: `séparer les milliers par ${quoted('{mark}')}`,
    decimalsWith: `marquer les décimales par ${quoted('{mark}')}`,
    writeInstead: `écrire ${quoted('{to}')} au lieu de ${quoted('{from}')}`,
    spellOut: `écrire ${quoted('{to}')} en toutes lettres`,
    abbreviate: `abréger ${quoted('{from}')} en ${quoted('{to}')}`,
    putSign: `placer ${quoted('{text}')} {position, select, before {avant} other {après}} le nombre`,
    space: `{space, select, yes {une espace} other {pas d’espace}} {side, select, before {avant} other {après}} ${quoted('{text}')}`,
    minusAs: `écrire le signe moins avec {sign, select, hyphen {un trait d’union ${quoted('-')}} minus {le signe moins ${quoted('\u2212')}} enDash {un tiret demi-cadratin ${quoted('\u2013')}} figureDash {un tiret numérique ${quoted('\u2012')}} other {${quoted('{mark}')}}}`,
    didYouMean: `Vouliez-vous écrire ${quoted('{text}')}${QUESTION} ${quoted('{digits}')} sépare les milliers par ${quoted('{mark}')} et se lit {value}, contrairement aux autres nombres de cette colonne ({others})`,
  },
  'number-format': {
    malformed: `${quoted('{digits}')} {what, select, twoDecimal {se lit de deux façons (un nombre décimal, ou des milliers séparés par ${quoted('{mark}')}, ce qui ne s’écrit pas en ${LANGUAGE})} twoGroup {se lit de deux façons (un groupe de milliers auquel il manque un chiffre, ou un séparateur décimal ${quoted('{mark}')}, ce qui ne s’écrit pas en ${LANGUAGE})} foreign {n’est pas un nombre valide en ${LANGUAGE} ({reason})} other {n’est pas un nombre valide}}${COLON} {readingCount, plural, =0 {{reason}.} other {vouliez-vous écrire {readings}${QUESTION}}}`,
    reading: '{written}{line, select, none {} other { (comme à la ligne {line})}}',
    inColumn: `{finding} {named, select, yes {La colonne ${quoted('{header}')}} other {La colonne {column}}} écrit {count} autres nombres de cette façon (lignes {first} à {last}).`,
    writtenHere: `${quoted('{text}')} figure ici`,
    writtenSameWay: `${quoted('{text}')} est écrit de la même façon ici`,
    decimalOnPercent: `séparateur décimal ${quoted('{mark}')} dans un pourcentage`,
    groupAfterSpace: 'un groupe de {digits} chiffres après une espace',
    groupAfterMark: `un groupe de {digits} chiffres après ${quoted('{mark}')}`,
    notLocaleStyle: `{what, select, decimal {le séparateur décimal} other {le séparateur de milliers}} ${quoted('{mark}')} ne s’écrit pas en ${LANGUAGE}`,
    groupsInOtherStyle: `${quoted('{mark}')} avant trois chiffres sépare les milliers comme en ${LANGUAGE}`,
    noLocaleFits: 'ces séparateurs ne correspondent à aucune langue',
    lakh: 'groupement indien en lakhs',
  },
} satisfies Catalogue;
