/** Value conversions for imported REFI-QDA attributes. */

/**
 * An xsd:dateTime as Citat stores times (ISO 8601 UTC), or null when absent or unreadable.
 * A time without a zone is taken as UTC, so the result does not depend on where it runs.
 */
export function isoDateTime(raw: string | null | undefined): string | null {
  if (raw === null || raw === undefined) return null;
  const value = raw.trim();
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?$/i.test(value))
    return null;
  const zoned = /(Z|[+-]\d{2}:?\d{2})$/i.test(value) ? value : `${value}Z`;
  const time = new Date(zoned);
  return Number.isNaN(time.getTime()) ? null : time.toISOString();
}

/** "name", "name (2)", "name (3)" … : the first that `taken` does not refuse. */
export function uniqueName(name: string, taken: (candidate: string) => boolean): string {
  if (!taken(name)) return name;
  for (let n = 2; ; n++) {
    const candidate = `${name} (${n})`;
    if (!taken(candidate)) return candidate;
  }
}
