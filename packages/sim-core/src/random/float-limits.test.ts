import { describe, expect, it } from 'vitest';
import type { Distribution } from './distribution.js';
import { Empirical } from './empirical.js';
import { Erlang } from './erlang.js';
import { Exponential } from './exponential.js';
import { extremeStream } from './extreme-stream.js';
import { MAX_SCALE, MIN_WEIBULL_SHAPE, stateBound } from './float-limits.js';
import { Gamma } from './gamma.js';
import { gammaFunction } from './gamma-function.js';
import { Lognormal } from './lognormal.js';
import { Normal } from './normal.js';
import { ParameterError } from './parameter-validation.js';
import { Triangular } from './triangular.js';
import { Uniform } from './uniform.js';
import { Weibull } from './weibull.js';

/** Mean, variance and 4000 samples (every fourth an extreme uniform) are finite. */
function expectFinite(d: Distribution, seed: string): void {
  expect(Number.isFinite(d.mean)).toBe(true);
  expect(Number.isFinite(d.variance)).toBe(true);
  const rng = extremeStream(seed);
  for (let i = 0; i < 4000; i++) {
    const x = d.sample(rng);
    if (!Number.isFinite(x)) throw new Error(`sample ${i} is ${x}`);
  }
}

// Each bound: a construction just inside it (accepted, and everything about it finite) and one
// just outside (rejected with the message stating the bound). "Just" is one part in 10^4, or the
// next representable number where the bound is exact.
const up = (x: number) => x * (1 + 1e-4);
const weibullScaleBound = MAX_SCALE / Math.sqrt(gammaFunction(1 + 2 / MIN_WEIBULL_SHAPE));

const BOUNDS: [string, () => Distribution, () => Distribution, RegExp][] = [
  [
    'Exponential mean <= 1e154',
    () => new Exponential(MAX_SCALE),
    () => new Exponential(up(MAX_SCALE)),
    /^Exponential: mean must be a finite number in \(0, 1e\+154\] \(above that the variance, mean², overflows double precision\), got 1\.0001/,
  ],
  [
    'Lognormal cv <= 1e154/mean for mean >= 1',
    () => new Lognormal(10, 1e153),
    () => new Lognormal(10, up(1e153)),
    /^Lognormal: cv must be a finite number in \(0, 1e\+153\] \(for mean 10; above that the variance \(cv·mean\)² or cv² overflows double precision\), got 1\.0001e\+153$/,
  ],
  [
    'Lognormal cv <= 1e154 for mean < 1',
    () => new Lognormal(0.001, MAX_SCALE),
    () => new Lognormal(0.001, up(MAX_SCALE)),
    /^Lognormal: cv must be a finite number in \(0, 1e\+154\]/,
  ],
  [
    'Lognormal mean <= 1e154',
    () => new Lognormal(MAX_SCALE, 1),
    () => new Lognormal(up(MAX_SCALE), 1e-200),
    /^Lognormal: mean must be a finite number in \(0, 1e\+154\]/,
  ],
  [
    'Gamma mean shape·scale <= 1e154',
    () => new Gamma(1e10, 1e144),
    () => new Gamma(1e10, up(1e144)),
    /^Gamma: scale must be a finite number in \(0, 1e\+144\] \(for shape 10000000000; above that the mean shape·scale or the variance shape·scale² overflows double precision\), got 1\.0001/,
  ],
  [
    'Gamma scale <= 1e154 for shape < 1',
    () => new Gamma(0.5, MAX_SCALE),
    () => new Gamma(0.5, up(MAX_SCALE)),
    /^Gamma: scale must be a finite number in \(0, 1e\+154\]/,
  ],
  [
    'Erlang mean <= 1e154',
    () => new Erlang(3, MAX_SCALE),
    () => new Erlang(3, up(MAX_SCALE)),
    /^Erlang: mean must be a finite number in \(0, 1e\+154\]/,
  ],
  [
    'Erlang mean <= 1e154 above six phases (sampled as a gamma)',
    () => new Erlang(40, MAX_SCALE),
    () => new Erlang(40, up(MAX_SCALE)),
    /^Erlang: mean must be a finite number in \(0, 1e\+154\]/,
  ],
  [
    'Weibull shape >= 0.012',
    () => new Weibull(MIN_WEIBULL_SHAPE, 1),
    () => new Weibull(0.0119, 1),
    /^Weibull: shape must be a finite number >= 0\.012 \(below that Γ\(1 \+ 2\/shape\) in the variance overflows double precision\), got 0\.0119$/,
  ],
  [
    'Weibull scale <= 1e154/√Γ(1 + 2/shape)',
    () => new Weibull(MIN_WEIBULL_SHAPE, weibullScaleBound),
    () => new Weibull(MIN_WEIBULL_SHAPE, up(weibullScaleBound)),
    /^Weibull: scale must be a finite number in \(0, 19140\] \(for shape 0\.012; above that the variance scale²·Γ\(1 \+ 2\/shape\) overflows double precision\), got 19145\.7/,
  ],
  [
    'Weibull scale <= 1e154 for large shapes',
    () => new Weibull(50, MAX_SCALE),
    () => new Weibull(50, up(MAX_SCALE)),
    /^Weibull: scale must be a finite number in \(0, 1e\+154\]/,
  ],
  [
    'Normal sd <= 1e154',
    () => new Normal(0, MAX_SCALE),
    () => new Normal(0, up(MAX_SCALE)),
    /^Normal: sd must be a finite number in \(0, 1e\+154\]/,
  ],
  [
    'Uniform width <= 1e154',
    () => new Uniform(-MAX_SCALE / 2, MAX_SCALE / 2),
    () => new Uniform(0, up(MAX_SCALE)),
    /^Uniform: max must be at most min \+ 1e\+154 \(a wider range makes the variance overflow double precision\), got 1\.0001/,
  ],
  [
    'Triangular width <= 1e154',
    () => new Triangular(0, 0, MAX_SCALE),
    () => new Triangular(0, 0, up(MAX_SCALE)),
    /^Triangular: max must be at most min \+ 1e\+154/,
  ],
  [
    'Empirical values within 1e154 of each other',
    () => new Empirical([0, MAX_SCALE]),
    () => new Empirical([-MAX_SCALE, 1, MAX_SCALE]),
    /^Empirical: values must be values within 1e\+154 of each other \(a wider spread makes the variance overflow double precision\), got values from -1e\+154 to 1e\+154$/,
  ],
];

