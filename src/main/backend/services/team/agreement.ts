/**
 * Inter-coder agreement of a project's coders, per code and overall: character level
 * (percent agreement, Cohen's kappa, Krippendorff's alpha) or segment level (MAXQDA's
 * method). Only documents at least two of the compared coders coded at all count — a
 * document one coder never opened says nothing about agreement. Method: docs/agreement.md.
 */
import { characterAgreement } from '@shared/agreement/character-agreement';
import { DEFAULT_OVERLAP_PERCENT, segmentAgreement } from '@shared/agreement/segment-agreement';
import type { AgreementLevel, AgreementReport, CharacterUnits } from '@shared/agreement/types';
import { formatCodePath } from '@shared/domain/codebook';
import { usageError } from '../../errors';
import type { Project } from '../../project/project';
import { selectAgreementData } from './agreement-data';

export interface AgreementOptions {
  /** Coder names; default: every coder with codings. Segment level needs exactly two. */
  coders?: readonly string[];
  /** Codes to compare; default: every code the compared coders used in compared documents. */
  codeIds?: readonly string[];
  /** Default `character`. */
  level?: AgreementLevel;
  /** Segment level: minimum overlap in percent, default 90 (MAXQDA's default). */
  overlapThreshold?: number;
  /** Character level: which characters are units, default `coded`. */
  units?: CharacterUnits;
}

function checkOptions(options: AgreementOptions): {
  level: AgreementLevel;
  overlap: number;
  units: CharacterUnits;
} {
  const level = options.level ?? 'character';
  if (level !== 'character' && level !== 'segment')
    throw usageError(
      'agreement.bad-level',
      `unknown agreement level "${String(level)}"; use character or segment`,
    );
  const overlap = options.overlapThreshold ?? DEFAULT_OVERLAP_PERCENT;
  if (!Number.isFinite(overlap) || overlap <= 0 || overlap > 100)
    throw usageError(
      'agreement.bad-overlap',
      `the overlap threshold must be a percentage above 0 and at most 100, not ${overlap}`,
    );
  const units = options.units ?? 'coded';
  if (units !== 'coded' && units !== 'all')
    throw usageError(
      'agreement.bad-units',
      `unknown character units "${String(units)}"; use coded or all`,
    );
  return { level, overlap, units };
}

export function computeAgreement(
  project: Project,
  options: AgreementOptions = {},
): AgreementReport {
  const { level, overlap, units } = checkOptions(options);
  const selection = selectAgreementData(project, options);
  const { coders, codes, input } = selection;
  const documents = { compared: selection.comparedNames, excluded: selection.excluded };
  const label = (code: (typeof codes)[number]) => ({
    codeId: code.id,
    code: formatCodePath(code.path),
  });

  if (level === 'segment') {
    if (coders.length !== 2) {
      throw usageError(
        'agreement.segment-needs-two',
        `segment agreement compares two coders; choose two of ${coders.join(', ')}`,
      );
    }
    const result = segmentAgreement(input, [coders[0]!, coders[1]!], overlap);
    return {
      level,
      coders,
      overlapThreshold: overlap,
      documents,
      rows: codes.map((code) => ({ ...label(code), ...result.byCode.get(code.id)! })),
      overall: result.overall,
    };
  }
  const result = characterAgreement(input, coders, units);
  return {
    level,
    coders,
    units,
    documents,
    rows: codes.map((code) => ({ ...label(code), ...result.byCode.get(code.id)! })),
    overall: result.overall,
  };
}
