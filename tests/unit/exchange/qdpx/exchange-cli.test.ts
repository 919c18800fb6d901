import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CitatError } from '../../../../src/main/backend/errors';
import type { CliIo } from '../../../../src/main/cli/cli-io';
import { exchangeCommand } from '../../../../src/main/cli/commands/exchange-commands';
import { newProject, openProject, tempDir } from '../../../helpers/temp-project';
import { SAMPLES_DIR, fillProject } from './helpers';

function capture(): CliIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    out: (text: string) => void (io.stdout += text),
    outBytes: () => {},
    err: (text: string) => void (io.stderr += text),
    stdoutIsTerminal: false,
  };
  return io;
}

describe('citat exchange', () => {
  it('exports a project and imports it into another, printing what happened', async () => {
    const source = newProject('speciale.citat');
    fillProject(source);
    const path = source.path;
    source.close();
    const file = join(tempDir(), 'speciale.qdpx');
    const exportIo = capture();
    expect(await exchangeCommand(['export', path, file], exportIo)).toBe(0);
    expect(exportIo.stdout).toBe(
      `wrote ${file}: 2 sources, 5 codes, 4 codings, 2 users, 2 cases\n`,
    );

    const target = newProject('target.citat');
    const targetPath = target.path;
    target.close();
    const importIo = capture();
    expect(await exchangeCommand(['import', targetPath, file], importIo)).toBe(0);
    expect(importIo.stdout).toContain('imported speciale.qdpx (from Citat 0.1)');
    expect(importIo.stdout).toContain(
      'created: 2 documents, 5 codes, 4 codings, 2 coders, 2 cases, 3 attributes, 2 memos, 3 speakers',
    );
    const reopened = await openProject(targetPath);
    expect(reopened.readOne<{ n: number }>('SELECT count(*) AS n FROM codings')!.n).toBe(4);
  });

  it('prints the report as JSON, with matches and what was not imported', async () => {
    const project = newProject('m.citat');
    const path = project.path;
    project.close();
    const io = capture();
    const sample = join(SAMPLES_DIR, 'maxqda-24.7_ICLS_Conf_Themes_just10.qdpx');
    expect(await exchangeCommand(['import', path, sample, '--json'], io)).toBe(0);
    const report = JSON.parse(io.stdout);
    expect(report.created).toMatchObject({ documents: 10, codes: 307 });
    expect(report.notImported[0].what).toBe('sets');
    const again = capture();
    await exchangeCommand(['import', path, sample], again);
    expect(again.stdout).toContain('already in the project: 10 documents, 307 codes, 1 coder');
    expect(again.stdout).toContain(
      '- 2 sets: 2 set(s) of documents or notes (code groups hold codes only): "ICLS 2024" (5 documents), "ICLS 2025" (5 documents)',
    );
  });

  it('reports progress on big files and refuses wrong arguments', async () => {
    const project = newProject('n.citat');
    const path = project.path;
    project.close();
    const io = capture();
    await exchangeCommand(['import', path, join(SAMPLES_DIR, 'nvivo-win-12.6_oltas0517.qdpx')], io);
    expect(io.stderr).toContain('citat: placing 303 selections in 2 sources…');
    expect(io.stdout).toContain(
      'positions read as UTF-16 code units, a CRLF line break counted as two',
    );
    const usage = (args: string[]) => exchangeCommand(args, capture()).catch((e: CitatError) => e);
    expect(await usage(['sync', path])).toMatchObject({ kind: 'usage' });
    expect(await usage(['export', path, 'x.zip'])).toMatchObject({
      kind: 'usage',
      message: expect.stringMatching(/must end in \.qdpx/),
    });
    expect(await usage(['import', path, 'nope.qdpx'])).toMatchObject({
      kind: 'input',
      message: 'nope.qdpx: no such file',
    });
    const qdc = join(tempDir(), 'c.qdc');
    writeFileSync(qdc, readFileSync(join(SAMPLES_DIR, 'taguette-1.4.1_codebook.qdc')));
    expect(await usage(['import', path, qdc])).toMatchObject({
      message: expect.stringMatching(/citat codebook import/),
    });
  });
});
