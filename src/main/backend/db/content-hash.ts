/**
 * The SHA-256 of a document's normalised text, stored beside it at import. SQLite's own
 * checks do not look inside values, so this is what catches a flipped byte in a text.
 */
import { createHash } from 'node:crypto';

export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}
