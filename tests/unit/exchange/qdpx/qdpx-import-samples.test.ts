/**
 * Imports the real exports in samples/ and checks the result against counts taken
 * straight from each file's XML (not through the importer's own reader).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importQdpx } from '../../../../src/main/backend/exchange/qdpx/qdpx-import';
import {
  attr,
  descendants,
  firstChild,
  parseXml,
  textContent,
} from '../../../../src/main/backend/formats/xml-read';
import { openZip } from '../../../../src/main/backend/formats/zip-read';
import { normaliseText } from '../../../../src/shared/text/normalise';
import { newProject } from '../../../helpers/temp-project';
import { SAMPLES_DIR, tableCounts } from './helpers';

const NVIVO = 'nvivo-win-12.6_oltas0517.qdpx';
const MAXQDA = 'maxqda-24.7_ICLS_Conf_Themes_just10.qdpx';
const ATLAS = 'atlasti-win-23.2_blank-atlas-project.qdpx';

function sample(name: string) {
  const bytes = readFileSync(join(SAMPLES_DIR, name));
  const zip = openZip(bytes, name);
  const qde = parseXml(zip.readText(zip.find('project.qde')!).replace(/^\uFEFF/, ''), name);
  const count = (local: string) => descendants(qde, local).length;
  const file = (path: string) =>
    zip.readText(zip.find(`sources/${path.replace('internal://', '')}`)!).replace(/^\uFEFF/, '');
  return { bytes, qde, count, file };
}

function imported(name: string) {
  const project = newProject();
  const report = importQdpx(project, sample(name).bytes, name);
  return { project, report, counts: tableCounts(project) };
}

const squash = (text: string) => text.normalize('NFC').replace(/\s+/g, ' ').trim();

describe('import of real .qdpx samples', () => {
  it('NVivo for Windows 12.6: all codes, both sources, every coding', () => {
    const file = sample(NVIVO);
    expect([
      file.count('Code'),
      file.count('TextSource'),
      file.count('Coding'),
      file.count('User'),
    ]).toEqual([152, 2, 303, 2]);
    const { project, report, counts } = imported(NVIVO);
    expect(counts).toMatchObject({
      codes: 152,
      documents: 2,
      codings: 303,
      coders: 2,
      undo_steps: 1,
    });
    expect(report.skippedCodings).toBe(0);
    expect(report.notImported).toEqual([]);
    expect(report.positions.unit).toBe('UTF-16 code units, a CRLF line break counted as two');
    expect(
      project
        .read<{ name: string }>('SELECT name FROM documents ORDER BY position')
        .map((d) => d.name),
    ).toEqual(['videos_selection', 'videos_10_selected']);
    // Code tree: four levels as in the file, and the Description became the definition.
    const depth = project.readOne<{ d: number }>(
      `WITH RECURSIVE t(id, d) AS (SELECT id, 1 FROM codes WHERE parent_id IS NULL
       UNION ALL SELECT c.id, t.d + 1 FROM codes c JOIN t ON c.parent_id = t.id) SELECT max(d) AS d FROM t`,
    )!.d;
    expect(depth).toBe(4);
    expect(
      project.readOne<{ definition: string }>(
        `SELECT definition FROM codes WHERE name = '1. Oltás típusa'`,
      )!.definition,
    ).toBe('COVID vay nem COVID');
  });

  it('NVivo: selections land on the characters NVivo meant (UTF-16 units, CRLF as two)', () => {
    const file = sample(NVIVO);
    const { project } = imported(NVIVO);
    const source = descendants(file.qde, 'TextSource').find(
      (s) => descendants(s, 'PlainTextSelection').length > 0,
    )!;
    // NVivo's reading, computed here independently: a JS string index into the file text.
    const raw = file.file(attr(source, 'plainTextPath')!);
    const expected = descendants(source, 'PlainTextSelection').map((s) =>
      squash(raw.slice(Number(attr(s, 'startPosition')), Number(attr(s, 'endPosition')))),
    );
    const quotes = project
      .read<{ quoted_text: string }>(`SELECT quoted_text FROM codings`)
      .map((c) => squash(c.quoted_text));
    expect([...quotes].sort()).toEqual([...expected].sort());
    // And they are whole words: almost every quote starts and ends at a word boundary.
    const stored = project.readOne<{ text: string }>(
      `SELECT text FROM documents WHERE name = 'videos_10_selected'`,
    )!.text;
    const word = /[\p{L}\p{N}]/u;
    const aligned = project
      .read<{ start_utf16: number; end_utf16: number }>(
        `SELECT start_utf16, end_utf16 FROM codings`,
      )
      .filter(
        (c) => !(word.test(stored[c.start_utf16 - 1] ?? ' ') && word.test(stored[c.start_utf16]!)),
      )
      .filter(
        (c) => !(word.test(stored[c.end_utf16 - 1]!) && word.test(stored[c.end_utf16] ?? ' ')),
      ).length;
    expect(aligned).toBeGreaterThanOrEqual(295);
  });

  it('MAXQDA 24: 307 codes with colours and descriptions, 10 sources, no codings, sets reported', () => {
    const file = sample(MAXQDA);
    const codes = descendants(file.qde, 'Code');
    expect([
      codes.length,
      file.count('TextSource'),
      file.count('Coding'),
      file.count('Set'),
    ]).toEqual([307, 10, 0, 2]);
    const { project, report, counts } = imported(MAXQDA);
    expect(counts).toMatchObject({ codes: 307, documents: 10, codings: 0, coders: 1 });
    expect(report.notImported).toEqual([
      {
        what: 'sets',
        count: 2,
        detail:
          '2 set(s) of documents or notes (code groups hold codes only): "ICLS 2024" (5 documents), "ICLS 2025" (5 documents)',
      },
    ]);
    // Document groups are not code groups: none is made.
    expect(report.groups).toBeUndefined();
    const colours = codes.map((c) => attr(c, 'color')!.toUpperCase()).sort();
    expect(
      project
        .read<{ color: string }>('SELECT color FROM codes')
        .map((c) => c.color)
        .sort(),
    ).toEqual(colours);
    const described = codes.filter(
      (c) =>
        textContent(firstChild(c, 'Description') ?? c).trim() !== '' &&
        firstChild(c, 'Description'),
    );
    expect(
      project.readOne<{ n: number }>(
        `SELECT count(*) AS n FROM codes WHERE definition IS NOT NULL OR when_to_use IS NOT NULL OR example IS NOT NULL`,
      )!.n,
    ).toBe(described.length);
    // Each document's text is the source file normalised the way transcript import does.
    for (const source of descendants(file.qde, 'TextSource')) {
      const text = project.readOne<{ text: string }>(
        `SELECT text FROM documents WHERE name = ?`,
        attr(source, 'name'),
      )!.text;
      expect(text).toBe(normaliseText(file.file(attr(source, 'plainTextPath')!)));
    }
  });

  it('ATLAS.ti 23 blank project: only its two users, as coders', () => {
    const file = sample(ATLAS);
    expect(file.count('User')).toBe(2);
    const { project, report, counts } = imported(ATLAS);
    expect(counts).toMatchObject({ coders: 2, codes: 0, documents: 0, codings: 0 });
    expect(
      project.read<{ name: string }>('SELECT name FROM coders ORDER BY name').map((c) => c.name),
    ).toEqual(['ATLAS.ti', 'Enric Llagostera']);
    expect(report.warnings).toEqual([]);
    expect(report.notImported).toEqual([]);
  });

  for (const name of readdirSync(SAMPLES_DIR).filter((f) => f.endsWith('.qdpx'))) {
    it(`${name}: every code, text source, coding and user arrives or is reported`, () => {
      const file = sample(name);
      const codeBook = descendants(file.qde, 'CodeBook')[0];
      const textSources = descendants(file.qde, 'TextSource');
      const codingsInFile = textSources.reduce((n, s) => n + descendants(s, 'Coding').length, 0);
      const { report, counts } = imported(name);
      expect(counts.codes).toBe(codeBook ? descendants(codeBook, 'Code').length : 0);
      expect(counts.documents! + report.matched.documents.length).toBe(textSources.length);
      expect(counts.codings! + report.skippedCodings).toBe(codingsInFile);
      expect(counts.coders).toBeGreaterThanOrEqual(file.count('User'));
      expect(counts.undo_steps).toBe(1);
    });
  }
});
