import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CodebookNode } from '@shared/domain/codebook';
import { importCodebookTable } from '../../../src/main/backend/exchange/codebook-table-import';
import { flatten, paths } from './helpers/refi-qda';
import { makeXlsx } from './helpers/xlsx';
import { errorOf } from '../../helpers/citat-error';

const FIXTURES = join(__dirname, '../../../fixtures/codebook');
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);

/** Windows-1252 bytes for text in Latin-1 plus the euro sign and en dash. */
function cp1252(text: string): Uint8Array {
  const special: Record<string, number> = { '€': 0x80, '–': 0x96 };
  return Uint8Array.from([...text].map((ch) => special[ch] ?? ch.charCodeAt(0)));
}

function find(nodes: readonly CodebookNode[], path: string): CodebookNode {
  const found = flatten(nodes).find((_, i) => paths(nodes)[i] === path);
  if (!found) throw new Error(`no code ${path} in ${paths(nodes).join(', ')}`);
  return found;
}

/** The tree without ids, to compare imports of the same table in two formats. */
function shape(nodes: readonly CodebookNode[]): unknown {
  return nodes.map(({ id: _id, children, ...rest }) => ({ ...rest, children: shape(children) }));
}

describe('importCodebookTable: fixtures', () => {
  const expectedPaths = [
    'Principper',
    'Principper/I Social værdi',
    'Principper/II Systematisk arbejde',
    'Principper/III Risiko',
    'Principper/IV Samskabelse',
    'Principper/V Ledelse',
    'Temaer',
    'Temaer/Digitalisering',
    'Temaer/Økonomi',
    'Temaer/Medarbejdere',
  ];

  it('reads principper.csv with implicit parents', () => {
    const result = importCodebookTable(
      readFileSync(join(FIXTURES, 'principper.csv')),
      'principper.csv',
    );
    expect(result.warnings).toEqual([]);
    expect(result.sets).toEqual([]);
    expect(paths(result.nodes)).toEqual(expectedPaths);
    expect(find(result.nodes, 'Principper')).toMatchObject({ color: null, definition: null });
    expect(find(result.nodes, 'Principper/III Risiko')).toMatchObject({
      color: '#FFB74D',
      definition:
        'At turde fejle: forsøg der ikke lykkedes, læring af fejl, risikovillighed og forsigtighed, politisk opbakning.',
      whenToUse: null,
    });
    expect(find(result.nodes, 'Temaer/Digitalisering').definition).toContain('»digital først«');
    const ids = flatten(result.nodes).map((n) => n.id);
    expect(new Set(ids).size).toBe(10);
    expect(
      ids.every((id) =>
        /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/.test(id),
      ),
    ).toBe(true);
  });

  it.runIf(existsSync(join(FIXTURES, 'principper.xlsx')))(
    'reads principper.xlsx to the same tree as the CSV',
    () => {
      const csv = importCodebookTable(
        readFileSync(join(FIXTURES, 'principper.csv')),
        'principper.csv',
      );
      const xlsx = importCodebookTable(
        readFileSync(join(FIXTURES, 'principper.xlsx')),
        'principper.xlsx',
      );
      expect(xlsx.warnings).toEqual([]);
      expect(paths(xlsx.nodes)).toEqual(expectedPaths);
      expect(shape(xlsx.nodes)).toEqual(shape(csv.nodes));
    },
  );
});

