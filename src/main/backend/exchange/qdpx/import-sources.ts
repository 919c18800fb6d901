/**
 * Finds the text of each source: inline, or the file its plainTextPath names. NVivo for
 * Mac may leave the .txt as a lone newline with the real text only in the .docx
 * (pitfall 4); then the .docx text is used, but its codings cannot be placed.
 */
import { basename } from 'node:path';
import type { SourceFormat } from '@shared/domain/entities';
import { CitatError } from '../../errors';
import { docxToText } from '../../import/parse-docx';
import { addNotImported, skipCodings, type QdpxImportReport } from './import-report';
import type { QdeTextSource } from './qde-model';
import { readArchiveEntry, readArchiveText, type QdpxArchive } from './qdpx-archive';

export interface SourceText {
  source: QdeTextSource;
  name: string;
  format: SourceFormat;
  /** BOM stripped, line breaks as in the file: what the positions count. */
  raw: string;
  /** False when the text came from somewhere other than what the positions refer to. */
  positionsUsable: boolean;
}

export function codingCount(source: QdeTextSource): number {
  return source.wholeCodings.length + source.selections.reduce((n, s) => n + s.codings.length, 0);
}

function sourceName(source: QdeTextSource, index: number): string {
  if (source.name !== null) return source.name;
  const location = source.text ?? (source.richTextPath ? { path: source.richTextPath } : null);
  if (location !== null && 'path' in location) {
    const file = basename(location.path.replace(/\\/g, '/'));
    if (file !== '') return file;
  }
  return `Source ${index + 1}`;
}

function formatOf(source: QdeTextSource): SourceFormat {
  if (source.kind === 'PDFSource') return 'pdf';
  return source.richTextPath !== null && /\.docx$/i.test(source.richTextPath) ? 'docx' : 'txt';
}

function richText(archive: QdpxArchive, source: QdeTextSource): string | null {
  if (source.richTextPath === null || !/\.docx$/i.test(source.richTextPath)) return null;
  const entry = readArchiveEntry(archive, source.richTextPath);
  if (entry === null) return null;
  try {
    return docxToText(archive.zip.read(entry), entry.name);
  } catch (err) {
    if (err instanceof CitatError) return null;
    throw err;
  }
}

function loadOne(
  archive: QdpxArchive,
  source: QdeTextSource,
  name: string,
  report: QdpxImportReport,
): SourceText | null {
  const where = `${archive.source}, line ${source.line}`;
  const format = formatOf(source);
  let raw: string | null = null;
  if (source.text !== null && 'inline' in source.text) raw = source.text.inline;
  else if (source.text !== null) {
    const file = readArchiveText(archive, source.text.path);
    if (file !== null) {
      raw = file.text;
      report.warnings.push(...file.warnings);
    }
  }
  if (raw !== null && raw.trim() !== '')
    return { source, name, format, raw, positionsUsable: true };
  const fallback = richText(archive, source);
  if (fallback !== null && fallback.trim() !== '') {
    const coded = codingCount(source);
    report.warnings.push(
      `${where}: "${name}" has no plain text, so the text of its .docx was used${coded > 0 ? '; its codings refer to the missing plain text and were not imported' : ''}`,
    );
    return { source, name, format: 'docx', raw: fallback, positionsUsable: false };
  }
  const problem =
    source.text === null
      ? 'names no text'
      : 'path' in source.text && raw === null
        ? `names a text file that is not in the archive (${source.text.path})`
        : 'has an empty text';
  addNotImported(report, 'sources without text', 1, `${where}: "${name}" ${problem}`);
  skipCodings(
    report,
    codingCount(source),
    'codings in sources without text',
    `${codingCount(source)} in "${name}"`,
  );
  return null;
}

export function loadSourceTexts(
  archive: QdpxArchive,
  sources: readonly QdeTextSource[],
  report: QdpxImportReport,
): SourceText[] {
  return sources.flatMap(
    (source, index) => loadOne(archive, source, sourceName(source, index), report) ?? [],
  );
}
