/** How the CLI talks to its caller: output streams, exit codes, argument parsing. */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { CitatError, usageError } from '../backend/errors';

export const EXIT_OK = 0;
export const EXIT_USAGE = 1;
export const EXIT_DATA = 2;

export interface CliIo {
  out(text: string): void;
  outBytes(bytes: Uint8Array): void;
  err(text: string): void;
  /** True when stdout is a terminal (binary output is refused there). */
  stdoutIsTerminal: boolean;
}

export const processIo: CliIo = {
  out: (text) => process.stdout.write(text),
  outBytes: (bytes) => process.stdout.write(bytes),
  err: (text) => process.stderr.write(text),
  stdoutIsTerminal: process.stdout.isTTY === true,
};

export function exitCodeFor(err: unknown): number {
  if (err instanceof CitatError) return err.kind === 'usage' ? EXIT_USAGE : EXIT_DATA;
  return EXIT_DATA;
}

type Options = NonNullable<ParseArgsConfig['options']>;

export interface Parsed<O extends Options> {
  values: {
    [K in keyof O]?: O[K]['type'] extends 'boolean'
      ? boolean
      : O[K]['multiple'] extends true
        ? string[]
        : string;
  };
  positionals: string[];
}

/** Node's parseArgs messages run on with advice about "--"; keep the first sentence. */
function nodeArgsMessage(message: string): string {
  const first = message.split('\n')[0]!.replace(/^.*?: /, '');
  return first.replace(/\. To specify a positional argument.*$/, '').replace(/\.$/, '');
}

/** parseArgs with usage errors a person can act on. */
export function parseCommand<O extends Options>(
  command: string,
  args: readonly string[],
  options: O,
  positionals: { min: number; max?: number; names: string },
): Parsed<O> {
  let parsed;
  try {
    parsed = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (err) {
    const message = err instanceof Error ? nodeArgsMessage(err.message) : String(err);
    throw usageError('cli.bad-option', `${command}: ${message}`);
  }
  const count = parsed.positionals.length;
  if (count < positionals.min || (positionals.max !== undefined && count > positionals.max)) {
    throw usageError('cli.bad-arguments', `usage: citat ${command} ${positionals.names}`);
  }
  return parsed as unknown as Parsed<O>;
}

export function json(value: unknown): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}

/** A plain text table with padded columns. */
export function table(headers: readonly string[], rows: readonly (readonly string[])[]): string {
  const widths = headers.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: readonly string[]) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? c : c.padEnd(widths[i]!)))
      .join('  ')
      .trimEnd();
  return (
    [line(headers), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n') + '\n'
  );
}

export function oneLine(text: string, max = 80): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat;
}
