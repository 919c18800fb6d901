/**
 * Who codes: `citat code --coder NAME` names the coder of that one coding and leaves the
 * current coder as it is; `citat coder <project> [<name>]` shows or sets the current coder.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { fails, makeTempDir, ok, okJson, readProject } from './support/cli';

let here: string;
let project: string;

beforeAll(() => {
  const temp = makeTempDir();
  here = temp.dir;
  ok(here, ['new', 'kodere']);
  project = join(here, 'kodere.citat');
  const transcript = join(here, 'JKM.txt');
  // An interview small enough to code three times.
  writeFileSync(
    transcript,
    'I: Hvad med risiko?\nJKM: Man skal turde fejle.\nI: Og økonomien?\nJKM: Den er stram.\n',
  );
  ok(here, ['import', project, transcript]);
  ok(here, ['codes', 'add', project, 'Principper/Risiko']);
  return temp.remove;
});

const code = (match: string, ...extra: string[]) =>
  ok(here, [
    'code',
    project,
    '--doc',
    'JKM.txt',
    '--code',
    'Principper/Risiko',
    '--match',
    match,
    ...extra,
  ]);

describe('citat coder and citat code --coder', () => {
  it('--coder applies to that coding only; citat coder sets the current coder', () => {
    const before = ok(here, ['coder', project]).stdout;
    expect(before).toMatch(/^\S.*\n$/);
    code('Man skal turde fejle.', '--coder', 'Anna');
    expect(ok(here, ['coder', project]).stdout).toBe(before);

    expect(ok(here, ['coder', project, 'Bo']).stdout).toBe('the current coder is now Bo\n');
    expect(ok(here, ['coder', project]).stdout).toBe('Bo\n');
    code('Den er stram.');
    code('Og økonomien?', '--coder', 'Anna');
    expect(ok(here, ['coder', project]).stdout).toBe('Bo\n');

    const codings = okJson<{ text: string; coder: string }[]>(here, ['codings', project]);
    expect(codings.map((c) => [c.text, c.coder])).toEqual([
      ['Man skal turde fejle.', 'Anna'],
      ['Og økonomien?', 'Anna'],
      ['Den er stram.', 'Bo'],
    ]);
    const coders = readProject(project, (db) =>
      db.prepare('SELECT name FROM coders ORDER BY name').all(),
    );
    expect(coders).toEqual(expect.arrayContaining([{ name: 'Anna' }, { name: 'Bo' }]));
    // Setting the coder is a step of its own; coding with --coder is not.
    const history = ok(here, ['history', project]).stdout;
    expect(history.match(/Set current coder/g)).toEqual(['Set current coder']);
    expect(history).toContain('Set current coder to "Bo"');
  });

  it('refuses more than one name', () => {
    fails(here, ['coder', project, 'A', 'B'], 1, /usage: citat coder <project> \[<name>\]/);
  });
});
