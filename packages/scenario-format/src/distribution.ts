import type { DistributionSpec } from '@landport/sim-core';
import * as z from 'zod';
import { samplable } from './samplable.js';
import { nonNegativeInteger, nonNegativeNumber, positiveInteger, positiveNumber } from './scalars.js';
import { exactlyOneKey, strictObject } from './strict-object.js';
import { duration, positiveDuration, toMinutes } from './units.js';

/*
 * Distributions as written in a file: one key naming the family, its parameters inside, and every
 * time-valued parameter a duration with its unit, e.g. `{ lognormal: { mean: { minutes: 8 }, cv: 1 } }`.
 * They resolve to the engine's plain DistributionSpec with times in minutes. The ordering checks
 * (max > min, …) repeat the constructors' so that a bad file is rejected before anything runs, with
 * the path of the parameter; the constructors themselves then run on the resolved spec (see
 * samplable.ts), for the limits of double precision that no field check states.
 */

type Payload = z.core.ParsePayload<Record<string, unknown>>;

function reject(ctx: Payload, key: string, expected: string): void {
  ctx.issues.push({ code: 'custom', input: ctx.value[key], path: [key], message: expected });
}

const TIME_UNITS = ['seconds', 'minutes', 'hours', 'days'] as const;

const weights = z.array(nonNegativeNumber, { error: 'a list of weights >= 0, one per value' });

function checkWeights(ctx: z.core.ParsePayload<{ values: number[]; weights?: number[] | undefined }>): void {
  if (ctx.issues.length > 0) return;
  const { values, weights: w } = ctx.value;
  if (w === undefined) return;
  if (w.length !== values.length) {
    ctx.issues.push({
      code: 'custom',
      input: w,
      path: ['weights'],
      message: `a list of ${values.length} weights (one per value)`,
    });
  } else if (!w.some((x) => x > 0)) {
    ctx.issues.push({
      code: 'custom',
      input: w,
      path: ['weights'],
      message: 'weights with at least one > 0',
    });
  }
}

const timeParameters = {
  exponential: strictObject('exponential parameters', { mean: positiveDuration }),
  uniform: strictObject('uniform parameters', { min: duration, max: duration }).check((ctx) => {
    if (ctx.issues.length > 0) return;
    if (!(toMinutes(ctx.value.max) > toMinutes(ctx.value.min))) reject(ctx, 'max', 'a duration > min');
  }),
  triangular: strictObject('triangular parameters', { min: duration, mode: duration, max: duration }).check(
    (ctx) => {
      if (ctx.issues.length > 0) return;
      const [min, mode, max] = [
        toMinutes(ctx.value.min),
        toMinutes(ctx.value.mode),
        toMinutes(ctx.value.max),
      ];
      if (!(max > min)) reject(ctx, 'max', 'a duration > min');
      else if (!(mode >= min && mode <= max)) reject(ctx, 'mode', 'a duration between min and max');
    },
  ),
  normal: strictObject('normal parameters', {
    mean: duration,
    sd: positiveDuration,
    min: duration.optional(),
    max: duration.optional(),
  }).check((ctx) => {
    if (ctx.issues.length > 0) return;
    const min = ctx.value.min === undefined ? 0 : toMinutes(ctx.value.min);
    if (ctx.value.max !== undefined && !(toMinutes(ctx.value.max) > min)) {
      reject(ctx, 'max', 'a duration > min (min defaults to 0 for times)');
    }
  }),
  lognormal: strictObject('lognormal parameters', { mean: positiveDuration, cv: positiveNumber }),
  gamma: strictObject('gamma parameters', { shape: positiveNumber, scale: positiveDuration }),
  erlang: strictObject('Erlang parameters', { k: positiveInteger, mean: positiveDuration }),
  weibull: strictObject('Weibull parameters', { shape: positiveNumber, scale: positiveDuration }),
  deterministic: duration,
  empirical: strictObject('empirical parameters', {
    values: z.array(nonNegativeNumber, { error: 'a list of values >= 0' }).min(1),
    unit: z.enum(TIME_UNITS, { error: `the unit of the values: one of ${TIME_UNITS.join(', ')}` }),
    weights: weights.optional(),
  }).check(checkWeights),
};

const TIME_NAMES = Object.keys(timeParameters);

const timeDistributionFields = strictObject(
  'a distribution such as { exponential: { mean: { minutes: 5 } } }',
  {
    exponential: timeParameters.exponential.optional(),
    uniform: timeParameters.uniform.optional(),
    triangular: timeParameters.triangular.optional(),
    normal: timeParameters.normal.optional(),
    lognormal: timeParameters.lognormal.optional(),
    gamma: timeParameters.gamma.optional(),
    erlang: timeParameters.erlang.optional(),
    weibull: timeParameters.weibull.optional(),
    deterministic: timeParameters.deterministic.optional(),
    empirical: timeParameters.empirical.optional(),
  },
  'distribution names',
);

/** The input form of a time distribution. */
export type TimeDistributionInput = z.input<typeof timeDistributionFields>;

