import { Event } from '../../event.js';
import type { Simulation } from '../../simulation.js';
import type { LocalClock } from './local-clock.js';

/**
 * A daily quota with its electronic queue: a side accepts at most `perDay` vehicles (or cars) a
 * local day; the others wait, first come first served, for the tokens of the next day
 * (Kazakhstan's electronic queue at Nur Zholy). Tokens left at the reset are lost: a quota is a
 * daily allowance, not a savings account. A change of `perDay` (a shock) applies from the next
 * reset.
 */
export class DailyQuota {
  /** Tokens per day from the next reset on. */
  perDay: number;
  private tokens: number;
  private readonly waiting: { amount: number; event: Event<undefined> }[] = [];
  private head = 0;
  /** Tokens handed out since the statistics were reset. */
  used = 0;

  /** Classes that need tokens. */
  readonly classes: readonly string[];
  /** One token per vehicle or per car. */
  readonly counts: 'vehicles' | 'cars';

  constructor(
    private readonly sim: Simulation,
    perDay: number,
    private readonly clock: LocalClock,
    private readonly resetAt: number,
    rules: { classes: readonly string[]; counts: 'vehicles' | 'cars' } = { classes: [], counts: 'vehicles' },
  ) {
    this.perDay = perDay;
    this.classes = rules.classes;
    this.counts = rules.counts;
    this.tokens = perDay;
    this.sim.scheduleAt(this.clock.next(sim.now, resetAt), this.reset, 0);
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
