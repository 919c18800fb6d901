/** Shared by the .qdpx tests: schema check, archive reading, a project with everything in it. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { openZip } from '../../../../src/main/backend/formats/zip-read';
import { writeZip } from '../../../../src/main/backend/formats/zip-write';
import type { Project } from '../../../../src/main/backend/project/project';
import { applyCoding } from '../../../../src/main/backend/services/codings';
import {
  createCodePath,
  describeCode,
  recolorCode,
} from '../../../../src/main/backend/services/codes';
import { setCurrentCoder } from '../../../../src/main/backend/services/coders';
import {
  assignDocumentToCase,
  createCase,
  setCaseAttribute,
} from '../../../../src/main/backend/services/cases';
import { setMemo } from '../../../../src/main/backend/services/memos';
import { addTranscript, rangeOf } from '../../../helpers/temp-project';
import { REFI_DIR } from '../helpers/refi-qda';

export { SAMPLES_DIR } from '../helpers/refi-qda';

/** Schema errors of a .qde text against Project-mrt2019.xsd (empty when valid). */
export async function projectSchemaErrors(xml: string): Promise<string[]> {
  const result = await validateXML({
    xml: [{ fileName: 'project.qde', contents: xml }],
    schema: [readFileSync(join(REFI_DIR, 'Project-mrt2019.xsd'), 'utf8')],
  });
  return result.errors.map((error) => error.message);
}

/** Every entry of a zip as text, by name. */
export function zipTexts(bytes: Uint8Array): Map<string, string> {
  const zip = openZip(bytes, 'test.qdpx');
  return new Map(zip.entries.map((entry) => [entry.name, zip.readText(entry)]));
}

/** A .qdpx built by hand: `project.qde` plus files. */
export function qdpx(qde: string, files: Record<string, string | Uint8Array> = {}): Uint8Array {
  return writeZip([
    { path: 'project.qde', data: qde },
    ...Object.entries(files).map(([path, data]) => ({ path, data })),
  ]);
}

export { errorOf } from '../../../helpers/citat-error';

const TABLES = [
  'documents',
  'codes',
  'codings',
  'coders',
  'cases',
  'attributes',
  'case_attribute_values',
  'memos',
  'speakers',
  'speaker_turns',
  'undo_steps',
];

/** Row counts of every table an import writes, to show a refused import changed nothing. */
export function tableCounts(project: Project): Record<string, number> {
  return Object.fromEntries(
    TABLES.map((t) => [t, project.readOne<{ n: number }>(`SELECT count(*) AS n FROM ${t}`)!.n]),
  );
}

/** Emoji (astral, ZWJ sequences, a flag) and a combining mark NFC cannot compose away. */
export const EMOJI_TRANSCRIPT =
  'I: Hvad tænker du om risiko? 👩‍👩‍👧\n' +
  'JKM: Man skal turde fejle 🇩🇰 – også med q\u0307 og 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.\n' +
  'I: Og økonomien?\n' +
  'JKM: Den er stram 😬, men vi prøver alligevel.\n';

export const PLAIN_TRANSCRIPT =
  'I: Hvordan startede projektet?\nPFL: Med en workshop & "kaffe" <og> kage.\nI: Tak.\n';

/** A project with two coders, a nested codebook, memos, a case with attributes, and codings. */
export function fillProject(project: Project): void {
  project.now = () => '2026-03-01T10:00:00.000Z';
  const jkm = addTranscript(project, 'JKM.txt', EMOJI_TRANSCRIPT).document;
  const pfl = addTranscript(project, 'PFL.txt', PLAIN_TRANSCRIPT).document;
  const risk = createCodePath(project, ['Principper', 'III Risiko']).code;
  const economy = createCodePath(project, ['Temaer', 'Økonomi & <penge>']).code;
  const colons = createCodePath(project, ['Temaer', 'a::b']).code;
  describeCode(project, risk.id, {
    definition: 'At turde fejle.',
    whenToUse: 'Forsøg der ikke lykkedes.',
    example: 'Vi prøvede\nog det gik galt.',
  });
  recolorCode(project, economy.id, '#123abc');
  setCurrentCoder(project, 'Anna');
  setMemo(project, { kind: 'code', codeId: risk.id }, 'Kerneprincip.\nSe kapitel 2.');
  setMemo(project, { kind: 'document', documentId: jkm.id }, 'Interview i Aalborg.');
  const text = (doc: string) => (doc === 'JKM' ? EMOJI_TRANSCRIPT : PLAIN_TRANSCRIPT);
  const code = (documentId: string, doc: string, needle: string, codeId: string, extra = {}) =>
    applyCoding(project, { documentId, codeId, ...rangeOf(text(doc), needle), ...extra });
  code(jkm.id, 'JKM', 'Man skal turde fejle 🇩🇰 – også med q\u0307 og 𝔘𝔫𝔦𝔠𝔬𝔡𝔢.', risk.id, {
    memo: 'Tydeligt eksempel',
  });
  code(jkm.id, 'JKM', 'Den er stram 😬, men vi prøver alligevel.', economy.id, { coder: 'Bo' });
  code(jkm.id, 'JKM', 'Den er stram 😬', risk.id);
  code(pfl.id, 'PFL', 'Med en workshop & "kaffe" <og> kage.', colons.id, { coder: 'Bo' });
  const aalborg = createCase(project, 'Aalborg Kommune', 'Nordjylland');
  createCase(project, 'Tom sag');
  setCaseAttribute(project, aalborg.id, 'Region', 'Nordjylland');
  setCaseAttribute(project, aalborg.id, 'Indbyggere', '220000', 'number');
  setCaseAttribute(project, aalborg.id, 'Andel', '0.25e1', 'number');
  assignDocumentToCase(project, jkm.id, aalborg.id);
}
