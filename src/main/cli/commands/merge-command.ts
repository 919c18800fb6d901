/** citat merge: copies a second coder's codings from another project file into this one. */
import { mergeCoderProject, type MergeReport } from '../../backend/services/team/merge-project';
import { EXIT_OK, json, parseCommand, type CliIo } from '../cli-io';
import { withProject } from '../open-project';

export const MERGE_USAGE = '<project> <other.citat> [--coder NAME] [--json]';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function describeMerge(report: MergeReport): string {
  const lines: string[] = [];
  const { codings, documents, codes, coders } = report;
  const perCoder = coders.codings.map((c) => `${c.coder}: ${c.added}`).join(', ');
  lines.push(
    `merged ${report.source}: ${plural(codings.added, 'coding')} added${perCoder ? ` (${perCoder})` : ''}, ` +
      `${plural(codings.duplicates, 'duplicate')} skipped`,
  );
  lines.push(
    `documents matched by text: ${documents.matched.map((d) => (d.name === d.otherName ? d.name : `${d.name} (there: ${d.otherName})`)).join(', ') || 'none'}`,
  );
  for (const d of documents.missingHere)
    lines.push(`not in this project, not imported: ${d.name} (${plural(d.codings, 'coding')})`);
  if (coders.created.length) lines.push(`coders created: ${coders.created.join(', ')}`);
  if (codes.created.length) lines.push(`codes created: ${codes.created.join(', ')}`);
  for (const c of codes.matchedByPath)
    lines.push(`check: "${c.path}" matched by path, but the two projects give it different ids`);
  for (const c of codes.matchedByIdElsewhere)
    lines.push(`check: "${c.path}" is "${c.otherPath}" in ${report.source} (same id, other path)`);
  for (const warning of codes.warnings) lines.push(`check: ${warning}`);
  if (report.curations) lines.push(`${plural(report.curations, 'quote curation')} copied`);
  return `${lines.join('\n')}\n`;
}

export async function mergeCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'merge',
    args,
    { coder: { type: 'string' }, json: { type: 'boolean' } },
    { min: 2, max: 2, names: MERGE_USAGE },
  );
  const report = await withProject(positionals[0]!, (project) =>
    mergeCoderProject(
      project,
      positionals[1]!,
      values.coder !== undefined ? { coderName: values.coder } : {},
    ),
  );
  io.out(values.json ? json(report) : describeMerge(report));
  return EXIT_OK;
}
