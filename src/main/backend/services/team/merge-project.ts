/**
 * Team merge: brings a second coder's codings from another .citat file into this one,
 * so their agreement can be computed. Documents match by the SHA-256 of their text (so a
 * renamed copy still matches and offsets stay valid), codes by id else by path. Each
 * coding keeps its coder (or takes `coderName`); exact duplicates are skipped. One
 * action, so one undo step; a backup is taken first. Documents that are not here are
 * reported, never imported; memos on codes and documents are not merged.
 */
import { realpathSync, existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { MergeReport } from '@shared/api/types';
import { formatCodePath } from '@shared/domain/codebook';
import { usageError } from '../../errors';
import { Project } from '../../project/project';
import type { ChangeRecorder } from '../../project/change-recorder';
import { CodeTree } from '../codebook-tree';
import { ensureCoder, findCoder } from '../coders';
import { matchCodes } from './merge-codes';

export interface MergeOptions {
  /** Files every incoming coding under this coder instead of its own. */
  coderName?: string;
}

export type { MergeReport };

interface OtherCodingRow {
  id: string;
  document_id: string;
  code_id: string;
  start_utf16: number;
  end_utf16: number;
  quoted_text: string;
  memo: string | null;
  created_at: string;
  updated_at: string;
  coder: string;
}

interface CurationRow {
  coding_id: string;
  display_text: string;
  note: string | null;
  updated_at: string;
}

function checkSources(project: Project, otherPath: string, coderName?: string): void {
  if (existsSync(otherPath) && realpathSync(otherPath) === realpathSync(project.path))
    throw usageError(
      'merge.same-project',
      `${basename(otherPath)} is this project; merge another coder's copy`,
    );
  if (coderName !== undefined && !coderName.trim())
    throw usageError('merge.empty-coder', 'the coder name for merged codings cannot be empty');
}

export async function mergeCoderProject(
  project: Project,
  otherPath: string,
  options: MergeOptions = {},
): Promise<MergeReport> {
  checkSources(project, otherPath, options.coderName);
  const other = await Project.open(otherPath, { mode: 'read' });
  try {
    const otherCodes = CodeTree.load(other);
    const otherDocuments = other.read<{ id: string; name: string; content_hash: string }>(
      `SELECT id, name, content_hash FROM documents ORDER BY position`,
    );
    const codings = other.read<OtherCodingRow>(
      `SELECT c.id, c.document_id, c.code_id, c.start_utf16, c.end_utf16, c.quoted_text, c.memo,
              c.created_at, c.updated_at, k.name AS coder
         FROM codings c JOIN coders k ON k.id = c.coder_id
        ORDER BY c.document_id, c.start_utf16, c.end_utf16, c.code_id`,
    );
    const curations = new Map(
      other.read<CurationRow>(`SELECT * FROM quote_curations`).map((row) => [row.coding_id, row]),
    );
    await project.backup('before-merge');
    return project.act(`Merge codings from "${basename(otherPath)}"`, (changes) => {
      const merger = new CodingMerger(project, changes, options.coderName?.trim());
      const { idFor, report: codeReport } = matchCodes(project, changes, otherCodes);
      const here = new Map(
        project
          .read<{ id: string; name: string; content_hash: string }>(
            `SELECT id, name, content_hash FROM documents`,
          )
          .map((d) => [d.content_hash, d]),
      );
      const countByDocument = new Map<string, number>();
      for (const row of codings)
        countByDocument.set(row.document_id, (countByDocument.get(row.document_id) ?? 0) + 1);
      const documents: MergeReport['documents'] = { matched: [], missingHere: [] };
      const documentFor = new Map<string, { id: string; name: string }>();
      for (const doc of otherDocuments) {
        const codingCount = countByDocument.get(doc.id) ?? 0;
        const match = here.get(doc.content_hash);
        if (!match) {
          documents.missingHere.push({ name: doc.name, codings: codingCount });
          continue;
        }
        documentFor.set(doc.id, match);
        documents.matched.push({ name: match.name, otherName: doc.name, codings: codingCount });
      }
      const codePaths = CodeTree.load(project);
      for (const row of codings) {
        const document = documentFor.get(row.document_id);
        if (!document) continue;
        const codeId = idFor.get(row.code_id)!;
        merger.add(
          row,
          document,
          codeId,
          formatCodePath(codePaths.get(codeId)!.path),
          curations.get(row.id),
        );
      }
      return {
        source: basename(otherPath),
        documents,
        codes: codeReport,
        coders: merger.coderReport(),
        codings: merger.codingReport(),
        curations: merger.curationsCopied,
      };
    });
  } finally {
    other.close();
  }
}

/** Copies codings one by one inside the merge action, keeping the counts for the report. */
class CodingMerger {
  private readonly createdCoders: string[] = [];
  private readonly addedByCoder = new Map<string, number>();
  private added = 0;
  private duplicates = 0;
  curationsCopied = 0;

  constructor(
    private readonly project: Project,
    private readonly changes: ChangeRecorder,
    private readonly coderName: string | undefined,
  ) {}

  add(
    row: OtherCodingRow,
    document: { id: string; name: string },
    codeId: string,
    codePath: string,
    curation: CurationRow | undefined,
  ): void {
    const coderName = this.coderName ?? row.coder;
    const existing = this.project.read<{ coder: string }>(
      `SELECT k.name AS coder FROM codings c JOIN coders k ON k.id = c.coder_id
        WHERE c.document_id = ? AND c.code_id = ? AND c.start_utf16 = ? AND c.end_utf16 = ?`,
      document.id,
      codeId,
      row.start_utf16,
      row.end_utf16,
    );
    if (existing.some((e) => e.coder.toLocaleLowerCase() === coderName.toLocaleLowerCase())) {
      this.duplicates++;
      return;
    }
    if (!findCoder(this.project, coderName)) this.createdCoders.push(coderName.trim());
    const coder = ensureCoder(this.project, this.changes, coderName);
    const id = this.project.newId();
    this.changes.insert('codings', {
      id,
      document_id: document.id,
      code_id: codeId,
      start_utf16: row.start_utf16,
      end_utf16: row.end_utf16,
      quoted_text: row.quoted_text,
      memo: row.memo,
      coder_id: coder.id,
      created_at: row.created_at,
      updated_at: row.updated_at,
    });
    if (curation) {
      this.changes.insert('quote_curations', {
        coding_id: id,
        display_text: curation.display_text,
        note: curation.note,
        updated_at: curation.updated_at,
      });
      this.curationsCopied++;
    }
    this.added++;
    this.addedByCoder.set(coder.name, (this.addedByCoder.get(coder.name) ?? 0) + 1);
  }

  coderReport(): MergeReport['coders'] {
    return {
      created: this.createdCoders,
      codings: [...this.addedByCoder].map(([coder, added]) => ({ coder, added })),
    };
  }

  codingReport(): MergeReport['codings'] {
    return { added: this.added, duplicates: this.duplicates };
  }
}
