/**
 * The vocabulary brieflint reads claims with, by named concept, one object per language (en.ts, nl.ts,
 * de.ts, fr.ts). Each entry is a word or phrase written as a small regular-expression fragment: usually
 * plain words ("in total"), sometimes with an inflection ("jede[nmrs]?") or a guard ("together(?!\s+with)").
 * Patterns are compiled from these lists by ./pattern.ts with Unicode-aware boundaries, never `\b`
 * (ASCII-only: "Quantité" or "à" at a boundary would never match). Rule docs list words from here.
 */
export interface Vocabulary {
  /** A figure is the sum of items, or closes a sum: "in total", "altogether", "combined", "insgesamt", "au total". */
  readonly total: readonly string[];
  /** Before a figure, say it sums the figures before it: "for a total of", "altogether", "samen", "insgesamt", "soit". */
  readonly closing: readonly string[];
  /** Right after a figure, say it sums those before it: "£25m altogether", "3 500 places in all", "2,5 Mrd. insgesamt". */
  readonly closingAfter: readonly string[];
  /** Verbs that bring terms to their sum, the result following a preposition: "bringing the total to", "komt … op", "beläuft sich auf". */
  readonly bringsTo: readonly string[];
  /** The preposition before the result of such a verb: "to", "op", "auf", "à". */
  readonly resultPreposition: readonly string[];
  /** A whole, then its parts: "consists of", "is split into", "bestaat uit", "setzt sich zusammen aus", "se compose de". */
  readonly composedOf: readonly string[];
  /** The parts listed are some of them only: "among others", "including", "onder meer", "unter anderem", "notamment". */
  readonly notExhaustive: readonly string[];
  /**
   * Opening a sentence, the things just named taken together, with no subject of their own needed:
   * "Together, …", "Samen kosten de centra …", "Zusammen ergibt sich …", "Ensemble, …".
   */
  readonly together: readonly string[];
  /** One figure for each of the counted things: "each", "apiece", "elk", "jeweils", "chacun". */
  readonly distributive: readonly string[];
  /** A figure per period: "a year", "per year", "annually", "per jaar", "jährlich", "par an". */
  readonly perPeriod: readonly string[];
  /** Period nouns a duration counts: "years", "months", "jaar", "Jahre", "ans". */
  readonly duration: readonly string[];
  /** Words that join a further item: "and", "plus", "as well as", "en", "und", "et". */
  readonly coordination: readonly string[];
  /** A figure changes to another value: "rose", "increased", "steeg", "gestiegen", "augmenté". */
  readonly change: readonly string[];
  /** Where a change goes: "to", "naar", "auf", "à" ("from 10 to 30" is a change, not a share). */
  readonly toward: readonly string[];
  /** A rate: "per", "pro", "par", "je" before a unit noun. */
  readonly rate: readonly string[];
  /** Introduces a part right after its whole: "of which", "waarvan", "davon", "dont". */
  readonly partMarker: readonly string[];
  /** A verb of inclusion between a whole and its part: "The £2.1bn budget includes £2.6bn …", "umfasst", "omvat", "comprend". */
  readonly includes: readonly string[];
  /** A sentence opening that points back to a whole stated before: "Of these,", "Davon", "Hiervan", "Parmi eux,". */
  readonly pointsBack: readonly string[];
  /** Right after a part, pointing back to its whole: "2,300 of these", "352 davon", "71 van die scholen". */
  readonly pointsBackAfter: readonly string[];
  /** A whole-first opening without its figure, naming the whole by its noun: "Of the …", "Van de …", "Parmi les …". */
  readonly wholeFirstBare: readonly string[];
  /** Between a part and its whole, part first: "of the", "out of", "van de", "von", "sur". */
  readonly partOf: readonly string[];
  /** Opens a clause with the whole, the part following: "of the", "out of the", "van de", "von den", "sur les", "parmi les". */
  readonly wholeFirst: readonly string[];
  /** A comparison between two figures: "than", "compared", "dan", "als", "que". */
  readonly versus: readonly string[];
  /** Right after a figure: it is a difference, not a part ("more than", "meer", "mehr", "de plus"). */
  readonly comparison: readonly string[];
  /** The author says figures are rounded: "rounding", "afgerond", "gerundet", "arrondi". */
  readonly roundingNote: readonly string[];
  /** A column header that counts (so a Total column after it is a product, not a sum): "Quantity", "Anzahl", "Quantité". */
  readonly countHeader: readonly string[];
  /** A column header for a row's total: "Total", "Totaal", "Gesamt", "Summe", "Montant total". */
  readonly totalLabel: readonly string[];
  /** A column header for what one item costs or holds: "Cost per unit", "Prijs per stuk", "Kosten je Einheit", "Montant unitaire". */
  readonly perUnitHeader: readonly string[];
  /** Several answers were possible, so shares need not sum to 100: "multiple answers", "Mehrfachnennungen". */
  readonly multiAnswer: readonly string[];
  /** A table column header saying its cells are shares: "share", "proportion", "aandeel", "Anteil", "part", "répartition" (and "%", a symbol the rule reads itself). */
  readonly shareHeader: readonly string[];
  /** A share header saying the whole is one total: "of total", "distribution", "in totaal", "am Gesamt…", "du total", "répartition". */
  readonly ofTotalHeader: readonly string[];
  /** A share noun naming the one whole the rows are parts of: "share of", "aandeel in", "Anteil an", "part des". */
  readonly shareOfWholeHeader: readonly string[];
  /** A column of rates, changes or scores, no breakdown even when headed "%": "interest", "growth", "rente", "Wachstum", "taux". */
  readonly rateHeader: readonly string[];
  /** A share of its own base per row ("Share of households with internet"): "with", "who", "met", "mit", "avec", "qui". */
  readonly ownBaseHeader: readonly string[];
  /** A table row's label that is a total, alone or naming its group: "Total", "Grand total", "Totaal", "Summe", "Gesamt", "Sous-total". */
  readonly totalRow: readonly string[];
  /** Total words that may close a group's label ("Ecosystem Total", "Kosten insgesamt"): plain words. */
  readonly totalRowAfter: readonly string[];
  /** A subtotal's label: "Subtotal", "Subtotaal", "Zwischensumme", "Sous-total". */
  readonly subtotalRow: readonly string[];
  /** A total row that may be an average as often as a sum, in tables of scores or rates: "Overall", "Gesamt", "Ensemble". */
  readonly averageRow: readonly string[];
  /** Words that make a total row no sum (nor net) of its rows: "per", "average", "median", "if", "gemiddeld", "Durchschnitt", "moyenne". */
  readonly averageLabel: readonly string[];
  /** Words that make a total row an effect rather than a sum: "change", "impact", "risk". */
  readonly effectLabel: readonly string[];
  /** Words that make a named total something other than the plain sum of the rows above: "excl.", "net of", "ohne", "hors". */
  readonly exceptLabel: readonly string[];
  /** Before a total word, a share of the total rather than one ("Share of total", "% van totaal", "Anteil am Gesamt"): plain words. */
  readonly shareOfTotal: readonly string[];
  /** A row label saying the row is inside another: "of which", "thereof", "sub-envelope", "waarvan", "davon", "dont". */
  readonly rowPart: readonly string[];
  /** Weaker: "within", "y compris" anywhere in a label. */
  readonly rowPartWeak: readonly string[];
  /** Opening a row label, a part that may only style a list: "incl.", "including", "inclusief", "einschließlich", "dont". */
  readonly rowPartLeading: readonly string[];
  /** A column header whose values cannot be added: shares, averages, rates, prices, scores ("%", "Ø" are symbols the rule reads itself). */
  readonly nonAdditiveHeader: readonly string[];
  /** A table's note saying its totals are not sums of its rows: "not additive", "interactions", "niet optelbaar", "nicht additiv". */
  readonly nonAdditiveNote: readonly string[];
  /** A note saying figures do not add up (not from rounding): "do not sum", "tellen niet op", "nicht zur Summe", "ne s'additionnent pas". */
  readonly doesNotSum: readonly string[];
  /** Definite articles, after which a short weekday is a name ("The Sun, 11 February 2025"): "the", "de", "het", "der", "le". */
  readonly definiteArticle: readonly string[];
  /** Labels that make the digits after them the number of a section, article or version, not a date: "Section 31.4.2025", "Version", "Az.", "Art.". */
  readonly identifierLabel: readonly string[];
  /** Before a percentage, a group of people ("the top 1 percent"), named the same in any house style. */
  readonly peopleGroup: readonly string[];
  /** Definite determiners and possessives: "the", "its", "de", "het", "der", "les". */
  readonly determiner: readonly string[];
  /** A written plus: "plus", "and"-less operators between terms of a sum. */
  readonly plus: readonly string[];
  /** A written minus between two terms. */
  readonly minus: readonly string[];
  /** Multiplication words: "times", "multiplied by", "keer", "mal", "fois". */
  readonly times: readonly string[];
  /** Division words: "divided by", "gedeeld door", "geteilt durch", "divisé par". */
  readonly dividedBy: readonly string[];
  /** Relation words between an expression and its result: "equals", "makes", "ergibt", "font". */
  readonly equals: readonly string[];
  /** Words that leave the rest of a whole unstated or add other things: "other", "remaining", "including". */
  readonly rest: readonly string[];
  /**
   * A sentence adds an amount to those stated before it, so its figure is no total of them: "in
   * addition", "daarnaast", "zusätzlich", "hinzu kommen", "en outre".
   */
  readonly inAddition: readonly string[];
  /** A whole is split into the parts that follow, all of them: "split", "broken down", "as follows", "verdeeld", "verteilen sich", "se répartissent". */
  readonly composition: readonly string[];
  /** Parts of a whole handed to uses, which may leave some of it unallocated: "allocated to", "earmarked for", "goes to", "entfallen auf". */
  readonly allocation: readonly string[];
  /** The rest of a whole, stated as the last share: "the remaining", "the remainder", "de resterende", "der Rest", "le solde". */
  readonly remainder: readonly string[];
  /** Each respondent chose exactly one answer: "single", "one of the", "één van de", "genau eine", "une seule". */
  readonly singleAnswer: readonly string[];
  /**
   * A question each respondent answered once, so its answers' shares cannot pass 100 %: "the single
   * measure", "one answer only", "(één antwoord mogelijk)", "nur eine Nennung", "une seule réponse".
   */
  readonly oneAnswer: readonly string[];
  /** Percentages that rose or fell are changes, not shares: "rose", "steeg", "gestiegen", "hausse". */
  readonly growth: readonly string[];
  /** "respectively": each figure belongs to its own whole, named elsewhere. */
  readonly respectively: readonly string[];
  /** Before a share, "for p % (of it)": "zu 60 %", "voor 60%", "à 60 %", "pour 46 %". */
  readonly shareBy: readonly string[];
  /** Right after a share, the word that opens its base: "of", "van", "von", "der", "des", "du", "de". */
  readonly shareBase: readonly string[];
  /** "and" that closes a list of parts: "and", "as well as", "en", "und", "sowie", "et", "ainsi que". */
  readonly listAnd: readonly string[];
  /** Alternatives, not parts: "or", "rather than", "of" (Dutch), "oder", "ou", "plutôt que". */
  readonly alternative: readonly string[];
  /** Says a share or fraction is about to be given for the figure before it: ", or", "that is", "namelijk", "also", "soit". */
  readonly thatIs: readonly string[];
  /**
   * Qualifiers that make a figure a different measure of the same subject, so that a restatement must
   * carry the same ones: "gross"/"net", "planned"/"spent", "target", "in real terms", "Soll"/"Ist",
   * "autorisations d'engagement"/"crédits de paiement".
   */
  readonly stage: readonly string[];
  /**
   * Stage words that only say a figure is a percentage ("rate", "share", "aandeel", "Quote", "taux"):
   * "youth unemployment stood at 14.2 %" and "a youth unemployment rate of 14.2 %" measure one thing.
   */
  readonly percentNoun: readonly string[];
  /** Right before a date, the end of the stretch a figure holds for, not a change: "until 2030", "tot 2030", "bis 2027", "jusqu'en 2027". */
  readonly until: readonly string[];
  /** Verbs that only state a figure ("stood at", "bedroeg", "lag bei", "s'établissait à"): they name no subject. */
  readonly statingVerb: readonly string[];
  /**
   * Words that make a figure one state among several, so no restatement can contradict it: a change
   * over time ("initially", "revised", "raised to"), a hypothesis ("if", "would"), a negation, a
   * comparison ("than", "compared with").
   */
  readonly unsettled: readonly string[];
  /** Function words that never name a subject: articles, prepositions, auxiliaries, pronouns. */
  readonly functionWord: readonly string[];
  /** Beyond the determiners, words before a figure that make it definite: "des" in "60 % des 2 070 espaces", "van de". */
  readonly definiteBefore: readonly string[];
  /** Headings of the parts that restate the rest of a brief: "summary", "key figures", "samenvatting", "Eckdaten", "synthèse". */
  readonly summary: readonly string[];
  /** Words of time and place in time that name no subject: months, "year", "end", "same", "date". */
  readonly timeWord: readonly string[];
  /** The noun a per-head rate names: "per head", "per capita", "pro Kopf", "par habitant", "per inwoner". */
  readonly perCapita: readonly string[];
  /** Nouns that count people, which a per-head rate is per: "inhabitants", "Einwohner", "habitants", "Français", "refugees", "Beschäftigte", "leerlingen". */
  readonly population: readonly string[];
  /** Verbs and nouns that put a figure forward as what something costs or is budgeted: "sets aside", "trekt … uit", "veranschlagt". */
  readonly budgetVerb: readonly string[];
  /**
   * Between an envelope and the things it pays for: "The £3bn programme funds 20 hubs", "reserveert
   * € 2,4 mld. voor acht warmtenetten", "finanziert 25 Hubs", "Le plan de 1,2 Md€ doit financer huit pôles".
   */
  readonly funds: readonly string[];
  /**
   * Nouns that number what follows them, so that the number is a label, not a quantity: "Section 3",
   * "Absatz 1 oder 3", "Nummer 5", "Positionen 2701 und 2704", "artikel 8 lid 4", "alinéa 2".
   */
  readonly reference: readonly string[];
  /** Indefinite articles: "a", "een", "ein", "une" ("a total of" is a noun phrase, not a closing adverb). */
  readonly article: readonly string[];
  /**
   * A sentence opening that sums what the sentences before it said ("Altogether, …", "Samen is dat …",
   * "Insgesamt stehen damit …", "Au total, …"): adverbs, not the adjective of a noun phrase ("the total
   * cost", "Total earnings fall"); a bare "Total" only as a label before a colon.
   */
  readonly closingOpening: readonly string[];
  /**
   * An adverb that makes the total of its sentence the sum of what came before it: "thus", "thereby",
   * "daarmee", "zo", "damit", "somit", "ainsi" ("L'effort total atteint ainsi 370 M€").
   */
  readonly thereby: readonly string[];
  /**
   * Ends the lead-in of a breakdown that follows it: "as follows", "als volgt", "wie folgt", "comme suit"
   * ("Le plan mobilise 940 M€, ventilés comme suit :" and the list after it).
   */
  readonly asFollows: readonly string[];
  /** Between a noun phrase and the amount it is the size of: "the gigafactory fund of € 20 bn", "in Höhe von", "ter waarde van", "de". */
  readonly sizeOf: readonly string[];
  /**
   * A table row's label that nets the rows above it, a sum with signs or a difference rather than a
   * "Total": "Balance", "Net movement", "Remaining", "Saldo", "Restbetrag", "Solde", "Reste à financer".
   */
  readonly balanceRow: readonly string[];
  /** One word that names a total by compounding ("Gesamtkosten", "Totaalbedrag"): the total word as its first part. */
  readonly totalCompound: readonly string[];
  /** Right after a time of day, say it is one: "9.30 uur", "17.45 Uhr", "9.30 h", "10.15 am". */
  readonly clockAfter: readonly string[];
  /** Right before a time of day: "om 9.30", "um 17.45", "à 9.30", "at 9.30". */
  readonly clockBefore: readonly string[];
  /** Between two times of day, a span: "9.00 tot 17.00", "8.30 bis 12.00", "9.00 to 17.00", "9.00 à 12.00". */
  readonly clockRange: readonly string[];
}

