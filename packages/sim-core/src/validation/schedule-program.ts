import { NORMAL } from '../priority.js';
import { Simulation } from '../simulation.js';

/**
 * One step of a scheduling program: an entry that, when it runs, schedules its children (the ops
 * whose `parent` resolves to it) and may cancel an earlier callback entry. Roots are scheduled at
 * time 0. Used to compare the engine's same-time order with a reference.
 */
export interface ScheduleOp {
  /** Resolved as `parent % (index + 1)`: equal to the op's own index means a root, else an earlier op. */
  parent: number;
  /** 'callback': `sim.schedule(delay, fn, priority)`; 'timeout': `sim.timeout(delay)` (NORMAL);
   * 'event': an event triggered now with `succeed(undefined, priority)` (delay ignored). */
  kind: 'callback' | 'timeout' | 'event';
  delay: number;
  priority: number;
  /** If set, cancel the (cancel mod n)-th of the n callback entries scheduled so far. */
  cancel: number | null;
}

/** One executed op: its index and the clock when it ran. */
export interface ExecutedOp {
  op: number;
  time: number;
}

function childrenOf(ops: readonly ScheduleOp[]): { roots: number[]; children: number[][] } {
  const roots: number[] = [];
  const children = ops.map((): number[] => []);
  ops.forEach((op, i) => {
    const parent = op.parent % (i + 1);
    if (parent === i) roots.push(i);
    else children[parent]!.push(i);
  });
  return { roots, children };
}

/** Runs the program on the engine. */
export function runProgram(ops: readonly ScheduleOp[]): ExecutedOp[] {
  const { roots, children } = childrenOf(ops);
  const sim = new Simulation();
  const log: ExecutedOp[] = [];
  const callbackIds: number[] = [];
  const run = (i: number) => {
    log.push({ op: i, time: sim.now });
    for (const child of children[i]!) schedule(child);
    const cancel = ops[i]!.cancel;
    if (cancel !== null && callbackIds.length > 0) sim.cancel(callbackIds[cancel % callbackIds.length]!);
  };
  const schedule = (i: number) => {
    const op = ops[i]!;
    if (op.kind === 'callback') callbackIds.push(sim.schedule(op.delay, () => run(i), op.priority));
    else if (op.kind === 'timeout') sim.timeout(op.delay).addCallback(() => run(i));
    else {
      const event = sim.event();
      event.addCallback(() => run(i));
      event.succeed(undefined, op.priority);
    }
  };
  for (const root of roots) schedule(root);
  sim.run();
  return log;
}

interface ReferenceEntry {
  time: number;
  priority: number;
  seq: number;
  op: number;
  cancelled: boolean;
}

/**
 * Runs the program on a deliberately naive reference: an unsorted list scanned for the smallest
 * (time, priority, scheduling order) at every step, which is the documented rule read literally.
 */
export function runProgramReference(ops: readonly ScheduleOp[]): ExecutedOp[] {
  const { roots, children } = childrenOf(ops);
  const pending: ReferenceEntry[] = [];
  const callbacks: ReferenceEntry[] = [];
  const log: ExecutedOp[] = [];
  let now = 0;
  let seq = 0;
  const schedule = (i: number) => {
    const op = ops[i]!;
    const time = op.kind === 'event' ? now : now + op.delay;
    const priority = op.kind === 'timeout' ? NORMAL : op.priority;
    const entry = { time, priority, seq: seq++, op: i, cancelled: false };
    pending.push(entry);
    if (op.kind === 'callback') callbacks.push(entry);
  };
  for (const root of roots) schedule(root);
  while (pending.length > 0) {
    let best = 0;
    for (let j = 1; j < pending.length; j++) {
      const a = pending[j]!;
      const b = pending[best]!;
      if (
        a.time < b.time ||
        (a.time === b.time && (a.priority < b.priority || (a.priority === b.priority && a.seq < b.seq)))
      )
        best = j;
    }
    const entry = pending.splice(best, 1)[0]!;
    if (entry.cancelled) continue;
    now = entry.time;
    log.push({ op: entry.op, time: now });
    for (const child of children[entry.op]!) schedule(child);
    const cancel = ops[entry.op]!.cancel;
    if (cancel !== null && callbacks.length > 0) callbacks[cancel % callbacks.length]!.cancelled = true;
  }
  return log;
}
