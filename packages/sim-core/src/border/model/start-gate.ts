import { Event } from '../../event.js';
import type { Request } from '../../request.js';
import type { Resource } from '../../resource.js';
import type { Simulation } from '../../simulation.js';
import type { DailyQuota, QuotaListener } from './daily-quota.js';
import type { LaneControl } from './lane-control.js';

/** A vehicle's place at a start gate; once it starts, `lane` holds the lane it was given. */
export class GateTicket {
  /** Succeeds with true when the vehicle starts service, false when it is turned away. */
  readonly event: Event<boolean>;
  /** The lane granted at the start (null at a pure delay, or before the start). */
  lane: Request | null = null;

  constructor(
    sim: Simulation,
    /** The engine priority of its class (lower first). */
    readonly priority: number,
    /** Arrival order at the gate. */
    readonly order: number,
    /** Tokens needed from each quota of the gate (0 where the quota does not apply). */
    readonly needs: readonly number[],
  ) {
    this.event = new Event<boolean>(sim);
  }
}

/** What a start gate is built from. */
export interface StartGateOptions {
  readonly sim: Simulation;
  /** The station's lanes, or null for a pure delay. */
  readonly lanes: Resource | null;
  /** What opens and closes the lanes, or null for lanes that never close. */
  readonly control: LaneControl | null;
  /** The station's quotas counted at service start. */
  readonly quotas: readonly DailyQuota[];
  /** Class ids in scenario order. */
  readonly classIds: readonly string[];
}

/** The grant of a lane on behalf of a vehicle: always on the spot, so its options do not matter. */
const ON_THE_SPOT = Object.freeze({});

/**
 * The queue in front of the lanes of a station with quotas counted at service start. A vehicle
 * starts service only when a lane is free and every such quota that applies to it has the tokens
 * it needs; the tokens are taken at that instant, so no local day ever sees more starts than its
 * tokens, whatever the lanes, hours and closures do.
 *
 * The order is the lanes' own: class priority, then first come first served. A vehicle held back
 * by a quota lets vehicles that need nothing from that quota start before it, but never those
 * that do (first come first served within each quota). The gate looks for a start whenever a
 * vehicle arrives, a lane is given back or opens, or a quota's tokens are renewed; the vehicle it
 * picks is granted a lane on the spot.
 *
 * Under `leftover: 'lost'`, a vehicle is turned away as soon as the quota has fewer tokens left
 * today than it needs: on arrival, or when a start takes the tokens it was waiting for.
 */
export class StartGate implements QuotaListener {
  private readonly sim: Simulation;
  private readonly lanes: Resource | null;
  private readonly control: LaneControl | null;
  private readonly quotas: readonly DailyQuota[];
  /** Which quotas apply, by class index then quota index. */
  private readonly applies: readonly (readonly boolean[])[];
  /** Waiting vehicles by class index, first come first served from `heads[class]`. */
  private readonly queues: GateTicket[][];
  private readonly heads: number[];
  private readonly anyLost: boolean;
  private order = 0;
  // Scratch space of `choose`, reused so that looking for a start allocates nothing.
  private readonly candidates: number[] = [];
  private readonly blocked: boolean[];

  constructor(options: StartGateOptions) {
    this.sim = options.sim;
    this.lanes = options.lanes;
    this.control = options.control;
    this.quotas = options.quotas;
    this.applies = options.classIds.map((id) => this.quotas.map((q) => q.applies(id)));
    this.queues = options.classIds.map(() => []);
    this.heads = options.classIds.map(() => 0);
    this.anyLost = this.quotas.some((q) => q.leftover === 'lost');
    this.blocked = this.quotas.map(() => false);
    for (const quota of this.quotas) quota.listen(this);
  }

  /** A vehicle of class `classIndex` (engine priority `priority`) carrying `cars` cars asks to start. */
  enter(classIndex: number, priority: number, cars: number): GateTicket {
    const applies = this.applies[classIndex]!;
    const needs = this.quotas.map((q, i) => (applies[i] ? q.need(q.amount(cars)) : 0));
    const ticket = new GateTicket(this.sim, priority, this.order++, needs);
    for (let i = 0; i < needs.length; i++) {
      const quota = this.quotas[i]!;
      if (needs[i]! > 0 && quota.leftover === 'lost' && quota.available() < needs[i]!) {
        ticket.event._settle(true, false);
        return ticket;
      }
    }
    this.queues[classIndex]!.push(ticket);
    this.dispatch(ticket);
    return ticket;
  }

