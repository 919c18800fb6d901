/** Files the CLI writes: matrix -o in every format, binary to a pipe, codebook export and import. */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, makeTempDir, ok, okJson, runCli } from './support/cli';
import { INTERVIEWEES, thesisProjectAt } from './support/thesis-project';

let here: string;
let project: string;
beforeAll(() => {
  const temp = makeTempDir();
  here = temp.dir;
  project = thesisProjectAt('coded', here);
  return temp.remove;
});

function zipParts(file: string): Record<string, string> {
  const parts = unzipSync(readFileSync(file));
  return Object.fromEntries(Object.entries(parts).map(([name, bytes]) => [name, strFromU8(bytes)]));
}

const MATRIX = ['--rows', 'Principper', '--cols', 'speakers', '--citation', 'located'];

describe('citat matrix -o', () => {
  it.each(['docx', 'xlsx', 'csv', 'md', 'html', 'tex'])(
    'writes table.%s, byte for byte the same when run twice',
    (format) => {
      const first = join(here, `table.${format}`);
      const second = join(here, `again.${format}`);
      const result = ok(here, ['matrix', project, ...MATRIX, '-o', first]);
      expect(result.stdout).toBe(`wrote ${first}\n`);
      ok(here, ['matrix', project, ...MATRIX, '-o', second]);
      expect(existsSync(first)).toBe(true);
      const bytes = readFileSync(first);
      expect(bytes.length).toBeGreaterThan(100);
      expect(readFileSync(second).equals(bytes)).toBe(true);
    },
  );

  it('writes a DOCX whose document.xml holds the initials, the legend names and the quotes', () => {
    const file = join(here, 'tabel.docx');
    ok(here, ['matrix', project, ...MATRIX, '-o', file]);
    const parts = zipParts(file);
    expect(Object.keys(parts)).toContain('[Content_Types].xml');
    const xml = parts['word/document.xml']!;
    expect(xml).toBeDefined();
    for (const label of INTERVIEWEES) expect(xml).toContain(`>${label}<`);
    expect(xml).toContain('Jens Kristian Munk');
    expect(xml).toContain('Holstebro Kommune');
    expect(xml).toContain('Men hvis man aldrig tør fejle, så lærer man heller ikke noget.');
    // The DOCX keeps a citation's parts together with no-break spaces.
    const text = xml.replace(/\u00A0/g, ' ');
    expect(text).toContain('(TC, 00:05:41)');
    expect(text).toContain('(JKM, l. 31)');
  });

  it('writes an XLSX with the quotes in its cells', () => {
    const file = join(here, 'tabel.xlsx');
    ok(here, ['matrix', project, ...MATRIX, '-o', file]);
    const parts = zipParts(file);
    const sheets = Object.keys(parts).filter((name) => name.startsWith('xl/worksheets/'));
    expect(sheets.length).toBeGreaterThan(0);
    const all = Object.values(parts).join('\n');
    for (const label of INTERVIEWEES) expect(all).toContain(label);
    expect(all).toContain('Vi tager risici på de områder, hvor konsekvenserne er til at overskue.');
  });

  it('writes CSV, Markdown and HTML with the header row and located citations', () => {
    ok(here, ['matrix', project, ...MATRIX, '-o', join(here, 'tabel.csv')]);
    ok(here, ['matrix', project, ...MATRIX, '-o', join(here, 'tabel.md')]);
    ok(here, ['matrix', project, ...MATRIX, '-o', join(here, 'tabel.html')]);
    const csv = readFileSync(join(here, 'tabel.csv'), 'utf8').replace(/^\uFEFF/, '');
    expect(csv.split(/\r?\n/)[0]).toBe('Code,JKM,JW,PFL,TC');
    expect(csv).toContain('(TC, 00:10:28)');
    const md = readFileSync(join(here, 'tabel.md'), 'utf8');
    expect(md).toContain('| Code | JKM | JW | PFL | TC |');
    expect(md).toContain('- **TC** – Tine Carlsen, Kommunaldirektør, Holstebro Kommune');
    const html = readFileSync(join(here, 'tabel.html'), 'utf8');
    expect(html).toContain('<table');
    expect(html).toContain('(JKM, l. 11–13)');
  });

  it('writes DOCX bytes to stdout when it is not a terminal, the same as with -o', () => {
    const file = join(here, 'piped.docx');
    ok(here, ['matrix', project, ...MATRIX, '-o', file]);
    const piped = ok(here, ['matrix', project, ...MATRIX, '--format', 'docx']);
    expect(piped.stdoutBytes.subarray(0, 2).toString('latin1')).toBe('PK');
    expect(piped.stdoutBytes.equals(readFileSync(file))).toBe(true);
  });

  it('prints Markdown when neither --format nor -o is given, and refuses --format pdf', () => {
    const md = ok(here, ['matrix', project, '--rows', 'Principper']).stdout;
    expect(md.startsWith('# Principper × interviewees\n')).toBe(true);
    fails(
      here,
      ['matrix', project, '--format', 'pdf'],
      1,
      'matrix: unknown format "pdf"; use json, csv, md, html, docx, xlsx or tex',
    );
    fails(here, ['matrix', project, '-o', join(here, 'tabel.pdf')], 1, 'unknown format "pdf"');
    expect(existsSync(join(here, 'tabel.pdf'))).toBe(false);
  });
});

