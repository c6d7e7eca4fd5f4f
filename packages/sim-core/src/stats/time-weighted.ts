/** Plain-data snapshot of a {@link TimeWeighted} statistic over `[start, end]`. */
export interface TimeWeightedJSON {
  start: number;
  end: number;
  mean: number;
  min: number;
  max: number;
  current: number;
  integral: number;
}

/**
 * A piecewise-constant quantity over simulated time: queue length, busy servers, cars in a yard.
 *
 * Each value holds from the time it is set until the next update (right-continuous steps), so
 * the integral is Σ vᵢ·(tᵢ₊₁ − tᵢ) and the time-weighted mean over [t₀, T] is
 *
 *   L̄ = (1 / (T − t₀)) · ∫ v(t) dt
 *
 * which is what Little's law (L = λW) relates to a tallied wait. Observation-weighted averages
 * of the same quantity are biased whenever the sampling rate depends on the state.
 *
 * `min` and `max` include every value ever set, even one replaced at the same instant
 * (a car that joins and leaves a queue at one simulated time still made it that long).
 * `update` allocates nothing.
 */
export class TimeWeighted {
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  #start = 0;
  #lastTime = 0;
  #current = 0;
  #integral = 0;
  #min = 0;
  #max = 0;

  /** Starts observing at `startTime` with the quantity equal to `initialValue`. */
  constructor(startTime = 0, initialValue = 0) {
    if (!Number.isFinite(startTime)) {
      throw new RangeError(`TimeWeighted: startTime must be a finite number, got ${startTime}`);
    }
    if (!Number.isFinite(initialValue)) {
      throw new RangeError(`TimeWeighted: initialValue must be a finite number, got ${initialValue}`);
    }
    this.#start = startTime;
    this.#lastTime = startTime;
    this.#current = initialValue;
    this.#min = initialValue;
    this.#max = initialValue;
  }

  /**
   * Sets the quantity to `value` from `time` on. Updates at equal times are allowed (several
   * events at one instant); a time earlier than the previous update throws a RangeError,
   * because it would make the integral silently wrong.
   */
  update(time: number, value: number): void {
    const dt = time - this.#lastTime;
    // `!(dt >= 0)` also catches a NaN time.
    if (!(dt >= 0) || time === Number.POSITIVE_INFINITY) {
      throw new RangeError(
        `TimeWeighted.update: time must be finite and >= the previous update time ${this.#lastTime}, got ${time}`,
      );
    }
    if (!Number.isFinite(value)) {
      throw new RangeError(`TimeWeighted.update: value must be a finite number, got ${value}`);
    }
    this.#integral += this.#current * dt;
    this.#lastTime = time;
    this.#current = value;
    if (value < this.#min) this.#min = value;
    if (value > this.#max) this.#max = value;
  }

  /** ∫ v(t) dt from the start (or last reset) to `untilTime`, which must not precede the last update. */
  integral(untilTime: number): number {
    return this.#integral + this.#current * this.#tail(untilTime, 'integral');
  }

  /**
   * Time-weighted mean over [start, untilTime]. NaN when that span is empty (`untilTime`
   * equals the start): a mean over zero time is undefined, and NaN keeps that visible.
   */
  mean(untilTime: number): number {
    const tail = this.#tail(untilTime, 'mean');
    const duration = untilTime - this.#start;
    return duration > 0 ? (this.#integral + this.#current * tail) / duration : Number.NaN;
  }

  /** Smallest value set since the start or last reset. */
  get min(): number {
    return this.#min;
  }

  /** Largest value set since the start or last reset. */
  get max(): number {
    return this.#max;
  }

  /** The value in force now. */
  get current(): number {
    return this.#current;
  }

  /** Start of the observation window (the constructor's `startTime` or the last `reset` time). */
  get startTime(): number {
    return this.#start;
  }

  /** Time of the latest update (or the start, if none since). */
  get lastUpdateTime(): number {
    return this.#lastTime;
  }

  /**
   * Warm-up deletion: discards everything before `time` but keeps the current value, which is
   * still in force (the queue does not empty because we stopped looking). `time` must not
   * precede the last update.
   */
  reset(time: number): void {
    this.#tail(time, 'reset');
    this.#start = time;
    this.#lastTime = time;
    this.#integral = 0;
    this.#min = this.#current;
    this.#max = this.#current;
  }

  /** Plain-data snapshot over [start, untilTime]. */
  toJSON(untilTime: number): TimeWeightedJSON {
    return {
      start: this.#start,
      end: untilTime,
      mean: this.mean(untilTime),
      min: this.#min,
      max: this.#max,
      current: this.#current,
      integral: this.integral(untilTime),
    };
  }

  /** Time elapsed since the last update, validated: queries cannot look into the past. */
  #tail(untilTime: number, method: string): number {
    const dt = untilTime - this.#lastTime;
    if (!(dt >= 0) || untilTime === Number.POSITIVE_INFINITY) {
      throw new RangeError(
        `TimeWeighted.${method}: time must be finite and >= the last update time ${this.#lastTime}, got ${untilTime}`,
      );
    }
    return dt;
  }
}
