import { type ScenarioInput, validateScenario } from '@landport/scenario-format';
import { runBorderReplication } from '@landport/sim-core/border';
import { describe, expect, it } from 'vitest';
import { ClosedServiceCounter } from './closed-service-counter.js';
import { loadScenario } from './registry.js';

/** A one-station port on Bishkek time, 14 days from Monday 1 January 2024 (local midnight). */
function port(side: Record<string, unknown>) {
  return validateScenario({
    calendar: { start: '2024-01-01T00:00+06:00', horizon: { days: 14 } },
    sides: [{ id: 'kg', utcOffset: '+06:00', ...side }],
    stations: [{ id: 'post', side: 'kg', lanes: 1, service: { exponential: { mean: { minutes: 5 } } } }],
    classes: [{ id: 'truck', arrivals: { rate: { perHour: 4 } }, route: ['post'] }],
  } as ScenarioInput);
}

/**
 * The counter over one replication of `scenario`, run as the calibration runs it: with the
 * vehicles left out of the trace (`traceVehicles: false`), the lanes' grants only.
 */
function count(scenario: ReturnType<typeof port>): ClosedServiceCounter {
  const counter = new ClosedServiceCounter(scenario);
  runBorderReplication(scenario, { seed: 1, replication: 0, trace: counter.sink, traceVehicles: false });
  return counter;
}

describe('ClosedServiceCounter', () => {
  it('counts service starts on local weekends when a side works all week', () => {
    // 4 trucks an hour for two weekends (96 h): about 384 starts; any count > 0 shows the check sees them.
    const counter = count(port({}));
    expect(counter.count).toBeGreaterThan(300);
    expect(counter.served).toBeGreaterThan(counter.count);
  });

  it('counts none when the side keeps its weekends', () => {
    const counter = count(port({ daysOff: ['saturday', 'sunday'] }));
    expect(counter.served).toBeGreaterThan(500);
    expect(counter.count).toBe(0);
  });

  it('counts service starts inside a dated closure the side does not observe', () => {
    // The model honours the closure of Wednesday 3 January: no start that day …
    const closed = port({
      daysOff: ['saturday', 'sunday'],
      closures: [{ label: 'holiday', from: '2024-01-03' }],
    });
    expect(count(closed).count).toBe(0);
    // … and a run that knows no closure, checked against the closure, is caught: 4 trucks an hour
    // over the 24 h of 3 January make about 96 starts.
    const open = port({ daysOff: ['saturday', 'sunday'] });
    const counter = new ClosedServiceCounter({ ...open, sides: closed.sides });
    runBorderReplication(open, { seed: 1, replication: 0, trace: counter.sink });
    expect(counter.count).toBeGreaterThan(50);
  });

  it('reads weekends on each side’s own clock', () => {
    // Open Monday–Friday on Bishkek time (UTC+6): checked as if on UTC+8, Friday 22:00–24:00 Bishkek
    // is already Saturday, so starts late on Fridays are counted.
    const scenario = port({ daysOff: ['saturday', 'sunday'] });
    const eastern = {
      ...scenario,
      sides: scenario.sides.map((s) => ({ ...s, utcOffsets: [{ from: 0, offset: 480 }] })),
    };
    const counter = new ClosedServiceCounter(eastern);
    runBorderReplication(scenario, { seed: 1, replication: 0, trace: counter.sink });
    expect(counter.count).toBeGreaterThan(0);
  });

  it('finds the stations of kashgar-2023 in the trace', () => {
    const scenario = loadScenario('kashgar-2023');
    const counter = new ClosedServiceCounter(scenario);
    const result = runBorderReplication(scenario, {
      seed: 3,
      replication: 0,
      trace: counter.sink,
      traceVehicles: false,
    });
    // Every vehicle starts service at a Chinese and a Kyrgyz post, plus secondary inspections.
    const vehicles = Object.values(result.classes).reduce((n, c) => n + c.exited, 0);
    expect(counter.served).toBeGreaterThanOrEqual(2 * vehicles);
    expect(counter.count).toBe(0);
  });
});
