import { describe, expect, it } from 'vitest';
import { createCodePath, renameCode } from '../../../src/main/backend/services/codes';
import { applyCoding, curateQuote } from '../../../src/main/backend/services/codings';
import { deleteCode } from '../../../src/main/backend/services/code-removal';
import { addTranscript, newProject, openProject, rangeOf } from '../../helpers/temp-project';

const TEXT = 'I: Hvordan?\nTC: Vi prøver os frem, og vi lærer af det.';

function snapshot(project: ReturnType<typeof newProject>) {
  return {
    codes: project.read('SELECT * FROM codes ORDER BY id'),
    codings: project.read('SELECT * FROM codings ORDER BY id'),
    curations: project.read('SELECT * FROM quote_curations ORDER BY coding_id'),
  };
}

describe('undo and redo', () => {
  it('undoes and redoes each action exactly, in order', () => {
    const project = newProject();
    const doc = addTranscript(project, 'TC.txt', TEXT).document;
    const text = project.readOne<{ text: string }>('SELECT text FROM documents')!.text;
    const empty = snapshot(project);
    const { code } = createCodePath(project, ['Principper', 'Risiko']);
    const afterCreate = snapshot(project);
    applyCoding(project, {
      documentId: doc.id,
      codeId: code.id,
      ...rangeOf(text, 'Vi prøver os frem'),
    });
    const afterCoding = snapshot(project);
    renameCode(project, code.id, 'III Risiko');
    const afterRename = snapshot(project);

    expect(project.history.undo()).toMatch(/Rename/);
    expect(snapshot(project)).toEqual(afterCoding);
    expect(project.history.undo()).toMatch(/^Code/);
    expect(snapshot(project)).toEqual(afterCreate);
    expect(project.history.undo()).toMatch(/Create code/);
    expect(snapshot(project)).toEqual(empty);
    expect(() => project.history.undo()).toThrow(/nothing to undo/);

    project.history.redo();
    project.history.redo();
    project.history.redo();
    expect(snapshot(project)).toEqual(afterRename);
    expect(() => project.history.redo()).toThrow(/nothing to redo/);
  });

  it('a new action after an undo ends the redo branch', () => {
    const project = newProject();
    createCodePath(project, ['A']);
    project.history.undo();
    createCodePath(project, ['B']);
    expect(() => project.history.redo()).toThrow(/nothing to redo/);
    expect(project.read<{ name: string }>('SELECT name FROM codes')).toEqual([{ name: 'B' }]);
  });

  it('undoes a code deletion with all its codings and curations', async () => {
    const project = newProject();
    const doc = addTranscript(project, 'TC.txt', TEXT).document;
    const text = project.readOne<{ text: string }>('SELECT text FROM documents')!.text;
    const parent = createCodePath(project, ['Principper']).code;
    const child = createCodePath(project, ['Principper', 'Læring']).code;
    const coding = applyCoding(project, {
      documentId: doc.id,
      codeId: child.id,
      ...rangeOf(text, 'vi lærer af det'),
    });
    curateQuote(project, coding.id, 'vi lærer af det (af fejlene, red.)');
    const before = snapshot(project);
    await deleteCode(project, parent.id);
    expect(snapshot(project).codings).toHaveLength(0);
    project.history.undo();
    expect(snapshot(project)).toEqual(before);
  });

  it('keeps the history in the project file across sessions', async () => {
    const project = newProject();
    createCodePath(project, ['Principper']);
    project.close();
    const reopened = await openProject(project.path);
    expect(reopened.history.list().map((s) => [s.label, s.state])).toEqual([
      ['Create code "Principper"', 'done'],
    ]);
    reopened.history.undo();
    expect(reopened.read('SELECT * FROM codes')).toHaveLength(0);
  });

  it('rolls back a failing action completely', () => {
    const project = newProject();
    expect(() =>
      project.act('Broken', (changes) => {
        changes.insert('cases', { id: 'c1', name: 'Aalborg', description: null });
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(project.read('SELECT * FROM cases')).toHaveLength(0);
    expect(project.history.list()).toHaveLength(0);
  });
});
