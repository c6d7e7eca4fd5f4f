import { checkNumber, checkOptions, describeValue } from './argument-checks.js';
import { ContainerTransfer } from './container-request.js';
import type { Simulation } from './simulation.js';

/** Options of a container. */
export interface ContainerOptions {
  /** Most the container holds (finite number > 0, or Infinity, the default). */
  capacity?: number;
  /** Level at the start (default 0). */
  init?: number;
  /** A name for errors and descriptions. */
  name?: string;
}

/**
 * An amount of something, continuous or discrete: fuel in a tank, a daily quota of export
 * permits, free parking spaces counted as a number. SimPy's `Container`.
 *
 * `put(amount)` waits until the amount fits under the capacity; `get(amount)` waits until the level
 * reaches it. Each side is strictly first come first served, as in SimPy: a large waiting get
 * blocks smaller gets behind it even when the level would satisfy them, and likewise for puts.
 * That keeps big requests from starving; a model that wants smaller requests to overtake can
 * use several containers, or cancel and re-issue.
 *
 * A transfer that can proceed at once is settled on the spot (no calendar round trip); waiting
 * ones are triggered through the calendar. A process interrupted while waiting must `cancel()`.
 *
 * Amounts are compared exactly. With fractional amounts, rounding may leave the level a hair
 * below a get that should just fit (0.1 + 0.2 is not 0.3); use integers, or amounts that are
 * multiples of a power of two, when exact balancing matters.
 */
export class Container {
  readonly sim: Simulation;
  readonly name: string;
  /** Most the container holds. */
  readonly capacity: number;
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  private amount = 0;
  private readonly putters: ContainerTransfer[] = [];
  private readonly getters: ContainerTransfer[] = [];
  /** Total put since the statistics were last reset. */
  totalPut = 0;
  /** Total taken since the statistics were last reset. */
  totalGot = 0;
  private statsStart = 0;
  private lastChange = 0;
  private levelArea = 0;
  private minAmount = 0;
  private maxAmount = 0;

  constructor(sim: Simulation, options: ContainerOptions = {}) {
    checkOptions('new Container(sim, options)', options, ['capacity', 'init', 'name']);
    this.sim = sim;
    const name = options.name ?? 'container';
    if (typeof name !== 'string')
      throw new TypeError(`new Container: name must be a string, got ${describeValue(name)}`);
    this.name = name;
    const capacity = options.capacity ?? Number.POSITIVE_INFINITY;
    checkNumber(`${this.name}: capacity`, capacity);
    if (!(capacity > 0)) throw new RangeError(`${this.name}: capacity must be > 0, got ${capacity}`);
    this.capacity = capacity;
    const init = options.init ?? 0;
    checkNumber(`${this.name}: init`, init);
    if (!(init >= 0 && init <= capacity) || !Number.isFinite(init)) {
      throw new RangeError(
        `${this.name}: init must be a finite number in [0, capacity = ${capacity}], got ${init}`,
      );
    }
    this.amount = this.minAmount = this.maxAmount = init;
    this.statsStart = this.lastChange = sim.now;
  }

  /** The amount held now. */
  get level(): number {
    return this.amount;
  }

  /** Puts waiting for room. */
  get putQueueLength(): number {
    return this.putters.length;
  }

  /** Gets waiting for the level to rise. */
  get getQueueLength(): number {
    return this.getters.length;
  }

  /** Adds `amount` once it fits; the event succeeds with the amount. */
  put(amount: number): ContainerTransfer {
    const req = new ContainerTransfer(this, true, this.checkAmount(amount, 'put'));
    if (this.putters.length === 0 && this.amount + amount <= this.capacity) {
      this.change(amount);
      this.totalPut += amount;
      req.status = 'done';
      req._settle(true, amount);
      this.balance();
    } else {
      this.putters.push(req);
    }
    return req;
  }

  /** Takes `amount` once the level allows; the event succeeds with the amount. */
  get(amount: number): ContainerTransfer {
    const req = new ContainerTransfer(this, false, this.checkAmount(amount, 'get'));
    if (this.getters.length === 0 && this.amount >= amount) {
      this.change(-amount);
      this.totalGot += amount;
      req.status = 'done';
      req._settle(true, amount);
      this.balance();
    } else {
      this.getters.push(req);
    }
    return req;
  }

  /** Withdraws a waiting put or get (what `ContainerTransfer.cancel` calls). */
  cancel(req: ContainerTransfer): void {
    if (req?.container !== this) {
      if (!(req instanceof ContainerTransfer)) {
        throw new TypeError(
          `${this.name}: cancel takes a put or get of this container, got ${describeValue(req)}`,
        );
      }
      throw new Error(`${this.name}: cancel of a request made to ${req.container.name}`);
    }
    if (req.status !== 'waiting') return;
    req.status = 'cancelled';
    const list = req.isPut ? this.putters : this.getters;
    list.splice(list.indexOf(req), 1); // rare: cancelling is not a hot path
    // The cancelled request may have been the large one at the head that blocked the rest.
    this.balance();
  }

  /** Time-weighted mean level since the last reset. */
  meanLevel(): number {
    this.accumulate();
    const span = this.sim.now - this.statsStart;
    return span > 0 ? this.levelArea / span : this.amount;
  }

  /** Lowest level since the last reset. */
  get minLevel(): number {
    return this.minAmount;
  }

  /** Highest level since the last reset. */
  get maxLevel(): number {
    return this.maxAmount;
  }

  /** Restarts the statistics now (end of a warm-up period); the level is kept. */
  resetStats(): void {
    this.statsStart = this.lastChange = this.sim.now;
    this.levelArea = 0;
    this.minAmount = this.maxAmount = this.amount;
    this.totalPut = this.totalGot = 0;
  }

  /** Serves the heads of both lines, alternately, until neither can proceed. */
  private balance(): void {
    const putters = this.putters;
    const getters = this.getters;
    let moved = true;
    while (moved) {
      moved = false;
      while (getters.length > 0 && this.amount >= getters[0]!.amount) {
        const req = getters.shift()!;
        this.change(-req.amount);
        this.totalGot += req.amount;
        req.status = 'done';
        req.succeed(req.amount);
        moved = true;
      }
      while (putters.length > 0 && this.amount + putters[0]!.amount <= this.capacity) {
        const req = putters.shift()!;
        this.change(req.amount);
        this.totalPut += req.amount;
        req.status = 'done';
        req.succeed(req.amount);
        moved = true;
      }
    }
  }

  private change(delta: number): void {
    this.accumulate();
    this.amount += delta;
    if (this.amount < this.minAmount) this.minAmount = this.amount;
    if (this.amount > this.maxAmount) this.maxAmount = this.amount;
  }

  private checkAmount(amount: number, what: string): number {
    checkNumber(`${this.name}: ${what} amount`, amount);
    if (!(amount > 0) || !Number.isFinite(amount) || amount > this.capacity) {
      throw new RangeError(
        `${this.name}: ${what} amount must be a finite number in (0, capacity = ${this.capacity}], got ${amount}`,
      );
    }
    return amount;
  }

  private accumulate(): void {
    const now = this.sim.now;
    const dt = now - this.lastChange;
    if (dt > 0) {
      this.levelArea += this.amount * dt;
      this.lastChange = now;
    }
  }
}
