import { makeDistribution } from '@landport/sim-core';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  countDistribution,
  resolveCountDistribution,
  resolveTimeDistribution,
  type TimeDistributionInput,
  timeDistribution,
} from './distribution.js';
import { extremeStream } from './test-support/extreme-stream.js';

/** The issues of a time distribution as `path: message`, [] when it is accepted. */
function problems(input: unknown): string[] {
  const result = timeDistribution.safeParse(input);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

// Each case: a distribution just inside a bound (accepted) and just outside it (one issue, at the
// parameter's path, stating the bound). Durations are checked in minutes: 1e154 minutes is
// 6.94e150 days.
const BOUNDS: [string, TimeDistributionInput, TimeDistributionInput, string][] = [
  [
    'lognormal cv <= 1e154/mean',
    { lognormal: { mean: { minutes: 10 }, cv: 1e153 } },
    { lognormal: { mean: { minutes: 10 }, cv: 1e200 } },
    'lognormal.cv: a finite number in (0, 1e+153] (for mean 10; above that the variance (cv·mean)² or cv² overflows double precision)',
  ],
  [
    'Weibull shape >= 0.012',
    { weibull: { shape: 0.012, scale: { minutes: 3 } } },
    { weibull: { shape: 1e-5, scale: { minutes: 3 } } },
    'weibull.shape: a finite number >= 0.012 (below that Γ(1 + 2/shape) in the variance overflows double precision)',
  ],
  [
    'Weibull scale bounded for a small shape',
    { weibull: { shape: 0.012, scale: { minutes: 19_000 } } },
    { weibull: { shape: 0.012, scale: { days: 14 } } },
    'weibull.scale: a finite number in (0, 19140] (for shape 0.012; above that the variance scale²·Γ(1 + 2/shape) overflows double precision), in minutes',
  ],
  [
    'exponential mean <= 1e154 minutes',
    { exponential: { mean: { days: 6.9e150 } } },
    { exponential: { mean: { days: 7e150 } } },
    'exponential.mean: a finite number in (0, 1e+154] (above that the variance, mean², overflows double precision), in minutes',
  ],
  [
    'gamma mean <= 1e154 minutes',
    { gamma: { shape: 1e4, scale: { minutes: 1e150 } } },
    { gamma: { shape: 1e4, scale: { minutes: 1.001e150 } } },
    'gamma.scale: a finite number in (0, 1e+150] (for shape 10000; above that the mean shape·scale or the variance shape·scale² overflows double precision), in minutes',
  ],
  [
    'Erlang mean <= 1e154 minutes',
    { erlang: { k: 3, mean: { minutes: 1e154 } } },
    { erlang: { k: 3, mean: { minutes: 1.001e154 } } },
    'erlang.mean: a finite number in (0, 1e+154] (above that the variance, mean²/k, overflows double precision), in minutes',
  ],
  [
    'normal truncated to an interval it reaches',
    { normal: { mean: { minutes: 100 }, sd: { minutes: 1 }, max: { minutes: 70 } } },
    { normal: { mean: { minutes: 100 }, sd: { minutes: 1 }, max: { minutes: 50 } } },
    'normal.max: an interval of positive probability under N(100, 1²) (within ~37 sd of the mean), in minutes',
  ],
  [
    'normal sd <= 1e154 minutes',
    { normal: { mean: { minutes: 1 }, sd: { minutes: 1e154 } } },
    { normal: { mean: { minutes: 1 }, sd: { minutes: 1.001e154 } } },
    'normal.sd: a finite number in (0, 1e+154] (above that the variance, sd², overflows double precision), in minutes',
  ],
  [
    'uniform width <= 1e154 minutes',
    { uniform: { min: { minutes: 0 }, max: { minutes: 1e154 } } },
    { uniform: { min: { minutes: 0 }, max: { hours: 1e154 } } },
    'uniform.max: at most min + 1e+154 (a wider range makes the variance overflow double precision), in minutes',
  ],
  [
    'empirical values within 1e154 minutes of each other',
    { empirical: { values: [0, 1e154], unit: 'minutes' } },
    { empirical: { values: [0, 1e154], unit: 'hours' } },
    'empirical.values: values within 1e+154 of each other (a wider spread makes the variance overflow double precision), in minutes',
  ],
  [
    'empirical weights with a finite sum',
    { empirical: { values: [1, 2], unit: 'minutes', weights: [1e308, 1e307] } },
    { empirical: { values: [1, 2], unit: 'minutes', weights: [1e308, 1e308] } },
    'empirical.weights: weights with a finite, positive sum',
  ],
];

describe('a scenario distribution must be one the engine can sample', () => {
  it.each(BOUNDS)('%s: just inside is accepted', (_label, inside) => {
    expect(problems(inside)).toEqual([]);
  });

  it.each(BOUNDS)('%s: just outside is one issue at the parameter', (_label, _inside, outside, issue) => {
    expect(problems(outside)).toEqual([issue]);
  });

  it('a batch size with more outcomes than a 32-bit uniform can reach is one issue at max', () => {
    const result = countDistribution.safeParse({ discreteUniform: { min: 1, max: 2 ** 33 } });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['discreteUniform.max', 'at most 2^32 outcomes'],
    ]);
    expect(countDistribution.safeParse({ discreteUniform: { min: 1, max: 2 ** 32 } }).success).toBe(true);
  });
});

