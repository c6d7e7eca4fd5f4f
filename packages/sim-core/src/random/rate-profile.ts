/**
 * An arrival rate that varies with time, together with an upper bound on it, as thinning needs.
 * Implemented by {@link PiecewiseRate}; any object of this shape works, e.g.
 * `{ rateAt: (t) => 5 + 4 * Math.sin((2 * Math.PI * t) / 1440), max: 9 }`.
 */
export interface RateProfile {
  /** Arrivals per time unit at time t: finite, in [0, max]. Called once per candidate arrival. */
  rateAt(t: number): number;
  /** An upper bound on `rateAt(t)` for all t >= the process start; the tighter, the fewer wasted draws. */
  readonly max: number;
}
