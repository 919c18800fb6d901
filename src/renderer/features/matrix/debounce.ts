/**
 * Runs `fn` once, `waitMs` after the last call, with the last call's arguments. Typing in a
 * template or filter box thus triggers one request, not one per key.
 */
export interface Debounced<A extends unknown[]> {
  (...args: A): void;
  /** Drops a pending call. */
  cancel(): void;
  /** Runs a pending call now; does nothing when none is pending. */
  flush(): void;
  readonly pending: boolean;
}

export function debounce<A extends unknown[]>(
  fn: (...args: A) => void,
  waitMs: number,
): Debounced<A> {
  let timer: ReturnType<typeof setTimeout> | null = null;
  let lastArgs: A | null = null;

  const run = (): void => {
    timer = null;
    const args = lastArgs;
    lastArgs = null;
    if (args) fn(...args);
  };
  const debounced = (...args: A): void => {
    lastArgs = args;
    if (timer !== null) clearTimeout(timer);
    timer = setTimeout(run, waitMs);
  };
  return Object.defineProperties(debounced, {
    cancel: {
      value: (): void => {
        if (timer !== null) clearTimeout(timer);
        timer = null;
        lastArgs = null;
      },
    },
    flush: {
      value: (): void => {
        if (timer === null) return;
        clearTimeout(timer);
        run();
      },
    },
    pending: { get: () => timer !== null },
  }) as Debounced<A>;
}
