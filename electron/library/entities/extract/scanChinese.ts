import * as Z from './gazetteer/chineseWords';
import { orgsBeforeRoles } from './chineseOrgs';
import { addHanName, matchHan, type Entry } from './lookup';
import type { Hit } from './hit';
import { TRANSCRIBED, transcribedPlaceEnd } from './transcribedPlace';
import { watersIn } from './chineseWaters';

// Chinese has no spaces, so names are found by longest match over names known in Chinese characters (the gazetteer's,
// and those this text introduces with evidence) rather than by Intl.Segmenter: a word segmenter's dictionary splits
// transcribed foreign names ("卢卡申科") into syllables, differs between ICU versions, and costs a pass over every
// character even where no name is known, while a longest match is exact about the names it knows.

type HanIndex = Map<string, { name: string; entry: Entry }[]>;

const HAN = /\p{Script=Han}/u;
const words = (list: string): string[] => list.split(' ').sort((a, b) => b.length - a.length);
const ROLE = new RegExp(words(Z.ROLES).join('|'), 'gu');
const AFTER = new RegExp(words(Z.AFTER_NAME).join('|'), 'y');
const SURNAMES = new Set(Z.SURNAMES.split(' '));
const AFTER_CHARACTERS = new Set(Z.AFTER_NAME.split(' ').filter((w) => w.length === 1));
const ORG_HEADS = words(Z.ORG_HEADS);
const DOT = '·•‧・';
/** A middle dot between Chinese characters joins the parts of a transcribed name ("玛丽亚·达孔塞桑"): only a person's name is written so. */
const DOTS = new RegExp(`[${DOT}]`, 'gu');

const isHan = (c: string): boolean => c !== '' && HAN.test(c);

/** Whether a name may end before text[k]: punctuation, another script, the end, or a verb or word that follows names. */
function endsAt(text: string, k: number): boolean {
  const c = text.charAt(k);
  if (!isHan(c)) return !DOT.includes(c) || c === '';
  AFTER.lastIndex = k;
  return AFTER.test(text);
}

/** The end of a name right after a title at p: a Chinese surname with one or two characters, or a transcribed name. */
function nameAfterTitle(text: string, p: number): number {
  const surname = SURNAMES.has(text.slice(p, p + 2)) ? 2 : SURNAMES.has(text.charAt(p)) ? 1 : 0;
  if (surname > 0) {
    for (let end = p + surname + 1; end <= p + surname + 2; end++) {
      if (!isHan(text.charAt(end - 1))) break;
      if (endsAt(text, end)) return end;
    }
    // Most names are a surname and two characters: so the name is where no word that follows names says otherwise ("主教练徐正源赛后说").
    const given = text.slice(p + surname, p + surname + 2);
    if (given.length === 2 && [...given].every((c) => isHan(c) && !Z.BEFORE_NAME.includes(c) && !AFTER_CHARACTERS.has(c))) return p + surname + 2;
  }
  let run = p;
  while (run < text.length && run - p < 12 && TRANSCRIBED.has(text.charAt(run))) run++;
  for (let end = run; end >= p + 2; end--) if (endsAt(text, end)) return end;
  return -1;
}

/** People this text names with evidence: a title before the name, or a transcribed name with a middle dot. */
function namesWithEvidence(text: string): HanIndex {
  const local: HanIndex = new Map();
  const byName = new Map<string, Entry>();
  const person = (name: string): Entry => {
    let entry = byName.get(name);
    if (!entry) {
      entry = { kind: 'person', name, country: null, role: null };
      byName.set(name, entry);
      addHanName(local, name, entry);
    }
    return entry;
  };
  const titleEnds = new Set<number>();
  for (const m of text.matchAll(ROLE)) titleEnds.add(m.index + m[0].length);
  let named = 0;
  for (const { index: d } of text.matchAll(DOTS)) {
    if (d < named || !isHan(text.charAt(d - 1)) || !isHan(text.charAt(d + 1))) continue;
    // The name begins after a title shortly before the dot, else where the characters stop being a transcription's;
    // a place before it is not part of it ("巴西卢拉·达席尔瓦").
    let start = d;
    for (let k = d - 1; k >= d - 10 && isHan(text.charAt(k)); k--) {
      if (titleEnds.has(k)) {
        start = k;
        break;
      }
    }
    if (start === d) while (start > d - 8 && TRANSCRIBED.has(text.charAt(start - 1))) start--;
    for (let known = matchHan(text, start); known && known.entry.kind === 'place' && known.end < d; known = matchHan(text, start)) start = known.end;
    // It ends where the transcription does, or a character or two later before a verb or word that follows names
    // ("…斯表示", "…斯于周一"): the rarer characters of a transcribed name are not all listed.
    let transcribed = d + 1;
    while (
      transcribed < d + 14 &&
      (TRANSCRIBED.has(text.charAt(transcribed)) || (DOT.includes(text.charAt(transcribed)) && isHan(text.charAt(transcribed + 1))))
    )
      transcribed++;
    let end = transcribed;
    for (let k = d + 2; k <= transcribed + 2 && isHan(text.charAt(k - 1)); k++) {
      if (endsAt(text, k)) {
        end = k;
        break;
      }
    }
    const lastDot = Math.max(...[...DOT].map((c) => text.lastIndexOf(c, end - 1)));
    if (start === d || end <= lastDot + 1 || matchHan(text, start)?.entry.kind === 'person') continue;
    const entry = person(text.slice(start, end));
    // The last part names the person alone later, as a surname does ("…塔瓦雷斯表示").
    if (end - lastDot > 2) addHanName(local, text.slice(lastDot + 1, end), entry);
    named = end;
  }
  for (const p of titleEnds) {
    if (matchHan(text, p) || matchHan(text, p, local)) continue;
    const end = nameAfterTitle(text, p);
    if (end > 0) person(text.slice(p, end));
  }
  return local;
}

