/**
 * "Copy table": the table goes on the clipboard twice — as HTML, which Word, LibreOffice
 * and Google Docs paste as a real table, and as plain text for everything else. The same
 * Clipboard API works in the browser and in Electron's renderer.
 */

/** A refusal worded by the renderer from its code (see errors/error-text.ts). */
export class ClipboardError extends Error {
  readonly details: Record<string, string>;
  constructor(
    readonly code: 'clipboard.unavailable' | 'clipboard.refused',
    message: string,
  ) {
    super(message);
    this.details = { message };
  }
}

export interface RichText {
  /** UTF-8 bytes of an HTML document and of its plain-text equivalent. */
  html: Promise<Uint8Array>;
  text: Promise<Uint8Array>;
}

const asBlob = (bytes: Promise<Uint8Array>, type: string): Promise<Blob> =>
  bytes.then((b) => new Blob([b as BlobPart], { type }));

/**
 * Writes both forms. The item is handed to the clipboard at once, its contents as promises:
 * engines that need the click's user activation still have it while the core exports.
 */
export async function copyRichText(content: RichText): Promise<void> {
  const clipboard = globalThis.navigator?.clipboard;
  if (!clipboard?.write || typeof ClipboardItem === 'undefined')
    throw new ClipboardError('clipboard.unavailable', 'this browser cannot copy a table');
  const html = asBlob(content.html, 'text/html');
  const text = asBlob(content.text, 'text/plain');
  try {
    await clipboard.write([new ClipboardItem({ 'text/html': html, 'text/plain': text })]);
  } catch (err) {
    // A failed export is the core's error (worded from its code); anything else is the clipboard's.
    const exportFailure = await Promise.all([html, text]).then(
      () => null,
      (reason: unknown) => reason,
    );
    if (exportFailure) throw exportFailure;
    throw new ClipboardError('clipboard.refused', err instanceof Error ? err.message : String(err));
  }
}
