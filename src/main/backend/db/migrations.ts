/**
 * Schema migrations, one per version (PRAGMA user_version). Append only: a released
 * migration is never edited, a change is a new entry. Tables are STRICT so a wrong type
 * is an error instead of silently stored.
 */
export interface Migration {
  version: number;
  name: string;
  sql: string;
}

const INITIAL_SCHEMA = /* sql */ `
CREATE TABLE project_meta (
  key TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE coders (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE cases (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  description TEXT
) STRICT;

CREATE TABLE attributes (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE,
  value_type TEXT NOT NULL CHECK (value_type IN ('text', 'number'))
) STRICT;

CREATE TABLE case_attribute_values (
  case_id TEXT NOT NULL REFERENCES cases(id),
  attribute_id TEXT NOT NULL REFERENCES attributes(id),
  value TEXT NOT NULL,
  PRIMARY KEY (case_id, attribute_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX case_attribute_values_by_attribute ON case_attribute_values(attribute_id, value);

CREATE TABLE documents (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  original_filename TEXT NOT NULL,
  format TEXT NOT NULL CHECK (format IN ('txt', 'docx', 'odt', 'pdf', 'vtt', 'srt', 'md')),
  imported_at TEXT NOT NULL,
  content_hash TEXT NOT NULL UNIQUE,
  text TEXT NOT NULL,
  word_count INTEGER NOT NULL,
  position INTEGER NOT NULL,
  case_id TEXT REFERENCES cases(id)
) STRICT;
CREATE INDEX documents_by_case ON documents(case_id);
CREATE INDEX documents_by_position ON documents(position);

CREATE TABLE speakers (
  id TEXT PRIMARY KEY,
  label TEXT NOT NULL UNIQUE COLLATE NOCASE,
  name TEXT,
  title TEXT,
  organisation TEXT,
  is_interviewer INTEGER NOT NULL DEFAULT 0 CHECK (is_interviewer IN (0, 1)),
  case_id TEXT REFERENCES cases(id)
) STRICT;
CREATE INDEX speakers_by_case ON speakers(case_id);

CREATE TABLE speaker_turns (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  speaker_id TEXT NOT NULL REFERENCES speakers(id),
  start_utf16 INTEGER NOT NULL,
  end_utf16 INTEGER NOT NULL,
  timestamp_ms INTEGER,
  CHECK (0 <= start_utf16 AND start_utf16 < end_utf16)
) STRICT;
CREATE INDEX speaker_turns_by_document ON speaker_turns(document_id, start_utf16);
CREATE INDEX speaker_turns_by_speaker ON speaker_turns(speaker_id);

CREATE TABLE codes (
  id TEXT PRIMARY KEY,
  parent_id TEXT REFERENCES codes(id),
  name TEXT NOT NULL CHECK (length(trim(name)) > 0),
  definition TEXT,
  when_to_use TEXT,
  when_not_to_use TEXT,
  example TEXT,
  color TEXT NOT NULL CHECK (color GLOB '#[0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F][0-9A-F]'),
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE UNIQUE INDEX codes_unique_sibling_name ON codes(ifnull(parent_id, ''), name COLLATE NOCASE);
CREATE INDEX codes_by_parent ON codes(parent_id, position);

CREATE TABLE codings (
  id TEXT PRIMARY KEY,
  document_id TEXT NOT NULL REFERENCES documents(id),
  code_id TEXT NOT NULL REFERENCES codes(id),
  start_utf16 INTEGER NOT NULL,
  end_utf16 INTEGER NOT NULL,
  -- the coded text when the coding was made: lets a later text edit be detected as drift
  quoted_text TEXT NOT NULL,
  memo TEXT,
  coder_id TEXT NOT NULL REFERENCES coders(id),
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  CHECK (0 <= start_utf16 AND start_utf16 < end_utf16)
) STRICT;
CREATE UNIQUE INDEX codings_unique_range ON codings(document_id, code_id, start_utf16, end_utf16);
CREATE INDEX codings_by_code ON codings(code_id);
CREATE INDEX codings_by_document ON codings(document_id, start_utf16);
CREATE INDEX codings_by_coder ON codings(coder_id);

CREATE TABLE quote_curations (
  coding_id TEXT PRIMARY KEY REFERENCES codings(id),
  display_text TEXT NOT NULL,
  note TEXT,
  updated_at TEXT NOT NULL
) STRICT;

CREATE TABLE memos (
  id TEXT PRIMARY KEY,
  target_kind TEXT NOT NULL CHECK (target_kind IN ('code', 'document')),
  target_id TEXT NOT NULL,
  text TEXT NOT NULL,
  author_id TEXT REFERENCES coders(id),
  updated_at TEXT NOT NULL,
  UNIQUE (target_kind, target_id)
) STRICT;

CREATE TABLE undo_steps (
  id INTEGER PRIMARY KEY,
  label TEXT NOT NULL,
  created_at TEXT NOT NULL,
  state TEXT NOT NULL CHECK (state IN ('done', 'undone'))
) STRICT;
CREATE INDEX undo_steps_by_state ON undo_steps(state, id);

CREATE TABLE undo_changes (
  step_id INTEGER NOT NULL REFERENCES undo_steps(id) ON DELETE CASCADE,
  seq INTEGER NOT NULL,
  table_name TEXT NOT NULL,
  row_key TEXT NOT NULL,
  before_json TEXT,
  after_json TEXT,
  PRIMARY KEY (step_id, seq)
) STRICT, WITHOUT ROWID;

-- Full-text search over whole documents; hits are located in the text by the search service.
CREATE VIRTUAL TABLE documents_fts USING fts5(
  name, text, content='documents', content_rowid='rowid', tokenize='unicode61 remove_diacritics 0'
);
CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
  INSERT INTO documents_fts(rowid, name, text) VALUES (new.rowid, new.name, new.text);
END;
CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, name, text) VALUES ('delete', old.rowid, old.name, old.text);
END;
CREATE TRIGGER documents_fts_update AFTER UPDATE OF name, text ON documents BEGIN
  INSERT INTO documents_fts(documents_fts, rowid, name, text) VALUES ('delete', old.rowid, old.name, old.text);
  INSERT INTO documents_fts(rowid, name, text) VALUES (new.rowid, new.name, new.text);
END;
`;

