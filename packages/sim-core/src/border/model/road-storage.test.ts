import { readFileSync } from 'node:fs';
import { readScenarioText, type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { confidenceInterval } from '../../stats/confidence-interval.js';
import { erlangC } from '../../theory/erlang-c.js';
import { mmck } from '../../theory/mmck.js';
import { runBorderReplication } from './run-border-replication.js';

const calendar = { start: '2024-01-01T00:00Z', horizon: { days: 60 }, warmUp: { days: 2 } };

/** An M/M/c station whose storage (buffer) is `capacity` with the `whenFull` rule. */
function storageScenario(
  lanes: number,
  perMinute: number,
  meanService: number,
  buffer: { capacity: number | { km: number }; whenFull: 'wait' | 'giveUp' | 'turnAway' } | null,
  lengthMetres?: number,
) {
  return validateScenario({
    calendar,
    stations: [
      {
        id: 'gate',
        lanes,
        service: { exponential: { mean: { minutes: meanService } } },
        ...(buffer === null ? {} : { buffer }),
      },
    ],
    classes: [
      {
        id: 'truck',
        ...(lengthMetres === undefined ? {} : { lengthMetres }),
        arrivals: { rate: { perMinute } },
        route: ['gate'],
      },
    ],
  } as ScenarioInput);
}

/** One figure per replication, and its 99.9% Student-t interval. */
function interval(
  scenario: ReturnType<typeof storageScenario>,
  figure: (r: ReturnType<typeof runBorderReplication>) => number,
) {
  const values: number[] = [];
  for (let r = 0; r < 20; r++)
    values.push(figure(runBorderReplication(scenario, { seed: 11, replication: r })));
  return confidenceInterval(values, 0.999);
}

describe('road storage', () => {
  it("an M/M/c/K storage with 'giveUp' loses the M/M/c/K blocking share (c = 2, K = 5, a = 1.8)", () => {
    // Storage of K − c = 3 places: an arrival that finds 5 vehicles gives up, with probability p_K (PASTA).
    const theory = mmck(0.18, 0.1, 2, 5).pBlock;
    const scenario = storageScenario(2, 0.18, 10, { capacity: 3, whenFull: 'giveUp' });
    const ci = interval(scenario, (r) => r.stations.gate!.storage!.gaveUp / r.classes.truck!.arrived);
    expect(ci.lower).toBeLessThanOrEqual(theory);
    expect(ci.upper).toBeGreaterThanOrEqual(theory);
    expect(ci.halfWidth / theory).toBeLessThan(0.08);
  });

  it("'giveUp' and 'turnAway' are one rule, and those who give up are the station's turned away", () => {
    const giveUp = runBorderReplication(storageScenario(2, 0.18, 10, { capacity: 3, whenFull: 'giveUp' }), {
      seed: 1,
      replication: 0,
    });
    const turnAway = runBorderReplication(
      storageScenario(2, 0.18, 10, { capacity: 3, whenFull: 'turnAway' }),
      { seed: 1, replication: 0 },
    );
    expect(giveUp).toEqual(turnAway);
    const storage = giveUp.stations.gate!.storage!;
    expect(storage.gaveUp).toBe(giveUp.stations.gate!.turnedAwayByClass.truck);
    expect(storage.waitedBeyond).toBe(0);
    expect(storage.overflow).toBe(storage.gaveUp);
  });

  it("a first station's storage with 'wait' is an M/M/c queue cut at c + K: P(full) = C(c, a)·ρ^K, beyond = C·ρ^(K+1)/(1 − ρ)", () => {
    // c = 2, λ = 0.16, μ = 0.1: a = 1.6, ρ = 0.8; K = 4 storage places. Everyone waits somewhere,
    // so the whole is M/M/2: an arrival finds n ≥ c + K with probability C·ρ^K, and the mean
    // number beyond the storage is Σ_{n > c+K} (n − c − K) p_n = C·ρ^(K+1)/(1 − ρ).
    const c = 2;
    const K = 4;
    const rho = 0.8;
    const C = erlangC(c, 1.6);
    const scenario = storageScenario(c, 0.16, 10, { capacity: K, whenFull: 'wait' });
    const full = interval(scenario, (r) => r.stations.gate!.storage!.waitedBeyond / r.classes.truck!.arrived);
    expect(full.lower).toBeLessThanOrEqual(C * rho ** K);
    expect(full.upper).toBeGreaterThanOrEqual(C * rho ** K);
    expect(full.halfWidth / (C * rho ** K)).toBeLessThan(0.15);
    const beyond = interval(scenario, (r) => r.stations.gate!.storage!.beyond.mean!);
    const theory = (C * rho ** (K + 1)) / (1 - rho);
    expect(beyond.lower).toBeLessThanOrEqual(theory);
    expect(beyond.upper).toBeGreaterThanOrEqual(theory);
    expect(beyond.halfWidth / theory).toBeLessThan(0.2);
    // And the waits are the unbounded station's, vehicle for vehicle (FIFO either way).
    const unbounded = runBorderReplication(storageScenario(c, 0.16, 10, null), { seed: 4, replication: 0 });
    const bounded = runBorderReplication(scenario, { seed: 4, replication: 0 });
    expect(bounded.stations.gate!.wait).toEqual(unbounded.stations.gate!.wait);
    expect(bounded.classes).toEqual(unbounded.classes);
  });

  it('a storage in km with every class L metres long runs exactly as floor(km × 1000 / L) places', () => {
    for (const whenFull of ['wait', 'giveUp'] as const) {
      for (const [km, L] of [
        [0.1, 18],
        [0.25, 7.5],
        [0.05, 30],
      ] as const) {
        const places = Math.floor((km * 1000) / L);
        const inKm = runBorderReplication(storageScenario(2, 0.19, 10, { capacity: { km }, whenFull }, L), {
          seed: 5,
          replication: 0,
        });
        const inPlaces = runBorderReplication(
          storageScenario(2, 0.19, 10, { capacity: places, whenFull }, L),
          {
            seed: 5,
            replication: 0,
          },
        );
        expect(inKm).toEqual(inPlaces);
        expect(inKm.stations.gate!.storage!.overflow).toBeGreaterThan(0);
      }
    }
  });
});

describe('docs/border-model.md', () => {
  it('its road-storage example, given a calendar, is a valid scenario with a road of 1,200 m', () => {
    const text = readFileSync(new URL('../../../../../docs/border-model.md', import.meta.url), 'utf8');
    const section = text.slice(text.indexOf('## Road storage'));
    const yaml = /```yaml\n([\s\S]*?)```/.exec(section)![1]!;
    const scenario = validateScenario({
      calendar: { start: '2024-01-01T00:00Z', horizon: { days: 1 } },
      ...(readScenarioText(yaml, { format: 'yaml' }) as object),
    });
    expect(scenario.stations[0]!.buffer.capacity).toEqual({ metres: 1200 });
    expect(scenario.classes.map((c) => c.lengthMetres)).toEqual([20, 7]);
  });
});
