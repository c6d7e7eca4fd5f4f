import { confidenceInterval } from '@landport/sim-core';
import { describe, expect, it } from 'vitest';
import { SummaryAccumulator, summarize } from './aggregate.js';
import type { ReplicationOutput } from './replication.js';

const outputs = (values: readonly number[], name = 'wait'): ReplicationOutput[] =>
  values.map((x, replication) => ({ replication, metrics: { [name]: x } }));

describe('summarize', () => {
  it('gives the Student-t 95% interval of sim-core confidenceInterval on a hand example', () => {
    // Mean 5, sample variance 32/7; t(0.975, 7) = 2.364624 (tables), so the half-width is
    // 2.364624·√(32/7)/√8 = 1.78749.
    const values = [2, 4, 4, 4, 5, 5, 7, 9];
    const metric = summarize(outputs(values)).metrics.wait!;
    const reference = confidenceInterval(values, 0.95);
    expect(metric.n).toBe(8);
    expect(metric.mean).toBe(5);
    expect(metric.sd).toBeCloseTo(Math.sqrt(32 / 7), 14);
    expect(metric.halfWidth).toBeCloseTo(1.78749, 5);
    // Same formula evaluated from streaming moments: equal up to a few ulps of rounding.
    for (const key of ['mean', 'sd', 'halfWidth', 'lower', 'upper'] as const) {
      expect(metric[key]).toBeCloseTo(reference[key], 12);
    }
    expect(metric.min).toBe(2);
    expect(metric.max).toBe(9);
  });

  it('summarises a metric over its finite values and counts the rest as missing', () => {
    const summary = summarize([
      { replication: 0, metrics: { p95: 3, other: 1 } },
      { replication: 1, metrics: { p95: Number.NaN, other: 2 } },
      { replication: 2, metrics: { p95: 5, other: 3 } },
      { replication: 3, metrics: { other: 4 } },
      { replication: 4, metrics: { p95: Number.POSITIVE_INFINITY, other: 5 } },
    ]);
    expect(summary.replications).toBe(5);
    expect(summary.metrics.p95).toMatchObject({ n: 2, missing: 3, mean: 4, min: 3, max: 5 });
    expect(summary.metrics.p95!.halfWidth).toBeCloseTo(confidenceInterval([3, 5]).halfWidth, 12);
  });

  it('reports an unbounded interval for one value and NaN statistics for none', () => {
    const one = summarize(outputs([7])).metrics.wait!;
    expect(one).toMatchObject({
      n: 1,
      mean: 7,
      halfWidth: Number.POSITIVE_INFINITY,
      lower: -Infinity,
      upper: Infinity,
    });
    expect(one.sd).toBeNaN();
    const none = summarize(outputs([Number.NaN])).metrics.wait!;
    expect(none).toMatchObject({ n: 0, missing: 1 });
    for (const key of ['mean', 'sd', 'halfWidth', 'lower', 'upper', 'min', 'max'] as const)
      expect(none[key]).toBeNaN();
  });

  it('lists metrics in code-unit order, whatever order the model wrote them in', () => {
    const summary = summarize([{ replication: 0, metrics: { b: 1, B: 2, a: 3, 'a.b': 4 } }]);
    expect(Object.keys(summary.metrics)).toEqual(['B', 'a', 'a.b', 'b']);
    expect(summary).toMatchObject({ schemaVersion: 1, level: 0.95 });
  });

  it('uses the requested confidence level', () => {
    const values = [1, 2, 3, 4, 10];
    const summary = new SummaryAccumulator(0.9);
    for (const o of outputs(values)) summary.add(o);
    expect(summary.result().metrics.wait!.halfWidth).toBeCloseTo(
      confidenceInterval(values, 0.9).halfWidth,
      12,
    );
    expect(() => new SummaryAccumulator(1)).toThrow('level must be in (0, 1), got 1');
  });
});
