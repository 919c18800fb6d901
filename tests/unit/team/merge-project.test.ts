import { copyFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/main/backend/project/project';
import { createCodePath, renameCode } from '../../../src/main/backend/services/codes';
import { applyCoding, curateQuote } from '../../../src/main/backend/services/codings';
import { computeAgreement } from '../../../src/main/backend/services/team/agreement';
import { mergeCoderProject } from '../../../src/main/backend/services/team/merge-project';
import {
  addTranscript,
  newProject,
  openProject,
  rangeOf,
  tempDir,
} from '../../helpers/temp-project';

const JKM = `I: Hvad betyder innovation for dig?
JKM: Det handler om at skabe værdi for borgerne – og om at turde fejle undervejs.`;
const TC = `I: Hvordan arbejder I med risiko?
TC: Vi prøver os frem, og vi lærer af det, også når det går galt.`;
const PFL = `I: Hvem bestemmer?
PFL: Borgerne skal være med fra starten.`;

function textOf(project: Project, documentId: string): string {
  return project.readOne<{ text: string }>('SELECT text FROM documents WHERE id = ?', documentId)!
    .text;
}

function code(project: Project, documentId: string, codeId: string, needle: string, coder: string) {
  return applyCoding(project, {
    documentId,
    codeId,
    ...rangeOf(textOf(project, documentId), needle),
    coder,
  });
}

function snapshot(project: Project) {
  return {
    codes: project.read('SELECT * FROM codes ORDER BY id'),
    codings: project.read('SELECT * FROM codings ORDER BY id'),
    coders: project.read('SELECT * FROM coders ORDER BY id'),
    curations: project.read('SELECT * FROM quote_curations ORDER BY coding_id'),
  };
}

function codingsByCoder(project: Project) {
  return project.read<{ coder: string; code: string; quoted_text: string }>(
    `SELECT k.name AS coder, d.name AS code, c.quoted_text FROM codings c
       JOIN coders k ON k.id = c.coder_id JOIN codes d ON d.id = c.code_id
      ORDER BY k.name, c.quoted_text`,
  );
}

describe('mergeCoderProject: a copy of the project coded by a second coder', () => {
  async function teamSetup() {
    const lead = newProject('lead.citat');
    const jkm = addTranscript(lead, 'JKM.txt', JKM).document;
    addTranscript(lead, 'TC.txt', TC);
    const value = createCodePath(lead, ['Principper', 'Værdi']).code;
    const risk = createCodePath(lead, ['Principper', 'Risiko']).code;
    code(lead, jkm.id, value.id, 'skabe værdi for borgerne', 'Ane');
    const copyPath = join(tempDir(), 'bo.citat');
    // A consistent copy of the open project, as the lead would hand it to a second coder.
    copyFileSync((await lead.backup('team-copy')).path, copyPath);
    const copy = await openProject(copyPath);
    code(copy, jkm.id, value.id, 'værdi for borgerne – og', 'Bo');
    const boRisk = code(copy, jkm.id, risk.id, 'turde fejle', 'Bo');
    curateQuote(copy, boRisk.id, 'turde fejle (red.)', 'forkortet');
    renameCode(copy, risk.id, 'III Risiko');
    const fresh = createCodePath(copy, ['Principper', 'Læring']).code;
    code(copy, jkm.id, fresh.id, 'om at turde', 'Bo');
    copy.close();
    return { lead, copyPath, jkm, fresh };
  }

  it("adds the second coder's codings with their coder, skips the shared ones, reports renamed codes", async () => {
    const { lead, copyPath, fresh } = await teamSetup();
    const report = await mergeCoderProject(lead, copyPath);
    expect(report.source).toBe('bo.citat');
    expect(report.documents).toEqual({
      matched: [
        { name: 'JKM.txt', otherName: 'JKM.txt', codings: 4 },
        { name: 'TC.txt', otherName: 'TC.txt', codings: 0 },
      ],
      missingHere: [],
    });
    expect(report.codings).toEqual({ added: 3, duplicates: 1 });
    expect(report.coders).toEqual({ created: ['Bo'], codings: [{ coder: 'Bo', added: 3 }] });
    expect(report.codes.created).toEqual(['Principper/Læring']);
    expect(report.codes.matchedByIdElsewhere).toEqual([
      { path: 'Principper/Risiko', otherPath: 'Principper/III Risiko' },
    ]);
    expect(report.codes.matchedByPath).toEqual([]);
    expect(report.curations).toBe(1);
    // The created code keeps the other project's id, so a later merge matches it by id.
    expect(lead.readOne('SELECT name FROM codes WHERE id = ?', fresh.id)).toEqual({
      name: 'Læring',
    });
    expect(codingsByCoder(lead)).toEqual([
      { coder: 'Ane', code: 'Værdi', quoted_text: 'skabe værdi for borgerne' },
      { coder: 'Bo', code: 'Læring', quoted_text: 'om at turde' },
      { coder: 'Bo', code: 'Risiko', quoted_text: 'turde fejle' },
      { coder: 'Bo', code: 'Værdi', quoted_text: 'værdi for borgerne – og' },
    ]);
    expect(lead.read('SELECT display_text, note FROM quote_curations')).toEqual([
      { display_text: 'turde fejle (red.)', note: 'forkortet' },
    ]);
    // The merged project now supports the agreement statistics of Ane and Bo.
    expect(computeAgreement(lead).coders).toEqual(['Ane', 'Bo']);
  });

  it('is one undo step that restores the project exactly; merging again adds nothing', async () => {
    const { lead, copyPath } = await teamSetup();
    const before = snapshot(lead);
    await mergeCoderProject(lead, copyPath);
    const after = snapshot(lead);
    expect(lead.history.undo()).toBe('Merge codings from "bo.citat"');
    expect(snapshot(lead)).toEqual(before);
    lead.history.redo();
    expect(snapshot(lead)).toEqual(after);
    const again = await mergeCoderProject(lead, copyPath);
    expect(again.codings).toEqual({ added: 0, duplicates: 4 });
    expect(again.codes.created).toEqual([]);
  });
});

describe('mergeCoderProject: independently built projects', () => {
  async function independentSetup() {
    const lead = newProject('lead.citat');
    const jkm = addTranscript(lead, 'JKM.txt', JKM).document;
    const value = createCodePath(lead, ['Principper', 'Værdi']).code;
    code(lead, jkm.id, value.id, 'skabe værdi for borgerne', 'Ane');
    const other = newProject('other.citat');
    const otherJkm = addTranscript(other, 'interview-jkm.docx', JKM).document;
    const otherPfl = addTranscript(other, 'PFL.txt', PFL).document;
    const otherValue = createCodePath(other, ['principper', 'værdi']).code;
    code(other, otherJkm.id, otherValue.id, 'skabe værdi for borgerne', 'Bo'); // the very passage Ane coded
    code(other, otherJkm.id, otherValue.id, 'værdi for borgerne', 'Bo');
    code(other, otherPfl.id, otherValue.id, 'Borgerne skal være med', 'Bo');
    other.close();
    return { lead, otherPath: other.path, otherValueId: otherValue.id, valueId: value.id };
  }

  it('matches documents by text and codes by path, and reports what it could not bring over', async () => {
    const { lead, otherPath, otherValueId, valueId } = await independentSetup();
    const report = await mergeCoderProject(lead, otherPath);
    expect(report.documents).toEqual({
      matched: [{ name: 'JKM.txt', otherName: 'interview-jkm.docx', codings: 2 }],
      missingHere: [{ name: 'PFL.txt', codings: 1 }],
    });
    expect(report.codes.matchedByPath).toEqual([
      { path: 'Principper', id: expect.any(String), otherId: expect.any(String) },
      { path: 'Principper/Værdi', id: valueId, otherId: otherValueId },
    ]);
    expect(report.codes.created).toEqual([]);
    // Bo's passage is identical to Ane's: both codings are kept, that is agreement.
    expect(report.codings).toEqual({ added: 2, duplicates: 0 });
    expect(codingsByCoder(lead).map((c) => c.coder)).toEqual(['Ane', 'Bo', 'Bo']);
    expect(lead.read('SELECT name FROM documents')).toEqual([{ name: 'JKM.txt' }]);
  });

  it('files every incoming coding under --coder when given', async () => {
    const { lead, otherPath } = await independentSetup();
    const report = await mergeCoderProject(lead, otherPath, { coderName: 'Bodil' });
    expect(report.coders).toEqual({ created: ['Bodil'], codings: [{ coder: 'Bodil', added: 2 }] });
    expect(codingsByCoder(lead).map((c) => c.coder)).toEqual(['Ane', 'Bodil', 'Bodil']);
  });

  it('counts a passage already coded by the same coder as a duplicate', async () => {
    const { lead, otherPath } = await independentSetup();
    const report = await mergeCoderProject(lead, otherPath, { coderName: 'ane' });
    expect(report.codings).toEqual({ added: 1, duplicates: 1 });
    expect(report.coders.created).toEqual([]);
  });

  it('refuses to merge a project into itself, an empty coder name and a missing file', async () => {
    const { lead } = await independentSetup();
    await expect(mergeCoderProject(lead, lead.path)).rejects.toThrow(/is this project/);
    await expect(
      mergeCoderProject(lead, join(tempDir(), 'x.citat'), { coderName: ' ' }),
    ).rejects.toThrow(/cannot be empty/);
    await expect(mergeCoderProject(lead, join(tempDir(), 'nowhere.citat'))).rejects.toThrow(
      /nowhere\.citat: no such project file/,
    );
    expect(lead.history.list()).toHaveLength(2);
  });
});
