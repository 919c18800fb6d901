/**
 * PDF transcripts: the text layer read with pdf.js, line by line. pdf.js is large, so it
 * is imported only when a PDF is actually opened (the CLI starts without it). In Node it
 * runs its worker code on the main thread ("fake worker"); we point it at the worker
 * module explicitly so this also works when our code is bundled elsewhere.
 *
 * pdf.js has no limits of its own, so a hostile file is bounded here: what its streams
 * unpack to is checked before pdf.js reads it (pdf-scan.ts: `import.pdf-too-large`), the
 * page count once it has read the page tree (`import.pdf-too-many-pages`), and the time
 * the pages' text takes (`import.pdf-too-slow`).
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import type * as PdfJsModule from 'pdfjs-dist/legacy/build/pdf.mjs';
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { normaliseText } from '@shared/text/normalise';
import { CitatError } from '../errors';
import { importError } from './import-error';
import { checkPdfPages } from './pdf-limits';
import { checkPdfStreams } from './pdf-scan';
import { fragmentsToText, type PdfTextFragment } from './pdf-lines';
import { transcriptFromText } from './text-file';

type PdfJs = typeof PdfJsModule;

/** Longest time the text of all pages may take (a 2,000-page transcript takes about 3 s). */
const PDF_TIME_LIMIT_MS = 60_000;

interface PdfJsSetup {
  pdfjs: PdfJs;
  /** Directory of the pdfjs-dist package, for its CMaps and standard fonts. */
  packageDir: string | null;
}

let setup: Promise<PdfJsSetup> | null = null;

function loadPdfJs(): Promise<PdfJsSetup> {
  setup ??= (async () => {
    const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
    let packageDir: string | null = null;
    try {
      const require = createRequire(import.meta.url);
      packageDir = dirname(require.resolve('pdfjs-dist/package.json'));
      pdfjs.GlobalWorkerOptions.workerSrc = pathToFileURL(
        join(packageDir, 'legacy/build/pdf.worker.mjs'),
      ).href;
    } catch {
      // Bundled without node_modules: pdf.js falls back to its own relative worker path.
    }
    return { pdfjs, packageDir };
  })();
  return setup;
}

function errorName(err: unknown): string {
  return typeof err === 'object' && err !== null && 'name' in err ? String(err.name) : '';
}

function startsLikePdf(bytes: Uint8Array): boolean {
  // The header may be preceded by junk; readers accept it within the first 1024 bytes.
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024));
  return head.includes('%PDF-');
}

export async function pdfToText(bytes: Uint8Array, fileName: string): Promise<string> {
  if (!startsLikePdf(bytes)) {
    throw importError(fileName, 'corrupt-pdf', 'the file is not a PDF document (no %PDF header)');
  }
  // pdf.js has no limit on what its streams inflate to: check before it reads anything.
  try {
    checkPdfStreams(bytes, fileName);
  } catch (err) {
    if (err instanceof CitatError) throw err;
    const detail = err instanceof Error ? err.message : String(err);
    throw importError(
      fileName,
      'corrupt-pdf',
      `the PDF is damaged and cannot be read (${detail})`,
      err,
    );
  }
  const { pdfjs, packageDir } = await loadPdfJs();
  const task = pdfjs.getDocument({
    // pdf.js transfers (detaches) the buffer it is given; hand it a copy.
    data: new Uint8Array(bytes),
    verbosity: pdfjs.VerbosityLevel.ERRORS,
    useSystemFonts: false,
    disableFontFace: true,
    isOffscreenCanvasSupported: false,
    useWorkerFetch: false,
    ...(packageDir
      ? {
          cMapUrl: join(packageDir, 'cmaps') + '/',
          cMapPacked: true,
          standardFontDataUrl: join(packageDir, 'standard_fonts') + '/',
        }
      : {}),
  });
  try {
    const document = await task.promise;
    checkPdfPages(document.numPages, fileName);
    const pages: string[] = [];
    const started = Date.now();
    for (let n = 1; n <= document.numPages; n++) {
      // Pages may share one large content stream, which pdf.js decodes again for each of
      // them; the size check counts it once, so the time they take is bounded as well.
      if (Date.now() - started > PDF_TIME_LIMIT_MS) {
        throw importError(
          fileName,
          'pdf-too-slow',
          `reading the PDF's text took more than ${PDF_TIME_LIMIT_MS / 1000} seconds (at page ${n} of ${document.numPages}); refused as a possibly hostile file`,
        );
      }
      const page = await document.getPage(n);
      const content = await page.getTextContent();
      const fragments = content.items.filter(
        (item): item is PdfTextFragment & typeof item => 'str' in item,
      );
      pages.push(fragmentsToText(fragments));
      page.cleanup();
    }
    return pages.join('\n\n');
  } catch (err) {
    if (err instanceof CitatError) throw err;
    const name = errorName(err);
    if (name === 'PasswordException') {
      throw importError(
        fileName,
        'encrypted',
        'the PDF is password-protected (encrypted); remove the password and import it again',
        err,
      );
    }
    const detail = err instanceof Error ? err.message : String(err);
    throw importError(
      fileName,
      'corrupt-pdf',
      `the PDF is damaged and cannot be read (${detail})`,
      err,
    );
  } finally {
    await task.destroy();
  }
}

export async function parsePdf(bytes: Uint8Array, fileName: string): Promise<ParsedTranscript> {
  const raw = await pdfToText(bytes, fileName);
  if (normaliseText(raw).trim() === '') {
    throw importError(
      fileName,
      'no-text',
      'the PDF has no text layer (scanned?); run OCR on it first and import the result',
    );
  }
  return transcriptFromText('pdf', raw, null, []);
}
