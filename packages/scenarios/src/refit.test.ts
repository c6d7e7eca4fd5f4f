import type { ScenarioInput } from '@landport/scenario-format';
import { setNumberAtSetPath } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { fitLoss, rangeDistance, refit } from './refit.js';
import { refitObjective } from './refit-objective.js';

// Synthetic scenarios whose fit targets have a known answer. Poisson arrivals at λ = 0.5 a minute
// into single-lane stations with exponential service of mean s: each is an M/M/1 queue (a station
// behind another is one too: Burke's theorem), with mean wait Wq = ρ s / (1 − ρ), ρ = λ s.
const LAMBDA = 0.5;
const mm1Wait = (s: number) => (LAMBDA * s * s) / (1 - LAMBDA * s);

function tandem(stations: readonly string[]): ScenarioInput {
  return {
    calendar: { start: '2024-01-01T00:00Z', horizon: { days: 15 }, warmUp: { days: 1 } },
    stations: stations.map((id) => ({ id, lanes: 1, service: { exponential: { mean: { minutes: 1 } } } })),
    classes: [{ id: 'car', arrivals: { rate: { perMinute: LAMBDA } }, route: [...stations] }],
  } as ScenarioInput;
}

const waitAt = (station: string) => ({
  needsTrace: false,
  measure: (run: { result: { stations: Record<string, { wait: { mean: number | null } } | undefined> } }) =>
    run.result.stations[station]!.wait.mean!,
});

describe('rangeDistance and fitLoss', () => {
  it('are 0 inside the range and relative to the bound missed outside it', () => {
    expect(rangeDistance(35, { lower: 30, upper: Number.POSITIVE_INFINITY })).toBe(0);
    expect(rangeDistance(27, { lower: 30, upper: Number.POSITIVE_INFINITY })).toBeCloseTo(0.1, 12);
    expect(rangeDistance(1.8, { lower: 0, upper: 1.5 })).toBeCloseTo(0.2, 12);
    expect(rangeDistance(0.5, { lower: -Infinity, upper: 0 })).toBe(0.5);
    expect(
      fitLoss(
        [27, 1.8],
        [
          { lower: 30, upper: Infinity },
          { lower: 0, upper: 1.5 },
        ],
      ),
    ).toBeCloseTo(0.05, 12);
  });
});

describe('refit on M/M/1 queues with a known answer', () => {
  it('recovers one service time by the grid within 2%', () => {
    // s* = 1.2 min (ρ = 0.6): Wq = 1.8 min. The target accepts 1.8 ± 1%.
    const truth = 1.2;
    const wq = mm1Wait(truth);
    const evaluate = refitObjective({
      document: tandem(['gate']),
      setValues: (d, [s]) => setNumberAtSetPath(d, 'stations.gate.service.exponential.mean.minutes', s!),
      targets: [waitAt('gate')],
      replications: 4,
      seed: 7,
    });
    const result = refit({
      bounds: [{ lower: 0.5, upper: 1.6 }],
      start: [0.9],
      ranges: [{ lower: wq * 0.99, upper: wq * 1.01 }],
      evaluate,
    });
    expect(result.method).toBe('grid');
    // Tolerance: the wait's elasticity in s is 2 + ρ/(1 − ρ) = 3.5, so the ~3% noise of a mean
    // wait over 4 × 14 days moves the answer by about 1%; the second grid stage's step is 1.8%
    // of s*, so the nearest point is within 0.9%. 2% covers both; the search range is ±60%.
    expect(Math.abs(result.best.values[0]! - truth) / truth).toBeLessThan(0.02);
    expect(result.trace[0]!.values).toEqual([0.9]);
    expect(result.trace.length).toBeLessThanOrEqual(1 + 11 + 11);
  }, 60_000);

  it('recovers two service times by Nelder–Mead within 3%', () => {
    // Two stations in tandem, s1* = 1.2 (Wq 1.8), s2* = 0.8 (ρ = 0.4, Wq ≈ 0.533): one target each.
    const truth = [1.2, 0.8];
    const evaluate = refitObjective({
      document: tandem(['a', 'b']),
      setValues: (d, [s1, s2]) => {
        setNumberAtSetPath(d, 'stations.a.service.exponential.mean.minutes', s1!);
        setNumberAtSetPath(d, 'stations.b.service.exponential.mean.minutes', s2!);
      },
      targets: [waitAt('a'), waitAt('b')],
      replications: 4,
      seed: 7,
    });
    const result = refit({
      bounds: [
        { lower: 0.5, upper: 1.6 },
        { lower: 0.3, upper: 1.6 },
      ],
      start: [1, 1],
      ranges: truth.map((s) => ({ lower: mm1Wait(s) * 0.99, upper: mm1Wait(s) * 1.01 })),
      evaluate,
      maxEvaluations: 60,
    });
    expect(result.method).toBe('nelder-mead');
    // Same noise as above per station (station b's wait elasticity is 2.67, its noise smaller);
    // the simplex stops once both targets hold, anywhere inside their ±1% ranges (±0.4% in s).
    result.best.values.forEach((v, i) => {
      expect(Math.abs(v - truth[i]!) / truth[i]!).toBeLessThan(0.03);
    });
    expect(result.best.loss).toBe(0);
  }, 120_000);

  it('gives the same answer twice (common random numbers, deterministic search)', () => {
    const make = () =>
      refitObjective({
        document: tandem(['gate']),
        setValues: (d, [s]) => setNumberAtSetPath(d, 'stations.gate.service.exponential.mean.minutes', s!),
        targets: [waitAt('gate')],
        replications: 2,
        seed: 3,
      });
    expect(make()([1.1])).toEqual(make()([1.1]));
  });
});
