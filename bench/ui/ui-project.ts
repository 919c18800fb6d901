/**
 * The project the UI benchmark serves: the long transcript imported through the core, the
 * 20-code codebook, and the planned codings applied with `applyCodingMany` (one action per
 * code, as "code all hits" would).
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { Project } from '../../src/main/backend/project/project';
import { createCodePath } from '../../src/main/backend/services/codes';
import { applyCodingMany } from '../../src/main/backend/services/codings';
import { importTranscriptFiles } from '../../src/main/backend/services/document-import';
import { timeOnce } from '../lib/timing';
import { UI_CODEBOOK, generateUiTranscript, planCodings, type PlannedCoding } from './fixture';

export interface UiProjectOptions {
  seed: number;
  targetWords: number;
  codings: number;
}

export interface UiProject {
  project: Project;
  documentId: string;
  /** The text as stored (normalised by the import), which the editor shows. */
  text: string;
  codes: { id: string; name: string }[];
  planned: PlannedCoding[];
  sizes: {
    generatedWords: number;
    wordCount: number;
    characters: number;
    lines: number;
    turns: number;
    codes: number;
    codings: number;
  };
  setup: { importMs: number; codebookMs: number; codingsMs: number };
}

function createCodebook(project: Project): { id: string; name: string }[] {
  const codes: { id: string; name: string }[] = [];
  for (const [parent, children] of Object.entries(UI_CODEBOOK)) {
    for (const child of children) {
      const { code, created } = createCodePath(project, [parent, child]);
      if (created === 2) codes.push({ id: code.parentId!, name: parent });
      codes.push({ id: code.id, name: child });
    }
  }
  return codes;
}

export async function buildUiProject(
  folder: string,
  options: UiProjectOptions,
): Promise<UiProject> {
  const transcript = generateUiTranscript(options.seed, options.targetWords);
  const file = join(folder, transcript.fileName);
  writeFileSync(file, transcript.bytes);
  const project = Project.create(join(folder, 'ui.citat'));
  try {
    const imported = await timeOnce(() => importTranscriptFiles(project, [file]));
    const outcome = imported.result[0];
    if (!outcome?.ok)
      throw new Error(`the UI transcript did not import: ${JSON.stringify(outcome)}`);
    const document = project.readOne<{ id: string; text: string; word_count: number }>(
      `SELECT id, text, word_count FROM documents`,
    )!;
    const codebook = await timeOnce(() => createCodebook(project));
    const codes = codebook.result;
    const planned = planCodings(options.seed + 1, document.text, codes.length, options.codings);
    const applied = await timeOnce(() => {
      let total = 0;
      codes.forEach((code, index) => {
        const ranges = planned
          .filter((c) => c.codeIndex === index)
          .map((c) => ({
            documentId: document.id,
            startUtf16: c.startUtf16,
            endUtf16: c.endUtf16,
          }));
        if (ranges.length > 0) total += applyCodingMany(project, code.id, ranges).applied;
      });
      return total;
    });
    if (applied.result !== planned.length)
      throw new Error(`only ${applied.result} of ${planned.length} planned codings were applied`);
    const count = (table: string) =>
      project.readOne<{ n: number }>(`SELECT count(*) AS n FROM ${table}`)!.n;
    return {
      project,
      documentId: document.id,
      text: document.text,
      codes,
      planned,
      sizes: {
        generatedWords: transcript.words,
        wordCount: document.word_count,
        characters: document.text.length,
        lines: document.text.split('\n').length,
        turns: count('speaker_turns'),
        codes: count('codes'),
        codings: count('codings'),
      },
      setup: { importMs: imported.ms, codebookMs: codebook.ms, codingsMs: applied.ms },
    };
  } catch (err) {
    project.close();
    throw err;
  }
}
