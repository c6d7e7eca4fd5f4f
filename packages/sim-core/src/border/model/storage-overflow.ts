import { TimeWeighted } from '../../stats/time-weighted.js';

/** Per-class counts of vehicles that found a station's storage full (after the warm-up). */
export class OverflowCounts {
  /** Found the storage full: waitedBeyond + gaveUp + diverted. */
  overflow = 0;
  /** Waited further back, upstream of the storage, until there was room. */
  waitedBeyond = 0;
  /** Left the crossing ('giveUp', also called 'turnAway'). */
  gaveUp = 0;
  /** Drove on to another port. */
  diverted = 0;
}

/** What a vehicle does at a full storage: the station's `whenFull` rule. */
export type OverflowRule = 'wait' | 'giveUp' | 'divert';

/**
 * What happens at a full storage: per class, how many vehicles found it full and what they did,
 * and the number waiting beyond it (further back up the road), time-weighted. A vehicle is beyond
 * the storage from finding it full until it gets in; it is then counted as waiting in the station.
 */
export class StorageOverflow {
  byClass: OverflowCounts[];
  readonly beyond: TimeWeighted;
  private beyondNow = 0;

  constructor(
    private readonly classes: number,
    now: number,
  ) {
    this.byClass = Array.from({ length: classes }, () => new OverflowCounts());
    this.beyond = new TimeWeighted(now, 0);
  }

  /** Vehicles beyond the storage now. */
  get current(): number {
    return this.beyondNow;
  }

  /** A vehicle of class `classIndex` found the storage full and follows `rule`: only 'wait' keeps it beyond. */
  full(classIndex: number, counted: boolean, rule: OverflowRule, now: number): void {
    if (rule === 'wait') this.change(now, 1);
    if (!counted) return;
    const counts = this.byClass[classIndex]!;
    counts.overflow++;
    if (rule === 'wait') counts.waitedBeyond++;
    else if (rule === 'giveUp') counts.gaveUp++;
    else counts.diverted++;
  }

  /** A vehicle that waited beyond the storage got in. */
  admitted(now: number): void {
    this.change(now, -1);
  }

  /** Restarts the statistics at the end of the warm-up. */
  resetStats(now: number): void {
    this.beyond.reset(now);
    this.byClass = Array.from({ length: this.classes }, () => new OverflowCounts());
  }

  private change(now: number, delta: number): void {
    this.beyondNow += delta;
    this.beyond.update(now, this.beyondNow);
  }
}
