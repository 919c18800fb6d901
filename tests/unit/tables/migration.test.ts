/** Schema version 3: saved tables, added to projects made by earlier versions. */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../src/main/backend/api/dispatch';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/backend/db/migrations';
import { TABLE_KEYS } from '../../../src/main/backend/project/change-recorder';
import { newProject, openProject } from '../../helpers/temp-project';

describe('migration 3', () => {
  it('is appended after the released migrations', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual([1, 2, 3]);
    expect(LATEST_SCHEMA_VERSION).toBe(3);
    expect(TABLE_KEYS.saved_tables).toEqual(['id']);
    expect(TABLE_KEYS.saved_table_exports).toEqual(['table_id']);
  });

  it('upgrades a version 2 project, whose tables then work', async () => {
    const project = newProject('gammel.citat');
    project.db.exec('DROP TABLE saved_table_exports; DROP TABLE saved_tables;');
    project.db.pragma('user_version = 2');
    const path = project.path;
    project.close();
    const upgraded = await openProject(path);
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(3);
    expect(await invoke(upgraded, 'tables.list', {})).toEqual([]);
  });

  it('makes STRICT tables with foreign keys and the indexes the queries use', () => {
    const project = newProject();
    const db = project.db as Database.Database;
    const sql = (name: string) =>
      db.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).pluck().get(name) as string;
    expect(sql('saved_tables')).toMatch(/\) STRICT$/);
    expect(sql('saved_table_exports')).toMatch(/REFERENCES saved_tables\(id\) ON DELETE CASCADE/);
    const plan = (query: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[])
        .map((row) => row.detail)
        .join('; ');
    expect(plan(`SELECT * FROM saved_tables WHERE name = 'x'`)).toMatch(/USING INDEX/);
    expect(plan(`SELECT * FROM saved_tables ORDER BY position, name`)).toMatch(
      /saved_tables_by_position|USE TEMP B-TREE/,
    );
    expect(plan(`SELECT * FROM saved_table_exports WHERE table_id = 'x'`)).toMatch(
      /USING INDEX|PRIMARY KEY/,
    );
    // A table's name is unique whatever its case.
    const insert = db.prepare(
      `INSERT INTO saved_tables (id, name, definition, file, position, created_at, updated_at) VALUES (?, ?, '{}', 'f', 0, 'now', 'now')`,
    );
    insert.run('1', 'Bilag 1');
    expect(() => insert.run('2', 'BILAG 1')).toThrow(/UNIQUE/);
    expect(() =>
      db
        .prepare(`INSERT INTO saved_table_exports VALUES ('nope', 'now', 'f', ?, '{}')`)
        .run('0'.repeat(64)),
    ).toThrow(/FOREIGN KEY/);
  });
});
