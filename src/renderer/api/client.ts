/**
 * The renderer's only way to the core: one `call` per contract method, over Electron IPC
 * (the preload's `window.citat`) or, in a browser, over the loopback host's HTTP endpoint.
 */
import type { CallResult, MethodInput, MethodName, MethodOutput } from '@shared/api/contract';
import { decodeWire, encodeWire } from '@shared/api/wire';

declare global {
  interface Window {
    citat?: { call(method: string, input: unknown): Promise<CallResult<unknown>> };
  }
}

export class ApiError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
  }
}

async function callOverHttp(method: string, input: unknown): Promise<CallResult<unknown>> {
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const response = await fetch(`/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-citat-token': token },
    body: JSON.stringify(encodeWire(input ?? {})),
  });
  return decodeWire(await response.json()) as CallResult<unknown>;
}

export async function callApi<M extends MethodName>(
  method: M,
  input: MethodInput<M>,
): Promise<MethodOutput<M>> {
  const result = window.citat
    ? await window.citat.call(method, input)
    : await callOverHttp(method, input);
  if (!result.ok) throw new ApiError(result.error.code, result.error.message);
  return result.value as MethodOutput<M>;
}
