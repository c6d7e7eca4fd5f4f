import { RandomStream } from '@landport/sim-core';

/**
 * Waits in queue of the first `n` customers of an M/M/1 queue (arrival rate λ, service rate μ) by
 * Lindley's recursion W_{i+1} = max(0, W_i + S_i − A_{i+1}): a reference model for the output
 * analysis tests, with the textbook stationary mean Wq = ρ/(μ − λ). `first` is W₁: 0 for a queue
 * started empty, or a draw from the stationary law (0 with probability 1 − ρ, else exponential
 * of rate μ − λ) for a run that starts in steady state.
 */
export function mm1Waits(seed: string, n: number, lambda: number, mu: number, start: 'empty' | 'stationary') {
  const rng = new RandomStream(seed);
  const rho = lambda / mu;
  let w = 0;
  if (start === 'stationary' && rng.random() < rho) w = -Math.log(rng.random()) / (mu - lambda);
  const waits = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    waits[i] = w;
    w = Math.max(0, w - Math.log(rng.random()) / mu + Math.log(rng.random()) / lambda);
  }
  return waits;
}
