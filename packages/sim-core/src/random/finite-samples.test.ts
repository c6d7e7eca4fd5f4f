import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { extremeStream } from './extreme-stream.js';
import { MAX_SCALE, MIN_WEIBULL_SHAPE } from './float-limits.js';
import { ParameterError } from './parameter-validation.js';
import { type DistributionSpec, makeDistribution } from './spec.js';

// The promise of the constructors' checks: whatever they accept can be sampled. For arbitrary
// parameters, either makeDistribution throws a ParameterError, or the mean and variance are finite
// (the variance >= 0) and 2,000 samples, a quarter of them drawn at the extreme uniforms, are all
// finite. Parameters mix every float64 (NaN, ±Infinity, subnormals, MAX_VALUE), log-uniform
// magnitudes over the whole range, and values at the bounds.
const SAMPLES = 2000;

const magnitude = fc.oneof(
  fc.double(),
  fc.double({ min: -320, max: 308, noNaN: true }).map((e) => 10 ** e),
  fc.double({ min: -320, max: 308, noNaN: true }).map((e) => -(10 ** e)),
  fc.constantFrom(MAX_SCALE, MAX_SCALE * 1.0001, MIN_WEIBULL_SHAPE, 0.0117, 1, 0.5, 2),
);
const count = fc.oneof(fc.integer({ min: -3, max: 50 }), fc.constantFrom(1e9, 2 ** 53, 1.5));

const spec: fc.Arbitrary<DistributionSpec> = fc.oneof(
  magnitude.map((mean) => ({ type: 'exponential', mean }) as const),
  fc.tuple(magnitude, magnitude).map(([min, max]) => ({ type: 'uniform', min, max }) as const),
  fc
    .tuple(magnitude, magnitude, magnitude)
    .map(([min, mode, max]) => ({ type: 'triangular', min, mode, max }) as const),
  fc
    .tuple(magnitude, magnitude, fc.option(magnitude, { nil: undefined }))
    .map(([mean, sd, min]) =>
      min === undefined
        ? ({ type: 'normal', mean, sd } as const)
        : ({ type: 'normal', mean, sd, min } as const),
    ),
  fc.tuple(magnitude, magnitude).map(([mean, cv]) => ({ type: 'lognormal', mean, cv }) as const),
  fc.tuple(magnitude, magnitude).map(([shape, scale]) => ({ type: 'gamma', shape, scale }) as const),
  fc.tuple(count, magnitude).map(([k, mean]) => ({ type: 'erlang', k, mean }) as const),
  fc.tuple(magnitude, magnitude).map(([shape, scale]) => ({ type: 'weibull', shape, scale }) as const),
  magnitude.map((value) => ({ type: 'deterministic', value }) as const),
  fc
    .tuple(
      fc.array(magnitude, { minLength: 1, maxLength: 6 }),
      fc.array(magnitude, { minLength: 1, maxLength: 6 }),
    )
    .map(([values, weights]) =>
      weights.length === values.length
        ? ({ type: 'empirical', values, weights } as const)
        : ({ type: 'empirical', values } as const),
    ),
  fc.tuple(count, count).map(([min, max]) => ({ type: 'discrete-uniform', min, max }) as const),
);

describe('every distribution the constructors accept can be sampled', () => {
  it('makeDistribution(spec) throws a ParameterError, or gives finite moments and samples', () => {
    let accepted = 0;
    fc.assert(
      fc.property(spec, fc.string({ maxLength: 6 }), (s, seed) => {
        let d: ReturnType<typeof makeDistribution>;
        try {
          d = makeDistribution(s);
        } catch (error) {
          if (!(error instanceof ParameterError)) throw error;
          return;
        }
        accepted++;
        expect(Number.isFinite(d.mean), `mean ${d.mean}`).toBe(true);
        expect(Number.isFinite(d.variance) && d.variance >= 0, `variance ${d.variance}`).toBe(true);
        const rng = extremeStream(seed);
        for (let i = 0; i < SAMPLES; i++) {
          const x = d.sample(rng);
          if (!Number.isFinite(x)) throw new Error(`sample ${i} of ${JSON.stringify(s)} is ${x}`);
        }
      }),
      { numRuns: 1500, seed: 20240601 },
    );
    // The property says nothing if almost everything is rejected.
    expect(accepted).toBeGreaterThan(300);
  });
});
