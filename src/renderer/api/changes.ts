/**
 * After a change to the project, every view that shows affected data reloads it. Stores
 * subscribe here instead of calling each other, so features stay independent.
 */
export type ChangeScope =
  'documents' | 'codebook' | 'groups' | 'codings' | 'speakers' | 'cases' | 'tables' | 'project';

type Listener = (scopes: ReadonlySet<ChangeScope>) => void;
const listeners = new Set<Listener>();

export function onProjectChanged(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

export function notifyProjectChanged(...scopes: ChangeScope[]): void {
  const set = new Set<ChangeScope>([...scopes, 'project']);
  for (const listener of listeners) listener(set);
}

/** Undo/redo can touch anything. */
export const ALL_SCOPES: ChangeScope[] = [
  'documents',
  'codebook',
  'groups',
  'codings',
  'speakers',
  'cases',
  'tables',
];
