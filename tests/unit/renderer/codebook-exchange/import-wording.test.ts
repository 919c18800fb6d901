/**
 * The codebook import's words: the notice after an import counts exactly what was done, a
 * refused file is named in the UI's language from its error code (the core's text only when
 * no wording exists), and exports get names after the project in the UI's language.
 */
import { describe, expect, it } from 'vitest';
import {
  importDoneText,
  importErrorText,
  readablePath,
} from '../../../../src/renderer/features/codebook-exchange/import-wording';
import { exportFileName } from '../../../../src/renderer/features/codebook-exchange/codebook-files';
import { ApiError } from '../../../../src/renderer/api/client';

const result = {
  created: 1,
  matched: 3,
  described: 1,
  conflictsKept: 1,
  conflictsTaken: 1,
  warnings: [],
};

describe('importDoneText', () => {
  it('counts what the import did, in both languages', () => {
    expect(importDoneText(result, 'v.qdc', 'en')).toBe(
      'Imported “v.qdc”: 1 new code, 1 taken from the file, 1 kept as yours, 1 gained a description. Undo takes it all back in one step.',
    );
    expect(
      importDoneText(
        { ...result, created: 4, groups: { created: 1, matched: 1, memberships: 3 } },
        'v.qdc',
        'da',
      ),
    ).toBe(
      'Importerede “v.qdc”: 4 nye koder, 1 overtaget fra filen, 1 beholdt som dine, 1 fik en beskrivelse, 2 kodegrupper. Fortryd tager det hele tilbage i ét trin.',
    );
  });

  it('says so when nothing needed to change', () => {
    const nothing = { ...result, created: 0, described: 0, conflictsKept: 0, conflictsTaken: 0 };
    expect(importDoneText(nothing, 'v.csv', 'en')).toBe(
      'Imported “v.csv”: nothing needed to change.',
    );
  });
});

describe('importErrorText', () => {
  it('words a refusal from its code, naming the file', () => {
    const err = new ApiError('xml.malformed', 'v.qdc: malformed XML at line 1', {}, 'input');
    expect(importErrorText(err, 'v.qdc', 'da')).toBe(
      'v.qdc er ikke gyldig XML og kan derfor ikke læses som en REFI-QDA-kodebog.',
    );
    const many = new ApiError('codebook.too-many-codes', '…', { count: 250000, limit: 200000 });
    expect(importErrorText(many, 'stor.csv', 'en')).toBe(
      'stor.csv holds 250000 codes; one import takes at most 200000.',
    );
  });

  it('falls back to the shared wording, else the core’s text', () => {
    const readOnly = new ApiError('project.read-only', 'read-only', {}, 'data');
    expect(importErrorText(readOnly, 'v.qdc', 'en')).toMatch(/^The project is read-only/);
    const unknown = new ApiError('something.new', 'v.qdc: something new', {}, 'input');
    expect(importErrorText(unknown, 'v.qdc', 'en')).toBe('v.qdc: something new');
  });
});

describe('names', () => {
  it('joins paths as the codebook shows them', () => {
    expect(readablePath(['Principper', 'III Risiko'])).toBe('Principper › III Risiko');
  });

  it('names exports after the project', () => {
    expect(exportFileName('Speciale Ålborg.citat', 'kodebog', 'csv')).toBe(
      'speciale-aalborg-kodebog.csv',
    );
    expect(exportFileName('', 'coding-guide', 'tex')).toBe('coding-guide.tex');
  });
});
