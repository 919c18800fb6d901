/** A clock and a save function the autosave tests drive by hand. */
import type { Timers } from '../../../../src/renderer/autosave/autosave-field';

export class FakeClock implements Timers {
  private now = 0;
  private nextId = 1;
  private tasks = new Map<number, { at: number; run: () => void }>();

  set(run: () => void, ms: number): unknown {
    const id = this.nextId++;
    this.tasks.set(id, { at: this.now + ms, run });
    return id;
  }

  clear(handle: unknown): void {
    this.tasks.delete(handle as number);
  }

  get pending(): number {
    return this.tasks.size;
  }

  /** Moves time on, running every timer that falls due, in order. */
  advance(ms: number): void {
    const until = this.now + ms;
    for (;;) {
      const due = [...this.tasks.entries()]
        .filter(([, task]) => task.at <= until)
        .sort((a, b) => a[1].at - b[1].at)[0];
      if (!due) break;
      this.tasks.delete(due[0]);
      this.now = due[1].at;
      due[1].run();
    }
    this.now = until;
  }
}

interface Call<T> {
  value: T;
  session: string;
  resolve(): void;
  reject(err: unknown): void;
}

/** Records every save; each stays open until the test settles it (or settles at once). */
export class FakeSave<T> {
  calls: Call<T>[] = [];
  autoSettle: 'open' | 'resolve' = 'open';

  save = (value: T, session: string): Promise<void> =>
    new Promise<void>((resolve, reject) => {
      this.calls.push({ value, session, resolve, reject });
      if (this.autoSettle === 'resolve') resolve();
    });

  get values(): T[] {
    return this.calls.map((c) => c.value);
  }

  get sessions(): string[] {
    return this.calls.map((c) => c.session);
  }

  last(): Call<T> {
    const call = this.calls.at(-1);
    if (!call) throw new Error('nothing was saved');
    return call;
  }
}

/** Lets every settled promise's callbacks run. */
export const settle = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

export function sessionKeys(): () => string {
  let n = 0;
  return () => `edit-${++n}`;
}
