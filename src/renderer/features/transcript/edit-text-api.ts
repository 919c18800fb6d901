/**
 * The contract call that saves an edited transcript text (`documents.editText`, backed by
 * src/main/backend/services/document-edit.ts). Its result types mirror DocumentEditResult
 * there; they belong in src/shared/api/types.ts once the method is in the contract, and
 * this wrapper then becomes a plain typed `callApi`.
 */
import { callApi } from '../../api/client';

export interface RemovedCoding {
  codingId: string;
  codePath: string[];
  coder: string;
  text: string;
  reason: 'deleted' | 'merged';
}

export interface DocumentEditResult {
  applied: boolean;
  remapped: number;
  unchanged: number;
  removed: RemovedCoding[];
  curationsToReview: string[];
  turns: number;
  newSpeakers: string[];
}

const untypedCall = callApi as unknown as (method: string, input: unknown) => Promise<unknown>;

export async function editDocumentText(
  id: string,
  text: string,
  dryRun: boolean,
): Promise<DocumentEditResult> {
  return (await untypedCall('documents.editText', { id, text, dryRun })) as DocumentEditResult;
}
