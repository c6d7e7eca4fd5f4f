export type { ArrivalProcess } from './arrival-process.js';
export { Deterministic } from './deterministic.js';
export { DiscreteUniform } from './discrete-uniform.js';
export type { Distribution } from './distribution.js';
export { Empirical } from './empirical.js';
export { Erlang } from './erlang.js';
export { Exponential } from './exponential.js';
export { Gamma } from './gamma.js';
export { gammaFunction } from './gamma-function.js';
export { Lognormal } from './lognormal.js';
export { NonhomogeneousPoisson } from './nonhomogeneous-poisson.js';
export { Normal } from './normal.js';
export { ParameterError } from './parameter-validation.js';
export { PiecewiseRate, type PiecewiseRateOptions } from './piecewise-rate.js';
export { PoissonArrivals } from './poisson-arrivals.js';
export type { RateProfile } from './rate-profile.js';
export {
  DISTRIBUTION_TYPES,
  type DistributionSpec,
  type DistributionType,
  makeDistribution,
} from './spec.js';
export { standardNormalCdf, standardNormalPdf, standardNormalQuantile } from './standard-normal.js';
export { type StepRate, StepRatePoisson } from './step-rate-poisson.js';
export { RandomStream } from './stream.js';
export { RandomStreams } from './streams.js';
export { Triangular } from './triangular.js';
export { Uniform } from './uniform.js';
export { Weibull } from './weibull.js';
