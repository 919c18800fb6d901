/** "Copy table" against a stand-in Clipboard API: both forms go on the clipboard as one item. */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { ClipboardError, copyRichText } from '../../../../src/renderer/features/matrix/copy-table';
import { ApiError } from '../../../../src/renderer/api/client';

class FakeItem {
  constructor(readonly items: Record<string, Promise<Blob>>) {}
}

function fakeClipboard(write: (items: FakeItem[]) => Promise<void>) {
  vi.stubGlobal('ClipboardItem', FakeItem);
  vi.stubGlobal('navigator', { clipboard: { write } });
}

const bytes = (text: string) => Promise.resolve(new TextEncoder().encode(text));

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('copyRichText', () => {
  it('writes the HTML and the plain text as one clipboard item', async () => {
    const written: Record<string, { type: string; text: string }> = {};
    fakeClipboard(async ([item]) => {
      for (const [type, blob] of Object.entries(item!.items)) {
        const b = await blob;
        written[type] = { type: b.type, text: await b.text() };
      }
    });
    await copyRichText({ html: bytes('<table><tr><td>æ</td></tr></table>'), text: bytes('| æ |') });
    expect(written).toEqual({
      'text/html': { type: 'text/html', text: '<table><tr><td>æ</td></tr></table>' },
      'text/plain': { type: 'text/plain', text: '| æ |' },
    });
  });

  it("passes on the core's refusal to export rather than blaming the clipboard", async () => {
    fakeClipboard(async ([item]) => {
      await Promise.all(Object.values(item!.items));
    });
    const refusal = new ApiError('matrix.bad-citation', 'citation template: …');
    await expect(copyRichText({ html: Promise.reject(refusal), text: bytes('x') })).rejects.toBe(
      refusal,
    );
  });

  it('says when the browser refuses or cannot copy', async () => {
    fakeClipboard(() => Promise.reject(new Error('Document is not focused.')));
    await expect(copyRichText({ html: bytes('<table/>'), text: bytes('x') })).rejects.toMatchObject(
      { code: 'clipboard.refused', details: { message: 'Document is not focused.' } },
    );
    vi.stubGlobal('navigator', {});
    const error = await copyRichText({ html: bytes(''), text: bytes('') }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ClipboardError);
    expect((error as ClipboardError).code).toBe('clipboard.unavailable');
  });
});
