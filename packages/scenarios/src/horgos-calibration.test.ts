import { beforeAll, describe, expect, it } from 'vitest';
import { type CalibrationResult, runCalibration } from './calibration.js';
import { HORGOS_TARGETS } from './horgos-targets.js';

// R = 5 replications of horgos-2023 and horgos-2024 (seed 2024, replications 0–4: deterministic).
// A fit target holds when the whole 95% Student-t interval of the mean lies in the fact's own range
// (304,000 ± 5%, > 30 h): the tolerance is the source's, and the interval is inside it, not just
// the mean. This tests the scenario files as shipped; it does not re-fit anything. Check targets
// are reported in docs/calibration.md as they come out and are not asserted here, except for the
// QR cut, the change the 2024 scenario exists to show.
const R = 5;
const targets = HORGOS_TARGETS.filter(
  (t) => t.kind === 'fit' || t.id === 'horgos-2024-car-crossing' || t.id === 'horgos-2024-exports',
);
const fit = targets.filter((t) => t.kind === 'fit');

describe('Horgos calibration', () => {
  let results: CalibrationResult[] = [];
  beforeAll(() => {
    results = runCalibration({ replications: R, targets });
  });

  it('has fit targets only in horgos-2023, its one fitted scenario', () => {
    expect(fit.map((t) => t.scenario)).toEqual(['horgos-2023', 'horgos-2023']);
  });

  it.each(fit.map((t) => [t.id, t] as const))('fit target %s holds', (_id, target) => {
    const result = results.find((r) => r.target === target)!;
    expect(result.values).toHaveLength(R);
    expect(result.interval.lower).toBeGreaterThanOrEqual(target.accept.lower);
    expect(result.interval.upper).toBeLessThanOrEqual(target.accept.upper);
    expect(result.holds).toBe(true);
  });

  it('exports are pinned down to well under the 5% tolerance', () => {
    // Poisson demand varies a year's total by about 0.4% (2023: a compound Poisson sum of ~32,700
    // carriers with E[load²] = 43.5 plus ~91,000 driven cars, sd ≈ 1,230 cars); the queue left at
    // the end of the year adds its own spread. With R = 5 an interval wider than 1% would mean the
    // model is noisier than its demand, and the 5% target could hold by luck.
    for (const id of ['horgos-2023-exports', 'horgos-2024-exports']) {
      const { interval } = results.find((r) => r.target.id === id)!;
      expect(interval.halfWidth / interval.mean).toBeLessThan(0.01);
    }
  });

  it('the 2024 changes cut the cars’ crossing time by more than 80%', () => {
    // Horgos Customs: whole process 30+ h → < 5 h, "efficiency +80%" (sources.md, A4.1). The 2023
    // time is fitted; the 2024 time comes out of the dated changes alone.
    const before = results.find((r) => r.target.id === 'horgos-2023-car-crossing')!.interval.mean;
    const after = results.find((r) => r.target.id === 'horgos-2024-car-crossing')!.interval.mean;
    expect(1 - after / before).toBeGreaterThan(0.8);
  });
});
