import { describe, expect, it } from 'vitest';
import { createCodePath } from '../../../src/main/backend/services/codes';
import { applyCoding } from '../../../src/main/backend/services/codings';
import type { CliIo } from '../../../src/main/cli/cli-io';
import { agreementCommand } from '../../../src/main/cli/commands/agreement-command';
import { mergeCommand } from '../../../src/main/cli/commands/merge-command';
import { addTranscript, newProject, rangeOf } from '../../helpers/temp-project';

const JKM = `I: Hvad betyder innovation for dig?
JKM: Det handler om at skabe værdi for borgerne – og om at turde fejle undervejs.`;

function captureIo() {
  const out: string[] = [];
  const err: string[] = [];
  const io: CliIo = {
    out: (text) => void out.push(text),
    outBytes: (bytes) => void out.push(Buffer.from(bytes).toString('utf8')),
    err: (text) => void err.push(text),
    stdoutIsTerminal: false,
  };
  return { io, out: () => out.join(''), err: () => err.join('') };
}

/** A closed project where Ane and Bo coded JKM.txt; a code name with a comma and a pipe. */
function codedProject(name = 'p.citat') {
  const project = newProject(name);
  const doc = addTranscript(project, 'JKM.txt', JKM).document;
  const text = project.readOne<{ text: string }>('SELECT text FROM documents')!.text;
  const value = createCodePath(project, ['Principper', 'Værdi, borgere | fælles']).code;
  const risk = createCodePath(project, ['Principper', 'Risiko']).code;
  const code = (codeId: string, needle: string, coder: string) =>
    applyCoding(project, { documentId: doc.id, codeId, ...rangeOf(text, needle), coder });
  code(value.id, 'Det handler om at skabe værdi for borgerne', 'Ane');
  code(value.id, 'handler om at skabe værdi for borgerne', 'Bo');
  code(risk.id, 'turde fejle', 'Ane');
  project.close();
  return project.path;
}

