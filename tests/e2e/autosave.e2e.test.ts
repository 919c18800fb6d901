/**
 * Nothing typed is lost: every field saves itself while typing (after a pause) and at once
 * when it is left — the coding popover closed with ✕, Escape or a click in the text, a
 * dialog closed, the view changed, the page reloaded — as one undo step per edit, with the
 * top bar saying whether everything is saved. Checked in the page and in the project file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { startSession, type E2eSession } from './support/session';
import { seedProject } from './support/seed';
import { RISK_SENTENCE } from './support/fixtures';
import { passageEnds } from './support/transcript';
import { codingFields, openCodingsAt, popoverClosed } from './support/coding-popover';
import { stepsAdded } from './support/history';
import { speakerName } from './support/project-rows';

let session: E2eSession;
let page: Page;

/** Coded only with "III Risiko" (the overlapping coding ends before it). */
const RISK_ONLY = 'lærer man heller';
const UNCODED = 'Hvordan reagerede politikerne';
const PRINTED = 'Men hvis man aldrig tør fejle […] (om risiko, red.)';

const risk = () => codingFields(session, RISK_SENTENCE);
/**
 * "At once": well inside the pause after which typing is saved anyway (700 ms), so these
 * checks fail if only that pause saved the text.
 */
const AT_ONCE = { timeout: 450, interval: 20 };
const popover = () => page.getByTestId('coding-popover');
const saveStatus = () => page.getByTestId('save-status').getAttribute('data-status');
const codeRow = (path: string) => page.locator(`[data-testid="code-row"][data-path="${path}"]`);
const documentRow = (name: string) =>
  page.locator(`[data-testid="document-row"][data-name="${name}"]`);

beforeAll(async () => {
  session = await startSession({ viewport: { width: 1366, height: 768 } });
  page = session.page;
  await seedProject(session);
  await page.getByTestId('coding-stripe').first().waitFor();
});

afterAll(async () => {
  await session?.close();
});

