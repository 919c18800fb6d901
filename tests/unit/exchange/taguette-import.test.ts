/**
 * Import of a real Taguette 1.5.2 project file (../shared/taguette/project.sqlite3):
 * every highlight on exactly the text truth.json gives, one undo step, matched on
 * re-import, and files that are not a Taguette project refused by name, never as an
 * SQLite error of the open Citat project.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../src/main/backend/api/dispatch';
import { CitatError } from '../../../src/main/backend/errors';
import { importExchangeFile } from '../../../src/main/backend/exchange/exchange-import';
import {
  importCodebookNodes,
  parseCodebookFile,
} from '../../../src/main/backend/services/codebook-io';
import { setCurrentCoder } from '../../../src/main/backend/services/coders';
import { createCodePath } from '../../../src/main/backend/services/codes';
import type { Project } from '../../../src/main/backend/project/project';
import { addTranscript, newProject, tempDir } from '../../helpers/temp-project';
import { tableCounts } from './qdpx/helpers';
import { errorOf } from '../../helpers/citat-error';

const DIR = '/work/shared/taguette';
const SAMPLE = join(DIR, 'project.sqlite3');
const FILE = 'project.sqlite3';

interface Truth {
  documents: { name: string; text: string; description: string }[];
  tags: { path: string; description: string }[];
  highlights: { file_id: number; document: string; text: string; tags: string[] }[];
}
const truth = JSON.parse(readFileSync(join(DIR, 'truth.json'), 'utf8')) as Truth;
const sampleBytes = (): Uint8Array => readFileSync(SAMPLE);

interface CodingRow {
  document: string;
  code: string;
  text: string;
  quoted: string;
  coder: string;
}

/** Every coding with the text at its offsets (sliced in UTF-16 units, as Citat stores them). */
function codings(project: Project): CodingRow[] {
  return project
    .read<Omit<CodingRow, 'text'> & { body: string; start: number; end: number }>(
      `SELECT d.name AS document, k.name AS code, d.text AS body, c.start_utf16 AS start,
              c.end_utf16 AS end, c.quoted_text AS quoted, r.name AS coder
         FROM codings c JOIN documents d ON d.id = c.document_id JOIN codes k ON k.id = c.code_id
         JOIN coders r ON r.id = c.coder_id ORDER BY d.name, c.start_utf16, k.name`,
    )
    .map(({ body, start, end, ...row }) => ({ ...row, text: body.slice(start, end) }));
}

const expectedCodings = () =>
  truth.highlights
    .flatMap((h) => h.tags.map((tag) => ({ document: h.document, code: tag, text: h.text })))
    .sort(
      (a, b) =>
        a.document.localeCompare(b.document) ||
        a.text.localeCompare(b.text) ||
        a.code.localeCompare(b.code),
    );
const sortRows = (rows: { document: string; code: string; text: string }[]) =>
  rows
    .map(({ document, code, text }) => ({ document, code, text }))
    .sort(
      (a, b) =>
        a.document.localeCompare(b.document) ||
        a.text.localeCompare(b.text) ||
        a.code.localeCompare(b.code),
    );

