/**
 * Summarises a V8 .cpuprofile (from `npm run bench -- --profile`): the functions with the
 * most self time, and the most inclusive time (time with everything they call), so a hot
 * spot can be traced to a core function. With a focus, only samples taken inside functions
 * of that name count (e.g. `searchText`). Async callers often drop out of the stacks, so
 * focus on synchronous functions.
 * Run: node --import tsx bench/profile-summary.ts <file.cpuprofile> [focus] [top]
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  samples: number[];
  timeDeltas: number[];
}

function frameName(node: ProfileNode): string {
  const { functionName, url, lineNumber } = node.callFrame;
  const where = url ? `${basename(url)}:${lineNumber + 1}` : '';
  return `${functionName || '(anonymous)'} ${where}`.trim();
}

function stackOf(id: number, byId: Map<number, ProfileNode>, parentOf: Map<number, number>) {
  const names: string[] = [];
  for (let at: number | undefined = id; at !== undefined; at = parentOf.get(at)) {
    const node = byId.get(at);
    if (node) names.push(frameName(node));
  }
  return names;
}

export function summariseProfile(profile: CpuProfile, focus: string | null, top: number): string {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parentOf = new Map<number, number>();
  for (const node of profile.nodes)
    for (const child of node.children ?? []) parentOf.set(child, node.id);
  const self = new Map<string, number>();
  const inclusive = new Map<string, number>();
  let totalUs = 0;
  profile.samples.forEach((id, i) => {
    const us = profile.timeDeltas[i] ?? 0;
    const stack = stackOf(id, byId, parentOf);
    if (stack.length === 0) return;
    if (focus && !stack.some((name) => name.split(' ')[0] === focus)) return;
    totalUs += us;
    self.set(stack[0]!, (self.get(stack[0]!) ?? 0) + us);
    // Each function once per sample, however often it recurses.
    for (const name of new Set(stack)) inclusive.set(name, (inclusive.get(name) ?? 0) + us);
  });
  const table = (title: string, map: Map<string, number>) =>
    [
      title,
      ...[...map.entries()]
        .sort((a, b) => b[1] - a[1])
        .slice(0, top)
        .map(
          ([name, us]) =>
            `${(us / 1000).toFixed(0).padStart(8)} ms ${((us / totalUs) * 100).toFixed(1).padStart(5)}%  ${name}`,
        ),
    ].join('\n');
  return [
    `${(totalUs / 1000).toFixed(0)} ms sampled${focus ? ` inside ${focus}` : ''}`,
    table('self time:', self),
    table('inclusive time:', inclusive),
  ].join('\n\n');
}

const [file, focus = '', top = '25'] = process.argv.slice(2);
if (!file) {
  process.stderr.write(
    'usage: node --import tsx bench/profile-summary.ts <file.cpuprofile> [focus] [top]\n',
  );
  process.exit(2);
}
const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
process.stdout.write(`${summariseProfile(profile, focus || null, Number(top))}\n`);
