/**
 * The codebook import's preview and its import with choices, through the API the app
 * calls: the preview writes nothing and lists new codes, codes matched by GUID or by path,
 * and conflicts with both sides' values; the import takes "theirs" and "mine" per
 * conflict as one undo step that restores the exact rows; a plan that changed since the
 * preview is refused without writing; the CLI's import (no choices) keeps every conflict.
 */
import { describe, expect, it } from 'vitest';
import { invoke } from '../../../src/main/backend/api/dispatch';
import type { CitatError } from '../../../src/main/backend/errors';
import type { Project } from '../../../src/main/backend/project/project';
import {
  importCodebookNodes,
  parseCodebookFile,
} from '../../../src/main/backend/services/codebook-io';
import { PREVIEW_LIST_LIMIT } from '../../../src/main/backend/services/codebook-import';
import {
  createCodePath,
  describeCode,
  listCodes,
  recolorCode,
  renameCode,
} from '../../../src/main/backend/services/codes';
import { newProject } from '../../helpers/temp-project';
import {
  checkUndoRedo,
  diffSummary,
  expectTables,
  snapshotTables,
} from '../../helpers/table-snapshot';

const G = (n: number) => `11111111-2222-4333-8444-${String(n).padStart(12, '0')}`;
const utf8 = (text: string) => new TextEncoder().encode(text);

/** A supervisor's codebook: two principles (one renamed here since), a new one, a theme. */
const SUPERVISOR_QDC = `<?xml version="1.0" encoding="utf-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="NVivo">
  <Codes>
    <Code guid="${G(1)}" name="Principper" isCodable="true">
      <Code guid="${G(2)}" name="III Risiko" isCodable="true" color="#112233">
        <Description>At turde fejle og lære af det.</Description>
      </Code>
      <Code guid="${G(3)}" name="IV Samskabelse" isCodable="true" color="#445566">
        <Description>Borgerne med fra starten.</Description>
      </Code>
      <Code guid="${G(4)}" name="V Tillid" isCodable="true"/>
    </Code>
    <Code guid="${G(5)}" name="Tema" isCodable="true">
      <Code guid="${G(6)}" name="Ledelse" isCodable="true" color="#778899"/>
    </Code>
  </Codes>
</CodeBook>`;

/**
 * The student's project: "Principper" by path; "Risiko" carries the file's GUID (an earlier
 * import) but was renamed, and has its own definition and colour; "IV Samskabelse" by path,
 * with another colour and no definition; "Tema" is not there.
 */
function studentProject(): { project: Project; risiko: string; samskabelse: string } {
  const project = newProject();
  let tick = 0;
  project.now = () => new Date(Date.UTC(2025, 0, 1, 12, 0, tick++)).toISOString();
  const principper = createCodePath(project, ['Principper']).code;
  const risiko = invokeSync(project, principper.id);
  describeCode(project, risiko, { definition: 'Min egen definition.' });
  recolorCode(project, risiko, '#E57373');
  renameCode(project, risiko, 'Risiko (egen)');
  const samskabelse = createCodePath(project, ['Principper', 'IV Samskabelse']).code.id;
  recolorCode(project, samskabelse, '#64B5F6');
  return { project, risiko, samskabelse };
}

/** "III Risiko" as an earlier import of the supervisor's codebook made it: with its GUID. */
function invokeSync(project: Project, parentId: string): string {
  importCodebookNodes(
    project,
    parseCodebookFile(
      utf8(`<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
        <Code guid="${G(1)}" name="Principper" isCodable="true">
          <Code guid="${G(2)}" name="III Risiko" isCodable="true"/>
        </Code></Codes></CodeBook>`),
      'tidligere.qdc',
    ),
    'tidligere.qdc',
  );
  const risiko = listCodes(project).find((c) => c.parentId === parentId && c.id === G(2));
  if (!risiko) throw new Error('the earlier import did not keep the GUID');
  return risiko.id;
}

const file = { fileName: 'vejleder.qdc', bytes: utf8(SUPERVISOR_QDC) };

