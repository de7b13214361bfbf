/**
 * The URL to hand to the system browser, or null. Only absolute http(s) links leave the app: javascript:, data:,
 * file:, app: and every other scheme would run code, read the disk or start a local program. The normalised form
 * is returned so the browser gets exactly what was checked, not a string that another parser might read otherwise.
 */
export function externalLink(url: string): string | null {
  try {
    const parsed = new URL(url);
    return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
  } catch {
    return null;
  }
}
