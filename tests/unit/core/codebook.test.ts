import { describe, expect, it } from 'vitest';
import { parseCodePath } from '../../../src/shared/domain/codebook';
import {
  createCode,
  createCodePath,
  describeCode,
  listCodes,
  moveCode,
  recolorCode,
  renameCode,
  resolveCodePath,
} from '../../../src/main/backend/services/codes';
import {
  deleteCode,
  mergeCodes,
  previewDeleteCode,
} from '../../../src/main/backend/services/code-removal';
import { applyCoding } from '../../../src/main/backend/services/codings';
import { listBackups } from '../../../src/main/backend/db/backups';
import {
  importCodebookNodes,
  parseCodebookFile,
} from '../../../src/main/backend/services/codebook-io';
import { addTranscript, newProject, rangeOf } from '../../helpers/temp-project';

const INTERVIEW = `I: Hvordan arbejder I med risiko?
JKM: Vi tør godt fejle, men vi gør det systematisk. Det er jo det, vi skal lære af.
I: Og borgerne?
JKM: Borgerne er med fra starten, det er samskabelse.`;

function setup() {
  const project = newProject();
  const doc = addTranscript(project, 'JKM.txt', INTERVIEW).document;
  const text = project.readOne<{ text: string }>('SELECT text FROM documents')!.text;
  return { project, doc, text };
}

describe('code paths', () => {
  it('splits on "/" and keeps "\\/" as a literal slash', () => {
    expect(parseCodePath('Principper/III Risiko')).toEqual(['Principper', 'III Risiko']);
    expect(parseCodePath('Temaer/Læring\\/fejl')).toEqual(['Temaer', 'Læring/fejl']);
  });

  it('creates missing parents and refuses an existing path', () => {
    const project = newProject();
    expect(createCodePath(project, ['Principper', 'III Risiko']).created).toBe(2);
    expect(createCodePath(project, ['Principper', 'IV Samskabelse']).created).toBe(1);
    expect(() => createCodePath(project, ['Principper', 'iii risiko'])).toThrow(/already exists/);
    expect(listCodes(project).map((c) => c.path.join('/'))).toEqual([
      'Principper',
      'Principper/III Risiko',
      'Principper/IV Samskabelse',
    ]);
  });
});

