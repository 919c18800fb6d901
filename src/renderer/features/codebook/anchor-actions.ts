/**
 * Anchor examples: codings marked as typical of their code (the coding guide prints them
 * under it). Whether a coding is one is read from the codebook's `anchorCodingIds`, so
 * undo, redo and other windows show up with the codebook's reload.
 */
import { callApi } from '../../api/client';
import { notifyProjectChanged } from '../../api/changes';
import { useCodebookStore } from '../../stores/codebook-store';
import { reportError } from '../../stores/notice-store';

export function useIsAnchor(codeId: string, codingId: string): boolean {
  return useCodebookStore(
    (s) => s.codes.find((c) => c.id === codeId)?.anchorCodingIds?.includes(codingId) ?? false,
  );
}

function patchAnchor(codeId: string, codingId: string, anchor: boolean): void {
  useCodebookStore.setState((s) => ({
    codes: s.codes.map((c) => {
      if (c.id !== codeId) return c;
      const others = (c.anchorCodingIds ?? []).filter((id) => id !== codingId);
      return { ...c, anchorCodingIds: anchor ? [...others, codingId] : others };
    }),
  }));
}

/** Shown at once; the reload after the call corrects it if the core refused. */
export async function setAnchor(codeId: string, codingId: string, anchor: boolean): Promise<void> {
  patchAnchor(codeId, codingId, anchor);
  try {
    await callApi('codings.setAnchor', { id: codingId, anchor });
  } catch (err) {
    reportError(err);
  } finally {
    notifyProjectChanged('codings');
  }
}
