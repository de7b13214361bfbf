import { stringify } from 'yaml';
import type { Highlight } from '../../../common/shapes/highlightShapes';
import type { HighlightColor } from '../../../common/shapes/highlightColors';
import type { ExportArticle, ExportSet } from './exportTypes';
import { countSet } from './exportTypes';
import { attachmentPath, type ExportPicture } from './highlightPictures';

type Meanings = Record<HighlightColor, string>;

// Every character Markdown (CommonMark, GFM, Obsidian's ==marks==, %%comments%%, $math$ and [[links]]) could
// read as syntax; a backslash before ASCII punctuation always stands for the character itself.
const SPECIAL = /[\\`*_[\]<>#|~=^$%&]/g;

/** User text (a quote, a note, a title) as Markdown that shows exactly that text. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(SPECIAL, '\\$&')
    .split('\n')
    .map((line) =>
      line
        // Leading spaces would make an indented code block: dropped.
        .replace(/^[ \t]+/, '')
        // A line starting "- ", "+ " or "1. " would become a list item, one of "---" a rule or a heading's underline.
        .replace(/^([-+])/, '\\$1')
        .replace(/^(\d+)([.)])(?=\s|$)/, '$1\\$2'),
    )
    .join('\n');
}

/** A tag as Obsidian and Logseq read `#tags`: no spaces (hyphens instead) and nothing but letters, digits, _ - /. */
export function markdownTag(tag: string): string {
  return (
    tag
      .trim()
      .replace(/[^\p{L}\p{N}\p{M}_\-/]+/gu, '-')
      .replace(/^-+|-+$/g, '') || 'tag'
  );
}

/**
 * One article as an Obsidian/Logseq note: YAML front matter, the article's note, then its highlights, each with the
 * pictures it takes in as images in the `attachments/` folder beside the note (`withPictures` false: a download of
 * the one file, which cannot carry them).
 */
export function articleMarkdown(article: ExportArticle, meanings: Meanings, withPictures = true): string {
  const front: Record<string, unknown> = { title: article.title };
  if (article.source) front.source = article.source;
  if (article.author) front.author = article.author;
  if (article.published) front.published = article.published;
  if (article.url) front.url = article.url;
  else front.file = article.file;
  if (article.tags.length > 0) front.tags = article.tags.map(markdownTag);
  const entities = Object.fromEntries(Object.entries({ ...article.entities }).filter(([, names]) => names.length > 0));
  if (Object.keys(entities).length > 0) front.entities = entities;
  const parts = [`---\n${stringify(front, { lineWidth: 0 })}---`];
  if (article.note) parts.push('## Note', paragraphs(article.note));
  if (article.highlights.length > 0)
    parts.push('## Highlights', ...article.highlights.map((h) => highlightBlock(h, meanings, pictures(article, h, withPictures))));
  return `${parts.join('\n\n')}\n`;
}

/** Several articles in one note: a front matter for the export, then a section per article. */
export function selectionMarkdown(set: ExportSet, withPictures = true): string {
  const { articles, highlights } = countSet(set);
  const front = stringify({ title: `Dossier: ${set.label}`, exported: set.exported, articles, highlights }, { lineWidth: 0 });
  const parts = [`---\n${front}---`];
  for (const article of set.articles) {
    parts.push(`## ${escapeMarkdown(article.title).replace(/\n/g, ' ')}`);
    const byline = [article.source, article.author, article.published].filter((s): s is string => !!s).map(escapeMarkdown);
    if (article.url) byline.push(`<${article.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
    if (byline.length > 0) parts.push(byline.join(' · '));
    if (article.tags.length > 0) parts.push(article.tags.map((t) => `#${markdownTag(t)}`).join(' '));
    if (article.note) parts.push('### Note', paragraphs(article.note));
    if (article.highlights.length > 0)
      parts.push('### Highlights', ...article.highlights.map((h) => highlightBlock(h, set.meanings, pictures(article, h, withPictures))));
  }
  return `${parts.join('\n\n')}\n`;
}

const pictures = (article: ExportArticle, h: Highlight, withPictures: boolean) => (withPictures ? (article.pictures.get(h.id) ?? []) : []);

/**
 * A highlight: its quote as a block quote followed by its block id on a line of its own (how Obsidian marks a
 * quote), then the pictures it takes in, a line with the colour's meaning and the tags, then the note.
 */
export function highlightBlock(h: Highlight, meanings: Meanings, pictures: readonly ExportPicture[] = []): string {
  const quote = escapeMarkdown(h.quote)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
  const meaning = meanings[h.color];
  const about = [
    meaning ? `*${escapeMarkdown(meaning.replace(/\s+/g, ' '))}* (${h.color})` : h.color,
    ...(h.orphaned ? ['*no longer found in the article’s text*'] : []),
    ...(h.tags.length > 0 ? [h.tags.map((t) => `#${markdownTag(t)}`).join(' ')] : []),
  ].join(' · ');
  const images = pictures.map((p) => `![${escapeMarkdown(p.alt.replace(/\s+/g, ' '))}](${attachmentPath(p)})`);
  return [quote, `^h-${h.uuid}`, ...images, about, ...(h.note ? [paragraphs(h.note)] : [])].join('\n\n');
}

/** A note's text: paragraphs kept, every line escaped. */
export function paragraphs(text: string): string {
  return escapeMarkdown(text.trim()).replace(/\n{3,}/g, '\n\n');
}
