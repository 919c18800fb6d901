import { describe, expect, it } from 'vitest';
import { exportCodebook } from '../../../src/main/backend/export/codebook-export';
import { codebookOutline } from '../../../src/main/backend/export/codebook-outline';
import {
  attr,
  childElements,
  descendants,
  firstChild,
  parseXml,
  textContent,
} from '../../../src/main/backend/formats/xml-read';
import { sampleCodebook } from './sample-matrix';
import { expectGolden } from './golden';
import { parsePart, unzipText } from './test-support';

const TITLE = 'Bilag 2: Kodebog';
const decode = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('exportCodebook', () => {
  it('numbers codes by their place in the tree', () => {
    expect(
      codebookOutline(sampleCodebook()).map(({ number, node }) => `${number} ${node.name}`),
    ).toEqual(['1 Principper', '1.1 I Social værdi', '1.2 III Risiko', '2 Temaer', '2.1 Økonomi']);
  });

  it('writes Markdown with a heading per code and escaped descriptions', () => {
    const md = decode(exportCodebook(sampleCodebook(), 'md', TITLE));
    expectGolden('codebook/codebook.md', md);
    expect(md).toContain('\n### 1.1 I Social værdi\n');
    expect(md).toContain('\n## 2 Temaer\n');
    // A "#" or "-" at the start of a definition line must not become a heading or list item.
    expect(md).toContain(
      '**Definition:** At turde fejle:<br>\\# forsøg der ikke lykkedes<br>- læring af fejl',
    );
    expect(md).toContain('Budgetter &amp; puljer &lt;5 mio.&gt;');
    expect(md).toContain('Colour: `#E57373` · 14 codings');
  });

  it('writes a portrait DOCX sharing the matrix package plumbing', () => {
    const bytes = exportCodebook(sampleCodebook(), 'docx', TITLE);
    expect(
      Buffer.from(exportCodebook(sampleCodebook(), 'docx', TITLE)).equals(Buffer.from(bytes)),
    ).toBe(true);
    const parts = unzipText(bytes, 'codebook.docx');
    for (const [name, xml] of parts) {
      expectGolden(`codebook/codebook-docx/${name}`, xml);
      expect(() => parseXml(xml, name)).not.toThrow();
    }
    const body = firstChild(parsePart(parts, 'word/document.xml'), 'body')!;
    const pgSz = descendants(body, 'pgSz')[0]!;
    expect([attr(pgSz, 'w'), attr(pgSz, 'h'), attr(pgSz, 'orient')]).toEqual([
      '11906',
      '16838',
      undefined,
    ]);
    const headings = childElements(body, 'p')
      .map((p) => ({ style: attr(descendants(p, 'pStyle')[0] ?? p, 'val'), text: textContent(p) }))
      .filter(({ style }) => style?.startsWith('Heading') || style === 'Title');
    expect(headings).toEqual([
      { style: 'Title', text: TITLE },
      { style: 'Heading1', text: '1 Principper' },
      { style: 'Heading2', text: '1.1 I Social værdi' },
      { style: 'Heading2', text: '1.2 III Risiko' },
      { style: 'Heading1', text: '2 Temaer' },
      { style: 'Heading2', text: '2.1 Økonomi' },
    ]);
    const texts = childElements(body, 'p').map(textContent);
    expect(texts).toContain('When not to use: Ikke ved ren effektivisering – brug *Økonomi*.');
    expect(texts).toContain('■ #E57373 · 14 codings');
    // An invalid colour never reaches the document.
    expect(parts.get('word/document.xml')).not.toContain('not-a-colour');
  });

  it('says so when the codebook is empty', () => {
    expect(decode(exportCodebook([], 'md', TITLE))).toBe(
      '# Bilag 2: Kodebog\n\n*The codebook has no codes.*\n',
    );
  });

  it('refuses an unknown format by name', () => {
    expect(() => exportCodebook([], 'pdf' as never, TITLE)).toThrow(
      /unknown codebook export format "pdf"/,
    );
  });
});
