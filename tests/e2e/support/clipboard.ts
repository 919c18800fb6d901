/** What the page put on the clipboard (the context must be granted clipboard-read). */
import type { Page } from 'playwright-core';

export async function clipboardContents(page: Page): Promise<{ html: string; text: string }> {
  return page.evaluate(async () => {
    const [item] = await navigator.clipboard.read();
    if (!item) return { html: '', text: '' };
    const read = async (type: string) =>
      item.types.includes(type) ? (await item.getType(type)).text() : '';
    return { html: await read('text/html'), text: await read('text/plain') };
  });
}
