import { DISTRIBUTION_TYPES, makeDistribution } from '@landport/sim-core';
import { describe, expect, it } from 'vitest';
import {
  countDistribution,
  resolveCountDistribution,
  resolveTimeDistribution,
  type TimeDistributionInput,
  timeDistribution,
} from './distribution.js';

function resolved(input: TimeDistributionInput) {
  return resolveTimeDistribution(timeDistribution.parse(input));
}

describe('time distributions', () => {
  it('resolve every family with its times in minutes', () => {
    expect(resolved({ exponential: { mean: { hours: 2 } } })).toEqual({ type: 'exponential', mean: 120 });
    expect(resolved({ uniform: { min: { minutes: 30 }, max: { hours: 1.5 } } })).toEqual({
      type: 'uniform',
      min: 30,
      max: 90,
    });
    expect(
      resolved({ triangular: { min: { minutes: 4 }, mode: { minutes: 6 }, max: { minutes: 15 } } }),
    ).toEqual({
      type: 'triangular',
      min: 4,
      mode: 6,
      max: 15,
    });
    expect(resolved({ normal: { mean: { minutes: 10 }, sd: { seconds: 120 } } })).toEqual({
      type: 'normal',
      mean: 10,
      sd: 2,
      min: 0,
    });
    expect(
      resolved({
        normal: { mean: { minutes: 10 }, sd: { minutes: 2 }, min: { minutes: 5 }, max: { minutes: 20 } },
      }),
    ).toEqual({
      type: 'normal',
      mean: 10,
      sd: 2,
      min: 5,
      max: 20,
    });
    expect(resolved({ lognormal: { mean: { seconds: 45 }, cv: 0.5 } })).toEqual({
      type: 'lognormal',
      mean: 0.75,
      cv: 0.5,
    });
    expect(resolved({ gamma: { shape: 2, scale: { hours: 1 } } })).toEqual({
      type: 'gamma',
      shape: 2,
      scale: 60,
    });
    expect(resolved({ erlang: { k: 3, mean: { minutes: 9 } } })).toEqual({ type: 'erlang', k: 3, mean: 9 });
    expect(resolved({ weibull: { shape: 1.5, scale: { days: 1 } } })).toEqual({
      type: 'weibull',
      shape: 1.5,
      scale: 1440,
    });
    expect(resolved({ deterministic: { minutes: 5 } })).toEqual({ type: 'deterministic', value: 5 });
    expect(resolved({ empirical: { values: [1, 2], unit: 'hours', weights: [3, 1] } })).toEqual({
      type: 'empirical',
      values: [60, 120],
      weights: [3, 1],
    });
  });

  it('resolved specs are accepted by the engine', () => {
    const spec = resolved({
      triangular: { min: { minutes: 4 }, mode: { minutes: 6 }, max: { minutes: 15 } },
    });
    expect(makeDistribution(spec).mean).toBeCloseTo((4 + 6 + 15) / 3, 12);
    expect(DISTRIBUTION_TYPES).toContain(spec.type);
  });

  it('an unknown family lists the known ones', () => {
    const issues =
      timeDistribution.safeParse({ lognormall: { mean: { minutes: 8 }, cv: 1 } }).error?.issues ?? [];
    expect(issues).toHaveLength(1);
    expect(issues[0]?.message).toBe(
      'one of the distribution names: exponential, uniform, triangular, normal, lognormal, gamma, erlang, weibull, deterministic, empirical',
    );
  });

  it('reports misordered parameters at the parameter', () => {
    const uniform = timeDistribution.safeParse({ uniform: { min: { minutes: 5 }, max: { minutes: 5 } } });
    expect(uniform.error?.issues).toEqual([
      expect.objectContaining({ path: ['uniform', 'max'], message: 'a duration > min' }),
    ]);
    const triangular = timeDistribution.safeParse({
      triangular: { min: { minutes: 1 }, mode: { minutes: 9 }, max: { minutes: 5 } },
    });
    expect(triangular.error?.issues[0]?.path).toEqual(['triangular', 'mode']);
    const empirical = timeDistribution.safeParse({
      empirical: { values: [1, 2], unit: 'minutes', weights: [1] },
    });
    expect(empirical.error?.issues[0]).toMatchObject({
      path: ['empirical', 'weights'],
      message: 'a list of 2 weights (one per value)',
    });
  });

  it('does not pile an ordering issue on top of an invalid parameter', () => {
    const result = timeDistribution.safeParse({ uniform: { min: { minutes: -1 }, max: { minutes: 0 } } });
    expect(result.error?.issues.map((i) => i.path.join('.'))).toEqual(['uniform.min.minutes']);
  });

  it('two families at once are one issue', () => {
    const result = timeDistribution.safeParse({
      exponential: { mean: { minutes: 1 } },
      deterministic: { minutes: 1 },
    });
    expect(result.error?.issues[0]?.message).toMatch(
      /exactly one of .* \(it has exponential and deterministic\)/,
    );
  });
});

describe('batch-size distributions', () => {
  it('resolve to whole-number specs', () => {
    expect(
      resolveCountDistribution(countDistribution.parse({ discreteUniform: { min: 5, max: 8 } })),
    ).toEqual({
      type: 'discrete-uniform',
      min: 5,
      max: 8,
    });
    expect(resolveCountDistribution(countDistribution.parse({ deterministic: 6 }))).toEqual({
      type: 'deterministic',
      value: 6,
    });
    expect(
      resolveCountDistribution(countDistribution.parse({ empirical: { values: [5, 8], weights: [1, 3] } })),
    ).toEqual({
      type: 'empirical',
      values: [5, 8],
      weights: [1, 3],
    });
  });

  it('accept only integer-valued families and integers >= 1, or a fixed 0 (no cars)', () => {
    expect(countDistribution.safeParse({ uniform: { min: 5, max: 8 } }).error?.issues[0]?.message).toBe(
      'one of the batch-size distribution names: deterministic, discreteUniform, empirical',
    );
    expect(countDistribution.safeParse({ deterministic: 2.5 }).error?.issues[0]?.message).toBe(
      'an integer >= 0',
    );
    expect(countDistribution.safeParse({ deterministic: -1 }).error?.issues[0]?.message).toBe(
      'an integer >= 0',
    );
    expect(resolveCountDistribution(countDistribution.parse({ deterministic: 0 }))).toEqual({
      type: 'deterministic',
      value: 0,
    });
    // A draw is never 0: a class either carries cars or it does not.
    expect(
      countDistribution.safeParse({ discreteUniform: { min: 0, max: 5 } }).error?.issues[0]?.message,
    ).toBe('an integer >= 1');
    expect(countDistribution.safeParse({ empirical: { values: [0, 5] } }).error?.issues[0]?.message).toBe(
      'an integer >= 1',
    );
    expect(
      countDistribution.safeParse({ discreteUniform: { min: 8, max: 5 } }).error?.issues[0]?.path,
    ).toEqual(['discreteUniform', 'max']);
  });
});