describe('citat agreement', () => {
  it('prints a GitHub Markdown table per code with an overall row by default', async () => {
    const path = codedProject();
    const { io, out } = captureIo();
    expect(await agreementCommand([path], io)).toBe(0);
    const lines = out().split('\n');
    expect(lines[0]).toBe(
      'Inter-coder agreement of Ane, Bo (character level) on 1 document: JKM.txt.',
    );
    expect(lines[2]).toBe(
      "| Code | Characters | Both | Only Ane | Only Bo | Neither | Agreement % | Cohen's kappa | Krippendorff's alpha |",
    );
    expect(lines[3]).toBe('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    expect(lines[4]).toMatch(
      /^\| Principper\/Værdi, borgere \\\| fælles \| 53 \| 38 \| 4 \| 0 \| 11 \| 92\.5 \| 0\.\d{3} \| 0\.\d{3} \|$/,
    );
    // Only Ane used Risiko: p_e = p_o = 42/53, so κ = 0; α = 1 − 105·11 / (95·11) = −0.105.
    expect(lines[5]).toBe('| Principper/Risiko | 53 | 0 | 11 | 0 | 42 | 79.2 | 0.000 | -0.105 |');
    expect(lines[6]).toMatch(/^\| \*\*Overall\*\* \| 106 \|/);
  });

  it('writes RFC 4180 CSV with a byte-order mark and CRLF, and JSON', async () => {
    const path = codedProject();
    const csv = captureIo();
    await agreementCommand(
      [path, '--format', 'csv', '--level', 'segment', '--overlap', '90%'],
      csv.io,
    );
    const records = csv.out().split('\r\n');
    expect(records[0]).toBe(
      '\uFEFFCode,Segments Ane,Segments Bo,Agreements,Segments,Agreement %,Kappa (Brennan & Prediger)',
    );
    expect(records[1]).toBe('"Principper/Værdi, borgere | fælles",1,1,2,2,100.00,');
    expect(records[2]).toBe('Principper/Risiko,1,0,0,1,0.00,');
    expect(records[3]).toBe('(overall),2,1,2,3,66.67,0.3333');
    expect(records[4]).toBe('');
    const json = captureIo();
    await agreementCommand(
      [path, '--format', 'json', '--coders', 'ane,bo', '--units', 'all'],
      json.io,
    );
    expect(JSON.parse(json.out())).toMatchObject({
      level: 'character',
      coders: ['Ane', 'Bo'],
      units: 'all',
    });
  });

  it('compares only the codes given with --code, and warns when no document was coded by both', async () => {
    const path = codedProject();
    const some = captureIo();
    await agreementCommand([path, '--code', 'Principper/Risiko', '--format', 'json'], some.io);
    expect(JSON.parse(some.out()).rows.map((r: { code: string }) => r.code)).toEqual([
      'Principper/Risiko',
    ]);
    expect(some.err()).toBe('');
    const lead = newProject('lead.citat');
    addTranscript(lead, 'JKM.txt', JKM);
    const other = addTranscript(lead, 'TC.txt', 'TC: Vi prøver os frem.').document;
    const code = createCodePath(lead, ['Risiko']).code;
    applyCoding(lead, {
      documentId: other.id,
      codeId: code.id,
      startUtf16: 4,
      endUtf16: 10,
      coder: 'Ane',
    });
    const jkm = lead.readOne<{ id: string }>("SELECT id FROM documents WHERE name = 'JKM.txt'")!;
    applyCoding(lead, {
      documentId: jkm.id,
      codeId: code.id,
      startUtf16: 5,
      endUtf16: 10,
      coder: 'Bo',
    });
    lead.close();
    const none = captureIo();
    await agreementCommand([lead.path], none.io);
    expect(none.err()).toBe('citat: warning: no document was coded by at least two of Ane, Bo\n');
    expect(none.out()).toContain('Left out: JKM.txt (coded only by Bo).');
    expect(none.out()).toContain('Left out: TC.txt (coded only by Ane).');
  });

  it('refuses unknown levels, formats and options that do not fit the level', async () => {
    const path = codedProject();
    const { io } = captureIo();
    await expect(agreementCommand([path, '--level', 'word'], io)).rejects.toThrow(
      /--level must be character or segment/,
    );
    await expect(agreementCommand([path, '--format', 'xlsx'], io)).rejects.toThrow(
      /--format must be json or md or csv/,
    );
    await expect(agreementCommand([path, '--overlap', '80'], io)).rejects.toThrow(
      /--overlap applies to --level segment/,
    );
    await expect(
      agreementCommand([path, '--level', 'segment', '--overlap', 'lots'], io),
    ).rejects.toThrow(/percentage above 0 and at most 100, not "lots"/);
    await expect(
      agreementCommand([path, '--level', 'segment', '--units', 'all'], io),
    ).rejects.toThrow(/--units applies to the character level/);
    await expect(agreementCommand([], io)).rejects.toThrow(/usage: citat agreement <project>/);
  });
});

describe('citat merge', () => {
  it('prints what it merged and what needs review', async () => {
    const lead = newProject('lead.citat');
    addTranscript(lead, 'JKM.txt', JKM);
    createCodePath(lead, ['Principper', 'Risiko']);
    lead.close();
    const other = codedProject('bo.citat');
    const { io, out } = captureIo();
    expect(await mergeCommand([lead.path, other, '--coder', 'Bo'], io)).toBe(0);
    expect(out()).toBe(
      [
        'merged bo.citat: 3 codings added (Bo: 3), 0 duplicates skipped',
        'documents matched by text: JKM.txt',
        'coders created: Bo',
        'codes created: Principper/Værdi, borgere | fælles',
        'check: "Principper" matched by path, but the two projects give it different ids',
        'check: "Principper/Risiko" matched by path, but the two projects give it different ids',
        '',
      ].join('\n'),
    );
  });
});
