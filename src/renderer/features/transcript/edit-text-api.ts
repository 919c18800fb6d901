/** Saves an edited transcript text; the core re-anchors its codings (documents.editText). */
import type { DocumentEditResult } from '@shared/api/types';
import { callApi } from '../../api/client';

export type { DocumentEditResult, RemovedCoding } from '@shared/api/types';

export function editDocumentText(
  id: string,
  text: string,
  dryRun: boolean,
): Promise<DocumentEditResult> {
  return callApi('documents.editText', { id, text, dryRun });
}
