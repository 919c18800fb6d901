import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../src/main/backend/api/dispatch';
import { parseTranscript } from '../../../src/main/backend/import/parse-file';
import { storeTranscript } from '../../../src/main/backend/services/document-import';
import { newProject } from '../../helpers/temp-project';

const FIXTURE = resolve(
  import.meta.dirname,
  '../../../fixtures/import-features/interview-features.docx',
);

describe('an imported document with footnotes and comments, edited', () => {
  it('keeps the notes after the body out of the last speaker turn', async () => {
    const project = newProject();
    const parsed = await parseTranscript(readFileSync(FIXTURE), 'interview-features.docx');
    const { document } = storeTranscript(project, parsed, 'interview-features.docx');
    const before = await invoke(project, 'documents.get', { id: document.id });
    const appendix = before.text.search(/\n\n(Footnotes|Endnotes|Comments)\n\[/);
    expect(appendix).toBeGreaterThan(0);
    expect(before.turns.at(-1)!.endUtf16).toBeLessThanOrEqual(appendix);
    // A correction inside the last turn of the body.
    const lastTurn = before.turns.at(-1)!;
    const at = before.text.lastIndexOf(' ', lastTurn.endUtf16 - 2);
    const edited = `${before.text.slice(0, at)} rettet${before.text.slice(at)}`;
    const result = await invoke(project, 'documents.editText', { id: document.id, text: edited });
    expect(result.applied).toBe(true);
    const after = await invoke(project, 'documents.get', { id: document.id });
    const appendixAfter = after.text.search(/\n\n(Footnotes|Endnotes|Comments)\n\[/);
    expect(after.turns.at(-1)!.endUtf16).toBeLessThanOrEqual(appendixAfter);
    expect(after.turns.map((t) => t.speakerId)).toEqual(before.turns.map((t) => t.speakerId));
  });
});
