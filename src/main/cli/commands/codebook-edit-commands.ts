/** citat codes rename | move | color | describe | merge | delete, and citat memo. */
import { parseCodePath } from '@shared/domain/codebook';
import { invoke } from '../../backend/api/dispatch';
import { usageError } from '../../backend/errors';
import { resolveCodePath } from '../../backend/services/codes';
import { findDocumentByName } from '../../backend/services/documents-read';
import { EXIT_OK, parseCommand, type CliIo } from '../cli-io';
import { withProject } from '../open-project';

export const CODES_EDIT_USAGE = [
  'citat codes rename <project> <path> <new name>',
  'citat codes move <project> <path> <new parent path | /> [--position N]',
  'citat codes color <project> <path> <#RRGGBB>',
  'citat codes describe <project> <path> [--definition T] [--when-to-use T] [--when-not-to-use T] [--example T]',
  'citat codes merge <project> <source path> <target path>',
  'citat codes delete <project> <path> [--yes]',
];

export async function codesEditCommand(
  verb: string,
  args: readonly string[],
  io: CliIo,
): Promise<number> {
  switch (verb) {
    case 'rename': {
      const { positionals } = parseCommand(
        'codes rename',
        args,
        {},
        { min: 3, max: 3, names: '<project> <path> <new name>' },
      );
      await withProject(positionals[0]!, (p) =>
        invoke(p, 'codes.rename', {
          id: resolveCodePath(p, parseCodePath(positionals[1]!)).id,
          name: positionals[2]!,
        }),
      );
      io.out(`renamed to ${positionals[2]}\n`);
      return EXIT_OK;
    }
    case 'move': {
      const { values, positionals } = parseCommand(
        'codes move',
        args,
        { position: { type: 'string' } },
        { min: 3, max: 3, names: '<project> <path> <new parent path | /> [--position N]' },
      );
      const position = values.position === undefined ? undefined : Number(values.position);
      if (position !== undefined && (!Number.isInteger(position) || position < 0))
        throw usageError('cli.bad-position', 'codes move: --position must be 0 or more');
      await withProject(positionals[0]!, (p) => {
        const code = resolveCodePath(p, parseCodePath(positionals[1]!));
        const parentId =
          positionals[2] === '/' ? null : resolveCodePath(p, parseCodePath(positionals[2]!)).id;
        return invoke(p, 'codes.move', {
          id: code.id,
          parentId,
          ...(position !== undefined ? { position } : {}),
        });
      });
      io.out('moved\n');
      return EXIT_OK;
    }
    case 'color': {
      const { positionals } = parseCommand(
        'codes color',
        args,
        {},
        { min: 3, max: 3, names: '<project> <path> <#RRGGBB>' },
      );
      await withProject(positionals[0]!, (p) =>
        invoke(p, 'codes.recolor', {
          id: resolveCodePath(p, parseCodePath(positionals[1]!)).id,
          color: positionals[2]!,
        }),
      );
      io.out('recoloured\n');
      return EXIT_OK;
    }
    case 'describe': {
      const { values, positionals } = parseCommand(
        'codes describe',
        args,
        {
          definition: { type: 'string' },
          'when-to-use': { type: 'string' },
          'when-not-to-use': { type: 'string' },
          example: { type: 'string' },
        },
        {
          min: 2,
          max: 2,
          names:
            '<project> <path> [--definition T] [--when-to-use T] [--when-not-to-use T] [--example T]',
        },
      );
      await withProject(positionals[0]!, (p) =>
        invoke(p, 'codes.describe', {
          id: resolveCodePath(p, parseCodePath(positionals[1]!)).id,
          ...(values.definition !== undefined ? { definition: values.definition } : {}),
          ...(values['when-to-use'] !== undefined ? { whenToUse: values['when-to-use'] } : {}),
          ...(values['when-not-to-use'] !== undefined
            ? { whenNotToUse: values['when-not-to-use'] }
            : {}),
          ...(values.example !== undefined ? { example: values.example } : {}),
        }),
      );
      io.out('described\n');
      return EXIT_OK;
    }
    case 'merge': {
      const { positionals } = parseCommand(
        'codes merge',
        args,
        {},
        { min: 3, max: 3, names: '<project> <source path> <target path>' },
      );
      const result = await withProject(positionals[0]!, (p) =>
        invoke(p, 'codes.merge', {
          sourceId: resolveCodePath(p, parseCodePath(positionals[1]!)).id,
          targetId: resolveCodePath(p, parseCodePath(positionals[2]!)).id,
        }),
      );
      io.out(
        `merged: ${result.moved} codings moved, ${result.duplicatesFolded} duplicate passages folded\n`,
      );
      return EXIT_OK;
    }
    case 'delete': {
      const { values, positionals } = parseCommand(
        'codes delete',
        args,
        { yes: { type: 'boolean' } },
        { min: 2, max: 2, names: '<project> <path> [--yes]' },
      );
      await withProject(positionals[0]!, async (p) => {
        const id = resolveCodePath(p, parseCodePath(positionals[1]!)).id;
        const preview = await invoke(p, 'codes.previewDelete', { id });
        const what = `${preview.codePath}: ${preview.codes} code${preview.codes === 1 ? '' : 's'} and ${preview.codings} coding${preview.codings === 1 ? '' : 's'}`;
        if (!values.yes)
          throw usageError('cli.confirm', `codes delete would remove ${what}; add --yes to delete`);
        await invoke(p, 'codes.delete', { id });
        io.out(`deleted ${what} (undo with "citat undo")\n`);
      });
      return EXIT_OK;
    }
    default:
      throw usageError('cli.bad-arguments', `usage:\n${CODES_EDIT_USAGE.join('\n')}`);
  }
}

export async function memoCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'memo',
    args,
    { code: { type: 'string' }, doc: { type: 'string' }, text: { type: 'string' } },
    { min: 1, max: 1, names: '<project> (--code <path> | --doc <document name>) [--text T]' },
  );
  if (!values.code === !values.doc)
    throw usageError('cli.bad-arguments', 'memo: give --code <path> or --doc <document name>');
  await withProject(positionals[0]!, async (p) => {
    const target = values.code
      ? ({ kind: 'code', targetId: resolveCodePath(p, parseCodePath(values.code)).id } as const)
      : ({ kind: 'document', targetId: findDocumentByName(p, values.doc!).id } as const);
    if (values.text !== undefined) {
      await invoke(p, 'memos.set', { ...target, text: values.text });
      io.out(values.text.trim() ? 'memo saved\n' : 'memo removed\n');
    } else {
      const memo = await invoke(p, 'memos.get', target);
      io.out(memo === null ? '' : `${memo}\n`);
    }
  });
  return EXIT_OK;
}
