/**
 * Each word of a month name or a unit of time that chrono's strict parser for a Latin-script language we read knows,
 * by language, in the order findDate tries the parsers: a date with its day and month stated, or one counted from now
 * ("3 days ago"), needs one of that parser's words unless it is written in digits. Weekdays are left out, since chrono
 * never makes a day certain from one alone. A test checks each list against chrono's own dictionaries.
 */
export const DATE_WORDS_BY_LANGUAGE = {
  en: [
    'apr april aug august day days dec december feb february hour hours hrs jan january jul july jun june mar march may min mins minute minutes mon month',
    'months mos nov november oct october qtr quarter quarters sec second seconds sep sept september week weeks year years',
  ],
  de: [
    'apr april aug august dez dezember feb feber februar jahr jahre jahren jahres jan janner januar jul juli jun juni jänner maerz mai min minute minuten',
    'monat monate monaten monats mrz mär märz nov november okt oktober quartal quartale quartalen quartals sek sekunde sekunden sep sept september std',
    'stunde stunden tag tage tagen woche wochen',
  ],
  fr: [
    'année années ans aout août avr avril dec decembre déc décembre fev fevr fevrier fév févr février heure heures hrs jan janv janvier jour jours juil',
    'juillet juin jul jun mai mar mars min mins minute minutes mois nov novembre oct octobre sec seconde secondes semaine semaines sep sept septembre',
    'trimestre trimestres',
  ],
  es: [
    'abr abril ago agosto ano anos año años cuarto cuartos dia dias dic diciembre día días ene enero feb febrero hora horas hrs jul julio jun junio mar',
    'marzo may mayo mes meses min mins minuto minutos nov noviembre oct octubre sec segundo segundos semana semanas sep septiembre setiembre',
  ],
  it: [
    'ago agosto anni anno apr aprile dic dicembre feb febbraio gen gennaio giorni giorno giu giugno lug luglio mag maggio mar marzo mese mesi min minuti',
    'minuto nov novembre ora ore ott ottobre sec secondi secondo set sett settembre settimana settimane trim trimestre trimestri',
  ],
  pt: ['abr abril ago agosto dez dezembro fev fevereiro jan janeiro jul julho jun junho mai maio mar março nov novembro out outubro set setembro'],
  nl: [
    'apr april aug augustus dag dagen dec december feb februari hrs jaar jan januari jaren jul juli jun juni maand maanden maart mar mei min mins minute',
    'minuten minuut minuutje mrt nov november okt oktober sec second seconden sep sept september uren uur week weken',
  ],
} as const;

export type LatinDateLanguage = keyof typeof DATE_WORDS_BY_LANGUAGE;

/** Each date word and the languages whose parsers know it. */
export const DATE_WORD_LANGUAGES: ReadonlyMap<string, readonly LatinDateLanguage[]> = (() => {
  const languages = new Map<string, LatinDateLanguage[]>();
  for (const [language, lines] of Object.entries(DATE_WORDS_BY_LANGUAGE) as [LatinDateLanguage, readonly string[]][]) {
    for (const word of lines.join(' ').split(' ')) languages.set(word, [...(languages.get(word) ?? []), language]);
  }
  return languages;
})();

/** The one- and two-letter units ("5 h", "3d ago"), which count only right after a number. */
export const SHORT_UNIT_AFTER_NUMBER = /\d\s*(?:s|m|h|hr|d|w|mo|y|yr|a|j|jr|g|gg|u)(?![a-z])/i;
