import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importQdc, readCodesTree } from '../../../src/main/backend/exchange/qdc-import';
import { SAMPLES_DIR, flatten, maxDepth, paths, qdpxCodesElement } from './helpers/refi-qda';
import { errorOf } from '../../helpers/citat-error';

const sample = (name: string): string => readFileSync(join(SAMPLES_DIR, name), 'utf8');

function qdc(codes: string, options: { ns?: string | null; origin?: string; after?: string } = {}) {
  const ns = options.ns === undefined ? 'urn:QDA-XML:codebook:1.0' : options.ns;
  const nsAttr = ns === null ? '' : ` xmlns="${ns}"`;
  return (
    `<?xml version="1.0" encoding="utf-8"?>\n<CodeBook${nsAttr} origin="${options.origin ?? 'Test'}">` +
    `<Codes>${codes}</Codes>${options.after ?? ''}</CodeBook>`
  );
}

const G1 = '1FF58B12-6F6F-4B0C-8BE5-BBDC91F55294';
const G2 = 'ECA18D76-2B8B-4F26-BC1D-19ECA19FB3F0';

describe('importQdc: real samples', () => {
  it('reads the ATLAS.ti 23 codebook with its code group as a set', () => {
    const result = importQdc(
      sample('atlasti-win-23.4_codebook.from-requal-test.qdc'),
      'atlasti-win-23.4_codebook.from-requal-test.qdc',
    );
    expect(result.warnings).toEqual([]);
    expect(result.nodes).toEqual([
      {
        id: '1ff58b12-6f6f-4b0c-8be5-bbdc91f55294',
        name: 'code1',
        color: '#46AA00',
        definition: 'description',
        whenToUse: null,
        whenNotToUse: null,
        example: null,
        children: [],
        codingCount: 0,
      },
    ]);
    expect(result.sets).toEqual([
      {
        guid: 'eca18d76-2b8b-4f26-bc1d-19eca19fb3f0',
        name: 'code group 1',
        description: 'kategorie 1',
        codeGuids: ['1ff58b12-6f6f-4b0c-8be5-bbdc91f55294'],
      },
    ]);
  });

  it('reads the schema-invalid Taguette codebook and warns about its empty <Sets/>', () => {
    const result = importQdc(sample('taguette-1.4.1_codebook.qdc'), 'taguette-1.4.1_codebook.qdc');
    expect(result.nodes.map((n) => n.name)).toEqual(['xsd:element name', 'CodeBook', 'Variables']);
    expect(result.nodes.map((n) => n.id)[0]).toBe('098ac082-a9c7-50f4-9728-48730081a95e');
    expect(result.nodes.every((n) => n.color === null && n.definition === null)).toBe(true);
    expect(result.sets).toEqual([]);
    expect(result.warnings).toHaveLength(1);
    expect(result.warnings[0]).toMatch(/taguette-1\.4\.1_codebook\.qdc.*empty <Sets\/>.*schema/);
  });
});

