import { Event } from '../../event.js';
import type { Simulation } from '../../simulation.js';
import type { LocalClock } from './local-clock.js';

/** What a daily quota is built from. */
export interface DailyQuotaOptions {
  readonly sim: Simulation;
  /** Tokens per local day. */
  readonly perDay: number;
  /** The clock whose local day the quota counts. */
  readonly clock: LocalClock;
  /** Local minute of the day at which the tokens are renewed (default 0, midnight). */
  readonly resetAt?: number;
  /** Classes that need tokens (default: none). */
  readonly classes?: readonly string[];
  /** One token per vehicle or per car (default 'vehicles'). */
  readonly counts?: 'vehicles' | 'cars';
}

/**
 * A daily quota with its electronic queue: a side accepts at most `perDay` vehicles (or cars) a
 * local day; the others wait, first come first served, for the tokens of the next day
 * (Kazakhstan's electronic queue at Nur Zholy). Tokens left at the reset are lost: a quota is a
 * daily allowance, not a savings account. A change of capacity (a shock, `setCapacity`) applies
 * from the next reset.
 */
export class DailyQuota {
  /** Tokens handed out since the statistics were reset. */
  used = 0;
  /** One token per vehicle or per car. */
  readonly counts: 'vehicles' | 'cars';
  private perDay: number;
  private tokens: number;
  private readonly classes: ReadonlySet<string>;
  private readonly waiting: { amount: number; event: Event<undefined> }[] = [];
  private head = 0;
  private readonly sim: Simulation;
  private readonly clock: LocalClock;
  private readonly resetAt: number;

  constructor(options: DailyQuotaOptions) {
    this.sim = options.sim;
    this.clock = options.clock;
    this.resetAt = options.resetAt ?? 0;
    this.perDay = options.perDay;
    this.classes = new Set(options.classes ?? []);
    this.counts = options.counts ?? 'vehicles';
    this.tokens = this.perDay;
    this.sim.scheduleAt(this.clock.next(this.sim.now, this.resetAt), this.reset, 0);
  }

  /** Whether vehicles of class `classId` need tokens. */
  applies(classId: string): boolean {
    return this.classes.has(classId);
  }

  /** Tokens asked for by a vehicle carrying `cars` cars (before the one-day cap of `take`). */
  amount(cars: number): number {
    return this.counts === 'cars' ? cars : 1;
  }

  /** Tokens per day from the next reset on (a 'quota' shock). */
  setCapacity(perDay: number): void {
    this.perDay = perDay;
  }

  /** Tokens per day from the next reset on. */
  get capacity(): number {
    return this.perDay;
  }

  /** Vehicles waiting in the electronic queue. */
  get queueLength(): number {
    return this.waiting.length - this.head;
  }

  /**
   * An event that succeeds once `amount` tokens are granted. A vehicle bigger than a whole day's
   * quota is granted a full day's tokens instead, or it would wait forever.
   */
  take(amount: number): Event<undefined> {
    const event = new Event<undefined>(this.sim);
    const need = this.need(amount);
    if (this.queueLength === 0 && this.tokens >= need) {
      this.tokens -= need;
      this.used += need;
      event._settle(true, undefined);
    } else {
      this.waiting.push({ amount: need, event });
    }
    return event;
  }

  /** Restarts the statistics (end of the warm-up). */
  resetStats(): void {
    this.used = 0;
  }

  /** Tokens a vehicle of `amount` needs: at most a day's worth, at least one. */
  private need(amount: number): number {
    return Math.max(1, Math.min(amount, this.perDay));
  }

  private readonly reset = (): void => {
    this.tokens = this.perDay;
    while (this.head < this.waiting.length) {
      const next = this.waiting[this.head]!;
      const need = this.need(next.amount);
      if (this.tokens < need) break;
      this.tokens -= need;
      this.used += need;
      this.waiting[this.head++] = undefined as never;
      next.event.succeed();
    }
    if (this.head > 1024 && this.head * 2 > this.waiting.length) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
    this.sim.scheduleAt(this.clock.next(this.sim.now, this.resetAt), this.reset, 0);
  };
}
