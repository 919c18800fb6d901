/** Opening the codings popover on a coded passage, and reading what the project stores for it. */
import type { Page } from 'playwright-core';
import type { E2eSession } from './session';
import { passageEnds } from './transcript';

/**
 * Clicks on the first characters of `needle` (coded text) and waits for the popover: not
 * its middle, which in a narrow window may fall on another line (and another coding).
 */
export async function openCodingsAt(page: Page, needle: string): Promise<void> {
  const { start } = await passageEnds(page, needle);
  await page.mouse.click(start.x + 6, start.y);
  await page.getByTestId('coding-popover').waitFor();
}

export async function popoverClosed(page: Page): Promise<void> {
  await page.getByTestId('coding-popover').waitFor({ state: 'detached' });
}

export interface StoredCodingFields {
  memo: string | null;
  displayText: string | null;
  note: string | null;
}

/** The memo and curation of the coding whose quoted text is `quoted`. */
export function codingFields(session: E2eSession, quoted: string): StoredCodingFields {
  const row = session.readProject<StoredCodingFields>(
    `SELECT c.memo, q.display_text AS displayText, q.note
       FROM codings c LEFT JOIN quote_curations q ON q.coding_id = c.id
      WHERE c.quoted_text = ?`,
    quoted,
  )[0];
  if (!row) throw new Error(`no coding of "${quoted}"`);
  return row;
}
