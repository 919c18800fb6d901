/**
 * readCodebookBytes turns every file-system failure into an input error naming the file
 * (exit 2 in the CLI). Failures a test cannot provoke for real (a permission error when the
 * tests run as root, an I/O error) are simulated by failing node:fs once.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import * as fs from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  parseCodebookFile,
  readCodebookBytes,
} from '../../../src/main/backend/services/codebook-io';
import { tempDir } from '../../helpers/temp-project';
import { errorOf } from '../../helpers/citat-error';

vi.mock('node:fs', async (importOriginal) => {
  const actual = await importOriginal<typeof fs>();
  return { ...actual, readFileSync: vi.fn(actual.readFileSync) };
});

afterEach(() => {
  vi.mocked(fs.readFileSync).mockReset();
});

const systemError = (code: string): NodeJS.ErrnoException =>
  Object.assign(new Error(`${code}: simulated`), { code });

describe('readCodebookBytes', () => {
  it('reads a codebook file', () => {
    const path = join(tempDir(), 'kodebog.csv');
    writeFileSync(path, 'code\nRisiko\n');
    const { bytes, fileName } = readCodebookBytes(path);
    expect(fileName).toBe('kodebog.csv');
    expect(new TextDecoder().decode(bytes)).toBe('code\nRisiko\n');
  });

  it.each([
    ['EACCES', 'codebook.unreadable', 'k.qdc: cannot read the file (permission denied)'],
    ['EPERM', 'codebook.unreadable', 'k.qdc: cannot read the file (permission denied)'],
    ['EIO', 'codebook.unreadable', 'k.qdc: cannot read the file (EIO)'],
    ['EISDIR', 'codebook.is-folder', 'k.qdc: this is a folder, not a codebook file'],
  ])('maps %s while reading to %s', (code, errorCode, message) => {
    const path = join(tempDir(), 'k.qdc');
    writeFileSync(path, '<CodeBook/>');
    vi.mocked(fs.readFileSync).mockImplementationOnce(() => {
      throw systemError(code);
    });
    expect(errorOf(() => readCodebookBytes(path))).toMatchObject({
      kind: 'input',
      code: errorCode,
      message,
    });
  });

  it('refuses missing files, folders and empty files by name', () => {
    const dir = tempDir();
    mkdirSync(join(dir, 'mappe.csv'));
    writeFileSync(join(dir, 'tom.csv'), '');
    expect(errorOf(() => readCodebookBytes(join(dir, 'væk.csv')))).toMatchObject({
      kind: 'input',
      code: 'codebook.not-found',
      message: 'væk.csv: no such file',
    });
    expect(errorOf(() => readCodebookBytes(join(dir, 'mappe.csv')))).toMatchObject({
      kind: 'input',
      code: 'codebook.is-folder',
    });
    expect(errorOf(() => readCodebookBytes(join(dir, 'tom.csv')))).toMatchObject({
      kind: 'input',
      code: 'codebook.empty',
      message: 'tom.csv: the file is empty',
    });
  });

  it('refuses an unsupported file type as an input error, not a usage error', () => {
    expect(errorOf(() => parseCodebookFile(new Uint8Array([1]), 'k.doc'))).toMatchObject({
      kind: 'input',
      code: 'codebook.unsupported-format',
      message: 'k.doc: codebooks are imported from .qdc, .csv or .xlsx files',
    });
  });
});