describe('the coding popover saves what is typed', () => {
  it('saves memo, printed quote and note while typing and on ✕, one undo step per field', async () => {
    expect(await saveStatus()).toBe('saved');
    const added = await stepsAdded(session, async () => {
      await openCodingsAt(page, RISK_ONLY);
      await page.getByTestId('coding-memo').click();
      await page.keyboard.type('Første tanke');
      expect(await saveStatus()).toBe('saving');
      // Saved after a pause while the field still has focus …
      await expect.poll(() => risk().memo).toBe('Første tanke');
      await page.keyboard.type(' om risiko');
      // … and again, into the same undo step.
      await expect.poll(() => risk().memo).toBe('Første tanke om risiko');

      await page.getByTestId('coding-print').click();
      await page.keyboard.press('Control+A');
      await page.keyboard.type(PRINTED);
      await page.getByTestId('coding-note').click();
      await page.keyboard.type('forkortet');
      await session.screenshot('30-popover-typed');
      await popover().getByRole('button', { name: 'Close' }).click();
      await popoverClosed(page);
      await expect
        .poll(() => risk(), AT_ONCE)
        .toEqual({
          memo: 'Første tanke om risiko',
          displayText: PRINTED,
          note: 'forkortet',
        });
    });
    expect(added).toEqual(['Edit coding memo', 'Curate quote', 'Curate quote']);
    await expect.poll(saveStatus).toBe('saved');
    expect(await page.getByTestId('save-status').textContent()).toContain('All changes are saved');

    await openCodingsAt(page, RISK_ONLY);
    expect(await page.getByTestId('coding-memo').inputValue()).toBe('Første tanke om risiko');
    expect(await page.getByTestId('coding-print').inputValue()).toBe(PRINTED);
    expect(await page.getByTestId('coding-note').inputValue()).toBe('forkortet');
    await page.keyboard.press('Escape');
    await popoverClosed(page);
  });

  it('saves at once when closed with Escape right after typing', async () => {
    const added = await stepsAdded(session, async () => {
      await openCodingsAt(page, RISK_ONLY);
      await page.getByTestId('coding-memo').click();
      await page.keyboard.press('End');
      await page.keyboard.type(', lukket med Escape');
      await page.keyboard.press('Escape');
      await popoverClosed(page);
      await expect
        .poll(() => risk().memo, AT_ONCE)
        .toBe('Første tanke om risiko, lukket med Escape');
    });
    expect(added).toEqual(['Edit coding memo']);
    await openCodingsAt(page, RISK_ONLY);
    expect(await page.getByTestId('coding-memo').inputValue()).toBe(
      'Første tanke om risiko, lukket med Escape',
    );
    await page.keyboard.press('Escape');
    await popoverClosed(page);
  });

  it('saves at once when closed by a click in the text right after typing', async () => {
    const added = await stepsAdded(session, async () => {
      await openCodingsAt(page, RISK_ONLY);
      await page.getByTestId('coding-note').click();
      await page.keyboard.press('End');
      await page.keyboard.type(' og navn fjernet');
      const { start } = await passageEnds(page, UNCODED);
      await page.mouse.click(start.x + 20, start.y);
      await popoverClosed(page);
      await expect.poll(() => risk().note, AT_ONCE).toBe('forkortet og navn fjernet');
    });
    expect(added).toEqual(['Curate quote']);
    expect(risk().displayText).toBe(PRINTED);
    await openCodingsAt(page, RISK_ONLY);
    expect(await page.getByTestId('coding-note').inputValue()).toBe('forkortet og navn fjernet');
    expect(await page.getByTestId('coding-print').inputValue()).toBe(PRINTED);
    await page.keyboard.press('Escape');
    await popoverClosed(page);
  });

  it('undoes one edit with one undo, and shows the text before it', async () => {
    await page.locator('header.topbar button', { hasText: 'Undo' }).click();
    await expect.poll(() => risk().note).toBe('forkortet');
    await openCodingsAt(page, RISK_ONLY);
    expect(await page.getByTestId('coding-note').inputValue()).toBe('forkortet');
    await page.keyboard.press('Escape');
    await popoverClosed(page);
  });

  it('sends what was typed when the page is reloaded at once', async () => {
    await openCodingsAt(page, RISK_ONLY);
    await page.getByTestId('coding-memo').click();
    await page.keyboard.press('End');
    await page.keyboard.type(' – før genindlæsning');
    await page.reload();
    await expect
      .poll(() => risk().memo)
      .toBe('Første tanke om risiko, lukket med Escape – før genindlæsning');
    await page.getByTestId('coding-stripe').first().waitFor();
    await openCodingsAt(page, RISK_ONLY);
    expect(await page.getByTestId('coding-memo').inputValue()).toContain('før genindlæsning');
    // Read back from the project after the reload (codings.ofDocument carries the note).
    expect(await page.getByTestId('coding-note').inputValue()).toBe('forkortet');
    expect(await page.getByTestId('coding-print').inputValue()).toBe(PRINTED);
    await page.keyboard.press('Escape');
    await popoverClosed(page);
  });
});

