/**
 * Code groups in REFI-QDA projects: exported as `Project/Sets` (XSD-valid, after Notes),
 * imported back under the same GUIDs; a set's documents and notes, and sets that hold only
 * those (MAXQDA and ATLAS.ti document groups), are named in the report, never dropped.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importQdpx } from '../../../../src/main/backend/exchange/qdpx/qdpx-import';
import { exportQdpx } from '../../../../src/main/backend/exchange/qdpx/qdpx-export';
import type { Project } from '../../../../src/main/backend/project/project';
import { createGroup, listGroups } from '../../../../src/main/backend/services/code-groups';
import {
  importCodebookNodes,
  parseCodebookFile,
} from '../../../../src/main/backend/services/codebook-io';
import { newProject } from '../../../helpers/temp-project';
import { SAMPLES_DIR, fillProject, projectSchemaErrors, qdpx, zipTexts } from './helpers';

const groups = (project: Project) =>
  listGroups(project).map((g) => [
    g.id,
    g.name,
    g.description,
    g.codePaths.map((p) => p.join('/')),
  ]);

const G = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, '0')}`;

describe('.qdpx code groups', () => {
  it('exports groups as Sets, valid against the schema, and imports them back unchanged', async () => {
    const project = newProject('speciale.citat');
    fillProject(project);
    const codes = project.read<{ id: string; name: string }>('SELECT id, name FROM codes');
    const id = (name: string) => codes.find((c) => c.name === name)!.id;
    createGroup(project, {
      name: 'Kerne & <mere>',
      description: 'Det vigtigste.\nTo linjer',
      codeIds: [id('Økonomi & <penge>'), id('III Risiko')],
    });
    createGroup(project, { name: 'Tom' });
    const qde = zipTexts(exportQdpx(project)).get('project.qde')!;
    expect(await projectSchemaErrors(qde)).toEqual([]);
    const [kerne] = listGroups(project);
    expect(qde).toContain(
      `  <Sets>\n    <Set guid="${kerne!.guid}" name="Kerne &amp; &lt;mere&gt;">\n` +
        `      <Description>Det vigtigste.\nTo linjer</Description>\n` +
        `      <MemberCode targetGUID="${id('III Risiko').toUpperCase()}"/>\n` +
        `      <MemberCode targetGUID="${id('Økonomi & <penge>').toUpperCase()}"/>\n    </Set>\n`,
    );
    expect(qde).toMatch(/<\/Notes>\n {2}<Sets>[\s\S]*<\/Sets>\n<\/Project>\n$/);

    const fresh = newProject('kopi.citat');
    const report = importQdpx(fresh, exportQdpx(project), 'speciale.qdpx');
    expect(report.groups).toEqual({ created: 2, matched: 0, memberships: 2 });
    expect(report.notImported.map((n) => n.what)).not.toContain('sets');
    expect(groups(fresh)).toEqual(groups(project));
    // Imported into itself, the groups are matched by GUID.
    const again = importQdpx(project, exportQdpx(project), 'speciale.qdpx');
    expect(again.groups).toEqual({ created: 0, matched: 2, memberships: 0 });
  });

  it('the ATLAS.ti code group survives .qdc → project → .qdpx → project', async () => {
    const first = newProject();
    const name = 'atlasti-win-23.4_codebook.from-requal-test.qdc';
    const bytes = readFileSync(join(SAMPLES_DIR, name));
    importCodebookNodes(first, parseCodebookFile(bytes, name), name);
    const exported = exportQdpx(first);
    expect(await projectSchemaErrors(zipTexts(exported).get('project.qde')!)).toEqual([]);
    const second = newProject();
    importQdpx(second, exported, 'a.qdpx');
    expect(groups(second)).toEqual([
      ['eca18d76-2b8b-4f26-bc1d-19eca19fb3f0', 'code group 1', 'kategorie 1', ['code1']],
    ]);
  });

  it('keeps the codes of a mixed set and reports its documents and notes, and document-only sets', () => {
    const code = (n: number, name: string) =>
      `<Code guid="${G(n)}" name="${name}" isCodable="true"/>`;
    const body =
      `<CodeBook><Codes>${code(1, 'A')}${code(2, 'B')}</Codes></CodeBook>` +
      `<Sources><TextSource guid="${G(10)}" name="doc"><PlainTextContent>Tekst</PlainTextContent></TextSource></Sources>` +
      `<Notes><Note guid="${G(20)}" name="n"><PlainTextContent>note</PlainTextContent></Note></Notes>` +
      `<Sets>` +
      `<Set guid="${G(30)}" name="Blandet"><Description>Mix</Description><MemberCode targetGUID="${G(2)}"/>` +
      `<MemberSource targetGUID="${G(10)}"/><MemberNote targetGUID="${G(20)}"/></Set>` +
      `<Set guid="${G(31)}" name="Dokumentgruppe"><MemberSource targetGUID="${G(10)}"/></Set>` +
      `</Sets>`;
    const project = newProject();
    const report = importQdpx(
      project,
      qdpx(
        `<?xml version="1.0" encoding="utf-8"?><Project xmlns="urn:QDA-XML:project:1.0" name="t" origin="MAXQDA 24">${body}</Project>`,
      ),
      'mix.qdpx',
    );
    expect(report.groups).toEqual({ created: 1, matched: 0, memberships: 1 });
    expect(groups(project)).toEqual([[G(30), 'Blandet', 'Mix', ['B']]]);
    const find = (what: string) => report.notImported.find((n) => n.what === what);
    expect(find('sets')).toEqual({
      what: 'sets',
      count: 1,
      detail:
        '1 set(s) of documents or notes (code groups hold codes only): "Dokumentgruppe" (1 document)',
    });
    expect(find('set members')).toEqual({
      what: 'set members',
      count: 2,
      detail:
        'documents and notes in sets that also hold codes (their codes became code groups): "Blandet" (1 document and 1 note)',
    });
  });
});
