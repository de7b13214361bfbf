/**
 * The reader's Content-Security-Policy, sent by Electron's app:// protocol and by browser mode alike.
 * Nothing remote may load: imported articles are untrusted, and the reader works offline. renderer/index.html repeats
 * it in a meta tag (for the static security gate, and for any load without the header); a unit test keeps them equal.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self'",
  "img-src 'self' data:",
  "font-src 'self'",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
  "object-src 'none'",
].join('; ');
