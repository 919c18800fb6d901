/**
 * Opening a .qdpx: a zip with exactly one `.qde` at its root (any name, ATLAS.ti 26
 * names it after the project) and source files under `sources/` or `Sources/` (zip
 * lookups are case-insensitive). Stray entries such as NVivo for Mac's `sources/.root`
 * are simply never asked for.
 */
import { inputError } from '../../errors';
import { parseXml, type XmlElement } from '../../formats/xml-read';
import { looksLikeZip, openZip, type ZipArchive, type ZipEntry } from '../../formats/zip-read';
import { decodeText } from '../../import/decode-text';
import { archiveCandidates } from './qdpx-format';

export interface QdpxArchive {
  zip: ZipArchive;
  /** Parsed root element of the .qde. */
  root: XmlElement;
  /** "<file>: <entry>" for messages. */
  source: string;
}

export function openQdpx(bytes: Uint8Array, fileName: string): QdpxArchive {
  if (!looksLikeZip(bytes)) {
    throw inputError(
      'qdpx.not-a-zip',
      `${fileName}: not a REFI-QDA project file: a .qdpx is a ZIP archive, and this file is not one`,
    );
  }
  const zip = openZip(bytes, fileName);
  const atRoot = zip.entries.filter((e) => /^[^/]+\.qde$/i.test(e.name));
  if (atRoot.length === 0) {
    const nested = zip.entries.filter((e) => /\.qde$/i.test(e.name)).map((e) => e.name);
    const hint = nested.length > 0 ? ` (found ${nested.join(', ')} in a subfolder)` : '';
    throw inputError(
      'qdpx.no-qde',
      `${fileName}: no project.qde at the top of the archive${hint}; this is not a REFI-QDA project export`,
    );
  }
  if (atRoot.length > 1) {
    throw inputError(
      'qdpx.several-qde',
      `${fileName}: the archive holds ${atRoot.length} project files (${atRoot.map((e) => e.name).join(', ')}); a .qdpx must hold exactly one`,
    );
  }
  const entry = atRoot[0]!;
  const source = `${fileName}: ${entry.name}`;
  const xml = decodeText(zip.read(entry)).text;
  return { zip, root: parseXml(xml, source), source };
}

export interface ArchiveText {
  text: string;
  entryName: string;
  warnings: string[];
}

/**
 * The text of the file `path` names, decoded (UTF-8 as the spec says; a BOM is stripped
 * and other encodings are detected with a warning). Null when the file is not inside the
 * archive.
 */
export function readArchiveText(archive: QdpxArchive, path: string): ArchiveText | null {
  const entry = readArchiveEntry(archive, path);
  if (entry === null) return null;
  const decoded = decodeText(archive.zip.read(entry));
  const warnings = decoded.warnings.map((w) => `${archive.zip.source}: ${entry.name}: ${w}`);
  if (decoded.encoding !== 'utf-8') {
    warnings.push(
      `${archive.zip.source}: ${entry.name} is ${decoded.encoding}, not UTF-8; positions in it may be counted differently`,
    );
  }
  return { text: decoded.text, entryName: entry.name, warnings };
}

/** The archive entry a source path names, or null when it points outside or is missing. */
export function readArchiveEntry(archive: QdpxArchive, path: string): ZipEntry | null {
  for (const candidate of archiveCandidates(path) ?? []) {
    const entry = archive.zip.find(candidate);
    if (entry) return entry;
  }
  return null;
}