describe('dialogs and tables save what is typed', () => {
  const documentMemo = () =>
    session.readProject<{ text: string }>(
      `SELECT m.text FROM memos m JOIN documents d ON d.id = m.target_id
        WHERE m.target_kind = 'document' AND d.name = 'TC.txt'`,
    )[0]?.text ?? null;

  it('saves a document memo while typing and when the dialog is closed with Escape', async () => {
    const added = await stepsAdded(session, async () => {
      await documentRow('TC.txt').getByTestId('document-menu').click();
      await page.getByTestId('document-menu-memo').click();
      const text = page.getByTestId('memo-text');
      await expect.poll(() => text.isEnabled()).toBe(true);
      await text.click();
      await page.keyboard.type('Interviewet fandt sted på rådhuset.');
      await expect.poll(documentMemo).toBe('Interviewet fandt sted på rådhuset.');
      await expect.poll(() => page.getByTestId('memo-state').textContent()).toContain('Saved');
      await page.keyboard.type(' Optaget på telefon.');
      await session.screenshot('31-memo-dialog');
      await page.keyboard.press('Escape');
      await page.getByTestId('memo-text').waitFor({ state: 'detached' });
      await expect
        .poll(documentMemo, AT_ONCE)
        .toBe('Interviewet fandt sted på rådhuset. Optaget på telefon.');
    });
    expect(added).toEqual(['Edit document memo']);
    // No Save button any more: the dialog has a Close button only.
    await documentRow('TC.txt').getByTestId('document-menu').click();
    await page.getByTestId('document-menu-memo').click();
    await expect
      .poll(() => page.getByTestId('memo-text').inputValue())
      .toBe('Interviewet fandt sted på rådhuset. Optaget på telefon.');
    expect(await page.getByRole('dialog').getByRole('button').allTextContents()).toEqual(['Close']);
    await page.getByTestId('memo-close').click();
  });

  it('saves a code description while typing and on Close, one step per field', async () => {
    const definition = () =>
      session.readProject<{ definition: string | null }>(
        `SELECT definition FROM codes WHERE name = 'III Risiko'`,
      )[0]?.definition;
    const added = await stepsAdded(session, async () => {
      await codeRow('Principper/III Risiko').getByTestId('code-menu').click();
      await page.getByTestId('code-menu-describe').click();
      await page.getByTestId('code-describe-definition').click();
      await page.keyboard.type('Udsagn om at turde fejle');
      await expect.poll(definition).toBe('Udsagn om at turde fejle');
      await page.keyboard.type(' og lære af det.');
      await page.getByTestId('code-describe-example').click();
      await page.keyboard.type('“Hvis man aldrig tør fejle …”');
      await session.screenshot('32-describe-dialog');
      await page.getByTestId('code-describe-close').click();
      await page.getByTestId('code-describe-definition').waitFor({ state: 'detached' });
      await expect
        .poll(
          () =>
            session.readProject<{ definition: string; example: string }>(
              `SELECT definition, example FROM codes WHERE name = 'III Risiko'`,
            ),
          AT_ONCE,
        )
        .toEqual([
          {
            definition: 'Udsagn om at turde fejle og lære af det.',
            example: '“Hvis man aldrig tør fejle …”',
          },
        ]);
    });
    expect(added).toEqual(['Describe code "III Risiko"', 'Describe code "III Risiko"']);
  });

  it('saves a speaker’s name typed just before switching the view with Alt+1', async () => {
    const added = await stepsAdded(session, async () => {
      await page.getByRole('tab', { name: 'Speakers & cases' }).click();
      const row = page.locator('[data-testid="speaker-row"][data-label="TC"]');
      await row.getByTestId('speaker-name').click();
      await page.keyboard.type('Tine Christensen');
      await page.keyboard.press('Alt+1');
      await expect.poll(() => speakerName(session, 'TC'), AT_ONCE).toBe('Tine Christensen');
      await page.getByTestId('transcript-name').waitFor();
    });
    expect(added).toEqual(['Describe speaker "TC"']);
    await page.getByRole('tab', { name: 'Speakers & cases' }).click();
    expect(
      await page
        .locator('[data-testid="speaker-row"][data-label="TC"]')
        .getByTestId('speaker-name')
        .textContent(),
    ).toBe('Tine Christensen');
  });

  it('keeps a refused speaker label in its field with the reason', async () => {
    const row = page.locator('[data-testid="speaker-row"][data-label="TC"]');
    await row.getByTestId('speaker-label').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('JKM');
    await page.keyboard.press('Enter');
    const error = row.getByTestId('speaker-label-error');
    await expect.poll(() => error.textContent()).toBe('Another speaker already has this label.');
    expect(await row.getByTestId('speaker-label').inputValue()).toBe('JKM');
    expect(await saveStatus()).toBe('failed');
    await session.screenshot('33-speaker-label-refused');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('TCH');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => session.readProject(`SELECT 1 FROM speakers WHERE label = 'TCH'`).length)
      .toBe(1);
    await expect.poll(saveStatus).toBe('saved');
  });
});