describe('codebook.previewImport', () => {
  it('lists new, matched and conflicting codes with both sides, and writes nothing', async () => {
    const { project, risiko, samskabelse } = studentProject();
    const before = snapshotTables(project);
    const steps = project.history.list().length;
    const preview = await invoke(project, 'codebook.previewImport', file);
    expectTables(project, before, 'the preview wrote nothing');
    expect(project.history.list()).toHaveLength(steps);

    expect(preview.counts).toEqual({
      created: 3,
      matched: 3,
      conflicts: 2,
      filled: 1,
      unchanged: 1,
    });
    expect(preview.created.map((c) => c.path)).toEqual([
      ['Principper', 'V Tillid'],
      ['Tema'],
      ['Tema', 'Ledelse'],
    ]);
    expect(preview.created.find((c) => c.path.at(-1) === 'Ledelse')).toMatchObject({
      color: '#778899',
      fields: [],
    });
    expect(preview.matched).toEqual([
      {
        codeId: expect.any(String),
        path: ['Principper'],
        filePath: ['Principper'],
        // The project made "Principper" itself (the earlier import matched it by path), so
        // it does not carry the file's GUID.
        by: 'path',
        fills: [],
      },
    ]);
    expect(preview.conflicts).toEqual([
      {
        codeId: risiko,
        path: ['Principper', 'Risiko (egen)'],
        filePath: ['Principper', 'III Risiko'],
        by: 'guid',
        fills: [],
        differences: [
          {
            field: 'definition',
            mine: 'Min egen definition.',
            theirs: 'At turde fejle og lære af det.',
          },
          { field: 'color', mine: '#E57373', theirs: '#112233' },
        ],
      },
      {
        codeId: samskabelse,
        path: ['Principper', 'IV Samskabelse'],
        filePath: ['Principper', 'IV Samskabelse'],
        by: 'path',
        fills: ['definition'],
        differences: [{ field: 'color', mine: '#64B5F6', theirs: '#445566' }],
      },
    ]);
    expect(preview.warnings).toEqual([]);
    // The same file against the same project is the same plan.
    const again = await invoke(project, 'codebook.previewImport', file);
    expect(again.fingerprint).toBe(preview.fingerprint);
  });

  it('names new codes exactly as the import then creates them, colours included', async () => {
    const project = newProject();
    createCodePath(project, ['Tema']);
    const csv = utf8('path,description\nTema/Ny,Forklaring\nAndet/Under,\n');
    const preview = await invoke(project, 'codebook.previewImport', {
      fileName: 'k.csv',
      bytes: csv,
    });
    await invoke(project, 'codebook.import', {
      fileName: 'k.csv',
      bytes: csv,
      fingerprint: preview.fingerprint,
    });
    const byPath = new Map(listCodes(project).map((c) => [c.path.join('/'), c.color]));
    expect(preview.created).toEqual([
      { path: ['Tema', 'Ny'], color: byPath.get('Tema/Ny'), fields: ['definition'] },
      { path: ['Andet'], color: byPath.get('Andet'), fields: [] },
      { path: ['Andet', 'Under'], color: byPath.get('Andet/Under'), fields: [] },
    ]);
  });

  it('lists at most the limit of each kind but counts every code', async () => {
    const project = newProject();
    const rows = Array.from({ length: PREVIEW_LIST_LIMIT + 5 }, (_, i) => `Kode ${i}`);
    const preview = await invoke(project, 'codebook.previewImport', {
      fileName: 'mange.csv',
      bytes: utf8(`tag\n${rows.join('\n')}\n`),
    });
    expect(preview.counts.created).toBe(PREVIEW_LIST_LIMIT + 5);
    expect(preview.created).toHaveLength(PREVIEW_LIST_LIMIT);
    expect(preview.listLimit).toBe(PREVIEW_LIST_LIMIT);
  });

  it('refuses a file that is not a codebook with the parser’s stable code', async () => {
    const project = newProject();
    await expect(
      invoke(project, 'codebook.previewImport', { fileName: 'x.qdc', bytes: utf8('<nope') }),
    ).rejects.toMatchObject({ kind: 'input', code: 'xml.malformed' });
    await expect(
      invoke(project, 'codebook.previewImport', { fileName: 'x.docx', bytes: utf8('PK') }),
    ).rejects.toMatchObject({ code: 'codebook.unsupported-format' });
  });
});

