/**
 * Every field that saves itself, by a key naming what it edits ("coding-memo:<id>"), and
 * the saving state of them all for the top bar. A field outlives its component while it
 * has something unsaved: closing a popover mid-save finishes the save, reopening it shows
 * the same text, and a refused text stays here (the top bar says so) until it is saved.
 */
import type { AutosaveField, FieldStatus } from './autosave-field';

export interface SaveSummary {
  status: 'saved' | 'saving' | 'failed';
  /** The first refusal, when some field could not be saved. */
  error: unknown;
  failed: number;
}

interface Entry {
  // Fields of any value type live side by side; each is only read back through its key.
  field: AutosaveField<unknown>;
  users: number;
  unsubscribe(): void;
}

export class AutosaveRegistry {
  private entries = new Map<string, Entry>();
  private listeners = new Set<() => void>();
  private current: SaveSummary = { status: 'saved', error: null, failed: 0 };

  /** The field for `key`, made by `create` the first time (idempotent: safe during render). */
  obtain<T>(key: string, create: () => AutosaveField<T>): AutosaveField<T> {
    const entry = this.entries.get(key);
    if (entry) return entry.field as AutosaveField<T>;
    const field = create();
    this.insert(key, field as unknown as AutosaveField<unknown>);
    return field;
  }

  /** A component shows the field. */
  attach<T>(key: string, field: AutosaveField<T>): void {
    const entry =
      this.entries.get(key) ?? this.insert(key, field as unknown as AutosaveField<unknown>);
    entry.users += 1;
  }

  /** A component no longer shows it: what was typed is saved, then the field is let go. */
  detach<T>(key: string, field: AutosaveField<T>): Promise<boolean> {
    const entry = this.entries.get(key);
    if (entry?.field === field) entry.users = Math.max(0, entry.users - 1);
    return field.endSession().finally(() => this.prune(key));
  }

  get(key: string): AutosaveField<unknown> | undefined {
    return this.entries.get(key)?.field;
  }

  /** Saves every field now (view change, window close); true when all of it is saved. */
  async flushAll(): Promise<boolean> {
    const results = await Promise.all([...this.entries.values()].map((e) => e.field.flush()));
    return results.every(Boolean);
  }

  /** Sends again what the core refused (the top bar's "Try again"). */
  async retryFailed(): Promise<boolean> {
    const failed = [...this.entries.values()].filter((e) => e.field.status === 'failed');
    const results = await Promise.all(failed.map((e) => e.field.retry()));
    return results.every(Boolean);
  }

  /** The page is going away: send everything unsaved at once (see AutosaveField.sendNow). */
  sendAllNow(): void {
    for (const entry of this.entries.values()) entry.field.sendNow();
  }

  /** Something typed could not be saved (the browser may then ask before leaving). */
  get hasRefused(): boolean {
    return [...this.entries.values()].some((e) => e.field.status === 'failed');
  }

  get summary(): SaveSummary {
    return this.current;
  }

  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private insert(key: string, field: AutosaveField<unknown>): Entry {
    const entry: Entry = {
      field,
      users: 0,
      unsubscribe: field.subscribe(() => {
        if (this.entries.get(key)?.users === 0) this.prune(key);
        this.update();
      }),
    };
    this.entries.set(key, entry);
    this.update();
    return entry;
  }

  private prune(key: string): void {
    const entry = this.entries.get(key);
    if (!entry || entry.users > 0 || !entry.field.settled) return;
    entry.unsubscribe();
    this.entries.delete(key);
    this.update();
  }

  private update(): void {
    const statuses: FieldStatus[] = [];
    let error: unknown = null;
    for (const { field } of this.entries.values()) {
      statuses.push(field.status);
      if (field.status === 'failed' && error === null) error = field.snapshot.error;
    }
    const failed = statuses.filter((s) => s === 'failed').length;
    const next: SaveSummary = {
      status:
        failed > 0
          ? 'failed'
          : statuses.some((s) => s === 'saving' || s === 'pending')
            ? 'saving'
            : 'saved',
      error,
      failed,
    };
    const same =
      next.status === this.current.status &&
      next.error === this.current.error &&
      next.failed === this.current.failed;
    if (same) return;
    this.current = next;
    for (const listener of [...this.listeners]) listener();
  }
}

/** The renderer's one registry. */
export const autosaves = new AutosaveRegistry();