/** A distribution of durations, e.g. `{ exponential: { mean: { hours: 2 } } }`. */
export const timeDistribution = timeDistributionFields
  .check(exactlyOneKey('a distribution', TIME_NAMES))
  .check(samplable<TimeDistributionInput>((d) => resolveTimeDistribution(d), true))
  .meta({
    id: 'TimeDistribution',
    description: 'A distribution of durations: exactly one key naming the family, with its parameters.',
    minProperties: 1,
    maxProperties: 1,
  });

const countParameters = {
  // 0 only as a fixed count: a vehicle that carries no cars (a freight truck), never a draw.
  deterministic: nonNegativeInteger,
  discreteUniform: strictObject('discreteUniform parameters', {
    min: positiveInteger,
    max: positiveInteger,
  }).check((ctx) => {
    if (!(ctx.value.max >= ctx.value.min)) reject(ctx, 'max', 'an integer >= min');
  }),
  empirical: strictObject('empirical parameters', {
    values: z.array(positiveInteger, { error: 'a list of integers >= 1' }).min(1),
    weights: weights.optional(),
  }).check(checkWeights),
};

const COUNT_NAMES = Object.keys(countParameters);

const countDistributionFields = strictObject(
  'a batch-size distribution such as { discreteUniform: { min: 5, max: 8 } }',
  {
    deterministic: countParameters.deterministic.optional(),
    discreteUniform: countParameters.discreteUniform.optional(),
    empirical: countParameters.empirical.optional(),
  },
  'batch-size distribution names',
);

/** The input form of a batch-size distribution. */
export type CountDistributionInput = z.input<typeof countDistributionFields>;

/**
 * A distribution of whole numbers >= 1, for the cars on a car carrier, e.g.
 * `{ discreteUniform: { min: 5, max: 8 } }`, or the fixed count `{ deterministic: 0 }` for a
 * vehicle that carries no cars (a freight truck). Only integer-valued families are offered, so
 * the model never has to round a draw.
 */
export const countDistribution = countDistributionFields
  .check(exactlyOneKey('a batch-size distribution', COUNT_NAMES))
  .check(samplable<CountDistributionInput>((d) => resolveCountDistribution(d), false))
  .meta({
    id: 'CountDistribution',
    description:
      'A distribution of whole numbers >= 1: deterministic (which may be 0: no cars), discreteUniform or empirical.',
    minProperties: 1,
    maxProperties: 1,
  });

/** Resolves a validated time distribution to a spec in minutes. Normal draws are kept >= 0 (min defaults to 0). */
export function resolveTimeDistribution(d: TimeDistributionInput): DistributionSpec {
  if (d.exponential) return { type: 'exponential', mean: toMinutes(d.exponential.mean) };
  if (d.uniform) return { type: 'uniform', min: toMinutes(d.uniform.min), max: toMinutes(d.uniform.max) };
  if (d.triangular) {
    const { min, mode, max } = d.triangular;
    return { type: 'triangular', min: toMinutes(min), mode: toMinutes(mode), max: toMinutes(max) };
  }
  if (d.normal) {
    const { mean, sd, min, max } = d.normal;
    const spec = {
      type: 'normal',
      mean: toMinutes(mean),
      sd: toMinutes(sd),
      min: min ? toMinutes(min) : 0,
    } as const;
    return max ? { ...spec, max: toMinutes(max) } : spec;
  }
  if (d.lognormal) return { type: 'lognormal', mean: toMinutes(d.lognormal.mean), cv: d.lognormal.cv };
  if (d.gamma) return { type: 'gamma', shape: d.gamma.shape, scale: toMinutes(d.gamma.scale) };
  if (d.erlang) return { type: 'erlang', k: d.erlang.k, mean: toMinutes(d.erlang.mean) };
  if (d.weibull) return { type: 'weibull', shape: d.weibull.shape, scale: toMinutes(d.weibull.scale) };
  if (d.deterministic) return { type: 'deterministic', value: toMinutes(d.deterministic) };
  if (d.empirical) {
    const unit = d.empirical.unit;
    const values = d.empirical.values.map((v) => toMinutes({ [unit]: v }));
    return d.empirical.weights
      ? { type: 'empirical', values, weights: [...d.empirical.weights] }
      : { type: 'empirical', values };
  }
  throw new RangeError(
    `resolveTimeDistribution: expected a validated distribution, got ${JSON.stringify(d)}`,
  );
}

/** Resolves a validated batch-size distribution to a spec of whole numbers. */
export function resolveCountDistribution(d: CountDistributionInput): DistributionSpec {
  if (d.deterministic !== undefined) return { type: 'deterministic', value: d.deterministic };
  if (d.discreteUniform)
    return { type: 'discrete-uniform', min: d.discreteUniform.min, max: d.discreteUniform.max };
  if (d.empirical) {
    const values = [...d.empirical.values];
    return d.empirical.weights
      ? { type: 'empirical', values, weights: [...d.empirical.weights] }
      : { type: 'empirical', values };
  }
  throw new RangeError(
    `resolveCountDistribution: expected a validated distribution, got ${JSON.stringify(d)}`,
  );
}
