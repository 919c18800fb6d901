import { describe, expect, it } from 'vitest';
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { parseTranscript } from '../../../src/main/backend/import/parse-file';
import { fragmentsToText, type PdfTextFragment } from '../../../src/main/backend/import/pdf-lines';
import { buildPdf } from './build-pdf';

const turnTexts = (r: ParsedTranscript) =>
  r.turns.map((t) => r.text.slice(t.startUtf16, t.endUtf16));

async function importError(
  bytes: Uint8Array,
  fileName: string,
): Promise<{ code: string; message: string }> {
  try {
    await parseTranscript(bytes, fileName);
  } catch (err) {
    const { code, message } = err as { code: string; message: string };
    return { code, message };
  }
  throw new Error('expected the import to fail');
}

describe('pdf import', () => {
  it('reads the text layer line by line, with Danish letters, across pages', async () => {
    const pdf = buildPdf([
      [
        { text: 'I: Hvad betyder innovation for dig?', y: 770 },
        { text: 'JKM: Det handler om, at vi løser', y: 740 },
        { text: 'opgaverne bedre for borgerne på Ærø.', y: 726 },
      ],
      [
        { text: 'I: Tak for det.', y: 770 },
        { text: 'JKM: Selv tak, æ ø å.', y: 756 },
      ],
    ]);
    const result = await parseTranscript(pdf, 'JKM.pdf');
    expect(result).toMatchObject({ format: 'pdf', encoding: null, warnings: [] });
    expect(result.text).toBe(
      'I: Hvad betyder innovation for dig?\n\nJKM: Det handler om, at vi løser\nopgaverne bedre for borgerne på Ærø.\n\nI: Tak for det.\nJKM: Selv tak, æ ø å.',
    );
    expect(turnTexts(result)).toEqual([
      'I: Hvad betyder innovation for dig?',
      'JKM: Det handler om, at vi løser\nopgaverne bedre for borgerne på Ærø.',
      'I: Tak for det.',
      'JKM: Selv tak, æ ø å.',
    ]);
  });

  it('joins fragments on one baseline with a space where there is a gap', async () => {
    const pdf = buildPdf([
      [
        { text: 'JKM:', x: 72, y: 770 },
        { text: 'Ja, øh.', x: 120, y: 770 },
      ],
    ]);
    expect((await parseTranscript(pdf, 'a.pdf')).text).toBe('JKM: Ja, øh.');
  });

  it('says a PDF without a text layer is probably scanned', async () => {
    const error = await importError(buildPdf([[], []]), 'Scannet.pdf');
    expect(error.code).toBe('import.no-text');
    expect(error.message).toMatch(/^Scannet\.pdf: the PDF has no text layer \(scanned\?\)/);
  });

  it('says a password-protected PDF is encrypted', async () => {
    const error = await importError(
      buildPdf([[{ text: 'hemmeligt', y: 700 }]], { passwordProtected: true }),
      'Hemmelig.pdf',
    );
    expect(error.code).toBe('import.encrypted');
    expect(error.message).toMatch(/^Hemmelig\.pdf: the PDF is password-protected/);
  });

  it('says a damaged PDF is damaged', async () => {
    const pdf = buildPdf([[{ text: 'I: Hej', y: 700 }]]);
    const error = await importError(pdf.subarray(0, 40), 'Halv.pdf');
    expect(error.code).toBe('import.corrupt-pdf');
    expect(error.message).toMatch(/^Halv\.pdf: the PDF is damaged/);
  });

  it('says a file without a PDF header is not a PDF', async () => {
    const error = await importError(new TextEncoder().encode('I: Hej\nJKM: Hej'), 'tekst.pdf');
    expect(error).toEqual({
      code: 'import.corrupt-pdf',
      message: 'tekst.pdf: the file is not a PDF document (no %PDF header)',
    });
  });

  it('keeps pdf.js quiet: no warnings or info on the console or stdout', async () => {
    const written: string[] = [];
    const original = {
      write: process.stdout.write,
      log: console.log,
      info: console.info,
      warn: console.warn,
    };
    const capture = (...args: unknown[]) => {
      written.push(args.map(String).join(' '));
      return true;
    };
    process.stdout.write = capture as typeof process.stdout.write;
    console.log = console.info = console.warn = capture;
    try {
      // At higher verbosity pdf.js logs about the unembedded Helvetica and the cut-off xref.
      await parseTranscript(
        buildPdf([
          [
            { text: 'I: Hej', y: 700 },
            { text: 'JKM: Hej', y: 680 },
          ],
        ]),
        'a.pdf',
      );
      await importError(buildPdf([[]]), 'b.pdf');
      await importError(buildPdf([[{ text: 'x', y: 700 }]]).subarray(0, 300), 'c.pdf');
    } finally {
      Object.assign(process.stdout, { write: original.write });
      Object.assign(console, { log: original.log, info: original.info, warn: original.warn });
    }
    expect(written).toEqual([]);
  });
});

describe('fragmentsToText', () => {
  const at = (
    str: string,
    x: number,
    y: number,
    hasEOL = false,
    width = str.length * 5,
  ): PdfTextFragment => ({
    str,
    transform: [10, 0, 0, 10, x, y],
    width,
    height: 10,
    hasEOL,
  });

  it('breaks lines at hasEOL and at baseline changes, and blank lines at large gaps', () => {
    const text = fragmentsToText([
      at('En', 0, 100),
      at('linje', 14, 100, true),
      at('', 0, 100, true),
      at('Næste', 0, 88),
      at('Efter afsnit', 0, 40),
    ]);
    expect(text).toBe('En linje\nNæste\n\nEfter afsnit');
  });

  it('does not add a space between touching fragments or where one exists', () => {
    expect(fragmentsToText([at('ord', 0, 100), at('del', 15, 100), at(' mere', 30, 100)])).toBe(
      'orddel mere',
    );
  });

  it('returns an empty string for no fragments', () => {
    expect(fragmentsToText([])).toBe('');
  });
});
