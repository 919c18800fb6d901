import { describe, expect, it } from 'vitest';
import {
  dropZoneAt,
  moveTargetFor,
  moveUnder,
  siblingMove,
} from '../../../../src/renderer/features/codebook/code-drop';
import { PRINCIPLES } from './fixture-codes';

describe('dropZoneAt', () => {
  it('splits a row into a top quarter, a middle half and a bottom quarter', () => {
    expect(dropZoneAt(0, 28)).toBe('before');
    expect(dropZoneAt(6, 28)).toBe('before');
    expect(dropZoneAt(7, 28)).toBe('inside');
    expect(dropZoneAt(21, 28)).toBe('inside');
    expect(dropZoneAt(22, 28)).toBe('after');
    expect(dropZoneAt(5, 0)).toBe('inside');
  });
});

describe('moveTargetFor', () => {
  it('nests a code as the last child when dropped onto a row', () => {
    expect(moveTargetFor(PRINCIPLES, 'Økonomi', 'Risiko', 'inside')).toEqual({
      parentId: 'Risiko',
      position: 1,
    });
  });

  it('places a code before or after a sibling of another branch', () => {
    expect(moveTargetFor(PRINCIPLES, 'Økonomi', 'Risiko', 'before')).toEqual({
      parentId: 'Principper',
      position: 1,
    });
    expect(moveTargetFor(PRINCIPLES, 'Økonomi', 'Ledelse', 'after')).toEqual({
      parentId: 'Principper',
      position: 3,
    });
  });

  it('counts positions without the moved code when reordering among siblings', () => {
    // Social værdi(0) Risiko(1) Ledelse(2): Social værdi after Risiko is index 1 without itself.
    expect(moveTargetFor(PRINCIPLES, 'Social værdi', 'Risiko', 'after')).toEqual({
      parentId: 'Principper',
      position: 1,
    });
    expect(moveTargetFor(PRINCIPLES, 'Ledelse', 'Social værdi', 'before')).toEqual({
      parentId: 'Principper',
      position: 0,
    });
  });

  it('treats "after" an expanded parent as the first place among its children', () => {
    expect(moveTargetFor(PRINCIPLES, 'Økonomi', 'Principper', 'after', true)).toEqual({
      parentId: 'Principper',
      position: 0,
    });
    expect(moveTargetFor(PRINCIPLES, 'Økonomi', 'Principper', 'after', false)).toEqual({
      parentId: null,
      position: 1,
    });
  });

  it('refuses drops onto the code itself or below it', () => {
    expect(moveTargetFor(PRINCIPLES, 'Risiko', 'Risiko', 'inside')).toBeNull();
    expect(moveTargetFor(PRINCIPLES, 'Principper', 'Fejl', 'before')).toBeNull();
    expect(moveTargetFor(PRINCIPLES, 'missing', 'Fejl', 'before')).toBeNull();
  });

  it('returns null for drops that would leave the code where it is', () => {
    expect(moveTargetFor(PRINCIPLES, 'Risiko', 'Social værdi', 'after')).toBeNull();
    expect(moveTargetFor(PRINCIPLES, 'Risiko', 'Ledelse', 'before')).toBeNull();
    expect(moveTargetFor(PRINCIPLES, 'Fejl', 'Risiko', 'inside')).toBeNull();
  });
});

describe('keyboard moves', () => {
  it('moves a code one place up or down and stops at the ends', () => {
    expect(siblingMove(PRINCIPLES, 'Risiko', -1)).toEqual({ parentId: 'Principper', position: 0 });
    expect(siblingMove(PRINCIPLES, 'Risiko', 1)).toEqual({ parentId: 'Principper', position: 2 });
    expect(siblingMove(PRINCIPLES, 'Social værdi', -1)).toBeNull();
    expect(siblingMove(PRINCIPLES, 'Temaer', 1)).toBeNull();
  });

  it('moves a code under another parent, after its children, or to the top level', () => {
    expect(moveUnder(PRINCIPLES, 'Fejl', 'Temaer')).toEqual({ parentId: 'Temaer', position: 2 });
    expect(moveUnder(PRINCIPLES, 'Fejl', null)).toEqual({ parentId: null, position: 2 });
    expect(moveUnder(PRINCIPLES, 'Medarbejdere', 'Temaer')).toBeNull();
    expect(moveUnder(PRINCIPLES, 'Principper', 'Risiko')).toBeNull();
  });
});
