/** Loads the code tree once and answers order/path/descendant questions about it. */
import type { Code } from '@shared/domain/entities';
import type { Project } from '../project/project';
import { toCode, type CodeRow } from './rows';
import type { CodeInTree } from '@shared/api/types';

export type { CodeInTree };

export class CodeTree {
  /** Every code in codebook order: depth-first, siblings by position then name. */
  readonly ordered: CodeInTree[] = [];
  private readonly byId = new Map<string, CodeInTree>();
  private readonly childrenOf = new Map<string | null, CodeInTree[]>();

  constructor(codes: readonly Code[]) {
    this.build(codes);
  }

  /** Adds a code created within the current action, so later steps of it see the code. */
  add(code: Code): void {
    const codes: Code[] = [...this.ordered, code];
    this.ordered.length = 0;
    this.byId.clear();
    this.childrenOf.clear();
    this.build(codes);
  }

  private build(codes: readonly Code[]): void {
    const grouped = new Map<string | null, Code[]>();
    for (const code of codes) {
      const siblings = grouped.get(code.parentId) ?? [];
      siblings.push(code);
      grouped.set(code.parentId, siblings);
    }
    const visit = (parentId: string | null, parentPath: string[]): void => {
      const siblings = (grouped.get(parentId) ?? []).sort(
        (a, b) =>
          a.position - b.position || a.name.localeCompare(b.name) || a.id.localeCompare(b.id),
      );
      const children: CodeInTree[] = [];
      for (const code of siblings) {
        const node: CodeInTree = {
          ...code,
          path: [...parentPath, code.name],
          depth: parentPath.length,
        };
        this.ordered.push(node);
        this.byId.set(code.id, node);
        children.push(node);
        visit(code.id, node.path);
      }
      this.childrenOf.set(parentId, children);
    };
    visit(null, []);
  }

  static load(project: Project): CodeTree {
    return new CodeTree(project.read<CodeRow>(`SELECT * FROM codes`).map(toCode));
  }

  get(id: string): CodeInTree | undefined {
    return this.byId.get(id);
  }

  children(parentId: string | null): CodeInTree[] {
    return this.childrenOf.get(parentId) ?? [];
  }

  /** The code and all codes below it, in codebook order. */
  subtree(id: string): CodeInTree[] {
    const root = this.byId.get(id);
    if (!root) return [];
    const out: CodeInTree[] = [root];
    for (const child of this.children(id)) out.push(...this.subtree(child.id));
    return out;
  }

  isAncestor(ancestorId: string, codeId: string): boolean {
    for (
      let node = this.byId.get(codeId);
      node;
      node = node.parentId ? this.byId.get(node.parentId) : undefined
    ) {
      if (node.id === ancestorId) return true;
    }
    return false;
  }

  findByPath(names: readonly string[]): CodeInTree | undefined {
    let parentId: string | null = null;
    let found: CodeInTree | undefined;
    for (const name of names) {
      found = this.children(parentId).find(
        (c) => c.name.toLocaleLowerCase() === name.toLocaleLowerCase(),
      );
      if (!found) return undefined;
      parentId = found.id;
    }
    return found;
  }
}
