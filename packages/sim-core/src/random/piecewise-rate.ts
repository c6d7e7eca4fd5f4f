import { justAbove } from '../math/index.js';
import { rejectParameter, requireNonNegative, requirePositive } from './parameter-validation.js';
import type { RateProfile } from './rate-profile.js';
import type { StepRate } from './step-rate-poisson.js';

/** Options of {@link PiecewiseRate}: the rates, and either their durations or the period. */
export interface PiecewiseRateOptions {
  /** Rate in each segment (arrivals per time unit), finite and >= 0, at least one. */
  readonly rates: readonly number[];
  /**
   * Length of each segment, finite and > 0, one per rate (e.g. month lengths). The period is their
   * sum. Omit for equal segments.
   */
  readonly durations?: readonly number[];
  /**
   * Length of one cycle, e.g. 24 for an hour-of-day profile in hours. Required without `durations`
   * (the period is split into equal segments); with them, it must equal their sum.
   */
  readonly period?: number;
}

/**
 * A periodic, piecewise-constant arrival rate: segment i has rate `rates[i]` for `durations[i]` time
 * units, and the pattern repeats with period P = Σ durations, segment 0 starting at t = 0 (and at
 * every multiple of P). Suits an hour-of-day profile (24 equal segments) or a month-of-year profile
 * (12 segments of 31, 28, 31, … days). Negative times wrap into the period as well.
 */
export class PiecewiseRate implements RateProfile, StepRate {
  /** Length of one cycle. */
  readonly period: number;
  /** The largest segment rate: the thinning bound. */
  readonly max: number;
  /** Average rate over a cycle, ∫₀ᴾ λ(t) dt / P. */
  readonly meanRate: number;
  private readonly rates: Float64Array;
  /** Segment i covers [ends[i-1], ends[i]) within the cycle. */
  private readonly ends: Float64Array;
  /** ∫ λ over [0, ends[i]). */
  private readonly cumulativeCounts: Float64Array;

  /** See {@link PiecewiseRateOptions}. */
  constructor(options: PiecewiseRateOptions) {
    const { rates, durations, period } = options;
    const n = rates.length;
    if (n === 0) rejectParameter('PiecewiseRate', 'rates', 'a non-empty array', rates, '[]');
    rates.forEach((r, i) => {
      requireNonNegative('PiecewiseRate', `rates[${i}]`, r);
    });
    let segmentLengths: readonly number[];
    if (durations === undefined) {
      if (period === undefined) {
        rejectParameter('PiecewiseRate', 'period', 'given when durations are omitted', period);
      }
      requirePositive('PiecewiseRate', 'period', period);
      segmentLengths = rates.map(() => period / n);
    } else {
      if (durations.length !== n) {
        rejectParameter(
          'PiecewiseRate',
          'durations',
          `an array of ${n} entries (one per rate)`,
          durations,
          `${durations.length} entries`,
        );
      }
      durations.forEach((d, i) => {
        requirePositive('PiecewiseRate', `durations[${i}]`, d);
      });
      segmentLengths = durations;
    }

    this.rates = Float64Array.from(rates);
    this.ends = new Float64Array(n);
    this.cumulativeCounts = new Float64Array(n);
    let end = 0;
    let count = 0;
    segmentLengths.forEach((length, i) => {
      end += length;
      count += rates[i]! * length;
      this.ends[i] = end;
      this.cumulativeCounts[i] = count;
    });
    if (durations !== undefined && period !== undefined && Math.abs(period - end) > 1e-9 * end) {
      rejectParameter('PiecewiseRate', 'period', `the sum of durations (${end})`, period);
    }
    // Summed equal segments can miss the period by an ulp; pin the last end to it.
    this.period = durations === undefined ? period! : end;
    this.ends[n - 1] = this.period;
    this.max = Math.max(...rates);
    this.meanRate = count / end;
  }

  /** λ(t), allocation-free: a wrap into the cycle and a binary search over the segments. */
  rateAt(t: number): number {
    return this.rates[this.segmentOf(t - this.period * Math.floor(t / this.period))]!;
  }

  /** The end of the segment containing `t`, where the rate may change next (always after `t`). */
  segmentEnd(t: number): number {
    const cycles = Math.floor(t / this.period);
    const end = this.period * cycles + this.ends[this.segmentOf(t - this.period * cycles)]!;
    // Rounding in the wrap can put t at its segment's end: step over the boundary.
    return end > t ? end : justAbove(t);
  }

  /** ∫ λ(s) ds over [from, to]: the expected number of arrivals in that window (negative if to < from). */
  integral(from: number, to: number): number {
    return this.cumulativeCount(to) - this.cumulativeCount(from);
  }

  /** Λ(t) = ∫₀ᵗ λ(s) ds, counted from t = 0; continuous in t even where rounding misplaces the wrap. */
  private cumulativeCount(t: number): number {
    const cycles = Math.floor(t / this.period);
    const local = t - this.period * cycles;
    const i = this.segmentOf(local);
    const segmentStart = i === 0 ? 0 : this.ends[i - 1]!;
    const before = i === 0 ? 0 : this.cumulativeCounts[i - 1]!;
    const perCycle = this.cumulativeCounts[this.cumulativeCounts.length - 1]!;
    return cycles * perCycle + before + this.rates[i]! * (local - segmentStart);
  }

  /**
   * Index of the segment containing `local`: the first i with ends[i] > local. Rounding in the wrap
   * can leave `local` a hair below 0 or at P; those land in the first or last segment, which is
   * harmless at a boundary instant.
   */
  private segmentOf(local: number): number {
    const ends = this.ends;
    let lo = 0;
    let hi = ends.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (ends[mid]! > local) hi = mid;
      else lo = mid + 1;
    }
    return lo;
  }
}
