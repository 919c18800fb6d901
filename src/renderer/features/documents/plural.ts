/**
 * Picks `key.one` or `key.other` (English and Danish both distinguish only 1 from the rest),
 * or `key.zero` for 0 when the message has its own wording for nothing.
 */
export function pluralKey(key: string, count: number, hasZero = false): string {
  if (count === 0 && hasZero) return `${key}.zero`;
  return `${key}.${count === 1 ? 'one' : 'other'}`;
}
