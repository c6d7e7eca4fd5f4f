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
  /** The event that takes a token (default 'arrival'). */
  readonly countedAt?: 'arrival' | 'serviceStart' | 'booking';
  /** Vehicles the day's tokens cannot serve wait ('carried', the default) or leave ('lost'). */
  readonly leftover?: 'carried' | 'lost';
}

/** What waits on a quota's daily renewal besides its own queue: a station's start gate. */
export interface QuotaListener {
  /** The day's tokens were renewed. */
  renewed(): void;
  /** Vehicles waiting here for tokens of `quota`. */
  waitingFor(quota: DailyQuota): number;
}

/**
 * A daily quota: at most `perDay` tokens a local day, one per vehicle or per car. Unused tokens
 * are lost at the reset: a quota is a daily allowance, not a savings account. A change of capacity
 * (a shock, `setCapacity`) applies from the next reset.
 *
 * A quota counted at `arrival` keeps its own electronic queue (`take`): a vehicle without a token
 * waits, first come first served, for the next day's tokens ('carried') or leaves at once ('lost').
 * A quota counted at `booking` is asked the same way (`take`), by a vehicle about to book a slot in
 * its class's e-queue: it books once it has its token, or gives up booking.
 * A quota counted at `serviceStart` is asked by the start gates of its stations (`available`,
 * `consume`) at the instant a vehicle would start service, and tells them when tokens are renewed.
 *
 * The day a token belongs to is decided by the time it is taken, not by the order of events:
 * whoever asks first at or after a reset instant renews the tokens. So a lane that opens at the
 * very instant of the reset cannot start a vehicle on the old day's tokens, and "at most perDay a
 * day" holds exactly.
 */
export class DailyQuota {
  /** Tokens handed out since the statistics were reset. */
  used = 0;
  /** One token per vehicle or per car. */
  readonly counts: 'vehicles' | 'cars';
  readonly countedAt: 'arrival' | 'serviceStart' | 'booking';
  readonly leftover: 'carried' | 'lost';
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  private perDay = 0;
  private tokens = 0;
  /** The next reset instant (simulated minutes): tokens taken at or after it belong to a new day. */
  private nextReset = 0;
  private readonly classes: ReadonlySet<string>;
  private readonly waiting: { amount: number; event: Event<boolean> }[] = [];
  private head = 0;
  private readonly listeners: QuotaListener[] = [];
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
    this.countedAt = options.countedAt ?? 'arrival';
    this.leftover = options.leftover ?? 'carried';
    this.tokens = this.perDay;
    this.nextReset = this.clock.next(this.sim.now, this.resetAt);
    this.sim.scheduleAt(this.nextReset, this.renew, 0);
  }

  /** Whether vehicles of class `classId` need tokens. */
  applies(classId: string): boolean {
    return this.classes.has(classId);
  }

  /** Tokens asked for by a vehicle carrying `cars` cars (before the one-day cap of `need`). */
  amount(cars: number): number {
    return this.counts === 'cars' ? cars : 1;
  }

  /**
   * Tokens a vehicle asking for `amount` needs: at most a whole day's, so that a vehicle bigger
   * than a day's quota takes a whole day instead of waiting forever; at least one, except that a
   * vehicle with no cars on board (a freight truck, an empty carrier) needs none of a quota that
   * counts cars.
   */
  need(amount: number): number {
    if (amount === 0) return 0;
    return Math.max(1, Math.min(amount, this.perDay));
  }

  /** Tokens per day from the next reset on (a 'quota' shock). */
  setCapacity(perDay: number): void {
    this.perDay = perDay;
  }

  /** Tokens per day from the next reset on. */
  get capacity(): number {
    return this.perDay;
  }

  /** Tokens left today. */
  available(): number {
    this.catchUp();
    return this.tokens;
  }

  /** Takes `need` tokens now; the caller has checked that `available()` covers them. */
  consume(need: number): void {
    this.tokens -= need;
    this.used += need;
  }

  /** Tells `listener` whenever the tokens are renewed. */
  listen(listener: QuotaListener): void {
    this.listeners.push(listener);
  }

  /** Vehicles waiting for this quota's tokens (its own queue and at its stations' gates). */
  get queueLength(): number {
    let n = this.waiting.length - this.head;
    for (const listener of this.listeners) n += listener.waitingFor(this);
    return n;
  }

  /**
   * For a quota counted at arrival or at booking: an event that succeeds with true once `amount` tokens are
   * granted, or with false when the vehicle is turned away (`leftover: 'lost'` and too few tokens
   * left today).
   */
  take(amount: number): Event<boolean> {
    this.catchUp();
    const event = new Event<boolean>(this.sim);
    const need = this.need(amount);
    // A vehicle that needs no token passes at once: it takes nothing from those waiting.
    if (need === 0 || (this.waiting.length === this.head && this.tokens >= need)) {
      this.consume(need);
      event._settle(true, true);
    } else if (this.leftover === 'lost') {
      event._settle(true, false);
    } else {
      this.waiting.push({ amount: need, event });
    }
    return event;
  }

  /** Restarts the statistics (end of the warm-up). */
  resetStats(): void {
    this.used = 0;
  }

  /** Renews the tokens if a reset instant has passed, and serves the queue from them. */
  private catchUp(): void {
    const now = this.sim.now;
    if (now < this.nextReset) return;
    this.tokens = this.perDay;
    this.nextReset = this.clock.next(now, this.resetAt);
    while (this.head < this.waiting.length) {
      const next = this.waiting[this.head]!;
      const need = this.need(next.amount);
      if (this.tokens < need) break;
      this.consume(need);
      this.waiting[this.head++] = undefined as never;
      next.event.succeed(true);
    }
    if (this.head > 1024 && this.head * 2 > this.waiting.length) {
      this.waiting.splice(0, this.head);
      this.head = 0;
    }
  }

  private readonly renew = (): void => {
    this.catchUp();
    for (const listener of this.listeners) listener.renewed();
    this.sim.scheduleAt(this.nextReset, this.renew, 0);
  };
}
