import Database from 'better-sqlite3';
import { copyFileSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../src/main/backend/api/dispatch';
import { createCodePath } from '../../../src/main/backend/services/codes';
import { applyCoding } from '../../../src/main/backend/services/codings';
import { mergeCoderProject } from '../../../src/main/backend/services/team/merge-project';
import { mergeUploadedProject } from '../../../src/main/backend/services/team/merge-upload';
import {
  addTranscript,
  newProject,
  openProject,
  rangeOf,
  tempDir,
} from '../../helpers/temp-project';

const JKM = `I: Hvad betyder innovation for dig?
JKM: Det handler om at skabe værdi for borgerne – og om at turde fejle undervejs.`;

const mergeFolders = () =>
  new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('citat-merge-')));

/** The lead's project with Ane's coding, and the bytes of Bo's coded copy of it. */
async function teamSetup() {
  const lead = newProject('lead.citat');
  const jkm = addTranscript(lead, 'JKM.txt', JKM).document;
  const value = createCodePath(lead, ['Principper', 'Værdi']).code;
  const text = lead.readOne<{ text: string }>('SELECT text FROM documents')!.text;
  applyCoding(lead, {
    documentId: jkm.id,
    codeId: value.id,
    ...rangeOf(text, 'skabe værdi'),
    coder: 'Ane',
  });
  const copyPath = join(tempDir(), 'bo-copy.citat');
  copyFileSync((await lead.backup('team-copy')).path, copyPath);
  const copy = await openProject(copyPath);
  applyCoding(copy, {
    documentId: jkm.id,
    codeId: value.id,
    ...rangeOf(text, 'værdi for borgerne'),
    coder: 'Bo',
  });
  copy.close();
  return { lead, copyPath, bytes: new Uint8Array(readFileSync(copyPath)) };
}

function codersOf(project: { read<T>(sql: string): T[] }) {
  return project
    .read<{ coder: string }>(
      `SELECT k.name AS coder FROM codings c JOIN coders k ON k.id = c.coder_id ORDER BY k.name`,
    )
    .map((r) => r.coder);
}

describe('mergeUploadedProject', () => {
  it('merges the uploaded bytes under the file name the user chose and removes the temp copy', async () => {
    const { lead, bytes } = await teamSetup();
    const before = mergeFolders();
    const report = await mergeUploadedProject(lead, { fileName: 'bo.citat', bytes });
    expect(report.source).toBe('bo.citat');
    expect(report.codings).toEqual({ added: 1, duplicates: 1 });
    expect(report.coders.codings).toEqual([{ coder: 'Bo', added: 1 }]);
    expect(codersOf(lead)).toEqual(['Ane', 'Bo']);
    expect(lead.history.list().at(-1)?.label).toBe('Merge codings from "bo.citat"');
    expect(mergeFolders()).toEqual(before);
  });

  it('files the codings under the coder name given, and never writes outside its folder', async () => {
    const { lead, bytes } = await teamSetup();
    const report = await mergeUploadedProject(lead, {
      fileName: '../../etc/bodil.citat',
      bytes,
      coderName: 'Bodil',
    });
    expect(report.source).toBe('bodil.citat');
    expect(codersOf(lead)).toEqual(['Ane', 'Bodil', 'Bodil']);
  });

  it('upgrades a project file written by an older Citat before merging it', async () => {
    const { lead, copyPath } = await teamSetup();
    // Schema 1: before the coder joined the coding identity.
    const db = new Database(copyPath);
    db.exec(`DROP INDEX codings_by_range; DROP INDEX codings_unique_range;
      CREATE UNIQUE INDEX codings_unique_range ON codings(document_id, code_id, start_utf16, end_utf16);`);
    db.pragma('user_version = 1');
    db.close();
    // Opened read-only as a merge does, it is refused; the upload upgrades its own copy.
    await expect(mergeCoderProject(lead, copyPath)).rejects.toThrow(/needs upgrading/);
    const report = await mergeUploadedProject(lead, {
      fileName: 'old.citat',
      bytes: new Uint8Array(readFileSync(copyPath)),
    });
    expect(report.codings.added).toBe(1);
  });

  it('refuses other files with a message naming them, and leaves no temp copy', async () => {
    const { lead } = await teamSetup();
    const before = mergeFolders();
    const bytes = new TextEncoder().encode('not a database');
    await expect(mergeUploadedProject(lead, { fileName: 'bo.qdpx', bytes })).rejects.toThrow(
      /bo\.qdpx is a REFI-QDA project: import it/,
    );
    await expect(mergeUploadedProject(lead, { fileName: 'bo.docx', bytes })).rejects.toThrow(
      /bo\.docx is not a Citat project/,
    );
    await expect(
      mergeUploadedProject(lead, { fileName: 'bo.citat', bytes: new Uint8Array() }),
    ).rejects.toThrow(/bo\.citat is empty/);
    await expect(mergeUploadedProject(lead, { fileName: 'bo.citat', bytes })).rejects.toThrow(
      /bo\.citat is not a Citat project \(not an SQLite database\)/,
    );
    expect(mergeFolders()).toEqual(before);
    expect(codersOf(lead)).toEqual(['Ane']);
  });

  it('is reachable through the API as team.mergeUpload', async () => {
    const { lead, bytes } = await teamSetup();
    const report = await invoke(lead, 'team.mergeUpload', { fileName: 'bo.citat', bytes });
    expect(report.codings.added).toBe(1);
    await expect(
      invoke(lead, 'team.mergeUpload', { fileName: 'bo.citat', bytes, coderName: '  ' }),
    ).rejects.toThrow(/invalid arguments for team.mergeUpload: coderName/);
  });
});
