import { describe, expect, it } from 'vitest';
import { Deterministic } from './deterministic.js';
import { DiscreteUniform } from './discrete-uniform.js';
import { Empirical } from './empirical.js';
import { Erlang } from './erlang.js';
import { Exponential } from './exponential.js';
import { Gamma } from './gamma.js';
import { Lognormal } from './lognormal.js';
import { Normal } from './normal.js';
import { DISTRIBUTION_TYPES, type DistributionSpec, makeDistribution } from './spec.js';
import { RandomStream } from './stream.js';
import { Triangular } from './triangular.js';
import { Uniform } from './uniform.js';
import { Weibull } from './weibull.js';

const SPECS: [DistributionSpec, new (...args: never[]) => unknown, number][] = [
  [{ type: 'exponential', mean: 3 }, Exponential, 3],
  [{ type: 'uniform', min: 1, max: 5 }, Uniform, 3],
  [{ type: 'triangular', min: 0, mode: 3, max: 6 }, Triangular, 3],
  [{ type: 'normal', mean: 4, sd: 1 }, Normal, 4],
  [{ type: 'lognormal', mean: 2, cv: 0.3 }, Lognormal, 2],
  [{ type: 'gamma', shape: 2, scale: 1.5 }, Gamma, 3],
  [{ type: 'erlang', k: 4, mean: 8 }, Erlang, 8],
  [{ type: 'weibull', shape: 1, scale: 2 }, Weibull, 2],
  [{ type: 'deterministic', value: 7 }, Deterministic, 7],
  [{ type: 'empirical', values: [1, 3] }, Empirical, 2],
  [{ type: 'discrete-uniform', min: 5, max: 8 }, DiscreteUniform, 6.5],
];

describe('makeDistribution', () => {
  it.each(SPECS)('makeDistribution(%o) builds the matching class with the spec mean', (spec, cls, mean) => {
    const dist = makeDistribution(spec);
    expect(dist).toBeInstanceOf(cls);
    expect(dist.mean).toBeCloseTo(mean, 12);
  });

  it('makeDistribution covers every listed type', () => {
    expect(SPECS.map(([spec]) => spec.type).sort()).toEqual([...DISTRIBUTION_TYPES].sort());
  });

  it('makeDistribution passes normal truncation bounds through', () => {
    const dist = makeDistribution({ type: 'normal', mean: 0, sd: 1, min: 0 });
    expect(dist.mean).toBeCloseTo(Math.sqrt(2 / Math.PI), 14);
    const rng = new RandomStream('spec/normal');
    for (let i = 0; i < 1000; i++) expect(dist.sample(rng)).toBeGreaterThanOrEqual(0);
  });

  it('makeDistribution passes empirical weights through', () => {
    expect(makeDistribution({ type: 'empirical', values: [0, 10], weights: [3, 1] }).mean).toBe(2.5);
  });

  it('makeDistribution reports invalid parameters from the constructor', () => {
    expect(() => makeDistribution({ type: 'exponential', mean: -1 })).toThrow(
      new RangeError('Exponential: mean must be a finite number > 0, got -1'),
    );
  });

  it('makeDistribution rejects an unknown type from an unchecked file', () => {
    const spec = JSON.parse('{"type":"poisson","mean":1}') as DistributionSpec;
    expect(() => makeDistribution(spec)).toThrow(RangeError);
    expect(() => makeDistribution(spec)).toThrow(
      /type must be one of exponential, .*discrete-uniform, got the string "poisson"/,
    );
  });
});
