/**
 * The import's words, from codes and counts: what a refused file is called in the UI's
 * language (the core's English only where no wording exists), paths as people read them,
 * and the notice saying what an import did.
 */
import type { CodebookField } from '@shared/api/codebook-import-types';
import type { CodebookImportResult } from '@shared/api/types';
import { hasMessage, translate, type Language } from '../../i18n/i18n';
import { errorText } from '../../errors/error-text';
import { pluralKey } from '../documents/plural';
import './messages';

/** ["Principper", "III Risiko"] → "Principper › III Risiko". */
export function readablePath(path: readonly string[]): string {
  return path.join(' › ');
}

export function fieldLabel(language: Language, field: CodebookField): string {
  return translate(language, `codebookExchange.field.${field}`);
}

/** "Definition, Example": the fields a code gains from the file. */
export function fieldList(language: Language, fields: readonly CodebookField[]): string {
  return fields.map((field) => fieldLabel(language, field)).join(', ');
}

interface CodedError {
  code?: unknown;
  details?: Record<string, string | number>;
}

/** Why a file was refused, naming it; a code without its own wording gets the shared one. */
export function importErrorText(err: unknown, fileName: string, language: Language): string {
  const { code, details } = (typeof err === 'object' && err !== null ? err : {}) as CodedError;
  const key = `codebookExchange.error.${String(code)}`;
  if (typeof code === 'string' && hasMessage(key))
    return translate(language, key, { file: fileName, ...details });
  return errorText(err, language);
}

/** "Imported “vejleder.qdc”: 1 new code, 1 taken from the file, 1 kept as yours. …" */
export function importDoneText(
  result: CodebookImportResult,
  fileName: string,
  language: Language,
): string {
  const t = (key: string, count: number) => translate(language, key, { count });
  const parts: string[] = [];
  if (result.created > 0)
    parts.push(t(pluralKey('codebookExchange.done.created', result.created), result.created));
  if (result.conflictsTaken > 0)
    parts.push(t('codebookExchange.done.taken', result.conflictsTaken));
  if (result.conflictsKept > 0) parts.push(t('codebookExchange.done.kept', result.conflictsKept));
  if (result.described > 0) parts.push(t('codebookExchange.done.described', result.described));
  const groups = result.groups ? result.groups.created + result.groups.matched : 0;
  if (groups > 0) parts.push(t(pluralKey('codebookExchange.done.groups', groups), groups));
  return parts.length === 0
    ? translate(language, 'codebookExchange.done.nothing', { file: fileName })
    : translate(language, 'codebookExchange.done', { file: fileName, parts: parts.join(', ') });
}
