/** citat agreement: inter-coder agreement per code and overall, as Markdown, CSV or JSON. */
import { parseCodePath } from '@shared/domain/codebook';
import { usageError } from '../../backend/errors';
import { resolveCodePath } from '../../backend/services/codes';
import { computeAgreement } from '../../backend/services/team/agreement';
import {
  formatAgreement,
  type AgreementFormat,
} from '../../backend/services/team/agreement-format';
import { EXIT_OK, parseCommand, type CliIo } from '../cli-io';
import { readProject } from '../open-project';

export const AGREEMENT_USAGE =
  '<project> [--coders A,B] [--level character|segment] [--overlap 90] [--units coded|all] [--code <path>]... [--format json|md|csv]';

const FORMATS: readonly AgreementFormat[] = ['json', 'md', 'csv'];

function parseOverlap(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const overlap = Number(value.trim().replace(/%$/, ''));
  if (!value.trim() || !Number.isFinite(overlap) || overlap <= 0 || overlap > 100)
    throw usageError(
      'cli.bad-overlap',
      `agreement: --overlap must be a percentage above 0 and at most 100, not "${value}"`,
    );
  return overlap;
}

function oneOf<T extends string>(
  option: string,
  value: string | undefined,
  allowed: readonly T[],
): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value))
    throw usageError(
      'cli.bad-option',
      `agreement: --${option} must be ${allowed.join(' or ')}, not "${value}"`,
    );
  return value as T;
}

export async function agreementCommand(args: readonly string[], io: CliIo): Promise<number> {
  const { values, positionals } = parseCommand(
    'agreement',
    args,
    {
      coders: { type: 'string' },
      level: { type: 'string' },
      overlap: { type: 'string' },
      units: { type: 'string' },
      code: { type: 'string', multiple: true },
      format: { type: 'string' },
    },
    { min: 1, max: 1, names: AGREEMENT_USAGE },
  );
  const level = oneOf('level', values.level, ['character', 'segment'] as const);
  const units = oneOf('units', values.units, ['coded', 'all'] as const);
  const format = oneOf('format', values.format, FORMATS) ?? 'md';
  const overlapThreshold = parseOverlap(values.overlap);
  if (overlapThreshold !== undefined && level !== 'segment')
    throw usageError('cli.bad-option', 'agreement: --overlap applies to --level segment only');
  if (units !== undefined && level === 'segment')
    throw usageError('cli.bad-option', 'agreement: --units applies to the character level only');
  const coders = values.coders
    ?.split(',')
    .map((name) => name.trim())
    .filter(Boolean);
  const report = await readProject(positionals[0]!, (project) =>
    computeAgreement(project, {
      ...(coders ? { coders } : {}),
      ...(values.code
        ? { codeIds: values.code.map((path) => resolveCodePath(project, parseCodePath(path)).id) }
        : {}),
      ...(level ? { level } : {}),
      ...(overlapThreshold !== undefined ? { overlapThreshold } : {}),
      ...(units ? { units } : {}),
    }),
  );
  if (report.documents.compared.length === 0)
    io.err(
      `citat: warning: no document was coded by at least two of ${report.coders.join(', ')}\n`,
    );
  io.out(formatAgreement(report, format));
  return EXIT_OK;
}
