/**
 * Codebook tables both ways: .qdc ↔ .csv ↔ .xlsx give the same codebook, the CSV dialect,
 * the flat shape Taguette reads (checked with a re-implementation of Taguette 1.5.2's
 * list_tags_csv header rule), and Taguette's own codebook files read as the same codes.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Project } from '../../../src/main/backend/project/project';
import {
  exportCodebookFile,
  importCodebookNodes,
  parseCodebookFile,
  type CodebookExportFormat,
} from '../../../src/main/backend/services/codebook-io';
import {
  createCode,
  describeCode,
  listCodes,
  recolorCode,
} from '../../../src/main/backend/services/codes';
import { importCodebookTable } from '../../../src/main/backend/exchange/codebook-table-import';
import { readFirstSheetRows } from '../../../src/main/backend/exchange/table/xlsx-sheet';
import { newProject } from '../../helpers/temp-project';
import { flatten, paths } from './helpers/refi-qda';

/** A codebook with everything a table can trip over. */
function fillCodebook(project: Project): void {
  const add = (parentId: string | null, name: string, color?: string) =>
    createCode(project, { parentId, name, ...(color ? { color } : {}) }).id;
  const principper = add(null, 'Principper', '#E57373');
  const risiko = add(principper, 'III Risiko');
  describeCode(project, risiko, {
    definition: 'At turde fejle, også "politisk".\nAnden linje, med komma',
    whenToUse: 'Når fejl nævnes',
    whenNotToUse: 'Ikke om økonomi; se Temaer',
    example: '"Man skal turde fejle" (JKM)',
  });
  add(principper, 'Ja/nej');
  add(principper, 'C:\\sti\\til');
  const formel = add(null, '=SUM(A1)');
  add(formel, '-30 %');
  add(formel, "'=allerede citeret");
  add(formel, '@navn, "citeret"');
  const temaer = add(null, 'Temaer 🙂');
  add(temaer, 'Økonomi');
  recolorCode(project, temaer, '#123ABC');
}

/** What must survive a round trip: every code's path and fields, in codebook order. */
function shape(project: Project) {
  return listCodes(project).map((c) => ({
    path: c.path,
    color: c.color,
    definition: c.definition,
    whenToUse: c.whenToUse,
    whenNotToUse: c.whenNotToUse,
    example: c.example,
  }));
}

function exported(project: Project, format: CodebookExportFormat, flat = false) {
  return exportCodebookFile(project, format, { flat });
}

function importInto(project: Project, bytes: Uint8Array, fileName: string) {
  return importCodebookNodes(project, parseCodebookFile(bytes, fileName), fileName);
}

function roundTrip(bytes: Uint8Array, fileName: string) {
  const fresh = newProject();
  const result = importInto(fresh, bytes, fileName);
  expect(result.warnings, fileName).toEqual([]);
  return fresh;
}

const text = (bytes: Uint8Array) => new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);

describe('codebook tables: round trips', () => {
  it('.qdc, .csv and .xlsx each give back the same codebook', () => {
    const original = newProject();
    fillCodebook(original);
    const expected = shape(original);
    expect(expected).toHaveLength(10);
    for (const format of ['qdc', 'csv', 'xlsx'] as const) {
      const file = exported(original, format);
      expect(file.warnings, format).toEqual([]);
      expect(shape(roundTrip(file.bytes, `kodebog.${format}`)), format).toEqual(expected);
    }
  });

  it('.qdc → .csv → .xlsx → .qdc in a chain of fresh projects changes nothing', () => {
    const original = newProject();
    fillCodebook(original);
    const a = roundTrip(exported(original, 'qdc').bytes, 'a.qdc');
    const b = roundTrip(exported(a, 'csv').bytes, 'b.csv');
    const c = roundTrip(exported(b, 'xlsx').bytes, 'c.xlsx');
    const d = roundTrip(exported(c, 'qdc').bytes, 'd.qdc');
    expect(shape(d)).toEqual(shape(original));
    // The same codebook gives the same table, byte for byte.
    expect(text(exported(d, 'csv').bytes)).toBe(text(exported(original, 'csv').bytes));
  });

  it('importing a table back into its own project adds nothing', () => {
    const project = newProject();
    fillCodebook(project);
    for (const [format, flat] of [
      ['csv', false],
      ['xlsx', false],
      ['csv', true],
    ] as const) {
      const result = importInto(project, exported(project, format, flat).bytes, `k.${format}`);
      expect([result.created, result.matched], `${format} flat=${flat}`).toEqual([0, 10]);
    }
    expect(shape(project)).toHaveLength(10);
  });
});

