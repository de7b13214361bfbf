import { clippingUnits } from './clippingUnits';
import { readClippingHead } from './clippingHead';
import { readDateline } from './dateline';
import { mentionToIso } from './dates';
import { finishArticle } from './finishArticle';
import { dropFurniture } from './furniture';
import type { Block, ParsedArticle } from './types';

/**
 * Plain-text clippings: no markup says what is a headline, a sub-heading or a share bar, so the shape of each
 * line has to (see clippingHead and furniture for the heuristics).
 */
export function parseText(text: string): ParsedArticle {
  const units = clippingUnits(text);
  const head = readClippingHead(units);
  const { blocks, tags } = dropFurniture(units.slice(head.consumed).map((text): Block => ({ kind: 'p', text })));
  const body = blocks.map((b) => b.text);
  const author = takeAuthor(body) ?? head.author;
  const date = head.headerDate ?? head.metaDate;
  return finishArticle({
    title: head.headline,
    published: date ? mentionToIso(date, text) : null,
    source: head.source,
    author,
    url: null,
    tags,
    blocks: body.map((u, i) => toBlock(u, body[i + 1])),
  });
}

const NAME_LINE = /^\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’.-]*){1,3}$/u;
/** Author blocks sit at the very end: the name (often twice, from an author box) and a biography. */
const AUTHOR_ZONE = 5;
const MIN_BIO_WORDS = 8;

/**
 * Removes a closing author box ("Jane Roe", "Jane Roe", "Jane Roe is a …") from the units and returns the name.
 * A biography is recognised by opening with the name; without one the name must be repeated, as a lone
 * capitalised last line may as well be a caption or a heading.
 */
function takeAuthor(units: string[]): string | null {
  for (let i = units.length - 1; i >= Math.max(0, units.length - AUTHOR_ZONE); i--) {
    const name = units[i]!;
    if (!NAME_LINE.test(name)) continue;
    const after = units.slice(i + 1);
    const repeated = units[i - 1] === name;
    if (!after.every((u) => u.startsWith(`${name} `) && u.split(' ').length >= MIN_BIO_WORDS)) return null;
    if (after.length === 0 && !repeated) return null;
    let start = i;
    while (start > 0 && units[start - 1] === name) start--;
    units.splice(start);
    return name;
  }
  return null;
}

const BULLET = /^(?:[-•*·▪◦]|\d{1,2}[.)])\s+/u;
const MAX_SUBHEADING_CHARS = 150;
const MAX_SUBHEADING_WORDS = 20;

function toBlock(unit: string, next: string | undefined): Block {
  const bullet = BULLET.exec(unit);
  if (bullet) return { kind: 'li', text: unit.slice(bullet[0].length) };
  return isSubheading(unit, next) ? { kind: 'h', text: unit, level: 2 } : { kind: 'p', text: unit };
}

/**
 * A short line without closing punctuation, opening with a capital and followed by a longer paragraph; a line that
 * opens with a dateline ("MOSCOW, September 2. /TASS/. “What…??") is the lead, however short.
 */
function isSubheading(unit: string, next: string | undefined): boolean {
  if (next === undefined || next.length <= unit.length || unit.length > MAX_SUBHEADING_CHARS) return false;
  const words = unit.split(' ').length;
  return words >= 2 && words <= MAX_SUBHEADING_WORDS && /^[\p{Lu}\p{N}]/u.test(unit) && !/[.,;:!…)"”»]$/u.test(unit) && readDateline(unit) === null;
}
