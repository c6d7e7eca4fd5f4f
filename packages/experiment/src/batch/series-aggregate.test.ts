import { confidenceInterval } from '@landport/sim-core';
import { describe, expect, it } from 'vitest';
import { SeriesAggregate } from './series-aggregate.js';

describe('SeriesAggregate', () => {
  it('averages each time point across replications with a Student-t band', () => {
    const runs = [
      [1, 10, 4],
      [3, 20, 5],
      [2, 60, 9],
    ];
    const aggregate = new SeriesAggregate({ name: 'queue', start: 100, interval: 60, values: runs[0]! });
    runs.forEach((values, r) => {
      aggregate.add({ name: 'queue', start: 100, interval: 60, values }, r);
    });
    expect(aggregate.points).toBe(3);
    for (let k = 0; k < 3; k++) {
      const column = runs.map((values) => values[k]!);
      const reference = confidenceInterval(column);
      const point = aggregate.point(k, 0.95);
      expect(point).toMatchObject({
        index: k,
        time: 100 + 60 * k,
        n: 3,
        min: Math.min(...column),
        max: Math.max(...column),
      });
      expect(point.mean).toBeCloseTo(reference.mean, 12);
      expect(point.sd).toBeCloseTo(reference.sd, 12);
      expect(point.lower).toBeCloseTo(reference.lower, 12);
      expect(point.upper).toBeCloseTo(reference.upper, 12);
    }
  });

  it('skips non-finite values and handles series of different lengths', () => {
    const aggregate = new SeriesAggregate({ name: 'q', start: 0, interval: 1, values: [] });
    aggregate.add({ name: 'q', start: 0, interval: 1, values: [1, Number.NaN] }, 0);
    aggregate.add({ name: 'q', start: 0, interval: 1, values: [3, 4, 5] }, 1);
    expect(aggregate.points).toBe(3);
    expect(aggregate.point(0, 0.95)).toMatchObject({ n: 2, mean: 2 });
    expect(aggregate.point(1, 0.95)).toMatchObject({ n: 1, mean: 4, upper: Number.POSITIVE_INFINITY });
    expect(aggregate.point(2, 0.95)).toMatchObject({ n: 1, mean: 5, min: 5, max: 5 });
  });

  it('gives each point the band of its own n and level, in any order of asking', () => {
    // Points with 2, 3 and 4 finite values, asked for at two levels in an interleaved order: the
    // remembered quantile must not leak from one (level, n) to another.
    const runs = [
      [1, 2, 3],
      [4, 7, 5],
      [Number.NaN, 9, 11],
      [Number.NaN, Number.NaN, 2],
    ];
    const aggregate = new SeriesAggregate({ name: 'q', start: 0, interval: 1, values: [] });
    runs.forEach((values, r) => {
      aggregate.add({ name: 'q', start: 0, interval: 1, values }, r);
    });
    for (const [k, level] of [
      [2, 0.95],
      [0, 0.95],
      [0, 0.9],
      [1, 0.9],
      [2, 0.99],
      [1, 0.95],
      [2, 0.95],
    ] as const) {
      const column = runs.map((values) => values[k]!).filter(Number.isFinite);
      const reference = confidenceInterval(column, level);
      const point = aggregate.point(k, level);
      expect(point.n).toBe(column.length);
      expect(point.lower).toBeCloseTo(reference.lower, 12);
      expect(point.upper).toBeCloseTo(reference.upper, 12);
    }
  });

  it('grows past its initial capacity', () => {
    const values = Array.from({ length: 1000 }, (_, k) => k);
    const aggregate = new SeriesAggregate({ name: 'long', start: 0, interval: 1, values });
    aggregate.add({ name: 'long', start: 0, interval: 1, values }, 0);
    expect(aggregate.points).toBe(1000);
    expect(aggregate.point(999, 0.95)).toMatchObject({ n: 1, mean: 999 });
  });

  it('rejects a replication sampled on another time grid, naming it', () => {
    const aggregate = new SeriesAggregate({ name: 'q', start: 0, interval: 60, values: [] });
    expect(() => aggregate.add({ name: 'q', start: 0, interval: 30, values: [1] }, 4)).toThrow(
      'series "q" has start 0, interval 30 in replication 4 but start 0, interval 60 before',
    );
  });
});
