import { describe, expect, it } from 'vitest';
import { Deterministic } from '../random/deterministic.js';
import { Exponential } from '../random/exponential.js';
import { Lognormal } from '../random/lognormal.js';
import { RandomStreams } from '../random/streams.js';
import { confidenceInterval } from '../stats/confidence-interval.js';
import { erlangB } from '../theory/erlang-b.js';
import { mm1 } from '../theory/mm1.js';
import { mmc } from '../theory/mmc.js';
import { mmck } from '../theory/mmck.js';
import { pollaczekKhinchine } from '../theory/pollaczek-khinchine.js';
import { priorityNonPreemptive } from '../theory/priority-non-preemptive.js';
import { type StationOptions, type StationResult, simulateStation } from './station.js';

// Long-run validation: the engine's estimates against closed-form queueing theory.
//
// Method. R = 20 independent replications per scenario (RandomStreams(seed, r): hashed, distinct
// streams), each with a warm-up deleted and a measured window; the customers arriving in the window
// are followed until served (see simulateStation), so no wait is censored. Each replication yields
// one number per measure; the R numbers are independent and, as averages over 10^4–10^5 customers,
// close to normal, so (x̄ − θ)/(s/√R) follows Student's t with 19 degrees of freedom (nearly) if
// the engine is right.
//
// Assertions, per measure:
// 1. correctness: θ lies in the 99.9% interval x̄ ± t(0.9995, 19)·s/√R = x̄ ± 3.883·s/√R, not
//    widened. A correct engine fails this with probability 0.001 per measure; the 19 measures give a
//    file-level false-failure rate of at most 1.9% for a fresh seed (Bonferroni; less in fact, as Wq
//    and Lq of one run are nearly the same statistic). Seeds are fixed, so a run is reproducible;
//    the tolerance itself does not depend on them.
// 2. power: the interval's half-width is below 4% of θ, so a bias of a few percent cannot hide in a
//    wide interval. Windows were sized from the relative variance per customer measured in pilot
//    runs of 100 replications, for expected half-widths of 1–2.5%; the bound leaves room for the
//    sampling variability of s (relative sd ≈ 1/√(2·19) ≈ 16% for normal outputs, more for the
//    skewed means of congested queues). The exception is the M/M/10 queue at ρ = 0.9: its waits
//    have a relative variance of ~700 per customer (heavy traffic; cf. Whitt, "Planning queueing
//    simulations", Management Science 1989), so 7 M customers give ~3.7% and the bound there is
//    6%; its P(wait), the Erlang C value itself, keeps the 4% bound.
// Initialisation bias: each warm-up is at least 25 relaxation times (≈ E[S]/(c(1 − √ρ)²), Morse),
// which leaves a bias below e^-25 of the initial one, far below a standard error: no allowance.
//
// Budget: ~55 million calendar entries in all, 10–20 s at the engine's 3–6 M entries/s.

const SEED = 'landport-validation';
const REPLICATIONS = 20;
const LEVEL = 0.999;

/** R replications of one scenario; the scenario's name is part of the seed, so scenarios are independent. */
function replicate(scenario: string, options: StationOptions): StationResult[] {
  return Array.from({ length: REPLICATIONS }, (_, r) =>
    simulateStation(options, new RandomStreams(`${SEED}/${scenario}`, r)),
  );
}

/** Assertions 1 and 2 above for one measure: theory inside the 99.9% CI, and the CI narrow. */
function expectAgreement(label: string, values: number[], theory: number, maxRelativeHalfWidth = 0.04): void {
  const ci = confidenceInterval(values, LEVEL);
  const summary = `${label}: mean ${ci.mean.toPrecision(6)} ± ${ci.halfWidth.toPrecision(3)}, theory ${theory.toPrecision(6)}`;
  expect(ci.halfWidth / theory, `${summary}: interval too wide to have power`).toBeLessThan(
    maxRelativeHalfWidth,
  );
  expect(Math.abs(ci.mean - theory), `${summary}: theory outside the ${LEVEL} interval`).toBeLessThanOrEqual(
    ci.halfWidth,
  );
}

const exponential = (mean: number) => new Exponential(mean);

