import type { Highlight } from '../../../common/shapes/highlightShapes';
import type { HighlightColor } from '../../../common/shapes/highlightColors';
import type { ExportArticle, ExportSet } from './exportTypes';
import { countSet } from './exportTypes';
import type { ExportPicture } from './highlightPictures';

/** A stored picture's bytes by its hash, for the page to embed. */
export type PictureBytes = (hash: string) => { type: string; bytes: Uint8Array } | undefined;

const SWATCH: Record<HighlightColor, string> = { yellow: '#e8c200', red: '#d2453a', green: '#3a9a4b', blue: '#3a73c4', purple: '#8a55b8' };

// The page may load nothing and run nothing, whatever opens it: only its own inline style and the pictures it embeds.
const POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:";

const STYLE = `
  @page { margin: 18mm 16mm; }
  body { font: 11pt/1.5 Georgia, 'Noto Serif', serif; color: #1d1c1a; max-width: 44em; margin: 2em auto; padding: 0 1em; }
  header { border-bottom: 1px solid #ccc; margin-bottom: 1.5em; }
  h1 { font-size: 1.6em; margin: 0 0 .2em; }
  h2 { font-size: 1.25em; margin: 1.8em 0 .2em; break-after: avoid; }
  .meta, .about { font: 9pt/1.4 system-ui, 'Noto Sans', sans-serif; color: #555; }
  .tags { font: 9pt system-ui, sans-serif; color: #2f5d8a; }
  .note { white-space: pre-wrap; }
  article { break-before: auto; }
  figure { margin: 1em 0; break-inside: avoid; }
  blockquote { margin: 0; padding: .1em 0 .1em .9em; border-left: 4px solid; white-space: pre-wrap;
    -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  figure img { display: block; max-width: 100%; height: auto; margin: .5em 0; }
  figcaption .note { font: 10pt/1.45 system-ui, sans-serif; color: #1d1c1a; margin-top: .3em; }
  .orphaned blockquote { border-left-style: dashed; }
  a { color: inherit; }
${Object.entries(SWATCH)
  .map(([c, hex]) => `  .${c} blockquote { border-left-color: ${hex}; }`)
  .join('\n')}
`;

/** Text as HTML text or attribute value: nothing in it can become markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/**
 * One printable page: no script, no remote resource, every piece of user text escaped; the pictures highlights take
 * in embedded as data: addresses (when `pictures` gives their bytes), so the one file carries them.
 */
export function htmlPage(set: ExportSet, pictures?: PictureBytes): string {
  const { articles, highlights } = countSet(set);
  const title = `Dossier: ${set.label}`;
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${POLICY}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>${STYLE}</style>
</head>
<body>
<header>
<h1>${escapeHtml(title)}</h1>
<p class="meta">${articles} ${articles === 1 ? 'article' : 'articles'} · ${highlights} ${highlights === 1 ? 'highlight' : 'highlights'} · exported ${escapeHtml(set.exported.slice(0, 10))}</p>
</header>
${set.articles.map((a) => articleSection(a, set.meanings, pictures)).join('\n')}
</body>
</html>
`;
}

function articleSection(article: ExportArticle, meanings: Record<HighlightColor, string>, pictures: PictureBytes | undefined): string {
  const byline = [article.source, article.author, article.published].filter((s): s is string => !!s).map(escapeHtml);
  const link = article.url && /^https?:\/\//i.test(article.url) ? `<a href="${escapeHtml(article.url)}">${escapeHtml(article.url)}</a>` : null;
  return [
    `<article${article.language ? ` lang="${escapeHtml(article.language)}"` : ''}>`,
    `<h2>${escapeHtml(article.title)}</h2>`,
    byline.length > 0 || link ? `<p class="meta">${[...byline, ...(link ? [link] : [])].join(' · ')}</p>` : '',
    article.tags.length > 0 ? `<p class="tags">${article.tags.map((t) => `#${escapeHtml(t)}`).join(' ')}</p>` : '',
    article.note ? `<div class="note">${escapeHtml(article.note)}</div>` : '',
    ...article.highlights.map((h) => highlightFigure(h, meanings, pictures ? embedded(article.pictures.get(h.id) ?? [], pictures) : '')),
    '</article>',
  ]
    .filter(Boolean)
    .join('\n');
}

/** The pictures as <img> elements whose source is their own bytes. */
function embedded(shown: readonly ExportPicture[], pictures: PictureBytes): string {
  return shown
    .flatMap((p) => {
      const stored = pictures(p.hash);
      return stored ? [`<img src="data:${stored.type};base64,${Buffer.from(stored.bytes).toString('base64')}" alt="${escapeHtml(p.alt)}">`] : [];
    })
    .join('\n');
}

function highlightFigure(h: Highlight, meanings: Record<HighlightColor, string>, images: string): string {
  const about = [meanings[h.color] ? `${escapeHtml(meanings[h.color])} (${h.color})` : h.color];
  if (h.orphaned) about.push('no longer found in the article’s text');
  return [
    `<figure class="${h.color}${h.orphaned ? ' orphaned' : ''}" id="h-${escapeHtml(h.uuid)}">`,
    `<blockquote>${escapeHtml(h.quote)}</blockquote>`,
    images,
    '<figcaption>',
    `<span class="about">${about.join(' · ')}</span>${h.tags.length > 0 ? ` <span class="tags">${h.tags.map((t) => `#${escapeHtml(t)}`).join(' ')}</span>` : ''}`,
    h.note ? `<div class="note">${escapeHtml(h.note)}</div>` : '',
    '</figcaption>',
    '</figure>',
  ]
    .filter(Boolean)
    .join('\n');
}
