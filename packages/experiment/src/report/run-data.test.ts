import { describe, expect, it } from 'vitest';
import { summarize } from '../batch/aggregate.js';
import type { Manifest } from '../batch/run-manifest.js';
import { summarizeDerived } from './derived-metric.js';
import { SAMPLE_SIZE } from './replication-sample.js';
import { runData } from './run-data.js';

const WAIT = 'station.gate.class.car.waitHours.p95';

/** `n` replications of one class that pays duties, with a wait statistic; cost.total is 0 in every tenth. */
function outputsOf(n: number) {
  return Array.from({ length: n }, (_, replication) => {
    const total = replication % 10 === 0 ? 0 : 1000 + replication;
    return {
      replication,
      metrics: {
        'class.car.arrived': 10,
        'class.car.cost.total': total,
        'class.car.cost.duty': total / 4,
        'class.car.cost.perVehicle': total / 10,
        [WAIT]: replication / n,
      },
    };
  });
}

function dataOf(
  n: number,
  order: (outputs: ReturnType<typeof outputsOf>) => ReturnType<typeof outputsOf> = (o) => o,
) {
  const outputs = outputsOf(n);
  const summary = summarize(outputs);
  return runData({
    folder: '',
    manifest: { seed: 11 } as Manifest,
    summary,
    scenario: null,
    metricNames: Object.keys(summary.metrics).sort(),
    outputs: order(outputs),
  });
}

describe('runData', () => {
  it('tallies a derived metric over every replication, as summarizing its values would', () => {
    const n = 2500;
    const data = dataOf(n);
    // Duty per vehicle: duty × perVehicle / total, 0 where the total is 0.
    const perReplication = outputsOf(n).map((o) => {
      const m = o.metrics;
      return m['class.car.cost.total'] === 0
        ? 0
        : (m['class.car.cost.duty']! * m['class.car.cost.perVehicle']!) / m['class.car.cost.total']!;
    });
    expect(data.derived.get('class.car.cost.duty per vehicle')).toEqual(
      summarizeDerived(perReplication, 0.95),
    );
    expect(data.derived.get('class.car.cost.duty per vehicle')!.n).toBe(n);
  });

  it('keeps the wait statistics of SAMPLE_SIZE replications of a larger run, with their own values', () => {
    const n = 2500;
    const data = dataOf(n);
    expect(data.sample.of).toBe(n);
    expect(data.sample.replications).toHaveLength(SAMPLE_SIZE);
    expect([...data.sample.values.keys()]).toEqual([WAIT]);
    expect(data.sample.values.get(WAIT)).toEqual(data.sample.replications.map((r) => r / n));
    // The same sample whatever order the outputs come in.
    expect(dataOf(n, (o) => [...o].reverse()).sample).toEqual(data.sample);
  });
});
