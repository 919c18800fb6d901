/**
 * Offsets at the CLI boundary are Unicode code points: sarah-okafor.vtt has an emoji (two
 * UTF-16 units, one code point) and a decomposed "café" that must be stored composed (NFC).
 */
import { join } from 'node:path';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import {
  EN,
  codePointRange,
  copyProject,
  makeTempDir,
  ok,
  okJson,
  sliceCodePoints,
  storedText,
} from './support/cli';

interface CodingJson {
  code: string;
  start: number;
  end: number;
  text: string;
  speaker: string;
}

const DOC = 'sarah-okafor.vtt';
const AFTER_EMOJI =
  "We'd briefed the cabinet member beforehand and agreed what success would look like.";
const CAFE = 'café'; // composed: U+00E9

let prepared: string;
beforeAll(() => {
  const temp = makeTempDir();
  ok(temp.dir, ['new', 'engelsk']);
  prepared = join(temp.dir, 'engelsk.citat');
  const imported = ok(temp.dir, ['import', prepared, join(EN, DOC)]);
  expect(imported.stdout).toMatch(
    /^imported sarah-okafor\.vtt: .*speakers Interviewer, Sarah Okafor\n$/,
  );
  ok(temp.dir, ['codes', 'add', prepared, 'Themes/Risk']);
  ok(temp.dir, ['codes', 'add', prepared, 'Themes/Place']);
  ok(temp.dir, ['codes', 'add', prepared, 'Themes/Community']);
  return temp.remove;
});

const removals: (() => void)[] = [];
afterEach(() => {
  while (removals.length > 0) removals.pop()!();
});

function project(): { here: string; path: string } {
  const temp = makeTempDir();
  removals.push(temp.remove);
  return { here: temp.dir, path: copyProject(prepared, temp.dir, 'engelsk.citat') };
}

describe('code points at the CLI boundary', () => {
  it('stores the transcript in NFC with the emoji before the passage', () => {
    const { path } = project();
    const text = storedText(path, DOC);
    expect(text).toBe(text.normalize('NFC'));
    expect(text).toContain(`little ${CAFE} on the high street`);
    expect(text).not.toContain('cafe\u0301');
    const emoji = text.indexOf('🙂');
    expect(emoji).toBeGreaterThan(-1);
    expect(text.indexOf(AFTER_EMOJI)).toBeGreaterThan(emoji);
  });

  it('reports --match codings after the emoji in code points, not UTF-16 units', () => {
    const { here, path } = project();
    ok(here, ['code', path, '--doc', DOC, '--code', 'Themes/Risk', '--match', AFTER_EMOJI]);
    const text = storedText(path, DOC);
    const [coding] = okJson<CodingJson[]>(here, ['codings', path]);
    const [start, end] = codePointRange(text, AFTER_EMOJI);
    expect(start).toBe(text.indexOf(AFTER_EMOJI) - 1); // the emoji is 2 units, 1 code point
    expect(coding).toMatchObject({ start, end, text: AFTER_EMOJI, speaker: 'Sarah Okafor' });
    expect(sliceCodePoints(text, coding!.start, coding!.end)).toBe(AFTER_EMOJI);

    const matrix = JSON.parse(ok(here, ['matrix', path, '--format', 'json']).stdout) as {
      cells: { quotes: { text: string; start: number; end: number }[] }[];
    };
    const quote = matrix.cells.flatMap((c) => c.quotes).find((q) => q.text === AFTER_EMOJI)!;
    expect([quote.start, quote.end]).toEqual([start, end]);
  });

  it('codes exactly the code points given by --start/--end after the emoji', () => {
    const { here, path } = project();
    const text = storedText(path, DOC);
    const sentence = "So when the numbers came in, it wasn't a surprise.";
    const [start, end] = codePointRange(text, sentence);
    ok(here, [
      'code',
      path,
      '--doc',
      DOC,
      '--code',
      'Themes/Risk',
      '--start',
      String(start),
      '--end',
      String(end),
    ]);
    const [coding] = okJson<CodingJson[]>(here, ['codings', path]);
    expect(coding).toMatchObject({ start, end, text: sentence });
  });

  it('codes the emoji itself as one code point', () => {
    const { here, path } = project();
    const text = storedText(path, DOC);
    const [start, end] = codePointRange(text, 'stop. 🙂');
    expect(end - start).toBe(7);
    ok(here, [
      'code',
      path,
      '--doc',
      DOC,
      '--code',
      'Themes/Risk',
      '--start',
      String(start),
      '--end',
      String(end),
    ]);
    const [coding] = okJson<CodingJson[]>(here, ['codings', path]);
    expect(coding!.text).toBe('stop. 🙂');
  });

  it('finds "café" typed composed or decomposed', () => {
    const { here, path } = project();
    const composed = `a little ${CAFE} on the high street`;
    const decomposed = 'a little cafe\u0301 on the high street';
    expect(decomposed).not.toBe(composed);
    ok(here, ['code', path, '--doc', DOC, '--code', 'Themes/Place', '--match', composed]);
    ok(here, ['code', path, '--doc', DOC, '--code', 'Themes/Community', '--match', decomposed]);
    const codings = okJson<CodingJson[]>(here, ['codings', path]);
    expect(codings.map((c) => c.text)).toEqual([composed, composed]);
    const text = storedText(path, DOC);
    const [start, end] = codePointRange(text, composed);
    for (const c of codings) expect([c.start, c.end]).toEqual([start, end]);
  });
});
