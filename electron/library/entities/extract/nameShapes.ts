/** Organisations and streets nobody listed, known by the shape of their names: head nouns in Russian and German, acronyms. */

import * as W from './gazetteer/words';
import { FIRST_NAMES, REGION_NOUNS, STOPWORDS, isRoleHead, nationality, type Match } from './lookup';
import { joined, normWord, type Token } from './tokenize';
import { partOfPlace } from './placeEvidence';
import { riverAfter } from './towns';

const CYRILLIC = /^[\u0400-\u04FF]/;
const CASE_ENDING = '(?:|а|я|у|ю|е|ы|и|о|ом|ем|ой|ей|ою|ам|ям|ами|ах|ях|ов|ев)';
const RU_HEAD = new RegExp(`^(?:${W.RU_ORG_STEMS.trim().split(/\s+/).join('|')})${CASE_ENDING}$`);
const NOUN_LIKE = /(?:ом|ем)$/;
const RU_ADJECTIVE = /(?:ый|ий|ой|ая|яя|ое|ее|ые|ие|ого|его|ому|ему|ым|им|ых|их|ую|юю|ей|ом)$/;
/** Russian heads that take a country after them as its government does ("Правительство России"): the country is the name. */
const RU_GOVERNMENT = /^(?:правительств|администраци)/;
const DE_ENDING = new RegExp(`(?:${W.DE_ORG_ENDINGS.trim().split(/\s+/).join('|')})(?:e?s|en|n|ses)?$`);
const DE_ADJECTIVE = /^\p{Lu}\p{Ll}+(?:e|en|er|es|em)$/u;
/** By their normalised forms, so that the many lower-case words of a text are looked up without a copy. */
const STREETS = new Set(W.RU_STREET_NOUNS.split(' ').map(normWord));
const ROMAN = /^[IVXLC]+$/;
const COMMON_ACRONYMS = new Set(W.COMMON_ACRONYMS.trim().split(/\s+/));
/** A German compound names one organisation alone when it is federal or a state's ("Bundesgerichtshof"), not "Energiekonzern". */
const FEDERAL = /^(?:(?:bundes|landes)\p{L}{3}|landtag)/u;

const lower = (t: Token): string => t.text.toLowerCase();

export interface OrgContext {
  tokens: readonly Token[];
  text: string;
  /** The gazetteer's longest match at a token. */
  match: (i: number) => Match | null;
  /** The language capitalises every noun (German). */
  nouns: boolean;
}

/** A run of acronyms from k ("СО РАН"): its end, else k. */
function acronymsFrom(tokens: readonly Token[], k: number): number {
  let end = k;
  while (joined(tokens[end]) && tokens[end]!.caps && !COMMON_ACRONYMS.has(tokens[end]!.text)) end++;
  return end;
}

/** A known place, a Russian region ("Свердловской области") or acronyms at k, which may end an organisation's name: the end, else -1. */
function properAt(c: OrgContext, k: number): number {
  const t = c.tokens[k];
  if (!joined(t) || !t.cap) return -1;
  const end = t.caps ? acronymsFrom(c.tokens, k) : regionOrPlace(c, k);
  // Not the first words of a longer name ("Uzbekistan Airways", "DBS Cruise Ferry"); Russian acronyms end one before a person ("СО РАН Валентин Пармон").
  const longer = joined(c.tokens[end]) && c.tokens[end].cap && !(t.caps && CYRILLIC.test(t.norm));
  return end > k && !longer ? end : -1;
}

function regionOrPlace(c: OrgContext, k: number): number {
  const next = c.tokens[k + 1];
  if (joined(next) && !next.cap && REGION_NOUNS.has(next.norm)) return k + 2;
  const g = c.match(k);
  return g && g.entry.kind === 'place' ? g.end : -1;
}

/**
 * Russian: "Арбитражный суд Свердловской области", "Семнадцатом арбитражном апелляционном суде", "Института катализа СО РАН",
 * "Мэрия Еревана", "Университет Иннополис": a capitalised adjective and lower-case ones before a head noun, or a capitalised
 * head noun, then what the name names: a place, acronyms, "имени" someone, or one name in apposition.
 */
