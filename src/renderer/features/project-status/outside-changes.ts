/**
 * Noticing that another program changed the project file: the core counts such changes
 * (project.status / project.info); a count larger than the last one seen means the views
 * show stale data. The first count seen is the baseline, whichever call brought it.
 */
export class OutsideChangeTracker {
  private seen: number | null = null;

  /** True when `count` is larger than any count seen before. */
  observe(count: number): boolean {
    if (this.seen === null || count <= this.seen) {
      this.seen = Math.max(this.seen ?? count, count);
      return false;
    }
    this.seen = count;
    return true;
  }
}

/** How often an open window asks whether the file changed underneath it. */
export const STATUS_POLL_MS = 2000;
