/** Nederlandse meldingen (Dutch messages), by rule id and message id; placeholders as in the English `meta.messages`. */
import type { Catalogue } from './index.js';
import { calendarDay, monthName, weekdayName } from './names.js';

const DATE_AS_WRITTEN = `{shape, select, day {${calendarDay('nl')}} other {{written}}}`;

/** Rows left out of a sum as parts of another row. */
const LEFT_OUT = '{leftOutCount, plural, =0 {} one {; rij {leftOut} niet meegeteld: hoort bij een andere rij} other {; rijen {leftOut} niet meegeteld: horen bij andere rijen}}';
const BOUND = '{bound, select, max {hoogstens } min {minstens } about {ongeveer } other {}}';
const SPREAD = '{spread, select, yes { ({low}–{high})} other {}}';
const TIMES_RANGE = '{timesRange, select, yes { ({timesLow}–{timesHigh})} other {}}';
/** What "about 100,000" allows, for each of the two figures. */
const ALLOWANCES =
  '{allowance, select, yes {; {allowed} betekent {low} tot {high}} other {}}{otherAllowance, select, yes {; {otherAllowed} betekent {otherLow} tot {otherHigh}} other {}}';

/** A language, as in "in het Nederlands". */
const LANGUAGE = '{locale, select, en {Engels} nl {Nederlands} de {Duits} other {Frans}}';

