import { checkOptionalBoolean, checkOptions, describeValue } from './argument-checks.js';
import type { CalendarItem } from './calendar.js';
import { Claim } from './claim.js';
import { NORMAL } from './priority.js';
import { type Preempted, Request } from './request.js';
import { RequestQueue } from './request-queue.js';
import {
  checkCapacity,
  checkQueueLimit,
  checkReleased,
  checkRequestOptions,
  checkSeizeArguments,
} from './resource-arguments.js';
import type { Simulation } from './simulation.js';

/** Options of a resource. */
export interface ResourceOptions {
  /** Units that can be in use at once, e.g. open lanes (integer >= 0, default 1). */
  capacity?: number;
  /** A name for traces and errors. */
  name?: string;
  /** Whether requests made with `preempt: true` may displace users of lower priority. */
  preemptive?: boolean;
  /** Most requests allowed to wait; one arriving to a full line balks (default: unlimited). */
  queueLimit?: number;
}

/** Options of a request. */
export interface RequestOptions {
  /** Lower is served first (integer or not; default 0). */
  priority?: number;
  /** On a preemptive resource, displace a user of strictly lower priority when none is free. */
  preempt?: boolean;
  /** Leave the line (renege) if not granted within this time. */
  patience?: number;
}

/** What happens to users when capacity drops below the number of units in use. */
export type CapacityRule = 'finish' | 'preempt';

/**
 * Identical units shared by entities that queue for them: lanes at a checkpoint, inspection bays,
 * drivers. A bank's tellers, in SimPy's terms.
 *
 * Requests are served by priority, then first come first served. Time-weighted statistics of the
 * number waiting, the number in use and the capacity are kept as running integrals, so they cost
 * a few multiplications per change and no memory.
 *
 * Capacity may change during the run (lanes opening and closing, see `Schedule`). When it drops
 * below the number of units in use, the rule decides: 'finish' lets users finish and grants
 * nothing until the count is below the new capacity; 'preempt' interrupts the users of lowest
 * priority, the most recently granted first, with a `Preempted` cause.
 */
export class Resource {
  readonly sim: Simulation;
  readonly name: string;
  readonly preemptive: boolean;
  readonly queueLimit: number;
  private cap = 0;
  private readonly users: Request[] = [];
  /** Units taken with `seize` (no Request object to list them by). */
  private seized = 0;
  private readonly queue = new RequestQueue<Request | Claim>();
  private order = 0;
  /** Requests turned away because the line was full. */
  balked = 0;
  /** Requests that left the line when their patience ran out. */
  reneged = 0;
  /** Users displaced by preemption or by a capacity cut under the 'preempt' rule. */
  preempted = 0;
  /** Units granted since the statistics were last reset. */
  granted = 0;
  // Number fields start as numbers (0 until the constructor sets them), never undefined: see `Simulation.now`.
  private statsStart = 0;
  private lastChange = 0;
  private busyArea = 0;
  private queueArea = 0;
  private capacityArea = 0;
  private maxQueue = 0;

  constructor(sim: Simulation, options: ResourceOptions = {}) {
    checkOptions('new Resource(sim, options)', options, ['capacity', 'name', 'preemptive', 'queueLimit']);
    this.sim = sim;
    const name = options.name ?? 'resource';
    if (typeof name !== 'string')
      throw new TypeError(`new Resource: name must be a string, got ${describeValue(name)}`);
    this.name = name;
    this.cap = checkCapacity(options.capacity ?? 1, this.name);
    checkOptionalBoolean(`${this.name}: preemptive`, options.preemptive);
    this.preemptive = options.preemptive ?? false;
    this.queueLimit = checkQueueLimit(options.queueLimit ?? Number.POSITIVE_INFINITY, this.name);
    this.statsStart = sim.now;
    this.lastChange = sim.now;
  }

  /** Units that may be in use. */
  get capacity(): number {
    return this.cap;
  }

  /** Units in use. */
  get busy(): number {
    return this.users.length + this.seized;
  }

  /** Requests waiting. */
  get queueLength(): number {
    return this.queue.length;
  }

