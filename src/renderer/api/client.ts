/**
 * The renderer's only way to the core: one `call` per contract method, over Electron IPC
 * (the preload's `window.citat`) or, in a browser, over the loopback host's HTTP endpoint.
 */
import type {
  CallError,
  CallResult,
  MethodInput,
  MethodName,
  MethodOutput,
} from '@shared/api/contract';
import { decodeWire, encodeWire } from '@shared/api/wire';

declare global {
  interface Window {
    citat?: { call(method: string, input: unknown): Promise<CallResult<unknown>> };
  }
}

/** A call the core refused: `code` and `details` let the renderer word the message itself. */
export class ApiError extends Error {
  readonly kind: CallError['kind'];
  readonly details: Record<string, string | number>;
  constructor(
    readonly code: string,
    message: string,
    details: Record<string, string | number> = {},
    kind: CallError['kind'] = 'internal',
  ) {
    super(message);
    this.details = details;
    this.kind = kind;
  }
}

/** Browsers refuse keepalive requests whose bodies add up to more than 64 KiB. */
const KEEPALIVE_LIMIT = 60_000;
let keepalive = false;

/**
 * Calls started (synchronously) inside `run` survive the page being unloaded: the last
 * saves of a closing or reloading tab are sent with fetch's keepalive.
 */
export function withKeepalive(run: () => void): void {
  keepalive = true;
  try {
    run();
  } finally {
    keepalive = false;
  }
}

async function callOverHttp(method: string, input: unknown): Promise<CallResult<unknown>> {
  const token = new URLSearchParams(window.location.search).get('token') ?? '';
  const body = JSON.stringify(encodeWire(input ?? {}));
  const response = await fetch(`/api/${encodeURIComponent(method)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-citat-token': token },
    body,
    keepalive: keepalive && body.length < KEEPALIVE_LIMIT,
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
  if (!result.ok)
    throw new ApiError(
      result.error.code,
      result.error.message,
      result.error.details,
      result.error.kind,
    );
  return result.value as MethodOutput<M>;
}
