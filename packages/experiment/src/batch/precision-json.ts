import type { MetricPrecision, PrecisionOutcome } from '../analysis/precision-rounds.js';
import { decodeNumber, encodeNumber } from './lossless-number.js';

/** The numeric fields of a round's metric, in the order they are written. */
const NUMBER_FIELDS = ['mean', 'halfWidth', 'requiredHalfWidth'] as const;

/**
 * The `precision` record of summary.json: fields in a fixed order, non-finite numbers as strings
 * (see `encodeNumber`), so equal outcomes give byte-identical files.
 */
export function encodePrecision(outcome: PrecisionOutcome): Record<string, unknown> {
  return {
    initialReplications: outcome.initialReplications,
    maxReplications: outcome.maxReplications,
    replications: outcome.replications,
    stopped: outcome.stopped,
    rounds: outcome.rounds.map((round) => ({
      replications: round.replications,
      metrics: round.metrics.map((m) => ({
        metric: m.metric,
        target: m.target,
        mean: encodeNumber(m.mean),
        halfWidth: encodeNumber(m.halfWidth),
        requiredHalfWidth: encodeNumber(m.requiredHalfWidth),
        met: m.met,
      })),
    })),
  };
}

/** Reads back {@link encodePrecision}; throws a TypeError naming the first malformed field. */
export function decodePrecision(value: unknown): PrecisionOutcome {
  const v = value as Record<string, any>;
  const stopped = v?.stopped;
  if (stopped !== 'targets met' && stopped !== 'maximum reached') {
    throw new TypeError(
      `precision.stopped: expected "targets met" or "maximum reached", got ${JSON.stringify(stopped)}`,
    );
  }
  if (!Array.isArray(v.rounds)) throw new TypeError('precision.rounds: expected an array');
  return {
    initialReplications: decodeNumber(v.initialReplications, 'precision.initialReplications'),
    maxReplications: decodeNumber(v.maxReplications, 'precision.maxReplications'),
    replications: decodeNumber(v.replications, 'precision.replications'),
    stopped,
    rounds: (v.rounds as Record<string, any>[]).map((round, i) => ({
      replications: decodeNumber(round.replications, `precision.rounds.${i}.replications`),
      metrics: (round.metrics as Record<string, any>[]).map((m, j) => {
        const metric = {
          metric: String(m.metric),
          target: String(m.target),
          met: m.met === true,
        } as MetricPrecision;
        for (const field of NUMBER_FIELDS) {
          metric[field] = decodeNumber(m[field], `precision.rounds.${i}.metrics.${j}.${field}`);
        }
        return metric;
      }),
    })),
  };
}
