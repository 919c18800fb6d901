/** Loading and saving one memo (on a code or a document) for an editing dialog. */
import { useEffect, useState } from 'react';
import { callApi } from '../../api/client';
import { reportError } from '../../stores/notice-store';

export type MemoKind = 'code' | 'document';

export interface MemoDraft {
  text: string;
  setText(text: string): void;
  loaded: boolean;
  changed: boolean;
  /** Stores the memo when it changed; false when saving failed (the error is reported). */
  save(): Promise<boolean>;
}

export function useMemoDraft(kind: MemoKind, targetId: string): MemoDraft {
  const [stored, setStored] = useState<string | null>(null);
  const [text, setText] = useState('');
  useEffect(() => {
    let current = true;
    callApi('memos.get', { kind, targetId }).then(
      (memo) => {
        if (!current) return;
        setStored(memo ?? '');
        setText(memo ?? '');
      },
      (err: unknown) => reportError(err),
    );
    return () => {
      current = false;
    };
  }, [kind, targetId]);
  const loaded = stored !== null;
  const changed = loaded && text !== stored;
  return {
    text,
    setText,
    loaded,
    changed,
    async save() {
      if (!changed) return true;
      try {
        await callApi('memos.set', { kind, targetId, text });
        setStored(text);
        return true;
      } catch (err) {
        reportError(err);
        return false;
      }
    },
  };
}
