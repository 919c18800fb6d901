import { describe, expect, it } from 'vitest';
import { exportQdpx } from '../../../../src/main/backend/exchange/qdpx/qdpx-export';
import { descendants, parseXml, attr } from '../../../../src/main/backend/formats/xml-read';
import { newProject } from '../../../helpers/temp-project';
import { EMOJI_TRANSCRIPT, fillProject, projectSchemaErrors, zipTexts } from './helpers';

function exported() {
  const project = newProject('speciale.citat');
  fillProject(project);
  const bytes = exportQdpx(project, { origin: 'Citat test' });
  return { project, bytes, files: zipTexts(bytes) };
}

describe('exportQdpx', () => {
  it('writes a project.qde that validates against Project-mrt2019.xsd', async () => {
    const { files } = exported();
    const qde = files.get('project.qde')!;
    expect(await projectSchemaErrors(qde)).toEqual([]);
    // The check itself catches mistakes: an empty container is invalid.
    const broken = qde.replace(/<Cases>[\s\S]*<\/Cases>/, '<Cases></Cases>');
    expect((await projectSchemaErrors(broken)).join('\n')).toMatch(/Cases.*Missing child/);
  });

  it('an empty project is still a valid project file', async () => {
    const files = zipTexts(exportQdpx(newProject('tom.citat')));
    expect([...files.keys()]).toEqual(['project.qde']);
    expect(files.get('project.qde')).toContain(
      '<Project xmlns="urn:QDA-XML:project:1.0" name="tom"',
    );
    expect(await projectSchemaErrors(files.get('project.qde')!)).toEqual([]);
  });

  it('holds users, codes, variables, cases, sources, selections and notes', () => {
    const { files, project } = exported();
    const root = parseXml(files.get('project.qde')!, 'project.qde');
    const names = (local: string) => descendants(root, local).map((e) => attr(e, 'name'));
    expect(names('User')).toEqual(['Anna', 'Bo']);
    expect(names('Code')).toEqual([
      'Principper',
      'III Risiko',
      'Temaer',
      'Økonomi & <penge>',
      'a::b',
    ]);
    expect(names('Variable')).toEqual(['Andel', 'Indbyggere', 'Region']);
    expect(descendants(root, 'Variable').map((e) => attr(e, 'typeOfVariable'))).toEqual([
      'Float',
      'Integer',
      'Text',
    ]);
    expect(names('Case')).toEqual(['Aalborg Kommune', 'Tom sag']);
    expect(names('TextSource')).toEqual(['JKM.txt', 'PFL.txt']);
    expect(descendants(root, 'PlainTextSelection')).toHaveLength(4);
    expect(descendants(root, 'Coding')).toHaveLength(4);
    // Code memo, document memo and coding memo, each a Note with a NoteRef pointing at it.
    const notes = descendants(root, 'Note').map((n) => attr(n, 'guid'));
    const refs = descendants(root, 'NoteRef').map((n) => attr(n, 'targetGUID'));
    expect(notes).toHaveLength(3);
    expect([...refs].sort()).toEqual(notes);
    expect(files.get('project.qde')).toContain('<FloatValue>2.5</FloatValue>');
    expect(files.get('project.qde')).toContain('<IntegerValue>220000</IntegerValue>');
    const coders = project.read<{ id: string }>('SELECT id FROM coders');
    for (const coder of coders) expect(files.get('project.qde')).toContain(coder.id.toUpperCase());
  });

  it('writes sources as UTF-8 without BOM, and positions as code points of them', () => {
    const { files, project } = exported();
    const root = parseXml(files.get('project.qde')!, 'project.qde');
    const jkm = descendants(root, 'TextSource').find((s) => attr(s, 'name') === 'JKM.txt')!;
    const path = attr(jkm, 'plainTextPath')!;
    expect(path).toMatch(/^internal:\/\/[0-9A-F-]{36}\.txt$/);
    const text = files.get(`sources/${path.slice('internal://'.length)}`)!;
    expect(text).toBe(EMOJI_TRANSCRIPT.trimEnd());
    expect(text.charCodeAt(0)).not.toBe(0xfeff);
    const codePoints = [...text];
    for (const selection of descendants(jkm, 'PlainTextSelection')) {
      const start = Number(attr(selection, 'startPosition'));
      const end = Number(attr(selection, 'endPosition'));
      expect(codePoints.slice(start, end).join('')).toBe(attr(selection, 'name'));
    }
    const stored = project.read<{ start_utf16: number; quoted_text: string }>(
      `SELECT start_utf16, quoted_text FROM codings WHERE quoted_text LIKE 'Den er stram%' ORDER BY length(quoted_text)`,
    );
    // The 12 astral characters before "Den er stram" take two UTF-16 units but one code point.
    const selection = descendants(jkm, 'PlainTextSelection').find(
      (s) => attr(s, 'name') === stored[0]!.quoted_text,
    )!;
    expect(Number(attr(selection, 'startPosition'))).toBe(stored[0]!.start_utf16 - 12);
  });

  it('gives identical bytes and GUIDs when exported twice', () => {
    const { project, bytes } = exported();
    const again = exportQdpx(project, { origin: 'Citat test' });
    expect(Buffer.from(again).equals(Buffer.from(bytes))).toBe(true);
    const guids = (b: Uint8Array) =>
      zipTexts(b)
        .get('project.qde')!
        .match(/guid="[^"]+"/gi);
    expect(guids(again)).toEqual(guids(bytes));
  });

  it('uses Citat ids as upper-case GUIDs', () => {
    const { files, project } = exported();
    const qde = files.get('project.qde')!;
    for (const { id } of project.read<{ id: string }>('SELECT id FROM codes'))
      expect(qde).toContain(`guid="${id.toUpperCase()}"`);
    for (const { id } of project.read<{ id: string }>('SELECT id FROM codings'))
      expect(qde).toContain(`<Coding guid="${id.toUpperCase()}"`);
    for (const { id } of project.read<{ id: string }>('SELECT id FROM documents'))
      expect(files.has(`sources/${id.toUpperCase()}.txt`)).toBe(true);
  });
});