function russianOrgEnd(c: OrgContext, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  let head = -1;
  if (RU_HEAD.test(lower(t)) && !RU_GOVERNMENT.test(lower(t))) head = i;
  else if (RU_ADJECTIVE.test(lower(t))) {
    let k = i + 1;
    while (k < i + 4 && joined(tokens[k]) && !tokens[k]!.cap && RU_ADJECTIVE.test(lower(tokens[k]!))) k++;
    // A capitalised noun may end as an adjective does ("Паром компании"): then an adjective after it must agree.
    const agreed = k > i + 1 || !NOUN_LIKE.test(lower(t));
    if (agreed && joined(tokens[k]) && !tokens[k]!.cap && RU_HEAD.test(lower(tokens[k]!))) head = k;
  }
  if (head < 0) return -1;
  const k = head + 1;
  const after = tokens[k];
  let m = k;
  while (m < k + 3 && joined(tokens[m]) && !tokens[m]!.cap && !STOPWORDS.has(tokens[m]!.norm)) {
    // "Института ядерной физики имени Будкера"
    if (lower(tokens[m]!) === 'имени' && joined(tokens[m + 1]) && tokens[m + 1]!.cap) return joined(tokens[m + 2]) && tokens[m + 2]!.cap ? m + 3 : m + 2;
    m++;
  }
  const proper = properAt(c, m);
  if (proper > 0) return proper;
  // "Университет Иннополис", "Кубка Гагарина": one capitalised word after a capitalised head, not a person's two.
  if (head === i && m === k && joined(after) && after.cap && !after.caps && !(joined(tokens[k + 1]) && tokens[k + 1]!.cap)) return k + 1;
  return head === i ? -1 : k;
}

/** The end of the words a German organisation's name takes after its head: "zu Köln", "für Photonische Technologien", "München I". */
function germanTail(c: OrgContext, k: number): number {
  const { tokens } = c;
  const t = tokens[k];
  if (!joined(t)) return k;
  if (t.text === 'zu' || t.text === 'für') {
    let end = k + 1;
    while (joined(tokens[end]) && (tokens[end]!.cap || (tokens[end]!.text === 'und' && tokens[end + 1]?.cap)) && end < k + 5) end++;
    return end > k + 1 && tokens[end - 1]!.cap ? end : k;
  }
  const place = t.caps ? -1 : properAt(c, k);
  if (place < 0) return k;
  return joined(tokens[place]) && ROMAN.test(tokens[place].text) ? place + 1 : place;
}

const ARTICLES = new Set(['der', 'die', 'das', 'dem', 'den', 'des']);

/**
 * "Die Gewerkschaft Erziehung und Wissenschaft begrüßte", "dem Universitätsklinikum Jena an", "Das Landgericht München I":
 * capitalised words right after an organisation's noun, with no article between, name it (at most three, "und" between
 * them, ending where a lower-case word or punctuation does). Their end, else k.
 */
function appositionEnd(tokens: readonly Token[], k: number): number {
  let end = k;
  const word = (t: Token | undefined): boolean => joined(t) && t.cap && !t.caps && !STOPWORDS.has(t.norm);
  while (end < k + 4 && (word(tokens[end]) || (end > k && tokens[end]!.text === 'und' && word(tokens[end + 1])))) end++;
  if (joined(tokens[end]) && ROMAN.test(tokens[end]!.text)) end++;
  return end === k || !tokens[end - 1]!.cap || isRoleHead(tokens[k]!) || (joined(tokens[end]) && tokens[end]!.cap) ? k : end;
}

/**
 * German: "Deutschen Wetterdienstes", "Internationale Biathlon-Verband", "Leipziger Verkehrsbetriebe" (capitalised adjectives
 * before a noun with an organisation's ending), "Bundesgerichtshof", "Landgericht München I", "Leibniz-Instituts für Photonische
 * Technologien" (a compound with such an ending, alone or with its place or purpose).
 */
