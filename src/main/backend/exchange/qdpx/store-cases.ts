/**
 * Variables become attributes, cases become cases with their values and documents.
 * MAXQDA and Quirkos attach document variables through nameless cases holding one
 * source, and MAXQDA also puts VariableValues directly in sources (NOTES.md §6); in
 * Citat attributes belong to cases, so such values go to the document's case, which is
 * created (named after the document) when the document has none.
 */
import type { ChangeRecorder } from '../../project/change-recorder';
import type { Project } from '../../project/project';
import type { PlannedDocument } from './import-plan';
import type { QdpxImportReport } from './import-report';
import { uniqueName } from './import-values';
import type { QdeProject, QdeVariableValue } from './qde-model';

interface AttributeRef {
  id: string;
  name: string;
  valueType: 'text' | 'number';
}

class CaseWriter {
  readonly attributes = new Map<string, AttributeRef>();

  constructor(
    private readonly project: Project,
    private readonly changes: ChangeRecorder,
    private readonly qde: QdeProject,
    private readonly report: QdpxImportReport,
  ) {
    for (const variable of qde.variables)
      this.attributes.set(
        variable.guid,
        this.attribute(variable.guid, variable.name, variable.type),
      );
  }

  private attribute(guid: string, name: string, type: string): AttributeRef {
    const existing =
      this.project.readOne<{ id: string; name: string; value_type: 'text' | 'number' }>(
        `SELECT * FROM attributes WHERE id = ?`,
        guid,
      ) ??
      this.project.readOne<{ id: string; name: string; value_type: 'text' | 'number' }>(
        `SELECT * FROM attributes WHERE name = ?`,
        name,
      );
    if (existing) {
      this.report.matched.attributes++;
      return { id: existing.id, name: existing.name, valueType: existing.value_type };
    }
    const valueType = type === 'Integer' || type === 'Float' ? 'number' : 'text';
    this.changes.insert('attributes', { id: guid, name, value_type: valueType });
    this.report.created.attributes++;
    return { id: guid, name, valueType };
  }

  /** The case with this GUID or name, created when missing. */
  caseFor(guid: string | null, name: string, description: string | null): string {
    const existing =
      (guid === null
        ? undefined
        : this.project.readOne<{ id: string; description: string | null }>(
            `SELECT id, description FROM cases WHERE id = ?`,
            guid,
          )) ??
      this.project.readOne<{ id: string; description: string | null }>(
        `SELECT id, description FROM cases WHERE name = ?`,
        name,
      );
    if (existing) {
      this.report.matched.cases++;
      if (existing.description === null && description !== null)
        this.changes.update('cases', { id: existing.id }, { description: description.trim() });
      return existing.id;
    }
    const id = guid ?? this.project.newId();
    this.changes.insert('cases', { id, name, description: description?.trim() || null });
    this.report.created.cases++;
    return id;
  }

  setValue(caseId: string, caseName: string, value: QdeVariableValue): void {
    const attribute = this.attributes.get(value.variableGuid);
    const where = `${this.qde.source}, line ${value.line}`;
    if (!attribute) {
      this.report.warnings.push(
        `${where}: a value of case "${caseName}" refers to variable ${value.variableGuid}, which <Variables> does not define; it was left out`,
      );
      return;
    }
    if (attribute.valueType === 'number' && !Number.isFinite(Number(value.value))) {
      this.report.warnings.push(
        `${where}: "${value.value}" is not a number, but "${attribute.name}" holds numbers; the value of case "${caseName}" was left out`,
      );
      return;
    }
    const key = { case_id: caseId, attribute_id: attribute.id };
    const current = this.project.readOne<{ value: string }>(
      `SELECT value FROM case_attribute_values WHERE case_id = ? AND attribute_id = ?`,
      caseId,
      attribute.id,
    );
    if (!current) this.changes.insert('case_attribute_values', { ...key, value: value.value });
    else if (current.value !== value.value)
      this.report.warnings.push(
        `${where}: case "${caseName}" already has "${attribute.name}" = "${current.value}"; the file's "${value.value}" was not used`,
      );
  }

  /** Puts a document in a case unless it already belongs to another. */
  assign(documentId: string, caseId: string, caseName: string): void {
    const document = this.project.readOne<{ name: string; case_id: string | null }>(
      `SELECT name, case_id FROM documents WHERE id = ?`,
      documentId,
    )!;
    if (document.case_id === null)
      this.changes.update('documents', { id: documentId }, { case_id: caseId });
    else if (document.case_id !== caseId)
      this.report.warnings.push(
        `"${document.name}" already belongs to another case, so it was not added to case "${caseName}" (a Citat document belongs to one case)`,
      );
  }
}

export function storeCases(
  project: Project,
  changes: ChangeRecorder,
  qde: QdeProject,
  documents: ReadonlyMap<PlannedDocument, string>,
  report: QdpxImportReport,
): void {
  const writer = new CaseWriter(project, changes, qde, report);
  const bySource = new Map<string, { id: string; name: string }>();
  for (const [plan, id] of documents)
    if (plan.source.guid !== null) bySource.set(plan.source.guid, { id, name: plan.name });

  qde.cases.forEach((qdeCase, index) => {
    const members = qdeCase.sourceGuids.flatMap((guid) => bySource.get(guid) ?? []);
    const name = qdeCase.name ?? (members.length === 1 ? members[0]!.name : `Case ${index + 1}`);
    const caseId = writer.caseFor(qdeCase.guid, name, qdeCase.description);
    for (const value of qdeCase.values) writer.setValue(caseId, name, value);
    for (const member of members) writer.assign(member.id, caseId, name);
  });

  for (const [plan, documentId] of documents) {
    if (plan.source.values.length === 0) continue;
    const current = project.readOne<{ case_id: string | null }>(
      `SELECT case_id FROM documents WHERE id = ?`,
      documentId,
    )!;
    let caseId = current.case_id;
    let caseName =
      project.readOne<{ name: string }>(`SELECT name FROM cases WHERE id = ?`, caseId)?.name ??
      plan.name;
    if (caseId === null) {
      caseName = uniqueName(
        plan.name,
        (candidate) =>
          project.readOne(`SELECT 1 FROM cases WHERE name = ?`, candidate) !== undefined,
      );
      caseId = writer.caseFor(null, caseName, null);
      writer.assign(documentId, caseId, caseName);
      report.warnings.push(
        `the document variables of "${plan.name}" were stored on a new case "${caseName}" (Citat keeps attributes on cases)`,
      );
    }
    for (const value of plan.source.values) writer.setValue(caseId, caseName, value);
  }
}
