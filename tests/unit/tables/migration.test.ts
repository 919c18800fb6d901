/**
 * Schema versions 3 (saved tables) and 4 (code groups and anchor examples), added to
 * projects made by earlier versions.
 */
import type Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../src/main/backend/api/dispatch';
import { LATEST_SCHEMA_VERSION, MIGRATIONS } from '../../../src/main/backend/db/migrations';
import { TABLE_KEYS } from '../../../src/main/backend/project/change-recorder';
import { createCodePath } from '../../../src/main/backend/services/codes';
import { newProject, openProject } from '../../helpers/temp-project';

describe('migration 3', () => {
  it('is appended after the released migrations', () => {
    expect(MIGRATIONS.map((m) => m.version)).toEqual([1, 2, 3, 4]);
    expect(MIGRATIONS[2]!.name).toBe('saved tables');
    expect(LATEST_SCHEMA_VERSION).toBe(4);
    expect(TABLE_KEYS.saved_tables).toEqual(['id']);
    expect(TABLE_KEYS.saved_table_exports).toEqual(['table_id']);
  });

  it('upgrades a version 2 project, whose tables then work', async () => {
    const project = newProject('gammel.citat');
    project.db.exec(
      'DROP TABLE saved_table_exports; DROP TABLE saved_tables; ' +
        'DROP TABLE coding_anchors; DROP TABLE code_group_members; DROP TABLE code_groups;',
    );
    project.db.pragma('user_version = 2');
    const path = project.path;
    project.close();
    const upgraded = await openProject(path);
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(LATEST_SCHEMA_VERSION);
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

describe('migration 4', () => {
  it('keys the new tables for the undo recorder', () => {
    expect(MIGRATIONS[3]!.name).toBe('code groups and anchor examples');
    expect(TABLE_KEYS.code_groups).toEqual(['id']);
    expect(TABLE_KEYS.code_group_members).toEqual(['group_id', 'code_id']);
    expect(TABLE_KEYS.coding_anchors).toEqual(['coding_id']);
  });

  it('upgrades a version 3 project, whose code groups then work and undo', async () => {
    const project = newProject('v3.citat');
    const risk = createCodePath(project, ['Principper', 'Risiko']).code;
    project.db.exec(
      'DROP TABLE coding_anchors; DROP TABLE code_group_members; DROP TABLE code_groups;',
    );
    project.db.pragma('user_version = 3');
    const path = project.path;
    project.close();
    const upgraded = await openProject(path);
    expect(upgraded.db.pragma('user_version', { simple: true })).toBe(4);
    expect(await invoke(upgraded, 'groups.list', {})).toEqual([]);
    const group = await invoke(upgraded, 'groups.create', {
      name: 'Kategori 1',
      codeIds: [risk.id],
    });
    expect(group.codePaths).toEqual([['Principper', 'Risiko']]);
    expect((await invoke(upgraded, 'codes.list', {})).map((c) => c.name)).toEqual([
      'Principper',
      'Risiko',
    ]);
    upgraded.history.undo();
    expect(await invoke(upgraded, 'groups.list', {})).toEqual([]);
  });

  it('makes STRICT tables whose rows must point at real groups and codes', () => {
    const project = newProject();
    const db = project.db as Database.Database;
    const sql = (name: string) =>
      db.prepare(`SELECT sql FROM sqlite_schema WHERE name = ?`).pluck().get(name) as string;
    for (const table of ['code_groups', 'code_group_members', 'coding_anchors'])
      expect(sql(table)).toMatch(/\) STRICT(, WITHOUT ROWID)?$/);
    const plan = (query: string) =>
      (db.prepare(`EXPLAIN QUERY PLAN ${query}`).all() as { detail: string }[])
        .map((row) => row.detail)
        .join('; ');
    // A code's groups (deleting or merging it) and a group's codes are both found by index.
    expect(plan(`SELECT group_id FROM code_group_members WHERE code_id = 'x'`)).toMatch(
      /code_group_members_by_code/,
    );
    expect(plan(`SELECT code_id FROM code_group_members WHERE group_id = 'x'`)).toMatch(
      /PRIMARY KEY|USING INDEX/,
    );
    const group = db.prepare(
      `INSERT INTO code_groups (id, name, description, position, created_at) VALUES (?, ?, NULL, 0, 'now')`,
    );
    group.run('g1', 'Kategori');
    expect(() => group.run('g2', 'KATEGORI')).toThrow(/UNIQUE/);
    expect(() => group.run('g3', '  ')).toThrow(/CHECK/);
    expect(() =>
      db.prepare(`INSERT INTO code_group_members VALUES ('g1', 'no-such-code')`).run(),
    ).toThrow(/FOREIGN KEY/);
  });
});