/**
 * Team coding: two coders may code the same passage with the same code (that is agreement,
 * not a duplicate), so the coder joins the uniqueness; and the matrix's "same passage"
 * lookup gets a covering index (without code_id the planner prefers the unique index).
 */
const CODER_IN_CODING_IDENTITY = /* sql */ `
DROP INDEX codings_unique_range;
CREATE UNIQUE INDEX codings_unique_range ON codings(document_id, code_id, start_utf16, end_utf16, coder_id);
CREATE INDEX codings_by_range ON codings(document_id, start_utf16, end_utf16, code_id);
`;

/**
 * Saved tables: a named matrix definition (JSON: the matrix options, the code heading the
 * rows by id so a rename keeps the table, the format) and its file, relative to the
 * project's folder. Their last-exported state (the hash of the bytes written and the quotes
 * they printed) is what "what changed" compares with; it is not research data and not an
 * undo step, so it goes when its table goes (undoing a table's creation removes it).
 * IF NOT EXISTS: a file that claims an older version but already has these tables upgrades.
 */
const SAVED_TABLES = /* sql */ `
CREATE TABLE IF NOT EXISTS saved_tables (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  definition TEXT NOT NULL CHECK (json_valid(definition)),
  file TEXT NOT NULL CHECK (length(file) > 0),
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS saved_tables_by_position ON saved_tables(position);

CREATE TABLE IF NOT EXISTS saved_table_exports (
  table_id TEXT PRIMARY KEY REFERENCES saved_tables(id) ON DELETE CASCADE,
  exported_at TEXT NOT NULL,
  file TEXT NOT NULL,
  sha256 TEXT NOT NULL CHECK (length(sha256) = 64),
  snapshot TEXT NOT NULL CHECK (json_valid(snapshot))
) STRICT;
`;

/**
 * Code groups (REFI-QDA Sets of codes: ATLAS.ti code groups, MAXQDA code sets) and anchor
 * examples. A group's id is its GUID, kept from the file it came from and written back, as
 * a code's is; a code may be in several groups, and membership has no order of its own (a
 * group lists its codes in codebook order). An anchor is a coding the user marked as an
 * example of its code (the coding guide prints it); a table of its own rather than a
 * column of codings, so the codings rows and their undo images stay as they were.
 * IF NOT EXISTS: as for migration 3.
 */
const CODE_GROUPS_AND_ANCHORS = /* sql */ `
CREATE TABLE IF NOT EXISTS code_groups (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE COLLATE NOCASE CHECK (length(trim(name)) > 0),
  description TEXT,
  position INTEGER NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX IF NOT EXISTS code_groups_by_position ON code_groups(position);

CREATE TABLE IF NOT EXISTS code_group_members (
  group_id TEXT NOT NULL REFERENCES code_groups(id),
  code_id TEXT NOT NULL REFERENCES codes(id),
  PRIMARY KEY (group_id, code_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS code_group_members_by_code ON code_group_members(code_id);

CREATE TABLE IF NOT EXISTS coding_anchors (
  coding_id TEXT PRIMARY KEY REFERENCES codings(id),
  marked_at TEXT NOT NULL
) STRICT;
`;

export const MIGRATIONS: readonly Migration[] = [
  { version: 1, name: 'initial schema', sql: INITIAL_SCHEMA },
  { version: 2, name: 'coder in coding identity', sql: CODER_IN_CODING_IDENTITY },
  { version: 3, name: 'saved tables', sql: SAVED_TABLES },
  { version: 4, name: 'code groups and anchor examples', sql: CODE_GROUPS_AND_ANCHORS },
];

export const LATEST_SCHEMA_VERSION = MIGRATIONS.at(-1)!.version;
