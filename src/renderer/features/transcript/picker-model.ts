/**
 * The quick code picker's list: recently used codes first, then the codebook in order;
 * typing filters by name and path (case- and accent-insensitive), best matches first.
 */

export interface PickableCode {
  id: string;
  name: string;
  path: readonly string[];
  color: string;
}

export interface PickerEntry<C extends PickableCode> {
  code: C;
  recent: boolean;
}

function fold(text: string): string {
  return text.toLocaleLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
}

/** 0 = the name starts with the query, 1 = a word of the name does, 2 = the name contains it, 3 = the path does; null = no match. */
function matchRank(code: PickableCode, query: string): number | null {
  const name = fold(code.name);
  if (name.startsWith(query)) return 0;
  if (name.split(/[\s/_-]+/u).some((word) => word.startsWith(query))) return 1;
  if (name.includes(query)) return 2;
  if (fold(code.path.join('/')).includes(query)) return 3;
  return null;
}

export function pickerEntries<C extends PickableCode>(
  codes: readonly C[],
  recentIds: readonly string[],
  query: string,
): PickerEntry<C>[] {
  const recentRank = new Map(recentIds.map((id, i) => [id, i]));
  const folded = fold(query.trim());
  const entries: { entry: PickerEntry<C>; rank: number; order: number }[] = [];
  codes.forEach((code, index) => {
    const rank = folded === '' ? 0 : matchRank(code, folded);
    if (rank === null) return;
    const recent = recentRank.get(code.id);
    entries.push({
      entry: { code, recent: recent !== undefined },
      rank,
      // Recent codes come before the rest, most recent first; others keep codebook order.
      order: recent !== undefined ? recent - recentIds.length : index,
    });
  });
  entries.sort((a, b) => a.rank - b.rank || a.order - b.order);
  return entries.map((e) => e.entry);
}

/** The code a digit key 1–9 applies, if the list is that long. */
export function entryForDigit<C extends PickableCode>(
  entries: readonly PickerEntry<C>[],
  key: string,
): C | null {
  if (!/^[1-9]$/.test(key)) return null;
  return entries[Number(key) - 1]?.code ?? null;
}
