/**
 * Anchor examples (codings.setAnchor): marking and unmarking are one undo step each and
 * change exactly one coding_anchors row; removing the coding, its code or its document
 * (or editing its text away) drops the mark in the same step, and undo brings it back.
 */
import { describe, expect, it } from 'vitest';
import { anchorsByCode, setAnchor } from '../../../src/main/backend/services/anchors';
import { createCodePath, listCodes } from '../../../src/main/backend/services/codes';
import { applyCoding, removeCoding } from '../../../src/main/backend/services/codings';
import { deleteCode, mergeCodes } from '../../../src/main/backend/services/code-removal';
import { deleteDocument } from '../../../src/main/backend/services/documents';
import { editDocumentText } from '../../../src/main/backend/services/document-edit';
import { invoke } from '../../../src/main/backend/api/dispatch';
import { addTranscript, newProject, rangeOf } from '../../helpers/temp-project';
import { checkUndoRedo, diffSummary } from '../../helpers/table-snapshot';
import { errorOf } from '../../helpers/citat-error';

const INTERVIEW = `I: Hvordan arbejder I med risiko?
JKM: Vi tør godt fejle, men vi gør det systematisk. Det er jo det, vi skal lære af.
I: Og borgerne?
JKM: Borgerne er med fra starten, det er samskabelse.`;

function setup() {
  const project = newProject();
  let tick = 0;
  project.now = () => new Date(Date.UTC(2025, 0, 1, 12, 0, tick++)).toISOString();
  const doc = addTranscript(project, 'JKM.txt', INTERVIEW).document;
  const text = project.readOne<{ text: string }>('SELECT text FROM documents')!.text;
  const risk = createCodePath(project, ['Principper', 'Risiko']).code;
  const coding = (passage: string, codeId = risk.id) =>
    applyCoding(project, { documentId: doc.id, codeId, ...rangeOf(text, passage) });
  return { project, doc, text, risk, coding };
}

describe('marking anchor examples', () => {
  it('marks and unmarks as one undo step each, changing only the anchor row', async () => {
    const { project, risk, coding } = setup();
    const fail = coding('Vi tør godt fejle');
    const mark = await checkUndoRedo(project, () => setAnchor(project, fail.id, true));
    expect(diffSummary(mark.diff)).toEqual({
      coding_anchors: { added: [fail.id], removed: [], changed: [] },
    });
    expect(mark.after.coding_anchors).toEqual([
      { coding_id: fail.id, marked_at: expect.stringMatching(/^2025-01-01T12:00:/) },
    ]);
    expect(project.history.list().at(-1)!.label).toBe('Mark anchor example of "Principper/Risiko"');
    expect(listCodes(project).find((c) => c.id === risk.id)!.anchorCodingIds).toEqual([fail.id]);

    const unmark = await checkUndoRedo(project, () => setAnchor(project, fail.id, false));
    expect(diffSummary(unmark.diff)).toEqual({
      coding_anchors: { added: [], removed: [fail.id], changed: [] },
    });
    expect(listCodes(project).find((c) => c.id === risk.id)!.anchorCodingIds).toEqual([]);
  });

  it('marking a marked coding (or unmarking an unmarked one) records no step', () => {
    const { project, coding } = setup();
    const fail = coding('Vi tør godt fejle');
    setAnchor(project, fail.id, true);
    const steps = project.history.list().length;
    setAnchor(project, fail.id, true);
    const other = coding('Det er jo det, vi skal lære af.');
    const afterCoding = project.history.list().length;
    expect(afterCoding).toBe(steps + 1);
    setAnchor(project, other.id, false);
    expect(project.history.list().length).toBe(afterCoding);
  });

  it('lists a code’s anchors in document order', () => {
    const { project, risk, coding } = setup();
    const late = coding('Det er jo det, vi skal lære af.');
    const early = coding('Vi tør godt fejle');
    setAnchor(project, late.id, true);
    setAnchor(project, early.id, true);
    expect(anchorsByCode(project).get(risk.id)).toEqual([early.id, late.id]);
  });

  it('refuses an unknown coding id with a clear error code, through the contract too', async () => {
    const { project } = setup();
    const steps = project.history.list().length;
    const error = errorOf(() => setAnchor(project, 'no-such-coding', true));
    expect(error.code).toBe('coding.not-found');
    expect(error.message).toContain('no-such-coding');
    await expect(
      invoke(project, 'codings.setAnchor', { id: 'no-such-coding', anchor: true }),
    ).rejects.toMatchObject({ code: 'coding.not-found' });
    expect(project.history.list().length).toBe(steps);
  });
});

describe('removing what an anchor belongs to', () => {
  it('removing the coding drops its mark in the same step; undo restores both', async () => {
    const { project, coding } = setup();
    const fail = coding('Vi tør godt fejle');
    setAnchor(project, fail.id, true);
    const { diff } = await checkUndoRedo(project, () => removeCoding(project, fail.id));
    expect(diffSummary(diff)).toEqual({
      codings: { added: [], removed: [fail.id], changed: [] },
      coding_anchors: { added: [], removed: [fail.id], changed: [] },
    });
  });

  it('deleting the code drops the marks of its codings and of the codes below it', async () => {
    const { project, coding } = setup();
    const below = createCodePath(project, ['Principper', 'Risiko', 'Fejl']).code;
    const fail = coding('Vi tør godt fejle');
    const lesson = coding('Det er jo det, vi skal lære af.', below.id);
    setAnchor(project, fail.id, true);
    setAnchor(project, lesson.id, true);
    const principles = listCodes(project).find((c) => c.name === 'Principper')!;
    const { diff } = await checkUndoRedo(project, () => deleteCode(project, principles.id));
    expect(diffSummary(diff).coding_anchors).toEqual({
      added: [],
      removed: [fail.id, lesson.id].sort(),
      changed: [],
    });
  });

  it('merging folds a marked duplicate into its twin, which keeps the mark', async () => {
    const { project, risk, coding } = setup();
    const other = createCodePath(project, ['Fejl']).code;
    const twin = coding('Vi tør godt fejle');
    const folded = coding('Vi tør godt fejle', other.id);
    setAnchor(project, folded.id, true);
    const { diff } = await checkUndoRedo(project, () => mergeCodes(project, other.id, risk.id));
    expect(diffSummary(diff).coding_anchors).toEqual({
      added: [twin.id],
      removed: [folded.id],
      changed: [],
    });
  });

  it('deleting the document drops the marks of its codings', async () => {
    const { project, doc, coding } = setup();
    const fail = coding('Vi tør godt fejle');
    setAnchor(project, fail.id, true);
    const { diff } = await checkUndoRedo(project, () => deleteDocument(project, doc.id));
    expect(diffSummary(diff).coding_anchors).toEqual({
      added: [],
      removed: [fail.id],
      changed: [],
    });
  });

  it('editing away the coded text drops the mark with the coding', async () => {
    const { project, doc, text, coding } = setup();
    const fail = coding('Vi tør godt fejle');
    const kept = coding('Det er jo det, vi skal lære af.');
    setAnchor(project, fail.id, true);
    setAnchor(project, kept.id, true);
    const edited = text.replace('Vi tør godt fejle, men vi gør det systematisk. ', '');
    const { diff } = await checkUndoRedo(project, () => editDocumentText(project, doc.id, edited));
    expect(diffSummary(diff).coding_anchors).toEqual({
      added: [],
      removed: [fail.id],
      changed: [],
    });
    expect(diffSummary(diff).codings?.removed).toEqual([fail.id]);
  });
});