describe('importCodebookTable: CSV variants', () => {
  it('reads Danish Excel output: BOM, semicolons, CRLF, quoted line breaks, parent column', () => {
    const text =
      '\uFEFFKode;Overkode;Beskrivelse;Farve\r\n' +
      'Principper;;"De fem; principper";#E57373\r\n' +
      'Risiko;Principper;"Første linje\r\nanden ""linje""";#fb4\r\n' +
      'Ledelse;Principper;;\r\n';
    const result = importCodebookTable(utf8(text), 'kodebog.csv');
    expect(result.warnings).toEqual([]);
    expect(paths(result.nodes)).toEqual(['Principper', 'Principper/Risiko', 'Principper/Ledelse']);
    expect(result.nodes[0]).toMatchObject({ definition: 'De fem; principper', color: '#E57373' });
    expect(find(result.nodes, 'Principper/Risiko')).toMatchObject({
      definition: 'Første linje\nanden "linje"',
      color: '#FFBB44',
    });
  });

  it('falls back to Windows-1252 when the bytes are not UTF-8, and says so', () => {
    const bytes = cp1252('Kode;Beskrivelse\r\nØkonomi;Penge – € og kr.\r\nLæring;Åbenhed\r\n');
    const result = importCodebookTable(bytes, 'gammel.csv');
    expect(paths(result.nodes)).toEqual(['Økonomi', 'Læring']);
    expect(result.nodes[0]!.definition).toBe('Penge – € og kr.');
    expect(result.warnings).toEqual([
      'gammel.csv: the file is not UTF-8; it was read as Windows-1252',
    ]);
  });

  it('reads UTF-16 "Unicode text" with tabs', () => {
    const text = 'Code\tMemo\r\nÆble\tFrugt\r\n';
    const bytes = new Uint8Array([0xff, 0xfe, ...Buffer.from(text, 'utf16le')]);
    const result = importCodebookTable(bytes, 'unicode.txt');
    expect(result.nodes.map((n) => [n.name, n.definition])).toEqual([['Æble', 'Frugt']]);
  });

  it('reads a Taguette codebook export (tag, parent by name, listed after its child)', () => {
    const text =
      'tag,parent,description,number of highlights\n' +
      'positive,emotion,Good feelings,4\n' +
      'emotion,,Any feeling,0\n' +
      'negative,emotion,,2\n' +
      'misc,,"",0\n';
    const result = importCodebookTable(utf8(text), 'taguette.csv');
    expect(result.warnings).toEqual([]);
    expect(paths(result.nodes)).toEqual([
      'emotion',
      'emotion/positive',
      'emotion/negative',
      'misc',
    ]);
    expect(result.nodes[0]!.definition).toBe('Any feeling');
  });

  it('reads MAXQDA-style "Code"/"Memo" tables with "\\" and " > " levels, "\\/" as a literal slash', () => {
    const text =
      'Code,Memo\n' +
      'Codename 1,Top\n' +
      'Codename 1\\Subcode 1.1,Sub\n' +
      'Codename 2 > Subcode 2.1 > Subcode 2.1.1,Deep\n' +
      'Ja\\/nej,Slash\n' +
      'A/B,Forward\n';
    const result = importCodebookTable(utf8(text), 'maxqda.csv');
    expect(paths(result.nodes)).toEqual([
      'Codename 1',
      'Codename 1/Subcode 1.1',
      'Codename 2',
      'Codename 2/Subcode 2.1',
      'Codename 2/Subcode 2.1/Subcode 2.1.1',
      'Ja/nej',
      'A',
      'A/B',
    ]);
    expect(find(result.nodes, 'Codename 2').definition).toBeNull();
    expect(find(result.nodes, 'Codename 2/Subcode 2.1/Subcode 2.1.1').definition).toBe('Deep');
  });

  it('fills the four description fields from labelled text and from their own columns', () => {
    const text =
      'Path,Description,When to use,Hvornår bruges ikke,Eksempel,Colour\n' +
      '"Risiko","Definition.\n\nWhen to use: labelled\n\nExample: labelled example",,Aldrig,,rgb(0 128 255)\n' +
      'Ledelse,Styring,Når ledere nævnes,,"""Chefen sagde …""",\n';
    const result = importCodebookTable(utf8(text), 'felter.csv');
    expect(result.warnings).toEqual([]);
    expect(result.nodes[0]).toMatchObject({
      definition: 'Definition.',
      whenToUse: 'labelled',
      whenNotToUse: 'Aldrig',
      example: 'labelled example',
      color: '#0080FF',
    });
    expect(result.nodes[1]).toMatchObject({
      definition: 'Styring',
      whenToUse: 'Når ledere nævnes',
      example: '"Chefen sagde …"',
    });
  });
});

