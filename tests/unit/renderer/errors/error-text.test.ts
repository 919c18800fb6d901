import { describe, expect, it } from 'vitest';
import { errorKeys, errorText } from '../../../../src/renderer/errors/error-text';
import { ApiError } from '../../../../src/renderer/api/client';
import { ValidationError } from '../../../../src/renderer/autosave/autosave-field';
import { hasMessage, translate } from '../../../../src/renderer/i18n/i18n';

const refused = (code: string, details: Record<string, string | number> = {}) =>
  new ApiError(code, `core English for ${code}`, details, 'data');

/** The codes the core gives the renderer to word (src/main/backend, see the brief's list). */
const CODES = [
  'project.read-only',
  'project.locked',
  'project.busy',
  'project.damaged',
  'disk.full',
  'project.io-error',
  'project.cannot-open',
  'file.no-permission',
  'file.not-found',
  'file.is-folder',
  'file.read-only-medium',
  'backup.failed-check',
];
const READ_ONLY_REASONS = ['file-read-only', 'folder-read-only', 'damaged', 'opened-read-only'];

describe('errorText', () => {
  it('words every storage and project error in English and Danish', () => {
    const keys = [
      ...CODES.map((code) => `error.${code}`),
      ...READ_ONLY_REASONS.map((reason) => `error.project.read-only.${reason}`),
      'error.project.read-only.damaged.restorable',
      'error.project.damaged.restorable',
    ];
    for (const key of keys) {
      expect(hasMessage(key), key).toBe(true);
      expect(translate('da', key), key).not.toBe(translate('en', key));
    }
  });

  it('prefers the translation of the code, filled from the details, over the core’s English', () => {
    const err = refused('disk.full', { name: 'speciale.citat' });
    expect(errorText(err, 'en')).toBe(
      'The disk holding speciale.citat is full. Nothing was changed: free some space and try again.',
    );
    expect(errorText(err, 'da')).toBe(
      'Disken med speciale.citat er fuld. Intet blev ændret: frigør noget plads, og prøv igen.',
    );
  });

  it('says why a project is read-only, and names the backup of a damaged one', () => {
    const damaged = refused('project.read-only', {
      name: 'speciale.citat',
      reason: 'damaged',
      detail: 'the text of document "JKM.txt" does not match its checksum',
      backup: 'speciale-2025-01-01T10-00-00-open.citat',
      command: 'citat backups restore speciale.citat speciale-2025-01-01T10-00-00-open.citat',
    });
    expect(errorText(damaged, 'da')).toContain('beskadiget');
    expect(errorText(damaged, 'da')).toContain('speciale-2025-01-01T10-00-00-open.citat');
    expect(errorText(damaged, 'en')).toContain('does not match its checksum');

    const noBackup = refused('project.read-only', {
      name: 'p.citat',
      reason: 'damaged',
      detail: 'x',
    });
    expect(errorText(noBackup, 'en')).toContain('No good backup');

    const folder = refused('project.read-only', { name: 'p.citat', reason: 'folder-read-only' });
    expect(errorText(folder, 'en')).toContain('the folder holding p.citat cannot be written');
    expect(errorText(folder, 'da')).toContain('Skrivebeskyttet'.toLowerCase());
  });

  it('picks the most specific message first', () => {
    expect(errorKeys('project.read-only', { reason: 'damaged', command: 'c' })[0]).toBe(
      'error.project.read-only.damaged.restorable',
    );
    expect(errorKeys('project.read-only', { reason: 'file-read-only' })).toEqual([
      'error.project.read-only.file-read-only',
      'error.project.read-only',
    ]);
    expect(errorKeys('disk.full')).toEqual(['error.disk.full']);
  });

  it('tells who holds a locked project and since when, as a clock time', () => {
    const now = new Date('2025-03-04T15:00:00');
    const err = refused('project.locked', {
      name: 'speciale.citat',
      program: 'Citat desktop app',
      pid: 4242,
      since: new Date('2025-03-04T09:05:00').toISOString(),
    });
    const text = errorText(err, 'en', now);
    expect(text).toContain('Citat desktop app');
    expect(text).toContain('4242');
    expect(text).toMatch(/09[:.]05/);
    expect(text).not.toContain('2025-03-04T');
  });

  it('falls back to the core’s English for a code without a wording', () => {
    expect(errorText(refused('agreement.one-coder'), 'da')).toBe(
      'core English for agreement.one-coder',
    );
    expect(errorText(new Error('plain'), 'en')).toBe('plain');
    expect(errorText('text', 'en')).toBe('text');
  });

  it('words the renderer’s own refusals (validation) and a lost connection', () => {
    expect(errorText(new ValidationError('speaker.empty-label'), 'da')).toBe(
      'En talerbetegnelse kan ikke være tom.',
    );
    expect(errorText(new TypeError('Failed to fetch'), 'en')).toContain('connection');
  });
});
