/**
 * The coded project every read scenario uses: the corpus imported, a codebook of 5 parent
 * codes with 9 children each, and 20,000 codings of 5–60 words at word boundaries. Most
 * codings go in through applyCoding inside one outer transaction (setup speed); the last
 * ones go through the API one call at a time, as the UI applies them, and are timed.
 */
import { join } from 'node:path';
import { invoke } from '../../src/main/backend/api/dispatch';
import { Project } from '../../src/main/backend/project/project';
import { createCodePath } from '../../src/main/backend/services/codes';
import { applyCoding, type ApplyCodingInput } from '../../src/main/backend/services/codings';
import { importTranscriptFiles } from '../../src/main/backend/services/document-import';
import { Prng } from '../lib/prng';
import { measure, timeOnce, type Metric, type Repetitions } from '../lib/timing';

/** Parent code → its nine children. */
export const CODEBOOK: Readonly<Record<string, readonly string[]>> = Object.fromEntries(
  Object.entries({
    Økonomi:
      'Budget Besparelser Investering Prioritering Gebyrer Tilskud Udlicitering Anlæg Risiko',
    Samarbejde:
      'Tillid Konflikt Netværk Partnerskab Koordinering Rollefordeling Videndeling Møder Forhandling',
    Borgerinddragelse:
      'Høring Dialog Frivillige Foreninger Klager Lokalråd Ønsker Modstand Forventninger',
    Ledelse: 'Strategi Styring Kultur Forandring Kompetencer Ansvar Mål Opfølgning Beslutninger',
    Digitalisering:
      'Systemer Data Selvbetjening Sikkerhed Automatisering Indkøb Brugervenlighed Kompetenceløft Drift',
  }).map(([parent, children]) => [parent, children.split(' ')]),
);

/** The parent whose children are the matrix rows. */
export const MATRIX_ROOT = 'Samarbejde';

export interface CodedProject {
  project: Project;
  path: string;
  codeIds: string[];
  setup: { importMs: number; codebookMs: number; batchCodingsMs: number; batchCodings: number };
  /** One `codings.apply` through the API, each its own transaction. */
  applyCoding: Metric;
}

/** Start and end (UTF-16) of every whitespace-separated word. */
function wordBounds(text: string): Int32Array {
  const bounds: number[] = [];
  for (const match of text.matchAll(/\S+/g))
    bounds.push(match.index, match.index + match[0].length);
  return Int32Array.from(bounds);
}

/** `count` distinct coding ranges spread over documents and codes. */
function planCodings(
  random: Prng,
  documents: readonly { id: string; text: string }[],
  codeIds: readonly string[],
  count: number,
): ApplyCodingInput[] {
  const bounds = documents.map((d) => wordBounds(d.text));
  const seen = new Set<string>();
  const planned: ApplyCodingInput[] = [];
  while (planned.length < count) {
    const docIndex = random.int(0, documents.length - 1);
    const words = bounds[docIndex]!;
    const wordCount = words.length / 2;
    const length = random.int(5, 60);
    const first = random.int(0, wordCount - length);
    const input: ApplyCodingInput = {
      documentId: documents[docIndex]!.id,
      codeId: random.pick(codeIds),
      startUtf16: words[first * 2]!,
      endUtf16: words[(first + length - 1) * 2 + 1]!,
    };
    const key = `${input.documentId}:${input.codeId}:${input.startUtf16}:${input.endUtf16}`;
    if (seen.has(key)) continue;
    seen.add(key);
    planned.push(input);
  }
  return planned;
}

function createCodebook(project: Project): string[] {
  const ids: string[] = [];
  for (const [parent, children] of Object.entries(CODEBOOK)) {
    for (const child of children) {
      const { code, created } = createCodePath(project, [parent, child]);
      if (created === 2) ids.push(code.parentId!);
      ids.push(code.id);
    }
  }
  return ids;
}

export async function buildCodedProject(
  folder: string,
  paths: readonly string[],
  options: { codings: number; apiCalls: Repetitions; seed: number },
): Promise<CodedProject> {
  const path = join(folder, 'coded.citat');
  const project = Project.create(path);
  const imported = await timeOnce(() => importTranscriptFiles(project, paths));
  if (imported.result.some((o) => !o.ok)) throw new Error('the corpus did not import cleanly');
  const codebook = await timeOnce(() => createCodebook(project));
  const codeIds = codebook.result;
  const documents = project.read<{ id: string; text: string }>(
    `SELECT id, text FROM documents ORDER BY position`,
  );
  const planned = planCodings(new Prng(options.seed), documents, codeIds, options.codings);
  const apiCount = options.apiCalls.warmups + options.apiCalls.runs;
  const batch = planned.slice(0, planned.length - apiCount);
  const perCall = planned.slice(planned.length - apiCount);
  // applyCoding opens its own transaction; nested in this one it becomes a savepoint.
  const batched = await timeOnce(() =>
    project.db.transaction(() => {
      for (const input of batch) applyCoding(project, input);
    })(),
  );
  const applyMetric = await measure(options.apiCalls, {
    prepare: (index) => perCall[index]!,
    run: (input) => invoke(project, 'codings.apply', input),
  });
  return {
    project,
    path,
    codeIds,
    setup: {
      importMs: imported.ms,
      codebookMs: codebook.ms,
      batchCodingsMs: batched.ms,
      batchCodings: batch.length,
    },
    applyCoding: applyMetric,
  };
}
