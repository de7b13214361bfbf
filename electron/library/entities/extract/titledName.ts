/** People named by their title ("Belarusian President Alexander Lukashenko"), or described by it alone. */

import { isRole, isRoleHead, mayBeRoleOrNationality, nationality, type Match } from './lookup';
import { OF } from './headSpan';
import { newHit, type Hit } from './hit';
import { personAt, type PersonContext } from './personAt';
import { joined } from './tokenize';

const gazetteer = (c: PersonContext, k: number): Match | null => (c.tokens[k]!.cap ? c.match(k) : null);

/**
 * "[Nationality|Place] Role [of Place] [,] Name", or without a name a description of someone: adds the person and
 * the places in it to `hits` and returns the next index, else -1.
 */
export function titledNameEnd(c: PersonContext, i: number, hits: Hit[]): number {
  const { tokens } = c;
  const n = tokens.length;
  const t = tokens[i]!;
  if (!mayBeRoleOrNationality(t) || !(isRole(t) || nationality(t) || (t.cap && tokens[i + 1] && isRole(tokens[i + 1]!)))) return -1;
  const found: Hit[] = [];
  const place = (from: number, m: Match): string => {
    found.push(newHit(tokens, 'place', from, m.end, m.entry, m.genitive));
    return m.entry.name;
  };
  let j = i;
  let country = nationality(t);
  if (country) j++;
  else if (!isRole(t)) {
    const g = gazetteer(c, i);
    if (!g || g.entry.kind !== 'place' || !joined(tokens[g.end]) || !isRole(tokens[g.end]!)) return -1;
    country = place(i, g);
    j = g.end;
  }
  const roleStart = j;
  if (j > i && !joined(tokens[j])) return -1;
  let head = false;
  while (j < n && (j === roleStart || joined(tokens[j])) && isRole(tokens[j]!)) head = isRoleHead(tokens[j++]!) || head;
  if (!head) return -1;
  const roleEnd = j;
  const role = tokens
    .slice(roleStart, roleEnd)
    .map((u) => u.norm)
    .join(' ');
  let ofPlace = false;
  const after = tokens[j];
  if (after && OF.has(after.norm) && joined(after)) {
    const k = tokens[j + 1]?.norm === 'the' ? j + 2 : j + 1;
    const g = k < n ? gazetteer(c, k) : null;
    if (g && g.entry.kind === 'place') {
      country ??= place(k, g);
      j = g.end;
      ofPlace = true;
    }
  } else if (joined(after)) {
    const g = gazetteer(c, j);
    if (g && g.entry.kind === 'place') {
      country ??= place(j, g);
      j = g.end;
    }
  }
  // "Its lawyer, Kwame Asante-Darko, said": a lower-case role, then the name between commas.
  const apposition = tokens[j]?.join === 'comma' && !tokens[roleEnd - 1]!.cap;
  const person = j < n && (joined(tokens[j]) || (ofPlace && tokens[j]!.join === 'comma') || apposition) ? personAt(c, j, true) : null;
  const name = person && apposition && !ofPlace && tokens[person.end]?.join !== 'comma' ? null : person;
  if (name) {
    const h = newHit(tokens, 'person', name.start, name.end, name.entry);
    for (let k = name.start; k < name.end; k++) h.words.push(tokens[k]!.norm);
    found.push(h);
    j = name.end;
  } else if (country) {
    const h = newHit(tokens, 'person', i, roleEnd, null);
    h.descriptor = true;
    found.push(h);
  } else return -1;
  for (const h of found) {
    if (h.kind === 'person') {
      h.country = country;
      h.role = role;
    }
    hits.push(h);
  }
  return j;
}
