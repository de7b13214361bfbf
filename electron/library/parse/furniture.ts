import type { Block } from './types';

/**
 * Recognisers for page furniture that clippings carry along: share bars, "Also Read" teasers, editor credits,
 * "Most Popular" tails. Hand-written because Readability-style extraction needs the page's markup, which a
 * clipping has lost; what is left are short lines whose wording gives them away.
 */

/** Lines made only of these words are share/follow bars ("Share: Facebook Twitter", "Follow us on Telegram"). */
const BAR_WORDS = new Set(
  (
    'share this article story post page on via us follow subscribe tweet print email e-mail copy link facebook twitter x ' +
    'telegram whatsapp viber vk vkontakte linkedin instagram youtube reddit pinterest rss comment comments advertisement ' +
    'поделиться подписывайтесь на нас в нашем канале комментарии реклама печать ' +
    'teilen drucken folgen sie uns auf kommentare werbung'
  ).split(' '),
);

/** A line that opens with one of these is a teaser or credit, not article text. */
const LABELLED = new RegExp(
  String.raw`^[(\[]?\s*(?:also read|read also|read more|see also|related|more on this|web editors?|editors?|edited by|` +
    String.raw`responsible editor|photo|photos|image|video|source|читайте также|смотрите также|читайте нас|редактор|фото|` +
    String.raw`lesen sie auch|mehr zum thema|redaktion|foto|quelle|责任编辑|编辑|图片来源|图)\s*[:：]`,
  'iu',
);

const STANDALONE = new RegExp(
  String.raw`^(?:©.*|\(c\) .*|copyright\b.*|all rights reserved\.?|back to top|loading\.*|` + String.raw`\([^()]{1,60}\)|[-–—*•·=_ ]+)$`,
  'iu',
);

/** A photo counter, a time or both ("23 / 10:42", "3/12", "10:42"): a gallery's or a live page's furniture. */
const COUNTER_OR_TIME = /^(?=[^]*\d(?::\d\d|\s*\/\s*\d))[\d\s/:.|·•]{3,24}$/u;
/** COUNTER_OR_TIME's longest match, checked first: its look-ahead otherwise reads every paragraph to its end. */
const COUNTER_OR_TIME_MAX = 24;

/** A line where everything after it is the page's link lists, not the article. */
const TAIL_MARKER = new RegExp(
  String.raw`^(?:most popular|most read|popular|trending(?: now)?|related(?: news| articles| stories| posts| links)?|` +
    String.raw`you may also like|you might also like|recommended(?: for you)?|more stories|latest news|top stories|` +
    String.raw`популярное|самое читаемое|читайте также|другие новости|meistgelesen|mehr zum thema|lesen sie auch|` +
    String.raw`das könnte sie auch interessieren)\s*:?$`,
  'iu',
);

const TAGS_LINE = /^(?:tags?|keywords|теги|метки|schlagworte|schlagwörter)\s*:\s*(.+)$/iu;

/** The body without furniture blocks and link-list tails, and the tags read from any "Tags:" line. */
export function dropFurniture(blocks: Block[]): { blocks: Block[]; tags: string[] } {
  const tail = blocks.findIndex((b, i) => i > 0 && isLine(b) && TAIL_MARKER.test(b.text));
  const tags: string[] = [];
  const kept = (tail < 0 ? blocks : blocks.slice(0, tail)).filter((b) => {
    if (!isLine(b)) return true;
    const lineTags = readTagsLine(b.text);
    if (lineTags) tags.push(...lineTags);
    return !lineTags && !isFurnitureLine(b.text);
  });
  return { blocks: kept, tags };
}

/** Tables, code and pictures are the article's own figures, listings and photos, whatever their lines look like. */
function isLine(block: Block): boolean {
  return block.kind !== 'table' && block.kind !== 'code' && block.kind !== 'image';
}

/** Share bars are short; longer lines are never only bar words. */
const MAX_BAR_CHARS = 120;

export function isFurnitureLine(line: string): boolean {
  if (LABELLED.test(line) || STANDALONE.test(line) || (line.length <= COUNTER_OR_TIME_MAX && COUNTER_OR_TIME.test(line))) return true;
  if (line.length > MAX_BAR_CHARS) return false;
  const words = line
    .toLowerCase()
    .split(/[\s|,:;/·•]+/)
    .filter((w) => w.length > 0);
  return words.length > 0 && words.length <= 10 && words.every((w) => BAR_WORDS.has(w.replace(/[.!?]+$/, '')));
}

function readTagsLine(line: string): string[] | null {
  const m = TAGS_LINE.exec(line);
  if (!m?.[1]) return null;
  return m[1]
    .split(/\s*[,;|]\s*/)
    .map((t) => t.trim())
    .filter((t) => t.length > 0);
}
