/** The first half of the thesis flow: new, import, speakers, codebook, codes. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  CODEBOOK_CSV,
  DA,
  copyProject,
  fails,
  makeTempDir,
  ok,
  okJson,
  readProject,
  runCli,
} from './support/cli';
import {
  INTERVIEWEES,
  INTERVIEWS,
  thesisProjectAt,
  speakerByLabel,
} from './support/thesis-project';

interface SpeakerJson {
  label: string;
  name: string | null;
  title: string | null;
  organisation: string | null;
  isInterviewer: boolean;
  turnCount: number;
  documentNames: string[];
}

interface CodeJson {
  id: string;
  path: string;
  name: string;
  parentId: string | null;
  color: string;
  definition: string | null;
}

const removals: (() => void)[] = [];
afterEach(() => {
  while (removals.length > 0) removals.pop()!();
});

function freshDir(): string {
  const temp = makeTempDir();
  removals.push(temp.remove);
  return temp.dir;
}

describe('citat new and import', () => {
  it('creates a project, adding .citat, and refuses to overwrite it', () => {
    const here = freshDir();
    const result = ok(here, ['new', 'speciale']);
    expect(result.stdout).toBe(`created ${join(here, 'speciale.citat')}\n`);
    expect(existsSync(join(here, 'speciale.citat'))).toBe(true);
    fails(here, ['new', 'speciale.citat'], 2, 'speciale.citat already exists');
  });

  it('imports the four Danish interviews and refuses JKM.odt as a duplicate of JKM.txt', () => {
    const here = freshDir();
    ok(here, ['new', 'speciale']);
    const files = [...INTERVIEWS, 'JKM.odt'].map((name) => join(DA, name));
    const result = runCli(here, ['import', 'speciale.citat', ...files]);
    expect(result.code).toBe(2);
    const imported = result.stdout.trim().split('\n');
    expect(imported).toHaveLength(4);
    INTERVIEWS.forEach((name, i) =>
      expect(imported[i]).toMatch(
        new RegExp(
          `^\\[${i + 1}/5\\] imported ${name.replace('.', '\\.')}: \\d+ words, \\d+ turns, speakers I, ${INTERVIEWEES[i]}$`,
        ),
      ),
    );
    for (const line of result.errLines) expect(line).toMatch(/^citat: /);
    expect(result.errLines).toContain(
      'citat: [5/5] JKM.odt: already imported (same text as "JKM.txt")',
    );
    expect(result.errLines).toContain('citat: 1 of 5 files were not imported');
    expect(result.errLines.some((l) => l.includes('JW.txt') && l.includes('Windows-1252'))).toBe(
      true,
    );

    const names = readProject(join(here, 'speciale.citat'), (db) =>
      db.prepare('SELECT name FROM documents ORDER BY name').pluck().all(),
    );
    expect(names).toEqual([...INTERVIEWS].sort());
  });

  it('reports each imported file as JSON with --json', () => {
    const here = freshDir();
    ok(here, ['new', 'speciale']);
    const outcomes = okJson<{ ok: boolean; file: string; speakers: string[] }[]>(here, [
      'import',
      'speciale.citat',
      join(DA, 'TC.txt'),
    ]);
    expect(outcomes).toHaveLength(1);
    expect(outcomes[0]).toMatchObject({ ok: true, file: 'TC.txt', speakers: ['I', 'TC'] });
  });
});

describe('citat speakers, speaker, codebook import, codes add', () => {
  let prepared: string;
  beforeAll(() => {
    const temp = makeTempDir();
    prepared = thesisProjectAt('imported', temp.dir);
    return temp.remove;
  });

  function project(): { here: string; path: string } {
    const here = freshDir();
    return { here, path: copyProject(prepared, here) };
  }

  it('lists the labels found: I, JKM, JW, PFL, TC', () => {
    const { here, path } = project();
    const speakers = okJson<SpeakerJson[]>(here, ['speakers', path]);
    expect(speakers.map((s) => s.label).sort()).toEqual(['I', 'JKM', 'JW', 'PFL', 'TC']);
    const interviewer = speakers.find((s) => s.label === 'I')!;
    expect(interviewer.documentNames.sort()).toEqual([...INTERVIEWS].sort());
    expect(speakers.find((s) => s.label === 'TC')!.documentNames).toEqual(['TC.txt']);

    const table = ok(here, ['speakers', path]).stdout;
    expect(table.split('\n')[0]).toMatch(/^LABEL\s+NAME\s+TITLE\s+ORGANISATION\s+ROLE/);
    for (const label of ['I', 'JKM', 'JW', 'PFL', 'TC'])
      expect(table).toMatch(new RegExp(`^${label}\\s`, 'm'));
  });

  it('describes the four interviewees from speakers.json and marks I as interviewer', () => {
    const { here, path } = project();
    for (const label of INTERVIEWEES) {
      const s = speakerByLabel(label);
      const result = ok(here, [
        'speaker',
        path,
        label,
        '--name',
        s.name,
        '--title',
        s.title!,
        '--org',
        s.organisation!,
      ]);
      expect(result.stdout).toBe(`${label} – ${s.name}, ${s.title}, ${s.organisation}\n`);
    }
    expect(ok(here, ['speaker', path, 'I', '--interviewer']).stdout).toBe('I (interviewer)\n');

    const speakers = okJson<SpeakerJson[]>(here, ['speakers', path]);
    for (const label of INTERVIEWEES) {
      const s = speakerByLabel(label);
      expect(speakers.find((x) => x.label === label)).toMatchObject({
        name: s.name,
        title: s.title,
        organisation: s.organisation,
        isInterviewer: false,
      });
    }
    expect(speakers.find((x) => x.label === 'I')!.isInterviewer).toBe(true);
  });

  it('refuses --interviewer with --no-interviewer, and an unknown label lists the speakers', () => {
    const { here, path } = project();
    fails(
      here,
      ['speaker', path, 'I', '--interviewer', '--no-interviewer'],
      1,
      '--interviewer and --no-interviewer exclude each other',
    );
    fails(
      here,
      ['speaker', path, 'XYZ', '--name', 'X'],
      2,
      /no speaker "XYZ".*I, JKM, JW, PFL, TC/,
    );
  });

  it('imports principper.csv with its implicit parents, descriptions and colours', () => {
    const { here, path } = project();
    const result = ok(here, ['codebook', 'import', path, CODEBOOK_CSV]);
    expect(result.stdout).toBe('imported principper.csv: 10 new codes, 0 already present\n');
    const codes = okJson<CodeJson[]>(here, ['codes', 'list', path]);
    expect(codes.map((c) => c.path)).toEqual([
      'Principper',
      'Principper/I Social værdi',
      'Principper/II Systematisk arbejde',
      'Principper/III Risiko',
      'Principper/IV Samskabelse',
      'Principper/V Ledelse',
      'Temaer',
      'Temaer/Digitalisering',
      'Temaer/Økonomi',
      'Temaer/Medarbejdere',
    ]);
    const risiko = codes.find((c) => c.name === 'III Risiko')!;
    expect(risiko.color).toBe('#FFB74D');
    expect(risiko.definition).toBe(
      'At turde fejle: forsøg der ikke lykkedes, læring af fejl, risikovillighed og forsigtighed, politisk opbakning.',
    );
    expect(codes.find((c) => c.name === 'Digitalisering')!.definition).toContain('»digital først«');

    const again = ok(here, ['codebook', 'import', path, CODEBOOK_CSV]);
    expect(again.stdout).toBe('imported principper.csv: 0 new codes, 10 already present\n');
  });

  it('adds a code path with missing parents, and "\\/" as a literal slash', () => {
    const { here, path } = project();
    ok(here, ['codebook', 'import', path, CODEBOOK_CSV]);
    expect(ok(here, ['codes', 'add', path, 'Temaer/Økonomi/Puljer/Eksterne midler']).stdout).toBe(
      'created Temaer/Økonomi/Puljer/Eksterne midler (and 1 parent code)\n',
    );
    expect(ok(here, ['codes', 'add', path, 'Nye/Under/Blad']).stdout).toBe(
      'created Nye/Under/Blad (and 2 parent codes)\n',
    );
    expect(ok(here, ['codes', 'add', path, 'Temaer/Før\\/efter']).stdout).toBe(
      'created Temaer/Før\\/efter\n',
    );
    const codes = okJson<CodeJson[]>(here, ['codes', 'list', path]);
    const byPath = new Map(codes.map((c) => [c.path, c]));
    const slash = byPath.get('Temaer/Før\\/efter')!;
    expect(slash.name).toBe('Før/efter');
    expect(slash.parentId).toBe(byPath.get('Temaer')!.id);
    expect(byPath.get('Temaer/Økonomi/Puljer')!.parentId).toBe(byPath.get('Temaer/Økonomi')!.id);
    expect(byPath.get('Nye/Under')!.parentId).toBe(byPath.get('Nye')!.id);
    expect(byPath.has('Temaer/Før')).toBe(false);

    const tree = ok(here, ['codes', 'list', path]).stdout;
    expect(tree).toMatch(/^ {2}Før\/efter\s/m);
    expect(tree).toMatch(/^ {6}Eksterne midler\s/m);
  });
});
