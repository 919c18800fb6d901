/** What the specs read back from the project file after acting in the UI. */
import type { E2eSession } from './session';

export interface StoredCoding {
  id: string;
  document: string;
  code: string;
  start: number;
  end: number;
  quoted: string;
}

export function storedCodings(session: E2eSession): StoredCoding[] {
  return session.readProject<StoredCoding>(
    `SELECT c.id, d.name AS document, k.name AS code, c.start_utf16 AS start,
            c.end_utf16 AS end, c.quoted_text AS quoted
       FROM codings c JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id
      ORDER BY d.name, c.start_utf16`,
  );
}

export function storedDocuments(session: E2eSession) {
  return session.readProject<{ name: string; wordCount: number; text: string }>(
    'SELECT name, word_count AS wordCount, text FROM documents ORDER BY position',
  );
}

export function documentText(session: E2eSession, name: string): string {
  const row = session.readProject<{ text: string }>(
    'SELECT text FROM documents WHERE name = ?',
    name,
  )[0];
  if (!row) throw new Error(`no document ${name} in the project`);
  return row.text;
}

export function storedCodes(session: E2eSession) {
  return session.readProject<{ name: string; parent: string | null; color: string }>(
    `SELECT c.name, p.name AS parent, c.color FROM codes c LEFT JOIN codes p ON p.id = c.parent_id
      ORDER BY c.created_at, c.rowid`,
  );
}

export function speakerName(session: E2eSession, label: string): string | null {
  return (
    session.readProject<{ name: string | null }>(
      'SELECT name FROM speakers WHERE label = ?',
      label,
    )[0]?.name ?? null
  );
}