export type Concept = keyof Vocabulary;

/**
 * The words of dates and timelines, by named concept, one object per language: read by the date reader
 * (quantity/dates.ts) and the date rules. They are plain words, not pattern fragments: ./pattern.ts
 * escapes them (`literalAlternation`), longest first, any run of blanks for a blank.
 */
export interface DateVocabulary {
  /** Month names and abbreviations, January first. */
  readonly month: ReadonlyArray<readonly string[]>;
  /** Weekday names and abbreviations, Sunday first (Date.getUTCDay order). */
  readonly weekday: ReadonlyArray<readonly string[]>;
  /** Ordinals before quarter and half nouns ("third quarter"); 0 stands for "last". */
  readonly ordinal: ReadonlyArray<readonly [string, number]>;
  /** Nouns of a part of a year: a quarter or a half ("kwartaal", "Halbjahr", "semestre"). */
  readonly periodNoun: ReadonlyArray<readonly [string, 'quarter' | 'half']>;
  /** Edges of a year: 1 = start (Q1), 2 = middle (April–September), 3 = end (Q4). */
  readonly edge: ReadonlyArray<readonly [string, number]>;
  /** Seasons, numbered spring first. */
  readonly season: ReadonlyArray<readonly [string, number]>;
  /** Words between a period word and its year: "end of 2027", "eind van 2027", "fin de 2027". */
  readonly yearConnector: readonly string[];
  /** Words that join the two ends of a range: "to", "tot en met", "bis", "au". */
  readonly rangeWord: readonly string[];
  /** The two words of "between 2025 and 2027": "tussen … en", "zwischen … und", "entre … et". */
  readonly between: readonly [string, string];
  /** Letter codes of quarters and halves: "Q4 2025", "H1 2026", French "T3 2025", "S1 2026". */
  readonly periodCode: Readonly<Record<string, 'quarter' | 'half'>>;
  /** Words that may stand before the date opening a timeline item ("By Q4 2025:", "Tegen 2027", "Bis Ende 2026", "D'ici 2030"). */
  readonly timelineLead: readonly string[];
  /** Labels of numbered steps before an item's date: "Phase 2 (2027–2028):", "Fase 1", "Stufe 3", "Étape 2". */
  readonly stepLabel: readonly string[];
  /** Column headers that say a column holds a timeline's dates ("Date", "Wanneer", "Termin", "Échéance"). */
  readonly timelineColumn: readonly string[];
  /** Headers of the column naming a timeline's steps ("Milestone", "Stap", "Phase", "Jalon"). */
  readonly stepColumn: readonly string[];
  /** Nouns of a year that straddles two calendar years ("school year 2024/25", "Schuljahr", "exercice"). */
  readonly straddlingYear: readonly string[];
}
