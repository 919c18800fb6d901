/**
 * "Nothing important is cut off": the given elements are on screen, not clipped by a
 * container that hides overflow, and their text fits their box; and the window does not
 * scroll sideways.
 */
import type { Page } from 'playwright-core';

export async function cutOff(page: Page, selectors: readonly string[]): Promise<string[]> {
  return page.evaluate((list) => {
    const problems: string[] = [];
    const width = document.documentElement.clientWidth;
    const height = document.documentElement.clientHeight;
    if (document.documentElement.scrollWidth > width + 1)
      problems.push(
        `the window scrolls sideways (${document.documentElement.scrollWidth} > ${width} px)`,
      );
    const describe = (element: Element) => {
      const label = (element.getAttribute('aria-label') ?? element.textContent ?? '')
        .trim()
        .slice(0, 40);
      const testId = element.getAttribute('data-testid');
      return `${element.tagName.toLowerCase()}${testId ? `[${testId}]` : ''} "${label}"`;
    };
    for (const selector of list) {
      const elements = [...document.querySelectorAll(selector)];
      if (elements.length === 0) problems.push(`nothing matches ${selector}`);
      for (const element of elements) {
        if (element.getClientRects().length === 0) continue;
        const rect = element.getBoundingClientRect();
        // Below the fold is fine inside a view that scrolls; sideways never is.
        let scrollsY = false;
        for (let up = element.parentElement; up && !scrollsY; up = up.parentElement)
          scrollsY = ['auto', 'scroll'].includes(getComputedStyle(up).overflowY);
        const outsideY = rect.top < -1 || rect.bottom > height + 1;
        if (rect.left < -1 || rect.right > width + 1 || (outsideY && !scrollsY)) {
          problems.push(`${describe(element)} is outside the window`);
          continue;
        }
        const style = getComputedStyle(element);
        if (style.overflowX !== 'visible' || element instanceof HTMLButtonElement) {
          if (element.scrollWidth > element.clientWidth + 1)
            problems.push(`${describe(element)}: its text is wider than its box`);
        }
        for (let up = element.parentElement; up && up !== document.body; up = up.parentElement) {
          const overflow = getComputedStyle(up);
          if (overflow.overflowX === 'visible' && overflow.overflowY === 'visible') continue;
          const box = up.getBoundingClientRect();
          const scrollsX = overflow.overflowX === 'auto' || overflow.overflowX === 'scroll';
          if (!scrollsX && (rect.left < box.left - 1 || rect.right > box.right + 1)) {
            problems.push(`${describe(element)} is cut off by .${up.className || up.tagName}`);
            break;
          }
          if (scrollsX && up.scrollWidth > up.clientWidth + 1 && rect.right > box.right + 1) {
            problems.push(
              `${describe(element)} needs sideways scrolling in .${up.className || up.tagName}`,
            );
            break;
          }
        }
      }
    }
    return problems;
  }, selectors);
}

/** The elements every view shows: top bar, tabs, both side panels' headings and buttons. */
export const SHELL_ELEMENTS = [
  '.topbar-title',
  '.topbar button',
  '.topbar select',
  '[role="tab"]',
  '#documents-heading',
  '[data-testid="documents-import"]',
  '.documents-name',
  '.documents-meta',
  '#codebook-heading',
  '[data-testid="code-create"]',
  '.codebook-name',
  '[data-testid="code-count"]',
] as const;