describe('editing the codebook', () => {
  it('renames, describes and recolours, refusing a sibling name clash and bad colours', () => {
    const project = newProject();
    const { code } = createCodePath(project, ['Principper', 'Risiko']);
    createCodePath(project, ['Principper', 'Ledelse']);
    expect(() => renameCode(project, code.id, 'ledelse')).toThrow(/already exists/);
    renameCode(project, code.id, 'III Risiko');
    describeCode(project, code.id, {
      definition: 'At turde fejle',
      whenToUse: 'Eksperimenter',
      example: '"Vi tør godt fejle"',
    });
    recolorCode(project, code.id, '#abc');
    expect(() => recolorCode(project, code.id, 'red-ish')).toThrow(/not a colour/);
    const stored = resolveCodePath(project, ['Principper', 'III Risiko']);
    expect(stored).toMatchObject({
      definition: 'At turde fejle',
      whenToUse: 'Eksperimenter',
      whenNotToUse: null,
      color: '#AABBCC',
    });
  });

  it('moves codes between parents and reorders siblings, but never into its own subtree', () => {
    const project = newProject();
    const a = createCodePath(project, ['A']).code;
    const b = createCodePath(project, ['B']).code;
    const a1 = createCodePath(project, ['A', 'A1']).code;
    expect(() => moveCode(project, a.id, a1.id)).toThrow(/into itself/);
    moveCode(project, a1.id, b.id);
    moveCode(project, b.id, null, 0);
    expect(listCodes(project).map((c) => c.path.join('/'))).toEqual(['B', 'B/A1', 'A']);
  });

  it('previews and deletes a code with its children and codings, taking a backup first', async () => {
    const { project, doc, text } = setup();
    const parent = createCodePath(project, ['Principper']).code;
    const child = createCodePath(project, ['Principper', 'Risiko']).code;
    applyCoding(project, {
      documentId: doc.id,
      codeId: child.id,
      ...rangeOf(text, 'Vi tør godt fejle'),
    });
    applyCoding(project, {
      documentId: doc.id,
      codeId: parent.id,
      ...rangeOf(text, 'samskabelse'),
    });
    expect(previewDeleteCode(project, parent.id)).toEqual({
      codePath: 'Principper',
      codes: 2,
      codings: 2,
    });
    await deleteCode(project, parent.id);
    expect(project.read('SELECT * FROM codes')).toHaveLength(0);
    expect(project.read('SELECT * FROM codings')).toHaveLength(0);
    expect(listBackups(project.path).some((b) => b.reason === 'before-delete-code')).toBe(true);
  });

  it('merges two codes: codings join, duplicate passages fold into one keeping both memos', async () => {
    const { project, doc, text } = setup();
    const source = createCodePath(project, ['Fejl']).code;
    const target = createCodePath(project, ['Risiko']).code;
    createCodePath(project, ['Fejl', 'Læring']);
    applyCoding(project, {
      documentId: doc.id,
      codeId: source.id,
      ...rangeOf(text, 'Vi tør godt fejle'),
      memo: 'kilde',
    });
    applyCoding(project, {
      documentId: doc.id,
      codeId: target.id,
      ...rangeOf(text, 'Vi tør godt fejle'),
      memo: 'mål',
    });
    applyCoding(project, {
      documentId: doc.id,
      codeId: source.id,
      ...rangeOf(text, 'det, vi skal lære af'),
    });
    const result = await mergeCodes(project, source.id, target.id);
    expect(result).toEqual({ moved: 1, duplicatesFolded: 1 });
    expect(listCodes(project).map((c) => [c.path.join('/'), c.codingCount])).toEqual([
      ['Risiko', 2],
      ['Risiko/Læring', 0],
    ]);
    const memos = project.read<{ memo: string | null }>(
      'SELECT memo FROM codings ORDER BY start_utf16',
    );
    expect(memos[0]!.memo).toBe('mål\n\nkilde');
    expect(listBackups(project.path).some((b) => b.reason === 'before-merge-codes')).toBe(true);
  });

  it('merges without folding another coder’s coding of the same passage', async () => {
    const { project, doc, text } = setup();
    const source = createCodePath(project, ['Fejl']).code;
    const target = createCodePath(project, ['Risiko']).code;
    const passage = rangeOf(text, 'Vi tør godt fejle');
    applyCoding(project, { documentId: doc.id, codeId: source.id, ...passage, coder: 'A' });
    applyCoding(project, { documentId: doc.id, codeId: target.id, ...passage, coder: 'B' });
    expect(await mergeCodes(project, source.id, target.id)).toEqual({
      moved: 1,
      duplicatesFolded: 0,
    });
    expect(
      project.read(
        'SELECT k.name FROM codings c JOIN coders k ON k.id = c.coder_id WHERE c.code_id = ? ORDER BY k.name',
        target.id,
      ),
    ).toEqual([{ name: 'A' }, { name: 'B' }]);
  });

  it('refuses to merge a code into its own child', async () => {
    const project = newProject();
    const a = createCodePath(project, ['A']).code;
    const a1 = createCodePath(project, ['A', 'A1']).code;
    await expect(mergeCodes(project, a.id, a1.id)).rejects.toThrow(/below it/);
  });

  it('gives new codes distinct palette colours and validates names', () => {
    const project = newProject();
    const first = createCode(project, { parentId: null, name: 'One' });
    const second = createCode(project, { parentId: null, name: 'Two' });
    expect(first.color).not.toBe(second.color);
    expect(() => createCode(project, { parentId: null, name: '   ' })).toThrow(/cannot be empty/);
  });
});

describe('importing a codebook', () => {
  it('cuts a name longer than a code may have, with a warning, instead of refusing the file', () => {
    const project = newProject();
    const long = `${'Lang '.repeat(50)}kode`;
    const imported = parseCodebookFile(
      new TextEncoder().encode(`path\nTema/${long}\nTema/Kort\n`),
      'lange.csv',
    );
    const result = importCodebookNodes(project, imported, 'lange.csv');
    expect(result).toMatchObject({ created: 3, matched: 0 });
    expect(result.warnings).toEqual([
      expect.stringMatching(
        /^lange\.csv: "Tema\/Lang Lang .*": the code name .* was cut to 200 characters$/,
      ),
    ]);
    const names = listCodes(project).map((c) => c.name);
    expect(names).toEqual(['Tema', long.slice(0, 200).trim(), 'Kort']);
  });

  it('matches existing codes by path, case-insensitively, and adds only missing descriptions', () => {
    const project = newProject();
    const existing = createCodePath(project, ['Principper', 'Risiko']).code;
    describeCode(project, existing.id, { definition: 'Egen definition' });
    const imported = parseCodebookFile(
      new TextEncoder().encode(
        'path,definition,example\nprincipper/RISIKO,Fra filen,Eksempel\nprincipper/Ny,,\n',
      ),
      'k.csv',
    );
    expect(importCodebookNodes(project, imported, 'k.csv')).toMatchObject({
      created: 1,
      matched: 2,
      described: 1,
    });
    expect(resolveCodePath(project, ['Principper', 'Risiko'])).toMatchObject({
      definition: 'Egen definition',
      example: 'Eksempel',
    });
    expect(listCodes(project).map((c) => c.path.join('/'))).toEqual([
      'Principper',
      'Principper/Risiko',
      'Principper/Ny',
    ]);
  });
});
