import { describe, expect, it } from 'vitest';
import {
  curationToSave,
  sameCuration,
  storedCuration,
} from '../../../../src/renderer/features/transcript/coding-fields';

const ORIGINAL = 'Men hvis man aldrig tør fejle, så lærer man heller ikke noget.';

describe('curationToSave', () => {
  it('stores no curation for the original quote without a note', () => {
    expect(curationToSave({ print: ORIGINAL, note: '' }, ORIGINAL)).toEqual({
      displayText: null,
      note: null,
    });
    expect(curationToSave({ print: ` ${ORIGINAL}\n`, note: ' ' }, ORIGINAL)).toEqual({
      displayText: null,
      note: null,
    });
  });

  it('stores the printed quote and its note, trimmed', () => {
    expect(
      curationToSave(
        { print: ' Men hvis man aldrig tør fejle […] ', note: ' forkortet ' },
        ORIGINAL,
      ),
    ).toEqual({ displayText: 'Men hvis man aldrig tør fejle […]', note: 'forkortet' });
  });

  it('keeps a note on an unchanged quote by printing the original', () => {
    expect(
      curationToSave({ print: ORIGINAL, note: 'checked against the recording' }, ORIGINAL),
    ).toEqual({ displayText: ORIGINAL, note: 'checked against the recording' });
  });

  it('treats an emptied printed quote as the original', () => {
    expect(curationToSave({ print: '  ', note: '' }, ORIGINAL)).toEqual({
      displayText: null,
      note: null,
    });
    expect(curationToSave({ print: '', note: 'n' }, ORIGINAL)).toEqual({
      displayText: ORIGINAL,
      note: 'n',
    });
  });

  it('reads what is stored back into the popover’s fields', () => {
    expect(storedCuration({ displayText: null, note: null }, ORIGINAL)).toEqual({
      print: ORIGINAL,
      note: '',
    });
    expect(sameCuration({ print: 'a', note: 'b' }, { print: 'a', note: 'b' })).toBe(true);
    expect(sameCuration({ print: 'a', note: 'b' }, { print: 'a', note: 'c' })).toBe(false);
  });
});
