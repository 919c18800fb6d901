import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CitatError } from '../../../src/main/backend/errors';
import { descendants, parseXml } from '../../../src/main/backend/formats/xml-read';
import { exportQdc } from '../../../src/main/backend/exchange/qdc-export';
import { importQdc, readCodesTree } from '../../../src/main/backend/exchange/qdc-import';
import {
  SAMPLES_DIR,
  codebookSchemaErrors,
  flatten,
  node,
  qdpxCodesElement,
} from './helpers/refi-qda';

const ORIGIN = { origin: 'Citat 0.1.0' };

function sampleCodebook() {
  return [
    node('3f1c0a52-8b7e-4c1d-9a2b-1c2d3e4f5a6b', 'Principper', {
      color: '#e57373',
      definition: 'De fem principper.',
      children: [
        node('0b9d7c4e-1111-4a2b-8c3d-4e5f6a7b8c9d', 'III Risiko', {
          color: '#FB4',
          definition: 'At turde fejle & lære <af> det.',
          whenToUse: 'Forsøg der "ikke" lykkedes.',
          whenNotToUse: 'Økonomisk risiko.',
          example: 'Vi prøvede\nog det gik galt.',
        }),
        node('a0a0a0a0-2222-4b2b-8c3d-4e5f6a7b8c9d', 'Tab\there, line\nbreak, ctrl\u0001char', {}),
      ],
    }),
    node('7e6d5c4b-3333-4c2b-9c3d-4e5f6a7b8c9d', 'Temaer', {
      children: [node('7e6d5c4b-4444-4c2b-9c3d-4e5f6a7b8c9d', 'Økonomi/finansiering', {})],
    }),
    node('7e6d5c4b-5555-4c2b-9c3d-4e5f6a7b8c9d', 'Uden farve', { color: 'not a colour' }),
  ];
}

