import { type PrecisionTarget, requiredHalfWidth } from './precision-target.js';

/*
 * Replications to a target precision, decided in rounds (Law & Kelton, Simulation Modeling and
 * Analysis, 3rd ed., §9.4.1, "obtaining a specified precision"): after each round the 95 %
 * Student-t half-width of every named metric over replications 0..n−1 is compared with its target;
 * the run stops when all are met or the maximum is reached, and otherwise grows to the size Law &
 * Kelton's approximation n·(h/h*)² projects, at least one more and at most double (the projection
 * rests on a variance estimated from few replications). Every decision is a function of the
 * statistics of a fixed, ordered set of replications, never of which finished first, so any worker
 * count, and a resume that re-derives the rounds from the log, stops at the same count.
 *
 * Why rounds, not one replication at a time: the sequential rule of Law & Kelton checks after each
 * replication, which would serialise the workers. Why stopping on an estimated half-width is not
 * free: the half-width at a data-dependent stopping time is itself random and can stop early on a
 * lucky small variance; starting from ten or more replications keeps that effect small (Law & Kelton
 * report coverage near nominal for relative targets of 15 % and below, n0 ≥ 10).
 */

/** Where a metric stood against its target after a round. */
export interface MetricPrecision {
  metric: string;
  /** The target as given, e.g. "2%" or "0.5". */
  target: string;
  /** Mean over the round's replications, in the metric's unit. */
  mean: number;
  /** The 95 % half-width achieved, in the metric's unit. */
  halfWidth: number;
  /** The half-width the target asks for at this mean, in the metric's unit. */
  requiredHalfWidth: number;
  /** halfWidth ≤ requiredHalfWidth. */
  met: boolean;
}

/** One round: the replications 0..replications−1 and each target's state after them. */
export interface PrecisionRound {
  replications: number;
  metrics: MetricPrecision[];
}

/** Why a precision run stopped. */
export type PrecisionStop = 'targets met' | 'maximum reached';

/** The record of a precision run, written into summary.json as `precision`. */
export interface PrecisionOutcome {
  /** Replications of the first round (`--replications`). */
  initialReplications: number;
  /** `--max-replications`. */
  maxReplications: number;
  /** Replications needed: the last round's. */
  replications: number;
  stopped: PrecisionStop;
  rounds: PrecisionRound[];
}

/** The mean and half-width of a metric over a round's replications, as a summary gives them. */
export interface MetricEstimate {
  mean: number;
  halfWidth: number;
}

/**
 * Each target's state after a round of `replications` replications. Throws a RangeError naming the
 * first target whose metric has no estimate (a name the run does not produce).
 */
export function assessRound(
  replications: number,
  estimates: Readonly<Record<string, MetricEstimate>>,
  targets: readonly PrecisionTarget[],
): PrecisionRound {
  const metrics = targets.map((target) => {
    const estimate = estimates[target.metric];
    if (estimate === undefined) throw new RangeError(`no metric named ${target.metric}`);
    const required = requiredHalfWidth(target, estimate.mean);
    return {
      metric: target.metric,
      target: target.text,
      mean: estimate.mean,
      halfWidth: estimate.halfWidth,
      requiredHalfWidth: required,
      met: estimate.halfWidth <= required,
    };
  });
  return { replications, metrics };
}

/** Why to stop after `round`, or null to go on. */
export function stopReason(round: PrecisionRound, maxReplications: number): PrecisionStop | null {
  if (round.metrics.every((m) => m.met)) return 'targets met';
  return round.replications >= maxReplications ? 'maximum reached' : null;
}

/**
 * The size of the round after `round` (which did not stop): the largest Law & Kelton projection
 * n·(h/h*)² over the unmet targets, at least n + 1, at most 2n and `maxReplications`. An infinite or
 * undefined half-width (fewer than two finite values) or a zero required half-width projects 2n.
 */
export function nextRoundSize(round: PrecisionRound, maxReplications: number): number {
  const n = round.replications;
  let projected = n + 1;
  for (const m of round.metrics) {
    if (m.met) continue;
    const ratio = m.halfWidth / m.requiredHalfWidth;
    const wanted = Number.isFinite(ratio) ? Math.ceil(n * ratio * ratio) : 2 * n;
    projected = Math.max(projected, wanted);
  }
  return Math.min(maxReplications, 2 * n, projected);
}

/** What a precision run is asked for. */
export interface PrecisionPlan {
  initialReplications: number;
  maxReplications: number;
  targets: readonly PrecisionTarget[];
}

/**
 * Runs the rounds of `plan`: `complete(n)` must make replications 0..n−1 available (running those
 * missing) and return their estimates; the rounds follow {@link stopReason} and
 * {@link nextRoundSize}. Pure apart from what `complete` does.
 */
export async function precisionRounds(
  plan: PrecisionPlan,
  complete: (replications: number) => Promise<Readonly<Record<string, MetricEstimate>>>,
): Promise<PrecisionOutcome> {
  const rounds: PrecisionRound[] = [];
  let n = plan.initialReplications;
  for (;;) {
    const round = assessRound(n, await complete(n), plan.targets);
    rounds.push(round);
    const stopped = stopReason(round, plan.maxReplications);
    if (stopped !== null) {
      return {
        initialReplications: plan.initialReplications,
        maxReplications: plan.maxReplications,
        replications: n,
        stopped,
        rounds,
      };
    }
    n = nextRoundSize(round, plan.maxReplications);
  }
}