  /** The requests in use (a copy). */
  get usersList(): readonly Request[] {
    return this.users.slice();
  }

  /** The requests and claims waiting, in service order (a copy). */
  get waiting(): readonly (Request | Claim)[] {
    return this.queue.toArray();
  }

  /**
   * Takes a unit without a `Request` object: the hot-path way, as simmer's `seize`. Returns true
   * if a unit was free (it is now taken); otherwise joins the line, and `then` (a callback, or a
   * process's wake-up) goes on the calendar when a unit is granted. Give the unit back with
   * `release()` (no argument). Such units follow the line's order and the capacity like requests
   * do, but cannot balk, renege or be preempted: use `request()` for those.
   */
  seize(then: CalendarItem, priority = 0): boolean {
    // Checked now: `then` is only called when a unit frees, possibly much later.
    if (typeof then !== 'function' || (priority !== 0 && !Number.isFinite(priority))) {
      checkSeizeArguments(this.name, then, priority);
    }
    return this.claim(then, priority) === null;
  }

  /** @internal `seize`, returning the claim left in line (null if granted on the spot). */
  claim(then: CalendarItem, priority: number): Claim | null {
    if (this.users.length + this.seized < this.cap && this.queue.length === 0) {
      this.accumulate();
      this.seized++;
      this.granted++;
      const tracer = this.sim.tracer;
      if (tracer !== null) tracer({ kind: 'grant', time: this.sim.now, resource: this.name, waited: 0 });
      return null;
    }
    const claim = new Claim(priority, this.order++, then);
    this.accumulate();
    this.queue.push(claim);
    if (this.queue.length > this.maxQueue) this.maxQueue = this.queue.length;
    return claim;
  }

  /** @internal Withdraws a claim (its process was interrupted); a unit already granted to it is given back. */
  unclaim(claim: Claim): void {
    if (claim._queued) {
      this.accumulate();
      this.queue.withdraw(claim);
    } else if (claim._grantId >= 0) {
      this.sim.cancel(claim._grantId);
      claim._grantId = -1;
      this.release();
    }
  }

  /** Asks for a unit. Yield the request to wait for it; release it when done. */
  request(options: RequestOptions = {}): Request {
    // Every option is checked before anything changes, so a refused request leaves no trace (no
    // zombie in line, no order number used). The messages are built out of line (checkRequestOptions)
    // to keep this hot method small; unknown keys are not looked for, which would cost every call.
    if (typeof options !== 'object' || options === null) checkRequestOptions(this, options);
    const priority = options.priority ?? 0;
    const preempt = options.preempt ?? false;
    const patience = options.patience ?? Number.POSITIVE_INFINITY;
    if (
      (priority !== 0 && !Number.isFinite(priority)) ||
      preempt !== false ||
      typeof patience !== 'number' ||
      !(patience >= 0)
    ) {
      checkRequestOptions(this, options);
    }
    const sim = this.sim;
    const req = new Request(this, priority, preempt, this.order++);
    const tracer = sim.tracer;
    if (tracer !== null) {
      tracer({
        kind: 'request',
        time: sim.now,
        resource: this.name,
        priority,
        queueLength: this.queue.length,
      });
    }
    if (this.users.length + this.seized < this.cap && this.queue.length === 0) {
      // Granted on the spot: the request is settled without a calendar round trip.
      this.accumulate();
      this.addUser(req);
      req._settle(true, true);
      return req;
    }
    // A preempting request displaces a user only if it would also be first in line: it never
    // overtakes a waiting request of better or equal priority (SimPy's rule).
    const head = preempt ? this.queue.peek() : undefined;
    if (
      preempt &&
      this.busy >= this.cap &&
      this.users.length > 0 &&
      (head === undefined || priority < head.priority)
    ) {
      const victim = this.lowestUser();
      if (victim !== null && victim.priority > priority) {
        this.checkDisplaceable(victim);
        this.accumulate();
        this.displace(victim, req);
        this.addUser(req);
        req._settle(true, true);
        return req;
      }
    }
    if (this.queue.length >= this.queueLimit) {
      this.balked++;
      req.status = 'balked';
      req.leftAt = sim.now;
      if (tracer !== null)
        tracer({ kind: 'balk', time: sim.now, resource: this.name, queueLength: this.queue.length });
      req._settle(true, false);
      return req;
    }
    this.accumulate();
    this.queue.push(req);
    if (this.queue.length > this.maxQueue) this.maxQueue = this.queue.length;
    if (patience !== Number.POSITIVE_INFINITY) req._timer = sim.schedule(patience, () => this.renege(req));
    return req;
  }