describe('codebook.import with choices', () => {
  it('takes theirs for one conflict and keeps mine for the other, as one undo step', async () => {
    const { project, risiko, samskabelse } = studentProject();
    const preview = await invoke(project, 'codebook.previewImport', file);
    const { after, diff } = await checkUndoRedo(project, async () => {
      const result = await invoke(project, 'codebook.import', {
        ...file,
        resolutions: { [risiko]: 'theirs', [samskabelse]: 'mine' },
        fingerprint: preview.fingerprint,
      });
      expect(result).toMatchObject({
        created: 3,
        matched: 3,
        described: 1,
        conflictsKept: 1,
        conflictsTaken: 1,
        warnings: [],
      });
    });
    expect(diffSummary(diff)).toEqual({
      codes: {
        added: [G(4), G(5), G(6)].sort(),
        removed: [],
        // diffSummary sorts by key, and one of the two ids is made here at random.
        changed: [`${risiko}: color, definition`, `${samskabelse}: definition`].sort(),
      },
    });
    const row = (id: string) => after.codes.find((c) => c.id === id)!;
    // Theirs: the file's definition and colour; its own name and place stay.
    expect(row(risiko)).toMatchObject({
      name: 'Risiko (egen)',
      definition: 'At turde fejle og lære af det.',
      color: '#112233',
    });
    // Mine: its colour stays; the definition it lacked is filled in all the same.
    expect(row(samskabelse)).toMatchObject({
      color: '#64B5F6',
      definition: 'Borgerne med fra starten.',
    });
    expect(project.history.list().at(-1)?.label).toBe('Import codebook "vejleder.qdc"');
  });

  it('applies `otherwise` to conflicts the resolutions leave out', async () => {
    const { project, risiko, samskabelse } = studentProject();
    const result = await invoke(project, 'codebook.import', {
      ...file,
      resolutions: { [risiko]: 'mine' },
      otherwise: 'theirs',
    });
    expect(result).toMatchObject({ conflictsKept: 1, conflictsTaken: 1 });
    const codes = new Map(listCodes(project).map((c) => [c.id, c]));
    expect(codes.get(risiko)).toMatchObject({ color: '#E57373' });
    expect(codes.get(samskabelse)).toMatchObject({ color: '#445566' });
  });

  it('refuses a plan that changed since the preview and writes nothing', async () => {
    const { project, samskabelse } = studentProject();
    const preview = await invoke(project, 'codebook.previewImport', file);
    recolorCode(project, samskabelse, '#445566'); // the conflict is gone
    const before = snapshotTables(project);
    const steps = project.history.list().length;
    const error = (await invoke(project, 'codebook.import', {
      ...file,
      fingerprint: preview.fingerprint,
    }).catch((err: unknown) => err)) as CitatError;
    expect(error).toMatchObject({
      kind: 'data',
      code: 'codebook.import-changed',
      details: { name: 'vejleder.qdc' },
    });
    expectTables(project, before, 'nothing written');
    expect(project.history.list()).toHaveLength(steps);
    // A fresh preview names the plan as it now is.
    const fresh = await invoke(project, 'codebook.previewImport', file);
    expect(fresh.counts.conflicts).toBe(1);
    expect(fresh.fingerprint).not.toBe(preview.fingerprint);
  });

  it('refuses a file that changed since the preview, down to a new code’s description', async () => {
    const project = newProject();
    const preview = await invoke(project, 'codebook.previewImport', {
      fileName: 'k.csv',
      bytes: utf8('path,description\nTema/Ny,Forklaring\n'),
    });
    await expect(
      invoke(project, 'codebook.import', {
        fileName: 'k.csv',
        bytes: utf8('path,description\nTema/Ny,En anden forklaring\n'),
        fingerprint: preview.fingerprint,
      }),
    ).rejects.toMatchObject({ code: 'codebook.import-changed' });
    expect(listCodes(project)).toEqual([]);
  });

  it('without choices (the CLI) keeps every conflict as it is', async () => {
    const { project, risiko, samskabelse } = studentProject();
    const result = importCodebookNodes(
      project,
      parseCodebookFile(file.bytes, file.fileName),
      file.fileName,
    );
    expect(result).toMatchObject({ created: 3, matched: 3, conflictsKept: 2, conflictsTaken: 0 });
    const codes = new Map(listCodes(project).map((c) => [c.id, c]));
    expect(codes.get(risiko)).toMatchObject({
      definition: 'Min egen definition.',
      color: '#E57373',
    });
    expect(codes.get(samskabelse)?.color).toBe('#64B5F6');
  });

  it('warns when the file names one code twice and puts both under one code', async () => {
    const project = newProject();
    const qdc = `<?xml version="1.0"?><CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes>
      <Code guid="${G(1)}" name="A" isCodable="true"><Code guid="${G(2)}" name="x" isCodable="true"/></Code>
      <Code guid="${G(3)}" name="a" isCodable="true"><Code guid="${G(4)}" name="y" isCodable="true"/></Code>
    </Codes></CodeBook>`;
    const result = await invoke(project, 'codebook.import', {
      fileName: 'to.qdc',
      bytes: utf8(qdc),
    });
    expect(result).toMatchObject({ created: 3, matched: 0 });
    expect(result.warnings).toEqual(['to.qdc: "a" occurs more than once; its codes went into "A"']);
    expect(listCodes(project).map((c) => c.path.join('/'))).toEqual(['A', 'A/x', 'A/y']);
  });
});
