import { createHash } from 'node:crypto';

/** Dossier's namespace for name-based UUIDs (itself a random UUID, fixed forever: changing it changes every derived id). */
const NAMESPACE = '5b0c58a6-8d0c-4d55-9a3e-2f6f0f2b7a91';

/**
 * A UUID version 5 (RFC 9562: SHA-1 of namespace and name): the same name always gives the same UUID, so an
 * annotation from another tool, known there by its own id, is recognised when it is imported again.
 */
export function stableUuid(name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(NAMESPACE.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
