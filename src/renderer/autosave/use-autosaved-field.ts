/**
 * A component's handle on a field that saves itself (see AutosaveField): the value to
 * show, what to call on change and blur, and its saving state. The field lives in the
 * registry under `key`, so it outlasts the component while a save is unfinished.
 */
import { useEffect, useSyncExternalStore } from 'react';
import { useReadOnly } from '../stores/project-store';
import { AutosaveField, type FieldOptions, type FieldSnapshot } from './autosave-field';
import { autosaves } from './autosave-registry';

export interface AutosavedField<T> extends FieldSnapshot<T> {
  /** The project cannot be written: the field shows its text but takes no typing. */
  readOnly: boolean;
  change(value: T): void;
  /** For onBlur: saves now and ends this stretch of editing (one undo step). */
  end(): Promise<boolean>;
  flush(): Promise<boolean>;
  discard(): void;
}

export interface AutosavedFieldOptions<T> extends Omit<FieldOptions<T>, 'initial' | 'timers'> {
  /** Names what the field edits, e.g. `coding-memo:<id>`; one field per key. */
  key: string;
  /** What the core holds now. */
  stored: T;
}

export function useAutosavedField<T>(options: AutosavedFieldOptions<T>): AutosavedField<T> {
  const { key, stored, save } = options;
  const field = autosaves.obtain(
    key,
    () =>
      new AutosaveField<T>({
        initial: stored,
        save,
        validate: options.validate,
        equals: options.equals,
        delayMs: options.delayMs,
        newSession: options.newSession,
      }),
  );
  // The newest closure saves (ids and texts it captures may have been reloaded).
  useEffect(() => field.takeSaver(save));
  useEffect(() => {
    autosaves.attach(key, field);
    return () => void autosaves.detach(key, field);
  }, [key, field]);
  useEffect(() => field.offer(stored), [field, stored]);
  const snapshot = useSyncExternalStore(field.subscribe, () => field.snapshot);
  const readOnly = useReadOnly();
  return {
    ...snapshot,
    readOnly,
    change: (value) => field.change(value),
    end: () => field.endSession(),
    flush: () => field.flush(),
    discard: () => field.discard(),
  };
}