describe('citat matrix: language, memos, quote marks, row labels', () => {
  it('prints Danish labels and »quotes« with --lang da, the same in every format', () => {
    const md = ok(here, ['matrix', project, ...MATRIX, '--lang', 'da']).stdout;
    expect(md.startsWith('# Principper × interviewpersoner\n')).toBe(true);
    expect(md).toContain('**Signaturforklaring**');
    expect(md).toContain('| Kode | JKM | JW | PFL | TC |');
    expect(md).toContain(
      '»Men hvis man aldrig tør fejle, så lærer man heller ikke noget.« (JKM, l. 31)',
    );
    const csv = ok(here, ['matrix', project, ...MATRIX, '--lang', 'da', '--format', 'csv']).stdout;
    expect(csv).toContain(
      '»Men hvis man aldrig tør fejle, så lærer man heller ikke noget.« (JKM, l. 31)',
    );
    const en = ok(here, ['matrix', project, ...MATRIX, '--quote-marks', 'none']).stdout;
    expect(en).toContain(
      '• Men hvis man aldrig tør fejle, så lærer man heller ikke noget. (JKM, l. 31)',
    );
  });

  it('leaves coding memos and curation notes out unless --memos is given', () => {
    const temp = makeTempDir();
    try {
      const copy = thesisProjectAt('coded', temp.dir);
      const codings = okJson<{ id: string; text: string }[]>(temp.dir, ['codings', copy]);
      const risk = codings.find((c) => c.text.startsWith('Men hvis man aldrig tør fejle'))!;
      ok(temp.dir, [
        'curate',
        copy,
        risk.id,
        '--text',
        'Men hvis man aldrig tør fejle […]',
        '--note',
        'forkortet',
      ]);
      const plain = ok(temp.dir, ['matrix', copy, ...MATRIX]).stdout;
      expect(plain).toContain('Men hvis man aldrig tør fejle \\[…\\]');
      expect(plain).not.toContain('forkortet');
      const memos = ok(temp.dir, ['matrix', copy, ...MATRIX, '--memos', '--lang', 'da']).stdout;
      expect(memos).toContain('*Note: forkortet*');
    } finally {
      temp.remove();
    }
  });

  it('numbers rows or prints their paths on request, and refuses unknown values', () => {
    const numbered = ok(here, ['matrix', project, ...MATRIX, '--row-labels', 'numbered']).stdout;
    expect(numbered).toContain('| 3 III Risiko |');
    const paths = ok(here, [
      'matrix',
      project,
      ...MATRIX,
      '--row-labels',
      'path',
      '--format',
      'csv',
    ]);
    expect(paths.stdout).toContain('Principper / III Risiko,');
    fails(
      here,
      ['matrix', project, '--lang', 'de'],
      1,
      'matrix: --lang must be da or en, not "de"',
    );
    fails(
      here,
      ['matrix', project, '--quote-marks', 'straight'],
      1,
      'matrix: --quote-marks must be none, guillemets or curly, not "straight"',
    );
    fails(
      here,
      ['matrix', project, '--standalone'],
      1,
      'matrix: --standalone is for --format tex only',
    );
  });

  it('writes a LaTeX fragment, or a whole document with --standalone', () => {
    const fragment = ok(here, [
      'matrix',
      project,
      ...MATRIX,
      '--format',
      'tex',
      '--lang',
      'da',
    ]).stdout;
    expect(fragment.split('\n')[0]).toBe('% Principper × interviewpersoner');
    expect(fragment).toContain('\\begin{longtable}');
    expect(fragment).not.toContain('\\documentclass');
    const file = join(here, 'bilag.tex');
    ok(here, ['matrix', project, ...MATRIX, '--standalone', '-o', file]);
    expect(readFileSync(file, 'utf8')).toContain('\\documentclass[a4paper,10pt]{article}');
  });
});

