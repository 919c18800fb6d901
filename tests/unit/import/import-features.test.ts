/**
 * fixtures/import-features/: the same interview as .docx and .odt (written by
 * fixtures/tools/build_import_features.py) and as LibreOffice saves each of them in the
 * other format. All four must import to the same text, turns and warnings.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { normaliseText } from '@shared/text/normalise';
import type { ParsedTranscript } from '@shared/transcript/parsed';
import { parseTranscript } from '../../../src/main/backend/import/parse-file';

const DIR = resolve(import.meta.dirname, '../../../fixtures/import-features');

const FILES = [
  'interview-features.docx',
  'interview-features.odt',
  'interview-features.libreoffice.odt',
  'interview-features.libreoffice.docx',
];

async function imported(name: string): Promise<ParsedTranscript> {
  return parseTranscript(new Uint8Array(readFileSync(resolve(DIR, name))), name);
}

const BODY = [
  'Interview med Mette Holm',
  'Silkeborg Kommune, 4. april 2025',
  '', // the paragraph that holds the logo
  'Rolle\tNavn\tOrganisation',
  'I\tInterviewer\tAarhus Universitet',
  'MH\tMette Holm\tSilkeborg Kommune',
  '',
  'I: Hvad er de vigtigste principper i jeres innovationsarbejde?[1]',
  'MH: Vi arbejder ud fra tre principper:',
  '1. Borgeren først.',
  '2. Små forsøg frem for store planer.',
  'a) Ét plejecenter ad gangen.',
  'b) Evaluering efter tre måneder.',
  'i. Sammen med borgerne.',
  '3. Åbenhed om fejl.',
  'I: Og hvordan ser det ud i praksis[Comment 1]?',
  'MH: Vi har for eksempel halveret ventetiden på hjemmehjælp.[i]',
  '[Text box] Citat til rapporten: »Det er lov at fejle, bare ikke to gange på samme måde.«',
  'MH: Det, der gør forskellen, er to ting:',
  '• Tid til refleksion',
  '• Opbakning fra ledelsen',
  '◦ Også fra politikerne',
  'I: Tak for interviewet.',
].join('\n');

const NOTES = [
  'Footnotes',
  '[1] Spørgsmålet blev omformuleret efter pilotinterviewet.',
  '',
  'Endnotes',
  '[i] Tallet stammer fra kommunens årsrapport 2024.',
  '',
  'Comments',
  '[Comment 1] Anna Berg: Følg op: bed om et konkret eksempel.',
].join('\n');

const WARNINGS = [
  '1 image, 1 header and 1 footer were not imported',
  'hidden text in 3 paragraphs was left out',
  'tracked changes were imported as if accepted',
];

describe.each(FILES)('%s', (name) => {
  it('keeps table, list labels, note and comment marks, the text box; notes and comments follow the body', async () => {
    const result = await imported(name);
    expect(result.text).toBe(`${BODY}\n\n${NOTES}`);
    expect(normaliseText(result.text)).toBe(result.text);
  });

  it('leaves out hidden text and tracked deletions', async () => {
    const { text } = await imported(name);
    expect(text).not.toContain('Transskribentens note');
    expect(text).not.toContain('intern note');
    expect(text).not.toContain('sagt lavt');
    expect(text).not.toContain('næsten');
  });

  it('counts what it did not import', async () => {
    expect((await imported(name)).warnings).toEqual(WARNINGS);
  });

  it('finds the turns of the body only: the notes belong to no speaker', async () => {
    const result = await imported(name);
    const turns = result.turns.map((t) => [t.label, result.text.slice(t.startUtf16, t.endUtf16)]);
    expect(turns.map(([label]) => label)).toEqual(['I', 'MH', 'I', 'MH', 'MH', 'I']);
    expect(turns[1]![1]).toBe(
      'MH: Vi arbejder ud fra tre principper:\n1. Borgeren først.\n2. Små forsøg frem for store planer.\na) Ét plejecenter ad gangen.\nb) Evaluering efter tre måneder.\ni. Sammen med borgerne.\n3. Åbenhed om fejl.',
    );
    expect(turns.at(-1)![1]).toBe('I: Tak for interviewet.');
    expect(result.turns.at(-1)!.endUtf16).toBe(BODY.length);
  });
});

it('the .docx and the .odt give the same text, turns and warnings', async () => {
  const [docx, ...others] = await Promise.all(FILES.map(imported));
  for (const other of others) {
    expect(other.text).toBe(docx!.text);
    expect(other.turns).toEqual(docx!.turns);
    expect(other.warnings).toEqual(docx!.warnings);
  }
});
