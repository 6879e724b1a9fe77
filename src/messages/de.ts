/** Deutsche Meldungen (German messages), by rule id and message id; placeholders as in the English `meta.messages`. */
import type { Catalogue } from './index.js';
import { calendarDay, monthName, weekdayName } from './names.js';

const DATE_AS_WRITTEN = `{shape, select, day {${calendarDay('de')}} other {{written}}}`;

/** Rows left out of a sum as parts of another row. */
const LEFT_OUT = '{leftOutCount, plural, =0 {} one {; Zeile {leftOut} nicht mitgezählt: Teil einer anderen Zeile} other {; Zeilen {leftOut} nicht mitgezählt: Teile anderer Zeilen}}';
const BOUND = '{bound, select, max {höchstens } min {mindestens } about {etwa } other {}}';
const SPREAD = '{spread, select, yes { ({low}–{high})} other {}}';
const TIMES_RANGE = '{timesRange, select, yes { ({timesLow}–{timesHigh})} other {}}';
/** What "about 100,000" allows, for each of the two figures. */
const ALLOWANCES =
  '{allowance, select, yes {; {allowed} lässt {low} bis {high} zu} other {}}{otherAllowance, select, yes {; {otherAllowed} lässt {otherLow} bis {otherHigh} zu} other {}}';

/** A language, as in "im Deutschen". */
const LANGUAGE = '{locale, select, en {Englischen} nl {Niederländischen} de {Deutschen} other {Französischen}}';

