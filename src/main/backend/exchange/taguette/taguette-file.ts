/**
 * Reads the project file Taguette's "Export project" writes (an SQLite database, see
 * ../shared/taguette/NOTES.md): one project, its documents as sanitised HTML, flat tags,
 * highlights with UTF-8 byte offsets and their tags. Only what an import needs is read.
 *
 * The file comes from outside, so it is opened from memory, read-only, with
 * trusted_schema off and a quick integrity check first; only plain tables are read
 * (a view, a virtual table or a computed column in their place is refused by name), and
 * sizes are bounded before anything is loaded. No SQLite error escapes as it is: the API
 * would take SQLITE_CORRUPT for damage to the open Citat project, so every failure here
 * becomes an input error about this file.
 */
import Database from 'better-sqlite3';
import { CITAT_APPLICATION_ID } from '../../db/application-id';
import { CitatError, inputError } from '../../errors';

export const TAGUETTE_LIMITS = {
  bytes: 512 * 1024 * 1024,
  documents: 100_000,
  tags: 200_000,
  highlights: 2_000_000,
  /** Characters of one document's HTML. */
  documentChars: 50_000_000,
} as const;

/** Taguette's application_id ("Tgtt"), set by every export since 1.0. */
const TAGUETTE_APPLICATION_ID = 0x54677474;
const SQLITE_HEADER = 'SQLite format 3\0';

export interface TaguetteDocument {
  id: number;
  name: string;
  description: string;
  filename: string;
  /** Sanitised HTML body fragment. */
  contents: string;
}

export interface TaguetteTag {
  id: number;
  path: string;
  description: string;
}

export interface TaguetteHighlight {
  id: number;
  documentId: number;
  /** UTF-8 byte offsets of the document's text nodes, end exclusive; null when not an integer. */
  start: number | null;
  end: number | null;
  /** HTML of the highlighted part, as Taguette saved it; null when missing. */
  snippet: string | null;
  /** In tag-id order (Taguette's export order). */
  tagIds: number[];
}

export interface TaguetteProjectFile {
  name: string;
  description: string;
  /** Alembic revision of the schema, e.g. "db5e31a0233d" (Taguette 1.5.2). */
  revision: string | null;
  documents: TaguetteDocument[];
  tags: TaguetteTag[];
  highlights: TaguetteHighlight[];
  warnings: string[];
}

export function looksLikeSqlite(bytes: Uint8Array): boolean {
  if (bytes.length < 100) return false;
  for (let i = 0; i < SQLITE_HEADER.length; i++)
    if (bytes[i] !== SQLITE_HEADER.charCodeAt(i)) return false;
  return true;
}

/** The columns each table must have, in the order they are selected. */
const REQUIRED: Record<string, readonly string[]> = {
  projects: ['id', 'name', 'description'],
  documents: ['id', 'name', 'description', 'filename', 'project_id', 'contents'],
  tags: ['id', 'project_id', 'path', 'description'],
  highlights: ['id', 'document_id', 'start_offset', 'end_offset', 'snippet'],
  highlight_tags: ['highlight_id', 'tag_id'],
};

const refuse = (fileName: string, code: string, message: string): CitatError =>
  inputError(`taguette.${code}`, `${fileName}: ${message}`, undefined, { name: fileName });

function openInMemory(bytes: Uint8Array, fileName: string): Database.Database {
  const copy = Buffer.from(bytes);
  // A WAL-mode header makes SQLite look for a -wal file; what the file holds reads the same.
  if (copy[18] === 2) copy[18] = 1;
  if (copy[19] === 2) copy[19] = 1;
  let db: Database.Database;
  try {
    db = new Database(copy, { readonly: true });
  } catch (err) {
    throw damaged(fileName, err);
  }
  return db;
}

function damaged(fileName: string, err: unknown): CitatError {
  const detail = err instanceof Error ? err.message : String(err);
  return inputError(
    'taguette.damaged',
    `${fileName}: the file is a damaged SQLite database and cannot be imported (${detail})`,
    undefined,
    { name: fileName },
  );
}

function checkWhole(db: Database.Database, fileName: string): void {
  db.pragma('trusted_schema = OFF');
  db.pragma('cell_size_check = ON');
  const problems = (db.pragma('quick_check(5)') as { quick_check: string }[]).map(
    (row) => row.quick_check,
  );
  if (problems.length !== 1 || problems[0] !== 'ok') throw damaged(fileName, problems.join('; '));
}

