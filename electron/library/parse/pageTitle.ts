/** A saved page's `<title>`: the headline, and the site's name when the title carries it. */
export interface PageTitle {
  headline: string;
  site: string | null;
}

/** " | ", " – ", " — ", " :: ", with spaces around them: "Russia–Ukraine" is one word, not a headline and a site. */
const SEPARATOR = /\s+(\||–|—|::)\s+/gu;
/** Site names are short proper names ("The Coastal Times", "BBC News"), never a clause such as "but ships wait". */
const MAX_SITE_WORDS = 5;
const SITE_NAME = /^[\p{Lu}\p{N}][^.!?]*$/u;
/** "Minsk – talks resume" is a headline's own dash: a site first is only believed before a bar or "::". */
const DASHES = ['–', '—'];

interface Split {
  headline: string;
  site: string;
  separator: string;
}

const words = (s: string): number => s.split(/\s+/).length;

/**
 * "Headline | Site Name", "Site Name – Headline", "Headline | Section | Site": the site is the part after the last
 * separator (the usual order) or, when that is no name, the shorter part before a first bar; sections beside the headline with the same separator are dropped. `knownSite`,
 * the name the page gives elsewhere (og:site_name, JSON-LD publisher), decides which end is the site when one is it.
 */
export function readPageTitle(title: string, knownSite: string | null): PageTitle {
  const glued = knownSite ? gluedSite(title, knownSite.trim()) : null;
  if (glued) return glued;
  const seps = [...title.matchAll(SEPARATOR)];
  const first = seps[0];
  const last = seps.at(-1);
  if (!first || !last) return { headline: title, site: null };
  const ends: Split[] = [
    { headline: title.slice(0, last.index), site: title.slice(last.index + last[0].length), separator: last[1]! },
    { headline: title.slice(first.index + first[0].length), site: title.slice(0, first.index), separator: first[1]! },
  ];
  const known = knownSite?.trim().toLowerCase();
  const split =
    ends.find((e) => e.site.trim().toLowerCase() === known) ??
    ends.find(
      (e, i) => words(e.site) <= MAX_SITE_WORDS && SITE_NAME.test(e.site) && (i === 0 || (!DASHES.includes(e.separator) && words(e.headline) > words(e.site))),
    );
  if (!split) return { headline: title, site: null };
  const sections = split.headline.split(` ${split.separator} `);
  const headline = sections.reduce((best, s) => (words(s) > words(best) ? s : best));
  return { headline: headline.trim(), site: split.site.trim() };
}

/**
 * Chinese sites glue their name on without spaces: "标题_央视网", "标题--人民网", "标题-新华网". Only a Chinese name the
 * page gives is cut: in Latin script "Russia–Ukraine" is one word.
 */
const GLUE = /(?:[_|｜–—-]+|::)$/u;

function gluedSite(title: string, site: string): PageTitle | null {
  if (!/^\p{Script=Han}/u.test(site) || !title.endsWith(site)) return null;
  const rest = title.slice(0, -site.length).trimEnd();
  const glue = GLUE.exec(rest);
  const headline = glue ? rest.slice(0, glue.index).trim() : '';
  return headline ? { headline, site } : null;
}
