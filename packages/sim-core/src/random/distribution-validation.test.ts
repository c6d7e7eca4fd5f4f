import { describe, expect, it } from 'vitest';
import { Deterministic } from './deterministic.js';
import { DiscreteUniform } from './discrete-uniform.js';
import { Empirical } from './empirical.js';
import { Erlang } from './erlang.js';
import { Exponential } from './exponential.js';
import { Gamma } from './gamma.js';
import { Lognormal } from './lognormal.js';
import { Normal } from './normal.js';
import { ParameterError } from './parameter-validation.js';
import { makeDistribution } from './spec.js';
import { Triangular } from './triangular.js';
import { Uniform } from './uniform.js';
import { Weibull } from './weibull.js';

// Each entry: a construction with one bad parameter, and the exact message, which must name the
// class, the parameter, what was expected and the value received.
const BAD_PARAMETERS: [string, () => unknown, string][] = [
  ['Exponential mean 0', () => new Exponential(0), 'Exponential: mean must be a finite number > 0, got 0'],
  [
    'Exponential mean NaN',
    () => new Exponential(Number.NaN),
    'Exponential: mean must be a finite number > 0, got NaN',
  ],
  [
    'Uniform min Infinity',
    () => new Uniform(Number.POSITIVE_INFINITY, 1),
    'Uniform: min must be a finite number, got Infinity',
  ],
  ['Uniform max = min', () => new Uniform(2, 2), 'Uniform: max must be > min (2), got 2'],
  ['Triangular max < min', () => new Triangular(5, 5, 1), 'Triangular: max must be > min (5), got 1'],
  [
    'Triangular mode outside',
    () => new Triangular(0, 4, 3),
    'Triangular: mode must be in [min, max] = [0, 3], got 4',
  ],
  ['Normal sd 0', () => new Normal(0, 0), 'Normal: sd must be a finite number > 0, got 0'],
  [
    'Normal mean -Infinity',
    () => new Normal(Number.NEGATIVE_INFINITY, 1),
    'Normal: mean must be a finite number, got -Infinity',
  ],
  ['Normal min NaN', () => new Normal(0, 1, Number.NaN), 'Normal: min must be a number < Infinity, got NaN'],
  ['Normal max <= min', () => new Normal(0, 1, 3, 3), 'Normal: max must be > min (3), got 3'],
  [
    'Normal interval beyond double precision',
    () => new Normal(0, 1, 40, 41),
    'Normal: [min, max] must be an interval of positive probability under N(0, 1²) (within ~37 sd of the mean), got [40, 41]',
  ],
  ['Lognormal mean -1', () => new Lognormal(-1, 0.5), 'Lognormal: mean must be a finite number > 0, got -1'],
  ['Lognormal cv 0', () => new Lognormal(1, 0), 'Lognormal: cv must be a finite number > 0, got 0'],
  ['Gamma shape 0', () => new Gamma(0, 1), 'Gamma: shape must be a finite number > 0, got 0'],
  ['Gamma scale -2', () => new Gamma(1, -2), 'Gamma: scale must be a finite number > 0, got -2'],
  ['Erlang k 2.5', () => new Erlang(2.5, 1), 'Erlang: k must be an integer >= 1, got 2.5'],
  ['Erlang k 0', () => new Erlang(0, 1), 'Erlang: k must be an integer >= 1, got 0'],
  ['Erlang mean 0', () => new Erlang(2, 0), 'Erlang: mean must be a finite number > 0, got 0'],
  ['Weibull shape -1', () => new Weibull(-1, 1), 'Weibull: shape must be a finite number > 0, got -1'],
  [
    'Weibull scale NaN',
    () => new Weibull(1, Number.NaN),
    'Weibull: scale must be a finite number > 0, got NaN',
  ],
  [
    'Deterministic NaN',
    () => new Deterministic(Number.NaN),
    'Deterministic: value must be a finite number, got NaN',
  ],
  ['Empirical no values', () => new Empirical([]), 'Empirical: values must be a non-empty array, got []'],
  [
    'Empirical value Infinity',
    () => new Empirical([1, Number.POSITIVE_INFINITY]),
    'Empirical: values[1] must be a finite number, got Infinity',
  ],
  [
    'Empirical weights length',
    () => new Empirical([1, 2], [1]),
    'Empirical: weights must be an array of 2 entries (one per value), got 1 entries',
  ],
  [
    'Empirical negative weight',
    () => new Empirical([1, 2], [1, -1]),
    'Empirical: weights[1] must be a finite number >= 0, got -1',
  ],
  [
    'Empirical all-zero weights',
    () => new Empirical([1, 2], [0, 0]),
    'Empirical: weights must be weights with a finite, positive sum, got 0',
  ],
  [
    'DiscreteUniform min 1.5',
    () => new DiscreteUniform(1.5, 3),
    'DiscreteUniform: min must be a safe integer, got 1.5',
  ],
  [
    'DiscreteUniform max < min',
    () => new DiscreteUniform(8, 5),
    'DiscreteUniform: max must be a safe integer >= min (8), got 5',
  ],
  [
    'DiscreteUniform range too wide',
    () => new DiscreteUniform(0, 2 ** 32),
    'DiscreteUniform: max - min + 1 must be at most 2^32 outcomes, got 4294967297',
  ],
];