  /**
   * Gives a granted unit back, or withdraws a waiting request. Without an argument, gives back a
   * unit taken with `seize`.
   */
  release(req?: Request): void {
    if (req === undefined) {
      if (this.seized === 0)
        throw new Error(`${this.name}: release() without a request, but no unit was seized`);
      this.accumulate();
      this.seized--;
      const tracer = this.sim.tracer;
      if (tracer !== null)
        tracer({ kind: 'release', time: this.sim.now, resource: this.name, held: Number.NaN });
      this.serve();
      return;
    }
    if (req?.resource !== this) checkReleased(this, req);
    switch (req.status) {
      case 'granted': {
        this.accumulate();
        this.removeUser(req);
        req.status = 'released';
        const tracer = this.sim.tracer;
        if (tracer !== null) {
          tracer({
            kind: 'release',
            time: this.sim.now,
            resource: this.name,
            held: this.sim.now - req.grantedAt,
          });
        }
        this.serve();
        return;
      }
      case 'waiting':
        this.accumulate();
        this.queue.withdraw(req);
        this.clearTimer(req);
        req.status = 'cancelled';
        req.leftAt = this.sim.now;
        return;
      case 'released':
        throw new Error(`${this.name}: request released twice`);
      default:
        return; // balked, reneged, cancelled or preempted: nothing is held
    }
  }

  /** Changes the number of units; see the class comment for what happens to users on a cut. */
  setCapacity(capacity: number, rule: CapacityRule = 'finish'): void {
    checkCapacity(capacity, this.name);
    if (rule !== 'finish' && rule !== 'preempt') {
      throw new RangeError(`${this.name}: capacity rule must be 'finish' or 'preempt', got ${String(rule)}`);
    }
    if (rule === 'preempt' && this.busy > capacity) {
      // Check every victim before changing anything, so that a refusal leaves the resource intact.
      // Seized units cannot be preempted: they finish.
      const victims = [...this.users].sort(displaceFirst).slice(0, this.busy - capacity);
      for (const victim of victims) this.checkDisplaceable(victim);
    }
    this.accumulate();
    this.cap = capacity;
    const tracer = this.sim.tracer;
    if (tracer !== null) {
      tracer({
        kind: 'capacity',
        time: this.sim.now,
        resource: this.name,
        capacity,
        busy: this.busy,
      });
    }
    if (rule === 'preempt') {
      while (this.busy > capacity && this.users.length > 0) this.displace(this.lowestUser()!, null);
    }
    this.serve();
  }

  /**
   * Units in use over units available, time-weighted since the last reset (NaN if none was
   * available). A unit finishing its work after a capacity cut counts as available until it is done.
   */
  utilisation(): number {
    this.accumulate();
    return this.capacityArea > 0 ? this.busyArea / this.capacityArea : Number.NaN;
  }

  /** Time-weighted mean number of units in use since the last reset. */
  meanBusy(): number {
    this.accumulate();
    const span = this.sim.now - this.statsStart;
    return span > 0 ? this.busyArea / span : this.busy;
  }

  /** Time-weighted mean number waiting since the last reset. */
  meanQueueLength(): number {
    this.accumulate();
    const span = this.sim.now - this.statsStart;
    return span > 0 ? this.queueArea / span : this.queue.length;
  }

  /** Longest line seen since the last reset. */
  get maxQueueLength(): number {
    return this.maxQueue;
  }

  /** Restarts the statistics now (end of a warm-up period); the state itself is kept. */
  resetStats(): void {
    this.statsStart = this.lastChange = this.sim.now;
    this.busyArea = this.queueArea = this.capacityArea = 0;
    this.maxQueue = this.queue.length;
    this.balked = this.reneged = this.preempted = this.granted = 0;
  }

