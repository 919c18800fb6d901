/**
 * Loads the code tree once and answers order/path/descendant questions about it.
 *
 * Every question is answered from indexes built once (by id, children per parent, child by
 * name per parent), and `add` updates them in place: a codebook import inserts tens of
 * thousands of codes through one tree, so nothing here may cost more than the siblings of
 * one parent per call (rebuilding the whole tree per insert made a 60,000-code import take
 * minutes).
 */
import type { Code } from '@shared/domain/entities';
import type { Project } from '../project/project';
import { toCode, type CodeRow } from './rows';
import type { CodeInTree } from '@shared/api/types';

export type { CodeInTree };

/** Sibling names are compared case-insensitively (as the schema's unique index does for ASCII). */
export const codeNameKey = (name: string): string => name.toLocaleLowerCase();

/** Codebook order among siblings: position, then name, then id. */
const siblingOrder = (a: Code, b: Code): number =>
  a.position - b.position || a.name.localeCompare(b.name) || a.id.localeCompare(b.id);

export class CodeTree {
  private readonly byId = new Map<string, CodeInTree>();
  private readonly childrenOf = new Map<string | null, CodeInTree[]>();
  /** Per parent: lower-cased name → the first sibling (in codebook order) with that name. */
  private readonly childByName = new Map<string | null, Map<string, CodeInTree>>();
  private orderedCache: CodeInTree[] | null = null;

  constructor(codes: readonly Code[]) {
    this.build(codes);
  }

  /**
   * Adds a code created within the current action, so later steps of it see the code.
   * Its parent must already be in the tree.
   */
  add(code: Code): void {
    const parent = code.parentId === null ? null : this.byId.get(code.parentId);
    if (parent === undefined) throw new Error(`CodeTree.add: parent ${code.parentId} is unknown`);
    const node: CodeInTree = {
      ...code,
      path: parent ? [...parent.path, code.name] : [code.name],
      depth: parent ? parent.depth + 1 : 0,
    };
    this.byId.set(code.id, node);
    let siblings = this.childrenOf.get(code.parentId);
    if (!siblings) this.childrenOf.set(code.parentId, (siblings = []));
    // New codes usually go last (position = max + 1): search from the end.
    let at = siblings.length;
    while (at > 0 && siblingOrder(siblings[at - 1]!, node) > 0) at--;
    siblings.splice(at, 0, node);
    this.indexName(node);
    this.orderedCache = null;
  }

  private indexName(node: CodeInTree): void {
    let names = this.childByName.get(node.parentId);
    if (!names) this.childByName.set(node.parentId, (names = new Map()));
    const key = codeNameKey(node.name);
    const first = names.get(key);
    if (!first || siblingOrder(node, first) < 0) names.set(key, node);
  }

  private build(codes: readonly Code[]): void {
    const grouped = new Map<string | null, Code[]>();
    for (const code of codes) {
      const siblings = grouped.get(code.parentId);
      if (siblings) siblings.push(code);
      else grouped.set(code.parentId, [code]);
    }
    for (const siblings of grouped.values()) siblings.sort(siblingOrder);
    // Breadth-first from the root: codes whose parent is missing (or in a cycle) stay out.
    const queue: (CodeInTree | null)[] = [null];
    for (let head = 0; head < queue.length; head++) {
      const parent = queue[head]!;
      const parentId = parent === null ? null : parent.id;
      const children: CodeInTree[] = [];
      for (const code of grouped.get(parentId) ?? []) {
        const node: CodeInTree = {
          ...code,
          path: parent ? [...parent.path, code.name] : [code.name],
          depth: parent ? parent.depth + 1 : 0,
        };
        this.byId.set(code.id, node);
        children.push(node);
        queue.push(node);
      }
      this.childrenOf.set(parentId, children);
      for (const child of children) this.indexName(child);
    }
  }

  static load(project: Project): CodeTree {
    return new CodeTree(project.read<CodeRow>(`SELECT * FROM codes`).map(toCode));
  }

  /** Every code in codebook order: depth-first, siblings by position then name. */
  get ordered(): CodeInTree[] {
    this.orderedCache ??= this.preOrder(this.children(null));
    return this.orderedCache;
  }

  /** Number of codes in the tree. */
  get size(): number {
    return this.byId.size;
  }

  get(id: string): CodeInTree | undefined {
    return this.byId.get(id);
  }

  children(parentId: string | null): CodeInTree[] {
    return this.childrenOf.get(parentId) ?? [];
  }

  /** The child of `parentId` named `name` (case-insensitively), if any. */
  childNamed(parentId: string | null, name: string): CodeInTree | undefined {
    return this.childByName.get(parentId)?.get(codeNameKey(name));
  }

  /** The code and all codes below it, in codebook order. */
  subtree(id: string): CodeInTree[] {
    const root = this.byId.get(id);
    return root ? this.preOrder([root]) : [];
  }

  private preOrder(roots: readonly CodeInTree[]): CodeInTree[] {
    const out: CodeInTree[] = [];
    const stack: CodeInTree[] = [...roots].reverse();
    while (stack.length > 0) {
      const node = stack.pop()!;
      out.push(node);
      const children = this.children(node.id);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
    }
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
      found = this.childNamed(parentId, name);
      if (!found) return undefined;
      parentId = found.id;
    }
    return found;
  }
}

/**
 * The existing code that a flat name such as "Principper/Risiko" spells as a path (a
 * Taguette tag, or a codebook written for Taguette), if any. A name may hold a slash
 * itself ("Ja/nej"), so each "/" may separate levels or belong to a name; the first
 * reading that reaches a code wins. Failed (parent, position) pairs are remembered, so the
 * search stays quadratic in the number of slashes at worst.
 */
export function codeAtFlatPath(tree: CodeTree, name: string): CodeInTree | undefined {
  const parts = name.split('/');
  if (parts.length < 2) return undefined;
  const failed = new Set<string>();
  const walk = (parentId: string | null, from: number): CodeInTree | undefined => {
    const key = `${parentId ?? ''}\u0000${from}`;
    if (failed.has(key)) return undefined;
    for (let to = from; to < parts.length; to++) {
      // The whole name as one top-level code is an ordinary name match, not a path.
      if (parentId === null && from === 0 && to === parts.length - 1) break;
      const piece = parts
        .slice(from, to + 1)
        .join('/')
        .trim();
      const child = piece === '' ? undefined : tree.childNamed(parentId, piece);
      if (!child) continue;
      if (to === parts.length - 1) return child;
      const found = walk(child.id, to + 1);
      if (found) return found;
    }
    failed.add(key);
    return undefined;
  };
  return walk(null, 0);
}
