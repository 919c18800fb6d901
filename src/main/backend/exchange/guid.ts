/**
 * REFI-QDA identifies everything by GUID: 8-4-4-4-12 hex digits, optionally in braces,
 * in either case. Citat keeps ids as lower-case UUIDs, so file GUIDs are normalised to
 * that form on import and written in upper case (as MAXQDA and ATLAS.ti do) on export.
 */
import { createHash } from 'node:crypto';

const GUID = /^\{?([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\}?$/i;

/** Lower-case GUID without braces, or null when `raw` is not a GUID. */
export function normaliseGuid(raw: string | undefined): string | null {
  if (raw === undefined) return null;
  const match = GUID.exec(raw.trim());
  if (!match) return null;
  // Braces must come in pairs.
  const trimmed = raw.trim();
  if (trimmed.startsWith('{') !== trimmed.endsWith('}')) return null;
  return match[1]!.toLowerCase();
}

// Fixed namespace so ids that are not UUIDs still map to the same GUID on every export.
const CITAT_GUID_NAMESPACE = 'c17a7000-5e1c-4d7e-9b1a-0de6b00c0de5';

/** Name-based (version 5 style) UUID for `name`, stable across runs. */
function nameBasedGuid(name: string): string {
  const digest = createHash('sha1').update(CITAT_GUID_NAMESPACE).update(name, 'utf8').digest();
  const bytes = Uint8Array.from(digest.subarray(0, 16));
  bytes[6] = (bytes[6]! & 0x0f) | 0x50;
  bytes[8] = (bytes[8]! & 0x3f) | 0x80;
  const hex = Buffer.from(bytes).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The GUID to write for a Citat id: the id itself when it is a UUID, else derived from it. */
export function guidForId(id: string): string {
  return (normaliseGuid(id) ?? nameBasedGuid(id)).toUpperCase();
}
