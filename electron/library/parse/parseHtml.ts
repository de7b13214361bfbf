import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';
import { findDate, mentionToIso } from './dates';
import { finishArticle } from './finishArticle';
import { dropFurniture } from './furniture';
import { htmlToBlocks, safeHref } from './htmlToBlocks';
import { readPageTitle } from './pageTitle';
import { isTrackingPixel } from './pictureBlocks';
import type { PictureResolver } from './localPictures';
import type { ParsedArticle } from './types';

/** Page chrome Readability sometimes keeps when it holds enough text: consent banners, menus, share boxes. */
const CLUTTER = [
  'nav',
  'footer',
  'aside',
  'form',
  'dialog',
  '[role=navigation]',
  '[role=contentinfo]',
  '[role=complementary]',
  '[role=dialog]',
  '[role=alertdialog]',
  '[class*=cookie i]',
  '[id*=cookie i]',
  '[class*=consent i]',
  '[id*=consent i]',
  '[class*=gdpr i]',
].join(',');

/** HTML pages: Readability finds the article; its title, byline, site name and date come from meta tags and JSON-LD. */
export function parseHtml(html: string, resolve?: PictureResolver): ParsedArticle {
  const { document } = parseHTML(withBody(html));
  const url = canonicalUrl(document);
  const tags = metaTags(document);
  for (const el of Array.from(document.querySelectorAll(CLUTTER))) el.remove();
  // Before Readability, which drops the inline styles that may be all that tells a pixel.
  for (const img of Array.from(document.querySelectorAll('img'))) if (isTrackingPixel(img)) img.remove();
  // The article's element itself, rather than its markup written out by Readability to be parsed again here.
  const article = new Readability<Element>(document, { serializer: (el) => el as Element }).parse();
  const content = article?.content?.hasChildNodes() ? article.content : document.body;
  const body = dropFurniture(htmlToBlocks(content, url, resolve));
  const date = article?.publishedTime ? findDate(article.publishedTime) : null;
  const lang = article?.lang?.toLowerCase().split(/[-_]/)[0];
  const siteName = article?.siteName?.trim() || null;
  const rawTitle = article?.title || document.title;
  // "Headline | Site Name": the headline is the title; the site is the source when the page names no other.
  const title = rawTitle ? readPageTitle(rawTitle, siteName) : null;
  return finishArticle({
    title: title?.headline ?? null,
    published: date ? mentionToIso(date, null) : null,
    source: siteName ?? title?.site ?? null,
    author: byline(article?.byline),
    url,
    tags: [...tags, ...body.tags],
    blocks: body.blocks,
    declaredLanguage: lang && /^[a-z]{2}$/.test(lang) ? lang : null,
  });
}

/** linkedom does not imply <html> and <body> as browsers do; without them Readability sees an empty page. */
function withBody(html: string): string {
  if (/<body[\s>]/i.test(html)) return /<html[\s>]/i.test(html) ? html : `<html>${html}</html>`;
  const head = /<head[\s>][\s\S]*?<\/head>/i.exec(html)?.[0] ?? '';
  const rest = html.replace(head, '').replace(/<!doctype[^>]*>|<\/?html[^>]*>/gi, '');
  return `<!doctype html><html>${head}<body>${rest}</body></html>`;
}

function canonicalUrl(document: Document): string | null {
  const href =
    document.querySelector('link[rel=canonical]')?.getAttribute('href') ?? document.querySelector('meta[property="og:url"]')?.getAttribute('content') ?? null;
  const url = safeHref(href, null);
  return url?.startsWith('http') ? url : null;
}

function metaTags(document: Document): string[] {
  const articleTags = Array.from(document.querySelectorAll('meta[property="article:tag"]'), (m) => m.getAttribute('content') ?? '');
  const keywords = document.querySelector('meta[name=keywords]')?.getAttribute('content')?.split(',') ?? [];
  return articleTags.length > 0 ? articleTags : keywords;
}

/** "By Jane Roe | Reuters" → "Jane Roe"; profile URLs that some sites put in the author meta are not names. */
function byline(raw: string | null | undefined): string | null {
  const name = raw
    ?.replace(/^\s*(?:by|von|автор:?)\s+/i, '')
    .split(/\s+[|•]\s+/)[0]
    ?.trim();
  return name && !name.includes('://') ? name : null;
}
