/**
 * Every read of a document's text is checked against the SHA-256 stored with it at import:
 * SQLite's own checks do not look inside values, so a flipped byte in a text page would
 * otherwise be shown, coded and exported as U+FFFD without a word. A text is hashed once
 * per project session and content hash; a mismatch makes the project read-only.
 */
import { contentHash } from '../db/content-hash';
import { damagedError } from '../db/damage-report';
import { checksumProblem } from '../db/integrity';
import type { Project } from '../project/project';

const verified = new WeakMap<Project, Map<string, string>>();

export interface StoredText {
  id: string;
  name: string;
  text: string;
  hash: string;
}

/** Throws project.damaged (and marks the project damaged) when `stored.text` is not what was imported. */
export function verifyDocumentText(project: Project, stored: StoredText): string {
  let perProject = verified.get(project);
  if (!perProject) {
    perProject = new Map();
    verified.set(project, perProject);
  }
  const key = `${stored.hash}:${stored.text.length}`;
  if (perProject.get(stored.id) === key) return stored.text;
  if (contentHash(stored.text) !== stored.hash) {
    const problem = checksumProblem(stored.name);
    project.markDamaged(problem);
    throw damagedError(project.path, problem, project.access);
  }
  perProject.set(stored.id, key);
  return stored.text;
}

/** The text of one document, checked; null when there is no such document. */
export function readDocumentText(project: Project, id: string): string | null {
  const row = project.readOne<StoredText>(
    `SELECT id, name, text, content_hash AS hash FROM documents WHERE id = ?`,
    id,
  );
  return row ? verifyDocumentText(project, row) : null;
}