/** The most characters between a place and the head of an organisation it begins ("上海市|浦东新区人民|法院"). */
const MOST_BETWEEN = 7;
const LATER_HEADS = words(Z.ORG_HEADS + ' ' + Z.LATER_ORG_HEADS);
const HEAD_STARTS = new Set(LATER_HEADS.map((h) => h.charAt(0)));

/** The end of an organisation's head a few words after a place at p, else -1; the words between hold no word that ends a name. */
function headAfterWords(text: string, p: number): number {
  for (let k = p + 1; k <= p + MOST_BETWEEN; k++) {
    const c = text.charAt(k - 1);
    if (!isHan(c) || Z.BEFORE_NAME.includes(c)) return -1;
    const head = HEAD_STARTS.has(text.charAt(k)) ? LATER_HEADS.find((h) => text.startsWith(h, k)) : undefined;
    if (head && !(head.length === 1 && (Z.NOT_AFTER_HEAD.includes(text.charAt(k + 1)) || Z.NOT_BEFORE_HEAD.includes(c)))) return k + head.length;
  }
  return -1;
}

const DIVISIONS = '省市县州';
const VENUES = words(Z.VENUE_HEADS);
const AT_PLACE = Z.AT_PLACE.split(' ');
const HYPHENS = '-－‐–';
const NOT_AFTER_STATION = new Set(Z.NOT_AFTER_STATION);
/** The most characters of a venue's name before its head. */
const MOST_BEFORE_VENUE = 8;

/**
 * "在人民大会堂同…会谈", "在凤凰山体育公园主场": after "在" or "于", the characters up to a venue's head name a place.
 * The venues' ends by their starts, found from the heads the text holds (most texts hold none), else null.
 */
function venuesIn(text: string): Map<number, number> | null {
  let venues: Map<number, number> | null = null;
  const atPlace = (p: number): boolean => AT_PLACE.some((w) => text.startsWith(w, p - w.length + 1));
  // A hyphen between characters joins the parts of one name ("南极－艾特肯盆地").
  const inName = (p: number): boolean =>
    (isHan(text.charAt(p)) && !Z.BEFORE_NAME.includes(text.charAt(p))) || (HYPHENS.includes(text.charAt(p)) && isHan(text.charAt(p - 1)));
  for (const head of VENUES) {
    for (let k = text.indexOf(head); k >= 0; k = text.indexOf(head, k + 1)) {
      let p = k - 1;
      while (p >= k - MOST_BEFORE_VENUE && inName(p) && !atPlace(p)) p--;
      if (k - p < 3 || !atPlace(p)) continue;
      venues ??= new Map();
      const end = venues.get(p + 1);
      if (end === undefined || k + head.length < end) venues.set(p + 1, k + head.length);
    }
  }
  return venues;
}

/**
 * "梅州市", "平远县", "巴伊亚州": two characters and the word for a province, city, county or state make a place nobody
 * listed; three where the name plainly begins at i (after punctuation, a word that ends the one before, or a name). Not
 * an ordinary word ending so ("城市", "上市", "节省"). The end, else -1.
 */
function divisionAt(text: string, i: number, afterName: boolean): number {
  // Asked at every character no name starts at, so the rarest condition first.
  if (!DIVISIONS.includes(text.charAt(i + 2)) && !DIVISIONS.includes(text.charAt(i + 3))) return -1;
  // A division's word after a place ("广东省") ends that place; a name does not begin with it.
  if (Z.BEFORE_NAME.includes(text.charAt(i)) || DIVISIONS.includes(text.charAt(i))) return -1;
  const begins = afterName || !isHan(text.charAt(i - 1)) || Z.BEFORE_NAME.includes(text.charAt(i - 1));
  for (const length of begins ? [2, 3] : [2]) {
    const d = i + length;
    const name = text.slice(i, d);
    if (!DIVISIONS.includes(text.charAt(d)) || [...name].some((c) => !isHan(c) || Z.BEFORE_NAME.includes(c))) continue;
    if (Z.NOT_BEFORE_DIVISION.includes(text.charAt(d - 1)) || Z.NOT_AFTER_DIVISION.includes(text.charAt(d + 1))) return -1;
    return d + 1;
  }
  return -1;
}

