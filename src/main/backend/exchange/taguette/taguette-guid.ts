/**
 * Taguette's codebook export names each tag by a UUID version 5 of its path in a fixed
 * namespace (TAGUETTE_NAMESPACE in taguette/export.py). Codes imported from a Taguette
 * project get the same ids, so its .qdc, imported before or after, matches them.
 */
import { createHash } from 'node:crypto';

const TAGUETTE_NAMESPACE = '51b2b2b7-27eb-4ecb-9d56-e75b0a0496c2';

/** RFC 4122 name-based UUID (SHA-1, version 5), lower case. */
export function uuidV5(namespace: string, name: string): string {
  const digest = createHash('sha1')
    .update(Buffer.from(namespace.replace(/-/g, ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  const bytes = Uint8Array.from(digest.subarray(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The GUID Taguette's .qdc gives the tag `path` (lower case, as Citat keeps ids). */
export function taguetteTagGuid(path: string): string {
  return uuidV5(TAGUETTE_NAMESPACE, path);
}
