/** Real project files in a fresh temp directory per test; removed afterwards. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterEach } from 'vitest';
import { Project } from '../../src/main/backend/project/project';
import { storeTranscript } from '../../src/main/backend/services/document-import';
import { normaliseText } from '../../src/shared/text/normalise';
import { detectTurns } from '../../src/shared/transcript/turns';

const cleanups: (() => void)[] = [];

afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()!();
});

export function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'citat-test-'));
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export function newProject(name = 'test.citat'): Project {
  const project = Project.create(join(tempDir(), name));
  cleanups.push(() => project.close());
  return project;
}

export async function openProject(path: string): Promise<Project> {
  const project = await Project.open(path);
  cleanups.push(() => project.close());
  return project;
}

/** Stores a plain-text transcript as if imported from `fileName`. */
export function addTranscript(project: Project, fileName: string, raw: string) {
  const text = normaliseText(raw);
  return storeTranscript(
    project,
    { format: 'txt', text, turns: detectTurns(text), encoding: 'utf-8', warnings: [] },
    fileName,
  );
}

/** UTF-16 range of the k-th (1-based) occurrence of `needle` in `text`. */
export function rangeOf(
  text: string,
  needle: string,
  occurrence = 1,
): { startUtf16: number; endUtf16: number } {
  let at = -1;
  for (let i = 0; i < occurrence; i++) {
    at = text.indexOf(needle, at + 1);
    if (at === -1) throw new Error(`"${needle}" occurs fewer than ${occurrence} times`);
  }
  return { startUtf16: at, endUtf16: at + needle.length };
}

/** The names of all codes in the project file at `path`, read outside Citat, sorted. */
export function codeNames(path: string): string[] {
  const db = new Database(path, { readonly: true });
  try {
    return (db.prepare('SELECT name FROM codes ORDER BY name').all() as { name: string }[]).map(
      (r) => r.name,
    );
  } finally {
    db.close();
  }
}
