/**
 * Reads what the agreement statistics compare: the codings of the chosen coders (one
 * query), which documents each of them coded at all, and the offsets converted from
 * UTF-16 units to code points so a character is a character, also an emoji.
 */
import type { AgreementInput, CodedSpan } from '@shared/agreement/types';
import { CodePointIndex } from '@shared/text/offsets';
import { dataError, usageError } from '../../errors';
import type { Project } from '../../project/project';
import { CodeTree, type CodeInTree } from '../codebook-tree';
import { getDocumentText } from '../documents-read';

interface CodingSpanRow {
  document_id: string;
  code_id: string;
  start_utf16: number;
  end_utf16: number;
  coder: string;
}

export interface AgreementSelection {
  coders: string[];
  codes: CodeInTree[];
  input: AgreementInput;
  comparedNames: string[];
  excluded: { document: string; codedBy: string[] }[];
}

function readCodingSpans(project: Project): CodingSpanRow[] {
  return project.read<CodingSpanRow>(
    `SELECT c.document_id, c.code_id, c.start_utf16, c.end_utf16, k.name AS coder
       FROM codings c JOIN coders k ON k.id = c.coder_id`,
  );
}

/** The named coders as stored (names match case-insensitively), else everyone who coded. */
function chooseCoders(
  project: Project,
  rows: readonly CodingSpanRow[],
  wanted?: readonly string[],
): string[] {
  if (wanted === undefined) {
    const coders = [...new Set(rows.map((r) => r.coder))].sort((a, b) => a.localeCompare(b));
    if (coders.length < 2) {
      throw dataError(
        'agreement.one-coder',
        coders.length === 0
          ? 'agreement needs codings by at least two coders; this project has no codings'
          : `agreement needs codings by at least two coders; all codings here are by "${coders[0]}"`,
      );
    }
    return coders;
  }
  const known = project
    .read<{ name: string }>(`SELECT name FROM coders ORDER BY name`)
    .map((r) => r.name);
  const chosen = wanted.map((name) => {
    const match = known.find((k) => k.toLocaleLowerCase() === name.trim().toLocaleLowerCase());
    if (!match) {
      throw dataError(
        'agreement.unknown-coder',
        `no coder named "${name}" (coders: ${known.length ? known.join(', ') : 'none yet'})`,
      );
    }
    return match;
  });
  if (new Set(chosen).size !== chosen.length)
    throw usageError('agreement.repeated-coder', `a coder is named twice in ${wanted.join(', ')}`);
  if (chosen.length < 2)
    throw usageError('agreement.one-coder', 'agreement compares at least two coders');
  return chosen;
}

function chooseCodes(
  tree: CodeTree,
  used: ReadonlySet<string>,
  codeIds?: readonly string[],
): CodeInTree[] {
  if (codeIds === undefined) return tree.ordered.filter((code) => used.has(code.id));
  const wanted = new Set(codeIds);
  for (const id of wanted) {
    if (!tree.get(id)) throw dataError('code.not-found', `no code with id ${id}`);
  }
  return tree.ordered.filter((code) => wanted.has(code.id));
}

export function selectAgreementData(
  project: Project,
  options: { coders?: readonly string[]; codeIds?: readonly string[] },
): AgreementSelection {
  const all = readCodingSpans(project);
  const coders = chooseCoders(project, all, options.coders);
  const chosen = new Set(coders);
  const rows = all.filter((r) => chosen.has(r.coder));
  const codedBy = new Map<string, Set<string>>();
  for (const row of rows) {
    const set = codedBy.get(row.document_id) ?? new Set<string>();
    set.add(row.coder);
    codedBy.set(row.document_id, set);
  }
  const comparedIds = new Set([...codedBy].filter(([, set]) => set.size >= 2).map(([id]) => id));
  const used = new Set(rows.filter((r) => comparedIds.has(r.document_id)).map((r) => r.code_id));
  const codes = chooseCodes(CodeTree.load(project), used, options.codeIds);
  const codeIds = new Set(codes.map((c) => c.id));

  const documents: AgreementInput['documents'][number][] = [];
  const spans: CodedSpan[] = [];
  const comparedNames: string[] = [];
  const excluded: AgreementSelection['excluded'] = [];
  const order = project.read<{ id: string; name: string }>(
    `SELECT id, name FROM documents ORDER BY position`,
  );
  const indexes = new Map<string, CodePointIndex>();
  for (const { id, name } of order) {
    const by = codedBy.get(id);
    if (!by) continue;
    const names = coders.filter((c) => by.has(c));
    if (!comparedIds.has(id)) {
      excluded.push({ document: name, codedBy: names });
      continue;
    }
    const index = new CodePointIndex(getDocumentText(project, id));
    indexes.set(id, index);
    documents.push({ id, length: index.lengthCodePoints, coders: names });
    comparedNames.push(name);
  }
  for (const row of rows) {
    const index = indexes.get(row.document_id);
    if (!index || !codeIds.has(row.code_id)) continue;
    spans.push({
      document: row.document_id,
      code: row.code_id,
      coder: row.coder,
      start: index.toCodePoint(row.start_utf16),
      end: index.toCodePoint(row.end_utf16),
    });
  }
  return {
    coders,
    codes,
    input: { documents, codes: codes.map((c) => c.id), spans },
    comparedNames,
    excluded,
  };
}
