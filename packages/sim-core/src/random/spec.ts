import { Deterministic } from './deterministic.js';
import { DiscreteUniform } from './discrete-uniform.js';
import type { Distribution } from './distribution.js';
import { Empirical } from './empirical.js';
import { Erlang } from './erlang.js';
import { Exponential } from './exponential.js';
import { Gamma } from './gamma.js';
import { Lognormal } from './lognormal.js';
import { Normal } from './normal.js';
import { rejectParameter } from './parameter-validation.js';
import { Triangular } from './triangular.js';
import { Uniform } from './uniform.js';
import { Weibull } from './weibull.js';

/**
 * Plain-data description of a distribution, as written in scenario files (JSON/YAML). Parameter
 * names and meanings match the classes' constructors; see docs/random.md for formulas.
 */
export type DistributionSpec =
  | { readonly type: 'exponential'; readonly mean: number }
  | { readonly type: 'uniform'; readonly min: number; readonly max: number }
  | { readonly type: 'triangular'; readonly min: number; readonly mode: number; readonly max: number }
  | {
      readonly type: 'normal';
      readonly mean: number;
      readonly sd: number;
      readonly min?: number;
      readonly max?: number;
    }
  | { readonly type: 'lognormal'; readonly mean: number; readonly cv: number }
  | { readonly type: 'gamma'; readonly shape: number; readonly scale: number }
  | { readonly type: 'erlang'; readonly k: number; readonly mean: number }
  | { readonly type: 'weibull'; readonly shape: number; readonly scale: number }
  | { readonly type: 'deterministic'; readonly value: number }
  | { readonly type: 'empirical'; readonly values: readonly number[]; readonly weights?: readonly number[] }
  | { readonly type: 'discrete-uniform'; readonly min: number; readonly max: number };

/** The `type` tags a {@link DistributionSpec} may carry. */
export type DistributionType = DistributionSpec['type'];

// A Record keyed by the union makes the compiler reject a list that misses or invents a type.
const TYPE_TAGS: Record<DistributionType, true> = {
  exponential: true,
  uniform: true,
  triangular: true,
  normal: true,
  lognormal: true,
  gamma: true,
  erlang: true,
  weibull: true,
  deterministic: true,
  empirical: true,
  'discrete-uniform': true,
};

/** Every supported `type` tag, e.g. for a scenario schema's enum. */
export const DISTRIBUTION_TYPES = Object.keys(TYPE_TAGS) as readonly DistributionType[];

/**
 * Builds the distribution a spec describes. Parameters are validated by the constructors (RangeError
 * naming the parameter); a spec that is not an object, or has an unknown `type`, possible when it
 * comes from an unchecked file, is also a RangeError.
 */
export function makeDistribution(spec: DistributionSpec): Distribution {
  if (spec === null || typeof spec !== 'object' || Array.isArray(spec)) {
    rejectParameter('makeDistribution', 'spec', "an object such as { type: 'exponential', mean: 5 }", spec);
  }
  switch (spec.type) {
    case 'exponential':
      return new Exponential(spec.mean);
    case 'uniform':
      return new Uniform(spec.min, spec.max);
    case 'triangular':
      return new Triangular(spec.min, spec.mode, spec.max);
    case 'normal':
      return new Normal(
        spec.mean,
        spec.sd,
        spec.min ?? Number.NEGATIVE_INFINITY,
        spec.max ?? Number.POSITIVE_INFINITY,
      );
    case 'lognormal':
      return new Lognormal(spec.mean, spec.cv);
    case 'gamma':
      return new Gamma(spec.shape, spec.scale);
    case 'erlang':
      return new Erlang(spec.k, spec.mean);
    case 'weibull':
      return new Weibull(spec.shape, spec.scale);
    case 'deterministic':
      return new Deterministic(spec.value);
    case 'empirical':
      return new Empirical(spec.values, spec.weights);
    case 'discrete-uniform':
      return new DiscreteUniform(spec.min, spec.max);
    default: {
      const unknown: never = spec;
      return rejectParameter(
        'makeDistribution',
        'type',
        `one of ${DISTRIBUTION_TYPES.join(', ')}`,
        (unknown as { type?: unknown }).type,
      );
    }
  }
}
