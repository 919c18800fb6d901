/**
 * Imports a REFI-QDA project (.qdpx) into an open project. Everything is read, checked
 * and placed first; only then is the project changed, in one transaction that is one
 * undo step ("Import project …"), so a file that is refused leaves the project exactly
 * as it was and an import can be taken back whole. Undoable despite the size: besides
 * documents it creates codes, coders, cases and memos that deleting the documents would
 * leave behind; the cost is one copy of the imported texts in the undo history.
 */
import type { Project } from '../../project/project';
import { storeImportedGroups } from '../../services/code-groups-import';
import { ImportNotes } from './import-notes';
import { planDocuments } from './import-plan';
import { addNotImported, emptyReport, type QdpxImportReport } from './import-report';
import { loadSourceTexts } from './import-sources';
import { readQde } from './qde-read';
import { openQdpx } from './qdpx-archive';
import { ImportCoders } from './store-coders';
import { storeCases } from './store-cases';
import { storeCodes } from './store-codes';
import { storeCodings, storeMemo } from './store-codings';
import { storeDocuments } from './store-documents';

export type { QdpxImportReport } from './import-report';

export interface QdpxImportOptions {
  /** Called with a short line at each stage, for progress output on big files. */
  onProgress?: (message: string) => void;
}

export function importQdpx(
  project: Project,
  bytes: Uint8Array,
  fileName: string,
  options: QdpxImportOptions = {},
): QdpxImportReport {
  const progress = options.onProgress ?? (() => {});
  progress(`reading ${fileName}`);
  const archive = openQdpx(bytes, fileName);
  const qde = readQde(archive.root, archive.source);
  const report = emptyReport(fileName, qde.origin);
  report.warnings.push(...qde.warnings);
  for (const item of qde.notImported) addNotImported(report, item.what, item.count, item.detail);

  const notes = new ImportNotes(qde, archive);
  const loaded = loadSourceTexts(archive, qde.sources, report);
  const selections = loaded.reduce((n, l) => n + l.source.selections.length, 0);
  progress(`placing ${selections} selections in ${loaded.length} sources`);
  const planned = planDocuments(qde, loaded, notes, report);

  progress('writing to the project');
  project.act(`Import project "${fileName}"`, (changes) => {
    const coders = new ImportCoders(project, changes, qde, report);
    const codes = storeCodes(project, changes, qde.codes.nodes, report, qde.source);
    if (qde.sets.length > 0)
      report.groups = storeImportedGroups(
        project,
        changes,
        qde.sets,
        (nodeId) => codes.get(nodeId),
        report.warnings,
        qde.source,
      );
    const documents = storeDocuments(project, changes, planned, report);
    storeCases(project, changes, qde, documents, report);
    storeCodings(project, changes, planned, { documents, codes, coders }, report);
    for (const [guid, noteGuids] of qde.codeNotes) {
      const codeId = codes.get(qde.codes.idByGuid.get(guid) ?? '');
      const memo = notes.memo([], noteGuids);
      if (codeId !== undefined && memo !== null)
        storeMemo(project, changes, 'code', codeId, memo, coders, report);
    }
    for (const [plan, documentId] of documents) {
      if (plan.memo !== null)
        storeMemo(project, changes, 'document', documentId, plan.memo, coders, report);
    }
  });

  report.warnings.push(...notes.warnings);
  const unused = notes.unused();
  if (unused.length > 0) {
    const names = unused.map((n) => `"${n.name ?? n.guid}" (line ${n.line})`);
    addNotImported(
      report,
      'notes',
      unused.length,
      `${unused.length} note(s) not attached to a code, document or coding (project memos, journals): ${names.slice(0, 5).join(', ')}${names.length > 5 ? ', …' : ''}`,
    );
  }
  progress(
    `imported ${report.created.documents} documents, ${report.created.codes} codes, ${report.created.codings} codings`,
  );
  return report;
}