interface SchemaEntry {
  type: string;
  name: string;
  sql: string | null;
}

function checkTables(db: Database.Database, fileName: string): void {
  const entries = db
    .prepare(`SELECT type, name, sql FROM sqlite_schema WHERE type IN ('table', 'view')`)
    .all() as SchemaEntry[];
  const byName = new Map(entries.map((entry) => [entry.name.toLowerCase(), entry]));
  if (byName.has('project_meta') && byName.has('undo_steps')) {
    throw refuse(
      fileName,
      'citat-project',
      'this is a Citat project, not a Taguette project; bring it in with "citat merge"',
    );
  }
  const missing = Object.keys(REQUIRED).filter((table) => !byName.has(table));
  if (missing.length > 0) {
    throw refuse(
      fileName,
      'not-taguette',
      `an SQLite database, but not a Taguette project file (it has no ${missing.join(', ')} table${missing.length > 1 ? 's' : ''})`,
    );
  }
  for (const [table, columns] of Object.entries(REQUIRED)) {
    const entry = byName.get(table)!;
    if (entry.type !== 'table' || /^\s*create\s+virtual\b/i.test(entry.sql ?? '')) {
      throw refuse(
        fileName,
        'not-a-table',
        `"${entry.name}" is a ${entry.type === 'view' ? 'view' : 'virtual table'}, not a table; Taguette writes plain tables, so the file is not read`,
      );
    }
    const info = db.prepare(`SELECT name, hidden FROM pragma_table_xinfo(?)`).all(entry.name) as {
      name: string;
      hidden: number;
    }[];
    const computed = info.filter((column) => column.hidden === 2 || column.hidden === 3);
    if (computed.length > 0) {
      throw refuse(
        fileName,
        'computed-column',
        `column "${computed[0]!.name}" of "${entry.name}" is computed; Taguette writes no computed columns, so the file is not read`,
      );
    }
    const names = new Set(info.map((column) => column.name.toLowerCase()));
    const absent = columns.filter((column) => !names.has(column));
    if (absent.length > 0) {
      throw refuse(
        fileName,
        'not-taguette',
        `not a Taguette project file Citat can read: table "${entry.name}" has no column ${absent.join(', ')}`,
      );
    }
  }
}

const asText = (value: unknown): string =>
  typeof value === 'string' ? value : value === null || value === undefined ? '' : String(value);
const asOffset = (value: unknown): number | null =>
  typeof value === 'number' && Number.isSafeInteger(value) ? value : null;

function count(db: Database.Database, sql: string, projectId: number): number {
  return (db.prepare(sql).get(projectId) as { n: number }).n;
}

function checkLimit(fileName: string, what: string, n: number, limit: number): void {
  if (n > limit)
    throw refuse(
      fileName,
      'too-large',
      `the project holds ${n} ${what}; Citat imports at most ${limit} ${what} from a Taguette project`,
    );
}

