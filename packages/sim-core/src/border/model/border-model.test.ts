import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { describe, expect, it } from 'vitest';
import { confidenceInterval } from '../../stats/confidence-interval.js';
import { studentTQuantile } from '../../stats/student-t.js';
import { mmc } from '../../theory/mmc.js';
import { runBorderReplication } from './run-border-replication.js';

const calendar = { start: '2024-01-01T00:00Z', horizon: { days: 120 }, warmUp: { days: 5 } };

/** An M/M/c queue written as a scenario file. */
function mmcScenario(
  lanes: number,
  perMinute: number,
  meanService: number,
  extra: Partial<ScenarioInput> = {},
) {
  return validateScenario({
    calendar,
    stations: [{ id: 'gate', lanes, service: { exponential: { mean: { minutes: meanService } } } }],
    classes: [{ id: 'car', arrivals: { rate: { perMinute } }, route: ['gate'] }],
    ...extra,
  } as ScenarioInput);
}

describe('border model', () => {
  it('an M/M/c scenario reproduces Erlang C (c = 3, ρ = 0.8)', () => {
    // λ = 0.24/min, E[S] = 10 min, c = 3: ρ = λE[S]/c = 0.8. Wq = C(c, a) / (cμ − λ) (Erlang C).
    // (The engine's own tests take ρ = 0.9; here the point is that the scenario compiles to it.)
    const theory = mmc(0.24, 0.1, 3);
    const scenario = mmcScenario(3, 0.24, 10);
    const R = 20;
    const means: number[] = [];
    for (let r = 0; r < R; r++)
      means.push(runBorderReplication(scenario, { seed: 7, replication: r }).stations.gate!.wait.mean!);
    const ci = confidenceInterval(means, 0.999);
    // Tolerance: the 99.9% Student-t interval over R independent replications (false failure
    // rate 0.1% if the model is right); power: the half-width must be under 8% of Wq.
    expect(ci.lower).toBeLessThanOrEqual(theory.Wq);
    expect(ci.upper).toBeGreaterThanOrEqual(theory.Wq);
    expect(ci.halfWidth / theory.Wq).toBeLessThan(0.08);
    expect(studentTQuantile(0.9995, R - 1)).toBeGreaterThan(3.8); // the interval is the wide one we meant
  });

  it('a shock that changes nothing gives the same results as no shock', () => {
    const base = mmcScenario(3, 0.2, 10);
    const shocked = mmcScenario(3, 0.2, 10, {
      shocks: [{ label: 'same lanes', at: { days: 30 }, change: 'lanes', station: 'gate', lanes: 3 }],
    });
    const a = runBorderReplication(base, { seed: 3, replication: 0 });
    const b = runBorderReplication(shocked, { seed: 3, replication: 0 });
    expect({ ...b, events: 0 }).toEqual({ ...a, events: 0 }); // b has one more calendar entry: the shock
  });

  it('a shock dated at the end of the horizon changes nothing', () => {
    const base = mmcScenario(3, 0.2, 10);
    const late = mmcScenario(3, 0.2, 10, {
      shocks: [{ label: 'too late', at: { days: 120 }, change: 'lanes', station: 'gate', lanes: 1 }],
    });
    expect(runBorderReplication(late, { seed: 3, replication: 1 })).toEqual(
      runBorderReplication(base, { seed: 3, replication: 1 }),
    );
  });

  it('a shock dated after the horizon changes nothing (built in code: a file with one is rejected)', () => {
    const base = mmcScenario(3, 0.2, 10);
    const after = {
      ...base,
      shocks: [
        {
          label: 'after',
          at: base.calendar.horizon + 1440,
          change: 'lanes' as const,
          station: 'gate',
          lanes: 1,
        },
      ],
    };
    expect(runBorderReplication(after, { seed: 3, replication: 2 })).toEqual(
      runBorderReplication(base, { seed: 3, replication: 2 }),
    );
  });

  it('doubling the lanes never lengthens the mean wait on the same random numbers', () => {
    for (let r = 0; r < 8; r++) {
      const few = runBorderReplication(mmcScenario(2, 0.18, 10), { seed: 11, replication: r });
      const many = runBorderReplication(mmcScenario(4, 0.18, 10), { seed: 11, replication: r });
      // FIFO with service times drawn in service order: each vehicle's wait is pathwise no longer.
      expect(many.stations.gate!.wait.mean!).toBeLessThanOrEqual(few.stations.gate!.wait.mean!);
      expect(many.classes.car!.arrived).toBe(few.classes.car!.arrived); // same arrivals: common random numbers
    }
  });

  it('a demand shock changes the arrival rate from its date on', () => {
    const scenario = mmcScenario(10, 0.1, 10, {
      calendar: { start: '2024-01-01T00:00Z', horizon: { days: 100 }, warmUp: { days: 50 } },
      shocks: [{ label: 'demand halves', at: { days: 50 }, change: 'demand', class: 'car', multiplier: 0.5 }],
    });
    const result = runBorderReplication(scenario, { seed: 5, replication: 0 });
    // 50 days at 0.05/min: 3600 arrivals expected; Poisson sd = 60, so ±5 sd = ±300.
    expect(Math.abs(result.classes.car!.arrived - 3600)).toBeLessThan(300);
  });

  it('a class paused by a ×0 demand shock arrives again after a shock brings demand back', () => {
    const scenario = mmcScenario(10, 0.1, 10, {
      calendar: { start: '2024-01-01T00:00Z', horizon: { days: 100 }, warmUp: { days: 0 } },
      shocks: [
        { label: 'pause', at: { days: 20 }, change: 'demand', class: 'car', multiplier: 0 },
        { label: 'resume', at: { days: 50 }, change: 'demand', class: 'car', multiplier: 1 },
      ],
    });
    const result = runBorderReplication(scenario, { seed: 5, replication: 0 });
    // 70 open days at 0.1/min: 10,080 arrivals expected; Poisson sd ≈ 100, so ±5 sd = ±500.
    expect(Math.abs(result.classes.car!.arrived - 10_080)).toBeLessThan(500);
    // and none while paused: the hourly series of vehicles in the port empties within the pause
    const series = result.series;
    const hour = (days: number) => Math.round((days * 1440 - series.start) / series.interval);
    expect(series.inSystem.slice(hour(21), hour(50))).toEqual(new Array(hour(50) - hour(21)).fill(0));
  });

  it('gives the same results traced (generator processes) and untraced (callback arrivals and journeys) across pauses, restarts and same-instant demand shocks', () => {
    const scenario = mmcScenario(3, 0.25, 10, {
      calendar: { start: '2024-01-01T00:00Z', horizon: { days: 30 }, warmUp: { days: 2 } },
      shocks: [
        { label: 'pause', at: { days: 5 }, change: 'demand', class: 'car', multiplier: 0 },
        { label: 'back', at: { days: 8 }, change: 'demand', class: 'car', multiplier: 1.5 },
        { label: 'again', at: { days: 8 }, change: 'demand', class: 'car', multiplier: 0.5 },
        { label: 'up', at: { days: 12.5 }, change: 'demand', class: 'car', multiplier: 2 },
      ],
    });
    for (let r = 0; r < 3; r++) {
      const traced = runBorderReplication(scenario, { seed: 9, replication: r, trace: () => {} });
      const untraced = runBorderReplication(scenario, { seed: 9, replication: r });
      expect(untraced.classes.car!.arrived).toBeGreaterThan(0);
      expect(JSON.stringify(untraced)).toBe(JSON.stringify(traced));
    }
  });

  it('is reproducible: the same seed and replication give identical results', () => {
    const scenario = mmcScenario(3, 0.25, 10);
    const a = JSON.stringify(runBorderReplication(scenario, { seed: 'x', replication: 4 }));
    const b = JSON.stringify(runBorderReplication(scenario, { seed: 'x', replication: 4 }));
    const c = JSON.stringify(runBorderReplication(scenario, { seed: 'x', replication: 5 }));
    expect(a).toBe(b);
    expect(a).not.toBe(c);
  });
});
