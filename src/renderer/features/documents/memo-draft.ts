/**
 * One memo (on a code or a document) in a dialog: loaded when the dialog opens, reloaded
 * after any change to the project (undo, another window), and saved as it is typed.
 */
import { useEffect, useState } from 'react';
import { callApi } from '../../api/client';
import { notifyProjectChanged, onProjectChanged } from '../../api/changes';
import { reportError } from '../../stores/notice-store';
import { useAutosavedField, type AutosavedField } from '../../autosave/use-autosaved-field';

export type MemoKind = 'code' | 'document';

export interface MemoField extends AutosavedField<string> {
  /** False until the stored memo has arrived (the field takes no typing before). */
  loaded: boolean;
}

async function saveMemo(kind: MemoKind, targetId: string, text: string, editSession: string) {
  await callApi('memos.set', { kind, targetId, text, editSession });
  notifyProjectChanged(kind === 'code' ? 'codebook' : 'documents');
}

export function useMemoField(kind: MemoKind, targetId: string): MemoField {
  const [stored, setStored] = useState<string | null>(null);
  useEffect(() => {
    let current = true;
    const load = () =>
      callApi('memos.get', { kind, targetId }).then(
        (memo) => current && setStored(memo ?? ''),
        (err: unknown) => reportError(err),
      );
    void load();
    const stop = onProjectChanged(() => void load());
    return () => {
      current = false;
      stop();
    };
  }, [kind, targetId]);
  const field = useAutosavedField({
    key: `memo:${kind}:${targetId}`,
    stored: stored ?? '',
    save: (text, session) => saveMemo(kind, targetId, text, session),
  });
  return { ...field, loaded: stored !== null };
}
