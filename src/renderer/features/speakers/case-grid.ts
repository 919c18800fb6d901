/** The cases × attributes table: one row per case, one column per attribute, values filled in. */
import type { Attribute, Case } from '@shared/domain/entities';
import type { CaseAttributeValue } from '@shared/api/types';

export interface AttributeColumn {
  /** Null for a column the user has named but not yet given any value (no attribute yet). */
  id: string | null;
  name: string;
}

export interface CaseGridRow {
  theCase: Case;
  /** One value per column, '' when the case has none. */
  values: string[];
}

export interface CaseGrid {
  columns: AttributeColumn[];
  rows: CaseGridRow[];
}

/** Columns follow the attributes (by name), then pending names not yet stored as attributes. */
export function buildCaseGrid(
  cases: readonly Case[],
  attributes: readonly Attribute[],
  values: readonly CaseAttributeValue[],
  pendingNames: readonly string[] = [],
): CaseGrid {
  const known = new Set(attributes.map((a) => a.name.toLocaleLowerCase()));
  const columns: AttributeColumn[] = [
    ...attributes.map((a) => ({ id: a.id, name: a.name })),
    ...pendingNames
      .filter((n) => !known.has(n.toLocaleLowerCase()))
      .map((name) => ({ id: null, name })),
  ];
  const lookup = new Map(values.map((v) => [`${v.caseId}\u0000${v.attributeId}`, v.value]));
  return {
    columns,
    rows: cases.map((theCase) => ({
      theCase,
      values: columns.map((c) =>
        c.id === null ? '' : (lookup.get(`${theCase.id}\u0000${c.id}`) ?? ''),
      ),
    })),
  };
}

/** A name for a new attribute column: trimmed, and refused (null) when empty or already there. */
export function newColumnName(draft: string, columns: readonly AttributeColumn[]): string | null {
  const name = draft.trim();
  if (!name) return null;
  const lowered = name.toLocaleLowerCase();
  return columns.some((c) => c.name.toLocaleLowerCase() === lowered) ? null : name;
}

/** Pending column names that have become real attributes are dropped from the pending list. */
export function stillPending(
  pending: readonly string[],
  attributes: readonly Attribute[],
): string[] {
  const known = new Set(attributes.map((a) => a.name.toLocaleLowerCase()));
  return pending.filter((n) => !known.has(n.toLocaleLowerCase()));
}

/** What belongs to each case, for the case list: document and speaker names. */
export function membersOfCase(
  caseId: string,
  documents: readonly { name: string; caseId: string | null }[],
  speakers: readonly { label: string; caseId: string | null }[],
): { documents: string[]; speakers: string[] } {
  return {
    documents: documents.filter((d) => d.caseId === caseId).map((d) => d.name),
    speakers: speakers.filter((s) => s.caseId === caseId).map((s) => s.label),
  };
}
