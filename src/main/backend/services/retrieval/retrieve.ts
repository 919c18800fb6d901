/**
 * Retrieval of coded segments by code (optionally with its children), speaker, case,
 * document, attribute value and text — the "coding query" of NVivo/MAXQDA.
 */
import { dataError } from '../../errors';
import type { Project } from '../../project/project';
import { caseAttributeValues, findAttribute } from '../cases';
import { CodeTree } from '../codebook-tree';
import { loadSegments, type CodedSegment } from './segments';

export interface RetrievalFilter {
  codeId?: string;
  includeChildCodes?: boolean;
  speakerId?: string;
  caseId?: string;
  documentId?: string;
  attribute?: { name: string; value: string };
  /** Case-insensitive substring of the quote. */
  text?: string;
  coder?: string;
}

export function retrieveSegments(project: Project, filter: RetrievalFilter = {}): CodedSegment[] {
  let codeIds: Set<string> | undefined;
  if (filter.codeId) {
    const tree = CodeTree.load(project);
    if (!tree.get(filter.codeId))
      throw dataError('code.not-found', `no code with id ${filter.codeId}`);
    codeIds = new Set(
      filter.includeChildCodes ? tree.subtree(filter.codeId).map((c) => c.id) : [filter.codeId],
    );
  }
  let casesWithValue: Set<string> | undefined;
  if (filter.attribute) {
    const attribute = findAttribute(project, filter.attribute.name);
    if (!attribute)
      throw dataError('attribute.not-found', `no attribute "${filter.attribute.name}"`);
    const wanted = filter.attribute.value.trim().toLocaleLowerCase();
    casesWithValue = new Set(
      [...caseAttributeValues(project, attribute.id)]
        .filter(([, v]) => v.toLocaleLowerCase() === wanted)
        .map(([id]) => id),
    );
  }
  const needle = filter.text?.trim().toLocaleLowerCase();
  const casesOf = (s: CodedSegment): string[] => {
    const ids = s.speakers.map((p) => p.caseId).filter((id): id is string => id !== null);
    return s.documentCaseId ? [...ids, s.documentCaseId] : ids;
  };
  return loadSegments(project, {
    ...(codeIds ? { codeIds } : {}),
    ...(filter.documentId ? { documentIds: new Set([filter.documentId]) } : {}),
    ...(filter.coder ? { coders: new Set([filter.coder]) } : {}),
  }).filter(
    (s) =>
      (!filter.speakerId || s.speakers.some((p) => p.id === filter.speakerId)) &&
      (!filter.caseId || casesOf(s).includes(filter.caseId)) &&
      (!casesWithValue || casesOf(s).some((id) => casesWithValue.has(id))) &&
      (!needle || s.text.toLocaleLowerCase().includes(needle)),
  );
}