describe('long-run simulation agrees with queueing theory', () => {
  it('M/M/1 at ρ = 0.6: Wq = ρ/(μ − λ), Lq = ρ²/(1 − ρ), utilisation and P(wait) = ρ', () => {
    // Relaxation time ≈ 20: warm-up 1000. Window 10^5 → 1.2 M customers.
    const runs = replicate('M/M/1', {
      servers: 1,
      classes: [{ rate: 0.6, service: exponential(1) }],
      warmup: 1000,
      window: 100_000,
    });
    const theory = mm1(0.6, 1);
    expectAgreement(
      'Wq',
      runs.map((r) => r.meanWait[0]!),
      theory.Wq,
    );
    expectAgreement(
      'Lq',
      runs.map((r) => r.meanQueueLength),
      theory.Lq,
    );
    expectAgreement(
      'utilisation',
      runs.map((r) => r.utilisation),
      theory.rho,
    );
    expectAgreement(
      'P(wait)',
      runs.map((r) => r.delayed[0]! / r.arrivals[0]!),
      theory.pWait,
    );
  });

  it('M/M/10 at ρ = 0.9: P(wait) = Erlang C(10, 9), Wq = C/(cμ − λ), Lq = C·ρ/(1 − ρ)', () => {
    // Relaxation time ≈ 1/(10·(1 − √0.9)²) ≈ 38: warm-up 1000. Window 40 000 → 7.2 M customers.
    const runs = replicate('M/M/10', {
      servers: 10,
      classes: [{ rate: 9, service: exponential(1) }],
      warmup: 1000,
      window: 40_000,
    });
    const theory = mmc(9, 1, 10);
    expectAgreement(
      'P(wait)',
      runs.map((r) => r.delayed[0]! / r.arrivals[0]!),
      theory.pWait,
    );
    expectAgreement(
      'Wq',
      runs.map((r) => r.meanWait[0]!),
      theory.Wq,
      0.06,
    );
    expectAgreement(
      'Lq',
      runs.map((r) => r.meanQueueLength),
      theory.Lq,
      0.06,
    );
    expectAgreement(
      'utilisation',
      runs.map((r) => r.utilisation),
      theory.rho,
    );
  });

  it('M/M/5/10 at λ = 6 (queueLimit 5): blocking p_K, Wq and Lq of the birth-death solution', () => {
    // The line holds K − c = 5, so an arrival finding 10 in the system balks: it is blocked.
    // The finite room makes the queue relax within a few service times: warm-up 100.
    const runs = replicate('M/M/5/10', {
      servers: 5,
      queueLimit: 5,
      classes: [{ rate: 6, service: exponential(1) }],
      warmup: 100,
      window: 6000,
    });
    const theory = mmck(6, 1, 5, 10);
    expectAgreement(
      'P(block)',
      runs.map((r) => r.blocked[0]! / r.arrivals[0]!),
      theory.pBlock,
    );
    expectAgreement(
      'Wq',
      runs.map((r) => r.meanWait[0]!),
      theory.Wq,
    );
    expectAgreement(
      'Lq',
      runs.map((r) => r.meanQueueLength),
      theory.Lq,
    );
  });

  it('M/M/10/10 (queueLimit 0) at a = 8: Erlang B loss and carried load a(1 − B)/c', () => {
    // A loss system forgets its past within a service time or so: warm-up 50.
    const runs = replicate('M/M/10/10', {
      servers: 10,
      queueLimit: 0,
      classes: [{ rate: 8, service: exponential(1) }],
      warmup: 50,
      window: 4000,
    });
    const B = erlangB(10, 8);
    expectAgreement(
      'P(block)',
      runs.map((r) => r.blocked[0]! / r.arrivals[0]!),
      B,
    );
    expectAgreement(
      'utilisation',
      runs.map((r) => r.utilisation),
      (8 * (1 - B)) / 10,
    );
  });

  it('M/D/1 at ρ = 0.7: Pollaczek–Khinchine Wq = λE[S²]/(2(1 − ρ)) with Var S = 0', () => {
    const runs = replicate('M/D/1', {
      servers: 1,
      classes: [{ rate: 0.7, service: new Deterministic(1) }],
      warmup: 1000,
      window: 70_000,
    });
    const theory = pollaczekKhinchine(0.7, 1, 0);
    expectAgreement(
      'Wq',
      runs.map((r) => r.meanWait[0]!),
      theory.Wq,
    );
    expectAgreement(
      'Lq',
      runs.map((r) => r.meanQueueLength),
      theory.Lq,
    );
  });

  it('M/G/1 with lognormal service (mean 1, cv 0.5) at ρ = 0.7: Pollaczek–Khinchine', () => {
    const service = new Lognormal(1, 0.5);
    const runs = replicate('M/G/1', {
      servers: 1,
      classes: [{ rate: 0.7, service }],
      warmup: 1000,
      window: 100_000,
    });
    const theory = pollaczekKhinchine(0.7, service.mean, service.variance);
    expectAgreement(
      'Wq',
      runs.map((r) => r.meanWait[0]!),
      theory.Wq,
    );
    expectAgreement(
      'Lq',
      runs.map((r) => r.meanQueueLength),
      theory.Lq,
    );
  });

  it("two-class non-preemptive priority M/G/1: Cobham's Wq_k = W0/((1 − σ_{k−1})(1 − σ_k))", () => {
    // Class 1 (served first): λ = 0.3, S ≡ 0.5. Class 2: λ = 0.4, S ~ Exp(mean 1.25). ρ = 0.65.
    const runs = replicate('priority', {
      servers: 1,
      classes: [
        { rate: 0.3, service: new Deterministic(0.5) },
        { rate: 0.4, service: exponential(1.25) },
      ],
      warmup: 1000,
      window: 160_000,
    });
    const theory = priorityNonPreemptive([
      { lambda: 0.3, meanService: 0.5, serviceSecondMoment: 0.25 },
      { lambda: 0.4, meanService: 1.25, serviceSecondMoment: 2 * 1.25 ** 2 },
    ]);
    expectAgreement(
      'Wq class 1',
      runs.map((r) => r.meanWait[0]!),
      theory.classes[0]!.Wq,
    );
    expectAgreement(
      'Wq class 2',
      runs.map((r) => r.meanWait[1]!),
      theory.classes[1]!.Wq,
    );
  });
});
