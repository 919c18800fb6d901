/**
 * The saved tables at 1366×768, 1024×768 and 125 % zoom, in English and Danish: the list
 * with a change to report, the matrix editing a table with its export options unfolded,
 * and the save dialog — no English left in the Danish UI and nothing cut off. Screenshots
 * go to screenshots/ to be looked at.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../src/main/backend/api/dispatch';
import { startSession, type E2eSession } from './support/session';
import { codeThroughApi, seedProject } from './support/seed';
import { SHELL_ELEMENTS, cutOff } from './support/layout';
import { englishOnlyMessages, englishShown, type EnglishMessage } from './support/untranslated';

/** JKM.txt, line 27: coded after the tables were written, so each has a change to report. */
const JKM_MORE = 'Systematik skal være en hjælp, ikke en spærring.';
const PRINCIPLES = {
  rowsRoot: ['Principper'],
  columns: { kind: 'speakers' as const },
  citation: 'short',
};

let session: E2eSession;

beforeAll(async () => {
  session = await startSession();
  await seedProject(session);
});

afterAll(async () => {
  await session?.close();
});

/** Every size the app is checked at, in both languages. */
const SCREENS = [
  { name: '1366', viewport: { width: 1366, height: 768 }, deviceScaleFactor: 1 },
  { name: '1024', viewport: { width: 1024, height: 768 }, deviceScaleFactor: 1 },
  // 125 % zoom of a 1440×900 window.
  { name: '125', viewport: { width: 1152, height: 720 }, deviceScaleFactor: 1.25 },
] as const;

const NEW_ELEMENTS = [
  '.matrix-sections button',
  '.matrix-output label',
  '[data-testid^="matrix-export-"]',
  '.matrix-table-actions button',
  '.tables-editing button',
];

describe('the tables at 1366 and 1024 px and at 125 %, in English and Danish', () => {
  let english: EnglishMessage[];

  beforeAll(async () => {
    english = await englishOnlyMessages();
    await invoke(session.project, 'tables.save', {
      name: 'Bilag 1',
      options: { ...PRINCIPLES, mode: 'quotes', language: 'en' },
      format: 'docx',
      file: 'bilag-1.docx',
    });
    await invoke(session.project, 'tables.save', {
      name: 'Bilag 2',
      options: { ...PRINCIPLES, mode: 'counts', language: 'da' },
      format: 'tex',
      standalone: true,
      file: 'bilag-2-antal.tex',
    });
    await invoke(session.project, 'tables.regenerate', {});
    await codeThroughApi(session, { document: 'JKM.txt', code: 'IV Samskabelse', text: JKM_MORE });
  });

  for (const screen of SCREENS)
    for (const language of ['en', 'da'] as const)
      it(`${screen.name}, ${language}: the list, the matrix editing a table, the save dialog`, async () => {
        const shot = await session.openPage({
          viewport: screen.viewport,
          deviceScaleFactor: screen.deviceScaleFactor,
          locale: language === 'da' ? 'da-DK' : 'en-GB',
        });
        const at = `${screen.name}-${language}`;
        const matrixTab = language === 'da' ? 'Citatmatrix' : 'Quote matrix';
        await shot.getByRole('tab', { name: matrixTab, exact: true }).click();
        await shot.getByTestId('matrix-tab-tables').click();
        const first = shot.locator('[data-testid="table-card"][data-name="Bilag 1"]');
        await expect.poll(() => first.getByTestId('table-pending').count()).toBe(1);
        await shot.locator('[data-testid="table-card"][data-name="Bilag 2"]').waitFor();
        if (language === 'da') expect(await englishShown(shot, english)).toEqual([]);
        expect(await cutOff(shot, [...SHELL_ELEMENTS, '.tables-card-actions button'])).toEqual([]);
        await session.screenshot(`53-tables-list-${at}`, shot);

        await first.getByTestId('table-edit').click();
        await shot.getByTestId('table-editing').waitFor();
        await expect
          .poll(() => shot.getByTestId('matrix-title-heading').textContent())
          // Bilag 1 is in English, whatever the UI's language.
          .toBe('Principper × interviewees');
        await shot.getByTestId('matrix-output-summary').click();
        await shot.getByTestId('matrix-language').waitFor();
        if (language === 'da') expect(await englishShown(shot, english)).toEqual([]);
        expect(await cutOff(shot, [...SHELL_ELEMENTS, ...NEW_ELEMENTS])).toEqual([]);
        await session.screenshot(`54-tables-editing-${at}`, shot);

        await shot.getByTestId('matrix-save-table').click();
        await shot.getByTestId('table-save-dialog').waitFor();
        if (language === 'da') expect(await englishShown(shot, english)).toEqual([]);
        expect(
          await cutOff(shot, ['[data-testid="table-save-dialog"] :is(input, select, button)']),
        ).toEqual([]);
        await session.screenshot(`55-tables-save-${at}`, shot);
        await shot.keyboard.press('Escape');
        await shot.context().close();
      });
});
