import type { BlockWriter } from './BlockWriter';
import type { PictureResolver } from './localPictures';

/** Elements that show a picture: a figure holds one with its caption. */
export const PICTURE = new Set(['img', 'picture', 'figure']);

/**
 * Writes the element's picture as an image block when `resolve` keeps it, its caption (a figure's figcaption)
 * written by `caption` as the block's text; answers whether it did. A figure whose picture is not kept is left to
 * be read as text, so its caption stays.
 */
export function writePicture(el: Element, tag: string, w: BlockWriter, resolve: PictureResolver, caption: (node: Element) => void): boolean {
  const shown = tag === 'figure' ? el.querySelector('picture, img') : el;
  const src = shown && pictureSource(shown);
  const hash = src ? resolve(src) : undefined;
  if (!shown || !hash) return false;
  const img = shown.nodeName.toLowerCase() === 'img' ? shown : shown.querySelector('img');
  w.start('image');
  w.picture({ hash, alt: (img?.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim() });
  const figcaption = tag === 'figure' ? el.querySelector('figcaption') : null;
  if (figcaption) caption(figcaption);
  return true;
}

/** The best copy an <img> or <picture> names: the largest in a srcset, else a lazy loader's data-src, else src. */
function pictureSource(el: Element): string | null {
  const candidates = [
    ...Array.from(el.querySelectorAll('source')).map((s) => s.getAttribute('srcset') ?? s.getAttribute('data-srcset')),
    ...[el.nodeName.toLowerCase() === 'img' ? el : el.querySelector('img')].flatMap((img) =>
      img ? [img.getAttribute('srcset') ?? img.getAttribute('data-srcset'), img.getAttribute('data-src'), img.getAttribute('src')] : [],
    ),
  ];
  for (const candidate of candidates) {
    const best = candidate && largest(candidate);
    if (best) return best;
  }
  return null;
}

/** The largest entry of a srcset ("a.jpg 480w, b.jpg 1080w" or "a.jpg 1x, b.jpg 2x"); a plain URL is its own largest. */
function largest(srcset: string): string | null {
  let best: { url: string; size: number } | null = null;
  for (const entry of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = entry.trim().split(/\s+/);
    const size = Number.parseFloat(descriptor) * (descriptor.endsWith('w') ? 1 : 1000);
    if (url && (!best || size > best.size)) best = { url, size: Number.isFinite(size) ? size : 0 };
  }
  return best?.url ?? null;
}
