/**
 * The LaTeX export, typeset by a real pdflatex (and lualatex): a fragment \input into a
 * small thesis-like document and the standalone document, a table of 50 quotes that runs
 * over pages, and a quote full of LaTeX's special characters, read back from the PDF with
 * pdftotext — column by column, since plain pdftotext interleaves side-by-side cells.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { QuoteMatrix } from '@shared/matrix/model';
import { exportMatrix } from '../../../src/main/backend/export/matrix-export';
import { escapeTex, pdfLatexCanTypeset } from '../../../src/main/backend/export/tex-text';
import { manyQuotes } from './many-quotes';
import { sampleMatrix } from './sample-matrix';
import {
  flatText,
  pdflatex,
  pdfPages,
  pdfPageSize,
  pdfStripText,
  requireTool,
  tempFolder,
} from './latex-tools';

const texOf = (matrix: QuoteMatrix, standalone = false): string =>
  new TextDecoder().decode(exportMatrix(matrix, 'tex', { standalone }));

/** A thesis chapter that includes the fragment, as a user would. */
function wrapper(fragment: string, language: 'danish' | 'british' = 'danish'): string {
  return [
    '\\documentclass[a4paper,11pt]{report}',
    '\\usepackage[T1]{fontenc}',
    '\\usepackage{lmodern}',
    `\\usepackage[${language}]{babel}`,
    '\\usepackage{longtable,booktabs,array}',
    // No hyphenation, so the PDF's text can be compared word by word.
    '\\hyphenpenalty=10000 \\exhyphenpenalty=10000',
    '\\begin{document}',
    // Where the text block is, for reading the table's columns back one by one.
    '\\typeout{CITAT-GEOMETRY \\the\\textwidth\\space\\the\\oddsidemargin}',
    '\\chapter{Bilag}',
    'Tabellen herunder er dannet af Citat.',
    `\\input{${fragment}}`,
    'Efter tabellen.',
    '\\end{document}',
    '',
  ].join('\n');
}

const SPECIAL = 'Budget & plan: 50 % af $ til #1_a {x} ~y ^z \\ slut';

