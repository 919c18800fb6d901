/**
 * Driving the transcript view like a person: real mouse drags over text found in the DOM,
 * the keyboard caret, and what the painter drew (CSS highlights, coding stripes).
 */
import type { Page } from 'playwright-core';

export interface Point {
  x: number;
  y: number;
}

const TEXT = '[data-testid="transcript-text"]';

/**
 * Scrolls `needle` to the middle of the transcript and returns where a drag over it starts
 * and ends: just inside its first and last characters, so the caret lands at its edges.
 */
export async function passageEnds(
  page: Page,
  needle: string,
): Promise<{ start: Point; end: Point }> {
  const ends = await page.evaluate(
    ({ selector, needle }) => {
      const root = document.querySelector(selector);
      if (!root) return null;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (
        let node = walker.nextNode() as Text | null;
        node;
        node = walker.nextNode() as Text | null
      ) {
        const at = node.data.indexOf(needle);
        if (at < 0) continue;
        node.parentElement?.scrollIntoView({ block: 'center' });
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const rects = [...range.getClientRects()].filter((r) => r.width > 0);
        const first = rects[0];
        const last = rects[rects.length - 1];
        if (!first || !last) return null;
        return {
          start: { x: first.left + 1, y: first.top + first.height / 2 },
          end: { x: last.right - 1, y: last.top + last.height / 2 },
        };
      }
      return null;
    },
    { selector: TEXT, needle },
  );
  if (!ends) throw new Error(`"${needle}" is not in the transcript shown`);
  return ends;
}

/** Selects `needle` by pressing the mouse at its start and dragging to its end. */
export async function dragSelect(page: Page, needle: string): Promise<void> {
  const { start, end } = await passageEnds(page, needle);
  await page.mouse.move(start.x, start.y);
  await page.mouse.down();
  await page.mouse.move((start.x + end.x) / 2, (start.y + end.y) / 2, { steps: 4 });
  await page.mouse.move(end.x, end.y, { steps: 4 });
  await page.mouse.up();
  await page.waitForFunction((text) => window.getSelection()?.toString() === text, needle, {
    timeout: 5_000,
  });
}

/** The text of the paragraph holding the caret (or the selection's focus), and the offset in it. */
export async function caretInParagraph(
  page: Page,
): Promise<{ paragraph: string; offset: number } | null> {
  return page.evaluate(() => {
    const selection = window.getSelection();
    const node = selection?.focusNode;
    if (!selection || !node) return null;
    const paragraph =
      node.nodeType === Node.TEXT_NODE
        ? node.parentElement?.closest('p')
        : (node as Element).closest?.('p');
    if (!paragraph) return null;
    const range = document.createRange();
    range.setStart(paragraph, 0);
    range.setEnd(node, selection.focusOffset);
    return { paragraph: paragraph.textContent ?? '', offset: range.toString().length };
  });
}

/** How many ranges each coding highlight (`citat-code-<colour>`) paints, by highlight name. */
export async function codingHighlights(page: Page): Promise<Record<string, number>> {
  return page.evaluate(() => {
    const sizes: Record<string, number> = {};
    CSS.highlights.forEach((highlight, name) => {
      if (name.startsWith('citat-code-') && highlight.size > 0) sizes[name] = highlight.size;
    });
    return sizes;
  });
}

/** The number of ranges in one named highlight (0 when it is not registered). */
export async function highlightSize(page: Page, name: string): Promise<number> {
  return page.evaluate((n) => CSS.highlights.get(n)?.size ?? 0, name);
}

/** Whether `needle` is laid out inside the visible part of the transcript's scroll box. */
export async function isPassageInView(page: Page, needle: string): Promise<boolean> {
  return page.evaluate(
    ({ selector, needle }) => {
      const root = document.querySelector(selector);
      const scroller = document.querySelector('[data-testid="transcript-scroll"]');
      if (!root || !scroller) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (
        let node = walker.nextNode() as Text | null;
        node;
        node = walker.nextNode() as Text | null
      ) {
        const at = node.data.indexOf(needle);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + needle.length);
        const rect = range.getBoundingClientRect();
        const box = scroller.getBoundingClientRect();
        return rect.top >= box.top && rect.bottom <= box.bottom && rect.height > 0;
      }
      return false;
    },
    { selector: TEXT, needle },
  );
}

/** Which paragraph (line of the stored text) holds the selection's focus, or -1. */
async function caretParagraphIndex(page: Page): Promise<number> {
  return page.evaluate((selector) => {
    const node = window.getSelection()?.focusNode;
    const element =
      node?.nodeType === Node.TEXT_NODE ? node.parentElement : (node as Element | null);
    const paragraph = element?.closest?.('p');
    const root = document.querySelector(selector);
    return paragraph && root ? [...root.children].indexOf(paragraph) : -1;
  }, TEXT);
}

/** Moves the caret with ↑/↓ (as a person would) into the paragraph starting with `start`. */
export async function moveCaretToParagraph(page: Page, start: string): Promise<void> {
  const target = await page.evaluate(
    ({ selector, start }) =>
      [...(document.querySelector(selector)?.children ?? [])].findIndex((p) =>
        (p.textContent ?? '').startsWith(start),
      ),
    { selector: TEXT, start },
  );
  if (target < 0) throw new Error(`no paragraph starts with "${start}"`);
  for (let presses = 0; presses < 200; presses++) {
    const at = await caretParagraphIndex(page);
    if (at === target) return;
    if (at < 0) throw new Error('the caret is not in the transcript text');
    await page.keyboard.press(at < target ? 'ArrowDown' : 'ArrowUp');
  }
  throw new Error(`the caret did not reach the paragraph starting with "${start}"`);
}
