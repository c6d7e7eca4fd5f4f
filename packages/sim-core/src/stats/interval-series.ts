/** Per-interval output of {@link IntervalSeries.finish}. */
export interface IntervalSeriesJSON {
  /** Start of interval 0. */
  start: number;
  /** Interval length; interval k is [start + k·interval, start + (k+1)·interval). */
  interval: number;
  /** The `untilTime` passed to `finish`: the last entry covers [start + k·interval, end) if that is shorter. */
  end: number;
  /** Time-weighted mean per interval. */
  mean: number[];
  /** Largest value in force per interval. */
  max: number[];
}

/**
 * The time-weighted mean and maximum of a piecewise-constant quantity per fixed interval
 * (queue length per hour, trucks in the yard per day): the time series behind a plot of
 * congestion over the day, where TimeWeighted gives only one number for the whole run.
 *
 * Interval k's mean is (1/Δ)·∫ v(t) dt over [start + kΔ, start + (k+1)Δ). Its max counts every
 * value in force at some instant of the interval, including one set and replaced at the same
 * time, but not a value replaced exactly at the interval's start.
 *
 * Memory is two numbers per elapsed interval, i.e. proportional to horizon/interval: inherent
 * to a time series (a year by the hour is 8 760 entries). `update` allocates only when it
 * closes an interval (an amortized array append); boundaries are computed as start + k·Δ,
 * so they do not drift over long runs.
 */
export class IntervalSeries {
  /** Start of interval 0. */
  readonly start: number;
  /** Interval length Δ. */
  readonly interval: number;
  readonly #means: number[] = [];
  readonly #maxima: number[] = [];
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  #intervalStart = 0;
  #intervalEnd = 0;
  #lastTime = 0;
  #current = 0;
  #area = 0;
  #max = 0;

  /** Starts the first interval at `start` with the quantity equal to `initialValue`. */
  constructor(interval: number, start = 0, initialValue = 0) {
    if (!(interval > 0) || interval === Number.POSITIVE_INFINITY) {
      throw new RangeError(`IntervalSeries: interval must be a finite number > 0, got ${interval}`);
    }
    if (!Number.isFinite(start)) {
      throw new RangeError(`IntervalSeries: start must be a finite number, got ${start}`);
    }
    if (!Number.isFinite(initialValue)) {
      throw new RangeError(`IntervalSeries: initialValue must be a finite number, got ${initialValue}`);
    }
    this.interval = interval;
    this.start = start;
    this.#intervalStart = start;
    this.#intervalEnd = start + interval;
    this.#lastTime = start;
    this.#current = initialValue;
    this.#max = initialValue;
  }

  /** Sets the quantity to `value` from `time` on; `time` must not precede the previous update (RangeError). */
  update(time: number, value: number): void {
    if (!Number.isFinite(value)) {
      throw new RangeError(`IntervalSeries.update: value must be a finite number, got ${value}`);
    }
    this.#advance(time, 'update');
    this.#current = value;
    if (value > this.#max) this.#max = value;
  }

  /**
   * Closes every interval up to `untilTime` and returns the series so far (copies). A final
   * partial interval [start + kΔ, untilTime) is included with its mean over its own length;
   * none is added when `untilTime` falls on a boundary. Updates may continue afterwards.
   */
  finish(untilTime: number): IntervalSeriesJSON {
    this.#advance(untilTime, 'finish');
    const mean = this.#means.slice();
    const max = this.#maxima.slice();
    const partial = untilTime - this.#intervalStart;
    if (partial > 0) {
      mean.push(this.#area / partial);
      max.push(this.#max);
    }
    return { start: this.start, interval: this.interval, end: untilTime, mean, max };
  }

  /** Accrues the current value up to `time`, closing each interval boundary crossed. */
  #advance(time: number, method: string): void {
    if (!(time >= this.#lastTime) || time === Number.POSITIVE_INFINITY) {
      throw new RangeError(
        `IntervalSeries.${method}: time must be finite and >= the previous update time ${this.#lastTime}, got ${time}`,
      );
    }
    while (time >= this.#intervalEnd) {
      this.#accrue(this.#intervalEnd);
      this.#means.push(this.#area / (this.#intervalEnd - this.#intervalStart));
      this.#maxima.push(this.#max);
      const k = this.#means.length;
      this.#intervalStart = this.#intervalEnd;
      this.#intervalEnd = this.start + (k + 1) * this.interval;
      this.#area = 0;
      this.#max = Number.NEGATIVE_INFINITY;
    }
    this.#accrue(time);
  }

  #accrue(time: number): void {
    const dt = time - this.#lastTime;
    if (dt > 0) {
      this.#area += this.#current * dt;
      if (this.#current > this.#max) this.#max = this.#current;
    }
    this.#lastTime = time;
  }
}
