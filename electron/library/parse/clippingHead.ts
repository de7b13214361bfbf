import { findDate, type DateMention } from './dates';
import { readDateline } from './dateline';
import { isFurnitureLine } from './furniture';
import { readMetaLine } from './metaLine';
import { firstSentence } from './titleFromLead';

/** What the lines above a clipping's body say about it. */
export interface ClippingHead {
  headline: string | null;
  /** From a " date YYYY-MM-DD" header: the clipping tool's record of the publication date. */
  headerDate: DateMention | null;
  metaDate: DateMention | null;
  source: string | null;
  author: string | null;
  /** How many units the head used up; the body starts after them. */
  consumed: number;
}

const HEADER = /^date:?\s+(\d{4}-\d{2}-\d{2})(?:\s+|$)/i;
const HEADER_SEPARATOR = /^[\s.,;:|·•–—-]+(?=\S)/u;
/** Headers, bylines, date lines and breadcrumbs sit in the first few units; beyond this it is body text. */
const MAX_HEAD_UNITS = 6;
const MAX_HEADLINE_CHARS = 200;
const MAX_HEADLINE_WORDS = 30;

/** Reads the header, breadcrumbs, headline and byline/date lines that open a clipping; strips the header from units[0]. */
export function readClippingHead(units: string[]): ClippingHead {
  const head: ClippingHead = { headline: null, headerDate: null, metaDate: null, source: null, author: null, consumed: 0 };
  const header = readClipperHeader(units[0] ?? '');
  if (header) {
    head.headerDate = header.date;
    units[0] = header.rest;
  }
  for (let i = 0; i < units.length && i < MAX_HEAD_UNITS; i++) {
    const unit = units[i]!;
    const crumbs = readBreadcrumbs(unit);
    const meta = crumbs === undefined ? readMetaLine(unit) : null;
    if (meta?.date && !hasWords(unit)) {
      // A date line with no words ("14.01.2026", "2026-06-17 21:40:12") says when it was published.
      head.metaDate ??= meta.date;
    } else if (unit === '' || isFurnitureLine(unit) || unit === head.headline || !hasWords(unit)) {
      // nothing to keep
    } else if (crumbs !== undefined) {
      if (crumbs && !head.headline) head.headline = crumbs;
    } else if (meta) {
      head.metaDate ??= meta.date;
      head.source ??= meta.source;
      head.author ??= meta.author;
    } else if (!head.headline && looksLikeHeadline(unit)) {
      head.headline = unit;
    } else {
      break;
    }
    head.consumed = i + 1;
  }
  return head;
}

/**
 * The clipping tool's " date YYYY-MM-DD" header opening a line: its date, and what follows it, which is the headline
 * or the lead copied with the separator before it (" . This is…"). Null when the line has no such header.
 */
export function readClipperHeader(line: string): { date: DateMention | null; rest: string } | null {
  const header = HEADER.exec(line);
  return header ? { date: findDate(header[1]!), rest: line.slice(header[0].length).replace(HEADER_SEPARATOR, '') } : null;
}

/** A line of fewer than two letters (a number, a lone character, a photo counter) is never a headline: the next line may be. */
function hasWords(unit: string): boolean {
  return /\p{L}[^]*\p{L}/u.test(unit);
}

/** Headlines are one short sentence without a closing period; a lead paragraph is not. */
function looksLikeHeadline(unit: string): boolean {
  return (
    unit.length <= MAX_HEADLINE_CHARS &&
    unit.split(' ').length <= MAX_HEADLINE_WORDS &&
    !/[.,;:]$/.test(unit) &&
    firstSentence(unit) === unit &&
    readDateline(unit) === null
  );
}

const CRUMB_ROOT = /^(?:Home|Homepage|Start|Startseite|Главная|Accueil|Inicio)(?=[\p{Lu}›>»/|]|\s+[›>»/|])/u;
const CRUMB_SEPARATOR = /\s*[›>»/|]\s*/;
const GLUED = /(?<=[\p{Ll}])(?=\p{Lu})/u;
/** Breadcrumb entries are section names of a few words; a longer part is the headline glued on after them. */
const MAX_CRUMB_WORDS = 3;

/**
 * "Home › News › World" or, with the separators lost in copying, "HomeNewsDiplomatic NewsChina welcomes …".
 * Returns undefined for a line that is not a breadcrumb, else the headline glued to it (or null).
 */
function readBreadcrumbs(unit: string): string | null | undefined {
  if (!CRUMB_ROOT.test(unit)) return undefined;
  const parts = CRUMB_SEPARATOR.test(unit) ? unit.split(CRUMB_SEPARATOR) : unit.split(GLUED);
  const first = parts.findIndex((p) => p.trim().split(/\s+/).length > MAX_CRUMB_WORDS);
  return first < 0
    ? null
    : parts
        .slice(first)
        .join(CRUMB_SEPARATOR.test(unit) ? ' / ' : '')
        .trim();
}
