/**
 * A project prepared through the API the UI itself calls (same validation, same undo
 * steps): the two Danish interviews, "Principper" with two children, and three codings —
 * for specs whose subject is what comes after coding.
 */
import { invoke } from '../../../src/main/backend/api/dispatch';
import type { E2eSession } from './session';
import { JKM_FILE, OVERLAP_PASSAGE, RISK_SENTENCE, TC_FILE, TC_PASSAGE } from './fixtures';
import { documentText } from './project-rows';

export interface SeededCoding {
  document: string;
  code: string;
  text: string;
}

export const SEEDED_CODINGS: readonly SeededCoding[] = [
  { document: 'JKM.txt', code: 'III Risiko', text: RISK_SENTENCE },
  { document: 'JKM.txt', code: 'IV Samskabelse', text: OVERLAP_PASSAGE },
  { document: 'TC.txt', code: 'IV Samskabelse', text: TC_PASSAGE },
];

export async function seedProject(session: E2eSession): Promise<void> {
  const { project, page } = session;
  const outcomes = await invoke(project, 'documents.importFiles', { paths: [JKM_FILE, TC_FILE] });
  if (!outcomes.every((o) => o.ok)) throw new Error(`seeding failed: ${JSON.stringify(outcomes)}`);
  for (const name of ['III Risiko', 'IV Samskabelse'])
    await invoke(project, 'codes.createPath', { path: ['Principper', name] });
  for (const coding of SEEDED_CODINGS) await codeThroughApi(session, coding);
  await page.reload();
  await page.locator('[data-testid="document-row"][data-name="TC.txt"]').waitFor();
}

/**
 * Codes a passage with a code below "Principper" through the API (pages open later see it;
 * an open page does not, as with any change made by another program).
 */
export async function codeThroughApi(session: E2eSession, coding: SeededCoding): Promise<void> {
  const { project } = session;
  const documents = await invoke(project, 'documents.list', {});
  const codes = await invoke(project, 'codes.list', {});
  const start = documentText(session, coding.document).indexOf(coding.text);
  const documentId = documents.find((d) => d.name === coding.document)?.id;
  const codeId = codes.find((c) => c.path.join('/') === `Principper/${coding.code}`)?.id;
  if (start < 0 || !documentId || !codeId) throw new Error(`cannot code ${JSON.stringify(coding)}`);
  await invoke(project, 'codings.apply', {
    documentId,
    codeId,
    startUtf16: start,
    endUtf16: start + coding.text.length,
  });
}