describe('importCodebookTable: parent column resolution', () => {
  it('creates missing parents, follows parent paths and repairs bad references with warnings', () => {
    const text =
      'code,parent code,description\n' +
      'Risiko,Principper,\n' + //         Principper has no row: created
      'Fejl,Principper/Risiko,\n' + //    a path to the parent
      'Dublet,,first\n' +
      'Dublet,,second\n' + //             same name, same parent: merged
      'Barn,Dublet,\n' + //               ambiguous parent name: first one
      'Selv,Selv,\n' + //                 names itself
      'X,Y,\n' +
      'Y,X,\n' + //                        a cycle
      'Dyb,Ny/Gren,\n'; //                 a missing path is created level by level
    const result = importCodebookTable(utf8(text), 'forældre.csv');
    expect(paths(result.nodes)).toEqual([
      'Principper',
      'Principper/Risiko',
      'Principper/Risiko/Fejl',
      'Dublet',
      'Dublet/Barn',
      'Selv',
      'X',
      'X/Y',
      'Ny',
      'Ny/Gren',
      'Ny/Gren/Dyb',
    ]);
    expect(find(result.nodes, 'Dublet').definition).toBe('first');
    const warnings = result.warnings.join('\n');
    expect(warnings).toMatch(
      /forældre\.csv, row 5: code "Dublet" appears twice under the same parent/,
    );
    expect(warnings).toMatch(/row 6: parent "Dublet" is the name of several codes \(rows 4, 5\)/);
    expect(warnings).toMatch(/row 7: code "Selv" names itself as its parent/);
    expect(warnings).toMatch(/row 8: the parent column forms a cycle through "X"/);
    expect(result.warnings).toHaveLength(4);
  });

  it('ignores the parent column when a path column is present', () => {
    const result = importCodebookTable(utf8('path,parent\nA/B,Z\n'), 'both.csv');
    expect(paths(result.nodes)).toEqual(['A', 'A/B']);
    expect(result.warnings).toEqual([
      'both.csv: the parent column is ignored because the path column gives the hierarchy',
    ]);
  });
});

describe('importCodebookTable: row problems', () => {
  it('warns about repeated paths, empty code cells, bad colours and title rows', () => {
    const text =
      'Kodebog for projektet,,\n' +
      '\n' +
      'Path,Farve,Memo\n' +
      'A,#12345,\n' +
      ',#FFFFFF,orphan memo\n' +
      'A,#000000,again\n' +
      'A/B,#000000,\n';
    const result = importCodebookTable(utf8(text), 'rod.csv');
    expect(paths(result.nodes)).toEqual(['A', 'A/B']);
    expect(result.nodes[0]!.color).toBeNull();
    expect(result.warnings).toEqual([
      'rod.csv: 1 row(s) above the header row (row 3) were skipped',
      'rod.csv, row 4: "#12345" is not a colour (expected #RRGGBB, #RGB or rgb(r, g, b)); the code has no colour',
      'rod.csv, row 5: no code name; the row was skipped',
      'rod.csv, row 6: code "A" was already defined in row 4; this row was ignored',
    ]);
  });
});

