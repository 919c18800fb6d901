/** citat case: cases (a municipality, a person), their members and attribute values. */
import { invoke } from '../../backend/api/dispatch';
import { usageError } from '../../backend/errors';
import { findCase } from '../../backend/services/cases';
import { findDocumentByName } from '../../backend/services/documents-read';
import { findSpeaker } from '../../backend/services/speakers';
import { EXIT_OK, json, parseCommand, table, type CliIo } from '../cli-io';
import { readProject, withProject } from '../open-project';

const USAGE =
  'citat case <project> <name> [--doc <document name>]... [--speaker <label>]... [--set <attribute>=<value>]... [--number]  |  citat cases <project> [--json]';

export async function caseCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'case',
    args,
    {
      doc: { type: 'string', multiple: true },
      speaker: { type: 'string', multiple: true },
      set: { type: 'string', multiple: true },
      number: { type: 'boolean' },
      description: { type: 'string' },
    },
    { min: 2, max: 2, names: USAGE },
  );
  const settings = (values.set ?? []).map((pair) => {
    const at = pair.indexOf('=');
    if (at <= 0)
      throw usageError('cli.bad-attribute', `case: --set needs <attribute>=<value>, not "${pair}"`);
    return { attribute: pair.slice(0, at).trim(), value: pair.slice(at + 1) };
  });
  await withProject(positionals[0]!, async (project) => {
    const name = positionals[1]!;
    const theCase =
      findCase(project, name) ??
      (await invoke(project, 'cases.create', { name, description: values.description ?? null }));
    for (const documentName of values.doc ?? []) {
      await invoke(project, 'documents.setCase', {
        id: findDocumentByName(project, documentName).id,
        caseId: theCase.id,
      });
    }
    for (const label of values.speaker ?? []) {
      await invoke(project, 'speakers.update', {
        id: findSpeaker(project, label).id,
        caseId: theCase.id,
      });
    }
    for (const { attribute, value } of settings) {
      await invoke(project, 'cases.setAttribute', {
        caseId: theCase.id,
        attribute,
        value: value.trim() ? value : null,
        ...(values.number ? { valueType: 'number' as const } : {}),
      });
    }
    io.out(`case ${theCase.name}\n`);
  });
  return EXIT_OK;
}

export async function casesCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'cases',
    args,
    { json: { type: 'boolean' } },
    { min: 1, max: 1, names: '<project> [--json]' },
  );
  const rows = await readProject(positionals[0]!, async (project) => {
    const cases = await invoke(project, 'cases.list', {});
    const attributes = await invoke(project, 'attributes.list', {});
    const values = project.read<{ case_id: string; attribute_id: string; value: string }>(
      'SELECT * FROM case_attribute_values',
    );
    const documents = await invoke(project, 'documents.list', {});
    const speakers = await invoke(project, 'speakers.list', {});
    return cases.map((c) => ({
      name: c.name,
      description: c.description,
      documents: documents.filter((d) => d.caseId === c.id).map((d) => d.name),
      speakers: speakers.filter((s) => s.caseId === c.id).map((s) => s.label),
      attributes: Object.fromEntries(
        attributes
          .map(
            (a) =>
              [
                a.name,
                values.find((v) => v.case_id === c.id && v.attribute_id === a.id)?.value ?? null,
              ] as const,
          )
          .filter(([, v]) => v !== null),
      ),
    }));
  });
  if (values.json) io.out(json(rows));
  else
    io.out(
      table(
        ['CASE', 'DOCUMENTS', 'SPEAKERS', 'ATTRIBUTES'],
        rows.map((r) => [
          r.name,
          r.documents.join(', '),
          r.speakers.join(', '),
          Object.entries(r.attributes)
            .map(([k, v]) => `${k}=${v}`)
            .join(', '),
        ]),
      ),
    );
  return EXIT_OK;
}
