import { RequestError } from './RequestError';

const MAX_TAG = 100;

/**
 * A tag as stored: trimmed, inner whitespace collapsed, a leading `#` dropped (people type tags the way
 * Obsidian shows them). Tags compare case-insensitively; the first spelling used is kept.
 */
export function normalizeTag(raw: string): string {
  const name = raw.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim();
  if (name === '') throw new RequestError('invalid', `A tag needs a name; "${raw}" has none.`);
  if (name.length > MAX_TAG) throw new RequestError('invalid', `A tag name is at most ${MAX_TAG} characters; "${name.slice(0, 40)}…" is longer.`);
  return name;
}

/** Normalised and without case-insensitive repeats, in the order given. */
export function normalizeTags(raw: readonly string[]): string[] {
  const seen = new Map<string, string>();
  for (const r of raw) {
    const name = normalizeTag(r);
    if (!seen.has(name.toLowerCase())) seen.set(name.toLowerCase(), name);
  }
  return [...seen.values()];
}

/** Tags another app or tool allows but Dossier does not (empty, too long) are left out rather than refuse the file. */
export function validTags(tags: readonly string[]): string[] {
  return tags.flatMap((t) => {
    try {
      return [normalizeTag(t)];
    } catch {
      return [];
    }
  });
}
