/**
 * Imports a Taguette project file (Taguette's "Export project", an SQLite database) into
 * an open project: documents as text with their descriptions as memos, one flat code per
 * tag with its description, one coding per (highlight, tag) on exactly the highlighted
 * text. Taguette cannot write REFI-QDA projects, so this is how its users move to Citat.
 *
 * Like the .qdpx import it reads and places everything first and then writes in one
 * transaction, one undo step; documents whose text is already in the project are matched
 * (their codings go there), codes are matched by GUID (Taguette's .qdc GUIDs), then by
 * name, then by the path a flat tag spells, and a coding already there is not repeated.
 */
import type { Project } from '../../project/project';
import type { ChangeRecorder } from '../../project/change-recorder';
import { currentCoderName, ensureCoder, findCoder } from '../../services/coders';
import { addNotImported, emptyReport, type QdpxImportReport } from '../qdpx/import-report';
import { storeCodes } from '../qdpx/store-codes';
import { storeCodings, storeMemo, type CoderResolver } from '../qdpx/store-codings';
import { storeDocuments } from '../qdpx/store-documents';
import { readTaguetteFile } from './taguette-file';
import { planTaguetteImport } from './taguette-plan';

export interface TaguetteImportOptions {
  /** The coder of every imported coding (Taguette records none); default: the current coder. */
  coder?: string | null;
  onProgress?: (message: string) => void;
}

/** Taguette names no coders: every coding goes to one, resolved when the first is stored. */
class OneCoder implements CoderResolver {
  private id: string | null = null;

  constructor(
    private readonly project: Project,
    private readonly changes: ChangeRecorder,
    private readonly name: string | null | undefined,
    private readonly report: QdpxImportReport,
  ) {}

  idFor(): string {
    if (this.id !== null) return this.id;
    const wanted = this.name?.trim() || undefined;
    const known = findCoder(this.project, wanted ?? currentCoderName(this.project));
    const coder = ensureCoder(this.project, this.changes, wanted);
    if (known) this.report.matched.coders++;
    else this.report.created.coders++;
    this.report.coder = coder.name;
    this.id = coder.id;
    return coder.id;
  }
}

const shown = (text: string, max = 80): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
};

export function importTaguette(
  project: Project,
  bytes: Uint8Array,
  fileName: string,
  options: TaguetteImportOptions = {},
): QdpxImportReport {
  const progress = options.onProgress ?? (() => {});
  progress(`reading ${fileName}`);
  const file = readTaguetteFile(bytes, fileName);
  const origin = `Taguette${file.revision ? ` (database revision ${file.revision})` : ''}`;
  const report: QdpxImportReport = { ...emptyReport(fileName, origin), format: 'taguette' };
  report.positions = {
    unit: 'UTF-8 bytes',
    reason: "Taguette counts highlight offsets in UTF-8 bytes of a document's text",
  };
  report.warnings.push(...file.warnings);
  if (file.description.trim() !== '')
    addNotImported(
      report,
      'project description',
      1,
      `Citat has no place for a project's description: "${shown(file.description)}"`,
    );

  progress(`placing ${file.highlights.length} highlights in ${file.documents.length} documents`);
  const plan = planTaguetteImport(file, fileName, report);

  progress('writing to the project');
  project.act(`Import Taguette project "${fileName}"`, (changes) => {
    const coders = new OneCoder(project, changes, options.coder, report);
    const codes = storeCodes(project, changes, plan.codes, report, fileName, { flatPaths: true });
    const documents = storeDocuments(project, changes, plan.documents, report);
    storeCodings(project, changes, plan.documents, { documents, codes, coders }, report);
    for (const [planned, documentId] of documents) {
      if (planned.memo !== null)
        storeMemo(project, changes, 'document', documentId, planned.memo, coders, report);
    }
  });
  progress(
    `imported ${report.created.documents} documents, ${report.created.codes} codes, ${report.created.codings} codings`,
  );
  return report;
}