function germanOrgEnd(c: OrgContext, i: number): number {
  const { tokens } = c;
  let k = i;
  while (
    k < i + 2 &&
    DE_ADJECTIVE.test(tokens[k]!.text) &&
    !STOPWORDS.has(tokens[k]!.norm) &&
    !DE_ENDING.test(lower(tokens[k]!)) &&
    joined(tokens[k + 1]) &&
    tokens[k + 1]!.cap
  )
    k++;
  // Hyphenated parts before the head ("Leibniz-Instituts", "Biathlon-Verband").
  let h = k;
  while (tokens[h + 1]?.join === 'hyphen' && tokens[h + 1]!.cap && h < k + 3) h++;
  const head = tokens[h]!;
  if (!head.cap || head.caps || !DE_ENDING.test(lower(head))) return -1;
  const adjectives = k > i;
  const named = germanTail(c, h + 1);
  // Not after a noun of a kind of organisation, whose name follows alone ("Energiekonzern Enertrag").
  const apposition = named === h + 1 && ARTICLES.has(tokens[i - 1]?.norm ?? '') && !DE_ORG_TYPE.test(lower(head));
  const tail = apposition ? appositionEnd(tokens, h + 1) : named;
  if (!adjectives && h === i && !FEDERAL.test(head.norm) && tail === h + 1) return -1;
  return tail;
}

/** A lone acronym nobody listed ("FPÖ", "ЦИК", "КХЛ"), not a word of a longer name, a numeral or a common abbreviation ("GDP"). */
function acronymEnd(c: OrgContext, i: number): number {
  const { tokens, text } = c;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  const next = tokens[i + 1];
  // A line that opens with it is a dateline ("JENA (dpa)"), and a long one may be a shouted word, unless a verb follows ("CONMEBOL fined …").
  const verb = next?.join === 'space' && !next.cap && !STOPWORDS.has(next.norm);
  if (t.headline || (t.text.length > 5 && !verb) || ROMAN.test(t.text) || COMMON_ACRONYMS.has(t.text) || !/^\p{Lu}+$/u.test(t.text)) return -1;
  const before = text.lastIndexOf('\n', t.start - 1);
  if (text.slice(before + 1, t.start).trim() === '' && !verb) return -1;
  if ((joined(t) && prev?.cap && !STOPWORDS.has(prev.norm)) || (joined(next) && next.cap)) return -1;
  return i + 1;
}

