/**
 * REFI-QDA users become Citat coders, keeping their GUIDs as ids so inter-coder
 * comparisons survive the trip. A user the project already knows (same GUID, or same
 * name) is reused; users that codings name but `Users` lacks get placeholder coders
 * rather than losing their codings (pitfall 10).
 */
import type { ChangeRecorder } from '../../project/change-recorder';
import type { Project } from '../../project/project';
import type { QdpxImportReport } from './import-report';
import { uniqueName } from './import-values';
import type { QdeProject } from './qde-model';

const UNKNOWN_CODER = 'Unknown coder';

export class ImportCoders {
  private readonly byGuid = new Map<string, string>();
  private readonly createdNames = new Set<string>();
  private unknown: string | null = null;

  constructor(
    private readonly project: Project,
    private readonly changes: ChangeRecorder,
    private readonly qde: QdeProject,
    private readonly report: QdpxImportReport,
  ) {
    for (const user of qde.users) this.resolve(user.guid, user.name, false);
  }

  private insert(id: string, wanted: string): string {
    const name = uniqueName(
      wanted,
      (candidate) =>
        this.project.readOne(`SELECT 1 FROM coders WHERE name = ?`, candidate) !== undefined,
    );
    this.changes.insert('coders', { id, name, created_at: this.project.now() });
    this.createdNames.add(name.toLowerCase());
    this.report.created.coders++;
    return id;
  }

  private resolve(guid: string, name: string | null, placeholder: boolean): string {
    const known = this.byGuid.get(guid);
    if (known !== undefined) return known;
    let id: string;
    const sameId = this.project.readOne<{ id: string }>(`SELECT id FROM coders WHERE id = ?`, guid);
    const wanted =
      name ?? `${placeholder ? 'Unknown user' : 'User'} ${guid.slice(0, 8).toUpperCase()}`;
    const sameName = this.project.readOne<{ id: string; name: string }>(
      `SELECT id, name FROM coders WHERE name = ?`,
      wanted,
    );
    if (sameId) {
      id = sameId.id;
      this.report.matched.coders++;
    } else if (sameName && !this.createdNames.has(sameName.name.toLowerCase())) {
      // A coder of this name was in the project before: the same person.
      id = sameName.id;
      this.report.matched.coders++;
    } else {
      id = this.insert(guid, wanted);
    }
    this.byGuid.set(guid, id);
    return id;
  }

  /** The coder for a user GUID from a coding (or the project's creator when it names none). */
  idFor(userGuid: string | null): string {
    const guid = userGuid ?? this.qde.creatingUser;
    if (guid === null) {
      if (this.unknown === null) {
        const existing = this.project.readOne<{ id: string }>(
          `SELECT id FROM coders WHERE name = ?`,
          UNKNOWN_CODER,
        );
        this.unknown = existing?.id ?? this.insert(this.project.newId(), UNKNOWN_CODER);
        this.report.warnings.push(
          `${this.qde.source}: some codings name no user; they were given the coder "${UNKNOWN_CODER}"`,
        );
      }
      return this.unknown;
    }
    if (!this.byGuid.has(guid)) {
      this.report.warnings.push(
        `${this.qde.source}: user ${guid} is named by codings or notes but not listed under <Users>; a placeholder coder stands in for them`,
      );
    }
    return this.resolve(guid, null, true);
  }
}
