/**
 * One field that saves itself: after a pause in typing, and at once when flushed (blur,
 * close, Escape, view change, window close). Saves of one field never overlap and the
 * newest text always wins: a change made while a save is under way is sent after it.
 * Every stretch of editing (first change until `endSession`) carries one edit-session key,
 * so the core folds all its saves into one undo step. A refused save keeps the text.
 */

export type FieldStatus = 'saved' | 'pending' | 'saving' | 'failed';

/** A value the field will not send, with the message code saying why (e.g. an empty name). */
export class ValidationError extends Error {
  constructor(readonly code: string) {
    super(code);
  }
}

export interface Timers {
  set(run: () => void, ms: number): unknown;
  clear(handle: unknown): void;
}

const realTimers: Timers = {
  set: (run, ms) => setTimeout(run, ms),
  clear: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

export interface FieldOptions<T> {
  /** What the core holds when the field is created. */
  initial: T;
  /** Stores the value; rejects when the core refuses it. */
  save(value: T, editSession: string): Promise<void>;
  /** A message code when the value must not be sent as it is. */
  validate?(value: T): string | null;
  equals?(a: T, b: T): boolean;
  /** Quiet time before a save while typing; null saves only when flushed (rename boxes). */
  delayMs?: number | null;
  newSession?(): string;
  timers?: Timers;
}

export interface FieldSnapshot<T> {
  value: T;
  status: FieldStatus;
  error: unknown;
  /** A save succeeded since the field was created (so "Saved" means something). */
  savedOnce: boolean;
}

/** The default pause: long enough not to save every keystroke, short enough to lose nothing. */
export const AUTOSAVE_DELAY_MS = 700;

export class AutosaveField<T> {
  private saved: T;
  private value: T;
  /** The key of the current stretch of editing; null between stretches. */
  private session: string | null = null;
  /** The key the unsaved value was typed under (kept after blur until it is saved). */
  private draftSession: string | null = null;
  private timer: unknown = null;
  private inFlight: Promise<void> | null = null;
  /** The last value the core refused; not sent again until it changes (or on retry). */
  private refused: { value: T } | null = null;
  private error: unknown = null;
  private savedOnce = false;
  /** The newest value the core reported, adopted once the user is not editing. */
  private offered: { value: T } | null = null;
  private listeners = new Set<() => void>();
  private current: FieldSnapshot<T>;
  private save: (value: T, editSession: string) => Promise<void>;
  private readonly equals: (a: T, b: T) => boolean;
  private readonly delayMs: number | null;
  private readonly timers: Timers;
  private readonly newSession: () => string;
  private readonly validate: (value: T) => string | null;

  constructor(options: FieldOptions<T>) {
    this.saved = options.initial;
    this.value = options.initial;
    this.save = options.save;
    this.equals = options.equals ?? Object.is;
    this.delayMs = options.delayMs === undefined ? AUTOSAVE_DELAY_MS : options.delayMs;
    this.timers = options.timers ?? realTimers;
    this.newSession = options.newSession ?? (() => crypto.randomUUID());
    this.validate = options.validate ?? (() => null);
    this.current = this.snapshotNow();
  }

  get snapshot(): FieldSnapshot<T> {
    return this.current;
  }

  get dirty(): boolean {
    return !this.equals(this.value, this.saved);
  }

  /** Nothing typed here is waiting or refused, and no save is under way. */
  get settled(): boolean {
    return !this.dirty && this.inFlight === null;
  }

  get status(): FieldStatus {
    return this.current.status;
  }

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** From now on saves go through `save` (a component's newest closure). */
  takeSaver(save: (value: T, editSession: string) => Promise<void>): void {
    this.save = save;
  }

  change(value: T): void {
    this.value = value;
    this.session ??= this.newSession();
    this.draftSession = this.session;
    this.refused = null;
    this.error = null;
    this.cancelTimer();
    const invalid = this.dirty ? this.validate(value) : null;
    if (invalid) this.error = new ValidationError(invalid);
    else if (this.dirty && this.delayMs !== null)
      this.timer = this.timers.set(() => {
        this.timer = null;
        void this.run();
      }, this.delayMs);
    this.emit();
  }

  /** Saves now what is unsaved; resolves true when nothing is left unsaved. */
  flush(): Promise<boolean> {
    this.cancelTimer();
    return this.run();
  }

  /** Like flush, but also sends a value the core refused before (the "Try again" button). */
  retry(): Promise<boolean> {
    this.refused = null;
    return this.flush();
  }

  /** The stretch of editing is over (blur, close): save it, and start a new undo step next time. */
  endSession(): Promise<boolean> {
    this.session = null;
    const done = this.flush();
    this.adoptOffered();
    return done;
  }

  /** Drops what was typed since the last save (Escape in a rename box, a removed coding). */
  discard(): void {
    this.cancelTimer();
    this.value = this.saved;
    this.session = null;
    this.draftSession = null;
    this.refused = null;
    this.error = null;
    this.adoptOffered();
    this.emit();
  }

  /**
   * The core's value changed (a reload after undo, another window): shown at once unless
   * the user is editing or has unsaved text here, which would otherwise be overwritten.
   */
  offer(value: T): void {
    if (this.equals(value, this.saved) && !this.offered) return;
    this.offered = { value };
    if (this.adoptOffered()) this.emit();
  }

  /**
   * For the last moment of a page (pagehide): sends the unsaved value right away, even
   * beside a save still under way, because nothing can be awaited any more.
   */
  sendNow(): void {
    this.cancelTimer();
    if (!this.dirty || this.error instanceof ValidationError) return;
    if (this.refused && this.equals(this.refused.value, this.value)) return;
    void this.send();
  }

  private async run(): Promise<boolean> {
    for (;;) {
      if (this.inFlight) {
        await this.inFlight;
        continue;
      }
      if (!this.dirty) return true;
      if (this.error instanceof ValidationError) return false;
      if (this.refused && this.equals(this.refused.value, this.value)) return false;
      await this.send();
      if (this.error) return false;
    }
  }

  private send(): Promise<void> {
    const value = this.value;
    const session = this.draftSession ?? this.newSession();
    this.draftSession = session;
    this.error = null;
    const attempt = this.save(value, session).then(
      () => {
        this.saved = value;
        this.savedOnce = true;
        // What the core reported before this save is older than it.
        this.offered = null;
        if (!this.dirty) this.draftSession = null;
      },
      (err: unknown) => {
        this.refused = { value };
        // A newer value typed meanwhile is judged on its own save.
        if (this.equals(this.value, value)) this.error = err;
      },
    );
    const settled = attempt.finally(() => {
      if (this.inFlight === settled) this.inFlight = null;
      this.adoptOffered();
      this.emit();
    });
    this.inFlight = settled;
    this.emit();
    return settled;
  }

  private adoptOffered(): boolean {
    const offered = this.offered;
    if (!offered || this.session !== null || this.dirty || this.inFlight) return false;
    this.offered = null;
    if (this.equals(offered.value, this.saved) && this.equals(offered.value, this.value))
      return false;
    this.saved = offered.value;
    this.value = offered.value;
    return true;
  }

  private cancelTimer(): void {
    if (this.timer === null) return;
    this.timers.clear(this.timer);
    this.timer = null;
  }

  private snapshotNow(): FieldSnapshot<T> {
    const status: FieldStatus = this.error
      ? 'failed'
      : this.inFlight
        ? 'saving'
        : this.dirty
          ? 'pending'
          : 'saved';
    return { value: this.value, status, error: this.error, savedOnce: this.savedOnce };
  }

  private emit(): void {
    this.current = this.snapshotNow();
    for (const listener of [...this.listeners]) listener();
  }
}
