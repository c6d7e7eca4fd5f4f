/**
 * The vehicles that reached a station at one instant and are still waiting there, by kind (a
 * class, or one kind for a whole station), held back from a recorder of the waiting vehicles until
 * the clock moves on.
 *
 * Why: most vehicles find a lane free and start service at the very instant they reach a station.
 * Recorded on reaching and again on starting, each would cost two updates of every statistic for
 * nothing (a step of zero length adds nothing to a time-weighted mean) and would still raise the
 * maximum by one: a queue of one at a station where nobody ever waited. Held here instead, one
 * that leaves at the instant it came just drops out, and the rest are recorded, at the instant they
 * came, before the recorder records anything at a later time or is read. What the recorder sees is
 * the number of vehicles that wait a positive time; its means are the same bit for bit.
 *
 * The recorder asks and records; this only counts. Two recorders use it: `StationModel` and
 * `DailySeries`, which the journeys tell of each vehicle's reaching and leaving.
 */
export class Newcomers {
  /** The instant the newcomers came at (NaN before the first). */
  at = Number.NaN;
  private readonly counts: Float64Array;
  private total = 0;

  constructor(kinds: number) {
    this.counts = new Float64Array(kinds);
  }

  /** How many are held, all kinds together. */
  get held(): number {
    return this.total;
  }

  /** Whether newcomers of an instant other than `t` are held: the recorder must {@link take} them first. */
  due(t: number): boolean {
    return this.total > 0 && t !== this.at;
  }

  /** A vehicle of kind `k` reached the station at `t`; the recorder has taken any newcomers of another instant. */
  join(k: number, t: number): void {
    this.at = t;
    this.counts[k]!++;
    this.total++;
  }

  /**
   * A vehicle of kind `k` that reached the station at `reachedAt` leaves its waiting vehicles at
   * `t`: true when it was a newcomer, and so drops out unrecorded; false when the recorder holds it.
   */
  leave(k: number, t: number, reachedAt: number): boolean {
    if (reachedAt !== t || t !== this.at || !(this.counts[k]! > 0)) return false;
    this.counts[k]!--;
    this.total--;
    return true;
  }

  /** The newcomers of kind `k`, now handed to the recorder (to record at {@link at}). */
  take(k: number): number {
    const count = this.counts[k]!;
    if (count > 0) {
      this.counts[k] = 0;
      this.total -= count;
    }
    return count;
  }
}