interface CodeJson {
  path: string;
  name: string;
  color: string;
  definition: string | null;
}

describe('citat codebook export and import', () => {
  it('exports .qdc, .md and .docx', () => {
    for (const ext of ['qdc', 'md', 'docx']) {
      const file = join(here, `kodebog.${ext}`);
      expect(ok(here, ['codebook', 'export', project, file]).stdout).toBe(`wrote ${file}\n`);
    }
    const qdc = readFileSync(join(here, 'kodebog.qdc'), 'utf8');
    expect(qdc).toMatch(/^<\?xml version="1\.0" encoding="UTF-8"/);
    expect(qdc).toContain('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"');
    expect(qdc).toContain('name="III Risiko"');
    expect(qdc).toContain('name="Robot/automatisering"');
    const md = readFileSync(join(here, 'kodebog.md'), 'utf8');
    expect(md).toContain('III Risiko');
    expect(md).toContain('At turde fejle');
    const docx = zipParts(join(here, 'kodebog.docx'));
    expect(docx['word/document.xml']).toContain('IV Samskabelse');
    fails(
      here,
      ['codebook', 'export', project, join(here, 'kodebog.pdf')],
      1,
      '"kodebog.pdf" must end in .qdc, .csv, .xlsx, .md or .docx',
    );
  });

  it('imports the exported .qdc into a fresh project with the same tree, colours and definitions', () => {
    const file = join(here, 'roundtrip.qdc');
    ok(here, ['codebook', 'export', project, file]);
    const temp = makeTempDir();
    try {
      ok(temp.dir, ['new', 'frisk']);
      const fresh = join(temp.dir, 'frisk.citat');
      const result = ok(temp.dir, ['codebook', 'import', fresh, file]);
      const original = okJson<CodeJson[]>(here, ['codes', 'list', project]);
      expect(result.stdout).toBe(
        `imported roundtrip.qdc: ${original.length} new codes, 0 already present\n`,
      );
      const imported = okJson<CodeJson[]>(temp.dir, ['codes', 'list', fresh]);
      const shape = (codes: CodeJson[]) =>
        codes.map(({ path, name, color, definition }) => ({ path, name, color, definition }));
      expect(shape(imported)).toEqual(shape(original));
    } finally {
      temp.remove();
    }
  });

  it('refuses a codebook file that does not exist, naming it', () => {
    const result = runCli(here, ['codebook', 'import', project, join(here, 'mangler.qdc')]);
    expect(result.code).toBe(2);
    expect(result.errLines).toEqual(['citat: mangler.qdc: no such file']);
  });
});
