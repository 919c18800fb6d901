import { describe, expect, it } from 'vitest';
import {
  DEFAULT_AGREEMENT_FORM,
  formProblem,
  shownCoders,
  toAgreementOptions,
  toggleCoder,
} from '../../../../src/renderer/features/team/agreement-form';
import {
  disagreementProblem,
  pickCoders,
  DEFAULT_DISAGREEMENT_FORM,
} from '../../../../src/renderer/features/team/disagreement-form';

describe('agreement form', () => {
  it('lets the core choose the coders until the user ticks a box', () => {
    expect(toAgreementOptions(DEFAULT_AGREEMENT_FORM)).toEqual({
      level: 'character',
      units: 'coded',
    });
    expect(shownCoders(DEFAULT_AGREEMENT_FORM, ['Ane', 'Bo'])).toEqual(['Ane', 'Bo']);
    // Unticking Bo turns the shown choice into an explicit one, in the coders' list order.
    const coders = toggleCoder(['Ane', 'Bo', 'Cai'], ['Ane', 'Bo'], 'Bo');
    expect(coders).toEqual(['Ane']);
    expect(toggleCoder(['Ane', 'Bo', 'Cai'], ['Cai'], 'Ane')).toEqual(['Ane', 'Cai']);
    expect(formProblem({ ...DEFAULT_AGREEMENT_FORM, coders })).toBe('team.form.fewCoders');
  });

  it('sends the overlap only at the segment level and the units only at the character level', () => {
    const segment = {
      ...DEFAULT_AGREEMENT_FORM,
      coders: ['Ane', 'Bo'],
      level: 'segment' as const,
      overlap: 80,
    };
    expect(toAgreementOptions(segment)).toEqual({
      coders: ['Ane', 'Bo'],
      level: 'segment',
      overlapThreshold: 80,
    });
    expect(formProblem(segment)).toBeNull();
    expect(formProblem({ ...segment, coders: ['Ane', 'Bo', 'Cai'] })).toBe('team.form.segmentTwo');
    expect(formProblem({ ...segment, overlap: Number.NaN })).toBe('team.form.overlap');
    expect(formProblem({ ...segment, overlap: 101 })).toBe('team.form.overlap');
    // A bad overlap does not matter at the character level, where it is not used.
    expect(formProblem({ ...segment, level: 'character', overlap: 0 })).toBeNull();
  });
});

describe('disagreement form', () => {
  it('needs two different coders and a valid overlap', () => {
    expect(disagreementProblem(DEFAULT_DISAGREEMENT_FORM)).toBe('team.dis.chooseTwo');
    const form = { ...DEFAULT_DISAGREEMENT_FORM, coderA: 'Ane', coderB: 'Ane' };
    expect(disagreementProblem(form)).toBe('team.dis.sameCoder');
    expect(disagreementProblem({ ...form, coderB: 'Bo' })).toBeNull();
    expect(disagreementProblem({ ...form, coderB: 'Bo', overlap: 0 })).toBe('team.form.overlap');
  });

  it('starts with the coders who coded, keeps a valid choice and replaces a vanished one', () => {
    const known = ['Ane', 'Bo', 'root'];
    expect(pickCoders(DEFAULT_DISAGREEMENT_FORM, ['Bo', 'root'], known)).toEqual({
      coderA: 'Bo',
      coderB: 'root',
    });
    expect(pickCoders(DEFAULT_DISAGREEMENT_FORM, [], known)).toEqual({
      coderA: 'Ane',
      coderB: 'Bo',
    });
    const chosen = { ...DEFAULT_DISAGREEMENT_FORM, coderA: 'root', coderB: 'Ane' };
    expect(pickCoders(chosen, ['Ane', 'Bo'], known)).toEqual({ coderA: 'root', coderB: 'Ane' });
    const gone = { ...DEFAULT_DISAGREEMENT_FORM, coderA: 'Old', coderB: 'Bo' };
    expect(pickCoders(gone, ['Bo', 'Ane'], known)).toEqual({ coderA: 'Ane', coderB: 'Bo' });
    expect(pickCoders(DEFAULT_DISAGREEMENT_FORM, [], ['Ane'])).toEqual({
      coderA: 'Ane',
      coderB: null,
    });
  });
});