describe('importCodebookTable: XLSX', () => {
  it('reads the first sheet in tab order with shared, inline, rich-text and number cells', () => {
    const bytes = makeXlsx([
      ['Kodebog'],
      [],
      ['Kode', 'Overkode', 'Beskrivelse', 'Farve'],
      ['Principper', null, { inline: 'De fem & principper' }, '#e57373'],
      [
        { inline: 'Risiko' },
        'Principper',
        {
          raw:
            '<c r="C5" t="s"><v>99</v></c><c r="D5" t="inlineStr"><is><r><t>#FF</t></r>' +
            '<r><t xml:space="preserve">B74D</t></r><rPh><t>ignored</t></rPh></is></c>',
        },
      ],
      [{ number: 2024 }, 'Principper', null, null],
    ]);
    const result = importCodebookTable(bytes, 'kodebog.xlsx');
    expect(paths(result.nodes)).toEqual(['Principper', 'Principper/Risiko', 'Principper/2024']);
    expect(result.nodes[0]).toMatchObject({ definition: 'De fem & principper', color: '#E57373' });
    expect(find(result.nodes, 'Principper/Risiko')).toMatchObject({
      definition: null,
      color: '#FFB74D',
    });
    expect(result.warnings).toEqual([
      'kodebog.xlsx: 1 row(s) above the header row (row 3) were skipped',
    ]);
  });

  it('reads an .xlsx saved with a .csv name by its content', () => {
    const result = importCodebookTable(makeXlsx([['path'], ['A/B']]), 'renamed.csv');
    expect(paths(result.nodes)).toEqual(['A', 'A/B']);
  });

  it('refuses a workbook without the sheet it names', () => {
    const bytes = makeXlsx([['path']]);
    const broken = Buffer.from(bytes);
    // Corrupt the central-directory name of sheet2.xml so the sheet cannot be found.
    const name = Buffer.from('xl/worksheets/sheet2.xml');
    let at = broken.lastIndexOf(name);
    broken.write('xl/worksheets/sheetX.xml', at);
    at = broken.indexOf(name);
    broken.write('xl/worksheets/sheetX.xml', at);
    expect(() => importCodebookTable(broken, 'broken.xlsx')).toThrow(
      /broken\.xlsx: not a valid Excel workbook \(missing xl\/worksheets\/sheet2\.xml\)/,
    );
  });
});

describe('importCodebookTable: refusals', () => {
  it('names the file and the expected columns when no code column is found', () => {
    const error = errorOf(() =>
      importCodebookTable(utf8('Navn på ting;Tekst\nA;b\n'), 'ukendt.csv'),
    );
    expect(error.code).toBe('codebook-table.no-code-column');
    expect(error.message).toMatch(
      /^ukendt\.csv: no code column found\. The first row holds "Navn på ting", "Tekst"/,
    );
    expect(error.message).toMatch(
      /"path".*"code".*"kode".*"parent"\/"overkode".*"beskrivelse".*"farve"/,
    );
  });

  it('refuses empty files, header-only files and unterminated quotes', () => {
    expect(() => importCodebookTable(new Uint8Array(), 'tom.csv')).toThrow(
      /tom\.csv: the file is empty/,
    );
    expect(() => importCodebookTable(utf8('\uFEFF\r\n ; \r\n'), 'blank.csv')).toThrow(
      /blank\.csv: the file is empty/,
    );
    expect(() => importCodebookTable(utf8('code,description\n'), 'header.csv')).toThrow(
      /header\.csv: the table has a header row but no codes below it/,
    );
    expect(() =>
      importCodebookTable(utf8('code,description\nA,"open\nB,c\n'), 'quote.csv'),
    ).toThrow(/quote\.csv: a quoted field that starts on line 2 is never closed/);
  });

  it('refuses unsupported file types with a hint', () => {
    expect(() => importCodebookTable(utf8('x'), 'old.xls')).toThrow(
      /old\.xls: .*\.xls.*save the sheet as \.xlsx or \.csv/,
    );
    expect(() => importCodebookTable(utf8('x'), 'doc.pdf')).toThrow(
      /doc\.pdf: \.pdf files cannot be imported/,
    );
    expect(() => importCodebookTable(utf8('path\nA\n'), 'fake.xlsx')).toThrow(
      /fake\.xlsx: not a valid \.xlsx workbook/,
    );
  });
});
