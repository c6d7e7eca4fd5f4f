import { CALIBRATION_TARGETS, loadScenario } from '@landport/scenarios';
import type { Scenario } from '@landport/sim-core/border';
import { describe, expect, it } from 'vitest';
import { throughputTarget as throughputTargetOf } from './throughput-target.js';

/** The target of the shipped scenario `name`, looked up as the CLI does when it reads a run. */
function throughputTarget(name: string, classes: readonly string[]) {
  const target = CALIBRATION_TARGETS.find((t) => t.scenario === name && t.unit === 'cars');
  const calibration =
    target === undefined ? null : { target, scenario: loadScenario(target.scenario) as Scenario };
  return throughputTargetOf(calibration, classes);
}

describe('throughputTarget', () => {
  it('restates the Horgos 2023 export count per day and finds the classes it counts', () => {
    const t = throughputTarget('horgos-2023', ['carrier', 'driven', 'truck'])!;
    const source = CALIBRATION_TARGETS.find((c) => c.id === 'horgos-2023-exports')!;
    expect(t.target).toBe(source);
    // Cars on carriers and driven cars count; trucks carry no cars for export.
    expect(t.weights).toEqual({ carrier: 1, driven: 1 });
    expect(t.lowerPerDay * t.days).toBeCloseTo(source.accept.lower, 6);
    expect(t.upperPerDay * t.days).toBeCloseTo(source.accept.upper, 6);
    expect(t.days).toBeGreaterThan(300);
  });

  it('counts only Torugart’s carriers for the Kashgar 2023 target', () => {
    const t = throughputTarget('kashgar-2023', ['tor-carrier', 'irk-carrier', 'tor-truck', 'irk-truck']);
    expect(t?.weights).toEqual({ 'tor-carrier': 1 });
  });

  it('gives none for a scenario without a target on cars, or whose classes the target cannot find', () => {
    expect(throughputTarget('horgos-2023-2024', ['carrier', 'driven', 'truck'])).toBeNull();
    expect(throughputTarget('my-port', ['car'])).toBeNull();
    expect(throughputTarget('horgos-2023', ['car'])).toBeNull();
  });
});
