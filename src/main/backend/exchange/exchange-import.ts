/**
 * `exchange.import`: a whole project from another tool, recognised by its content rather
 * than its name: a ZIP archive is a REFI-QDA project (.qdpx), an SQLite database a
 * Taguette project file (a Citat project or another database is refused by name there).
 */
import { extname } from 'node:path';
import { inputError } from '../errors';
import { looksLikeZip } from '../formats/zip-read';
import type { Project } from '../project/project';
import { importQdpx, type QdpxImportReport } from './qdpx/qdpx-import';
import { looksLikeSqlite } from './taguette/taguette-file';
import { importTaguette } from './taguette/taguette-import';

export type ExchangeFileKind = 'qdpx' | 'taguette';

export interface ExchangeImportOptions {
  /** Taguette: the coder of the imported codings (it records none); default the current coder. */
  coder?: string | null;
  onProgress?: (message: string) => void;
}

/** What the file is; throws an input error naming it when it is neither kind. */
export function exchangeFileKind(bytes: Uint8Array, fileName: string): ExchangeFileKind {
  if (looksLikeZip(bytes)) return 'qdpx';
  if (looksLikeSqlite(bytes)) return 'taguette';
  // The .qdpx reader words the refusal of a ".qdpx" that is not a ZIP archive.
  if (extname(fileName).toLowerCase() === '.qdpx') return 'qdpx';
  const head = new TextDecoder('utf-8').decode(bytes.subarray(0, 512)).replace(/^\uFEFF/, '');
  const hint = /^\s*<(\?xml|CodeBook)\b/i.test(head)
    ? '; an XML codebook (.qdc) is imported with "codebook import"'
    : '';
  throw inputError(
    'exchange.unknown-format',
    `${fileName}: not a project Citat can import: expected a REFI-QDA project (.qdpx, a ZIP archive) or a Taguette project file (.sqlite3)${hint}`,
    undefined,
    { name: fileName },
  );
}

export function importExchangeFile(
  project: Project,
  bytes: Uint8Array,
  fileName: string,
  options: ExchangeImportOptions = {},
): QdpxImportReport {
  const kind = exchangeFileKind(bytes, fileName);
  if (kind === 'taguette') return importTaguette(project, bytes, fileName, options);
  const report = importQdpx(project, bytes, fileName, { onProgress: options.onProgress });
  if (options.coder?.trim())
    report.warnings.push(
      `the coder "${options.coder.trim()}" was not used: the codings of a .qdpx keep the coders the file names`,
    );
  return report;
}