describe('Taguette sample project', () => {
  it('puts every highlight on exactly the text of truth.json', () => {
    const project = newProject();
    setCurrentCoder(project, 'Ane');
    const report = importExchangeFile(project, sampleBytes(), FILE);
    expect(report).toMatchObject({
      format: 'taguette',
      origin: 'Taguette (database revision db5e31a0233d)',
      coder: 'Ane',
      created: { documents: 2, codes: 6, codings: 16, coders: 0, memos: 2, speakers: 3 },
      matched: { documents: [], codes: 0, coders: 1 },
      skippedCodings: 0,
      warnings: [],
    });
    expect(report.notImported).toEqual([
      expect.objectContaining({ what: 'project description', count: 1 }),
    ]);
    const rows = codings(project);
    expect(rows).toHaveLength(16);
    for (const row of rows) {
      expect(row.quoted).toBe(row.text);
      expect(row.coder).toBe('Ane');
    }
    expect(sortRows(rows)).toEqual(expectedCodings());

    // The documents are Taguette's text itself: paragraphs as lines.
    const texts = project.read<{ name: string; text: string; original_filename: string }>(
      `SELECT name, text, original_filename FROM documents ORDER BY position`,
    );
    expect(texts.map((d) => d.name)).toEqual(truth.documents.map((d) => d.name));
    expect(texts.map((d) => d.text)).toEqual(truth.documents.map((d) => d.text));
    expect(texts.map((d) => d.original_filename)).toEqual([
      'interview_mh_velfaerd.html',
      'principal_rk_codesign.html',
    ]);
    const memos = project.read<{ text: string }>(`SELECT text FROM memos ORDER BY text`);
    expect(memos.map((m) => m.text).sort()).toEqual(
      truth.documents.map((d) => d.description).sort(),
    );

    // Codes: flat, with Taguette's descriptions and the GUIDs its .qdc gives them.
    const codes = project.read<{
      id: string;
      name: string;
      parent_id: string | null;
      definition: string;
    }>(`SELECT id, name, parent_id, definition FROM codes ORDER BY position`);
    expect(codes.map((c) => [c.name, c.definition])).toEqual(
      truth.tags.map((t) => [t.path, t.description]),
    );
    expect(codes.every((c) => c.parent_id === null)).toBe(true);
    const qdc = readFileSync(join(DIR, 'codebook.qdc'), 'utf8');
    for (const code of codes)
      expect(qdc).toContain(`guid="${code.id.toUpperCase()}" name="${code.name}"`);

    const turns = project.read<{ label: string; n: number }>(
      `SELECT s.label, count(*) AS n FROM speaker_turns t JOIN speakers s ON s.id = t.speaker_id GROUP BY s.label ORDER BY s.label`,
    );
    expect(turns).toEqual([
      { label: 'I', n: 12 },
      { label: 'MH', n: 7 },
      { label: 'RK', n: 6 },
    ]);
  });

  it('is one undo step, and undo removes everything it brought', async () => {
    const project = newProject();
    const before = tableCounts(project);
    importExchangeFile(project, sampleBytes(), FILE, { coder: 'Bo' });
    const history = await invoke(project, 'history.list', {});
    expect(history.map((step) => step.label)).toEqual([
      'Import Taguette project "project.sqlite3"',
    ]);
    await invoke(project, 'history.undo', {});
    expect({ ...tableCounts(project), undo_steps: before.undo_steps }).toEqual(before);
    expect(project.read(`SELECT * FROM coders WHERE name = 'Bo'`)).toEqual([]);
    await invoke(project, 'history.redo', {});
    expect(codings(project)).toHaveLength(16);
  });

  it('names the coder given, makes it no current coder, and says so in the report', async () => {
    const project = newProject();
    setCurrentCoder(project, 'Ane');
    const report = await invoke(project, 'exchange.import', {
      fileName: FILE,
      bytes: sampleBytes(),
      coder: 'Bo',
    });
    expect(report).toMatchObject({ coder: 'Bo', created: { coders: 1, codings: 16 } });
    expect(new Set(codings(project).map((c) => c.coder))).toEqual(new Set(['Bo']));
    expect((await invoke(project, 'project.info', {})).currentCoder).toBe('Ane');
  });

  it('matches documents and codings on re-import, and after the same text came as a transcript', () => {
    const project = newProject();
    addTranscript(project, 'MH.txt', truth.documents[0]!.text);
    const first = importExchangeFile(project, sampleBytes(), FILE, { coder: 'Ane' });
    expect(first.created.documents).toBe(1);
    expect(first.matched.documents).toEqual([
      { source: truth.documents[0]!.name, document: 'MH.txt' },
    ]);
    const again = importExchangeFile(project, sampleBytes(), FILE, { coder: 'Ane' });
    expect(again.created).toMatchObject({ documents: 0, codes: 0, codings: 0, memos: 0 });
    expect(again.matched.codes).toBe(6);
    expect(again.warnings).toEqual([
      '16 coding(s) were already in the project (same document, code, passage and coder) and were not added again',
    ]);
    expect(tableCounts(project)).toMatchObject({ documents: 2, codes: 6, codings: 16 });
  });

  it("matches Taguette's own .qdc and CSV codebook, imported before or after", () => {
    for (const codebook of ['codebook.qdc', 'codebook.csv', 'codebook.xlsx']) {
      const before = newProject();
      const bytes = readFileSync(join(DIR, codebook));
      importCodebookNodes(before, parseCodebookFile(bytes, codebook), codebook);
      const report = importExchangeFile(before, sampleBytes(), FILE);
      expect(report.created.codes, codebook).toBe(0);
      expect(report.matched.codes, codebook).toBe(6);
      expect(tableCounts(before).codes).toBe(6);

      const after = newProject();
      importExchangeFile(after, sampleBytes(), FILE);
      const result = importCodebookNodes(after, parseCodebookFile(bytes, codebook), codebook);
      expect([result.created, result.matched], codebook).toEqual([0, 6]);
    }
  });

  it('puts a flat tag that spells an existing path on that code', () => {
    const project = newProject();
    const nested = createCodePath(project, ['barriere', 'risiko']).code;
    const report = importExchangeFile(project, sampleBytes(), FILE);
    expect(report.created.codes).toBe(5);
    expect(report.matched.codes).toBe(1);
    const risiko = codings(project).filter((c) => c.code === 'risiko');
    expect(risiko).toHaveLength(4);
    expect(project.readOne(`SELECT 1 FROM codes WHERE name = 'barriere/risiko'`)).toBeUndefined();
    expect(nested.name).toBe('risiko');
  });
});

