/**
 * Code groups through REFI-QDA files: .qdc Sets (ATLAS.ti code groups) are kept on import,
 * matched to groups already there by GUID, then name, and written back XSD-valid under the
 * same GUID; codebook tables cannot hold groups and say so; the round trips .qdc ↔ .csv ↔
 * .xlsx still give the same codes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/main/backend/project/project';
import { createGroup, listGroups } from '../../../src/main/backend/services/code-groups';
import {
  exportCodebookFile,
  importCodebookNodes,
  parseCodebookFile,
} from '../../../src/main/backend/services/codebook-io';
import { createCodePath, listCodes } from '../../../src/main/backend/services/codes';
import { newProject } from '../../helpers/temp-project';
import { SAMPLES_DIR, codebookSchemaErrors } from './helpers/refi-qda';

const ATLAS = 'atlasti-win-23.4_codebook.from-requal-test.qdc';
const SET_GUID = 'ECA18D76-2B8B-4F26-BC1D-19ECA19FB3F0';
const CODE_GUID = '1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294';

function importFile(project: Project, bytes: Uint8Array, fileName: string) {
  return importCodebookNodes(project, parseCodebookFile(bytes, fileName), fileName);
}

const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);
const encode = (xml: string) => new TextEncoder().encode(xml);

/** The groups as a user sees them. */
const groups = (project: Project) =>
  listGroups(project).map((g) => ({
    guid: g.guid,
    name: g.name,
    description: g.description,
    codes: g.codePaths.map((p) => p.join('/')),
  }));

function qdc(codes: string, sets: string): Uint8Array {
  return encode(
    `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="Test">` +
      `<Codes>${codes}</Codes><Sets>${sets}</Sets></CodeBook>`,
  );
}

const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('.qdc code groups', () => {
  it('keeps the ATLAS.ti sample’s code group and writes it back XSD-valid under its GUID', async () => {
    const project = newProject();
    const result = importFile(project, readFileSync(join(SAMPLES_DIR, ATLAS)), ATLAS);
    expect(result.warnings).toEqual([]);
    expect(result.groups).toEqual({ created: 1, matched: 0, memberships: 1 });
    const expected = [
      { guid: SET_GUID, name: 'code group 1', description: 'kategorie 1', codes: ['code1'] },
    ];
    expect(groups(project)).toEqual(expected);

    const exported = exportCodebookFile(project, 'qdc');
    expect(exported.warnings).toEqual([]);
    const xml = text(exported.bytes);
    expect(await codebookSchemaErrors(xml)).toEqual([]);
    expect(xml).toContain(
      `  <Sets>\n    <Set guid="${SET_GUID}" name="code group 1">\n` +
        `      <Description>kategorie 1</Description>\n` +
        `      <MemberCode guid="${CODE_GUID}"/>\n    </Set>\n  </Sets>\n</CodeBook>`,
    );

    // Into a fresh project: the same groups; into the same project again: nothing new.
    const fresh = newProject();
    expect(importFile(fresh, exported.bytes, 'back.qdc').groups).toEqual({
      created: 1,
      matched: 0,
      memberships: 1,
    });
    expect(groups(fresh)).toEqual(expected);
    expect(text(exportCodebookFile(fresh, 'qdc').bytes)).toBe(xml);
    const again = importFile(project, exported.bytes, 'again.qdc');
    expect(again.groups).toEqual({ created: 0, matched: 1, memberships: 0 });
    expect(groups(project)).toEqual(expected);
  });

  it('matches a group by GUID, else by name (keeping its name), and adds the file’s codes', () => {
    const project = newProject();
    const risk = createCodePath(project, ['Risiko']).code;
    createGroup(project, { name: 'CODE GROUP 1', codeIds: [risk.id] });
    const result = importFile(project, readFileSync(join(SAMPLES_DIR, ATLAS)), ATLAS);
    expect(result.groups).toEqual({ created: 0, matched: 1, memberships: 1 });
    const [group] = listGroups(project);
    expect([group!.name, group!.description, group!.codePaths]).toEqual([
      'CODE GROUP 1',
      'kategorie 1',
      [['Risiko'], ['code1']],
    ]);
    expect(listGroups(project)).toHaveLength(1);
  });

  it('names what it cannot keep: unknown members, a GUID a code has, a name taken twice', () => {
    const project = newProject();
    const file = qdc(
      `<Code guid="${G(1)}" name="A" isCodable="true"/><Code guid="${G(2)}" name="B" isCodable="true"/>`,
      `<Set guid="${G(1)}" name="S"><MemberCode guid="${G(2)}"/><MemberCode guid="${G(9)}"/></Set>` +
        `<Set guid="${G(3)}" name="s"><MemberCode guid="${G(1)}"/></Set>` +
        `<Set name="Tom"/>`,
    );
    const result = importFile(project, file, 'sets.qdc');
    expect(result.groups).toEqual({ created: 3, matched: 0, memberships: 2 });
    const warnings = result.warnings.join('\n');
    expect(warnings).toMatch(/set "S" refers to a code 00000000-0000-4000-8000-000000000009/);
    expect(warnings).toMatch(/code group "S": its GUID is already used here, so it got a new one/);
    expect(warnings).toMatch(/a second code group "s" was called "s \(2\)"/);
    expect(warnings).toMatch(/set "Tom" has no guid; it was given a new one/);
    expect(groups(project).map((g) => [g.name, g.codes])).toEqual([
      ['S', ['B']],
      ['s (2)', ['A']],
      ['Tom', []],
    ]);
    expect(listGroups(project)[0]!.id).not.toBe(G(1));
    expect(listGroups(project)[1]!.id).toBe(G(3));
  });

  it('reports a set of documents or notes in a codebook instead of dropping it', () => {
    const project = newProject();
    const file = qdc(
      `<Code guid="${G(1)}" name="A" isCodable="true"/>`,
      `<Set guid="${G(5)}" name="Docs"><MemberSource targetGUID="${G(7)}"/></Set>`,
    );
    const result = importFile(project, file, 'docs.qdc');
    expect(result.groups).toBeUndefined();
    expect(result.warnings.join('\n')).toMatch(
      /set "Docs" holds 1 document and no codes, so it was not imported/,
    );
    expect(listGroups(project)).toEqual([]);
  });
});

describe('codebook tables and code groups', () => {
  it('.qdc ↔ .csv ↔ .xlsx give the same codes; a table’s export says groups are left out', () => {
    const original = newProject();
    importFile(original, readFileSync(join(SAMPLES_DIR, ATLAS)), ATLAS);
    createCodePath(original, ['Principper', 'Risiko']);
    const shape = (project: Project) =>
      listCodes(project).map((c) => [c.path.join('/'), c.color, c.definition]);
    const qdcFile = exportCodebookFile(original, 'qdc');
    let previous = original;
    for (const format of ['csv', 'xlsx'] as const) {
      const file = exportCodebookFile(previous, format);
      expect(file.warnings, format).toEqual(
        previous === original
          ? [
              `1 code group is not in the .${format} file (a codebook table has no place for groups); export a .qdc to keep them`,
            ]
          : [],
      );
      const next = newProject();
      expect(importFile(next, file.bytes, `k.${format}`).warnings).toEqual([]);
      expect(shape(next), format).toEqual(shape(original));
      expect(listGroups(next)).toEqual([]);
      previous = next;
    }
    const back = newProject();
    importFile(back, qdcFile.bytes, 'k.qdc');
    importFile(back, exportCodebookFile(previous, 'xlsx').bytes, 'k.xlsx');
    expect(shape(back)).toEqual(shape(original));
    expect(groups(back)).toEqual(groups(original));
  });
});