describe('float64 limits of the distributions', () => {
  it.each(BOUNDS)('%s: just inside is accepted and finite', (label, inside) => {
    expectFinite(inside(), label);
  });

  it.each(BOUNDS)(
    '%s: just outside is a ParameterError stating the bound',
    (_label, _inside, outside, message) => {
      let caught: unknown;
      try {
        outside();
      } catch (error) {
        caught = error;
      }
      expect(caught).toBeInstanceOf(ParameterError);
      expect(caught).toBeInstanceOf(RangeError);
      expect((caught as Error).message).toMatch(message);
    },
  );

  it('the issue’s examples are rejected: Lognormal(10, 1e200) and Weibull(1e-5, 1)', () => {
    expect(() => new Lognormal(10, 1e200)).toThrow(
      /cv must be a finite number in \(0, 1e\+153\].*got 1e\+200$/,
    );
    expect(() => new Weibull(1e-5, 1)).toThrow(/shape must be a finite number >= 0\.012.*got 0\.00001$/);
  });

  it('MIN_WEIBULL_SHAPE is where Γ(1 + 2/shape) stops being finite, rounded up', () => {
    expect(Number.isFinite(gammaFunction(1 + 2 / MIN_WEIBULL_SHAPE))).toBe(true);
    expect(Number.isFinite(gammaFunction(1 + 2 / 0.0117))).toBe(false);
  });

  it('MAX_SCALE squared is finite, and √Number.MAX_VALUE is within 35% above it', () => {
    expect(Number.isFinite(MAX_SCALE * MAX_SCALE)).toBe(true);
    expect(Math.sqrt(Number.MAX_VALUE) / MAX_SCALE).toBeGreaterThan(1.3);
    expect(Math.sqrt(Number.MAX_VALUE) / MAX_SCALE).toBeLessThan(1.35);
  });

  it('an empirical mean stays finite for repeated values near Number.MAX_VALUE', () => {
    // With these weights the probabilities round so that Σ p·MAX_VALUE overflows (found by a
    // random search); the offsets from the smallest value do not. Two distinct values that large
    // are at least 2e292 apart, beyond the spread allowed, so only repeats get here.
    const top = Number.MAX_VALUE;
    const weights = [0.23884190055851362, 0.6356808042219138, 0.6800313348579254];
    let plain = 0;
    for (const w of weights) plain += (w / (weights[0]! + weights[1]! + weights[2]!)) * top;
    expect(plain).toBe(Number.POSITIVE_INFINITY);
    const d = new Empirical([top, top, top], weights);
    expect(d.mean).toBe(top);
    expect(d.variance).toBe(0);
  });

  it('stateBound rounds towards the allowed side', () => {
    expect(stateBound(19143.82)).toBe('19140');
    expect(stateBound(19143.82, 'up')).toBe('19150');
    expect(stateBound(0.011722, 'up')).toBe('0.01173');
    expect(stateBound(1e154)).toBe('1e+154');
  });
});