/** A copy of the sample, changed with SQL (a separate connection), as bytes. */
function alteredSample(change: (db: Database.Database) => void): Uint8Array {
  const path = join(tempDir(), 'altered.sqlite3');
  copyFileSync(SAMPLE, path);
  const db = new Database(path);
  try {
    change(db);
  } finally {
    db.close();
  }
  return readFileSync(path);
}

describe('Taguette files that do not fit their snippets', () => {
  it('reports a highlight whose offsets no longer hold its text, and places the others', () => {
    const bytes = alteredSample((db) =>
      db.prepare(`UPDATE highlights SET start_offset = start_offset + 7 WHERE id = 13`).run(),
    );
    const project = newProject();
    const report = importExchangeFile(project, bytes, FILE);
    expect(report.created.codings).toBe(15);
    expect(report.skippedCodings).toBe(1);
    expect(report.notImported).toContainEqual(
      expect.objectContaining({
        what: 'highlights whose text does not match',
        detail: expect.stringMatching(/highlight 13 in "Principal RK \(EN\) – co-design"/),
      }),
    );
    const texts = codings(project).map((c) => c.text);
    expect(texts).not.toContain(truth.highlights.find((h) => h.file_id === 13)!.text);
  });

  it('reports highlights outside the text and highlights without tags', () => {
    const bytes = alteredSample((db) => {
      db.prepare(`UPDATE highlights SET start_offset = 5000, end_offset = 5010 WHERE id = 1`).run();
      db.prepare(`DELETE FROM highlight_tags WHERE highlight_id = 14`).run();
    });
    const report = importExchangeFile(newProject(), bytes, FILE);
    expect(report.created.codings).toBe(14);
    expect(report.notImported.map((n) => [n.what, n.count])).toEqual([
      ['project description', 1],
      ['highlights outside their document', 1],
      ['highlights without tags', 1],
    ]);
  });
});

