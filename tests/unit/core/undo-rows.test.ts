/**
 * Merge, delete, move, rename and codebook import of codes, checked against the exact rows
 * of every user table: what each action changed (and nothing else), that undo gives back
 * the tables as they were before, byte for byte, and that redo gives back the tables as
 * they were after.
 */
import { describe, expect, it } from 'vitest';
import { createCodePath, moveCode, renameCode } from '../../../src/main/backend/services/codes';
import { deleteCode, mergeCodes } from '../../../src/main/backend/services/code-removal';
import { applyCoding, curateQuote } from '../../../src/main/backend/services/codings';
import { setMemo } from '../../../src/main/backend/services/memos';
import { describeCode } from '../../../src/main/backend/services/codes';
import {
  importCodebookNodes,
  parseCodebookFile,
} from '../../../src/main/backend/services/codebook-io';
import { addTranscript, newProject, rangeOf } from '../../helpers/temp-project';
import { checkUndoRedo, diffSummary } from '../../helpers/table-snapshot';

const INTERVIEW = `I: Hvordan arbejder I med risiko?
JKM: Vi tør godt fejle, men vi gør det systematisk. Det er jo det, vi skal lære af.
I: Og borgerne?
JKM: Borgerne er med fra starten, det er samskabelse.`;

function setup() {
  const project = newProject();
  // A clock that moves, so a changed timestamp shows in the rows.
  let tick = 0;
  project.now = () => new Date(Date.UTC(2025, 0, 1, 12, 0, tick++)).toISOString();
  const doc = addTranscript(project, 'JKM.txt', INTERVIEW).document;
  const text = project.readOne<{ text: string }>('SELECT text FROM documents')!.text;
  const code = (path: string) => createCodePath(project, path.split('/')).code;
  const coding = (codeId: string, passage: string, coder: string, memo?: string) =>
    applyCoding(project, {
      documentId: doc.id,
      codeId,
      ...rangeOf(text, passage),
      coder,
      ...(memo ? { memo } : {}),
    });
  return { project, doc, text, code, coding };
}

const rowOf = (project: ReturnType<typeof newProject>, sql: string, ...params: unknown[]) =>
  project.readOne<Record<string, unknown>>(sql, ...params);

/** Distinct (document, range, coder) of all codings: what a merge of two codes must keep. */
const passagesByCoder = (project: ReturnType<typeof newProject>) =>
  project.read(
    `SELECT DISTINCT c.document_id, c.start_utf16, c.end_utf16, k.name AS coder
     FROM codings c JOIN coders k ON k.id = c.coder_id ORDER BY 1, 2, 3, 4`,
  );

