/** The core's refusals around table files, worded by the renderer from their codes. */
import { describe, expect, it } from 'vitest';
import { errorText } from '../../../../src/renderer/errors/error-text';
import '../../../../src/renderer/features/tables/messages';

const refusal = (code: string, details: Record<string, string>) => ({
  code,
  message: 'the core’s English',
  details,
});

describe('table refusals', () => {
  it('words a file changed outside Citat in both languages, naming table and file', () => {
    const err = refusal('tables.file-changed', { name: 'Bilag 1', file: '../thesis/b.docx' });
    expect(errorText(err, 'en')).toBe(
      'Table “Bilag 1”: ../thesis/b.docx was changed outside Citat since it was last written. Rename or delete that file, then regenerate the table.',
    );
    expect(errorText(err, 'da')).toMatch(/^Tabellen “Bilag 1”: \.\.\/thesis\/b\.docx er ændret/);
  });

  it('words a missing folder and a failed write', () => {
    expect(errorText(refusal('tables.folder-missing', { name: 'A', file: 'x/a.md' }), 'da')).toBe(
      'Tabellen “A”: mappen til x/a.md findes ikke eller kan ikke skrives i.',
    );
    expect(
      errorText(refusal('tables.write-failed', { name: 'A', file: 'a.md', reason: 'EBUSY' }), 'en'),
    ).toContain('a.md could not be written (EBUSY)');
  });
});