  /** Starts vehicles while a lane is free and one may start; `entering` is settled on the spot. */
  dispatch(entering: GateTicket | null = null): void {
    const lanes = this.lanes;
    // A renewal at the very instant the lanes close may come before the control has closed them:
    // ask the schedule itself, not the capacity it has yet to update.
    if (this.control !== null && !this.control.isOpen()) return;
    for (;;) {
      if (lanes !== null && lanes.busy >= lanes.capacity) return;
      const classIndex = this.choose();
      if (classIndex < 0) return;
      const queue = this.queues[classIndex]!;
      const ticket = queue[this.heads[classIndex]!]!;
      this.pop(classIndex);
      const needs = ticket.needs;
      for (let i = 0; i < needs.length; i++) if (needs[i]! > 0) this.quotas[i]!.consume(needs[i]!);
      if (lanes !== null) ticket.lane = lanes.request(ON_THE_SPOT);
      this.settle(ticket, true, entering);
      if (this.anyLost) this.turnAwayHopeless(entering);
    }
  }

  renewed(): void {
    this.dispatch();
  }

  waitingFor(quota: DailyQuota): number {
    const q = this.quotas.indexOf(quota);
    let n = 0;
    for (let c = 0; c < this.queues.length; c++)
      if (this.applies[c]![q]) n += this.queues[c]!.length - this.heads[c]!;
    return n;
  }

  /** Vehicles waiting at the gate. */
  get queueLength(): number {
    let n = 0;
    for (let c = 0; c < this.queues.length; c++) n += this.queues[c]!.length - this.heads[c]!;
    return n;
  }

  /**
   * The class whose first vehicle starts next, or -1: class heads in the lanes' order (priority,
   * then arrival), the first one whose quotas all have its tokens; a head held back by a quota
   * holds back every later vehicle that needs that quota.
   */
  private choose(): number {
    const candidates = this.candidates;
    candidates.length = 0;
    for (let c = 0; c < this.queues.length; c++) {
      const queue = this.queues[c]!;
      const head = this.heads[c]!;
      if (head >= queue.length) continue;
      const ticket = queue[head]!;
      // Insertion sort: a handful of classes.
      let at = candidates.length;
      while (at > 0 && before(ticket, this.headOf(candidates[at - 1]!))) {
        candidates[at] = candidates[at - 1]!;
        at--;
      }
      candidates[at] = c;
    }
    const blocked = this.blocked;
    blocked.fill(false);
    for (const c of candidates) {
      const needs = this.headOf(c).needs;
      let ok = true;
      for (let i = 0; i < needs.length; i++) {
        if (needs[i]! > 0 && (blocked[i] || this.quotas[i]!.available() < needs[i]!)) ok = false;
      }
      if (ok) return c;
      for (let i = 0; i < needs.length; i++) if (needs[i]! > 0) blocked[i] = true;
    }
    return -1;
  }

  /** Turns away every waiting vehicle that needs more of a 'lost' quota than is left today. */
  private turnAwayHopeless(entering: GateTicket | null): void {
    for (let i = 0; i < this.quotas.length; i++) {
      const quota = this.quotas[i]!;
      if (quota.leftover !== 'lost') continue;
      const left = quota.available();
      for (let c = 0; c < this.queues.length; c++) {
        if (!this.applies[c]![i]) continue;
        const queue = this.queues[c]!;
        const kept: GateTicket[] = [];
        for (let k = this.heads[c]!; k < queue.length; k++) {
          const ticket = queue[k]!;
          if (ticket.needs[i]! > left) this.settle(ticket, false, entering);
          else kept.push(ticket);
        }
        if (kept.length !== queue.length - this.heads[c]!) {
          this.queues[c] = kept;
          this.heads[c] = 0;
        }
      }
    }
  }

  private headOf(classIndex: number): GateTicket {
    return this.queues[classIndex]![this.heads[classIndex]!]!;
  }

  private pop(classIndex: number): void {
    const queue = this.queues[classIndex]!;
    let head = this.heads[classIndex]!;
    queue[head++] = undefined as never;
    if (head > 1024 && head * 2 > queue.length) {
      queue.splice(0, head);
      head = 0;
    }
    this.heads[classIndex] = head;
  }

  /** Starts (true) or turns away (false) a waiting vehicle: on the spot if it is the one entering. */
  private settle(ticket: GateTicket, started: boolean, entering: GateTicket | null): void {
    if (ticket === entering) ticket.event._settle(true, started);
    else ticket.event.succeed(started);
  }
}

/** Whether `a` comes before `b` in the lanes' order: priority, then arrival. */
function before(a: GateTicket, b: GateTicket): boolean {
  return a.priority < b.priority || (a.priority === b.priority && a.order < b.order);
}
