/**
 * The reader asks for an article's pictures by hash, at `pictures/<sha256>`: served by app:// in the desktop app and
 * by browser mode's server, from the library, never from the network. A picture is answered under a policy that runs
 * nothing and loads nothing, so an SVG opened on its own is as inert as one drawn by <img>.
 */
export const PICTURE_PATH = /^\/pictures\/([0-9a-f]{64})$/;

/** Where the pictures are: the library's store. */
export interface PictureSource {
  get(hash: string): { type: string; bytes: Uint8Array } | undefined;
}

export function pictureHeaders(type: string): Record<string, string> {
  return {
    'content-type': type,
    'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'; sandbox",
    'x-content-type-options': 'nosniff',
    // A hash names its bytes for good.
    'cache-control': 'private, max-age=31536000, immutable',
  };
}