export default {
  'date-invalid': {
    noSuchMonth: `${DATE_AS_WRITTEN} bestaat niet: er is geen maand {problemMonth}`,
    monthDays: `${DATE_AS_WRITTEN} bestaat niet: ${monthName('nl', 'problemMonth')} heeft {days} dagen`,
    notLeapYear: `${DATE_AS_WRITTEN} bestaat niet: {problemYear} is geen schrikkeljaar`,
    februaryDays: `${DATE_AS_WRITTEN} bestaat niet: februari heeft in {problemYear} {days} dagen`,
    noSuchQuarter: '{period}: een jaar heeft vier kwartalen',
    noSuchHalf: '{period}: een jaar heeft twee helften',
  },
  'weekday-mismatch': {
    wrongWeekday: `${calendarDay('nl')}{context, select, yes { (het jaar van de andere datums hier)} other {}} is een ${weekdayName('nl', 'actual')}, geen ${weekdayName('nl', 'claimed')}`,
    eitherReading: `{text} is een ${weekdayName('nl', 'firstActual')} (${calendarDay('nl', 'first')}) of een ${weekdayName('nl', 'secondActual')} (${calendarDay('nl', 'second')}), geen ${weekdayName('nl', 'claimed')}`,
  },
  'timeline-order': {
    backward: '{next} staat in deze tijdlijn na {previous}, maar eindigt al voordat {previous} begint',
    newestFirst: '{next} staat in deze lijst (nieuwste eerst) na {previous}, maar begint pas nadat {previous} eindigt',
    itemBefore: 'het onderdeel ervoor: {previous}',
  },
  'range-order': {
    reversed: 'Het bereik {range} loopt achterstevoren: {low} > {high}',
    reversedYears: 'Het bereik {range} loopt achterstevoren: het eindigt in {high}, vóór het begin in {low} ({swapped}?)',
    reversedAmounts: 'Het bereik {range} loopt achterstevoren: {low} is meer dan {high} ({swapped}?)',
  },
  'part-exceeds-whole': {
    exceeds: 'Deel groter dan het geheel: {part} is een deel van {whole}, maar is {excess} groter',
    theWhole: 'het geheel: {whole}',
  },
  'percent-of': {
    wrongShare: '{part} / {whole} = {computed}, niet {share}',
    wrongFraction: '{part} / {whole} = {percent} %{nearer, select, none {} other { (dichter bij {nearer})}}, niet {share}',
    thePart: 'het deel: {part}',
    theWhole: 'het geheel: {whole}',
  },
  'percent-sum': {
    notHundred: `De aandelen tellen op tot {sum}, niet tot {hundred} ({arithmetic}${LEFT_OUT})`,
    counted: 'meegeteld: {share}',
    leftOut: 'niet meegeteld: hoort bij een andere rij',
  },
  'sum-mismatch': {
    wrongResult: '{arithmetic} = {computed}, niet {result}',
    termsSum: 'De posten tellen op tot {sum} ({terms}), niet tot de vermelde {result}',
    counted: '"{term}" hier meegeteld',
    currencies: '"{operand}" is in {currency}, maar "{first}" in {firstCurrency}: bedragen in verschillende valuta kun je niet zonder omrekening optellen of vergelijken',
    inCurrency: 'hier in {currency}',
  },
  'product-mismatch': {
    countTimesEach: `{count} × {each} per stuk = ${BOUND}{computed}${SPREAD}, maar het totaal is {total}`,
    perTimes: `{each}{perPeriod, select, yes { per periode} other {}} × {times}${TIMES_RANGE} = {computed}, maar het totaal is {total}`,
    theCount: 'het aantal: {count}',
    each: 'per stuk: {each}',
    howMany: 'hoe vaak: {times}',
    theTotal: 'het totaal: {total}',
  },
  'table-total': {
    wrongTotal: `Het totaal is {total}, maar de {what, select, columns {kolommen} other {rijen}} tellen op tot {sum} ({arithmetic}${LEFT_OUT}){ambiguousCount, plural, =0 {} other {; zonder één van de rijen {ambiguous}, welke ook, zou het kloppen}}{doubled, select, parts {; {doubledCount, plural, one {onderdeelrij} other {onderdeelrijen}} {doubledRows} {doubledCount, plural, one {telt} other {tellen}} dubbel mee: in de rij waar {doubledCount, plural, one {die} other {ze}} bij {doubledCount, plural, one {hoort} other {horen}} en nog eens apart} subtotals {; {total} is de subtotalen en hun eigen posten bij elkaar ({doubledArithmetic} = {doubledSum}): elke post telt twee keer} other {}}`,
    balance: '{label} is {total}, maar de rijen erboven {signs, select, yes {komen samen op {sum}} other {laten {sum} over}} ({arithmetic})',
    partExceedsParent: 'Rij "{row}" is een onderdeel van rij "{parent}", maar is {part}: meer dan {whole}',
    parentRow: 'de rij waar deze bij hoort',
    sumWithoutRow: `Het totaal is {total}: de som zonder rij "{row}" ({arithmetic}${LEFT_OUT}); {mayBeInside, select, yes {rij "{row}" lijkt een onderdeel van een andere rij: markeer die ("waarvan", "–") of corrigeer het totaal} other {het totaal laat die rij weg: zeg dat in het label ("Totaal excl. …") of corrigeer het totaal}}`,
    shifted: 'Rij {label} staat één kolom te ver naar {direction, select, right {rechts} other {links}}: {figures}',
    shiftedFigure: `{figure} is de som van {targetNamed, select, yes {"{target}"} other {kolom {target}}} ({arithmetic}${LEFT_OUT}), maar staat {past, select, yes {voorbij de laatste kolom} other {onder {columnNamed, select, yes {"{column}"} other {kolom {column}}}}}`,
    counted: 'meegeteld in de som',
    partOfAnother: 'niet meegeteld: hoort bij een andere rij',
    looksLikePart: 'lijkt een onderdeel van een andere rij',
    leftOutOfTotal: 'niet meegeteld in het totaal',
  },
  'conflicting-figures': {
    contradictsSubject: `"{quote}" spreekt "{otherQuote}" (regel {line}) tegen: {figure} is niet {other} voor hetzelfde onderwerp{period, select, none {} other { in {period}}}${ALLOWANCES}`,
    someReadings: '"{quote}" kan gelezen worden als {conflicting}, en dat spreekt "{otherQuote}" (regel {line}) tegen; alleen de lezing {agreeing} klopt',
    everyReading: '"{quote}" spreekt "{otherQuote}" (regel {line}) in elke lezing tegen ({conflicting})',
    statedHere: 'hier staat "{otherQuote}"',
  },
  'number-style': {
    restyle: 'Schrijf "{text}", niet "{figure}": {reasons}',
    reason: '{changes} ({configured, select, yes {zo ingesteld} other {zoals {count} van de {total} getallen {where, select, table {in deze tabel} other {in dit document}}}})',
    groupWithSpace: 'groepeer duizendtallen met een spatie',
    groupWith: 'groepeer duizendtallen met "{mark}"',
    decimalsWith: 'schrijf decimalen met "{mark}"',
    writeInstead: 'schrijf "{to}" in plaats van "{from}"',
    spellOut: 'schrijf "{to}" voluit',
    abbreviate: 'kort "{from}" af tot "{to}"',
    putSign: 'zet "{text}" {position, select, before {vóór} other {achter}} het getal',
    space: '{space, select, yes {een spatie} other {geen spatie}} {side, select, before {vóór} other {na}} "{text}"',
    minusAs: 'schrijf het minteken als {sign, select, hyphen {koppelteken "-"} minus {minteken "\u2212"} enDash {en-dash "\u2013"} figureDash {cijferstreepje "\u2012"} other {"{mark}"}}',
    didYouMean: 'Bedoelt u "{text}"? "{digits}" groepeert duizendtallen met "{mark}" en leest als {value}, anders dan de andere getallen in deze kolom ({others})',
  },
  'number-format': {
    malformed: `"{digits}" {what, select, twoDecimal {is op twee manieren te lezen (als decimaal getal, of als duizendtallen gegroepeerd met "{mark}", wat in het ${LANGUAGE} niet gebruikelijk is)} twoGroup {is op twee manieren te lezen (als duizendtal waaraan een cijfer ontbreekt, of met decimaalteken "{mark}", wat in het ${LANGUAGE} niet gebruikelijk is)} foreign {is geen geldig getal in het ${LANGUAGE} ({reason})} other {is geen geldig getal}}: {readingCount, plural, =0 {{reason}.} other {bedoelt u {readings}?}}`,
    reading: '{written}{line, select, none {} other { (zoals op regel {line})}}',
    inColumn: '{finding} {named, select, yes {De kolom "{header}"} other {Kolom {column}}} schrijft nog {count} getallen zo (regels {first}–{last}).',
    writtenHere: 'hier staat "{text}"',
    writtenSameWay: 'hier staat "{text}", op dezelfde manier geschreven',
    decimalOnPercent: 'decimaalteken "{mark}" in een percentage',
    groupAfterSpace: 'een groep van {digits} cijfers na een spatie',
    groupAfterMark: 'een groep van {digits} cijfers na "{mark}"',
    notLocaleStyle: `{what, select, decimal {decimaalteken} other {scheidingsteken}} "{mark}" is niet gebruikelijk in het ${LANGUAGE}`,
    groupsInOtherStyle: `"{mark}" voor drie cijfers groepeert duizendtallen zoals in het ${LANGUAGE}`,
    noLocaleFits: 'deze scheidingstekens passen bij geen enkele taal',
    lakh: 'Indiase lakh-groepering',
  },
} satisfies Catalogue;
