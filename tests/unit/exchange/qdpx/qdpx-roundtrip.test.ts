import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportQdpx } from '../../../../src/main/backend/exchange/qdpx/qdpx-export';
import { importQdpx } from '../../../../src/main/backend/exchange/qdpx/qdpx-import';
import { CodePointIndex } from '../../../../src/shared/text/offsets';
import { addTranscript, newProject } from '../../../helpers/temp-project';
import {
  EMOJI_TRANSCRIPT,
  SAMPLES_DIR,
  fillProject,
  projectSchemaErrors,
  tableCounts,
  zipTexts,
} from './helpers';

function original() {
  const project = newProject('speciale.citat');
  fillProject(project);
  return { project, bytes: exportQdpx(project) };
}

describe('.qdpx round trip', () => {
  it('export → import into a fresh project → export gives the same project.qde and sources', () => {
    const { bytes } = original();
    const copy = newProject('speciale.citat');
    const report = importQdpx(copy, bytes, 'speciale.qdpx');
    expect(report.warnings).toEqual([]);
    expect(report.notImported).toEqual([]);
    expect(report.created).toMatchObject({
      documents: 2,
      codes: 5,
      codings: 4,
      coders: 2,
      cases: 2,
      attributes: 3,
      memos: 2,
    });
    const first = zipTexts(bytes);
    const second = zipTexts(exportQdpx(copy));
    expect([...second.keys()]).toEqual([...first.keys()]);
    for (const [name, text] of first) expect(second.get(name), name).toBe(text);
  });

  it('keeps codings on the same characters despite emoji and combining marks', () => {
    const { project, bytes } = original();
    const copy = newProject('copy.citat');
    importQdpx(copy, bytes, 'speciale.qdpx');
    const rows = (p: typeof project) =>
      p.read<{ quoted_text: string; start_utf16: number; end_utf16: number; memo: string | null }>(
        `SELECT quoted_text, start_utf16, end_utf16, memo FROM codings ORDER BY start_utf16, end_utf16, quoted_text`,
      );
    expect(rows(copy)).toEqual(rows(project));
    const text = copy.readOne<{ text: string }>(
      `SELECT text FROM documents WHERE name = 'JKM.txt'`,
    )!.text;
    expect(text).toBe(EMOJI_TRANSCRIPT.trimEnd());
    // Same speakers and turns as a transcript import of the same text.
    const turns = (p: typeof project) =>
      p.read(
        `SELECT s.label, t.start_utf16, t.end_utf16 FROM speaker_turns t JOIN speakers s ON s.id = t.speaker_id ORDER BY t.start_utf16, s.label`,
      );
    expect(turns(copy)).toEqual(turns(project));
    const jkmRows = copy.read<{ quoted_text: string; start_utf16: number; end_utf16: number }>(
      `SELECT quoted_text, start_utf16, end_utf16 FROM codings c JOIN documents d ON d.id = c.document_id WHERE d.name = 'JKM.txt'`,
    );
    expect(jkmRows).toHaveLength(3);
    for (const row of jkmRows) {
      expect(text.slice(row.start_utf16, row.end_utf16)).toBe(row.quoted_text);
      const index = new CodePointIndex(text);
      expect(index.toUtf16(index.toCodePoint(row.start_utf16))).toBe(row.start_utf16);
    }
  });

  it('is one undo step, and undoing it restores the project', () => {
    const { bytes } = original();
    const copy = newProject('copy.citat');
    const before = tableCounts(copy);
    importQdpx(copy, bytes, 'speciale.qdpx');
    expect(copy.history.list().map((s) => s.label)).toEqual(['Import project "speciale.qdpx"']);
    copy.history.undo();
    const after = tableCounts(copy);
    expect({ ...after, undo_steps: 0 }).toEqual({ ...before, undo_steps: 0 });
  });

  it('importing the same file again adds nothing and reports the matches', () => {
    const { bytes } = original();
    const copy = newProject('copy.citat');
    importQdpx(copy, bytes, 'speciale.qdpx');
    const counts = tableCounts(copy);
    const again = importQdpx(copy, bytes, 'speciale.qdpx');
    expect(again.created).toEqual({
      documents: 0,
      codes: 0,
      codings: 0,
      coders: 0,
      cases: 0,
      attributes: 0,
      memos: 0,
      speakers: 0,
    });
    expect(again.matched.documents).toEqual([
      { source: 'JKM.txt', document: 'JKM.txt' },
      { source: 'PFL.txt', document: 'PFL.txt' },
    ]);
    expect(again.matched).toMatchObject({ codes: 5, coders: 2, cases: 2, attributes: 3 });
    expect({ ...tableCounts(copy), undo_steps: 0 }).toEqual({ ...counts, undo_steps: 0 });
  });

  it('adds codings to a matching document that is already in the project', () => {
    const { bytes } = original();
    const target = newProject('target.citat');
    const other = newProject('other.citat');
    fillProject(other);
    // The target already has JKM.txt's text under another name, with no codings.
    const jkm = other.readOne<{ text: string }>(
      `SELECT text FROM documents WHERE name = 'JKM.txt'`,
    )!;
    addTranscript(target, 'interview-1.txt', jkm.text);
    const report = importQdpx(target, bytes, 'speciale.qdpx');
    expect(report.matched.documents).toEqual([{ source: 'JKM.txt', document: 'interview-1.txt' }]);
    expect(report.created.documents).toBe(1);
    const onInterview = target.readOne<{ n: number }>(
      `SELECT count(*) AS n FROM codings c JOIN documents d ON d.id = c.document_id WHERE d.name = 'interview-1.txt'`,
    )!.n;
    expect(onInterview).toBe(3);
  });

  it('an imported NVivo project exports valid, and survives a second round unchanged', async () => {
    const nvivo = readFileSync(join(SAMPLES_DIR, 'nvivo-win-12.6_oltas0517.qdpx'));
    const first = newProject('oltas.citat');
    importQdpx(first, nvivo, 'oltas.qdpx');
    const exported = exportQdpx(first);
    const files = zipTexts(exported);
    expect(await projectSchemaErrors(files.get('project.qde')!)).toEqual([]);
    const second = newProject('oltas.citat');
    const report = importQdpx(second, exported, 'oltas.qdpx');
    expect(report.positions.reason).toMatch(
      /^as expected for the REFI-QDA standard; 303 of 303 selections match/,
    );
    const again = zipTexts(exportQdpx(second));
    for (const [name, text] of files) expect(again.get(name), name).toBe(text);
  });
});