  private accumulate(): void {
    const now = this.sim.now;
    const dt = now - this.lastChange;
    if (dt > 0) {
      const busy = this.users.length + this.seized;
      this.busyArea += busy * dt;
      this.queueArea += this.queue.length * dt;
      // Units still finishing after a cut (the 'finish' rule) count as available: they are
      // staffed until they finish. So utilisation stays within [0, 1].
      this.capacityArea += Math.max(busy, this.cap) * dt;
      this.lastChange = now;
    }
  }

  /** Grants units to waiting requests while capacity allows. */
  private serve(): void {
    while (this.users.length + this.seized < this.cap) {
      const next = this.queue.shift();
      if (next === undefined) return;
      if (next instanceof Claim) {
        this.seized++;
        this.granted++;
        const tracer = this.sim.tracer;
        if (tracer !== null)
          tracer({ kind: 'grant', time: this.sim.now, resource: this.name, waited: Number.NaN });
        next._grantId = this.sim.calendar.push(this.sim.now, NORMAL, next.then);
        continue;
      }
      this.clearTimer(next);
      this.addUser(next);
      next.succeed(true, NORMAL);
    }
  }

  private addUser(req: Request): void {
    req.status = 'granted';
    req.grantedAt = this.sim.now;
    req._slot = this.users.length;
    this.users.push(req);
    this.granted++;
    const tracer = this.sim.tracer;
    if (tracer !== null) {
      tracer({
        kind: 'grant',
        time: this.sim.now,
        resource: this.name,
        waited: req.grantedAt - req.requestedAt,
      });
    }
  }

  private removeUser(req: Request): void {
    const users = this.users;
    const last = users.pop()!;
    if (last !== req) {
      users[req._slot] = last;
      last._slot = req._slot;
    }
    req._slot = -1;
  }

  /** The user to displace first: lowest priority (highest value), then most recently granted. */
  private lowestUser(): Request | null {
    let worst: Request | null = null;
    for (const user of this.users) if (worst === null || displaceFirst(user, worst) < 0) worst = user;
    return worst;
  }

  /** Throws unless `victim`'s process can be interrupted: it exists and is not the caller. */
  private checkDisplaceable(victim: Request): void {
    if (victim.process === null) {
      throw new Error(`${this.name}: cannot preempt a request made outside a process (nothing to interrupt)`);
    }
    if (victim.process === this.sim.activeProcess) {
      throw new Error(`${this.name}: ${victim.process.name} cannot preempt its own unit`);
    }
  }

  private displace(victim: Request, by: Request | null): void {
    this.checkDisplaceable(victim);
    this.removeUser(victim);
    victim.status = 'preempted';
    this.preempted++;
    const tracer = this.sim.tracer;
    if (tracer !== null) {
      tracer({
        kind: 'preempt',
        time: this.sim.now,
        resource: this.name,
        held: this.sim.now - victim.grantedAt,
      });
    }
    const cause: Preempted = {
      reason: 'preempted',
      resource: this,
      request: victim,
      by,
      usageSince: victim.grantedAt,
    };
    const process = victim.process!; // checked above
    if (process.isAlive) process.interrupt(cause);
  }

  private renege(req: Request): void {
    req._timer = -1;
    if (req.status !== 'waiting') return;
    this.accumulate();
    this.queue.withdraw(req);
    req.status = 'reneged';
    req.leftAt = this.sim.now;
    this.reneged++;
    const tracer = this.sim.tracer;
    if (tracer !== null)
      tracer({ kind: 'renege', time: this.sim.now, resource: this.name, waited: req.waited });
    req.succeed(false);
  }

  private clearTimer(req: Request): void {
    if (req._timer >= 0) {
      this.sim.cancel(req._timer);
      req._timer = -1;
    }
  }
}

/** Orders users by who is displaced first: lowest priority (highest value), then latest request. */
function displaceFirst(a: Request, b: Request): number {
  return b.priority - a.priority || b.order - a.order;
}