describe('codebook tables: the full CSV', () => {
  it('is UTF-8 with a BOM, comma, CRLF, quoted where needed, formulas guarded', () => {
    const project = newProject();
    fillCodebook(project);
    const csv = text(exported(project, 'csv').bytes);
    const lines = csv.split('\r\n');
    expect(
      csv.startsWith('\uFEFFpath,name,description,colour,when to use,when not to use,example\r\n'),
    ).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(lines[1]).toBe('Principper,Principper,,#E57373,,,');
    expect(lines[2]).toBe(
      'Principper/III Risiko,III Risiko,"At turde fejle, også ""politisk"".\nAnden linje, med komma",#64B5F6,Når fejl nævnes,Ikke om økonomi; se Temaer,"""Man skal turde fejle"" (JKM)"',
    );
    expect(csv).toContain('\r\nPrincipper/Ja\\/nej,Ja/nej,');
    expect(csv).toContain('\r\nPrincipper/C:\\\\sti\\\\til,C:\\sti\\til,');
    expect(csv).toContain("\r\n'=SUM(A1),'=SUM(A1),");
    expect(csv).toContain("\r\n'=SUM(A1)/-30 %,'-30 %,");
    expect(csv).toContain("\r\n'=SUM(A1)/'=allerede citeret,''=allerede citeret,");
    expect(csv).toContain('\r\n"\'=SUM(A1)/@navn, ""citeret""","\'@navn, ""citeret""",');
  });

  it('puts the description fields in their own columns, the definition alone in description', () => {
    const project = newProject();
    fillCodebook(project);
    const rows = readFirstSheetRows(exported(project, 'xlsx').bytes, 'k.xlsx');
    expect(rows[0]!.cells).toEqual([
      'path',
      'name',
      'description',
      'colour',
      'when to use',
      'when not to use',
      'example',
    ]);
    expect(rows[2]!.cells).toEqual([
      'Principper/III Risiko',
      'III Risiko',
      'At turde fejle, også "politisk".\nAnden linje, med komma',
      '#64B5F6',
      'Når fejl nævnes',
      'Ikke om økonomi; se Temaer',
      '"Man skal turde fejle" (JKM)',
    ]);
  });
});

