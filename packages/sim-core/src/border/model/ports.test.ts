import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { confidenceInterval } from '../../stats/confidence-interval.js';
import { erlangC } from '../../theory/erlang-c.js';
import { mmck } from '../../theory/mmck.js';
import type { BorderReplicationResult } from './replication-result.js';
import { runBorderReplication } from './run-border-replication.js';

const calendar = { start: '2024-01-01T00:00Z', horizon: { days: 60 }, warmUp: { days: 2 } };
const exponential = (minutes: number) => ({ exponential: { mean: { minutes } } });

/** Two identical M/M/2 ports (10-minute services) fed by one Poisson class of `perMinute`. */
function twoPorts(
  perMinute: number,
  portChoice: NonNullable<ScenarioInput['classes'][number]['portChoice']>,
) {
  return validateScenario({
    calendar,
    ports: [{ id: 'a' }, { id: 'b' }],
    stations: [
      { id: 'gate-a', port: 'a', lanes: 2, service: exponential(10) },
      { id: 'gate-b', port: 'b', lanes: 2, service: exponential(10) },
    ],
    classes: [
      {
        id: 'truck',
        arrivals: { rate: { perMinute } },
        route: ['gate-a'],
        routesAt: { b: ['gate-b'] },
        portChoice,
      },
    ],
  } as ScenarioInput);
}

const REPLICATIONS = 20;

/** The replications of a scenario, run once each (seed 5). */
const runs = new WeakMap<object, BorderReplicationResult[]>();
function replications(scenario: ReturnType<typeof validateScenario>): BorderReplicationResult[] {
  let results = runs.get(scenario);
  if (results === undefined) {
    results = [];
    for (let r = 0; r < REPLICATIONS; r++)
      results.push(runBorderReplication(scenario, { seed: 5, replication: r }));
    runs.set(scenario, results);
  }
  return results;
}

/** One figure per replication, and its 99.9% Student-t interval. */
function interval(
  scenario: ReturnType<typeof validateScenario>,
  figure: (r: BorderReplicationResult) => number,
) {
  return confidenceInterval(replications(scenario).map(figure), 0.999);
}

/** Mean wait per cleared vehicle over both ports. */
const meanWait = (r: BorderReplicationResult) => {
  const a = r.ports!.a!;
  const b = r.ports!.b!;
  return (a.wait.mean! * a.exited + b.wait.mean! * b.exited) / (a.exited + b.exited);
};

describe('ports', () => {
  // λ = 0.3/min split in two: each port is M/M/2 with λ = 0.15, μ = 0.1, a = 1.5, ρ = 0.75.
  const shares = twoPorts(0.3, { shares: { a: 0.5, b: 0.5 } });

  it('splits by fixed shares: each port is an M/M/2 queue whose Wq is Erlang C / (cμ − λ)', () => {
    const theory = erlangC(2, 1.5) / (2 * 0.1 - 0.15); // 12.857 minutes
    for (const port of ['a', 'b']) {
      const ci = interval(shares, (r) => r.ports![port]!.wait.mean!);
      expect(ci.lower).toBeLessThanOrEqual(theory);
      expect(ci.upper).toBeGreaterThanOrEqual(theory);
      // The interval is informative: its half-width is under 10% of the value.
      expect(ci.halfWidth).toBeLessThan(0.1 * theory);
    }
    const share = interval(shares, (r) => r.ports!.a!.arrived / r.classes.truck!.arrived);
    expect(share.lower).toBeLessThanOrEqual(0.5);
    expect(share.upper).toBeGreaterThanOrEqual(0.5);
  });

  it('shortestWait balances two identical ports and waits less than a 50/50 split', () => {
    const shortest = twoPorts(0.3, 'shortestWait');
    // Share of port a: by symmetry 1/2; the 99.9% interval must hold it and be narrower than ±0.01.
    const share = interval(shortest, (r) => r.ports!.a!.arrived / r.classes.truck!.arrived);
    expect(share.lower).toBeLessThanOrEqual(0.5);
    expect(share.upper).toBeGreaterThanOrEqual(0.5);
    expect(share.halfWidth).toBeLessThan(0.01);
    // Joining the shorter queue beats a blind split: the intervals do not even overlap.
    const smart = interval(shortest, meanWait);
    const blind = interval(shares, meanWait);
    expect(smart.upper).toBeLessThan(blind.lower);
  });

  it('a storage of K vehicles that diverts all overflow loses the M/M/c/K blocking share (c = 2, K = 5)', () => {
    // Port a: M/M/2 with 3 places of storage (K = 5) whose overflow drives to port b (a pure
    // delay). By PASTA the share diverted is p_K of M/M/c/K with a = λ/μ:
    //   p_n = p_0 a^n / n! (n <= c),  p_n = p_0 a^n / (c! c^(n−c)) (c < n <= K),  Σ p_n = 1.
    const lambda = 0.18;
    const mu = 0.1;
    const c = 2;
    const K = 5;
    const a = lambda / mu;
    const weights: number[] = [];
    let factorial = 1;
    for (let n = 0; n <= K; n++) {
      if (n > 0 && n <= c) factorial *= n;
      weights.push(n <= c ? a ** n / factorial : a ** n / (factorial * c ** (n - c)));
    }
    const pK = weights[K]! / weights.reduce((s, w) => s + w, 0); // 0.1411
    expect(pK).toBeCloseTo(mmck(lambda, mu, c, K).pBlock, 12);
    const scenario = validateScenario({
      calendar,
      ports: [{ id: 'a' }, { id: 'b' }],
      stations: [
        {
          id: 'gate-a',
          port: 'a',
          lanes: c,
          service: exponential(1 / mu),
          buffer: {
            capacity: K - c,
            whenFull: { divert: { to: 'b', travel: { deterministic: { minutes: 20 } } } },
          },
        },
        { id: 'road-b', port: 'b', lanes: 'infinite', service: exponential(30) },
      ],
      classes: [
        {
          id: 'truck',
          arrivals: { rate: { perMinute: lambda } },
          route: ['gate-a'],
          routesAt: { b: ['road-b'] },
          portChoice: { shares: { a: 1, b: 0 } },
        },
      ],
    } as ScenarioInput);
    const ci = interval(scenario, (r) => r.stations['gate-a']!.storage!.diverted / r.ports!.a!.arrived);
    expect(ci.lower).toBeLessThanOrEqual(pK);
    expect(ci.upper).toBeGreaterThanOrEqual(pK);
    expect(ci.halfWidth).toBeLessThan(0.1 * pK);
    const r = replications(scenario)[0]!;
    const storage = r.stations['gate-a']!.storage!;
    expect(storage.overflow).toBe(storage.diverted + storage.gaveUp + storage.waitedBeyond);
    expect(storage.diverted).toBe(r.ports!.a!.divertedOut);
    expect(r.ports!.b!.divertedIn).toBeLessThanOrEqual(r.ports!.a!.divertedOut);
  });

  it('a scenario without ports reports no ports block', () => {
    const scenario = validateScenario({
      calendar,
      stations: [{ id: 'gate', lanes: 1, service: exponential(1) }],
      classes: [{ id: 'car', arrivals: { rate: { perMinute: 0.5 } }, route: ['gate'] }],
    } as ScenarioInput);
    expect(runBorderReplication(scenario, { seed: 1, replication: 0 }).ports).toBeUndefined();
  });
});
