/**
 * Codings and memos. A coding keeps the file's Coding GUID as id when free, its coder and
 * time; one already in the project (same document, code, range and coder) is not duplicated.
 * Memos on codes and documents that already have one are appended, never overwritten.
 */
import type { ChangeRecorder } from '../../project/change-recorder';
import type { Project } from '../../project/project';
import type { MemoText } from './import-notes';
import type { PlannedCoding } from './import-plan';
import type { QdpxImportReport } from './import-report';
import { isoDateTime } from './import-values';
import type { ImportCoders } from './store-coders';

/** A document whose codings are stored: a .qdpx source's plan, or a Taguette document's. */
export interface DocumentWithCodings {
  text: string;
  codings: readonly PlannedCoding[];
}

/** Who made a coding or memo: the .qdpx users, or the one coder of a Taguette import. */
export type CoderResolver = Pick<ImportCoders, 'idFor'>;

export interface CodingTargets<T extends DocumentWithCodings> {
  documents: ReadonlyMap<T, string>;
  /** File code id → project code id. */
  codes: ReadonlyMap<string, string>;
  coders: CoderResolver;
}

export function storeCodings<T extends DocumentWithCodings>(
  project: Project,
  changes: ChangeRecorder,
  planned: readonly T[],
  targets: CodingTargets<T>,
  report: QdpxImportReport,
): void {
  let alreadyThere = 0;
  for (const plan of planned) {
    const documentId = targets.documents.get(plan)!;
    for (const coding of plan.codings) {
      const codeId = targets.codes.get(coding.codeGuid)!;
      const coderId = targets.coders.idFor(coding.user);
      // Another coder's coding of the same passage is agreement, not a duplicate.
      const duplicate = project.readOne(
        `SELECT 1 FROM codings WHERE document_id = ? AND code_id = ? AND start_utf16 = ? AND end_utf16 = ? AND coder_id = ?`,
        documentId,
        codeId,
        coding.startUtf16,
        coding.endUtf16,
        coderId,
      );
      if (duplicate) {
        alreadyThere++;
        continue;
      }
      const idFree =
        coding.id !== null && !project.readOne(`SELECT 1 FROM codings WHERE id = ?`, coding.id);
      const created = isoDateTime(coding.created) ?? project.now();
      const updated = isoDateTime(coding.updated);
      changes.insert('codings', {
        id: idFree ? coding.id : project.newId(),
        document_id: documentId,
        code_id: codeId,
        start_utf16: coding.startUtf16,
        end_utf16: coding.endUtf16,
        quoted_text: plan.text.slice(coding.startUtf16, coding.endUtf16),
        memo: coding.memo?.text ?? null,
        coder_id: coderId,
        created_at: created,
        updated_at: updated !== null && updated > created ? updated : created,
      });
      report.created.codings++;
    }
  }
  if (alreadyThere > 0) {
    report.warnings.push(
      `${alreadyThere} coding(s) were already in the project (same document, code, passage and coder) and were not added again`,
    );
  }
}

/** Writes a code or document memo, appending to one that exists. */
export function storeMemo(
  project: Project,
  changes: ChangeRecorder,
  kind: 'code' | 'document',
  targetId: string,
  memo: MemoText,
  coders: CoderResolver,
  report: QdpxImportReport,
): void {
  const existing = project.readOne<{ id: string; text: string }>(
    `SELECT id, text FROM memos WHERE target_kind = ? AND target_id = ?`,
    kind,
    targetId,
  );
  const updatedAt = memo.date ?? project.now();
  const authorId = memo.user === null ? null : coders.idFor(memo.user);
  if (!existing) {
    const idFree =
      memo.noteGuid !== null && !project.readOne(`SELECT 1 FROM memos WHERE id = ?`, memo.noteGuid);
    changes.insert('memos', {
      id: idFree ? memo.noteGuid : project.newId(),
      target_kind: kind,
      target_id: targetId,
      text: memo.text,
      author_id: authorId,
      updated_at: updatedAt,
    });
    report.created.memos++;
  } else if (!existing.text.includes(memo.text)) {
    changes.update(
      'memos',
      { id: existing.id },
      { text: `${existing.text}\n\n${memo.text}`, updated_at: updatedAt },
    );
    report.created.memos++;
  }
}
