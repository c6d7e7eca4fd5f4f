import { describe, expect, it } from 'vitest';
import { pollaczekKhinchine } from './pollaczek-khinchine.js';
import { type PriorityClass, priorityNonPreemptive } from './priority-non-preemptive.js';

describe('priorityNonPreemptive', () => {
  it("priorityNonPreemptive gives the hand-computed two-class case of Cobham's formula", () => {
    // Class 1: λ = 0.4, S ≡ 0.5 (ρ1 = 0.2, E[S²] = 0.25). Class 2: λ = 0.4, S ~ Exp(mean 1.25)
    // (ρ2 = 0.5, E[S²] = 2·1.25² = 3.125). W0 = (0.4·0.25 + 0.4·3.125)/2 = 0.675,
    // Wq1 = 0.675/(1·0.8) = 0.84375, Wq2 = 0.675/(0.8·0.3) = 2.8125.
    const m = priorityNonPreemptive([
      { lambda: 0.4, meanService: 0.5, serviceSecondMoment: 0.25 },
      { lambda: 0.4, meanService: 1.25, serviceSecondMoment: 3.125 },
    ]);
    expect(m.rho).toBeCloseTo(0.7, 15);
    expect(m.W0).toBeCloseTo(0.675, 15);
    expect(m.classes[0]!.Wq).toBeCloseTo(0.84375, 14);
    expect(m.classes[1]!.Wq).toBeCloseTo(2.8125, 14);
    expect(m.classes[1]!.W).toBeCloseTo(4.0625, 14);
    expect(m.classes[1]!.Lq).toBeCloseTo(0.4 * 2.8125, 14);
  });

  it('priorityNonPreemptive with one class is Pollaczek–Khinchine', () => {
    const m = priorityNonPreemptive([{ lambda: 0.6, meanService: 1.2, serviceSecondMoment: 2.5 }]);
    const pk = pollaczekKhinchine(0.6, 1.2, 2.5 - 1.44);
    expect(m.classes[0]!.Wq).toBeCloseTo(pk.Wq, 13);
    expect(m.classes[0]!.L).toBeCloseTo(pk.L, 13);
  });

  it("priorityNonPreemptive obeys Kleinrock's conservation law Σ ρ_k Wq_k = ρ·W0/(1 − ρ)", () => {
    // Any work-conserving non-preemptive discipline leaves the total work unchanged
    // (Kleinrock, Queueing Systems Vol. 2, §3.4), so the ρ-weighted waits are fixed.
    const classes: PriorityClass[] = [
      { lambda: 0.1, meanService: 2, serviceSecondMoment: 9 },
      { lambda: 0.3, meanService: 0.5, serviceSecondMoment: 0.25 },
      { lambda: 0.2, meanService: 1, serviceSecondMoment: 2 },
      { lambda: 0.05, meanService: 3, serviceSecondMoment: 12 },
    ];
    const m = priorityNonPreemptive(classes);
    const weighted = classes.reduce((acc, k, i) => acc + k.lambda * k.meanService * m.classes[i]!.Wq, 0);
    expect(weighted).toBeCloseTo((m.rho * m.W0) / (1 - m.rho), 13);
  });

  it('priorityNonPreemptive with identical service averages back to the FCFS wait', () => {
    // With one service law for all, the order of service does not change the mean wait overall.
    const s = { meanService: 1, serviceSecondMoment: 2 };
    const m = priorityNonPreemptive([
      { lambda: 0.2, ...s },
      { lambda: 0.3, ...s },
      { lambda: 0.35, ...s },
    ]);
    const mean = (0.2 * m.classes[0]!.Wq + 0.3 * m.classes[1]!.Wq + 0.35 * m.classes[2]!.Wq) / 0.85;
    expect(mean).toBeCloseTo(pollaczekKhinchine(0.85, 1, 1).Wq, 13);
  });

  it('priorityNonPreemptive rejects overload, no classes and an impossible second moment', () => {
    expect(() => priorityNonPreemptive([])).toThrow(/classes must be non-empty/);
    expect(() =>
      priorityNonPreemptive([
        { lambda: 0.5, meanService: 1, serviceSecondMoment: 1 },
        { lambda: 0.5, meanService: 1, serviceSecondMoment: 1 },
      ]),
    ).toThrow(/total utilisation must be < 1, got 1/);
    expect(() => priorityNonPreemptive([{ lambda: 0.5, meanService: 1, serviceSecondMoment: 0.5 }])).toThrow(
      /classes\[0\]: serviceSecondMoment must be >= meanService² = 1, got 0.5/,
    );
  });
});