describe('exportQdc', () => {
  it('writes a codebook that validates against the REFI-QDA Codebook.xsd', async () => {
    const xml = exportQdc(sampleCodebook(), ORIGIN);
    expect(await codebookSchemaErrors(xml)).toEqual([]);
  });

  it('the schema check used above does catch invalid codebooks', async () => {
    const taguette = readFileSync(join(SAMPLES_DIR, 'taguette-1.4.1_codebook.qdc'), 'utf8');
    const errors = await codebookSchemaErrors(taguette);
    expect(errors.join('\n')).toMatch(/Sets.*Missing child element/);
    // Move Principper's Description after its child codes: the schema's sequence forbids that.
    const xml = exportQdc(sampleCodebook(), ORIGIN);
    const description = '<Description>De fem principper.</Description>';
    const withoutDescription = xml.replace(description, '');
    const lastChildEnd =
      withoutDescription.indexOf('/>', withoutDescription.indexOf('ctrlchar')) + 2;
    const wrongOrder =
      withoutDescription.slice(0, lastChildEnd) +
      description +
      withoutDescription.slice(lastChildEnd);
    expect(wrongOrder).not.toBe(xml);
    expect(await codebookSchemaErrors(wrongOrder)).not.toEqual([]);
  });

  it('writes the namespace, origin, GUIDs from ids, colours and descriptions in schema order', () => {
    const xml = exportQdc(sampleCodebook(), ORIGIN);
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"')).toBe(true);
    const root = parseXml(xml, 'export.qdc');
    expect(root.ns).toBe('urn:QDA-XML:codebook:1.0');
    expect(root.attrs.origin).toBe('Citat 0.1.0');
    const codes = descendants(root, 'Code');
    expect(codes.map((code) => code.attrs.guid)).toEqual([
      '3F1C0A52-8B7E-4C1D-9A2B-1C2D3E4F5A6B',
      '0B9D7C4E-1111-4A2B-8C3D-4E5F6A7B8C9D',
      'A0A0A0A0-2222-4B2B-8C3D-4E5F6A7B8C9D',
      '7E6D5C4B-3333-4C2B-9C3D-4E5F6A7B8C9D',
      '7E6D5C4B-4444-4C2B-9C3D-4E5F6A7B8C9D',
      '7E6D5C4B-5555-4C2B-9C3D-4E5F6A7B8C9D',
    ]);
    expect(codes.every((code) => code.attrs.isCodable === 'true')).toBe(true);
    expect(codes.map((code) => code.attrs.color ?? null)).toEqual([
      '#E57373',
      '#FFBB44',
      null,
      null,
      null,
      null,
    ]);
    expect(codes[2]!.attrs.name).toBe('Tab\there, line\nbreak, ctrlchar');
    const principper = codes[0]!;
    expect(
      principper.children
        .filter((c) => typeof c !== 'string')
        .map((c) => (c as { local: string }).local),
    ).toEqual(['Description', 'Code', 'Code']);
    expect(xml).toContain(
      '<Description>At turde fejle &amp; lære &lt;af&gt; det.\n\nWhen to use: Forsøg der "ikke" lykkedes.' +
        '\n\nWhen not to use: Økonomisk risiko.\n\nExample: Vi prøvede\nog det gik galt.</Description>',
    );
    expect(xml).not.toMatch(/<Sets|<Codes\/>|<Description\/>/);
  });

  it('is deterministic and round-trips export → import → export byte for byte', () => {
    const first = exportQdc(sampleCodebook(), ORIGIN);
    expect(exportQdc(sampleCodebook(), ORIGIN)).toBe(first);
    const imported = importQdc(first, 'export.qdc');
    expect(imported.warnings).toEqual([]);
    expect(exportQdc(imported.nodes, ORIGIN)).toBe(first);
    expect(flatten(imported.nodes).map((n) => n.id)).toEqual(
      flatten(sampleCodebook()).map((n) => n.id),
    );
    const risiko = imported.nodes[0]!.children[0]!;
    expect(risiko).toMatchObject({
      name: 'III Risiko',
      color: '#FFBB44',
      definition: 'At turde fejle & lære <af> det.',
      whenToUse: 'Forsøg der "ikke" lykkedes.',
      whenNotToUse: 'Økonomisk risiko.',
      example: 'Vi prøvede\nog det gik galt.',
    });
  });

  it('keeps "::" in names of codebooks it wrote itself', () => {
    const xml = exportQdc([node('11111111-2222-4333-8444-555555555555', 'Coke::diet')], ORIGIN);
    expect(importQdc(xml, 'citat.qdc').nodes.map((n) => n.name)).toEqual(['Coke::diet']);
  });

  it('derives a stable, valid GUID from ids that are not UUIDs', async () => {
    const nodes = [node('code-1', 'A'), node('code-2', 'B')];
    const xml = exportQdc(nodes, ORIGIN);
    expect(exportQdc(nodes, ORIGIN)).toBe(xml);
    const guids = descendants(parseXml(xml, 'x'), 'Code').map((code) => code.attrs.guid);
    expect(new Set(guids).size).toBe(2);
    expect(await codebookSchemaErrors(xml)).toEqual([]);
  });

  it('refuses an empty codebook and duplicate ids', () => {
    expect(() => exportQdc([], ORIGIN)).toThrow(CitatError);
    expect(() => exportQdc([], ORIGIN)).toThrow(/at least one code/);
    const id = '11111111-2222-4333-8444-555555555555';
    expect(() =>
      exportQdc([node(id, 'A', { children: [node(id.toUpperCase(), 'B')] })], ORIGIN),
    ).toThrow(/occurs twice/);
  });

  it('re-exports the 307-code MAXQDA codebook as a valid .qdc that imports back unchanged', async () => {
    const { codes, source } = qdpxCodesElement('maxqda-24.7_ICLS_Conf_Themes_just10.qdpx');
    const tree = readCodesTree(codes, { source });
    const xml = exportQdc(tree.nodes, { origin: 'Citat test' });
    expect(await codebookSchemaErrors(xml)).toEqual([]);
    const again = importQdc(xml, 'maxqda.qdc');
    expect(flatten(again.nodes)).toHaveLength(307);
    expect(again.nodes).toEqual(tree.nodes);
  });
});
