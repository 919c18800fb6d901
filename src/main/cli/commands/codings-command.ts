/** `citat codings`: lists codings (text or JSON) and marks or unmarks anchor examples. */
import { formatCodePath, parseCodePath } from '@shared/domain/codebook';
import { invoke } from '../../backend/api/dispatch';
import { usageError } from '../../backend/errors';
import { CodeTree } from '../../backend/services/codebook-tree';
import { resolveCodePath } from '../../backend/services/codes';
import { getCoding } from '../../backend/services/codings';
import { EXIT_OK, json, oneLine, parseCommand, table, type CliIo } from '../cli-io';
import { readProject, withProject } from '../open-project';

const CODINGS_USAGE =
  '<project> [--code <path>] [--with-children] [--json] | <project> --anchor <coding id> | <project> --unanchor <coding id>';

export async function codingsCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'codings',
    args,
    {
      code: { type: 'string' },
      'with-children': { type: 'boolean' },
      json: { type: 'boolean' },
      anchor: { type: 'string' },
      unanchor: { type: 'string' },
    },
    { min: 1, max: 1, names: CODINGS_USAGE },
  );
  if (values.anchor !== undefined || values.unanchor !== undefined) {
    if (
      (values.anchor !== undefined && values.unanchor !== undefined) ||
      values.code !== undefined ||
      values['with-children'] ||
      values.json
    )
      throw usageError(
        'cli.bad-arguments',
        `codings: --anchor or --unanchor takes one coding id and nothing else; usage: citat codings ${CODINGS_USAGE}`,
      );
    return markAnchor(positionals[0]!, values.anchor ?? values.unanchor!, !values.unanchor, io);
  }
  const { segments, anchors } = await readProject(positionals[0]!, async (project) => {
    const codeId = values.code
      ? resolveCodePath(project, parseCodePath(values.code)).id
      : undefined;
    const found = await invoke(project, 'codings.retrieve', {
      ...(codeId ? { codeId, includeChildCodes: values['with-children'] ?? false } : {}),
    });
    const codes = await invoke(project, 'codes.list', {});
    return { segments: found, anchors: new Set(codes.flatMap((c) => c.anchorCodingIds ?? [])) };
  });
  if (values.json) {
    io.out(
      json(
        segments.map((s) => ({
          id: s.codingId,
          code: formatCodePath(s.codePath),
          document: s.documentName,
          start: s.start,
          end: s.end,
          text: s.text,
          display: s.display,
          speaker: s.speakers.map((p) => p.label).join(', '),
          lines: [s.lineStart, s.lineEnd],
          memo: s.memo,
          note: s.note,
          coder: s.coder,
          codes: s.sameRangeCodes,
          anchor: anchors.has(s.codingId),
        })),
      ),
    );
  } else {
    io.out(
      table(
        ['ID', 'CODE', 'DOCUMENT', 'LINES', 'SPEAKER', 'ANCHOR', 'TEXT'],
        segments.map((s) => [
          s.codingId,
          formatCodePath(s.codePath),
          s.documentName,
          s.lineStart === s.lineEnd ? String(s.lineStart) : `${s.lineStart}–${s.lineEnd}`,
          s.speakers.map((p) => p.label).join(', '),
          anchors.has(s.codingId) ? 'yes' : '',
          oneLine(s.display, 70),
        ]),
      ),
    );
  }
  return EXIT_OK;
}

/** --anchor / --unanchor: one undo step; an unknown id is a data error (coding.not-found). */
async function markAnchor(path: string, id: string, anchor: boolean, io: CliIo): Promise<number> {
  const codePath = await withProject(path, async (project) => {
    await invoke(project, 'codings.setAnchor', { id, anchor });
    const coding = getCoding(project, id);
    return formatCodePath(CodeTree.load(project).get(coding.codeId)?.path ?? []);
  });
  io.out(
    anchor
      ? `coding ${id} is an anchor example of ${codePath}\n`
      : `coding ${id} is no longer an anchor example of ${codePath}\n`,
  );
  return EXIT_OK;
}
