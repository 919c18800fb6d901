/**
 * The per-project undo/redo history, persisted in the project file so it survives a
 * restart (and is shared by the app and the CLI). A step is the list of row changes of
 * one user action; undo restores the before-images in reverse order, redo the after-images.
 */
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

const json = (row: Row | null): string | null => (row ? JSON.stringify(row) : null);

export class UndoHistory {
  /**
   * Steps up to this id are out of reach for undo and redo in this session: another
   * program changed the project after them (see Project.noticeOutsideChanges).
   */
  floor = 0;

  constructor(
    private readonly statements: StatementCache,
    private readonly rows: RowWriter,
    /** Runs a transaction through the project, which refuses it while read-only. */
    private readonly write: <T>(run: () => T) => T,
  ) {}

  /**
   * Stores a new step and forgets what could have been redone. Call inside the action's
   * transaction. Returns the step's id, or null when the action changed nothing.
   */
  record(label: string, changes: readonly RecordedChange[], now: string): number | null {
    this.discardRedo();
    if (changes.length === 0) return null;
    const stepId = Number(
      this.statements
        .get(`INSERT INTO undo_steps (label, created_at, state) VALUES (?, ?, 'done')`)
        .run(label, now).lastInsertRowid,
    );
    const insertChange = this.statements.get(
      `INSERT INTO undo_changes (step_id, seq, table_name, row_key, before_json, after_json) VALUES (?, ?, ?, ?, ?, ?)`,
    );
    changes.forEach((change, seq) => {
      insertChange.run(
        stepId,
        seq,
        change.table,
        JSON.stringify(change.key),
        json(change.before),
        json(change.after),
      );
    });
    this.statements
      .get(`DELETE FROM undo_steps WHERE id <= (SELECT max(id) FROM undo_steps) - ?`)
      .run(MAX_UNDO_STEPS);
    return stepId;
  }

  /**
   * Folds more changes into an existing step (the next save of the same field): a row it
   * already holds keeps its first before-image and takes the new after-image.
   */
  extend(stepId: number, changes: readonly RecordedChange[]): void {
    const existing = this.statements.get(
      `SELECT seq FROM undo_changes WHERE step_id = ? AND table_name = ? AND row_key = ?`,
    );
    const updateAfter = this.statements.get(
      `UPDATE undo_changes SET after_json = ? WHERE step_id = ? AND seq = ?`,
    );
    const insertChange = this.statements.get(
      `INSERT INTO undo_changes (step_id, seq, table_name, row_key, before_json, after_json)
       VALUES (?, (SELECT ifnull(max(seq), -1) + 1 FROM undo_changes WHERE step_id = ?), ?, ?, ?, ?)`,
    );
    for (const change of changes) {
      const key = JSON.stringify(change.key);
      const found = existing.get(stepId, change.table, key) as { seq: number } | undefined;
      if (found) updateAfter.run(json(change.after), stepId, found.seq);
      else
        insertChange.run(
          stepId,
          stepId,
          change.table,
          key,
          json(change.before),
          json(change.after),
        );
    }
  }

  /** True when `stepId` is the newest step and is done (nothing was undone or recorded since). */
  isNewest(stepId: number): boolean {
    const newest = this.statements
      .get(`SELECT id, state FROM undo_steps ORDER BY id DESC LIMIT 1`)
      .get() as { id: number; state: string } | undefined;
    return newest?.id === stepId && newest.state === 'done';
  }

  newestStepId(): number {
    const row = this.statements.get(`SELECT max(id) AS id FROM undo_steps`).get() as {
      id: number | null;
    };
    return row.id ?? 0;
  }

  /** The label of what Undo would undo now, or null. */
  nextUndo(): string | null {
    return this.nextStep('undo')?.label ?? null;
  }

  /** The label of what Redo would redo now, or null. */
  nextRedo(): string | null {
    return this.nextStep('redo')?.label ?? null;
  }

  private nextStep(direction: 'undo' | 'redo'): { id: number; label: string } | undefined {
    const sql =
      direction === 'undo'
        ? `SELECT id, label FROM undo_steps WHERE state = 'done' AND id > ? ORDER BY id DESC LIMIT 1`
        : `SELECT id, label FROM undo_steps WHERE state = 'undone' AND id > ? ORDER BY id ASC LIMIT 1`;
    return this.statements.get(sql).get(this.floor) as { id: number; label: string } | undefined;
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
    const step = this.nextStep('undo');
    if (!step) throw dataError('history.nothing-to-undo', 'nothing to undo');
    this.write(() => {
      const changes = this.changesOf(step.id).reverse();
      for (const change of changes) this.apply(change, change.before_json);
      this.statements.get(`UPDATE undo_steps SET state = 'undone' WHERE id = ?`).run(step.id);
    });
    return step.label;
  }

  /** Redoes the earliest undone step; returns its label. */
  redo(): string {
    const step = this.nextStep('redo');
    if (!step) throw dataError('history.nothing-to-redo', 'nothing to redo');
    this.write(() => {
      for (const change of this.changesOf(step.id)) this.apply(change, change.after_json);
      this.statements.get(`UPDATE undo_steps SET state = 'done' WHERE id = ?`).run(step.id);
    });
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