describe('merging codes never loses a coding', () => {
  it('keeps coder A’s coding when coder B coded the same passage with the target', async () => {
    const { project, code, coding } = setup();
    const source = code('Fejl');
    const target = code('Risiko');
    const byAnna = coding(source.id, 'Vi tør godt fejle', 'Anna');
    const byBo = coding(target.id, 'Vi tør godt fejle', 'Bo');

    const { diff } = await checkUndoRedo(project, async () => {
      expect(await mergeCodes(project, source.id, target.id)).toEqual({
        moved: 1,
        duplicatesFolded: 0,
      });
    });
    expect(diffSummary(diff)).toEqual({
      codes: { added: [], removed: [source.id], changed: [] },
      codings: { added: [], removed: [], changed: [`${byAnna.id}: code_id, updated_at`] },
    });
    const codings = project.read<{ id: string; code_id: string; coder: string }>(
      `SELECT c.id, c.code_id, k.name AS coder FROM codings c JOIN coders k ON k.id = c.coder_id ORDER BY k.name`,
    );
    expect(codings).toEqual([
      { id: byAnna.id, code_id: target.id, coder: 'Anna' },
      { id: byBo.id, code_id: target.id, coder: 'Bo' },
    ]);
  });

  it('folds only same passage + same coder; joins memos, code memos, descriptions and curations', async () => {
    const { project, code, coding } = setup();
    const source = code('Fejl');
    const target = code('Risiko');
    const targetChildren = [code('Risiko/Læring'), code('Risiko/Mod')];
    const sourceChildren = [code('Fejl/Systematik'), code('Fejl/Eksperimenter')];
    describeCode(project, source.id, { definition: 'At turde fejle' });
    setMemo(project, { kind: 'code', codeId: source.id }, 'S-memo');
    setMemo(project, { kind: 'code', codeId: target.id }, 'T-memo');

    // Identical passage, same coder, both with memo and a different curation: folded.
    const s1 = coding(source.id, 'Vi tør godt fejle', 'Anna', 'kilde');
    const t1 = coding(target.id, 'Vi tør godt fejle', 'Anna', 'mål');
    curateQuote(project, s1.id, 'Vi tør (godt) fejle', 'S-note');
    curateQuote(project, t1.id, 'Vi tør godt fejle […]');
    // The same passage by another coder who did not code it with the target: moved.
    const s1b = coding(source.id, 'Vi tør godt fejle', 'Bo');
    // Identical passage, same coder, only the source curated: the curation moves over.
    const s2 = coding(source.id, 'men vi gør det systematisk', 'Anna');
    const t2 = coding(target.id, 'men vi gør det systematisk', 'Anna');
    curateQuote(project, s2.id, 'vi gør det systematisk (om fejl, red.)');
    // Identical passage, different coders: both stay.
    const s3 = coding(source.id, 'Det er jo det, vi skal lære af', 'Bo', 'B-note');
    const t3 = coding(target.id, 'Det er jo det, vi skal lære af', 'Anna');
    // Overlapping, not identical, same coder: both stay.
    const s4 = coding(source.id, 'Borgerne er med fra starten', 'Anna');
    const t4 = coding(target.id, 'med fra starten, det er samskabelse', 'Anna');
    // Identical passage, same coder, the same printed quote with different notes.
    const s5 = coding(source.id, 'samskabelse', 'Anna');
    const t5 = coding(target.id, 'samskabelse', 'Anna');
    curateQuote(project, s5.id, 'samskabelse', 'n1');
    curateQuote(project, t5.id, 'samskabelse', 'n2');

    const passagesBefore = passagesByCoder(project);
    const { diff } = await checkUndoRedo(project, async () => {
      expect(await mergeCodes(project, source.id, target.id)).toEqual({
        moved: 3,
        duplicatesFolded: 3,
      });
    });
    const targetMemo = rowOf(project, `SELECT id FROM memos WHERE text = 'T-memo\n\nS-memo'`)!;
    expect(diffSummary(diff)).toEqual({
      codes: {
        added: [],
        removed: [source.id],
        changed: [
          `${sourceChildren[0]!.id}: parent_id, position`,
          `${sourceChildren[1]!.id}: parent_id, position`,
          `${target.id}: definition`,
        ].sort(),
      },
      codings: {
        added: [],
        removed: [s1.id, s2.id, s5.id].sort(),
        changed: [
          `${t1.id}: memo, updated_at`,
          `${s1b.id}: code_id, updated_at`,
          `${s3.id}: code_id, updated_at`,
          `${s4.id}: code_id, updated_at`,
        ].sort(),
      },
      quote_curations: {
        added: [t2.id],
        removed: [s1.id, s2.id, s5.id].sort(),
        changed: [`${t1.id}: note, updated_at`, `${t5.id}: note, updated_at`].sort(),
      },
      memos: {
        added: [],
        removed: [expect.any(String)],
        changed: [`${targetMemo.id}: text, updated_at`],
      },
    });

    expect(rowOf(project, 'SELECT memo FROM codings WHERE id = ?', t1.id)).toEqual({
      memo: 'mål\n\nkilde',
    });
    expect(
      project.read(
        'SELECT coding_id, display_text, note FROM quote_curations ORDER BY display_text',
      ),
    ).toEqual(
      [
        { coding_id: t5.id, display_text: 'samskabelse', note: 'n2\n\nn1' },
        {
          coding_id: t2.id,
          display_text: 'vi gør det systematisk (om fejl, red.)',
          note: null,
        },
        {
          coding_id: t1.id,
          display_text: 'Vi tør godt fejle […]',
          note: 'Vi tør (godt) fejle\n\nS-note',
        },
      ].sort((a, b) => (a.display_text < b.display_text ? -1 : 1)),
    );
    expect(rowOf(project, 'SELECT definition FROM codes WHERE id = ?', target.id)).toEqual({
      definition: 'At turde fejle',
    });
    // The source's children follow the target's own, in their order.
    expect(
      project.read<{ name: string; position: number }>(
        'SELECT name, position FROM codes WHERE parent_id = ? ORDER BY position',
        target.id,
      ),
    ).toEqual([
      { name: 'Læring', position: 0 },
      { name: 'Mod', position: 1 },
      { name: 'Systematik', position: 2 },
      { name: 'Eksperimenter', position: 3 },
    ]);
    expect(targetChildren).toHaveLength(2);
    // Every passage still has a coding by each coder who coded it with either code.
    expect(passagesByCoder(project)).toEqual(passagesBefore);
    expect(passagesBefore).toHaveLength(8);
    expect(
      project.read('SELECT id FROM codings WHERE id IN (?, ?, ?)', t2.id, t3.id, t4.id),
    ).toHaveLength(3);
  });

  it('folds a coder’s duplicate while another coder’s coding of the passage moves', async () => {
    const { project, code, coding } = setup();
    const source = code('Fejl');
    const target = code('Risiko');
    const annaS = coding(source.id, 'Vi tør godt fejle', 'Anna');
    const boS = coding(source.id, 'Vi tør godt fejle', 'Bo', 'Bo i S');
    const boT = coding(target.id, 'Vi tør godt fejle', 'Bo', 'Bo i T');
    const { diff } = await checkUndoRedo(project, async () => {
      expect(await mergeCodes(project, source.id, target.id)).toEqual({
        moved: 1,
        duplicatesFolded: 1,
      });
    });
    expect(diffSummary(diff)).toEqual({
      codes: { added: [], removed: [source.id], changed: [] },
      codings: {
        added: [],
        removed: [boS.id],
        changed: [`${annaS.id}: code_id, updated_at`, `${boT.id}: memo, updated_at`].sort(),
      },
    });
    expect(rowOf(project, 'SELECT memo FROM codings WHERE id = ?', boT.id)).toEqual({
      memo: 'Bo i T\n\nBo i S',
    });
  });
});

