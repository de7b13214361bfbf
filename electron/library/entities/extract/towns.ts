import { TOWNS } from './gazetteer/generatedPlaces';
import type { Entry } from './lookup';
import type { Token } from './tokenize';

// GeoNames lists a hundred thousand towns, and many share their names with ordinary words, people and firms ("Harvard",
// "Mercedes"): so a town is a place only where the words before it say so, as a preposition of place does ("bei Lüderitz",
// "flown to Entebbe", "In Babenhausen"), or a list it shares with a place ("Basel, Lugano und Genf").

/** Prepositions of place in the languages whose towns GeoNames romanises; a sentence may begin with one. */
const BEFORE = new Set('in into near outside around across at to from via towards bei nach aus nahe'.split(' '));
const AND = new Set(['and', 'und']);

/** Towns by key: the name shown until first found, then its entry. */
let towns: Map<string, string | Entry> | null = null;
/** The most words a town's key starting with a given word has. */
const MAX_WORDS = new Map<string, number>();

function index(keyOf: (name: string) => string): Map<string, string | Entry> {
  towns = new Map();
  for (const line of TOWNS.split('\n')) {
    const tilde = line.indexOf('~');
    const name = tilde >= 0 ? line.slice(0, tilde) : line;
    const key = keyOf(line);
    towns.set(key, name);
    const space = key.indexOf(' ');
    if (space > 0) {
      const first = key.slice(0, space);
      MAX_WORDS.set(first, Math.max(MAX_WORDS.get(first) ?? 1, key.split(' ').length));
    }
  }
  return towns;
}

/** Whether a one-word key is a town's. */
export function isTown(norm: string): boolean {
  return towns?.has(norm) === true;
}

const joined = (t: Token | undefined): t is Token => t !== undefined && (t.join === 'space' || t.join === 'hyphen');

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

/**
 * A town at token i (its entry and end) where the words around it allow one: after a preposition of place or in a list with
 * a place, and, where only names are capitalised, not followed by another capitalised word (a longer name).
 */
export function townAt(
  tokens: readonly Token[],
  i: number,
  nounsCapitalised: boolean,
  keyOf: (name: string) => string,
  isPlace: (k: number) => boolean,
): { entry: Entry; end: number } | null {
  const t = tokens[i]!;
  // Names of three letters or less are mostly abbreviations ("Nov", "Abu").
  if (!t.cap || t.caps || t.norm.length < 4) return null;
  const map = towns ?? index(keyOf);
  let key = t.norm;
  let found: { key: string; end: number } | null = map.has(key) ? { key, end: i + 1 } : null;
  const most = MAX_WORDS.get(t.norm) ?? 1;
  for (let k = 1; k < most && joined(tokens[i + k]); k++) {
    key += ' ' + tokens[i + k]!.norm;
    if (map.has(key)) found = { key, end: i + k + 1 };
  }
  if (!found) return null;
  const next = tokens[found.end];
  if (!nounsCapitalised && joined(next) && next.cap) return null;
  if (!placeBefore(tokens, i, isPlace)) return null;
  const known = map.get(found.key)!;
  if (typeof known !== 'string') return { entry: known, end: found.end };
  const entry: Entry = { kind: 'place', name: known, country: null, role: null };
  map.set(found.key, entry);
  return { entry, end: found.end };
}
