import { describe, expect, it } from 'vitest';
import {
  entryForDigit,
  pickerEntries,
} from '../../../../src/renderer/features/transcript/picker-model';

const code = (id: string, path: string[]) => ({ id, name: path.at(-1)!, path, color: '#E57373' });
const CODES = [
  code('p', ['Principper']),
  code('v', ['Principper', 'I Social værdi']),
  code('r', ['Principper', 'III Risiko']),
  code('s', ['Principper', 'IV Samskabelse']),
  code('d', ['Temaer', 'Digitalisering']),
  code('o', ['Temaer', 'Økonomi']),
];

describe('code picker list', () => {
  it('lists recent codes first, most recent first, then the codebook in order', () => {
    const ids = pickerEntries(CODES, ['d', 'r'], '').map((e) => [e.code.id, e.recent]);
    expect(ids).toEqual([
      ['d', true],
      ['r', true],
      ['p', false],
      ['v', false],
      ['s', false],
      ['o', false],
    ]);
  });

  it('filters by name and path, prefix matches first, ignoring case and accents', () => {
    expect(pickerEntries(CODES, [], 'ris').map((e) => e.code.id)).toEqual(['r']);
    expect(pickerEntries(CODES, [], 'vaerdi').map((e) => e.code.id)).toEqual([]);
    expect(pickerEntries(CODES, [], 'VÆRDI').map((e) => e.code.id)).toEqual(['v']);
    expect(pickerEntries(CODES, [], 'temaer').map((e) => e.code.id)).toEqual(['d', 'o']);
    expect(pickerEntries(CODES, ['s'], 's').map((e) => e.code.id)).toEqual(['s', 'v', 'r', 'd']);
    expect(pickerEntries(CODES, [], 'øKON').map((e) => e.code.id)).toEqual(['o']);
  });

  it('maps digits 1–9 to the listed codes', () => {
    const entries = pickerEntries(CODES, ['o'], '');
    expect(entryForDigit(entries, '1')?.id).toBe('o');
    expect(entryForDigit(entries, '3')?.id).toBe('v');
    expect(entryForDigit(entries, '9')).toBeNull();
    expect(entryForDigit(entries, '0')).toBeNull();
    expect(entryForDigit(entries, 'a')).toBeNull();
  });
});