/** The text of each table column over all pages, from the column widths in the source. */
function columnTexts(tex: string, compiled: { pdf: string; log: string }): string[] {
  const geometry = /CITAT-GEOMETRY ([\d.]+)pt ([-\d.]+)pt/.exec(compiled.log);
  if (!geometry) throw new Error('the wrapper did not log its geometry');
  const bp = (pt: number): number => (pt * 72) / 72.27;
  const textWidth = Number(geometry[1]);
  const left = 72.27 + Number(geometry[2]);
  const fractions = [...tex.matchAll(/p\{\\dimexpr ([\d.]+)\\linewidth/g)].map((m) => Number(m[1]));
  const pages = pdfPageSize(compiled.pdf).pages;
  let x = left;
  return fractions.map((fraction) => {
    const width = fraction * textWidth;
    // A word may run a little into the column's right padding (no hyphenation here).
    const text = pdfStripText(compiled.pdf, bp(x), bp(width) + 4, pages);
    x += width;
    return flatText(text);
  });
}

/** Every needle appears in `text`, in this order. */
function expectInOrder(text: string, needles: readonly string[]): void {
  let at = 0;
  for (const needle of needles) {
    const found = text.indexOf(needle, at);
    expect(found, `"${needle}" after position ${at} of:\n${text}`).toBeGreaterThanOrEqual(0);
    at = found + needle.length;
  }
}

describe('escapeTex', () => {
  it('escapes every special character and breaks ligatures that would change the text', () => {
    expect(escapeTex('& % $ # _ { } ~ ^ \\')).toBe(
      '\\& \\% \\$ \\# \\_ \\{ \\} \\textasciitilde{} \\textasciicircum{} \\textbackslash{}',
    );
    expect(escapeTex('"citat" <b> | [..] `x`')).toBe(
      '\\textquotedbl{}citat\\textquotedbl{} \\textless{}b\\textgreater{} \\textbar{} {[}..{]} \\textasciigrave{}x\\textasciigrave{}',
    );
    expect(escapeTex('a--b---c ,,d')).toBe('a-{}-b-{}-{}-c ,{},d');
    expect(escapeTex('to\nlinjer')).toBe('to\\newline{}linjer');
    expect(escapeTex('æøå ÆØÅ – — “ ” » «')).toBe('æøå ÆØÅ – — “ ” » «');
    expect(escapeTex('a\u00A0b\u2009c')).toBe('a~b\\,c');
  });

  it('hands characters pdfLaTeX cannot typeset to \\citatchar', () => {
    expect(escapeTex('Det gik 🙈 galt')).toBe('Det gik \\citatchar{🙈}{1F648} galt');
    expect(escapeTex('ħ')).toBe('\\citatchar{ħ}{0127}');
    expect(pdfLatexCanTypeset('ø'.codePointAt(0)!)).toBe(true);
    expect(escapeTex('a\u0007b')).toBe('ab');
  });
});

describe('LaTeX export', () => {
  const fragment = texOf(sampleMatrix('quotes', { language: 'da' }));

  it('names the packages it needs in its first lines and guards every macro', () => {
    const head = fragment.split('\n').slice(0, 11);
    expect(head.every((line) => line.startsWith('%'))).toBe(true);
    expect(head.join('\n')).toContain('\\usepackage{longtable,booktabs,array}');
    expect(head.join('\n')).toContain('\\usepackage[T1]{fontenc}');
    const defined = [...fragment.matchAll(/\\(?:new|renew|provide)command\{\\(\w+)\}/g)];
    expect(defined.length).toBeGreaterThan(5);
    const code = fragment
      .split('\n')
      .filter((line) => !line.startsWith('%'))
      .join('\n');
    expect(code).not.toMatch(/\\(newcommand|renewcommand|def)\b/);
    expect(fragment).toContain('\\citatcite{(JKM, l.~12)}');
    expect(fragment).toContain('\\begin{longtable}');
    expect(fragment).toContain('\\toprule');
    expect(fragment).toContain('\\endhead');
  });

  it('gives columns that add up to the line width', () => {
    const widths = [
      ...fragment.matchAll(/p\{\\dimexpr ([\d.]+)\\linewidth-2\\tabcolsep\\relax\}/g),
    ];
    expect(widths).toHaveLength(4);
    const sum = widths.reduce((total, match) => total + Number(match[1]), 0);
    expect(sum).toBeLessThanOrEqual(1);
    expect(sum).toBeGreaterThan(0.999);
  });
});

describe('LaTeX typeset by pdflatex', () => {
  let folder: { dir: string; remove: () => void };
  beforeAll(() => {
    requireTool('pdflatex');
    requireTool('pdftotext');
    requireTool('pdfinfo');
    folder = tempFolder('citat-tex-');
  });
  afterAll(() => (process.env.KEEP_TEX ? undefined : folder?.remove()));

  it('a table of 50 quotes runs over pages with its header on each, every quote intact', () => {
    const matrix = manyQuotes({ special: SPECIAL });
    const tex = texOf(matrix);
    writeFileSync(join(folder.dir, 'bilag1.tex'), tex, 'utf8');
    const compiled = pdflatex(folder.dir, wrapper('bilag1'), 'fifty');
    // Columns that do not fit the line would be overfull by far more than a word's few points
    // (this wrapper forbids hyphenation, so narrow columns run over a little).
    expect(compiled.log).not.toMatch(/Overfull \\hbox \(\d{2,}\.\d+pt too wide\)/);
    const pages = pdfPages(compiled.pdf);
    const tablePages = pages.filter((page) => /Citat \d+:/.test(page));
    expect(tablePages.length).toBeGreaterThan(2);
    // The header row repeats on every page the table reaches.
    for (const page of tablePages) {
      expect(page).toMatch(/^Kode$/m);
      for (const label of ['JKM', 'JW', 'PFL', 'TC'])
        expect(page).toMatch(new RegExp(`^${label}$`, 'm'));
    }
    expect(pages.some((page) => page.includes('fortsættes på næste side'))).toBe(true);
    expect(pages.some((page) => page.includes('(fortsat)'))).toBe(true);
    // Each column, read on its own, holds its quotes whole and in order.
    const [codes, ...columns] = columnTexts(tex, compiled);
    expectInOrder(codes!, ['Kode', 'I Social værdi', 'III Risiko', 'V Ledelse']);
    let total = 0;
    matrix.columns.forEach((column, c) => {
      const quotes = matrix.rows.flatMap((_, r) => matrix.cells[r * 4 + c]!.quotes);
      total += quotes.length;
      expectInOrder(columns[c]!, [
        column.label,
        ...quotes.map((q) => flatText(`• »${q.display}« ${q.citation}`)),
      ]);
    });
    expect(total).toBe(50);
    const all = flatText(pages.join('\n'));
    expect(all.indexOf('Signaturforklaring')).toBeLessThan(all.indexOf('Citat 1:'));
    expect(all).toContain('JKM – Navn JKM, Kommunaldirektør, Aalborg Kommune');
    expect(all).toContain('Efter tabellen.');
  });

  it('prints a quote full of special characters exactly as it was written', () => {
    const matrix = sampleMatrix('quotes', { language: 'da', memos: true });
    const q = matrix.cells[0]!.quotes[0]!;
    const nasty = `${SPECIAL} "citat" <b>fed</b> | [pause] -- ,, '' \`x\` æøå ÆØÅ – — “ ”`;
    matrix.cells[0]!.quotes = [{ ...q, display: nasty, citation: '(JKM & co., 50 %)' }];
    const tex = texOf(matrix);
    writeFileSync(join(folder.dir, 'nasty.tex'), tex, 'utf8');
    const compiled = pdflatex(folder.dir, wrapper('nasty'), 'nasty-doc');
    const [, jkm, jw] = columnTexts(tex, compiled);
    expect(jkm).toContain(flatText(`• »${nasty}« (JKM & co., 50 %)`));
    // The emoji pdfLaTeX has no glyph for is named, not an error.
    expect(jw).toContain('»Det gik [U+1F648] helt galt første gang');
    expect(jkm).toContain('Memo: Kerneudsagn for risikoprincippet; sammenlign med JW.');
    expect(jkm).toContain('Note: Forkortet; politikernes rolle er udeladt.');
    expect(jkm).toContain('Også kodet: Principper / V Ledelse');
  });

  it('compiles the standalone document in Danish and in English, counts with totals', () => {
    for (const [language, mode, words] of [
      ['da', 'quotes', ['Kode', 'Signaturforklaring', '»Ledelse er at gå foran']],
      ['en', 'counts', ['Code', 'Total', 'Number of coded quotes in each cell']],
    ] as const) {
      const tex = texOf(sampleMatrix(mode, { language }), true);
      const { pdf } = pdflatex(folder.dir, tex, `standalone-${language}`);
      const text = flatText(pdfPages(pdf).join('\n'));
      for (const word of words) expect(text).toContain(word);
      if (mode === 'counts') expect(text).toMatch(/Total 3 2 2 7/);
    }
  });

  it('lets the user restyle citations by defining \\citatcite first', () => {
    writeFileSync(join(folder.dir, 'plain.tex'), texOf(sampleMatrix('quotes', { language: 'da' })));
    const source = wrapper('plain').replace(
      '\\begin{document}',
      '\\newcommand{\\citatcite}[1]{[kilde: #1]}\n\\begin{document}',
    );
    const { pdf } = pdflatex(folder.dir, source, 'restyled');
    expect(flatText(pdfPages(pdf).join('\n'))).toContain('[kilde: (JKM, l. 12)]');
  });
});

describe('LaTeX typeset by lualatex (the Unicode engines)', () => {
  let folder: { dir: string; remove: () => void };
  beforeAll(() => {
    requireTool('lualatex');
    requireTool('pdftotext');
    folder = tempFolder('citat-luatex-');
  });
  afterAll(() => folder?.remove());

  it('compiles the fragment without T1 fonts and prints the characters pdfLaTeX cannot', () => {
    writeFileSync(join(folder.dir, 'bilag.tex'), texOf(sampleMatrix('quotes', { language: 'da' })));
    const source = [
      '\\documentclass[a4paper,11pt]{report}',
      '\\usepackage[danish]{babel}',
      '\\usepackage{longtable,booktabs,array}',
      '\\begin{document}',
      '\\input{bilag}',
      '\\end{document}',
    ].join('\n');
    const { pdf, log } = pdflatex(folder.dir, source, 'lua', 'lualatex');
    const text = flatText(pdfPages(pdf).join('\n'));
    expect(text).toContain('Signaturforklaring');
    expect(text).toContain('»Ledelse er at gå foran og give medarbejderne råderum.« (PFL)');
    // The emoji goes to the font: a warning about the glyph, not "[U+1F648]".
    expect(text).not.toContain('[U+1F648]');
    expect(log).toMatch(/Missing character: There is no .* \(U\+1F648\)/);
  });

  it('compiles the standalone document', () => {
    const tex = texOf(sampleMatrix('counts', { language: 'en' }), true);
    const { pdf } = pdflatex(folder.dir, tex, 'lua-standalone', 'lualatex');
    expect(flatText(pdfPages(pdf).join('\n'))).toMatch(/Total 3 2 2 7/);
  });
});
