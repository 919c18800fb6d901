/**
 * Codebook exchange with files: REFI-QDA .qdc, CSV/XLSX tables, Markdown/DOCX appendices.
 * Importing merges by path: a code that already exists keeps its codings and only gains
 * descriptions it lacked; new codes keep the file's GUIDs when they are free, so a
 * codebook moved between tools keeps its identity.
 */
import { readFileSync, statSync } from 'node:fs';
import { basename, extname } from 'node:path';
import type { CodebookNode } from '@shared/domain/codebook';
import { formatCodePath } from '@shared/domain/codebook';
import { inputError, usageError } from '../errors';
import { importQdc } from '../exchange/qdc-import';
import { exportQdc } from '../exchange/qdc-export';
import { importCodebookTable } from '../exchange/codebook-table-import';
import type { ImportedCodebook } from '../exchange/imported-codebook';
import { exportCodebook } from '../export/codebook-export';
import type { Project } from '../project/project';
import { CodeTree } from './codebook-tree';
import { codebookNodes, insertCode } from './codes';
import type { CodebookImportResult } from '@shared/api/types';

export const CODEBOOK_EXPORT_FORMATS = ['qdc', 'md', 'docx'] as const;
export type CodebookExportFormat = (typeof CODEBOOK_EXPORT_FORMATS)[number];

const MAX_CODEBOOK_BYTES = 50 * 1024 * 1024;
export const CITAT_ORIGIN = 'Citat 0.1';

export function exportCodebookFile(project: Project, format: CodebookExportFormat): Uint8Array {
  const nodes = codebookNodes(project);
  if (format === 'qdc') return new TextEncoder().encode(exportQdc(nodes, { origin: CITAT_ORIGIN }));
  return exportCodebook(
    nodes,
    format,
    `Codebook – ${basename(project.path, extname(project.path))}`,
  );
}

export function parseCodebookFile(bytes: Uint8Array, fileName: string): ImportedCodebook {
  const ext = extname(fileName).toLowerCase();
  if (ext === '.qdc') return importQdc(new TextDecoder('utf-8').decode(bytes), fileName);
  if (ext === '.csv' || ext === '.xlsx' || ext === '.tsv')
    return importCodebookTable(bytes, fileName);
  throw usageError(
    'codebook.unsupported-format',
    `${fileName}: codebooks are imported from .qdc, .csv or .xlsx files`,
  );
}

/** Reads a codebook file for import, refusing missing, empty and oversized files by name. */
export function readCodebookBytes(path: string): { bytes: Uint8Array; fileName: string } {
  const fileName = basename(path);
  let size: number;
  try {
    size = statSync(path).size;
  } catch {
    throw inputError('codebook.not-found', `${fileName}: no such file`);
  }
  if (size === 0) throw inputError('codebook.empty', `${fileName}: the file is empty`);
  if (size > MAX_CODEBOOK_BYTES)
    throw inputError(
      'codebook.too-large',
      `${fileName}: ${size} bytes is too large for a codebook`,
    );
  return { bytes: readFileSync(path), fileName };
}

export function importCodebookNodes(
  project: Project,
  imported: ImportedCodebook,
  label: string,
): CodebookImportResult {
  return project.act(`Import codebook "${label}"`, (changes) => {
    const tree = CodeTree.load(project);
    const result: CodebookImportResult = {
      created: 0,
      matched: 0,
      described: 0,
      warnings: [...imported.warnings],
    };
    const visit = (node: CodebookNode, parentId: string | null, parentPath: string[]): void => {
      const path = [...parentPath, node.name.trim()];
      let code = tree.findByPath(path);
      if (code) {
        result.matched++;
        const patch: Record<string, string> = {};
        if (!code.definition && node.definition) patch.definition = node.definition;
        if (!code.whenToUse && node.whenToUse) patch.when_to_use = node.whenToUse;
        if (!code.whenNotToUse && node.whenNotToUse) patch.when_not_to_use = node.whenNotToUse;
        if (!code.example && node.example) patch.example = node.example;
        if (Object.keys(patch).length > 0) {
          changes.update('codes', { id: code.id }, patch);
          result.described++;
        }
      } else {
        const idFree =
          !tree.get(node.id) && !project.readOne(`SELECT 1 FROM codes WHERE id = ?`, node.id);
        if (!idFree)
          result.warnings.push(
            `"${formatCodePath(path)}": its GUID is already used here, so it got a new one`,
          );
        code = {
          ...insertCode(project, tree, changes, {
            ...node,
            parentId,
            ...(idFree ? { id: node.id } : {}),
          }),
          path,
          depth: path.length - 1,
        };
        result.created++;
      }
      for (const child of node.children) visit(child, code.id, path);
    };
    for (const node of imported.nodes) visit(node, null, []);
    return result;
  });
}
