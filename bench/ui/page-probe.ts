/**
 * Instrumentation put into every benchmarked page before the app's own scripts run. It
 * only observes: each `performance.measure` the app records is logged with two more
 * times. `afterTask`: when the task that took the measure has finished. The app's open
 * and apply-to-paint measures end inside a requestAnimationFrame callback, before the
 * browser recalculates style, lays out and paints that frame; a message posted from there
 * runs once that frame's main-thread work is done, so `afterTask` includes the paint the
 * app's own measure leaves out. `afterNextFrame`: when the next frame's main-thread work
 * has finished (for measures taken outside a frame, such as repainting the codings after
 * a reload). Event Timing entries (key presses whose next frame was presented 16 ms or
 * more later) are logged too.
 */

export interface MeasureRecord {
  name: string;
  startTime: number;
  duration: number;
  /** performance.now() once the task that took the measure has finished. */
  afterTask: number | null;
  /** performance.now() once the next frame's main-thread work (style, layout, paint) is done. */
  afterNextFrame: number | null;
}

export interface EventRecord {
  name: string;
  startTime: number;
  /** From the input's time stamp to the next frame presented, rounded to 8 ms by the browser. */
  duration: number;
  processingStart: number;
  processingEnd: number;
}

export interface ProbeLog {
  measures: MeasureRecord[];
  events: EventRecord[];
}

declare global {
  interface Window {
    __citatBench?: ProbeLog;
  }
}

/** Runs in the page (serialised by Playwright): no references outside this function. */
export function installProbe(): void {
  const log: ProbeLog = { measures: [], events: [] };
  window.__citatBench = log;
  const measure = performance.measure.bind(performance);
  performance.measure = ((...args: Parameters<Performance['measure']>) => {
    const entry = measure(...args);
    const record: MeasureRecord = {
      name: entry.name,
      startTime: entry.startTime,
      duration: entry.duration,
      afterTask: null,
      afterNextFrame: null,
    };
    log.measures.push(record);
    const afterThisTask = (done: (now: number) => void) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        done(performance.now());
        channel.port1.close();
      };
      channel.port2.postMessage(null);
    };
    afterThisTask((now) => (record.afterTask = now));
    requestAnimationFrame(() => afterThisTask((now) => (record.afterNextFrame = now)));
    return entry;
  }) as Performance['measure'];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as PerformanceEventTiming[])
        log.events.push({
          name: entry.name,
          startTime: entry.startTime,
          duration: entry.duration,
          processingStart: entry.processingStart,
          processingEnd: entry.processingEnd,
        });
    }).observe({ type: 'event', durationThreshold: 16, buffered: true } as PerformanceObserverInit);
  } catch {
    // No Event Timing in this browser: the apply metrics do without it.
  }
}
