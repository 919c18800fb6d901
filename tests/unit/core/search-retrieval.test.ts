import { describe, expect, it } from 'vitest';
import { searchText } from '../../../src/main/backend/services/search';
import { retrieveSegments } from '../../../src/main/backend/services/retrieval/retrieve';
import { createCodePath } from '../../../src/main/backend/services/codes';
import { applyCoding } from '../../../src/main/backend/services/codings';
import { findSpeaker } from '../../../src/main/backend/services/speakers';
import { createCase, setCaseAttribute } from '../../../src/main/backend/services/cases';
import { updateSpeaker } from '../../../src/main/backend/services/speakers';
import { addTranscript, newProject, rangeOf } from '../../helpers/temp-project';

const A = 'I: Hvad med risiko?\nJKM: Risikoen er der altid. Vi tør godt fejle 🙂 og lære af fejl.';
const B = 'I: Og jeres økonomi?\nJW: Økonomien er stram, men vi tør godt prøve ting af.';

function setup() {
  const project = newProject();
  const a = addTranscript(project, 'JKM.txt', A).document;
  const b = addTranscript(project, 'JW.txt', B).document;
  const text = (name: string) =>
    project.readOne<{ text: string }>('SELECT text FROM documents WHERE name = ?', name)!.text;
  return { project, a, b, text };
}

describe('full-text search', () => {
  it('finds whole words case-insensitively, with æøå, across documents, in context', () => {
    const { project } = setup();
    const hits = searchText(project, 'økonomi').hits;
    expect(hits.map((h) => [h.document, h.line, h.match])).toEqual([['JW.txt', 1, 'økonomi']]);
    expect(searchText(project, 'Økonomi*').hits.map((h) => h.match)).toEqual([
      'økonomi',
      'Økonomien',
    ]);
    const phrase = searchText(project, '"tør godt"').hits;
    expect(phrase.map((h) => h.document)).toEqual(['JKM.txt', 'JW.txt']);
    expect(phrase[0]!.before).toContain('altid. Vi ');
  });

  it('reports code-point offsets next to UTF-16 ones after an emoji', () => {
    const { project } = setup();
    const [hit] = searchText(project, 'lære').hits;
    expect(hit!.startUtf16 - hit!.start).toBe(1);
  });

  it('treats FTS syntax in a query as plain words, and needs at least one word', () => {
    const { project } = setup();
    expect(searchText(project, 'risiko AND NOT" (fejle').hits).toHaveLength(0);
    expect(searchText(project, 'fejle)').hits).toHaveLength(1);
    expect(() => searchText(project, '  "" ')).toThrow(/at least one word/);
  });

  it('limits the number of hits and says so', () => {
    const { project } = setup();
    const result = searchText(project, 'tør', 1);
    expect(result.hits).toHaveLength(1);
    expect(result.truncated).toBe(true);
  });
});

describe('retrieval', () => {
  it('filters coded segments by code with children, speaker, case, attribute, document and text', () => {
    const { project, a, b, text } = setup();
    const parent = createCodePath(project, ['Principper', 'Risiko']).code;
    const child = createCodePath(project, ['Principper', 'Risiko', 'Fejl']).code;
    applyCoding(project, {
      documentId: a.id,
      codeId: parent.id,
      ...rangeOf(text('JKM.txt'), 'Risikoen er der altid.'),
    });
    applyCoding(project, {
      documentId: a.id,
      codeId: child.id,
      ...rangeOf(text('JKM.txt'), 'lære af fejl'),
    });
    applyCoding(project, {
      documentId: b.id,
      codeId: parent.id,
      ...rangeOf(text('JW.txt'), 'vi tør godt prøve ting af'),
    });
    const aalborg = createCase(project, 'Aalborg');
    updateSpeaker(project, findSpeaker(project, 'JKM').id, { caseId: aalborg.id });
    setCaseAttribute(project, aalborg.id, 'region', 'Nordjylland');

    const texts = (filter: Parameters<typeof retrieveSegments>[1]) =>
      retrieveSegments(project, filter).map((s) => s.text);
    expect(texts({ codeId: parent.id })).toEqual([
      'Risikoen er der altid.',
      'vi tør godt prøve ting af',
    ]);
    expect(texts({ codeId: parent.id, includeChildCodes: true })).toEqual([
      'Risikoen er der altid.',
      'lære af fejl',
      'vi tør godt prøve ting af',
    ]);
    expect(texts({ speakerId: findSpeaker(project, 'JW').id })).toEqual([
      'vi tør godt prøve ting af',
    ]);
    expect(texts({ caseId: aalborg.id })).toHaveLength(2);
    expect(texts({ attribute: { name: 'region', value: 'nordjylland' } })).toHaveLength(2);
    expect(texts({ documentId: b.id })).toEqual(['vi tør godt prøve ting af']);
    expect(texts({ text: 'ALTID' })).toEqual(['Risikoen er der altid.']);
    expect(() => retrieveSegments(project, { attribute: { name: 'køn', value: 'k' } })).toThrow(
      /no attribute "køn"/,
    );
  });
});
