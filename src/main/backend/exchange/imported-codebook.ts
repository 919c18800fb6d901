import type { CodeDescription } from '@shared/domain/entities';
import type { CodebookNode } from '@shared/domain/codebook';

/** Deepest nesting of codes an imported codebook may have (top-level codes are level 1). */
export const MAX_CODEBOOK_DEPTH = 100;

/** What every codebook importer returns; nothing is written to a project yet. */
export interface ImportedCodebook {
  nodes: CodebookNode[];
  /** Things the user should know: dropped values, repaired ids, schema problems. */
  warnings: string[];
  /** REFI-QDA code groups (Sets of codes), in file order. */
  sets: ImportedSet[];
}

/** A REFI-QDA Set of codes as read from a file; nothing is written to a project yet. */
export interface ImportedSet {
  /** Normalised GUID, or null when the file's is missing, invalid or repeated. */
  guid: string | null;
  name: string;
  description: string | null;
  /** Ids of nodes in the imported `nodes`, in file order, each once. */
  codeGuids: string[];
}

export function newCodebookNode(
  id: string,
  name: string,
  color: string | null = null,
  description: CodeDescription | null = null,
): CodebookNode {
  return {
    id,
    name,
    color,
    definition: description?.definition ?? null,
    whenToUse: description?.whenToUse ?? null,
    whenNotToUse: description?.whenNotToUse ?? null,
    example: description?.example ?? null,
    children: [],
    codingCount: 0,
  };
}

/** Number of nodes in a forest, all levels. */
export function countCodebookNodes(nodes: readonly CodebookNode[]): number {
  let count = 0;
  for (const node of nodes) count += 1 + countCodebookNodes(node.children);
  return count;
}
