import type { PrecisionOutcome, PrecisionPlan } from '@landport/experiment';
import { checkDistinctTargets, metricUnit, parsePrecisionTarget } from '@landport/experiment';
import { MAX_REPLICATIONS, replicationsOption } from './options.js';
import { UsageError } from './usage-error.js';

/** Default `--max-replications`: this many times `--replications`, at most {@link MAX_REPLICATIONS}. */
export const DEFAULT_MAX_FACTOR = 10;

/**
 * The precision plan of `run --precision … --max-replications …`, or null without `--precision`.
 * Refuses, as usage errors naming the option, the value and what was expected: a malformed target,
 * a metric named twice, `--max-replications` without `--precision` or below `--replications`, and
 * `--shard` (the stopping point needs every replication's result).
 */
export function precisionPlanOption(
  targets: readonly string[],
  maxText: string | undefined,
  initialReplications: number,
  sharded: boolean,
): PrecisionPlan | null {
  if (targets.length === 0) {
    if (maxText !== undefined) {
      throw new UsageError(
        `--max-replications ${JSON.stringify(maxText)}: only meaningful with --precision <metric>=<half-width>; expected --precision too, or neither.`,
      );
    }
    return null;
  }
  if (sharded) {
    throw new UsageError(
      '--precision with --shard: a run to a target precision decides when to stop from all its replications, so it cannot be split into shards; expected one of the two.',
    );
  }
  let parsed: PrecisionPlan['targets'];
  try {
    parsed = targets.map((text) => parsePrecisionTarget(text));
    checkDistinctTargets(parsed);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const maxReplications =
    maxText === undefined
      ? Math.min(MAX_REPLICATIONS, DEFAULT_MAX_FACTOR * initialReplications)
      : replicationsOption(maxText, '--max-replications');
  if (maxReplications < initialReplications) {
    throw new UsageError(
      `--max-replications ${JSON.stringify(maxText)}: below --replications (${initialReplications}), the first round; expected at least ${initialReplications}.`,
    );
  }
  return { initialReplications, maxReplications, targets: parsed };
}

/** One line for people on how a precision run ended, with each target's half-width in its unit. */
export function formatPrecisionOutcome(outcome: PrecisionOutcome, currency?: string): string {
  const last = outcome.rounds[outcome.rounds.length - 1]!;
  const metrics = last.metrics.map((m) => {
    const unit = metricUnit(m.metric, currency);
    const u = unit === '' ? '' : ` ${unit}`;
    return `${m.metric} ±${m.halfWidth.toPrecision(3)}${u} for a target of ±${m.requiredHalfWidth.toPrecision(3)}${u} (${m.target})${m.met ? '' : ', not met'}`;
  });
  const sizes = outcome.rounds.map((r) => r.replications).join(' → ');
  return `precision: ${outcome.stopped} after ${outcome.replications} replications (rounds ${sizes}; maximum ${outcome.maxReplications}): ${metrics.join('; ')}`;
}
