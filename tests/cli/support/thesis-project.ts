/**
 * The thesis project the CLI tests share, built through the CLI in stages: the four Danish
 * interviews imported, then the speakers described and the codebook imported, then coded.
 */
import { existsSync, readFileSync, renameSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, inject } from 'vitest';
import {
  CODEBOOK_CSV,
  DA,
  SPEAKERS_JSON,
  codePointRange,
  copyProject,
  makeTempDir,
  ok,
  storedText,
} from './cli';
import {
  MATCH_CODINGS,
  NEW_CODE_WITH_PARENTS,
  NEW_CODE_WITH_SLASH,
  RANGE_CODING,
  matchArgs,
} from './planned-codings';

export * from './planned-codings';

export const INTERVIEWS = ['JKM.txt', 'JW.txt', 'PFL.docx', 'TC.txt'] as const;
export const INTERVIEWEES = ['JKM', 'JW', 'PFL', 'TC'] as const;

export interface SpeakerDescription {
  label: string;
  name: string;
  title?: string;
  organisation?: string;
  interviewer?: boolean;
}

export function fixtureSpeakers(): SpeakerDescription[] {
  return JSON.parse(readFileSync(SPEAKERS_JSON, 'utf8')) as SpeakerDescription[];
}

export function speakerByLabel(label: string): SpeakerDescription {
  const found = fixtureSpeakers().find((s) => s.label === label);
  if (!found) throw new Error(`speakers.json has no ${label}`);
  return found;
}

export type Stage = 'imported' | 'described' | 'coded';

/** new → import the four interviews. */
function importInterviews(dir: string): string {
  const project = join(dir, 'speciale.citat');
  ok(dir, ['new', 'speciale']);
  ok(dir, ['import', project, ...INTERVIEWS.map((name) => join(DA, name))]);
  return project;
}

/** speaker … for the four interviewees and the interviewer → codebook import principper.csv. */
function describeSpeakersAndCodebook(dir: string, project: string): void {
  for (const label of INTERVIEWEES) {
    const s = speakerByLabel(label);
    ok(dir, [
      'speaker',
      project,
      label,
      '--name',
      s.name,
      '--title',
      s.title!,
      '--org',
      s.organisation!,
    ]);
  }
  ok(dir, ['speaker', project, 'I', '--interviewer', '--name', speakerByLabel('I').name]);
  ok(dir, ['codebook', 'import', project, CODEBOOK_CSV]);
}

/** codes add → every planned coding. */
function codePassages(dir: string, project: string): void {
  ok(dir, ['codes', 'add', project, NEW_CODE_WITH_PARENTS]);
  ok(dir, ['codes', 'add', project, NEW_CODE_WITH_SLASH]);
  for (const coding of MATCH_CODINGS) ok(dir, matchArgs(project, coding));
  const [start, end] = codePointRange(storedText(project, RANGE_CODING.doc), RANGE_CODING.match);
  ok(dir, [
    'code',
    project,
    '--doc',
    RANGE_CODING.doc,
    '--code',
    RANGE_CODING.code,
    '--start',
    String(start),
    '--end',
    String(end),
  ]);
}

const PREVIOUS: Record<Stage, Stage | null> = {
  imported: null,
  described: 'imported',
  coded: 'described',
};

/**
 * Copies the project at `stage` into `dir`. Each stage is built once per test run through the
 * CLI, from a copy of the stage before, and shared between test files; the shared file is never
 * opened by the CLI, only copied.
 */
export function thesisProjectAt(stage: Stage, dir: string): string {
  const shared = join(inject('citatCliCache'), `${stage}.citat`);
  if (!existsSync(shared)) {
    const build = makeTempDir('citat-cli-build-');
    try {
      const previous = PREVIOUS[stage];
      const project = previous ? thesisProjectAt(previous, build.dir) : importInterviews(build.dir);
      if (stage === 'described') describeSpeakersAndCodebook(build.dir, project);
      if (stage === 'coded') codePassages(build.dir, project);
      // Files running in parallel may both build; the rename is atomic and either copy will do.
      renameSync(project, shared);
    } finally {
      build.remove();
    }
  }
  return copyProject(shared, dir);
}

/**
 * For a test file: prepares the project at `stage` once, and returns a function that hands
 * each test its own copy in a fresh temp dir (removed after the test).
 */
export function projectCopies(stage: Stage): () => { here: string; path: string } {
  let prepared: string;
  beforeAll(() => {
    const temp = makeTempDir();
    prepared = thesisProjectAt(stage, temp.dir);
    return temp.remove;
  });
  const removals: (() => void)[] = [];
  afterEach(() => {
    while (removals.length > 0) removals.pop()!();
  });
  return () => {
    const temp = makeTempDir();
    removals.push(temp.remove);
    return { here: temp.dir, path: copyProject(prepared, temp.dir) };
  };
}
