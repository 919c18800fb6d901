/**
 * Codebook import as the app does it: first a preview of what would change (new codes,
 * codes matched to existing ones, and conflicts where a matched code's description or
 * colour differs from the file's), then the import with a choice per conflict as one
 * action, one undo step. The CLI's import is the same call without choices: every
 * conflict keeps the project's values.
 */
import type {
  CodebookImportPreview,
  ConflictChoice,
  MatchedCode,
} from '@shared/api/codebook-import-types';
import type { CodebookImportResult } from '@shared/api/types';
import { dataError } from '../errors';
import type { ImportedCodebook } from '../exchange/imported-codebook';
import type { Project } from '../project/project';
import { storeImportedGroups } from './code-groups-import';
import { walkCodebookImport, type MatchStep } from './codebook-import-plan';

/** Entries of each list a preview carries; a long codebook is summed up in its counts. */
export const PREVIEW_LIST_LIMIT = 1000;

function matchedCode(step: MatchStep): MatchedCode {
  return {
    codeId: step.code.id,
    path: step.code.path,
    filePath: step.filePath,
    by: step.by,
    fills: step.fills,
  };
}

/** What importing `imported` would do to the project; writes nothing. */
export function previewCodebookImport(
  project: Project,
  imported: ImportedCodebook,
  label: string,
): CodebookImportPreview {
  const walk = walkCodebookImport(project, imported, label);
  const preview: CodebookImportPreview = {
    file: label,
    counts: { created: 0, matched: 0, conflicts: 0, filled: 0, unchanged: 0 },
    created: [],
    matched: [],
    conflicts: [],
    listLimit: PREVIEW_LIST_LIMIT,
    groups: imported.sets.map((set) => ({ name: set.name, codes: set.codeGuids.length })),
    warnings: walk.warnings,
    fingerprint: walk.fingerprint,
  };
  const { counts } = preview;
  for (const step of walk.steps) {
    if (step.kind === 'create') {
      counts.created++;
      if (preview.created.length < PREVIEW_LIST_LIMIT)
        preview.created.push({ path: step.path, color: step.color, fields: step.fields });
      continue;
    }
    counts.matched++;
    if (step.fills.length > 0) counts.filled++;
    if (step.differences.length > 0) {
      counts.conflicts++;
      if (preview.conflicts.length < PREVIEW_LIST_LIMIT)
        preview.conflicts.push({ ...matchedCode(step), differences: step.differences });
    } else {
      if (step.fills.length === 0) counts.unchanged++;
      if (preview.matched.length < PREVIEW_LIST_LIMIT) preview.matched.push(matchedCode(step));
    }
  }
  return preview;
}

export interface ImportChoices {
  /** Per matched code id: keep the project's values or take the file's. */
  resolutions?: Readonly<Record<string, ConflictChoice>>;
  /** For conflicts `resolutions` does not name (default: keep the project's values). */
  otherwise?: ConflictChoice;
  /** The preview's fingerprint: the import is refused when its plan is another. */
  fingerprint?: string;
}

/** Imports the codebook as one action (one transaction, one undo step). */
export function applyCodebookImport(
  project: Project,
  imported: ImportedCodebook,
  label: string,
  choices: ImportChoices = {},
): CodebookImportResult {
  const resolutions = choices.resolutions ?? {};
  const otherwise = choices.otherwise ?? 'mine';
  const choose = (codeId: string): ConflictChoice =>
    Object.hasOwn(resolutions, codeId) ? resolutions[codeId]! : otherwise;
  return project.act(`Import codebook "${label}"`, (changes) => {
    const walk = walkCodebookImport(project, imported, label, { changes, choose });
    // Thrown inside the action, so everything the walk wrote is rolled back.
    if (choices.fingerprint !== undefined && walk.fingerprint !== choices.fingerprint)
      throw dataError(
        'codebook.import-changed',
        `${label}: the project or the file changed since the preview; nothing was imported`,
        { name: label },
      );
    const result: CodebookImportResult = {
      created: 0,
      matched: 0,
      described: 0,
      conflictsKept: 0,
      conflictsTaken: 0,
      warnings: walk.warnings,
    };
    for (const step of walk.steps) {
      if (step.kind === 'create') {
        result.created++;
        continue;
      }
      result.matched++;
      if (step.fills.length > 0) result.described++;
      if (step.choice === 'mine') result.conflictsKept++;
      else if (step.choice === 'theirs') result.conflictsTaken++;
    }
    if (imported.sets.length > 0)
      result.groups = storeImportedGroups(
        project,
        changes,
        imported.sets,
        (nodeId) => walk.codeIds.get(nodeId),
        result.warnings,
        label,
      );
    return result;
  });
}