const EN_ORG_TYPES = new Set(W.EN_ORG_TYPES.split(' '));
const OPENING_QUOTE = /^\s*["„“«‚']$/;
const DE_ORG_TYPE = new RegExp(`(?:${W.DE_ORG_TYPES.split(' ').join('|')})$`);

/**
 * The name after a noun saying what kind of organisation it is: "operator Transnet", "miner Ivanhoe Mines", "state fund
 * Tesi"; in German, where that noun is capitalised too, "Energiekonzern Enertrag", "Reederei Hapag-Lloyd", "Grossbank UBS".
 * Up to three capitalised words, not a given name's. Its end, else -1.
 */
function typedOrgEnd(c: OrgContext, i: number): number {
  const { tokens } = c;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  // "im Fachblatt „Nature Photonics“": the name may be quoted.
  const quoted = t.join === 'comma' && prev !== undefined && OPENING_QUOTE.test(c.text.slice(prev.end, t.start));
  if (!prev || (t.join !== 'space' && !quoted) || t.headline) return -1;
  // "компании StoneX", "форуме KazanForum", "Компания Uzbekistan Airways": a Latin name after a Russian noun of its kind.
  const russian = CYRILLIC.test(prev.norm) && (!prev.cap || prev.join === 'sentence') && RU_HEAD.test(lower(prev));
  // "start-up Lumira Materials": a hyphenated noun is one word.
  const type = prev.join === 'hyphen' && tokens[i - 2] ? tokens[i - 2]!.norm + prev.norm : prev.norm;
  if (!russian && !(c.nouns ? prev.cap && DE_ORG_TYPE.test(lower(prev)) : !prev.cap && EN_ORG_TYPES.has(type))) return -1;
  if (STOPWORDS.has(t.norm) || FIRST_NAMES.has(t.norm) || isRoleHead(t)) return -1;
  let end = i + 1;
  while (end < i + 3 && joined(tokens[end]) && tokens[end]!.cap && !STOPWORDS.has(tokens[end]!.norm) && !(russian && CYRILLIC.test(tokens[end]!.norm))) end++;
  return end;
}

/** An organisation's name nobody listed starting at token i, by its shape in the text's language: its end, else -1. */
export function orgNameEnd(c: OrgContext, i: number): number {
  const t = c.tokens[i]!;
  const typed = CYRILLIC.test(t.norm) ? -1 : typedOrgEnd(c, i);
  if (typed > 0 && !(t.caps && c.match(i))) return typed;
  if (t.caps) {
    if (c.match(i)) return -1;
    // "МЧС России": a Russian body's acronym and the country it serves.
    const place = CYRILLIC.test(t.norm) ? properAt(c, i + 1) : -1;
    return place > 0 && !c.tokens[i + 1]!.caps ? place : acronymEnd(c, i);
  }
  if (CYRILLIC.test(t.norm)) return russianOrgEnd(c, i);
  return c.nouns ? germanOrgEnd(c, i) : -1;
}

/** "улице Розы Люксембург", "проспект Руставели": a Russian street noun and the capitalised words that name the street. Its end, else -1. */
export function streetNameEnd(tokens: readonly Token[], i: number): number {
  if (!STREETS.has(tokens[i]!.norm)) return -1;
  let end = i + 1;
  while (end < i + 4 && joined(tokens[end]) && tokens[end]!.cap && CYRILLIC.test(tokens[end]!.norm)) end++;
  return end > i + 1 ? end : -1;
}

const PLACE_BEFORE = new Set(W.PLACE_BEFORE.split(' ').map(normWord));
const PLACE_AFTER = new Set(W.PLACE_AFTER.split(' ').map(normWord));
const PLACE_OF = new Set(W.PLACE_OF.split(' '));
const DE_PLACE_BEFORE = new Set(['in', 'aus', 'nach', 'bei', 'zwischen']);
const AND = new Set(['and', 'и', 'und']);
/**
 * Where every noun is capitalised, only a name shaped as German towns are ("Esslingen", "Ludwigsburg", "Babenhausen",
 * "Reichertshofen", "Grünau"), after a preposition without an article, is a place; nouns ending so are rare ("Neubau" is not one).
 */
const GERMAN_TOWN = new RegExp(`^(?!.*(?:${W.DE_NOT_TOWN_ENDINGS.split(' ').join('|')})$)\\p{L}{3,}(?:${W.DE_TOWN_ENDINGS.split(' ').join('|')})$`, 'u');

/** A capitalised name at k and a lower-case plural noun of place after it ("… and Sunamganj districts"). */
function pairedPlaceNoun(tokens: readonly Token[], k: number): boolean {
  const name = tokens[k];
  const noun = tokens[k + 1];
  return joined(name) && name.cap && !name.caps && joined(noun) && !noun.cap && noun.norm.endsWith('s') && PLACE_AFTER.has(noun.norm);
}

/**
 * A place nobody listed, by the words around a lone capitalised name: a preposition of place before it ("in Mubende", "в
 * Новотроицке", "через Находку"), a lower-case noun of place before or after it ("на реке Нарын", "the Surma river"), or
 * "and" after a place ("в Кутаиси и Батуми"). Not a word the text also writes in
 * lower case ("in Brief"); where nouns are capitalised, only a name shaped as a German town's. Its end (hyphenated parts
 * too: "Абу-Даби", "Риу-Гранди-ду-Сул"), else -1.
 */
export function placeNameEnd(c: OrgContext, i: number, afterPlace: boolean): number {
  const { tokens } = c;
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (t.caps || t.headline || t.possessive || t.join !== 'space' || !prev || prev.cap || STOPWORDS.has(t.norm) || nationality(t)) return -1;
  let end = i + 1;
  while (tokens[end]?.join === 'hyphen' && (tokens[end]!.cap || (tokens[end + 1]?.join === 'hyphen' && tokens[end + 1]!.cap))) end++;
  const next = tokens[end];
  if (joined(next) && next.cap) return -1;
  const coordinated = afterPlace && AND.has(prev.norm);
  if (c.nouns) {
    if (end !== i + 1 || !(coordinated || DE_PLACE_BEFORE.has(prev.norm))) return -1;
    // "in Schwaben und Oberbayern": a name joined to a place after a preposition of place is one too, whatever its shape.
    const other = tokens[end + 1];
    const paired = next?.norm === 'und' && joined(next) && joined(other) && (c.match(end + 1)?.entry.kind === 'place' || partOfPlace(other, true));
    return paired || GERMAN_TOWN.test(lower(t)) ? riverAfter(tokens, end) : -1;
  }
  // "the island of Evia", "the port of Lobito"
  const of = prev.norm === 'of' && PLACE_OF.has(tokens[i - 2]?.norm ?? '');
  const before = of || (PLACE_BEFORE.has(prev.norm) && (prev.text === prev.text.toLowerCase() || CYRILLIC.test(prev.norm)));
  // "the Surma river", "the Sylhet and Sunamganj districts"
  const after = joined(next) && !next.cap && (PLACE_AFTER.has(next.norm) || (AND.has(next.norm) && pairedPlaceNoun(tokens, end + 1)));
  if (!before && !after && !coordinated) return -1;
  return tokens.some((u) => !u.cap && u.norm === t.norm) ? -1 : end;
}

const QUOTE_OPEN = '«';
const QUOTE_CLOSE = '»';
/** The longest name in quotes, in characters; a longer quotation is speech. */
const MOST_QUOTED = 48;
/** Speech, or a craft's number ("Союз МС-26"). */
const NOT_A_NAME = /[.!?:;,\d]/;
const WORKS = new Set(W.RU_WORKS.split(' ').map(normWord));
const QUOTED_PLACES = new Set(W.RU_QUOTED_PLACE_HEADS.split(' ').map(normWord));

/** A work's noun before the quotation, or before its author in the genitive ("оперы Генделя «Тамерлан»"). */
const work = (tokens: readonly Token[], i: number): boolean =>
  WORKS.has(tokens[i - 1]?.norm ?? '') || (tokens[i - 1]?.cap === true && WORKS.has(tokens[i - 2]?.norm ?? ''));

/**
 * A name in Russian quotation marks after a word ("компанию «Атомстройкомплекс»", "партия «Грузинская мечта»", "обыграл
 * «Спартак»"): an organisation, or a place when a venue's noun ends it ("на «ЦСКА Арене»"). Not a quotation, which is
 * longer, holds punctuation or follows a colon or a line's start, nor a work's title ("балета «Тамерлан»"). Its end and kind, else null.
 */
export function quotedNameEnd(c: OrgContext, i: number): { end: number; kind: 'org' | 'place' } | null {
  const { tokens, text } = c;
  const t = tokens[i]!;
  if (text.charAt(t.start - 1) !== QUOTE_OPEN || !t.cap) return null;
  const close = text.indexOf(QUOTE_CLOSE, t.start);
  if (close < 0 || close - t.start > MOST_QUOTED || NOT_A_NAME.test(text.slice(t.start, close)) || work(tokens, i)) return null;
  const before = text.slice(Math.max(0, t.start - 4), t.start - 1).trimEnd();
  if (before === '' || !/[\p{L}\d]$/u.test(before)) return null;
  let end = i + 1;
  while (end < tokens.length && tokens[end]!.end <= close) end++;
  return { end, kind: QUOTED_PLACES.has(tokens[end - 1]!.norm) ? 'place' : 'org' };
}
