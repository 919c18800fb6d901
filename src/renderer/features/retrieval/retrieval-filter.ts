/**
 * The retrieval view's filters as the user sets them, and their translation into the
 * `codings.retrieve` filter: empty choices are left out, an attribute filter needs both a
 * name and a value.
 */
import type { MethodInput } from '@shared/api/contract';

export interface RetrievalFilters {
  includeChildCodes: boolean;
  speakerId: string;
  documentId: string;
  caseId: string;
  attributeName: string;
  attributeValue: string;
  text: string;
}

export const EMPTY_FILTERS: RetrievalFilters = {
  includeChildCodes: true,
  speakerId: '',
  documentId: '',
  caseId: '',
  attributeName: '',
  attributeValue: '',
  text: '',
};

export type RetrieveInput = MethodInput<'codings.retrieve'>;

export function toRetrieveInput(codeId: string | null, filters: RetrievalFilters): RetrieveInput {
  const input: RetrieveInput = {};
  if (codeId) {
    input.codeId = codeId;
    input.includeChildCodes = filters.includeChildCodes;
  }
  if (filters.speakerId) input.speakerId = filters.speakerId;
  if (filters.documentId) input.documentId = filters.documentId;
  if (filters.caseId) input.caseId = filters.caseId;
  if (filters.attributeName && filters.attributeValue.trim()) {
    input.attribute = { name: filters.attributeName, value: filters.attributeValue.trim() };
  }
  const text = filters.text.trim();
  if (text) input.text = text.slice(0, 1000);
  return input;
}

/** How many filters narrow the list beyond the code (for "clear filters"). */
export function activeFilterCount(filters: RetrievalFilters): number {
  return [
    filters.speakerId,
    filters.documentId,
    filters.caseId,
    filters.attributeName && filters.attributeValue.trim(),
    filters.text.trim(),
  ].filter(Boolean).length;
}

/**
 * Filters that point at a speaker, document, case or attribute that no longer exists are
 * cleared, so the list does not silently stay empty after a deletion or an undo.
 */
export function withoutStaleChoices(
  filters: RetrievalFilters,
  known: {
    speakerIds: ReadonlySet<string>;
    documentIds: ReadonlySet<string>;
    caseIds: ReadonlySet<string>;
    attributeNames: ReadonlySet<string>;
  },
): RetrievalFilters {
  const next = { ...filters };
  if (next.speakerId && !known.speakerIds.has(next.speakerId)) next.speakerId = '';
  if (next.documentId && !known.documentIds.has(next.documentId)) next.documentId = '';
  if (next.caseId && !known.caseIds.has(next.caseId)) next.caseId = '';
  if (next.attributeName && !known.attributeNames.has(next.attributeName)) {
    next.attributeName = '';
    next.attributeValue = '';
  }
  return next;
}

/**
 * The distinct values cases hold for one attribute, for the value select box: numbers in
 * numeric order for number attributes, otherwise alphabetical in the user's locale.
 */
export function attributeValueChoices(
  attribute: { id: string; valueType: 'text' | 'number' } | undefined,
  values: readonly { attributeId: string; value: string }[],
): string[] {
  if (!attribute) return [];
  const distinct = [
    ...new Set(values.filter((v) => v.attributeId === attribute.id).map((v) => v.value)),
  ];
  if (attribute.valueType === 'number') {
    return distinct.sort((a, b) => Number(a) - Number(b) || a.localeCompare(b));
  }
  return distinct.sort((a, b) => a.localeCompare(b));
}
