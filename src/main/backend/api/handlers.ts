/** The implementation of every contract method, on one open project. */
import type { MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import type { Project } from '../project/project';
import { LATEST_SCHEMA_VERSION } from '../db/migrations';
import { exportMatrix, MATRIX_MIME_TYPES } from '../export/matrix-export';
import {
  assignDocumentToCase,
  createCase,
  listAttributes,
  listCaseAttributeValues,
  listCases,
  setCaseAttribute,
} from '../services/cases';
import { parseCodebookFile, exportCodebookFile } from '../services/codebook-io';
import { applyCodebookImport, previewCodebookImport } from '../services/codebook-import';
import { deleteCode, mergeCodes, previewDeleteCode } from '../services/code-removal';
import { setAnchor } from '../services/anchors';
import {
  addCodesToGroup,
  createGroup,
  deleteGroup,
  describeGroup,
  listGroups,
  removeCodesFromGroup,
  renameGroup,
} from '../services/code-groups';
import { exportCodingGuide } from '../services/coding-guide';
import { currentCoderName, listCoders, setCurrentCoder } from '../services/coders';
import {
  codebookNodes,
  createCode,
  createCodePath,
  describeCode,
  listCodes,
  moveCode,
  recolorCode,
  renameCode,
} from '../services/codes';
import {
  applyCoding,
  applyCodingMany,
  curateQuote,
  listDocumentCodings,
  removeCoding,
  setCodingMemo,
} from '../services/codings';
import { importTranscriptFiles, uploadTranscript } from '../services/document-import';
import {
  getDocumentInfo,
  getDocumentText,
  listDocuments,
  listTurns,
} from '../services/documents-read';
import { deleteDocument, previewDeleteDocument, renameDocument } from '../services/documents';
import { editDocumentTextWithBackup } from '../services/document-edit';
import { buildMatrix } from '../services/matrix/build-matrix';
import {
  deleteTable,
  listStoredTables,
  saveTable,
  toSavedTable,
} from '../services/tables/saved-tables';
import { exportTables, previewTable } from '../services/tables/table-export';
import { regenerateTables } from '../services/tables/table-files';
import { getMemo, setMemo } from '../services/memos';
import { retrieveSegments } from '../services/retrieval/retrieve';
import { searchText } from '../services/search';
import { dismissStorageWarning, pendingStorageWarning } from '../services/storage-warning';
import { listSpeakers, updateSpeaker } from '../services/speakers';
import { exportQdpx } from '../exchange/qdpx/qdpx-export';
import { importExchangeFile } from '../exchange/exchange-import';
import { computeAgreement } from '../services/team/agreement';
import { formatAgreement } from '../services/team/agreement-format';
import { listDisagreements } from '../services/team/disagreements';
import { mergeUploadedProject } from '../services/team/merge-upload';
import { matrixFileName, MIME_TYPES } from './file-names';

export type Handlers = {
  [M in MethodName]: (
    project: Project,
    input: MethodInput<M>,
  ) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

const memoTarget = (kind: 'code' | 'document', targetId: string) =>
  kind === 'code'
    ? ({ kind, codeId: targetId } as const)
    : ({ kind, documentId: targetId } as const);

function countOf(project: Project, table: string): number {
  return project.readOne<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)?.n ?? 0;
}

export const handlers: Handlers = {
  'project.info': (p) => ({
    name: p.name,
    schemaVersion: LATEST_SCHEMA_VERSION,
    documents: countOf(p, 'documents'),
    codes: countOf(p, 'codes'),
    codings: countOf(p, 'codings'),
    speakers: countOf(p, 'speakers'),
    currentCoder: currentCoderName(p),
    canUndo: p.readOnly ? null : p.history.nextUndo(),
    canRedo: p.readOnly ? null : p.history.nextRedo(),
    access: p.access,
    storageWarning: pendingStorageWarning(p),
    outsideChanges: p.outsideChanges,
  }),
  'project.status': (p) => ({ outsideChanges: p.outsideChanges, readOnly: p.readOnly }),
  'project.dismissStorageWarning': (p) => dismissStorageWarning(p),

  'documents.list': (p) => listDocuments(p),
  'documents.get': (p, { id }) => ({
    document: getDocumentInfo(p, id),
    text: getDocumentText(p, id),
    turns: listTurns(p, id),
  }),
  'documents.importFiles': (p, { paths }) => importTranscriptFiles(p, paths),
  'documents.upload': (p, { fileName, bytes }) => uploadTranscript(p, bytes, fileName),
  'documents.rename': (p, { id, name }) => renameDocument(p, id, name),
  'documents.previewDelete': (p, { id }) => previewDeleteDocument(p, id),
  'documents.delete': (p, { id }) => deleteDocument(p, id),
  'documents.setCase': (p, { id, caseId }) => assignDocumentToCase(p, id, caseId),
  'documents.editText': (p, { id, text, dryRun }) =>
    editDocumentTextWithBackup(p, id, text, { dryRun: dryRun ?? false }),

  'speakers.list': (p) => listSpeakers(p),
  'speakers.update': (p, { id, ...update }) => updateSpeaker(p, id, update),

  'codes.list': (p) => listCodes(p),
  'codes.tree': (p) => codebookNodes(p),
  'codes.create': (p, input) => createCode(p, input),
  'codes.createPath': (p, { path }) => createCodePath(p, path),
  'codes.rename': (p, { id, name }) => renameCode(p, id, name),
  'codes.describe': (p, { id, ...description }) => describeCode(p, id, description),
  'codes.recolor': (p, { id, color }) => recolorCode(p, id, color),
  'codes.move': (p, { id, parentId, position }) => moveCode(p, id, parentId, position),
  'codes.previewDelete': (p, { id }) => previewDeleteCode(p, id),
  'codes.delete': (p, { id }) => deleteCode(p, id),
  'codes.merge': (p, { sourceId, targetId }) => mergeCodes(p, sourceId, targetId),

  'codings.apply': (p, input) => applyCoding(p, input),
  'codings.applyMany': (p, { codeId, ranges, coder }) =>
    applyCodingMany(p, codeId, ranges, coder ?? null),
  'codings.remove': (p, { id }) => removeCoding(p, id),
  'codings.setMemo': (p, { id, memo }) => setCodingMemo(p, id, memo),
  'codings.curate': (p, { id, displayText, note }) => curateQuote(p, id, displayText, note ?? null),
  'codings.setAnchor': (p, { id, anchor }) => setAnchor(p, id, anchor),
  'codings.retrieve': (p, filter) => retrieveSegments(p, filter),
  'codings.ofDocument': (p, { documentId }) => listDocumentCodings(p, documentId),

  'groups.list': (p) => listGroups(p),
  'groups.create': (p, input) => createGroup(p, input),
  'groups.rename': (p, { id, name }) => renameGroup(p, id, name),
  'groups.describe': (p, { id, description }) => describeGroup(p, id, description),
  'groups.delete': (p, { id }) => deleteGroup(p, id),
  'groups.addCodes': (p, { id, codeIds }) => addCodesToGroup(p, id, codeIds),
  'groups.removeCodes': (p, { id, codeIds }) => removeCodesFromGroup(p, id, codeIds),

  'cases.list': (p) => listCases(p),
  'cases.create': (p, { name, description }) => createCase(p, name, description ?? null),
  'cases.setAttribute': (p, { caseId, attribute, value, valueType }) =>
    setCaseAttribute(p, caseId, attribute, value, valueType),
  'attributes.list': (p) => listAttributes(p),
  'cases.attributeValues': (p) => listCaseAttributeValues(p),

  'memos.get': (p, { kind, targetId }) => getMemo(p, memoTarget(kind, targetId)),
  'memos.set': (p, { kind, targetId, text }) => setMemo(p, memoTarget(kind, targetId), text),

  'coders.list': (p) => listCoders(p),
  'coders.setCurrent': (p, { name }) => setCurrentCoder(p, name),

  'search.text': (p, { query, limit }) => searchText(p, query, limit),

  'matrix.build': (p, options) => buildMatrix(p, options),
  'matrix.export': (p, { options, format, standalone }) => {
    const matrix = buildMatrix(p, options);
    return {
      // The name's stem from the title; matrix formats carry their own MIME types.
      fileName: matrixFileName(matrix.title, 'md').replace(/\.md$/, `.${format}`),
      mimeType: MATRIX_MIME_TYPES[format],
      bytes: exportMatrix(matrix, format, { standalone: standalone ?? false }),
    };
  },

  'tables.list': (p) => listStoredTables(p).map(toSavedTable),
  'tables.save': (p, input) => saveTable(p, input),
  'tables.delete': (p, { name }) => deleteTable(p, name),
  'tables.preview': (p, { name }) => previewTable(p, name),
  'tables.export': (p, { names }) => exportTables(p, names),
  'tables.regenerate': (p, { names }) => regenerateTables(p, names),

  'codebook.export': (p, { format, flat }) => {
    const file = exportCodebookFile(p, format, { flat: flat ?? false });
    return {
      fileName: `codebook.${format}`,
      mimeType: MIME_TYPES[format],
      bytes: file.bytes,
      ...(file.warnings.length > 0 ? { warnings: file.warnings } : {}),
    };
  },
  'codebook.previewImport': (p, { fileName, bytes }) =>
    previewCodebookImport(p, parseCodebookFile(bytes, fileName), fileName),
  'codebook.import': (p, { fileName, bytes, ...choices }) =>
    applyCodebookImport(p, parseCodebookFile(bytes, fileName), fileName, choices),
  'codebook.exportGuide': (p, options) => exportCodingGuide(p, options),

  'exchange.export': (p) => ({
    fileName: `${p.name.replace(/\.citat$/, '')}.qdpx`,
    mimeType: 'application/zip',
    bytes: exportQdpx(p),
  }),
  'exchange.import': (p, { fileName, bytes, coder }) =>
    importExchangeFile(p, bytes, fileName, { coder: coder ?? null }),

  'agreement.compute': (p, options) => computeAgreement(p, options),
  'agreement.export': (p, { options, format }) => {
    const report = computeAgreement(p, options);
    return {
      fileName: `agreement-${report.level}.${format}`,
      mimeType: MIME_TYPES[format],
      bytes: new TextEncoder().encode(formatAgreement(report, format)),
    };
  },
  'agreement.disagreements': (p, options) => listDisagreements(p, options),
  'team.mergeUpload': (p, upload) => mergeUploadedProject(p, upload),

  'history.list': (p) => p.history.list(),
  'history.undo': (p) => ({ undone: p.history.undo() }),
  'history.redo': (p) => ({ redone: p.history.redo() }),
};