describe('files that are not a Taguette project', () => {
  const refusal = (bytes: Uint8Array, fileName = 'other.sqlite3') => {
    const project = newProject();
    const error = errorOf(() => importExchangeFile(project, bytes, fileName));
    expect(tableCounts(project).undo_steps).toBe(0);
    return error;
  };

  it('refuses a Citat project, naming citat merge', () => {
    const project = newProject('other.citat');
    const bytes = readFileSync(project.path);
    const error = refusal(bytes, 'other.citat');
    expect(error.code).toBe('taguette.citat-project');
    expect(error.message).toMatch(/^other\.citat: this is a Citat project.*citat merge/);
  });

  it('refuses other SQLite databases, views, virtual tables and computed columns by name', () => {
    const empty = join(tempDir(), 'empty.sqlite3');
    const db = new Database(empty);
    db.exec(`CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)`);
    db.close();
    expect(refusal(readFileSync(empty)).message).toMatch(
      /other\.sqlite3: an SQLite database, but not a Taguette project file \(it has no projects, documents, tags, highlights, highlight_tags tables\)/,
    );
    const view = alteredSample((d) => {
      d.exec(`ALTER TABLE tags RENAME TO tags_real; CREATE VIEW tags AS SELECT * FROM tags_real`);
    });
    expect(refusal(view).message).toMatch(/"tags" is a view, not a table/);
    const computed = alteredSample((d) => {
      d.exec(`DROP TABLE highlight_tags;
        CREATE TABLE highlight_tags (highlight_id INTEGER, tag_id INTEGER, x INTEGER GENERATED ALWAYS AS (tag_id * 2))`);
    });
    expect(refusal(computed).message).toMatch(/column "x" of "highlight_tags" is computed/);
    const virtual = alteredSample((d) => {
      d.exec(
        `DROP TABLE highlight_tags; CREATE VIRTUAL TABLE highlight_tags USING fts5(highlight_id, tag_id)`,
      );
    });
    expect(refusal(virtual).message).toMatch(/"highlight_tags" is a virtual table, not a table/);
  });

  it('refuses a Taguette server database holding several projects', () => {
    const bytes = alteredSample((d) =>
      d.exec(`INSERT INTO projects (name, description, created) VALUES ('B', '', '2026-01-01')`),
    );
    expect(refusal(bytes).message).toMatch(
      /Taguette server database holding 2 projects; in Taguette, export the one project/,
    );
  });

  it('refuses a file that is no project at all with both kinds named', () => {
    const error = refusal(new TextEncoder().encode('tag,description\nA,b\n'), 'x.txt');
    expect(error.code).toBe('exchange.unknown-format');
    expect(error.message).toMatch(/REFI-QDA project \(\.qdpx.*Taguette project file/);
  });
});

describe('a damaged Taguette file', () => {
  /** The sample with bytes of its last page overwritten (a bad copy), or cut short. */
  const damagedVariants = (): [string, Uint8Array][] => {
    const bytes = Buffer.from(sampleBytes());
    const pageSize = bytes.readUInt16BE(16);
    const pages = bytes.length / pageSize;
    const garbled = Buffer.from(bytes);
    for (let page = 2; page <= pages; page++)
      for (let i = 0; i < 12; i++) garbled[(page - 1) * pageSize + i] = 0xa5 ^ (i * 37);
    const header = Buffer.from(bytes);
    header.writeUInt32BE(0xffffff, 28); // page count far beyond the file
    header[21] = 0x30; // an impossible max embedded payload fraction
    return [
      ['garbled pages', garbled],
      ['cut short', bytes.subarray(0, pageSize * 3)],
      ['broken header', header],
    ];
  };

  it('is refused as an input error naming the file, and the open project stays writable', async () => {
    for (const [label, bytes] of damagedVariants()) {
      const project = newProject();
      const error = await invoke(project, 'exchange.import', { fileName: FILE, bytes }).then(
        () => null,
        (err: unknown) => err,
      );
      expect(error, label).toBeInstanceOf(CitatError);
      expect((error as CitatError).kind, label).toBe('input');
      expect((error as CitatError).code, label).toMatch(/^taguette\./);
      expect((error as CitatError).message, label).toMatch(/^project\.sqlite3: /);
      expect(project.access.mode, label).not.toBe('read-only');
      await invoke(project, 'codes.createPath', { path: ['Efter'] });
    }
  });
});
