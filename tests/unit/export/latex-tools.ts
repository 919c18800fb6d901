/**
 * Real typesetting for the export tests: pdflatex (Debian: texlive-latex-base,
 * texlive-latex-recommended, lmodern, texlive-lang-european for Danish), lualatex
 * (texlive-luatex), LibreOffice (libreoffice-calc, libreoffice-writer) and poppler-utils
 * (pdftotext, pdfinfo). A missing tool fails the test with the package to install.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PACKAGES: Record<string, string> = {
  pdflatex: 'texlive-latex-base texlive-latex-recommended lmodern texlive-lang-european',
  lualatex: 'texlive-luatex',
  soffice: 'libreoffice-calc libreoffice-writer',
  pdftotext: 'poppler-utils',
  pdfinfo: 'poppler-utils',
};

/** Throws a clear error when `tool` is not installed. */
export function requireTool(tool: keyof typeof PACKAGES): void {
  const probe = spawnSync(tool, ['--version'], { encoding: 'utf8', timeout: 60_000 });
  if (probe.error && (probe.error as NodeJS.ErrnoException).code === 'ENOENT')
    throw new Error(
      `${tool} is not installed; it is needed here (apt-get install ${PACKAGES[tool]})`,
    );
}

export function tempFolder(prefix: string): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export interface Compiled {
  pdf: string;
  log: string;
}

/** Compiles `<name>.tex` in `dir` (twice, as longtable wants); throws with the log's errors. */
export function pdflatex(
  dir: string,
  source: string,
  name = 'main',
  engine: 'pdflatex' | 'lualatex' = 'pdflatex',
): Compiled {
  writeFileSync(join(dir, `${name}.tex`), source, 'utf8');
  let log = '';
  for (let pass = 0; pass < 2; pass++) {
    const run = spawnSync(
      engine,
      ['-interaction=nonstopmode', '-halt-on-error', '-no-shell-escape', `${name}.tex`],
      { cwd: dir, encoding: 'utf8', timeout: 120_000 },
    );
    log = readFileSync(join(dir, `${name}.log`), 'latin1');
    if (run.status !== 0) {
      const errors = log
        .split('\n')
        .filter((line, index, lines) => line.startsWith('!') || lines[index - 1]?.startsWith('!'))
        .join('\n');
      throw new Error(
        `${engine} failed (exit ${run.status}):\n${errors || run.stdout.slice(-2000)}`,
      );
    }
  }
  return { pdf: join(dir, `${name}.pdf`), log };
}

/** The PDF's text, page by page (pdftotext separates pages with a form feed). */
export function pdfPages(pdf: string, layout = false): string[] {
  const run = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), pdf, '-'], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
  return run.stdout.split('\f').filter((page, index, all) => index < all.length - 1 || page.trim());
}

/**
 * The text of one vertical strip of every page (x and width in PDF points), so a table's
 * columns can be read one by one: plain pdftotext interleaves the lines of side-by-side cells.
 */
export function pdfStripText(pdf: string, x: number, width: number, pages: number): string {
  let text = '';
  for (let page = 1; page <= pages; page++) {
    const run = spawnSync(
      'pdftotext',
      [
        '-f',
        String(page),
        '-l',
        String(page),
        '-x',
        String(Math.floor(x)),
        '-y',
        '0',
        '-W',
        String(Math.ceil(width)),
        '-H',
        '2000',
        pdf,
        '-',
      ],
      { encoding: 'utf8', timeout: 60_000 },
    );
    if (run.status !== 0) throw new Error(`pdftotext failed: ${run.stderr}`);
    text += `${run.stdout}\n`;
  }
  return text;
}

/** Page width and height in points, from pdfinfo. */
export function pdfPageSize(pdf: string): { width: number; height: number; pages: number } {
  const run = spawnSync('pdfinfo', [pdf], { encoding: 'utf8', timeout: 60_000 });
  if (run.status !== 0) throw new Error(`pdfinfo failed: ${run.stderr}`);
  const size = /Page size:\s+([\d.]+) x ([\d.]+)/.exec(run.stdout);
  const pages = /Pages:\s+(\d+)/.exec(run.stdout);
  if (!size || !pages) throw new Error(`pdfinfo printed no page size:\n${run.stdout}`);
  return { width: Number(size[1]), height: Number(size[2]), pages: Number(pages[1]) };
}

/** Converts files to PDF with LibreOffice, in a profile of its own (parallel runs collide). */
export function sofficeToPdf(dir: string, files: readonly string[]): void {
  const profile = join(dir, 'lo-profile');
  const run = spawnSync(
    'soffice',
    [
      `-env:UserInstallation=file://${profile}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      dir,
      ...files,
    ],
    { cwd: dir, encoding: 'utf8', timeout: 180_000 },
  );
  if (run.status !== 0) throw new Error(`soffice failed (exit ${run.status}): ${run.stderr}`);
}

/** Text as pdftotext gives it back, compared loosely: whitespace, ligatures, typographic quotes. */
export function flatText(text: string): string {
  return text
    .replace(/\uFB01/g, 'fi')
    .replace(/\uFB02/g, 'fl')
    .replace(/\uFB00/g, 'ff')
    .replace(/[’‘]/g, "'")
    .replace(/\.\s?\.\s?\./g, '…')
    .replace(/\s+/g, ' ')
    .trim();
}
