/**
 * Cases (a municipality, a person) and their attributes ("region", "gender"). Documents
 * and speakers belong to cases; matrices can group columns by case or attribute value.
 */
import type { Attribute, Case } from '@shared/domain/entities';
import type { CaseAttributeValue } from '@shared/api/types';
import { dataError, usageError } from '../errors';
import type { Project } from '../project/project';
import { toCase, type CaseRow } from './rows';

export function listCases(project: Project): Case[] {
  return project.read<CaseRow>(`SELECT * FROM cases ORDER BY name`).map(toCase);
}

export function findCase(project: Project, name: string): Case | undefined {
  const row = project.readOne<CaseRow>(`SELECT * FROM cases WHERE name = ?`, name.trim());
  return row ? toCase(row) : undefined;
}

export function createCase(
  project: Project,
  name: string,
  description: string | null = null,
): Case {
  const trimmed = name.trim();
  if (!trimmed) throw usageError('case.empty-name', 'a case name cannot be empty');
  if (findCase(project, trimmed))
    throw dataError('case.exists', `a case "${trimmed}" already exists`);
  const created: Case = {
    id: project.newId(),
    name: trimmed,
    description: description?.trim() || null,
  };
  project.act(`Create case "${trimmed}"`, (changes) => {
    changes.insert('cases', {
      id: created.id,
      name: created.name,
      description: created.description,
    });
  });
  return created;
}

function requireCase(project: Project, id: string): Case {
  const row = project.readOne<CaseRow>(`SELECT * FROM cases WHERE id = ?`, id);
  if (!row) throw dataError('case.not-found', `no case with id ${id}`);
  return toCase(row);
}

export function assignDocumentToCase(
  project: Project,
  documentId: string,
  caseId: string | null,
): void {
  if (caseId !== null) requireCase(project, caseId);
  const doc = project.readOne<{ name: string }>(
    `SELECT name FROM documents WHERE id = ?`,
    documentId,
  );
  if (!doc) throw dataError('document.not-found', `no document with id ${documentId}`);
  project.act(`Assign "${doc.name}" to a case`, (changes) => {
    changes.update('documents', { id: documentId }, { case_id: caseId });
  });
}

export function listAttributes(project: Project): Attribute[] {
  return project
    .read<{ id: string; name: string; value_type: 'text' | 'number' }>(
      `SELECT * FROM attributes ORDER BY name`,
    )
    .map((r) => ({ id: r.id, name: r.name, valueType: r.value_type }));
}

export function findAttribute(project: Project, name: string): Attribute | undefined {
  return listAttributes(project).find(
    (a) => a.name.toLocaleLowerCase() === name.trim().toLocaleLowerCase(),
  );
}

/** Sets (or with null clears) a case's value of an attribute, creating the attribute if new. */
export function setCaseAttribute(
  project: Project,
  caseId: string,
  attributeName: string,
  value: string | null,
  valueType: 'text' | 'number' = 'text',
): void {
  const theCase = requireCase(project, caseId);
  const name = attributeName.trim();
  if (!name) throw usageError('attribute.empty-name', 'an attribute name cannot be empty');
  const existing = findAttribute(project, name);
  const type = existing?.valueType ?? valueType;
  const trimmed = type === 'number' ? numberText(value?.trim() ?? '') : (value?.trim() ?? '');
  if (trimmed && type === 'number' && !Number.isFinite(Number(trimmed))) {
    throw usageError(
      'attribute.not-a-number',
      `"${trimmed}" is not a number (attribute "${name}" holds numbers)`,
    );
  }
  project.act(`Set "${name}" of "${theCase.name}"`, (changes) => {
    let attributeId = existing?.id;
    if (!attributeId) {
      attributeId = project.newId();
      changes.insert('attributes', { id: attributeId, name, value_type: type });
    }
    const key = { case_id: caseId, attribute_id: attributeId };
    if (!trimmed) changes.delete('case_attribute_values', key);
    else if (!changes.update('case_attribute_values', key, { value: trimmed })) {
      changes.insert('case_attribute_values', { ...key, value: trimmed });
    }
  });
}

/**
 * A number as Danish (and most European) users type it, "3,5", is stored as "3.5"; a comma
 * is only read as the decimal mark when there is one and no full stop.
 */
function numberText(text: string): string {
  return /^[+-]?\d+,\d+$/.test(text) ? text.replace(',', '.') : text;
}

export function caseAttributeValues(project: Project, attributeId: string): Map<string, string> {
  return new Map(
    project
      .read<{ case_id: string; value: string }>(
        `SELECT case_id, value FROM case_attribute_values WHERE attribute_id = ?`,
        attributeId,
      )
      .map((r) => [r.case_id, r.value]),
  );
}

export function listCaseAttributeValues(project: Project): CaseAttributeValue[] {
  return project
    .read<{ case_id: string; attribute_id: string; value: string }>(
      `SELECT case_id, attribute_id, value FROM case_attribute_values ORDER BY case_id, attribute_id`,
    )
    .map((r) => ({ caseId: r.case_id, attributeId: r.attribute_id, value: r.value }));
}