describe("codebook tables: Taguette's flat shape", () => {
  it('writes tag,description: the path joined, the four fields labelled, no colours', () => {
    const project = newProject();
    fillCodebook(project);
    const file = exported(project, 'csv', true);
    const csv = text(file.bytes);
    expect(csv.startsWith('\uFEFFtag,description\r\nPrincipper,\r\n')).toBe(true);
    expect(csv).toContain(
      '\r\nPrincipper/III Risiko,"At turde fejle, også ""politisk"".\nAnden linje, med komma\n\nWhen to use: Når fejl nævnes\n\nWhen not to use: Ikke om økonomi; se Temaer\n\nExample: ""Man skal turde fejle"" (JKM)"\r\n',
    );
    expect(csv).toContain('\r\nPrincipper/Ja/nej,\r\n');
    expect(csv).toContain('\r\n=SUM(A1)/-30 %,\r\n');
    expect(csv).not.toContain('#E57373');
    expect(file.warnings).toEqual([]);
  });

  it('reads back into a fresh project as flat codes with the four fields split again', () => {
    const project = newProject();
    fillCodebook(project);
    const fresh = roundTrip(exported(project, 'csv', true).bytes, 'taguette.csv');
    const codes = listCodes(fresh);
    expect(codes.every((c) => c.parentId === null)).toBe(true);
    expect(codes.find((c) => c.name === 'Principper/III Risiko')).toMatchObject({
      definition: 'At turde fejle, også "politisk".\nAnden linje, med komma',
      whenToUse: 'Når fejl nævnes',
      whenNotToUse: 'Ikke om økonomi; se Temaer',
      example: '"Man skal turde fejle" (JKM)',
    });
    expect(codes.map((c) => c.name)).toContain('Principper/Ja/nej');
  });

  it('writes a tag two codes would give only once, and says so', () => {
    const project = newProject();
    const a = createCode(project, { parentId: null, name: 'A' }).id;
    createCode(project, { parentId: a, name: 'B' });
    createCode(project, { parentId: null, name: 'A/B' });
    const file = exported(project, 'csv', true);
    expect(text(file.bytes)).toBe('\uFEFFtag,description\r\nA,\r\nA/B,\r\n');
    expect(file.warnings).toEqual([
      'the codes "A/B" and "A\\/B" both give the tag "A/B"; only the first was written',
    ]);
  });

  it("is accepted by Taguette's tag/name/path header rule, and the full table is refused by it", () => {
    const project = newProject();
    fillCodebook(project);
    const tags = taguetteListTagsCsv(exported(project, 'csv', true).bytes);
    expect(tags.map((t) => t.path)).toEqual(listCodes(project).map((c) => c.path.join('/')));
    expect(tags[1]!.description).toMatch(
      /^At turde fejle.*\n\nExample: "Man skal turde fejle" \(JKM\)$/s,
    );
    expect(() => taguetteListTagsCsv(exported(project, 'csv').bytes)).toThrow(
      'Not sure which column to use for tag name',
    );
    // Taguette's own export passes too (the rule is no stricter than Taguette).
    const own = taguetteListTagsCsv(readFileSync(join(TAGUETTE, 'codebook.csv')));
    expect(own.map((t) => t.path)).toEqual(TAGUETTE_TAGS);
  });
});

const TAGUETTE = '/work/shared/taguette';
const TAGUETTE_TAGS = [
  'borgerinddragelse',
  'velfærdsteknologi',
  'barriere/risiko',
  'innovation.social',
  'medarbejdere',
  'evaluering',
];

describe("Taguette's own codebook files", () => {
  it('give the same six flat codes from .qdc, .csv and .xlsx, in any order', () => {
    const read = (name: string) => parseCodebookFile(readFileSync(join(TAGUETTE, name)), name);
    for (const name of ['codebook.qdc', 'codebook.csv', 'codebook.xlsx']) {
      const nodes = read(name).nodes;
      expect(
        nodes.map((n) => n.name),
        name,
      ).toEqual(TAGUETTE_TAGS);
      expect(
        nodes.every((n) => n.children.length === 0),
        name,
      ).toBe(true);
    }
    for (const order of [
      ['codebook.qdc', 'codebook.csv', 'codebook.xlsx'],
      ['codebook.xlsx', 'codebook.csv', 'codebook.qdc'],
    ]) {
      const project = newProject();
      for (const name of order) importInto(project, readFileSync(join(TAGUETTE, name)), name);
      const codes = listCodes(project);
      expect(
        codes.map((c) => c.path),
        order.join(' → '),
      ).toEqual(TAGUETTE_TAGS.map((t) => [t]));
      expect(codes.find((c) => c.name === 'barriere/risiko')!.definition).toBe(
        'Barrierer & risici – jura, samtykke, "tokenism"',
      );
    }
  });
});

/**
 * Taguette 1.5.2's list_tags_csv (taguette/import_codebook.py), re-implemented: chardet
 * reads a BOM file as UTF-8-SIG; Python's csv reader; the header lower-cased but not
 * trimmed; exactly one of tag/name/path; description optional; short rows refused, empty
 * rows skipped, cells trimmed.
 */
