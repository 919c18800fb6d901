/**
 * The desktop app's codebook dialogs with Electron's dialog module stood in for: the save
 * dialog writes exactly the exported bytes where the user chose (the extension added when
 * left out) and nothing when cancelled; the open dialog hands over the chosen file's name
 * and bytes, and a file the import cannot take is refused by code, naming the file; the
 * schema keeps a renderer from naming a folder.
 */
import { mkdtempSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';

const dialog = vi.hoisted(() => ({
  showSaveDialog: vi.fn(),
  showOpenDialog: vi.fn(),
}));
vi.mock('electron', () => ({ dialog }));

const { openCodebookFile, saveExportFile, saveExportFileSchema } =
  await import('../../../src/main/electron/codebook-file-dialogs');

const dir = mkdtempSync(join(tmpdir(), 'citat-dialogs-'));
const window = {} as never;
const project = { path: join(dir, 'speciale.citat') } as never;
const bytes = new TextEncoder().encode('path,description\nA,x\n');

beforeEach(() => {
  dialog.showSaveDialog.mockReset();
  dialog.showOpenDialog.mockReset();
});

describe('saveExportFile', () => {
  const request = {
    action: 'saveExportFile' as const,
    fileName: 'speciale-kodebog.csv',
    bytes,
    title: 'Gem kodebogen',
  };

  it('writes the bytes where the user chose, with the extension', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: false, filePath: join(dir, 'bilag') });
    const saved = await saveExportFile(window, project, request);
    expect(saved).toEqual({ ok: true, value: join(dir, 'bilag.csv') });
    expect(readFileSync(join(dir, 'bilag.csv'))).toEqual(Buffer.from(bytes));
    expect(dialog.showSaveDialog.mock.calls[0]![1]).toMatchObject({
      title: 'Gem kodebogen',
      defaultPath: join(dir, 'speciale-kodebog.csv'),
      filters: [{ name: 'CSV', extensions: ['csv'] }],
    });
  });

  it('writes nothing when cancelled', async () => {
    dialog.showSaveDialog.mockResolvedValue({ canceled: true, filePath: join(dir, 'no.csv') });
    expect(await saveExportFile(window, project, request)).toEqual({ ok: true, value: null });
    expect(existsSync(join(dir, 'no.csv'))).toBe(false);
  });

  it('names a file it cannot write', async () => {
    dialog.showSaveDialog.mockResolvedValue({
      canceled: false,
      filePath: join(dir, 'missing', 'x.csv'),
    });
    expect(await saveExportFile(window, project, request)).toMatchObject({
      ok: false,
      error: { code: 'export.write-failed', details: { file: 'x.csv', reason: 'ENOENT' } },
    });
  });

  it('takes a bare file name only', () => {
    expect(saveExportFileSchema.safeParse(request).success).toBe(true);
    for (const fileName of ['../x.csv', 'a/b.csv', 'noextension'])
      expect(saveExportFileSchema.safeParse({ ...request, fileName }).success).toBe(false);
  });
});

describe('openCodebookFile', () => {
  const request = { action: 'openCodebookFile' as const, title: 'Importér en kodebog' };

  it('hands over the chosen file’s name and bytes', async () => {
    writeFileSync(join(dir, 'vejleder.csv'), bytes);
    dialog.showOpenDialog.mockResolvedValue({
      canceled: false,
      filePaths: [join(dir, 'vejleder.csv')],
    });
    const opened = await openCodebookFile(window, project, request);
    expect(opened).toMatchObject({ ok: true, value: { fileName: 'vejleder.csv' } });
    expect(opened.ok && Buffer.from(opened.value!.bytes)).toEqual(Buffer.from(bytes));
  });

  it('refuses an empty file by code, naming it; nothing when cancelled', async () => {
    writeFileSync(join(dir, 'tom.qdc'), '');
    dialog.showOpenDialog.mockResolvedValue({ canceled: false, filePaths: [join(dir, 'tom.qdc')] });
    expect(await openCodebookFile(window, project, request)).toMatchObject({
      ok: false,
      error: { code: 'codebook.empty', details: { name: 'tom.qdc' } },
    });
    dialog.showOpenDialog.mockResolvedValue({ canceled: true, filePaths: [] });
    expect(await openCodebookFile(window, project, request)).toEqual({ ok: true, value: null });
  });
});