// Values of the wrong type, as an untyped caller (JavaScript, a parsed file) passes them: the
// message says what arrived, so "got the string "5"" rather than a puzzling "got 5".
const WRONG_TYPES: [string, () => unknown, string][] = [
  [
    'Exponential mean "5"',
    () => new Exponential('5' as unknown as number),
    'Exponential: mean must be a finite number > 0, got the string "5"',
  ],
  [
    'Gamma shape null',
    () => new Gamma(null as unknown as number, 1),
    'Gamma: shape must be a finite number > 0, got null',
  ],
  [
    'Erlang k true',
    () => new Erlang(true as unknown as number, 1),
    'Erlang: k must be an integer >= 1, got the boolean true',
  ],
  [
    'Uniform min 1n',
    () => new Uniform(1n as unknown as number, 2),
    'Uniform: min must be a finite number, got the bigint 1n',
  ],
  [
    'Empirical values "abc"',
    () => new Empirical('abc' as unknown as number[]),
    'Empirical: values must be an array of numbers, got the string "abc"',
  ],
  [
    'Empirical a hole in the values',
    // biome-ignore lint/suspicious/noSparseArray: the hole is the point of the test
    () => new Empirical([1, , 3] as number[]),
    'Empirical: values[1] must be a finite number, got undefined',
  ],
  [
    'Empirical weights {}',
    () => new Empirical([1], {} as unknown as number[]),
    'Empirical: weights must be an array of numbers, got an object',
  ],
  [
    'makeDistribution(null)',
    () => makeDistribution(null as never),
    "makeDistribution: spec must be an object such as { type: 'exponential', mean: 5 }, got null",
  ],
  [
    'makeDistribution("exponential")',
    () => makeDistribution('exponential' as never),
    'makeDistribution: spec must be an object such as { type: \'exponential\', mean: 5 }, got the string "exponential"',
  ],
  [
    'makeDistribution({ type: "exponential" }) with no mean',
    () => makeDistribution({ type: 'exponential' } as never),
    'Exponential: mean must be a finite number > 0, got undefined',
  ],
];

describe('distribution parameter validation', () => {
  it.each(WRONG_TYPES)('%s throws a ParameterError saying what arrived', (_label, construct, message) => {
    expect(construct).toThrow(ParameterError);
    expect(construct).toThrow(message);
  });

  it.each(BAD_PARAMETERS)(
    '%s throws a RangeError naming the parameter and value',
    (_label, construct, message) => {
      expect(construct).toThrow(RangeError);
      expect(construct).toThrow(message);
    },
  );
});