describe('readCodesTree on the CodeBook of .qdpx projects', () => {
  it('MAXQDA 24: 307 codes, 18 top-level, two levels, colours and descriptions', () => {
    const { codes, source } = qdpxCodesElement('maxqda-24.7_ICLS_Conf_Themes_just10.qdpx');
    const tree = readCodesTree(codes, { source });
    const all = flatten(tree.nodes);
    expect(tree.warnings).toEqual([]);
    expect(all).toHaveLength(307);
    expect(tree.nodes).toHaveLength(18);
    expect(maxDepth(tree.nodes)).toBe(2);
    expect(tree.nodes[0]!.name).toBe('Additional Themes and Ideas');
    expect(tree.nodes[0]!.children).toHaveLength(12);
    expect(tree.nodes[0]!.children[0]).toMatchObject({
      name: 'THEME - Affinity Spaces (Gee)',
      color: '#EF8256',
      definition: "Apply this code when a study uses Gee's concept of affinity spaces.",
    });
    expect(all.every((n) => /^#[0-9A-F]{6}$/.test(n.color ?? ''))).toBe(true);
    expect(tree.idByGuid.get('c9e3d7e0-4dbf-46e2-96ef-14574ecd3b90')).toBe(tree.nodes[0]!.id);
    expect(tree.idByGuid.size).toBe(307);
  });

  it('NVivo 12: 152 codes, 12 top-level, four levels, the non-codable folder kept', () => {
    const { codes, source } = qdpxCodesElement('nvivo-win-12.6_oltas0517.qdpx');
    const tree = readCodesTree(codes, { source });
    const all = flatten(tree.nodes);
    expect(tree.warnings).toEqual([]);
    expect(all).toHaveLength(152);
    expect(tree.nodes).toHaveLength(12);
    expect(maxDepth(tree.nodes)).toBe(4);
    expect(all.filter((n) => n.definition !== null)).toHaveLength(82);
    const folder = tree.nodes.find((n) => n.name === 'Attituderoots');
    expect(folder?.children).toHaveLength(11);
    expect(paths(tree.nodes)).toContain('Attituderoots/2. Distrust/Oppressive outgroups/+Jews');
    expect(tree.nodes[0]).toMatchObject({
      name: '1. Oltás típusa',
      definition: 'COVID vay nem COVID',
    });
  });

  it("also takes the project's CodeBook element itself", () => {
    const { codes, codeBook, source } = qdpxCodesElement('nvivo-win-12.6_oltas0517.qdpx');
    expect(readCodesTree(codeBook, { source }).nodes).toEqual(
      readCodesTree(codes, { source }).nodes,
    );
  });
});

describe('importQdc: leniency', () => {
  const code = `<Code guid="${G1}" name="A" isCodable="true"/>`;

  it.each([
    ['urn:QDA-XML:codebook:1.0'],
    ['urn:QDA-XML:codebook:1:0'],
    ['urn:QDA-XML:codebook:0:4'],
    [null],
  ])('accepts namespace %s', (ns) => {
    const result = importQdc(qdc(code, { ns }), 'ns.qdc');
    expect(result.nodes.map((n) => n.name)).toEqual(['A']);
    expect(result.warnings).toEqual([]);
  });

  it('accepts a prefixed root element and a leading BOM', () => {
    const xml =
      '\uFEFF<q:CodeBook xmlns:q="urn:QDA-XML:codebook:1.0"><q:Codes>' +
      `<q:Code guid="{${G1.toLowerCase()}}" name="A" isCodable="1"/></q:Codes></q:CodeBook>`;
    const result = importQdc(xml, 'prefixed.qdc');
    expect(result.nodes[0]!.id).toBe(G1.toLowerCase());
  });

  it('warns about an unknown REFI-QDA version but refuses a foreign namespace', () => {
    expect(importQdc(qdc(code, { ns: 'urn:QDA-XML:codebook:2.0' }), 'v2.qdc').warnings[0]).toMatch(
      /unfamiliar REFI-QDA namespace/,
    );
    expect(
      errorOf(() => importQdc(qdc(code, { ns: 'http://example.com/x' }), 'other.qdc')).message,
    ).toMatch(/other\.qdc: not a REFI-QDA codebook.*namespace "http:\/\/example\.com\/x"/);
  });

  it('normalises colours and drops invalid ones with a warning', () => {
    const colours = [
      '#abc',
      'A1B2C3',
      'rgb(255, 0, 16)',
      '#11223380',
      'red',
      'rgb(300,0,0)',
      'blå',
      '',
    ];
    const codes = colours
      .map(
        (c, i) =>
          `<Code guid="00000000-0000-4000-8000-00000000000${i}" name="c${i}" isCodable="true" color="${c}"/>`,
      )
      .join('');
    const result = importQdc(qdc(codes), 'colours.qdc');
    expect(result.nodes.map((n) => n.color)).toEqual([
      '#AABBCC',
      '#A1B2C3',
      '#FF0010',
      '#112233',
      '#FF0000',
      null,
      null,
      null,
    ]);
    expect(result.warnings).toHaveLength(3);
    expect(result.warnings[0]).toMatch(
      /colours\.qdc, line 2: code "c3": colour transparency dropped/,
    );
    expect(result.warnings[1]).toMatch(/code "c5".*"rgb\(300,0,0\)" has a component outside/);
    expect(result.warnings[2]).toMatch(/code "c6".*"blå" is not a colour/);
  });

  it('splits ATLAS.ti 8 "::" names into a hierarchy, merging shared prefixes', () => {
    const codes = [
      ['00000000-0000-4000-8000-000000000001', 'Coke::diet Coke'],
      ['00000000-0000-4000-8000-000000000002', 'Pepsi::Max'],
      ['00000000-0000-4000-8000-000000000003', 'Coke::Zero'],
      ['00000000-0000-4000-8000-000000000004', 'Pepsi'],
      ['00000000-0000-4000-8000-000000000005', 'Coke :: Zero :: Cherry'],
      ['00000000-0000-4000-8000-000000000006', 'Water'],
      ['00000000-0000-4000-8000-000000000007', '::odd'],
    ]
      .map(([guid, name]) => `<Code guid="${guid}" name="${name}" isCodable="true"/>`)
      .join('');
    const result = importQdc(qdc(codes, { origin: 'ATLAS.ti 8' }), 'atlas8.qdc');
    expect(paths(result.nodes)).toEqual([
      'Coke',
      'Coke/diet Coke',
      'Coke/Zero',
      'Coke/Zero/Cherry',
      'Pepsi',
      'Pepsi/Max',
      'Water',
      '::odd',
    ]);
    const all = flatten(result.nodes);
    // "Pepsi" exists as a code: it becomes the parent and keeps its own guid.
    expect(all.find((n) => n.name === 'Pepsi')!.id).toBe('00000000-0000-4000-8000-000000000004');
    expect(all.find((n) => n.name === 'Zero')!.id).toBe('00000000-0000-4000-8000-000000000003');
    const coke = all.find((n) => n.name === 'Coke')!;
    expect(coke.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(new Set(all.map((n) => n.id)).size).toBe(all.length);
  });

  it('does not split "::" when the file nests codes', () => {
    const codes = `<Code guid="${G1}" name="A::B" isCodable="true"><Code guid="${G2}" name="C" isCodable="true"/></Code>`;
    expect(paths(importQdc(qdc(codes), 'nested.qdc').nodes)).toEqual(['A::B', 'A::B/C']);
  });

  it('gives duplicate and invalid GUIDs new ids and keeps repeated names', () => {
    const codes =
      `<Code guid="${G1}" name="same" isCodable="true"><Code guid="${G2}" name="same" isCodable="true"/></Code>` +
      `<Code guid="${G1}" name="again" isCodable="true"/>` +
      '<Code guid="not-a-guid" name="bad" isCodable="true"/>' +
      '<Code name="" isCodable="false"/>';
    const result = importQdc(
      qdc(codes, {
        after: `<Sets><Set guid="${G2}" name="S"><MemberCode guid="${G1}"/><MemberCode guid="00000000-0000-4000-8000-000000000009"/></Set></Sets>`,
      }),
      'dup.qdc',
    );
    expect(paths(result.nodes)).toEqual(['same', 'same/same', 'again', 'bad', 'Unnamed code']);
    const ids = flatten(result.nodes).map((n) => n.id);
    expect(ids[0]).toBe(G1.toLowerCase());
    expect(new Set(ids).size).toBe(5);
    expect(result.warnings.join('\n')).toMatch(/code "again" repeats the guid .* new id/);
    expect(result.warnings.join('\n')).toMatch(/code "bad" has an invalid guid "not-a-guid"/);
    expect(result.warnings.join('\n')).toMatch(/has no name/);
    expect(result.warnings.join('\n')).toMatch(
      /set "S" refers to a code 00000000-0000-4000-8000-000000000009/,
    );
    expect(result.sets).toEqual([
      { guid: G2.toLowerCase(), name: 'S', description: null, codeGuids: [G1.toLowerCase()] },
    ]);
  });

  it('splits a description written with section labels into the four fields', () => {
    const codes = `<Code guid="${G1}" name="A" isCodable="true"><Description>Def.\n\nHvornår bruges: altid\n\nEksempel: "citat"</Description></Code>`;
    expect(importQdc(qdc(codes), 'desc.qdc').nodes[0]).toMatchObject({
      definition: 'Def.',
      whenToUse: 'altid',
      whenNotToUse: null,
      example: '"citat"',
    });
  });
});

describe('importQdc: refusals', () => {
  it('refuses a REFI-QDA project and names the root with its position', () => {
    const error = errorOf(() =>
      importQdc(
        '<?xml version="1.0"?>\n<Project xmlns="urn:QDA-XML:project:1.0" name="x"/>',
        'project.qde',
      ),
    );
    expect(error.code).toBe('qdc.not-a-codebook');
    expect(error.message).toMatch(
      /project\.qde: not a REFI-QDA codebook: the root element at line 2, column \d+ is <Project>/,
    );
    expect(error.message).toMatch(/\.qdpx/);
  });

  it('refuses text that is not XML with line and column', () => {
    const error = errorOf(() => importQdc('Code,Description\nA,b\n', 'codebook.qdc'));
    expect(error.message).toMatch(/^codebook\.qdc: malformed XML at line \d+, column \d+/);
    const truncated = errorOf(() =>
      importQdc(qdc('<Code guid="x" name="A"').slice(0, -20), 'cut.qdc'),
    );
    expect(truncated.message).toMatch(/cut\.qdc: malformed XML at line \d+, column \d+/);
  });

  it('refuses a codebook without <Codes>', () => {
    expect(() => importQdc('<CodeBook xmlns="urn:QDA-XML:codebook:1.0"/>', 'empty.qdc')).toThrow(
      /empty\.qdc: the codebook has no <Codes> element/,
    );
  });

  it('refuses billion-laughs and XXE files because of their DOCTYPE', () => {
    const laughs =
      '<?xml version="1.0"?>\n<!DOCTYPE CodeBook [<!ENTITY a "lol"><!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">' +
      '<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">]>\n' +
      '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="' +
      G1 +
      '" name="&c;" isCodable="true"/></Codes></CodeBook>';
    const xxe =
      '<?xml version="1.0"?>\n<!DOCTYPE CodeBook [<!ENTITY x SYSTEM "file:///etc/passwd">]>\n' +
      '<CodeBook xmlns="urn:QDA-XML:codebook:1.0"><Codes><Code guid="' +
      G1 +
      '" name="&x;" isCodable="true"/></Codes></CodeBook>';
    for (const [xml, file] of [
      [laughs, 'laughs.qdc'],
      [xxe, 'xxe.qdc'],
    ] as const) {
      const error = errorOf(() => importQdc(xml, file));
      expect(error.code).toBe('xml.malformed');
      expect(error.message).toMatch(
        new RegExp(`^${file.replace('.', '\\.')}: .*DOCTYPE declarations are not allowed`),
      );
    }
  });

  it('refuses absurdly deep nesting with a clear error', () => {
    const depth = 150;
    const codes =
      Array.from(
        { length: depth },
        (_, i) =>
          `<Code guid="00000000-0000-4000-8000-${String(i).padStart(12, '0')}" name="c${i}" isCodable="true">`,
      ).join('') + '</Code>'.repeat(depth);
    expect(() => importQdc(qdc(codes), 'deep.qdc')).toThrow(
      /deep\.qdc, line 2: codes are nested more than 100 levels deep/,
    );
  });
});
