import { detached } from './detached';
import { generatedPlaces } from './gazetteer/generatedPlaces';
import type { Entry } from './lookup';
import { joined, type Token } from './tokenize';

// GeoNames lists tens of thousands of towns, and many share their names with ordinary words, people and firms ("Harvard",
// "Mercedes"): so a town is a place only where the words before it say so, as a preposition of place does ("bei Lüderitz",
// "flown to Entebbe", "In Babenhausen"), or a list it shares with a place ("Basel, Lugano und Genf"). The table is searched
// in place (its lines are sorted by key), so it costs neither memory nor start-up for an index.

/** Prepositions of place in the languages whose towns GeoNames romanises; a sentence may begin with one. */
const BEFORE = new Set('in into near outside around across at to from via towards bei nach aus nahe'.split(' '));
const AND = new Set(['and', 'und']);

const lineEnd = (towns: string, start: number): number => {
  const end = towns.indexOf('\n', start);
  return end < 0 ? towns.length : end;
};
/** A line's key: up to its tab, if it has one. */
function keyAt(towns: string, start: number, end: number): string {
  const tab = towns.indexOf('\t', start);
  return towns.slice(start, tab >= 0 && tab < end ? tab : end);
}
const capitalised = (key: string): string => key.replace(/(^| )\p{L}/gu, (c) => c.toUpperCase());

/** The start of the first line of the towns whose key does not sort before `key`. */
function lowerBound(towns: string, key: string): number {
  let lo = 0;
  let hi = towns.length;
  // Every line starting before lo sorts before key; the line starting at hi (or the end) does not.
  while (lo < hi) {
    const start = towns.lastIndexOf('\n', ((lo + hi) >> 1) - 1) + 1;
    const end = lineEnd(towns, start);
    if (start < lo || keyAt(towns, start, end) < key) lo = end + 1;
    else hi = start;
  }
  return Math.min(lo, towns.length);
}

interface Found {
  name: string | null;
  prefix: boolean;
}
/** Keys already searched for: the same capitalised words follow prepositions in text after text. Emptied when full. */
const searched = new Map<string, Found>();
const MOST_SEARCHED = 20_000;

/** A town's name by its key; `prefix` is true where some longer key begins with key and a space. */
function lookup(key: string): Found {
  let found = searched.get(key);
  if (found === undefined) {
    found = search(key);
    if (searched.size >= MOST_SEARCHED) searched.clear();
    searched.set(detached(key), found);
  }
  return found;
}

function search(key: string): Found {
  const { towns } = generatedPlaces();
  const at = lowerBound(towns, key);
  const end = lineEnd(towns, at);
  const line = towns.slice(at, end);
  if (line === key) return { name: capitalised(key), prefix: towns.startsWith(key + ' ', end + 1) };
  if (line.startsWith(key + '\t')) return { name: line.slice(key.length + 1), prefix: towns.startsWith(key + ' ', end + 1) };
  return { name: null, prefix: line.startsWith(key + ' ') };
}

/** Whether a one-word key is a town's. */
export function isTown(norm: string): boolean {
  return lookup(norm).name !== null;
}

/** Each town's entry, once it is found, so that all its mentions are one place. */
const entries = new Map<string, Entry>();

/** Whether the words before token i allow a town: a preposition of place, or a list after a place (`isPlace` asks of a token). */
function placeBefore(tokens: readonly Token[], i: number, isPlace: (k: number) => boolean): boolean {
  const t = tokens[i]!;
  const prev = tokens[i - 1];
  if (!prev) return false;
  if (t.join === 'space' && BEFORE.has(prev.norm) && (!prev.cap || prev.join === 'sentence' || i === 1)) return true;
  // Not after a dateline's place in capitals ("JAKARTA, Nov 6").
  if (t.join === 'comma') return prev.cap && !prev.caps && isPlace(i - 1);
  return t.join === 'space' && AND.has(prev.norm) && !prev.cap && i > 1 && tokens[i - 2]!.cap && isPlace(i - 2);
}

/** "Pfaffenhofen an der Ilm", "Frankfurt am Main": the river a German town is named by. Its end, else `end`. */
export function riverAfter(tokens: readonly Token[], end: number): number {
  const at = tokens[end];
  if (!joined(at) || (at.text !== 'an' && at.text !== 'am')) return end;
  const river = at.text === 'an' && tokens[end + 1]?.text === 'der' ? end + 2 : end + 1;
  return joined(tokens[river]) && tokens[river].cap && !(joined(tokens[river + 1]) && tokens[river + 1]!.cap) ? river + 1 : end;
}

/**
 * A town at token i (its entry and end) where the words around it allow one: after a preposition of place or in a list with
 * a place, and, where only names are capitalised, not followed by another capitalised word (a longer name).
 */
export function townAt(tokens: readonly Token[], i: number, nounsCapitalised: boolean, isPlace: (k: number) => boolean): { entry: Entry; end: number } | null {
  const t = tokens[i]!;
  // Names of three letters or less are mostly abbreviations ("Nov", "Abu").
  if (!t.cap || t.caps || t.norm.length < 4 || !placeBefore(tokens, i, isPlace)) return null;
  let key = t.norm;
  let found: { key: string; name: string; end: number } | null = null;
  for (let k = i; ;) {
    const { name, prefix } = lookup(key);
    if (name !== null) found = { key, name, end: k + 1 };
    const u = tokens[++k];
    if (!prefix || !joined(u)) break;
    key += ' ' + u.norm;
  }
  if (!found) return null;
  const next = tokens[found.end];
  if (!nounsCapitalised && joined(next) && next.cap) return null;
  // The river a German town is named by is part of its name, as where no table knows the town.
  const end = nounsCapitalised ? riverAfter(tokens, found.end) : found.end;
  const river = tokens.slice(found.end, end);
  const named = [found.key, ...river.map((u) => u.norm)].join(' ');
  let entry = entries.get(named);
  if (!entry) {
    entry = { kind: 'place', name: [found.name, ...river.map((u) => u.text)].join(' '), country: null, role: null };
    entries.set(named, entry);
  }
  return { entry, end };
}
