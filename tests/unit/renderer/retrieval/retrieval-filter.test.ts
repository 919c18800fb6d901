import { describe, expect, it } from 'vitest';
import {
  EMPTY_FILTERS,
  activeFilterCount,
  attributeValueChoices,
  toRetrieveInput,
  withoutStaleChoices,
} from '../../../../src/renderer/features/retrieval/retrieval-filter';

describe('toRetrieveInput', () => {
  it('asks for every coding when no code and no filter is set', () => {
    expect(toRetrieveInput(null, EMPTY_FILTERS)).toEqual({});
  });

  it('sends the code with the child-code choice', () => {
    expect(toRetrieveInput('c1', EMPTY_FILTERS)).toEqual({ codeId: 'c1', includeChildCodes: true });
    expect(toRetrieveInput('c1', { ...EMPTY_FILTERS, includeChildCodes: false })).toEqual({
      codeId: 'c1',
      includeChildCodes: false,
    });
  });

  it('sends only the filters that are set, text trimmed', () => {
    expect(
      toRetrieveInput(null, {
        ...EMPTY_FILTERS,
        speakerId: 's1',
        documentId: 'd1',
        caseId: 'k1',
        text: '  fejl ',
      }),
    ).toEqual({ speakerId: 's1', documentId: 'd1', caseId: 'k1', text: 'fejl' });
  });

  it('needs both attribute name and value', () => {
    expect(toRetrieveInput(null, { ...EMPTY_FILTERS, attributeName: 'Størrelse' })).toEqual({});
    expect(
      toRetrieveInput(null, {
        ...EMPTY_FILTERS,
        attributeName: 'Størrelse',
        attributeValue: 'stor',
      }),
    ).toEqual({ attribute: { name: 'Størrelse', value: 'stor' } });
  });
});

describe('activeFilterCount', () => {
  it('counts the narrowing filters, not the child-code choice', () => {
    expect(activeFilterCount({ ...EMPTY_FILTERS, includeChildCodes: false })).toBe(0);
    expect(activeFilterCount({ ...EMPTY_FILTERS, speakerId: 's', text: ' x ' })).toBe(2);
    expect(activeFilterCount({ ...EMPTY_FILTERS, attributeName: 'A', text: '   ' })).toBe(0);
  });
});

describe('withoutStaleChoices', () => {
  const known = {
    speakerIds: new Set(['s1']),
    documentIds: new Set(['d1']),
    caseIds: new Set(['k1']),
    attributeNames: new Set(['Størrelse']),
  };

  it('clears choices that no longer exist and keeps the rest', () => {
    const filters = {
      ...EMPTY_FILTERS,
      speakerId: 'gone',
      documentId: 'd1',
      caseId: 'gone',
      attributeName: 'Region',
      attributeValue: 'Nord',
      text: 'tillid',
    };
    expect(withoutStaleChoices(filters, known)).toEqual({
      ...EMPTY_FILTERS,
      documentId: 'd1',
      text: 'tillid',
    });
  });
});

describe('attributeValueChoices', () => {
  const values = [
    { attributeId: 'size', value: 'stor' },
    { attributeId: 'size', value: 'lille' },
    { attributeId: 'size', value: 'stor' },
    { attributeId: 'pop', value: '120000' },
    { attributeId: 'pop', value: '58000' },
  ];

  it('lists each value of the attribute once, alphabetically', () => {
    expect(attributeValueChoices({ id: 'size', valueType: 'text' }, values)).toEqual([
      'lille',
      'stor',
    ]);
  });

  it('orders number attributes numerically', () => {
    expect(attributeValueChoices({ id: 'pop', valueType: 'number' }, values)).toEqual([
      '58000',
      '120000',
    ]);
  });

  it('offers nothing without an attribute', () => {
    expect(attributeValueChoices(undefined, values)).toEqual([]);
  });
});
