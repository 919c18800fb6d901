/** A small coded project for the saved-table tests, written through the contract. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { MethodInput } from '@shared/api/contract';
import { invoke } from '../../../src/main/backend/api/dispatch';
import type { Project } from '../../../src/main/backend/project/project';
import { createCodePath } from '../../../src/main/backend/services/codes';
import { applyCoding } from '../../../src/main/backend/services/codings';
import { findSpeaker, updateSpeaker } from '../../../src/main/backend/services/speakers';
import { addTranscript, newProject, rangeOf } from '../../helpers/temp-project';

export const JKM = `Interview med JKM, Aalborg
I: Hvordan arbejder I med risiko?
JKM: Vi tør godt fejle. Men vi gør det systematisk, med evaluering bagefter.
I: Og borgerne?
JKM: Borgerne er med fra starten. Det kalder vi samskabelse.`;

export const TC = `[00:01:05] I: Hvad med risiko?
[00:01:10] TC: I Holstebro tør vi godt prøve ting af.
[00:02:30] I: Og ledelsen?
[00:02:41] TC: Ledelse handler om at give plads til at fejle.`;

async function exportOnly(project: Project, names?: string[]) {
  return invoke(project, 'tables.export', names ? { names } : {});
}

export interface TablesFixture {
  project: Project;
  folder: string;
  codes: Record<string, string>;
  docs: Record<'JKM' | 'TC', string>;
  code(doc: 'JKM' | 'TC', path: string, needle: string, memo?: string): string;
  save(input?: Partial<MethodInput<'tables.save'>>): Promise<unknown>;
  /** Exports and writes the files, as a transport does. */
  exportAll(names?: string[]): Promise<Awaited<ReturnType<typeof exportOnly>>>;
}

export function tablesFixture(): TablesFixture {
  const project = newProject('speciale.citat');
  const folder = dirname(project.path);
  const docs = {
    JKM: addTranscript(project, 'JKM.txt', JKM).document.id,
    TC: addTranscript(project, 'TC.txt', TC).document.id,
  };
  const texts = { JKM, TC };
  const codes: Record<string, string> = {};
  for (const path of ['Principper/III Risiko', 'Principper/IV Samskabelse', 'Principper/V Ledelse'])
    codes[path] = createCodePath(project, path.split('/')).code.id;
  updateSpeaker(project, findSpeaker(project, 'JKM').id, { name: 'Jens Kristian Munk' });
  updateSpeaker(project, findSpeaker(project, 'I').id, { isInterviewer: true });
  const fixture: TablesFixture = {
    project,
    folder,
    codes,
    docs,
    code(doc, path, needle, memo) {
      return applyCoding(project, {
        documentId: docs[doc],
        codeId: codes[path]!,
        ...rangeOf(texts[doc], needle),
        ...(memo ? { memo } : {}),
      }).id;
    },
    save(input = {}) {
      return invoke(project, 'tables.save', {
        name: 'Bilag 1',
        options: {
          rowsRoot: ['Principper'],
          columns: { kind: 'speakers' },
          mode: 'quotes',
          citation: 'located',
          language: 'da',
        },
        format: 'md',
        file: join(folder, 'thesis', 'bilag1.md'),
        ...input,
      });
    },
    async exportAll(names) {
      const results = await exportOnly(project, names);
      for (const result of results) {
        if (!result.bytes) continue;
        mkdirSync(dirname(result.path), { recursive: true });
        writeFileSync(result.path, result.bytes);
      }
      return results;
    },
  };
  mkdirSync(join(folder, 'thesis'), { recursive: true });
  return fixture;
}
