/** Summaries of the UI samples: medians and p90 per field, frame-interval statistics. */
import { median, percentile, summarise, type Metric } from '../lib/timing';
import { mainThreadOf, type MainThreadTime } from './chromium';

const round = (ms: number): number => Math.round(ms * 10) / 10;

/** Median of each field over the samples, in ms, rounded to 0.1 ms. */
export function medianMainThread(samples: readonly MainThreadTime[]): MainThreadTime {
  return mainThreadOf((key) => round(median(samples.map((s) => s[key]))));
}

/** Median and p90 of one numeric field of the samples. */
export function metricOf<S>(samples: readonly S[], field: (sample: S) => number): Metric {
  return summarise(samples.map(field));
}

export interface FrameStats {
  frames: number;
  medianMs: number;
  p95Ms: number;
  maxMs: number;
  /** Frames that took longer than 50 ms: a visible stutter. */
  over50Ms: number;
  /** Frames that missed at least one 60 Hz refresh (longer than 1.5 × 16.7 ms). */
  over25Ms: number;
}

export function frameStats(intervals: readonly number[]): FrameStats {
  return {
    frames: intervals.length,
    medianMs: round(median(intervals)),
    p95Ms: round(percentile(intervals, 95)),
    maxMs: round(Math.max(...intervals)),
    over50Ms: intervals.filter((ms) => ms > 50).length,
    over25Ms: intervals.filter((ms) => ms > 25).length,
  };
}

/** Event Timing durations where the browser reported one; the rest were under 16 ms. */
export function presentedStats(values: readonly (number | null)[]) {
  const reported = values.filter((v): v is number => v !== null);
  return {
    reported: reported.length,
    under16Ms: values.length - reported.length,
    ...(reported.length > 0
      ? { medianMs: round(median(reported)), maxMs: round(Math.max(...reported)) }
      : {}),
  };
}
