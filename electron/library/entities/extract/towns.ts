import { detached } from './detached';
import { TOWNS } from './gazetteer/generatedPlaces';
import type { Entry } from './lookup';
import { joined, type Token } from './tokenize';

// GeoNames lists tens of thousands of towns, and many share their names with ordinary words, people and firms ("Harvard",
// "Mercedes"): so a town is a place only where the words before it say so, as a preposition of place does ("bei Lüderitz",
// "flown to Entebbe", "In Babenhausen"), or a list it shares with a place ("Basel, Lugano und Genf"). The table is searched
// in place (its lines are sorted by key), so it costs neither memory nor start-up for an index.

/** Prepositions of place in the languages whose towns GeoNames romanises; a sentence may begin with one. */
const BEFORE = new Set('in into near outside around across at to from via towards bei nach aus nahe'.split(' '));
const AND = new Set(['and', 'und']);

const lineEnd = (start: number): number => {
  const end = TOWNS.indexOf('\n', start);
  return end < 0 ? TOWNS.length : end;
};
/** A line's key: up to its tab, if it has one. */
function keyAt(start: number, end: number): string {
  const tab = TOWNS.indexOf('\t', start);
  return TOWNS.slice(start, tab >= 0 && tab < end ? tab : end);
}
const capitalised = (key: string): string => key.replace(/(^| )\p{L}/gu, (c) => c.toUpperCase());

/** The start of the first line of TOWNS whose key does not sort before `key`. */
function lowerBound(key: string): number {
  let lo = 0;
  let hi = TOWNS.length;
  // Every line starting before lo sorts before key; the line starting at hi (or the end) does not.
  while (lo < hi) {
    const start = TOWNS.lastIndexOf('\n', ((lo + hi) >> 1) - 1) + 1;
    const end = lineEnd(start);
    if (start < lo || keyAt(start, end) < key) lo = end + 1;
    else hi = start;
  }
  return Math.min(lo, TOWNS.length);
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
  const at = lowerBound(key);
  const end = lineEnd(at);
  const line = TOWNS.slice(at, end);
  if (line === key) return { name: capitalised(key), prefix: TOWNS.startsWith(key + ' ', end + 1) };
  if (line.startsWith(key + '\t')) return { name: line.slice(key.length + 1), prefix: TOWNS.startsWith(key + ' ', end + 1) };
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