export default {
  'date-invalid': {
    noSuchMonth: `${DATE_AS_WRITTEN} gibt es nicht: Es gibt keinen Monat {problemMonth}`,
    monthDays: `${DATE_AS_WRITTEN} gibt es nicht: Der ${monthName('de', 'problemMonth')} hat {days} Tage`,
    notLeapYear: `${DATE_AS_WRITTEN} gibt es nicht: {problemYear} ist kein Schaltjahr`,
    februaryDays: `${DATE_AS_WRITTEN} gibt es nicht: Der Februar hat {problemYear} {days} Tage`,
    noSuchQuarter: '{period}: Ein Jahr hat vier Quartale',
    noSuchHalf: '{period}: Ein Jahr hat zwei Halbjahre',
  },
  'weekday-mismatch': {
    wrongWeekday: `Der ${calendarDay('de')}{context, select, yes { (im Jahr der übrigen Daten hier)} other {}} ist ein ${weekdayName('de', 'actual')}, kein ${weekdayName('de', 'claimed')}`,
    eitherReading: `{text} ist ein ${weekdayName('de', 'firstActual')} (${calendarDay('de', 'first')}) oder ein ${weekdayName('de', 'secondActual')} (${calendarDay('de', 'second')}), kein ${weekdayName('de', 'claimed')}`,
  },
  'timeline-order': {
    backward: '{next} steht in diesem Zeitplan nach {previous}, endet aber, bevor {previous} beginnt',
    newestFirst: '{next} steht in dieser Liste (Neuestes zuerst) nach {previous}, beginnt aber erst, nachdem {previous} endet',
    itemBefore: 'der Eintrag davor: {previous}',
  },
  'range-order': {
    reversed: 'Die Spanne {range} ist verkehrt herum: {low} > {high}',
    reversedYears: 'Die Spanne {range} ist verkehrt herum: Sie endet {high}, vor ihrem Beginn {low} ({swapped}?)',
    reversedAmounts: 'Die Spanne {range} ist verkehrt herum: {low} ist mehr als {high} ({swapped}?)',
  },
  'part-exceeds-whole': {
    exceeds: 'Teil größer als das Ganze: {part} ist Teil von {whole}, übersteigt es aber um {excess}',
    theWhole: 'das Ganze: {whole}',
  },
  'percent-of': {
    wrongShare: '{part} / {whole} = {computed}, nicht {share}',
    wrongFraction: '{part} / {whole} = {percent} %{nearer, select, none {} other { (näher an {nearer})}}, nicht {share}',
    thePart: 'der Teil: {part}',
    theWhole: 'das Ganze: {whole}',
  },
  'percent-sum': {
    notHundred: `Die Anteile ergeben zusammen {sum}, nicht {hundred} ({arithmetic}${LEFT_OUT})`,
    counted: 'mitgezählt: {share}',
    leftOut: 'nicht mitgezählt: Teil einer anderen Zeile',
  },
  'sum-mismatch': {
    wrongResult: '{arithmetic} = {computed}, nicht {result}',
    termsSum: 'Die Einzelwerte ergeben zusammen {sum} ({terms}), nicht die angegebenen {result}',
    counted: '„{term}“ hier mitgezählt',
    currencies: '„{operand}“ ist in {currency} angegeben, „{first}“ aber in {firstCurrency}: Beträge in verschiedenen Währungen lassen sich ohne Umrechnung nicht addieren oder vergleichen',
    inCurrency: 'hier in {currency}',
  },
  'product-mismatch': {
    countTimesEach: `{count} × je {each} = ${BOUND}{computed}${SPREAD}, als Summe angegeben sind aber {total}`,
    perTimes: `{each}{perPeriod, select, yes { pro Zeitraum} other {}} × {times}${TIMES_RANGE} = {computed}, als Summe angegeben sind aber {total}`,
    theCount: 'die Anzahl: {count}',
    each: 'je Einheit: {each}',
    howMany: 'wie oft: {times}',
    theTotal: 'die Summe: {total}',
  },
  'table-total': {
    wrongTotal: `Die Summe lautet {total}, die {what, select, columns {Spalten} other {Zeilen}} ergeben aber {sum} ({arithmetic}${LEFT_OUT}){ambiguousCount, plural, =0 {} other {; ohne eine beliebige der Zeilen {ambiguous} würde sie stimmen}}{doubled, select, parts {; {doubledCount, plural, one {die Teilzeile} other {die Teilzeilen}} {doubledRows} {doubledCount, plural, one {wird} other {werden}} doppelt gezählt: in der übergeordneten Zeile und noch einmal einzeln} subtotals {; {total} sind die Zwischensummen und ihre eigenen Posten zusammen ({doubledArithmetic} = {doubledSum}): jeder Posten zählt doppelt} other {}}`,
    balance: '{label} lautet {total}, die Zeilen darüber {signs, select, yes {ergeben saldiert {sum}} other {lassen {sum} übrig}} ({arithmetic})',
    partExceedsParent: 'Zeile „{row}“ ist ein Teil der Zeile „{parent}“, nennt aber {part}, mehr als deren {whole}',
    parentRow: 'die Zeile, zu der sie gehört',
    sumWithoutRow: `Die Summe lautet {total}, das ist die Summe ohne die Zeile „{row}“ ({arithmetic}${LEFT_OUT}); {mayBeInside, select, yes {die Zeile „{row}“ scheint Teil einer anderen Zeile zu sein: kennzeichnen Sie sie („davon“, „–“) oder korrigieren Sie die Summe} other {die Summe lässt diese Zeile aus: sagen Sie das in der Beschriftung („Summe ohne …“) oder korrigieren Sie die Summe}}`,
    shifted: 'Die Zeile {label} ist um eine Spalte nach {direction, select, right {rechts} other {links}} verrutscht: {figures}',
    shiftedFigure: `{figure} ist die Summe von {targetNamed, select, yes {„{target}“} other {Spalte {target}}} ({arithmetic}${LEFT_OUT}), steht aber {past, select, yes {hinter der letzten Spalte} other {unter {columnNamed, select, yes {„{column}“} other {Spalte {column}}}}}`,
    counted: 'in der Summe mitgezählt',
    partOfAnother: 'nicht mitgezählt: Teil einer anderen Zeile',
    looksLikePart: 'scheint Teil einer anderen Zeile zu sein',
    leftOutOfTotal: 'in der Summe nicht enthalten',
  },
  'conflicting-figures': {
    contradictsSubject: `„{quote}“ widerspricht „{otherQuote}“ (Zeile {line}): {figure} ist nicht {other} für dieselbe Sache{period, select, none {} other { im Zeitraum {period}}}${ALLOWANCES}`,
    someReadings: '„{quote}“ lässt sich als {conflicting} lesen, was „{otherQuote}“ (Zeile {line}) widerspricht; nur die Lesart {agreeing} passt dazu',
    everyReading: '„{quote}“ widerspricht „{otherQuote}“ (Zeile {line}) in jeder Lesart ({conflicting})',
    statedHere: 'hier steht „{otherQuote}“',
  },
  'number-style': {
    restyle: 'Schreiben Sie „{text}“ statt „{figure}“: {reasons}',
    reason: '{changes} ({configured, select, yes {so konfiguriert} other {wie {count} von {total} Zahlen {where, select, table {in dieser Tabelle} other {in diesem Dokument}}}})',
    groupWithSpace: 'Tausender mit Leerzeichen gliedern',
    groupWith: 'Tausender mit „{mark}“ gliedern',
    decimalsWith: 'Dezimalstellen mit „{mark}“ abtrennen',
    writeInstead: '„{to}“ statt „{from}“ schreiben',
    spellOut: '„{to}“ ausschreiben',
    abbreviate: '„{from}“ zu „{to}“ abkürzen',
    putSign: '„{text}“ {position, select, before {vor} other {hinter}} die Zahl setzen',
    space: '{space, select, yes {ein Leerzeichen} other {kein Leerzeichen}} {side, select, before {vor} other {nach}} „{text}“',
    minusAs: 'das Minus als {sign, select, hyphen {Bindestrich „-“} minus {Minuszeichen „\u2212“} enDash {Halbgeviertstrich „\u2013“} figureDash {Ziffernstrich „\u2012“} other {„{mark}“}} schreiben',
    didYouMean: 'Meinten Sie „{text}“? „{digits}“ gliedert Tausender mit „{mark}“ und liest sich als {value}, anders als die übrigen Zahlen dieser Spalte ({others})',
  },
  'number-format': {
    malformed: `„{digits}“ {what, select, twoDecimal {ist zweideutig (eine Dezimalzahl oder Tausender mit „{mark}“ gegliedert, was im ${LANGUAGE} unüblich ist)} twoGroup {ist zweideutig (eine Tausendergruppe, der eine Ziffer fehlt, oder ein Dezimalzeichen „{mark}“, das im ${LANGUAGE} unüblich ist)} foreign {ist im ${LANGUAGE} keine gültige Zahl ({reason})} other {ist keine gültige Zahl}}: {readingCount, plural, =0 {{reason}.} other {meinten Sie {readings}?}}`,
    reading: '{written}{line, select, none {} other { (wie in Zeile {line})}}',
    inColumn: '{finding} {named, select, yes {Die Spalte „{header}“} other {Spalte {column}}} schreibt {count} weitere Zahlen so (Zeilen {first}–{last}).',
    writtenHere: 'hier steht „{text}“',
    writtenSameWay: 'hier steht „{text}“, ebenso geschrieben',
    decimalOnPercent: 'Dezimalzeichen „{mark}“ in einer Prozentzahl',
    groupAfterSpace: 'eine Gruppe von {digits} Ziffern nach einem Leerzeichen',
    groupAfterMark: 'eine Gruppe von {digits} Ziffern nach „{mark}“',
    notLocaleStyle: `{what, select, decimal {das Dezimalzeichen} other {das Tausendertrennzeichen}} „{mark}“ ist im ${LANGUAGE} unüblich`,
    groupsInOtherStyle: `„{mark}“ vor drei Ziffern gliedert Tausender wie im ${LANGUAGE}`,
    noLocaleFits: 'diese Trennzeichen passen zu keiner Sprache',
    lakh: 'indische Lakh-Gliederung',
  },
} satisfies Catalogue;
