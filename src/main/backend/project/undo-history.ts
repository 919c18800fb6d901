/**
 * The per-project undo/redo history, persisted in the project file so it survives a
 * restart (and is shared by the app and the CLI). A step is the list of row changes of
 * one user action; undo restores the before-images in reverse order, redo the after-images.
 */
import type Database from 'better-sqlite3';
import { dataError } from '../errors';
import type { RecordedChange, Row, RowWriter, StatementCache, TableName } from './change-recorder';
import type { UndoStepInfo } from '@shared/api/types';

/** Older steps are dropped beyond this, oldest first. */
export const MAX_UNDO_STEPS = 1000;

interface StoredChange {
  table_name: string;
  row_key: string;
  before_json: string | null;
  after_json: string | null;
}

export class UndoHistory {
  constructor(
    private readonly db: Database.Database,
    private readonly statements: StatementCache,
    private readonly rows: RowWriter,
  ) {}

  /** Stores a new step and forgets what could have been redone. Call inside the action's transaction. */
  record(label: string, changes: readonly RecordedChange[], now: string): void {
    this.discardRedo();
    if (changes.length === 0) return;
    const { lastInsertRowid } = this.statements
      .get(`INSERT INTO undo_steps (label, created_at, state) VALUES (?, ?, 'done')`)
      .run(label, now);
    const insertChange = this.statements.get(
      `INSERT INTO undo_changes (step_id, seq, table_name, row_key, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    changes.forEach((change, seq) => {
      insertChange.run(
        lastInsertRowid,
        seq,
        change.table,
        JSON.stringify(change.key),
        change.before ? JSON.stringify(change.before) : null,
        change.after ? JSON.stringify(change.after) : null,
      );
    });
    this.statements
      .get(`DELETE FROM undo_steps WHERE id <= (SELECT max(id) FROM undo_steps) - ?`)
      .run(MAX_UNDO_STEPS);
  }

  discardRedo(): void {
    this.statements.get(`DELETE FROM undo_steps WHERE state = 'undone'`).run();
  }

  list(): UndoStepInfo[] {
    return this.statements
      .get(`SELECT id, label, created_at AS createdAt, state FROM undo_steps ORDER BY id`)
      .all() as UndoStepInfo[];
  }

  /** Undoes the latest done step; returns its label. */
  undo(): string {
    const step = this.statements
      .get(`SELECT id, label FROM undo_steps WHERE state = 'done' ORDER BY id DESC LIMIT 1`)
      .get() as { id: number; label: string } | undefined;
    if (!step) throw dataError('history.nothing-to-undo', 'nothing to undo');
    this.db.transaction(() => {
      const changes = this.changesOf(step.id).reverse();
      for (const change of changes) this.apply(change, change.before_json);
      this.statements.get(`UPDATE undo_steps SET state = 'undone' WHERE id = ?`).run(step.id);
    })();
    return step.label;
  }

  /** Redoes the earliest undone step; returns its label. */
  redo(): string {
    const step = this.statements
      .get(`SELECT id, label FROM undo_steps WHERE state = 'undone' ORDER BY id ASC LIMIT 1`)
      .get() as { id: number; label: string } | undefined;
    if (!step) throw dataError('history.nothing-to-redo', 'nothing to redo');
    this.db.transaction(() => {
      for (const change of this.changesOf(step.id)) this.apply(change, change.after_json);
      this.statements.get(`UPDATE undo_steps SET state = 'done' WHERE id = ?`).run(step.id);
    })();
    return step.label;
  }

  private changesOf(stepId: number): StoredChange[] {
    return this.statements
      .get(
        `SELECT table_name, row_key, before_json, after_json FROM undo_changes WHERE step_id = ? ORDER BY seq`,
      )
      .all(stepId) as StoredChange[];
  }

  private apply(change: StoredChange, imageJson: string | null): void {
    const key = JSON.parse(change.row_key) as Row;
    const image = imageJson === null ? null : (JSON.parse(imageJson) as Row);
    this.rows.restore(change.table_name as TableName, key, image);
  }
}