/** Names in the Chinese parts of a text: known ones in any language's entry, and people it introduces. */
export function scanChinese(text: string): Hit[] {
  if (!HAN.test(text)) return [];
  const local = namesWithEvidence(text);
  const orgs = new Map<string, Entry>();
  const hits: Hit[] = [];
  const venues = venuesIn(text);
  const waters = watersIn(text);
  for (let i = 0; i < text.length;) {
    if (!isHan(text.charAt(i))) {
      i++;
      continue;
    }
    const a = matchHan(text, i);
    const b = matchHan(text, i, local);
    // A place's name without its division's word is that place only where the word does not follow ("梅州市委" is read whole).
    const bare = b !== null && b.entry.kind === 'place' && DIVISIONS.includes(text.charAt(b.end));
    const m = a && (!b || bare || a.end >= b.end) ? a : bare ? null : b;
    if (!m) {
      const last = hits.at(-1);
      // A river before its water's word ("韩江流域"), or a foreign place where an address puts one: its later mentions need no evidence.
      const water = waters?.get(i) ?? -1;
      const foreign = water > 0 ? water : transcribedPlaceEnd(text, i, last?.end === i && last.kind === 'place');
      if (foreign > 0) {
        const name = text.slice(i, foreign);
        const known: Entry = { kind: 'place', name, country: null, role: null };
        addHanName(local, name, known);
        hits.push({ kind: 'place', start: i, end: foreign, entry: known, words: [], country: null, role: null, descriptor: false });
        i = foreign;
        continue;
      }
      const venue = venues?.get(i) ?? -1;
      if (venue > 0) {
        const name = text.slice(i, venue);
        const known = orgs.get(name) ?? { kind: 'place', name, country: null, role: null };
        orgs.set(name, known);
        hits.push({ kind: 'place', start: i, end: venue, entry: known, words: [], country: null, role: null, descriptor: false });
        i = venue;
        continue;
      }
      const division = divisionAt(text, i, hits.at(-1)?.end === i);
      if (division > 0) {
        // "义乌市商务局": the division begins an organisation's name.
        const org = headAfterWords(text, division - 2);
        const kind = org > 0 ? 'org' : 'place';
        const to = org > 0 ? org : division;
        const name = text.slice(i, to);
        const known = orgs.get(name) ?? { kind, name, country: null, role: null };
        orgs.set(name, known);
        // The place is named again without the division's word ("义乌市" … "义乌对中亚出口").
        if (kind === 'place' && name.length > 2) addHanName(local, name.slice(0, -1), known);
        hits.push({ kind, start: i, end: to, entry: known, words: [], country: null, role: null, descriptor: false });
        i = to;
      } else i++;
      continue;
    }
    let { entry, end } = m;
    let start = i;
    const head = entry.kind === 'place' ? ORG_HEADS.find((h) => text.startsWith(h, end)) : undefined;
    // A place's full name may end in the first character of an organisation's head ("梅州市" and "市委").
    const divisional = entry.kind === 'place' && !head && DIVISIONS.includes(text.charAt(end - 1)) ? headAfterWords(text, end - 2) : -1;
    const named = divisional > 0 ? divisional : entry.kind === 'place' && !head ? headAfterWords(text, end) : -1;
    if (named < 0 && !head && entry.kind === 'place' && text.charAt(end) === '站' && !NOT_AFTER_STATION.has(text.charAt(end + 1))) {
      // "内罗毕站": a station named after its city is a place of its own.
      const name = text.slice(start, end + 1);
      entry = orgs.get(name) ?? { kind: 'place', name, country: null, role: null };
      orgs.set(name, entry);
      end++;
    } else if (named > 0) {
      // "中国气象局", "上海市浦东新区人民法院": the place begins the organisation's name, its words and head follow.
      const name = text.slice(start, named);
      entry = orgs.get(name) ?? { kind: 'org', name, country: null, role: null };
      orgs.set(name, entry);
      end = named;
    } else if (head) {
      // The organisation's own name may come first ("比亚迪巴西公司"): it begins after the word before it.
      for (let last = hits.at(-1); start > i - 8; last = hits.at(-1)) {
        if (last && last.end === start) start = hits.pop()!.start;
        else if (isHan(text.charAt(start - 1)) && !Z.BEFORE_NAME.includes(text.charAt(start - 1))) start--;
        else break;
      }
      while (hits.length > 0 && hits[hits.length - 1]!.start >= start) hits.pop();
      end += head.length;
      const name = text.slice(start, end);
      entry = orgs.get(name) ?? { kind: 'org', name, country: null, role: null };
      orgs.set(name, entry);
    }
    hits.push({ kind: entry.kind, start, end, entry, words: [], country: null, role: null, descriptor: false });
    i = end;
  }
  return orgsBeforeRoles(text, hits);
}
