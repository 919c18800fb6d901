/**
 * The coding guide appendix (codebook.exportGuide) on a small Danish project: the Markdown
 * exactly, the DOCX's tables and labels read from its XML, the LaTeX typeset by a real
 * pdflatex (standalone and as a fragment \input into a thesis), and the limits that keep a
 * huge quote or a long list of anchors from blowing up a table.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { invoke } from '../../../src/main/backend/api/dispatch';
import { setAnchor } from '../../../src/main/backend/services/anchors';
import { createCodePath, describeCode } from '../../../src/main/backend/services/codes';
import { applyCoding, curateQuote } from '../../../src/main/backend/services/codings';
import {
  buildCodingGuide,
  exportCodingGuide,
} from '../../../src/main/backend/services/coding-guide';
import {
  MAX_ANCHOR_CHARS,
  MAX_ANCHORS_PER_CODE,
} from '../../../src/main/backend/services/coding-guide-anchors';
import { findSpeaker, updateSpeaker } from '../../../src/main/backend/services/speakers';
import { descendants } from '../../../src/main/backend/formats/xml-read';
import { addTranscript, newProject, rangeOf } from '../../helpers/temp-project';
import { errorOf } from '../../helpers/citat-error';
import { flatText, pdflatex, pdfPages, requireTool, tempFolder } from './latex-tools';
import { parsePart, unzipText, wordText } from './test-support';

const INTERVIEW = `I: Hvordan arbejder I med risiko?
JKM: Vi tør godt fejle, men vi gør det systematisk. Det er jo det, vi skal lære af.
I: Og borgerne?
JKM: Borgerne er med fra starten, det er samskabelse | og det er »vigtigt«.`;

function sampleProject() {
  const project = newProject('speciale.citat');
  const doc = addTranscript(project, 'JKM.txt', INTERVIEW).document;
  const text = project.readOne<{ text: string }>('SELECT text FROM documents')!.text;
  updateSpeaker(project, findSpeaker(project, 'JKM').id, {
    name: 'Jens Kristian Munk',
    title: 'Kommunaldirektør',
    organisation: 'Aalborg Kommune',
  });
  const risk = createCodePath(project, ['Principper', 'Risiko']).code;
  createCodePath(project, ['Principper', 'Risiko', 'Fejl']);
  const together = createCodePath(project, ['Temaer', 'Samskabelse']).code;
  describeCode(project, risk.id, {
    definition: 'At turde fejle: forsøg, der ikke lykkedes.',
    whenToUse: 'Udsagn om læring af fejl.',
    whenNotToUse: 'Almindelig usikkerhed.',
    example: 'En leder fortæller om et lukket projekt.',
  });
  const code = (codeId: string, passage: string) =>
    applyCoding(project, { documentId: doc.id, codeId, ...rangeOf(text, passage) });
  const late = code(risk.id, 'Det er jo det, vi skal lære af.');
  const early = code(risk.id, 'Vi tør godt fejle, men vi gør det systematisk.');
  code(risk.id, 'Borgerne er med fra starten'); // coded but not an anchor: not printed
  const citizens = code(together.id, 'Borgerne er med fra starten, det er samskabelse');
  curateQuote(project, citizens.id, 'Borgerne er med fra starten […] | og det er »vigtigt«', null);
  for (const coding of [late, early, citizens]) setAnchor(project, coding.id, true);
  return { project, doc, text, risk, together, code };
}

const MARKDOWN_DA = `# Kodevejledning

**Signaturforklaring**

- **JKM** – Jens Kristian Munk, Kommunaldirektør, Aalborg Kommune

## Principper

| Kode | Definition | Ankereksempler | Kodningsregler |
| --- | --- | --- | --- |
| **Principper** | – | – | – |
| ↳ Risiko | At turde fejle: forsøg, der ikke lykkedes. | • »Vi tør godt fejle, men vi gør det systematisk.« (JKM)<br>• »Det er jo det, vi skal lære af.« (JKM)<br>*Kodebogens eksempel:* En leder fortæller om et lukket projekt. | **Anvendes når:** Udsagn om læring af fejl.<br>**Anvendes ikke når:** Almindelig usikkerhed. |
| &#160;&#160;↳ Fejl | – | – | – |

## Temaer

| Kode | Definition | Ankereksempler | Kodningsregler |
| --- | --- | --- | --- |
| **Temaer** | – | – | – |
| ↳ Samskabelse | – | • »Borgerne er med fra starten \\[…\\] \\| og det er »vigtigt«« (JKM) | – |
`;

const text = (bytes: Uint8Array): string => new TextDecoder().decode(bytes);

describe('coding guide as Markdown', () => {
  it('prints a table per top-level code, anchors cited, curated text, Danish labels', () => {
    const { project } = sampleProject();
    const file = exportCodingGuide(project, { format: 'md', language: 'da' });
    expect(text(file.bytes)).toBe(MARKDOWN_DA);
    expect(file.fileName).toBe('kodevejledning-speciale.md');
    expect(file.mimeType).toBe('text/markdown; charset=utf-8');
    expect(file.warnings).toBeUndefined();
  });

  it('speaks English, takes a title, quote marks and a citation template', () => {
    const { project } = sampleProject();
    const md = text(
      exportCodingGuide(project, {
        format: 'md',
        language: 'en',
        title: 'Appendix C',
        quoteMarks: 'curly',
        citation: '({name}, {document}, l. {lines})',
      }).bytes,
    );
    expect(md).toMatch(/^# Appendix C\n/);
    expect(md).toContain('| Code | Definition | Anchor examples | Coding rules |');
    expect(md).toContain('• “Det er jo det, vi skal lære af.” (Jens Kristian Munk, JKM.txt, l. 2)');
    expect(md).toContain('*Codebook example:* En leder');
    expect(md).toContain('**Use when:** Udsagn om læring af fejl.<br>**Do not use when:**');
    expect(exportCodingGuide(project, { format: 'md' }).fileName).toBe('coding-guide-speciale.md');
  });

  it('goes through the contract, and refuses a malformed citation template', async () => {
    const { project } = sampleProject();
    const file = await invoke(project, 'codebook.exportGuide', { format: 'md', language: 'da' });
    expect(text(file.bytes)).toBe(MARKDOWN_DA);
    expect(errorOf(() => buildCodingGuide(project, { citation: '({label' })).code).toBe(
      'matrix.bad-citation',
    );
  });

  it('gives every code its row even in a codebook without descriptions or anchors', () => {
    const project = newProject();
    createCodePath(project, ['Alene']);
    const md = text(exportCodingGuide(project, { format: 'md' }).bytes);
    expect(md).toBe(
      '# Coding guide\n\n## Alene\n\n| Code | Definition | Anchor examples | Coding rules |\n| --- | --- | --- | --- |\n| **Alene** | – | – | – |\n',
    );
    const empty = text(exportCodingGuide(newProject('tom.citat'), { format: 'md' }).bytes);
    expect(empty).toBe('# Coding guide\n\n*The codebook has no codes.*\n');
  });
});

describe('coding guide as DOCX', () => {
  it('is landscape, Danish, with one table per top-level code and the guide’s labels', () => {
    const { project } = sampleProject();
    const file = exportCodingGuide(project, { format: 'docx', language: 'da' });
    const parts = unzipText(file.bytes, 'guide.docx');
    const body = parsePart(parts, 'word/document.xml');
    expect(parts.get('word/document.xml')).toContain('w:orient="landscape"');
    expect(parts.get('word/styles.xml')).toContain('w:val="da-DK"');
    const tables = descendants(body, 'tbl');
    expect(tables).toHaveLength(2);
    const rowsOf = (index: number) =>
      descendants(tables[index]!, 'tr').map((tr) => descendants(tr, 'tc').map(wordText));
    const principles = rowsOf(0);
    expect(principles[0]).toEqual(['Kode', 'Definition', 'Ankereksempler', 'Kodningsregler']);
    expect(principles.map((row) => row[0])).toEqual(['Kode', '■ Principper', '■ Risiko', '■ Fejl']);
    expect(principles[2]).toEqual([
      '■ Risiko',
      'At turde fejle: forsøg, der ikke lykkedes.',
      '»Vi tør godt fejle, men vi gør det systematisk.« (JKM)»Det er jo det, vi skal lære af.« (JKM)Kodebogens eksempel: En leder fortæller om et lukket projekt.',
      'Anvendes når: Udsagn om læring af fejl.Anvendes ikke når: Almindelig usikkerhed.',
    ]);
    expect(principles[3]).toEqual(['■ Fejl', '–', '–', '–']);
    expect(rowsOf(1)[2]![2]).toBe('»Borgerne er med fra starten […] | og det er »vigtigt«« (JKM)');
    // The header row repeats on every page.
    expect(descendants(tables[0]!, 'tblHeader')).toHaveLength(1);
    expect(wordText(body)).toContain('Signaturforklaring');
    expect(wordText(body)).toContain('Jens Kristian Munk, Kommunaldirektør, Aalborg Kommune');
  });
});

describe('coding guide as LaTeX, typeset by pdflatex', () => {
  let folder: { dir: string; remove: () => void };
  beforeAll(() => {
    requireTool('pdflatex');
    requireTool('pdftotext');
    folder = tempFolder('citat-guide-tex-');
  });
  afterAll(() => folder?.remove());

  it('compiles standalone with æøå, » « and | intact', () => {
    const { project } = sampleProject();
    const tex = text(
      exportCodingGuide(project, { format: 'tex', language: 'da', standalone: true }).bytes,
    );
    expect(tex).toContain('\\begin{longtable}');
    const pages = pdfPages(pdflatex(folder.dir, tex, 'standalone').pdf);
    const all = flatText(pages.join(' '));
    for (const needle of [
      'Kodevejledning',
      'Kodningsregler',
      'Anvendes ikke når: Almindelig usikkerhed.',
      '»Vi tør godt fejle, men vi gør det systematisk.« (JKM)',
      'Kodebogens eksempel: En leder fortæller om et lukket projekt.',
      // LaTeX's ellipsis ends with a kern, which pdftotext reads as a space.
      '»Borgerne er med fra starten [… ] | og det er »vigtigt«« (JKM)',
      'Jens Kristian Munk, Kommunaldirektør, Aalborg Kommune',
    ])
      expect(all).toContain(needle);
  });

  it('compiles as a fragment \\input into a thesis and runs over pages with a repeated header', () => {
    const { project } = sampleProject();
    // Thirty more codes below Risiko, so the first table needs more than one page.
    for (let i = 1; i <= 30; i++) {
      const child = createCodePath(project, ['Principper', 'Risiko', `Underkode ${i}`]).code;
      describeCode(project, child.id, { definition: `Definition nummer ${i} med æøå.` });
    }
    const fragment = text(exportCodingGuide(project, { format: 'tex', language: 'da' }).bytes);
    expect(fragment.split('\n')[0]).toBe('% Kodevejledning');
    writeFileSync(join(folder.dir, 'guide.tex'), fragment, 'utf8');
    const thesis = [
      '\\documentclass[a4paper,11pt]{report}',
      '\\usepackage[T1]{fontenc}',
      '\\usepackage{lmodern}',
      '\\usepackage[danish]{babel}',
      '\\usepackage{longtable,booktabs,array}',
      '\\begin{document}',
      '\\chapter{Bilag}',
      '\\input{guide}',
      'Efter vejledningen.',
      '\\end{document}',
      '',
    ].join('\n');
    const pages = pdfPages(pdflatex(folder.dir, thesis, 'thesis').pdf).map(flatText);
    expect(pages.length).toBeGreaterThan(1);
    expect(pages[1]).toContain('Principper (fortsat)');
    expect(pages.join(' ')).toContain('Definition nummer 30 med æøå.');
    expect(pages.at(-1)).toContain('Efter vejledningen.');
  });
});

describe('limits', () => {
  it('cuts a huge anchor quote and a long list of anchors, and says so', () => {
    const project = newProject();
    const words = Array.from({ length: 2000 }, (_, i) => `ord${i}`).join(' ');
    const lines = Array.from({ length: 15 }, (_, i) => `JKM: Sætning nummer ${i + 1}.`);
    const doc = addTranscript(project, 'Lang.txt', `JKM: ${words}\n${lines.join('\n')}`).document;
    const body = project.readOne<{ text: string }>('SELECT text FROM documents')!.text;
    const risk = createCodePath(project, ['Risiko']).code;
    const mark = (passage: string) =>
      setAnchor(
        project,
        applyCoding(project, { documentId: doc.id, codeId: risk.id, ...rangeOf(body, passage) }).id,
        true,
      );
    mark(words);
    for (let i = 1; i <= 15; i++) mark(`Sætning nummer ${i}.`);
    const { guide, warnings } = buildCodingGuide(project);
    const anchors = guide.sections[0]!.rows[0]!.anchors;
    expect(anchors).toHaveLength(MAX_ANCHORS_PER_CODE);
    expect(anchors[0]!.text.length).toBeLessThanOrEqual(MAX_ANCHOR_CHARS + 10);
    expect(anchors[0]!.text).toMatch(/^“ord0 ord1 .* ord\d+ \[…\]”$/);
    expect(warnings).toEqual([
      `"Risiko" has 16 anchor examples; the guide prints the first ${MAX_ANCHORS_PER_CODE}`,
      expect.stringMatching(
        /^an anchor example of "Risiko" \(Lang\.txt, l\. 1\) is \d+ characters long; the guide prints its first 1500 \(shorten it with citat curate\)$/,
      ),
    ]);
    expect(exportCodingGuide(project, { format: 'md' }).warnings).toEqual(warnings);
  });

  it('writes a codebook of 3,000 codes in every format without trouble', () => {
    const project = newProject();
    project.act('many codes', (changes) => {
      for (let top = 0; top < 30; top++) {
        const topId = `top-${top}`;
        changes.insert('codes', codeRow(topId, null, `Tema ${top}`, top));
        for (let child = 0; child < 99; child++)
          changes.insert('codes', codeRow(`${topId}-${child}`, topId, `Kode ${child}`, child));
      }
    });
    const started = Date.now();
    const md = text(exportCodingGuide(project, { format: 'md' }).bytes);
    expect(md.split('\n').filter((line) => line.startsWith('| ')).length).toBe(30 * 102);
    const docx = exportCodingGuide(project, { format: 'docx' }).bytes;
    expect(docx.length).toBeGreaterThan(0);
    expect(text(exportCodingGuide(project, { format: 'tex' }).bytes)).toContain('Kode 98');
    expect(Date.now() - started).toBeLessThan(10_000);
  });
});

function codeRow(id: string, parentId: string | null, name: string, position: number) {
  return {
    id,
    parent_id: parentId,
    name,
    color: '#64B5F6',
    position,
    definition: null,
    when_to_use: null,
    when_not_to_use: null,
    example: null,
    created_at: '2025-01-01T00:00:00.000Z',
  };
}
