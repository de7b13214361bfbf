import type { BlockWriter } from './BlockWriter';
import type { PictureResolver } from './localPictures';

/** Elements that show a picture: a figure holds one with its caption. */
export const PICTURE = new Set(['img', 'picture', 'figure']);

/**
 * Writes the element's picture as an image block when `resolve` keeps it, its caption (a figure's figcaption)
 * written by `caption` as the block's text; answers whether it did. A figure whose picture is not kept is left to
 * be read as text, so its caption stays; a tracking pixel is never asked for.
 */
export function writePicture(el: Element, tag: string, w: BlockWriter, resolve: PictureResolver, caption: (node: Element) => void): boolean {
  const shown = tag === 'figure' ? el.querySelector('picture, img') : el;
  const img = shown && (shown.nodeName.toLowerCase() === 'img' ? shown : shown.querySelector('img'));
  const sources = shown && !(img && isTrackingPixel(img)) ? pictureSources(shown, img) : [];
  const hash = sources.length > 0 ? resolve(sources) : undefined;
  if (!hash) return false;
  w.start('image');
  w.picture({ hash, alt: (img?.getAttribute('alt') ?? '').replace(/\s+/g, ' ').trim() });
  const figcaption = tag === 'figure' ? el.querySelector('figcaption') : null;
  if (figcaption) caption(figcaption);
  return true;
}

/** Where lazy loaders keep the real copy while src holds a placeholder. */
const LAZY_SRC = ['data-src', 'data-original', 'data-lazy-src', 'data-original-src', 'data-hi-res-src'];

/**
 * The copies an <img> or <picture> names, best first: the largest of each srcset (a <source>'s, then the image's,
 * a lazy loader's data-srcset before srcset), then a lazy loader's data-src, then src. Inlined data: copies come
 * last, as lazy loaders put their placeholders there.
 */
export function pictureSources(el: Element, img: Element | null): string[] {
  const srcsets = [
    ...Array.from(el.querySelectorAll('source')).flatMap((s) => [s.getAttribute('data-srcset'), s.getAttribute('srcset')]),
    img?.getAttribute('data-srcset'),
    img?.getAttribute('srcset'),
  ].map((srcset) => srcset && largest(srcset));
  const all = [...srcsets, ...[...LAZY_SRC, 'src'].map((name) => img?.getAttribute(name)?.trim())].filter((s): s is string => !!s);
  const unique = [...new Set(all)];
  return [...unique.filter((s) => !/^data:/i.test(s)), ...unique.filter((s) => /^data:/i.test(s))];
}

/** The largest entry of a srcset ("a.jpg 480w, b.jpg 1080w" or "a.jpg 1x, b.jpg 2x"); a plain URL is its own largest. */
function largest(srcset: string): string | null {
  if (/^\s*data:/i.test(srcset)) return srcset.trim().split(/\s+/)[0] ?? null;
  let best: { url: string; size: number } | null = null;
  for (const entry of srcset.split(/,\s+/)) {
    const [url, descriptor = '1x'] = entry.trim().split(/\s+/);
    const size = Number.parseFloat(descriptor) * (descriptor.endsWith('w') ? 1 : 1000);
    if (url && (!best || size > best.size)) best = { url, size: Number.isFinite(size) ? size : 0 };
  }
  return best?.url ?? null;
}

/** Addresses that count reads rather than show anything: analytics beacons and spacer images. */
const BEACON = [
  /(?:^|[/_.-])(?:pixel|beacon|spacer|blank|1x1|clear|transparent|tracking|tracker)(?:[_.-]\w+)?\.(?:gif|png)(?:$|[?#])/i,
  /\/__utm\.gif|\/b\/ss\/|\/collect\?|\/pixel[/?]|\/beacon[/?]|\/track(?:ing)?\/(?:open|pixel|o)[/?.]|[/.]facebook\.com\/tr[/?]/i,
];

/** An image declared 2 pixels or less across or down (by attribute or inline style), or whose address is a beacon's. */
export function isTrackingPixel(img: Element): boolean {
  const style = img.getAttribute('style') ?? '';
  for (const side of ['width', 'height']) {
    const declared = img.getAttribute(side) ?? new RegExp(`(?:^|;)\\s*${side}\\s*:\\s*([\\d.]+)px`, 'i').exec(style)?.[1];
    if (declared !== null && declared !== undefined && /^\s*\d/.test(declared) && Number.parseFloat(declared) <= 2) return true;
  }
  return BEACON.some((re) => re.test(img.getAttribute('src') ?? ''));
}
