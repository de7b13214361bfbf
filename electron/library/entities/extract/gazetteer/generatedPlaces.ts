import fs from 'node:fs';
import path from 'node:path';
// Only its type is imported, so that the compiler copies the table beside the compiled code; it is read when first asked for.
import type Table from './generatedPlaces.json';

/**
 * The place table `npm run places` generates (build/scripts/generatePlaces.ts; its sources, licences and pruning rules are
 * in `about`). It is JSON, read on the first extraction: a process that never extracts does not load it, and JSON parses
 * in a fraction of the time the same strings take as a module's source.
 */
export interface GeneratedPlaces {
  about: string[];
  /** Countries and territories, one a line: "Name|alias|…" (the shortest English name first), a name followed by "~key" where its key is not plain. */
  countries: string;
  /** Cities, most populous first, one a line: "Name|alias|…" (GeoNames' name first, with its diacritics), keys as above. */
  cities: string;
  /** Parts of the world and first-level subdivisions (states, provinces, Länder, oblasts), one a line, keys as above. */
  regions: string;
  /** China's provinces, prefectures, county-level cities and new areas in Chinese, a city's short name first ("长沙|长沙市"), and cave temples ("莫高窟"). */
  chinese: string;
  /** Rivers and lakes in Chinese ("韩江", "洞庭湖"), one a line, sorted: places only before a word of their water ("韩江流域"). */
  waters: string;
  /** Towns, "key<tab>Name" a line sorted by key (code unit order), the name left out where it is the key with capital initials: places only where the words around them say so. */
  towns: string;
}

let table: GeneratedPlaces | undefined;

export function generatedPlaces(): GeneratedPlaces {
  table ??= JSON.parse(fs.readFileSync(path.join(__dirname, 'generatedPlaces.json'), 'utf8')) as typeof Table;
  return table;
}
