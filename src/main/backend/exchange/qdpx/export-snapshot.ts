/**
 * Everything a project export writes, read in one go and sorted, so the writer only
 * renders and the same project always gives the same file.
 */
import { basename, extname } from 'node:path';
import type { CodebookNode } from '@shared/domain/codebook';
import { verifyDocumentText, type StoredText } from '../../services/document-text';
import type { Project } from '../../project/project';
import { codebookNodes } from '../../services/codes';
import { groupsForExport } from '../../services/code-groups-export';
import type { ExportedSet } from '../qdc-export';
import type { CodingRow } from '../../services/rows';

export interface MemoSnapshot {
  id: string;
  text: string;
  authorId: string | null;
  updatedAt: string;
}

export interface CodingSnapshot {
  id: string;
  codeId: string;
  startUtf16: number;
  endUtf16: number;
  memo: string | null;
  coderId: string;
  createdAt: string;
  updatedAt: string;
}

export interface DocumentSnapshot {
  id: string;
  name: string;
  text: string;
  memo: MemoSnapshot | null;
  /** In document order: by start, then end, code and id. */
  codings: CodingSnapshot[];
}

export interface CaseSnapshot {
  id: string;
  name: string;
  description: string | null;
  /** Attribute id → value, for the attributes this case has a value of. */
  values: Map<string, string>;
  documentIds: string[];
}

export interface ExportSnapshot {
  projectName: string;
  coders: { id: string; name: string }[];
  codes: CodebookNode[];
  codeMemos: Map<string, MemoSnapshot>;
  attributes: { id: string; name: string; valueType: 'text' | 'number' }[];
  cases: CaseSnapshot[];
  documents: DocumentSnapshot[];
  /** Code groups in their order, each with its codes in codebook order. */
  groups: ExportedSet[];
}

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

function readMemos(project: Project, kind: 'code' | 'document'): Map<string, MemoSnapshot> {
  const rows = project.read<{
    id: string;
    target_id: string;
    text: string;
    author_id: string | null;
    updated_at: string;
  }>(`SELECT * FROM memos WHERE target_kind = ?`, kind);
  return new Map(
    rows.map((r) => [
      r.target_id,
      { id: r.id, text: r.text, authorId: r.author_id, updatedAt: r.updated_at },
    ]),
  );
}

function readCodings(project: Project): Map<string, CodingSnapshot[]> {
  const rows = project.read<CodingRow>(
    `SELECT * FROM codings ORDER BY document_id, start_utf16, end_utf16, code_id, id`,
  );
  const byDocument = new Map<string, CodingSnapshot[]>();
  for (const r of rows) {
    const list = byDocument.get(r.document_id) ?? [];
    list.push({
      id: r.id,
      codeId: r.code_id,
      startUtf16: r.start_utf16,
      endUtf16: r.end_utf16,
      memo: r.memo,
      coderId: r.coder_id,
      createdAt: r.created_at,
      updatedAt: r.updated_at,
    });
    byDocument.set(r.document_id, list);
  }
  return byDocument;
}

function readCases(project: Project): CaseSnapshot[] {
  const cases = project
    .read<{ id: string; name: string; description: string | null }>(`SELECT * FROM cases`)
    .map((r) => ({ ...r, values: new Map<string, string>(), documentIds: [] as string[] }))
    .sort((a, b) => byText(a.name.toLowerCase(), b.name.toLowerCase()) || byText(a.id, b.id));
  const byId = new Map(cases.map((c) => [c.id, c]));
  for (const v of project.read<{ case_id: string; attribute_id: string; value: string }>(
    `SELECT * FROM case_attribute_values`,
  )) {
    byId.get(v.case_id)?.values.set(v.attribute_id, v.value);
  }
  for (const d of project.read<{ id: string; case_id: string }>(
    `SELECT id, case_id FROM documents WHERE case_id IS NOT NULL ORDER BY position, id`,
  )) {
    byId.get(d.case_id)?.documentIds.push(d.id);
  }
  return cases;
}

export function readExportSnapshot(project: Project): ExportSnapshot {
  const codings = readCodings(project);
  const documentMemos = readMemos(project, 'document');
  const documents = project
    .read<StoredText>(
      `SELECT id, name, text, content_hash AS hash FROM documents ORDER BY position, id`,
    )
    .map((d) => ({
      id: d.id,
      name: d.name,
      text: verifyDocumentText(project, d),
      memo: documentMemos.get(d.id) ?? null,
      codings: codings.get(d.id) ?? [],
    }));
  return {
    projectName: basename(project.path, extname(project.path)),
    coders: project
      .read<{ id: string; name: string }>(`SELECT id, name FROM coders`)
      .sort((a, b) => byText(a.name.toLowerCase(), b.name.toLowerCase()) || byText(a.id, b.id)),
    codes: codebookNodes(project),
    codeMemos: readMemos(project, 'code'),
    attributes: project
      .read<{ id: string; name: string; value_type: 'text' | 'number' }>(`SELECT * FROM attributes`)
      .map((a) => ({ id: a.id, name: a.name, valueType: a.value_type }))
      .sort((a, b) => byText(a.name.toLowerCase(), b.name.toLowerCase()) || byText(a.id, b.id)),
    cases: readCases(project),
    documents,
    groups: groupsForExport(project),
  };
}