function taguetteListTagsCsv(bytes: Uint8Array): { path: string; description: string }[] {
  let decoded = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  if (decoded.startsWith('\uFEFF')) decoded = decoded.slice(1);
  const [headerRow, ...rows] = pythonCsvRows(decoded);
  const header = (headerRow ?? []).map((cell) => cell.toLowerCase());
  const expected = ['tag', 'name', 'path'].filter((name) => header.includes(name)).length;
  if (expected > 1) throw new Error('Not sure which column to use for tag name');
  if (expected === 0) throw new Error("No 'tag', 'name', or 'path' column");
  const colPath = header.includes('tag')
    ? header.indexOf('tag')
    : header.includes('name')
      ? header.indexOf('name')
      : header.indexOf('path');
  const colDescription = header.includes('description') ? header.indexOf('description') : null;
  const needed = Math.max(colPath, colDescription ?? -1) + 1;
  const tags: { path: string; description: string }[] = [];
  rows.forEach((row, index) => {
    if (row.length < needed) throw new Error(`Not enough columns (row ${index + 2})`);
    if (!row.some((cell) => cell !== '')) return;
    const path = row[colPath]!.trim();
    if (path === '') throw new Error(`Empty tag name (row ${index + 2})`);
    tags.push({ path, description: colDescription === null ? '' : row[colDescription]!.trim() });
  });
  return tags;
}

/** Python's csv.reader with the default dialect: a blank line is a row with no cells. */
function pythonCsvRows(text: string): string[][] {
  const rows: string[][] = [];
  let i = 0;
  while (i < text.length) {
    const row: string[] = [];
    if (text[i] === '\r' || text[i] === '\n') {
      i += text.startsWith('\r\n', i) ? 2 : 1;
      rows.push(row);
      continue;
    }
    for (;;) {
      let cell = '';
      if (text[i] === '"') {
        i++;
        for (;;) {
          if (i >= text.length) throw new Error('unexpected end of data');
          if (text[i] === '"' && text[i + 1] === '"') {
            cell += '"';
            i += 2;
          } else if (text[i] === '"') {
            i++;
            break;
          } else cell += text[i++];
        }
      }
      while (i < text.length && !',\r\n'.includes(text[i]!)) cell += text[i++];
      row.push(cell);
      if (text[i] === ',') {
        i++;
        continue;
      }
      if (text.startsWith('\r\n', i)) i += 2;
      else if (i < text.length) i++;
      break;
    }
    rows.push(row);
  }
  return rows;
}

describe('codebook tables: which column names the codes', () => {
  const read = (csv: string, fileName = 'k.csv') =>
    importCodebookTable(new TextEncoder().encode(csv), fileName);
  const pathsOf = (csv: string) => paths(read(csv).nodes);

  it('reads tag and name as one flat name, path and code as levels', () => {
    expect(pathsOf('tag,description\nlæring/fejl,x\nA,\n')).toEqual(['læring/fejl', 'A']);
    expect(pathsOf('Name\nlæring/fejl\n')).toEqual(['læring/fejl']);
    expect(pathsOf('path\nlæring/fejl\nB\\C\n')).toEqual(['læring', 'læring/fejl', 'B', 'B/C']);
    expect(pathsOf('kode\nlæring > fejl\n')).toEqual(['læring', 'læring/fejl']);
  });

  it('reads a path beside a name strictly, the name confirming the last level', () => {
    const result = read('path,name\nA\\/B,A/B\nC:\\\\x,C:\\x\nD\\E,E\nF/G,H\n,Alene\n', 'sti.csv');
    expect(paths(result.nodes)).toEqual(['A/B', 'C:\\x', 'D', 'D/E', 'F', 'F/G', 'Alene']);
    expect(flatten(result.nodes).map((n) => n.name)).toEqual([
      'A/B',
      'C:\\x',
      'D',
      'E',
      'F',
      'G',
      'Alene',
    ]);
    expect(result.warnings).toEqual([
      'sti.csv, row 5: the name "H" is not the last level of the path "F/G"; the path was used',
    ]);
  });

  it('keeps the parent tree with a tag or name column and a parent column', () => {
    expect(pathsOf('tag,parent\nbarn/x,forælder\nforælder,\n')).toEqual([
      'forælder',
      'forælder/barn/x',
    ]);
  });

  it('takes back the formula apostrophe of a CSV cell, and only that', () => {
    expect(flatten(read("name\n'=SUM(A1)\n''=x\n'plain\n").nodes).map((n) => n.name)).toEqual([
      '=SUM(A1)',
      "'=x",
      "'plain",
    ]);
  });
});