describe('undo and redo restore the exact rows', () => {
  it('delete of a code with children, codings, curations and memos', async () => {
    const { project, code, coding } = setup();
    const principper = code('Principper');
    const risiko = code('Principper/Risiko');
    const laering = code('Principper/Risiko/Læring');
    const andet = code('Andet');
    const codings = [
      coding(principper.id, 'samskabelse', 'Anna'),
      coding(risiko.id, 'Vi tør godt fejle', 'Anna', 'memo'),
      coding(risiko.id, 'Vi tør godt fejle', 'Bo'),
      coding(laering.id, 'Det er jo det, vi skal lære af', 'Bo'),
    ];
    const kept = coding(andet.id, 'Vi tør godt fejle', 'Anna');
    curateQuote(project, codings[1]!.id, 'Vi tør (godt) fejle', 'note');
    curateQuote(project, kept.id, 'Vi tør godt fejle!');
    setMemo(project, { kind: 'code', codeId: principper.id }, 'om principper');
    setMemo(project, { kind: 'code', codeId: laering.id }, 'om læring');
    setMemo(project, { kind: 'code', codeId: andet.id }, 'om andet');

    const { diff, after } = await checkUndoRedo(project, () => deleteCode(project, principper.id));
    const summary = diffSummary(diff);
    expect(summary.codes).toEqual({
      added: [],
      removed: [principper.id, risiko.id, laering.id].sort(),
      changed: [],
    });
    expect(summary.codings).toEqual({
      added: [],
      removed: codings.map((c) => c.id).sort(),
      changed: [],
    });
    expect(summary.quote_curations).toEqual({
      added: [],
      removed: [codings[1]!.id],
      changed: [],
    });
    expect(summary.memos?.removed).toHaveLength(2);
    expect(summary.memos?.added).toEqual([]);
    expect(summary.memos?.changed).toEqual([]);
    expect(Object.keys(summary).sort()).toEqual(['codes', 'codings', 'memos', 'quote_curations']);
    expect(after.codings.map((c) => c.id)).toEqual([kept.id]);
  });

  it('move within the top level and into another parent, renumbering the new siblings', async () => {
    const { project, code, coding } = setup();
    const [a, b, c, d] = ['A', 'B', 'C', 'D'].map(code);
    const [a1, a2, a3] = ['A/A1', 'A/A2', 'A/A3'].map(code);
    coding(a2!.id, 'samskabelse', 'Anna');

    let step = await checkUndoRedo(project, () => moveCode(project, d!.id, null, 1));
    expect(diffSummary(step.diff)).toEqual({
      codes: {
        added: [],
        removed: [],
        changed: [`${b!.id}: position`, `${c!.id}: position`, `${d!.id}: position`].sort(),
      },
    });
    expect(
      project.read('SELECT name, position FROM codes WHERE parent_id IS NULL ORDER BY position'),
    ).toEqual([
      { name: 'A', position: 0 },
      { name: 'D', position: 1 },
      { name: 'B', position: 2 },
      { name: 'C', position: 3 },
    ]);

    step = await checkUndoRedo(project, () => moveCode(project, a2!.id, b!.id, 0));
    expect(diffSummary(step.diff)).toEqual({
      codes: { added: [], removed: [], changed: [`${a2!.id}: parent_id, position`] },
    });

    step = await checkUndoRedo(project, () => moveCode(project, a3!.id, b!.id, 0));
    expect(diffSummary(step.diff)).toEqual({
      codes: {
        added: [],
        removed: [],
        changed: [`${a2!.id}: position`, `${a3!.id}: parent_id, position`].sort(),
      },
    });
    expect(
      project.read('SELECT name, position FROM codes WHERE parent_id = ? ORDER BY position', b!.id),
    ).toEqual([
      { name: 'A3', position: 0 },
      { name: 'A2', position: 1 },
    ]);
    expect(project.read('SELECT name FROM codes WHERE parent_id = ?', a!.id)).toEqual([
      { name: 'A1' },
    ]);
    expect(a1).toBeDefined();
  });

  it('rename changes one column of one row', async () => {
    const { project, code, coding } = setup();
    const risiko = code('Principper/Risiko');
    coding(risiko.id, 'Vi tør godt fejle', 'Anna');
    const { diff } = await checkUndoRedo(project, () =>
      renameCode(project, risiko.id, 'III Risiko'),
    );
    expect(diff).toEqual({
      codes: {
        added: [],
        removed: [],
        changed: [
          {
            before: expect.objectContaining({ id: risiko.id, name: 'Risiko' }),
            after: expect.objectContaining({ id: risiko.id, name: 'III Risiko' }),
            columns: ['name'],
          },
        ],
      },
    });
  });

  it('codebook import: codes created and descriptions added, as one step', async () => {
    const { project, code } = setup();
    const existing = code('Principper');
    const qdc = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="test">
  <Codes>
    <Code guid="11111111-2222-4333-8444-555555555555" name="principper" isCodable="true">
      <Description>Analytiske principper</Description>
      <Code guid="11111111-2222-4333-8444-666666666666" name="Risiko" isCodable="true" color="#112233"/>
    </Code>
    <Code guid="11111111-2222-4333-8444-777777777777" name="Ny" isCodable="true"/>
  </Codes>
</CodeBook>`;
    const imported = parseCodebookFile(new TextEncoder().encode(qdc), 'b.qdc');
    const { diff } = await checkUndoRedo(project, () => {
      expect(importCodebookNodes(project, imported, 'b.qdc')).toMatchObject({
        created: 2,
        matched: 1,
        described: 1,
      });
    });
    expect(diffSummary(diff)).toEqual({
      codes: {
        added: ['11111111-2222-4333-8444-666666666666', '11111111-2222-4333-8444-777777777777'],
        removed: [],
        changed: [`${existing.id}: definition`],
      },
    });
  });
});
