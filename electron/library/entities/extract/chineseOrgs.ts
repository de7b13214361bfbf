/** Chinese organisations nobody listed, known by a member's role between them and a person ("申花前锋马莱莱", "蓉城主教练徐正源"). */

import * as Z from './gazetteer/chineseWords';
import { matchHan, type Entry } from './lookup';
import type { Hit } from './hit';

const MEMBER_ROLES = Z.MEMBER_ROLES.split(' ').sort((a, b) => b.length - a.length);
const HAN = /\p{Script=Han}/u;
/** The most characters of such a name: a club's or institute's, not a clause. */
const MOST = 6;

/**
 * Before a person a title introduced, a member's role, and before it two to six characters that begin a clause and are
 * no known name: an organisation ("敦煌研究院院长苏伯民"). Where a known place begins a clause before it, the place is
 * part of the name ("成都蓉城"); the name alone is the same organisation's other form. Every mention of the names is found.
 */
export function orgsBeforeRoles(text: string, hits: Hit[]): Hit[] {
  const names = new Map<string, Entry>();
  for (const p of hits) {
    if (p.kind !== 'person') continue;
    const role = MEMBER_ROLES.find((r) => text.startsWith(r, p.start - r.length));
    if (!role) continue;
    const end = p.start - role.length;
    let start = end;
    while (start > end - MOST && HAN.test(text.charAt(start - 1)) && !Z.CLAUSE_STARTS.includes(text.charAt(start - 1))) start--;
    if (end - start < 2 || !(start === 0 || Z.CLAUSE_STARTS.includes(text.charAt(start - 1))) || matchHan(text, start)) continue;
    if (hits.some((h) => h.start < end && h.end > start)) continue;
    const name = text.slice(start, end);
    if (!names.has(name)) names.set(name, { kind: 'org', name, country: null, role: null });
  }
  if (names.size === 0) return hits;
  const found: Hit[] = [];
  for (const [name, entry] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      // "成都蓉城": a place right before the name begins the club's full name, a name of its own.
      const place = hits.find((h) => h.end === at && h.kind === 'place');
      const start = place ? place.start : at;
      const full = text.slice(start, at + name.length);
      const e = place ? (names.get(full) ?? { kind: 'org' as const, name: full, country: null, role: null }) : entry;
      names.set(full, e);
      found.push({ kind: 'org', start, end: at + name.length, entry: e, words: [], country: null, role: null, descriptor: false });
    }
  }
  const kept = hits.filter((h) => !found.some((f) => h.start < f.end && h.end > f.start));
  return [...kept, ...found].sort((a, b) => a.start - b.start);
}