// Durations as a file may write them: every unit, amounts from every float64 to log-uniform
// magnitudes over the whole range.
const amount = fc.oneof(
  fc.double({ min: 0, noNaN: true }),
  fc.double({ min: -320, max: 308, noNaN: true }).map((e) => 10 ** e),
  fc.constantFrom(0, 1, 1e154, 6.9e150, 0.012),
);
const duration = fc
  .tuple(fc.constantFrom('seconds', 'minutes', 'hours', 'days'), amount)
  .map(([unit, value]) => ({ [unit]: value }));
const number = fc.oneof(amount, fc.double({ noNaN: true }));

const timeInput: fc.Arbitrary<unknown> = fc.oneof(
  duration.map((mean) => ({ exponential: { mean } })),
  fc.tuple(duration, duration).map(([min, max]) => ({ uniform: { min, max } })),
  fc.tuple(duration, duration, duration).map(([min, mode, max]) => ({ triangular: { min, mode, max } })),
  fc
    .tuple(duration, duration, duration, duration)
    .map(([mean, sd, min, max]) => ({ normal: { mean, sd, min, max } })),
  fc.tuple(duration, number).map(([mean, cv]) => ({ lognormal: { mean, cv } })),
  fc.tuple(number, duration).map(([shape, scale]) => ({ gamma: { shape, scale } })),
  fc.tuple(fc.integer({ min: 1, max: 100 }), duration).map(([k, mean]) => ({ erlang: { k, mean } })),
  fc.tuple(number, duration).map(([shape, scale]) => ({ weibull: { shape, scale } })),
  duration.map((d) => ({ deterministic: d })),
  fc
    .tuple(
      fc.array(amount, { minLength: 1, maxLength: 5 }),
      fc.constantFrom('seconds', 'minutes', 'hours', 'days'),
      fc.array(amount, { minLength: 1, maxLength: 5 }),
    )
    .map(([values, unit, weights]) =>
      weights.length === values.length
        ? { empirical: { values, unit, weights } }
        : { empirical: { values, unit } },
    ),
);

describe('whatever the scenario validator accepts yields finite samples', () => {
  it('a time distribution that validates builds, and 2,000 samples are finite', () => {
    let accepted = 0;
    fc.assert(
      fc.property(timeInput, fc.string({ maxLength: 6 }), (input, seed) => {
        const result = timeDistribution.safeParse(input);
        if (!result.success) return;
        accepted++;
        const d = makeDistribution(resolveTimeDistribution(result.data));
        expect(Number.isFinite(d.mean) && Number.isFinite(d.variance)).toBe(true);
        const rng = extremeStream(seed);
        for (let i = 0; i < 2000; i++) {
          const x = d.sample(rng);
          if (!Number.isFinite(x)) throw new Error(`sample ${i} of ${JSON.stringify(input)} is ${x}`);
        }
      }),
      { numRuns: 1500, seed: 20240602 },
    );
    expect(accepted).toBeGreaterThan(300);
  });

  it('a batch-size distribution that validates builds and samples whole numbers >= 1, or a fixed 0', () => {
    const count = fc.oneof(fc.integer({ min: -2, max: 20 }), fc.constantFrom(2 ** 32, 2 ** 53 - 1, 1.5));
    const input = fc.oneof(
      count.map((n) => ({ deterministic: n })),
      fc.tuple(count, count).map(([min, max]) => ({ discreteUniform: { min, max } })),
      fc
        .tuple(
          fc.array(count, { minLength: 1, maxLength: 4 }),
          fc.array(amount, { minLength: 1, maxLength: 4 }),
        )
        .map(([values, weights]) => ({ empirical: { values, weights: weights.slice(0, values.length) } })),
    );
    fc.assert(
      fc.property(input, (raw) => {
        const result = countDistribution.safeParse(raw);
        if (!result.success) return;
        const d = makeDistribution(resolveCountDistribution(result.data));
        const rng = extremeStream('count');
        for (let i = 0; i < 2000; i++) {
          const x = d.sample(rng);
          const fixedZero = 'deterministic' in raw && raw.deterministic === 0;
          if (!(Number.isSafeInteger(x) && (x >= 1 || (fixedZero && x === 0))))
            throw new Error(`sample ${x} of ${JSON.stringify(raw)}`);
        }
      }),
      { numRuns: 500, seed: 20240603 },
    );
  });
});
