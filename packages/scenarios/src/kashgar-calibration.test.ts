import { beforeAll, describe, expect, it } from 'vitest';
import { type CalibrationResult, runCalibration } from './calibration.js';
import { KASHGAR_TARGETS } from './kashgar-targets.js';

// The scenario files against their targets, not a re-fit: R = 5 replications of each Kashgar
// scenario (fixed seed, so the test is deterministic). A fit target holds when the whole 95%
// Student-t interval of the mean lies in the fact's own range (CPMM's 1.4 h ± 0.2 h and
// 1.0 h ± 0.2 h, more than 300 vehicles a day). Check targets are reported in docs/calibration.md
// as they come out, hit or miss; only the weekend and holiday closures, which the model must
// keep whatever its parameters, are asserted here.
const R = 5;
const fit = KASHGAR_TARGETS.filter((t) => t.kind === 'fit');
const closed = KASHGAR_TARGETS.filter((t) => t.id.endsWith('-closed-service'));

describe('Kashgar calibration', () => {
  let results: CalibrationResult[] = [];
  beforeAll(() => {
    results = runCalibration({ replications: R, targets: [...fit, ...closed] });
  });

  it.each(fit.map((t) => [t.id, t] as const))('fit target %s holds', (_id, target) => {
    const result = results.find((r) => r.target === target)!;
    expect(result.values).toHaveLength(R);
    expect(result.interval.lower).toBeGreaterThanOrEqual(target.accept.lower);
    expect(result.interval.upper).toBeLessThanOrEqual(target.accept.upper);
  });

  it('fits only kashgar-2023, with at most three free parameters', () => {
    expect(new Set(fit.map((t) => t.scenario))).toEqual(new Set(['kashgar-2023']));
    expect(fit.length).toBeLessThanOrEqual(3);
  });

  it('serves nobody at the Kashgar ports on a weekend or a listed holiday, in any replication', () => {
    expect(closed.length).toBeGreaterThan(0);
    for (const target of closed) {
      expect(results.find((r) => r.target === target)!.values).toEqual(new Array(R).fill(0));
    }
  });
});
