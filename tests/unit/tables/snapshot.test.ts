/** Comparing what a table printed last time with what it prints now. */
import { describe, expect, it } from 'vitest';
import {
  diffSnapshots,
  parseSnapshot,
  type SnapshotQuote,
  type TableSnapshot,
} from '../../../src/main/backend/services/tables/snapshot';

const q = (fields: Partial<SnapshotQuote> & Pick<SnapshotQuote, 'codingId'>): SnapshotQuote => ({
  rowId: 'risiko',
  columnId: 'jkm',
  passage: `doc:${fields.codingId}`,
  row: 'III Risiko',
  column: 'JKM',
  text: `Citat ${fields.codingId}`,
  citation: '(JKM)',
  memo: null,
  note: null,
  ...fields,
});
const snap = (...quotes: SnapshotQuote[]): TableSnapshot => ({ version: 1, quotes });
const shown = (quote: SnapshotQuote) => ({
  row: quote.row,
  column: quote.column,
  text: quote.text,
  citation: quote.citation,
});

describe('diffSnapshots', () => {
  it('finds added, removed and edited quotes by row, column and coding', () => {
    const a = q({ codingId: 'a' });
    const b = q({ codingId: 'b' });
    const c = q({ codingId: 'c' });
    const diff = diffSnapshots(
      snap(a, b),
      snap({ ...a, text: 'Citat a, forkortet' }, c, { ...b, columnId: 'tc', column: 'TC' }),
    );
    expect(diff.added).toEqual([shown(c), { ...shown(b), column: 'TC' }]);
    expect(diff.removed).toEqual([shown(b)]);
    expect(diff.edited).toEqual([
      {
        ...shown(a),
        text: 'Citat a, forkortet',
        previous: { text: 'Citat a', citation: '(JKM)', memo: null, note: null },
      },
    ]);
  });

  it('counts a changed citation, memo or note as an edit, and nothing else', () => {
    const a = q({ codingId: 'a' });
    const diff = diffSnapshots(
      snap(a, q({ codingId: 'b' }), q({ codingId: 'c' }), q({ codingId: 'd' })),
      snap(
        { ...a, citation: '(JKM, l. 3)' },
        q({ codingId: 'b', memo: 'ny' }),
        q({ codingId: 'c', note: 'forkortet' }),
        q({ codingId: 'd', row: 'III Risiko (omdøbt)' }),
      ),
    );
    expect(diff.edited.map((e) => e.text)).toEqual(['Citat a', 'Citat b', 'Citat c']);
    expect(diff.added).toEqual([]);
    expect(diff.removed).toEqual([]);
  });

  it('treats another coding of the same passage in the same cell as the same quote', () => {
    const parent = q({ codingId: 'parent', passage: 'doc:10:20' });
    const child = { ...parent, codingId: 'child' };
    expect(diffSnapshots(snap(parent), snap(child))).toEqual({
      added: [],
      removed: [],
      edited: [],
    });
    const elsewhere = { ...child, columnId: 'tc', column: 'TC' };
    const moved = diffSnapshots(snap(parent), snap(elsewhere));
    expect(moved.added).toHaveLength(1);
    expect(moved.removed).toHaveLength(1);
  });

  it('refuses a stored state it cannot read, naming the table', () => {
    expect(() => parseSnapshot('{"version": 9}', 'Bilag 1')).toThrow(
      'table "Bilag 1": its last export is stored in a form this Citat cannot read',
    );
    expect(parseSnapshot(JSON.stringify(snap()), 'x')).toEqual(snap());
  });
});
