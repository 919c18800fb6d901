/**
 * The coding guide through real `citat` processes, as a student would make it: describe a
 * code, mark two of its codings as anchor examples with `citat codings --anchor`, see them
 * marked in `citat codings`, write the guide with `citat codebook export … --guide` as
 * Markdown, Word and LaTeX, and undo a mark. Wrong combinations are usage errors.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, makeTempDir, ok, okJson } from './support/cli';
import { thesisProjectAt } from './support/thesis-project';
import { unzipText } from '../unit/export/test-support';

const RISIKO = 'Principper/III Risiko';
const FAIL = 'Men hvis man aldrig tør fejle, så lærer man heller ikke noget.';
const LESSON = 'Det er jo det, vi skal lære af.';

interface CodingJson {
  id: string;
  code: string;
  text: string;
  document: string;
  lines: [number, number];
  anchor: boolean;
}

let here: string;
let project: string;
let anchors: CodingJson[];

beforeAll(() => {
  const temp = makeTempDir();
  here = temp.dir;
  project = thesisProjectAt('coded', here);
  ok(here, [
    'codes',
    'describe',
    project,
    RISIKO,
    '--when-to-use',
    'Udsagn om forsøg, der ikke lykkedes, og læring af fejl.',
    '--when-not-to-use',
    'Økonomisk risiko (kodes Temaer/Økonomi).',
  ]);
  const risiko = okJson<CodingJson[]>(here, ['codings', project, '--code', RISIKO]);
  anchors = [
    risiko.find((c) => c.text === FAIL)!,
    risiko.find((c) => c.text === LESSON && c.lines[0] === 33)!,
  ];
  return temp.remove;
});

describe('citat codings --anchor', () => {
  it('marks two codings, and citat codings shows them (text and --json)', () => {
    for (const coding of anchors)
      expect(ok(here, ['codings', project, '--anchor', coding.id]).stdout).toBe(
        `coding ${coding.id} is an anchor example of ${RISIKO}\n`,
      );
    const listed = okJson<CodingJson[]>(here, ['codings', project]);
    expect(listed.filter((c) => c.anchor).map((c) => c.id)).toEqual(anchors.map((a) => a.id));
    expect(listed.every((c) => typeof c.anchor === 'boolean')).toBe(true);
    const table = ok(here, ['codings', project, '--code', RISIKO]).stdout.split('\n');
    expect(table[0]).toMatch(/^ID\s+CODE\s+DOCUMENT\s+LINES\s+SPEAKER\s+ANCHOR\s+TEXT$/);
    const marked = table.filter((line) => /\syes\s/.test(line));
    expect(marked.map((line) => line.split(/\s+/)[0])).toEqual(anchors.map((a) => a.id));
  });

  it('refuses an unknown id, two ids and a mix with listing options', () => {
    fails(here, ['codings', project, '--anchor', 'no-such-id'], 2, 'no coding with id no-such-id');
    fails(
      here,
      ['codings', project, '--anchor', 'a', '--unanchor', 'b'],
      1,
      /--anchor or --unanchor/,
    );
    fails(here, ['codings', project, '--anchor', 'a', '--json'], 1, /--anchor or --unanchor/);
  });
});

describe('citat codebook export --guide', () => {
  it('writes the Markdown guide with both anchors cited under their code', () => {
    const file = join(here, 'kodevejledning.md');
    expect(ok(here, ['codebook', 'export', project, file, '--guide', '--lang', 'da']).stdout).toBe(
      `wrote ${file}\n`,
    );
    const md = readFileSync(file, 'utf8');
    expect(md).toMatch(/^# Kodevejledning\n/);
    expect(md).toContain('## Principper\n');
    expect(md).toContain('## Temaer\n');
    const row = md.split('\n').find((line) => line.startsWith('| ↳ III Risiko |'))!;
    expect(row).toContain(`• »${FAIL}« (JKM)<br>• »${LESSON}« (JKM)`);
    expect(row).toContain(
      '**Anvendes når:** Udsagn om forsøg, der ikke lykkedes, og læring af fejl.',
    );
    expect(row).toContain('**Anvendes ikke når:** Økonomisk risiko (kodes Temaer/Økonomi).');
    expect(md).toContain('- **JKM** – Jens Kristian Munk');
  });

  it('writes Word (landscape) and LaTeX, with English labels and a title when asked', () => {
    const docx = join(here, 'guide.docx');
    ok(here, [
      'codebook',
      'export',
      project,
      docx,
      '--guide',
      '--title',
      'Bilag 3: Kodevejledning',
    ]);
    const xml = unzipText(readFileSync(docx), 'guide.docx').get('word/document.xml')!;
    expect(xml).toContain('w:orient="landscape"');
    expect(xml).toContain('Bilag 3: Kodevejledning');
    expect(xml).toContain('Anchor examples');
    expect(xml).toContain(FAIL);
    const tex = join(here, 'guide.tex');
    ok(here, ['codebook', 'export', project, tex, '--guide', '--lang', 'da', '--standalone']);
    const source = readFileSync(tex, 'utf8');
    expect(source).toContain('\\documentclass');
    expect(source).toContain('\\citatheader{Ankereksempler}');
  });

  it('undo takes the last mark back, and the guide follows', () => {
    ok(here, ['codings', project, '--unanchor', anchors[1]!.id]);
    ok(here, ['undo', project]);
    ok(here, ['undo', project]);
    const listed = okJson<CodingJson[]>(here, ['codings', project]);
    expect(listed.filter((c) => c.anchor).map((c) => c.id)).toEqual([anchors[0]!.id]);
    const file = join(here, 'efter.md');
    ok(here, ['codebook', 'export', project, file, '--guide', '--lang', 'da']);
    expect(readFileSync(file, 'utf8')).not.toContain(`»${LESSON}«`);
  });

  it('refuses another extension, --flat and guide options without --guide', () => {
    fails(
      here,
      ['codebook', 'export', project, join(here, 'g.csv'), '--guide'],
      1,
      'codebook export --guide: "g.csv" must end in .docx, .md or .tex',
    );
    fails(
      here,
      ['codebook', 'export', project, join(here, 'g.md'), '--guide', '--flat'],
      1,
      '--flat',
    );
    fails(
      here,
      ['codebook', 'export', project, join(here, 'g.md'), '--lang', 'da'],
      1,
      '--lang goes with --guide',
    );
    fails(
      here,
      ['codebook', 'export', project, join(here, 'g.tex')],
      1,
      'a coding guide in LaTeX: add --guide',
    );
    fails(
      here,
      ['codebook', 'export', project, join(here, 'g.md'), '--guide', '--lang', 'de'],
      1,
      '--lang must be da or en, not "de"',
    );
  });
});
