import { beforeAll, describe, expect, it } from 'vitest';
import { type CalibrationResult, runCalibration } from './calibration.js';
import { CALIBRATION_TARGETS } from './calibration-targets.js';

// R = 5 replications of kashgar-2023 and kashgar-2024 (under 1 s each, traced). A target holds when
// the whole 95% Student-t interval of the mean lies in the fact's own range (40,000 ± 10%, CPMM's
// 0.8–3.2 h, no service at weekends or on holidays); fixed seed, so the test is deterministic.
const R = 5;
const targets = CALIBRATION_TARGETS.filter((t) => t.scenario.startsWith('kashgar'));

describe('Kashgar calibration', () => {
  let results: CalibrationResult[] = [];
  beforeAll(() => {
    results = runCalibration({ replications: R, targets });
  });

  it.each(targets.map((t) => [t.id, t] as const))('%s holds', (_id, target) => {
    const result = results.find((r) => r.target === target)!;
    expect(result.values).toHaveLength(R);
    expect(result.interval.lower).toBeGreaterThanOrEqual(target.accept.lower);
    expect(result.interval.upper).toBeLessThanOrEqual(target.accept.upper);
    expect(result.holds).toBe(true);
  });

  it('serves nobody at the Kashgar ports on a weekend or a listed holiday, in any replication', () => {
    for (const id of ['kashgar-2023-closed-service', 'kashgar-2024-closed-service']) {
      expect(results.find((r) => r.target.id === id)!.values).toEqual([0, 0, 0, 0, 0]);
    }
  });
});
