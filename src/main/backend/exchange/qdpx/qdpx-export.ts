/**
 * Exports a whole project as a REFI-QDA project exchange file (.qdpx): a zip holding
 * `project.qde` and one `sources/<GUID>.txt` per document. GUIDs are Citat's own ids (or
 * derived from them, see guid.ts) and the zip has fixed timestamps, so exporting the
 * same project twice gives identical bytes.
 */
import type { CodebookNode } from '@shared/domain/codebook';
import { writeZip } from '../../formats/zip-write';
import type { Project } from '../../project/project';
import { CITAT_ORIGIN } from '../../services/codebook-io';
import { renderProject } from './export-qde';
import { readExportSnapshot } from './export-snapshot';

export interface QdpxExportOptions {
  /** Written as Project@origin; defaults to Citat's name and version. */
  origin?: string;
}

export interface QdpxExport {
  bytes: Uint8Array;
  counts: { sources: number; codes: number; codings: number; users: number; cases: number };
  /** What the project holds that REFI-QDA has no place for, one line each. */
  leftOut: string[];
}

/** Speaker descriptions and quote curations are Citat's own; the format cannot carry them. */
function leftOut(project: Project): string[] {
  const count = (sql: string) => project.readOne<{ n: number }>(sql)?.n ?? 0;
  const speakers = count(
    `SELECT count(*) AS n FROM speakers WHERE name IS NOT NULL OR title IS NOT NULL OR organisation IS NOT NULL OR case_id IS NOT NULL`,
  );
  const curations = count(`SELECT count(*) AS n FROM quote_curations`);
  const lines: string[] = [];
  if (speakers > 0)
    lines.push(
      `${speakers} speaker description(s) (names, titles, organisations, cases of speakers)`,
    );
  if (curations > 0) lines.push(`${curations} quote curation(s) (printed forms of quotes)`);
  return lines;
}

function countCodes(nodes: readonly CodebookNode[]): number {
  return nodes.reduce((sum, node) => sum + 1 + countCodes(node.children), 0);
}

/** The .qdpx bytes together with what they hold, for messages. */
export function buildQdpx(project: Project, options: QdpxExportOptions = {}): QdpxExport {
  const snapshot = readExportSnapshot(project);
  const rendered = renderProject(snapshot, options.origin ?? CITAT_ORIGIN);
  const bytes = writeZip([
    { path: 'project.qde', data: rendered.qde },
    ...rendered.sources.map((file) => ({ path: file.path, data: file.text })),
  ]);
  return {
    bytes,
    counts: {
      sources: snapshot.documents.length,
      codes: countCodes(snapshot.codes),
      codings: snapshot.documents.reduce((sum, d) => sum + d.codings.length, 0),
      users: snapshot.coders.length,
      cases: snapshot.cases.length,
    },
    leftOut: leftOut(project),
  };
}

export function exportQdpx(project: Project, options: QdpxExportOptions = {}): Uint8Array {
  return buildQdpx(project, options).bytes;
}
