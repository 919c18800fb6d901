/** `key.one` or `key.other`: English and Danish both set 1 apart from every other count. */
export function pluralKey(key: string, count: number): string {
  return `${key}.${count === 1 ? 'one' : 'other'}`;
}
