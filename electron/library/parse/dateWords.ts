/**
 * Every word of a month name or a unit of time that chrono's strict parsers for the Latin-script languages we read
 * know (en, de, fr, es, it, pt, nl): a date with its day and month stated, or one counted from now ("3 days ago"),
 * needs one of them unless it is written in digits. Weekdays are left out, since chrono never makes a day certain
 * from one alone. A test checks the list against chrono's own dictionaries.
 */
export const DATE_WORDS: ReadonlySet<string> = new Set(
  [
    'abr abril ago agosto anni anno année années ano anos ans aout août apr april aprile aug august augustus avr avril año años cuarto cuartos dag dagen',
    'day days dec december decembre dez dezember dezembro dia dias dic dicembre diciembre déc décembre día días ene enero feb febbraio feber febrero',
    'februar februari february fev fevereiro fevr fevrier fév févr février gen gennaio giorni giorno giu giugno heure heures hora horas hour hours hrs jaar',
    'jahr jahre jahren jahres jan janeiro janner januar januari january janv janvier jaren jour jours juil juillet juin jul julho juli julio july jun june',
    'junho juni junio jänner lug luglio maand maanden maart maerz mag maggio mai maio mar march mars marzo março may mayo mei mes mese meses mesi min mins',
    'minute minuten minutes minuti minuto minutos minuut minuutje mois mon monat monate monaten monats month months mos mrt mrz mär märz nov november',
    'novembre novembro noviembre oct october octobre octubre okt oktober ora ore ott ottobre out outubro qtr quartal quartale quartalen quartals quarter',
    'quarters sec second seconde seconden secondes secondi secondo seconds segundo segundos sek sekunde sekunden semaine semaines semana semanas sep sept',
    'september septembre septiembre set setembro setiembre sett settembre settimana settimane std stunde stunden tag tage tagen trim trimestre trimestres',
    'trimestri uren uur week weeks weken woche wochen year years',
  ]
    .join(' ')
    .split(' '),
);

/** The one- and two-letter units ("5 h", "3d ago"), which count only right after a number. */
export const SHORT_UNIT_AFTER_NUMBER = /\d\s*(?:s|m|h|hr|d|w|mo|y|yr|a|j|jr|g|gg|u)(?![a-z])/i;
