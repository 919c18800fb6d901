/**
 * Codebook exchange with files: REFI-QDA .qdc, CSV/XLSX tables, Markdown/DOCX appendices.
 * Importing merges by GUID, else by path (services/codebook-import-plan.ts): a code that
 * already exists keeps its codings and only gains descriptions it lacked; new codes keep
 * the file's GUIDs when they are free, so a codebook moved between tools keeps its
 * identity. A flat top-level name that spells an existing path ("Principper/Risiko", a
 * Taguette tag) goes to that code.
 */
import { readFileSync, statSync, type Stats } from 'node:fs';
import { basename, extname } from 'node:path';
import { inputError, usageError, type CitatError } from '../errors';
import { importQdc } from '../exchange/qdc-import';
import { exportQdc } from '../exchange/qdc-export';
import { importCodebookTable } from '../exchange/codebook-table-import';
import { countCodebookNodes, type ImportedCodebook } from '../exchange/imported-codebook';
import { codebookTable, codebookTableCsv } from '../exchange/table/codebook-table-write';
import { exportCodebook } from '../export/codebook-export';
import { codebookTableXlsx } from '../export/codebook-xlsx';
import type { Project } from '../project/project';
import { codebookNodes } from './codes';
import { groupsForExport, groupsLeftOut } from './code-groups-export';
import { applyCodebookImport } from './codebook-import';
import type { CodebookImportResult } from '@shared/api/types';

export const CODEBOOK_EXPORT_FORMATS = ['qdc', 'csv', 'xlsx', 'md', 'docx'] as const;
export type CodebookExportFormat = (typeof CODEBOOK_EXPORT_FORMATS)[number];

export interface CodebookExportOptions {
  /** csv, xlsx: Taguette's flat shape (`tag`, `description`) instead of the full table. */
  flat?: boolean;
}

const MAX_CODEBOOK_BYTES = 50 * 1024 * 1024;
export const CITAT_ORIGIN = 'Citat 0.1';

export function exportCodebookFile(
  project: Project,
  format: CodebookExportFormat,
  options: CodebookExportOptions = {},
): { bytes: Uint8Array; warnings: string[] } {
  const nodes = codebookNodes(project);
  const flat = options.flat ?? false;
  const title = `Codebook – ${basename(project.path, extname(project.path))}`;
  if (flat && format !== 'csv' && format !== 'xlsx')
    throw usageError(
      'codebook.flat-format',
      `a flat codebook (Taguette's tag and description) is written as .csv or .xlsx, not .${format}`,
    );
  if (format === 'csv' || format === 'xlsx') {
    const table = codebookTable(nodes, flat);
    const left = groupsLeftOut(project, format);
    if (format === 'csv')
      return { bytes: codebookTableCsv(table, flat), warnings: [...table.warnings, ...left] };
    const workbook = codebookTableXlsx(table, title);
    return { bytes: workbook.bytes, warnings: [...table.warnings, ...workbook.warnings, ...left] };
  }
  if (format === 'qdc')
    return {
      bytes: new TextEncoder().encode(
        exportQdc(nodes, { origin: CITAT_ORIGIN, sets: groupsForExport(project) }),
      ),
      warnings: [],
    };
  return { bytes: exportCodebook(nodes, format, title), warnings: [] };
}

/** Codes one import may hold; a file above it is refused before anything is written. */
export const MAX_IMPORTED_CODES = 200_000;

/**
 * Reads a codebook file's bytes (from the CLI or an upload). Every refusal is an input
 * error naming the file: unsupported type, empty, too large, not a codebook, too many codes.
 */
export function parseCodebookFile(bytes: Uint8Array, fileName: string): ImportedCodebook {
  const ext = extname(fileName).toLowerCase();
  if (bytes.length === 0) throw inputError('codebook.empty', `${fileName}: the file is empty`);
  if (bytes.length > MAX_CODEBOOK_BYTES) throw tooLarge(fileName, bytes.length);
  let imported: ImportedCodebook;
  if (ext === '.qdc') imported = importQdc(new TextDecoder('utf-8').decode(bytes), fileName);
  else if (ext === '.csv' || ext === '.xlsx' || ext === '.tsv')
    imported = importCodebookTable(bytes, fileName);
  else
    throw inputError(
      'codebook.unsupported-format',
      `${fileName}: codebooks are imported from .qdc, .csv or .xlsx files`,
    );
  const count = countCodebookNodes(imported.nodes);
  if (count > MAX_IMPORTED_CODES)
    throw inputError(
      'codebook.too-many-codes',
      `${fileName}: the codebook holds ${count} codes; the limit is ${MAX_IMPORTED_CODES} codes per import`,
      undefined,
      { name: fileName, count, limit: MAX_IMPORTED_CODES },
    );
  return imported;
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
}

function tooLarge(fileName: string, size: number): CitatError {
  return inputError(
    'codebook.too-large',
    `${fileName}: the file is ${formatMiB(size)}; the limit for a codebook is ${formatMiB(MAX_CODEBOOK_BYTES)}`,
    undefined,
    { name: fileName, size, limit: MAX_CODEBOOK_BYTES },
  );
}

/** A file-system failure reading a codebook, in words about that file. */
function codebookFileError(err: unknown, fileName: string): CitatError {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  const details = { name: fileName };
  if (code === 'ENOENT' || code === 'ENOTDIR')
    return inputError('codebook.not-found', `${fileName}: no such file`, err, details);
  if (code === 'EISDIR')
    return inputError(
      'codebook.is-folder',
      `${fileName}: this is a folder, not a codebook file`,
      err,
      details,
    );
  if (code === 'EACCES' || code === 'EPERM')
    return inputError(
      'codebook.unreadable',
      `${fileName}: cannot read the file (permission denied)`,
      err,
      details,
    );
  return inputError(
    'codebook.unreadable',
    `${fileName}: cannot read the file (${code ?? String(err)})`,
    err,
    details,
  );
}

/**
 * Reads a codebook file for import, refusing by name a missing, unreadable, empty or
 * oversized file and anything that is not a regular file (a folder, a pipe).
 */
export function readCodebookBytes(path: string): { bytes: Uint8Array; fileName: string } {
  const fileName = basename(path) || path;
  let stats: Stats;
  try {
    stats = statSync(path);
  } catch (err) {
    throw codebookFileError(err, fileName);
  }
  if (stats.isDirectory())
    throw inputError('codebook.is-folder', `${fileName}: this is a folder, not a codebook file`);
  if (!stats.isFile())
    throw inputError('codebook.not-a-file', `${fileName}: this is not a regular file`);
  if (stats.size === 0) throw inputError('codebook.empty', `${fileName}: the file is empty`);
  if (stats.size > MAX_CODEBOOK_BYTES) throw tooLarge(fileName, stats.size);
  let bytes: Uint8Array;
  try {
    bytes = readFileSync(path);
  } catch (err) {
    throw codebookFileError(err, fileName);
  }
  // It may have changed since the stat.
  if (bytes.length === 0) throw inputError('codebook.empty', `${fileName}: the file is empty`);
  if (bytes.length > MAX_CODEBOOK_BYTES) throw tooLarge(fileName, bytes.length);
  return { bytes, fileName };
}

/**
 * Merges an imported codebook into the project as one action (one transaction, one undo
 * step), keeping the project's values wherever a matched code differs from the file: the
 * app's import (services/codebook-import.ts) with no choices made, so both share one path.
 */
export function importCodebookNodes(
  project: Project,
  imported: ImportedCodebook,
  label: string,
): CodebookImportResult {
  return applyCodebookImport(project, imported, label);
}