function readProject(db: Database.Database, fileName: string): TaguetteProjectFile {
  const applicationId = db.pragma('application_id', { simple: true }) as number;
  if (applicationId === CITAT_APPLICATION_ID)
    throw refuse(
      fileName,
      'citat-project',
      'this is a Citat project, not a Taguette project; bring it in with "citat merge"',
    );
  checkTables(db, fileName);
  const warnings: string[] = [];
  if (applicationId !== TAGUETTE_APPLICATION_ID)
    warnings.push(
      `${fileName}: the file does not carry Taguette's mark (application_id); it was read as a Taguette project because its tables are Taguette's`,
    );

  const projects = db
    .prepare(`SELECT id, name, description FROM projects ORDER BY id LIMIT 3`)
    .all() as { id: number; name: unknown; description: unknown }[];
  if (projects.length === 0) throw refuse(fileName, 'no-project', 'the file holds no project');
  if (projects.length > 1) {
    const total = (db.prepare(`SELECT count(*) AS n FROM projects`).get() as { n: number }).n;
    throw refuse(
      fileName,
      'several-projects',
      `this is a Taguette server database holding ${total} projects; in Taguette, export the one project you want (Project → Export project) and import that file`,
    );
  }
  const project = projects[0]!;
  checkLimit(
    fileName,
    'documents',
    count(db, `SELECT count(*) AS n FROM documents WHERE project_id = ?`, project.id),
    TAGUETTE_LIMITS.documents,
  );
  checkLimit(
    fileName,
    'tags',
    count(db, `SELECT count(*) AS n FROM tags WHERE project_id = ?`, project.id),
    TAGUETTE_LIMITS.tags,
  );
  checkLimit(
    fileName,
    'highlights',
    count(
      db,
      `SELECT count(*) AS n FROM highlights h JOIN documents d ON d.id = h.document_id WHERE d.project_id = ?`,
      project.id,
    ),
    TAGUETTE_LIMITS.highlights,
  );
  const long = db
    .prepare(
      `SELECT name, length(contents) AS n FROM documents WHERE project_id = ? AND length(contents) > ? LIMIT 1`,
    )
    .get(project.id, TAGUETTE_LIMITS.documentChars) as { name: unknown; n: number } | undefined;
  if (long)
    throw refuse(
      fileName,
      'too-large',
      `document "${asText(long.name)}" holds ${long.n} characters; the limit is ${TAGUETTE_LIMITS.documentChars}`,
    );

  const documents = (
    db
      .prepare(
        `SELECT id, name, description, filename, contents FROM documents WHERE project_id = ? ORDER BY id`,
      )
      .all(project.id) as Record<string, unknown>[]
  ).map((row): TaguetteDocument => ({
    id: row.id as number,
    name: asText(row.name).trim(),
    description: asText(row.description),
    filename: asText(row.filename).trim(),
    contents: asText(row.contents),
  }));
  const tags = (
    db
      .prepare(`SELECT id, path, description FROM tags WHERE project_id = ? ORDER BY id`)
      .all(project.id) as Record<string, unknown>[]
  ).map((row): TaguetteTag => ({
    id: row.id as number,
    path: asText(row.path),
    description: asText(row.description),
  }));
  const highlights = new Map<number, TaguetteHighlight>();
  const rows = db
    .prepare(
      `SELECT h.id, h.document_id, h.start_offset, h.end_offset, h.snippet FROM highlights h
         JOIN documents d ON d.id = h.document_id WHERE d.project_id = ? ORDER BY h.document_id, h.start_offset, h.id`,
    )
    .iterate(project.id) as IterableIterator<Record<string, unknown>>;
  for (const row of rows) {
    const id = row.id as number;
    highlights.set(id, {
      id,
      documentId: row.document_id as number,
      start: asOffset(row.start_offset),
      end: asOffset(row.end_offset),
      snippet: typeof row.snippet === 'string' ? row.snippet : null,
      tagIds: [],
    });
  }
  const links = db
    .prepare(
      `SELECT ht.highlight_id, ht.tag_id FROM highlight_tags ht
         JOIN highlights h ON h.id = ht.highlight_id JOIN documents d ON d.id = h.document_id
        WHERE d.project_id = ? ORDER BY ht.highlight_id, ht.tag_id`,
    )
    .iterate(project.id) as IterableIterator<{ highlight_id: number; tag_id: number }>;
  for (const link of links) highlights.get(link.highlight_id)?.tagIds.push(link.tag_id);

  const revision = db
    .prepare(`SELECT name FROM sqlite_schema WHERE type = 'table' AND name = 'alembic_version'`)
    .get()
    ? ((db.prepare(`SELECT version_num FROM alembic_version LIMIT 1`).get() as
        { version_num: unknown } | undefined) ?? null)
    : null;
  return {
    name: asText(project.name).trim(),
    description: asText(project.description),
    revision: revision === null ? null : asText(revision.version_num) || null,
    documents,
    tags,
    highlights: [...highlights.values()],
    warnings,
  };
}

/** Reads a Taguette project file; every refusal is an input error naming the file. */
export function readTaguetteFile(bytes: Uint8Array, fileName: string): TaguetteProjectFile {
  if (bytes.length > TAGUETTE_LIMITS.bytes) {
    throw refuse(
      fileName,
      'too-large',
      `the file is ${(bytes.length / 1024 ** 2).toFixed(1)} MiB; the limit for a Taguette project is ${TAGUETTE_LIMITS.bytes / 1024 ** 2} MiB`,
    );
  }
  if (!looksLikeSqlite(bytes))
    throw refuse(fileName, 'not-sqlite', 'not a Taguette project file (not an SQLite database)');
  const db = openInMemory(bytes, fileName);
  try {
    checkWhole(db, fileName);
    return readProject(db, fileName);
  } catch (err) {
    if (err instanceof CitatError) throw err;
    throw damaged(fileName, err);
  } finally {
    db.close();
  }
}
