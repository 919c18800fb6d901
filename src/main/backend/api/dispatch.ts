/**
 * The boundary every transport goes through: checks the method name, validates the
 * input against the contract, notices changes made by other programs, runs the handler
 * and turns failures into result values.
 */
import type { z } from 'zod';
import {
  contract,
  isMethodName,
  type CallResult,
  type MethodInput,
  type MethodName,
  type MethodOutput,
} from '@shared/api/contract';
import type { CitatError } from '../errors';
import { usageError } from '../errors';
import { damagedError } from '../db/damage-report';
import { foreseeableError, isDamageError } from '../db/storage-errors';
import type { Project } from '../project/project';
import { handlers } from './handlers';

function describeZodError(method: string, error: z.ZodError): string {
  const issues = error.issues.slice(0, 3).map((issue) => {
    const where = issue.path.length > 0 ? issue.path.join('.') : 'input';
    return `${where}: ${issue.message}`;
  });
  return `invalid arguments for ${method}: ${issues.join('; ')}`;
}

/** Validates and runs a method; throws CitatError (usage) for bad names or arguments. */
export async function invoke<M extends MethodName>(
  project: Project,
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>>;
export async function invoke(project: Project, method: string, input: unknown): Promise<unknown>;
export async function invoke(project: Project, method: string, input: unknown): Promise<unknown> {
  if (!isMethodName(method)) throw usageError('api.unknown-method', `unknown method "${method}"`);
  const parsed = contract[method].input.safeParse(input ?? {});
  if (!parsed.success)
    throw usageError('api.invalid-arguments', describeZodError(method, parsed.error));
  await project.noticeOutsideChanges();
  const { editSession, ...arguments_ } = parsed.data as { editSession?: string };
  const handler = handlers[method] as (project: Project, input: unknown) => unknown;
  try {
    return await project.inEditSession(editSession, () => handler(project, arguments_));
  } catch (err) {
    // A page that fails to read makes the whole project suspect: no write may follow.
    if (isDamageError(err)) {
      project.markDamaged((err as Error).message);
      throw damagedError(project.path, (err as Error).message, project.access);
    }
    throw foreseeableError(err, project.path) ?? err;
  }
}

/** Like invoke, but never throws: for IPC and HTTP, where errors must travel as values. */
export async function call(
  project: Project,
  method: string,
  input: unknown,
): Promise<CallResult<unknown>> {
  try {
    return { ok: true, value: await invoke(project, method, input) };
  } catch (err) {
    const known = foreseeableError(err, project.path);
    if (known) return { ok: false, error: errorValue(known) };
    const message = err instanceof Error ? err.message : String(err);
    return { ok: false, error: { kind: 'internal', code: 'internal', message } };
  }
}

function errorValue(err: CitatError) {
  return {
    kind: err.kind,
    code: err.code,
    message: err.message,
    ...(err.details ? { details: err.details } : {}),
  };
}
