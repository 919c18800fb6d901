/**
 * Saved tables in this window: the list, each table's status against its last export
 * (`tables.preview`), the last regeneration of each (the change report, kept until the
 * window closes), and which table the matrix controls are editing. The core writes the
 * files (`tables.regenerate`), in the desktop app and the browser alike.
 */
import { create } from 'zustand';
import type { MethodInput } from '@shared/api/contract';
import type { SavedTable, TableRegenerated, TableReport } from '@shared/matrix/tables';
import { callApi } from '../../api/client';
import { notifyProjectChanged } from '../../api/changes';
import { reportError } from '../../stores/notice-store';
import { fileSituation } from './table-status';

export type TablePreview = { report: TableReport } | { error: unknown };

export interface TableRun {
  /** ISO time of the regeneration. */
  at: string;
  result: TableRegenerated;
}

export type SaveTableInput = MethodInput<'tables.save'>;

interface TablesState {
  tables: SavedTable[];
  loaded: boolean;
  previews: Record<string, TablePreview>;
  /** The last regeneration of each table in this window, by name. */
  runs: Record<string, TableRun>;
  /** Names being regenerated, saved or deleted. */
  busy: string[];
  /** The table loaded into the matrix controls, by name. */
  editing: string | null;
  load(): Promise<void>;
  /** Regenerates the named tables (all when absent); null when the core refused. */
  regenerate(names?: string[]): Promise<TableRegenerated[] | null>;
  /**
   * Saves a table and writes its file at once, unless that would replace a file Citat did
   * not write (the list then asks first). Returns the saved table, or null when refused.
   */
  save(input: SaveTableInput): Promise<SavedTable | null>;
  remove(name: string): Promise<boolean>;
  setEditing(name: string | null): void;
}

let loadSerial = 0;

async function previewOf(name: string): Promise<TablePreview> {
  try {
    return { report: await callApi('tables.preview', { name }) };
  } catch (error) {
    return { error };
  }
}

export const useTablesStore = create<TablesState>((set, get) => {
  async function withBusy<T>(names: string[], work: () => Promise<T>): Promise<T> {
    set((s) => ({ busy: [...s.busy, ...names] }));
    try {
      return await work();
    } finally {
      // One entry each: a save that regenerates holds its name twice.
      set((s) => {
        const busy = [...s.busy];
        for (const name of names) busy.splice(busy.indexOf(name), 1);
        return { busy };
      });
    }
  }
  return {
    tables: [],
    loaded: false,
    previews: {},
    runs: {},
    busy: [],
    editing: null,
    async load() {
      const serial = ++loadSerial;
      try {
        const tables = await callApi('tables.list', {});
        const previews = Object.fromEntries(
          await Promise.all(tables.map(async (t) => [t.name, await previewOf(t.name)] as const)),
        );
        if (serial !== loadSerial) return;
        const editing = get().editing;
        set({
          tables,
          previews,
          loaded: true,
          // A table deleted (or its saving undone) is no longer being edited.
          editing: editing && tables.some((t) => t.name === editing) ? editing : null,
        });
      } catch (err) {
        if (serial === loadSerial) reportError(err);
      }
    },
    async regenerate(names) {
      // An empty list would mean "every table" to the core.
      if (names && names.length === 0) return [];
      const targets = names ?? get().tables.map((t) => t.name);
      return withBusy(targets, async () => {
        try {
          const results = await callApi('tables.regenerate', names ? { names } : {});
          const at = new Date().toISOString();
          set((s) => ({
            runs: {
              ...s.runs,
              ...Object.fromEntries(results.map((result) => [result.name, { at, result }])),
            },
          }));
          return results;
        } catch (err) {
          reportError(err);
          return null;
        } finally {
          await get().load();
        }
      });
    },
    async save(input) {
      return withBusy([input.name], async () => {
        let table: SavedTable;
        try {
          ({ table } = await callApi('tables.save', input));
        } catch (err) {
          reportError(err);
          return null;
        }
        // A new definition: the last run's report belongs to the old one.
        set((s) => {
          const runs = { ...s.runs };
          delete runs[table.name];
          return { runs, editing: table.name };
        });
        notifyProjectChanged('tables');
        const preview = await previewOf(table.name);
        const situation = 'report' in preview ? fileSituation(table, preview.report) : null;
        if (situation === 'ok' || situation === 'missing') await get().regenerate([table.name]);
        else await get().load();
        return table;
      });
    },
    async remove(name) {
      return withBusy([name], async () => {
        try {
          await callApi('tables.delete', { name });
        } catch (err) {
          reportError(err);
          return false;
        }
        set((s) => ({ editing: s.editing === name ? null : s.editing }));
        notifyProjectChanged('tables');
        return true;
      });
    },
    setEditing(name) {
      set({ editing: name });
    },
  };
});
